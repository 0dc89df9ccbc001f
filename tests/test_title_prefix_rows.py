"""Issue 12/11: a ``<title>`` that prefixes the headline with the site and column names
(``某省交通运输厅 通知公告 HEADLINE``) loses to the headline printed in a table cell; a credit row
that is a label and print/close buttons only (``作者： 【打印】 【关闭】``) is no body; an editor's
staff code (``王某_NA1234``) is no part of the name. Own small pages."""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

HEADLINE = "关于开展机动车维修行业专项检查工作的通知"
PARAS = [
    "各市交通运输局：为进一步规范机动车维修市场秩序，保障人民群众合法权益，决定在全省开展专项检查。",
    "检查内容包括维修企业经营资质、配件采购台账、维修质量保证期执行情况和价格公示情况等。",
    "各地要结合实际制定工作方案，于十月底前将检查情况报送我厅运输服务处。联系人：王某，电话：12345678。",
]


def _gov_page(row: str = "") -> str:
    return ("<html><head><meta charset='gbk'><title>某省交通运输厅 通知公告 " + HEADLINE + "</title></head><body>"
            "<table width='100%'><tr><td><a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告</a></td></tr></table>"
            "<table width='900'><tr><td align='center' style='font-size:20px'><b>" + HEADLINE + "</b></td></tr>"
            "<tr><td align='center'>发布日期：2023-09-12 信息来源：运输服务处</td></tr>"
            "<tr><td>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</td></tr>"
            + (f"<tr><td>{row}</td></tr>" if row else "") +
            "</table></body></html>")


def _extract(html: str):
    return extract_article(html.encode("gbk"), "https://jtt.example.gov.cn/art/2023/9/12/art_1_5.html",
                           fetched_at="2026-11-28T10:00:00+08:00")


def test_headline_cell_beats_a_prefixed_document_title() -> None:
    rec = _extract(_gov_page())
    assert rec.title == HEADLINE
    assert HEADLINE not in rec.body_text


def test_credit_label_with_only_print_and_close_buttons_is_no_body() -> None:
    rec = _extract(_gov_page(row="作者： 【打印】 【关闭】"))
    assert "打印" not in rec.body_text and "作者" not in rec.body_text
    assert rec.author is None


def test_editor_staff_code_is_dropped() -> None:
    html = ("<html><head><meta charset='utf-8'><title>轮毂出口回暖_汽车频道</title></head><body>"
            "<h1>轮毂出口回暖</h1><div class='post_info'>2024-05-20 08:30 来源：汽配日报</div>"
            "<div class='post_body'>" + "".join(f"<p>{p}</p>" for p in PARAS) +
            "<p class='editor'>责任编辑：刘某_NB1234</p></div></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://auto.example.com/24/0520/08/ABC.html",
                          fetched_at="2026-11-28T10:00:00+08:00")
    assert rec.editor == "刘某"


def test_a_document_title_ending_on_the_company_gives_way_to_the_headline_above_the_meta_line() -> None:
    """An investor-relations page: <title> is 'column - column - company', the logo says the company's
    short name, the <h1> opens with the company's full name; the headline is the <h1>, and the source
    label's value stops where the next label starts (来源：公司发布时间：…)."""
    headline = "恒远精密科技股份有限公司关于向全资子公司增资并投资建设热管理部件项目的公告"
    html = ("<html><head><meta charset='utf-8'><title>临时公告 - 投资者关系 - 恒远精密科技股份有限公司</title></head><body>"
            "<div class='header'><a class='logo' href='/'>恒远精密</a><a href='/about/'>关于我们</a><a href='/ir/'>投资者关系</a></div>"
            "<section class='detail'><div>证券代码：609117　证券简称：恒远精密　公告编号：2026-058</div>"
            f"<h1 class='ann-title'>{headline}</h1>"
            "<div class='ann-meta'><span>来源：恒远精密科技股份有限公司</span><span>发布时间：2026-11-20 17:45</span></div>"
            "<div class='ann-body'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></section></body></html>")
    record = extract_article(html.encode("utf-8"), "https://www.hengyuan.example.cn/ir/2026-058.html",
                             fetched_at="2026-11-28T10:00:00+08:00")
    assert record.title == headline
    assert record.source == "恒远精密科技股份有限公司"
    assert record.published_at == "2026-11-20T17:45:00+08:00"
