"""Issue 12 (points 5 and 6): credits are names, the body is the article text only.

Hand-written pages in the style of Chinese news portals (own content), run through the public
path ``extract_article`` so the record is what analysts get.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

TITLE = "配件企业二季度订单回暖"
PARAS = (
    "<p>第一段正文：今年二季度，多家汽车零部件企业的订单出现回暖，制动系统和底盘件的需求增长尤其明显。</p>"
    "<p>第二段正文：业内人士表示，整车厂排产计划上调，带动了上游配套企业的开工率，部分企业开始增加班次。</p>"
    "<p>第三段正文：从区域看，长三角和珠三角的配套企业恢复较快，中西部地区的订单也在逐步跟上。</p>"
    "<p>第四段正文：不过，原材料价格波动仍是企业面临的主要压力，钢材和橡胶的采购成本较去年同期有所上升。</p>"
    "<p>第五段正文：分析人士建议，企业应加强库存管理，通过长期协议锁定价格，降低经营风险。</p>"
)
N_PARAS = 5


def page(meta: str = "", body_extra_before: str = "", body_extra_after: str = "", after: str = "",
         head: str = "") -> str:
    return (f"<html><head><title>{TITLE}_汽配资讯网</title>{head}</head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/biz/'>企业</a></div>"
            f"<div class='main'><h1>{TITLE}</h1><div class='info'>{meta}</div>"
            f"<div class='content'>{body_extra_before}{PARAS}{body_extra_after}</div>{after}</div>"
            "<div class='footer'>关于我们 | 联系方式 | 版权所有 汽配资讯网</div></body></html>")


def record(html: str):
    return extract_article(html, "http://news.example.cn/a/2024/0607/1234.html",
                           fetched_at="2024-06-08T00:00:00+08:00")


# ---------------------------------------------------------------- point 5: credits are names
@pytest.mark.parametrize(("meta", "after", "field", "expected"), [
    # UI words after a value are no part of it; UI words alone are no value
    ("2024-06-07 10:20 来源：网易 举报", "", "source", "网易"),
    ("2024-06-07 10:20 来源：汽车日报 分享 收藏", "", "source", "汽车日报"),
    ("发布时间：2024-06-07 作者：字号 大 中 小", "", "author", None),
    ("作者：默认 来源：本站", "", "author", None),
    ("", "<p>责任编辑：纠错</p>", "editor", None),
    # a date/time is no source; a date line with a bare name gives the name, not the whole line
    ("来源：2024-06-07 10:20", "", "source", None),
    ("2019年09月07日 04:04 北京日报", "", "source", "北京日报"),
    ("2019-09-07 阅读10544次", "", "source", None),
    ("2019-09-07 1184次", "", "source", None),
    ("<span>2019年09月07日 04:04</span> <span>北京日报</span>", "", "source", "北京日报"),
    # a count printed after the value ends it; a bracketed value is the name inside
    ("2024-06-07 来源：第一财经日报 网友评论 0 条", "", "source", "第一财经日报"),
    ("2024-06-07 来源：汽车日报 评论(12)", "", "source", "汽车日报"),
    ("2024-06-07 来源：[ 人民网 ]", "", "source", "人民网"),
    ("2024-06-07 来源：【汽车商报】 作者：王小明", "", "source", "汽车商报"),
    # markup printed as text (a broken tag) is no credit
    ('作者： size="20" 来源： size="20" 发布日期：2024-06-07', "", "source", None),
    # names, not role words or affiliations: every name credited, the labels between them dropped
    ("2024-06-07 记者 王小明 通讯员 李大为", "", "author", "王小明 李大为"),
    # a credit line wrapped in brackets is read inside them; a photo credit line names no writer
    ("", "<p>（编辑 刘琳）</p>", "editor", "刘琳"),
    ("2024-06-07", "<p>(责任编辑 王明)</p>", "editor", "王明"),
    ("<p>文/汽配时报记者 王小明 通讯员 李大为</p><p>图/汽配时报记者 梁栋</p>", "", "author", "王小明 李大为"),
    # "this site" and an office credit no one
    ("2024-06-07 10:20 来源：本站", "", "source", None),
    ("发布时间：2024-06-07 10:20 发布人：秘书处", "", "editor", None),
    ("作者：王小明、李大为", "", "author", "王小明 李大为"),
    ("作者：汽车研究院 王小明", "", "author", "王小明"),
    ("文｜王小明 图｜李大为", "", "author", "王小明"),
    ("", "<p>（文/王小明）</p>", "author", "王小明"),
    # a URL is no source
    ("作者：http://blog.example.cn/wang", "", "author", None),
    # labels are stripped
    ("<span class='source'>信息来源：汽车商报</span>", "", "source", "汽车商报"),
    # the headline is no credit
    (f"<span class='source'>{TITLE}</span>", "", "source", None),
    # a CMS's placeholder credits nobody, and no other candidate is guessed in its place
    ("2024-06-07 来源：本站原创 作者：佚名", "", "source", None),
    ("2024-06-07 来源：不详", "", "source", None),
    ("2024-06-07 作者：本站编辑", "", "author", None),
    ("", "<p>责任编辑：admin</p>", "editor", None),
    # fields in their own inline elements, met without a space: each ends with its element
    ("<span>2024-06-07 10:20</span><span>来源：<a href='/'>汽车商报</a></span><span>《汽车商报》2024年06月07日 第08版</span>"
     "<span>评论 <em></em></span>", "", "source", "汽车商报"),
    ("<span>2024-06-07 10:20</span><span>来源：后市场观察</span><span>阅读 1.2万</span>", "", "source", "后市场观察"),
    # bracketed labels (【作者】 X) are labels
    ("", "<p>【作者】 王小明</p><p>【来源】 汽车商报客户端</p>", "source", "汽车商报客户端"),
    ("", "<p>【作者】 王小明</p><p>【来源】 汽车商报客户端</p>", "author", "王小明"),
    # a reporter's rank is no part of the name; a medium named X新闻 / X客户端 before its reporter is the source
    ("2024-06-07 <span class='author'>首席记者 王小明</span>", "", "author", "王小明"),
    ("<p>2024-06-07</p><p>潮汽新闻记者 王小明</p>", "", "source", "潮汽新闻"),
    # a desk is no author
    ("2024-06-07 作者：学会秘书处", "", "author", None),
    # a list of writers: whatever separates them, names joined by spaces, role words dropped
    ("<span class='au'>作者：张大伟，李小萌</span>", "", "author", "张大伟 李小萌"),
    ("<span class='zz'>作者：赵岩; 钱晓</span>", "", "author", "赵岩 钱晓"),
    ("<span class='zz'>作者：记者 顾敏，通讯员 王睿</span>", "", "author", "顾敏 王睿"),
    ("<span class='zz'>作者：记者 孙敏 和 通讯员 柯洋</span>", "", "author", "孙敏 柯洋"),
    ("", "", "author", None),
])
def test_credit_values_are_names(meta: str, after: str, field: str, expected: str | None) -> None:
    assert getattr(record(page(meta=meta, body_extra_after=after)), field) == expected


def test_a_photographers_reporter_credit_is_no_author() -> None:
    """（本报记者 李小刚 摄） under a picture credits the photo; the writer opens the first paragraph."""
    html = page(body_extra_before="<p>本报讯（记者 王小明）今年二季度，多家汽车零部件企业的订单出现回暖，需求明显增长。</p>"
                "<div class='photo'><img src='/a.jpg'><span>制动盘生产线。（本报记者 李小刚 摄）</span></div>")
    assert record(html).author == "王小明"


@pytest.mark.parametrize("caption", [
    "<p>图/李小刚</p>",
    "<p>李小刚/摄</p>",
    "<p>摄影：李小刚</p>",
    "<p>李小刚 供图</p>",
    "<p>（图片由李小刚提供）</p>",
])
def test_photo_credits_are_no_author(caption: str) -> None:
    rec = record(page(body_extra_before=caption))
    assert rec.author is None
    assert "李小刚" not in rec.body_text


def test_site_name_from_a_meta_tag_yields_to_a_visible_credit() -> None:
    for head in ("<meta name='author' content='汽车商报'>",
                 "<meta name='author' content='汽配在线'><meta property='og:site_name' content='汽配在线'>"):
        rec = record(page(head=head, body_extra_after="<p>（记者 张大伟）</p>"))
        assert rec.author == "张大伟"
    # no visible credit at all: the meta tag is what the page says
    assert record(page(head="<meta name='author' content='周明'>")).author == "周明"


def test_the_headline_in_a_meta_author_is_no_author() -> None:
    assert record(page(head=f"<meta name='author' content='{TITLE}'>")).author is None


# ---------------------------------------------------------------- point 6: body is the article text
NOISE_BEFORE = [
    "<p class='hide'>隐藏的段落：这是一段被样式表隐藏的文字，读者看不到它的内容，但它在页面里。</p>",
    "<p>【活动】2024汽车后市场大会火热报名中，扫描文末二维码即可报名</p>",
    "<p>↑点击上方“汽配资讯”关注我们</p>",
    # a labelled summary (the template's deck) and the lead image's credit
    "<div class='summary'><span>核心提示：</span>配件企业订单回暖，制动系统需求增长明显。</div><p>头图来源：图虫创意</p>",
    # credit lines: the outlet with its domain or channel before the role
    "<p>汽配时报（www.qpsb.example.cn）记者 冉一鸣 葛蔚 北京报道</p>",
    "<p>大河报·豫视频记者 任可欣 通讯员 王卓</p>",
    # a meta line in a language without label words here: two clocks and no sentence
    "<p>작성자 김도현 기자 작성일 24-06-07 10:20 최종수정 24-06-07 12:05 조회 1,208회</p>",
]
NOISE_AFTER = [
    "<p>免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，"
    "对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺。</p>",
    "<p>版权声明：本文为汽配资讯网原创文章，转载请注明出处，违者必究。</p>",
    "<p>声明：本文内容来源于网络，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>",
    "<p>图片来自网络，如有侵权，请联系删除。</p>",
    "<p>关注我们</p><p>微信号：qipeizixun</p><p>长按识别二维码，关注汽配资讯公众号，每天推送最新的行业动态。</p>",
    "<p>正文已结束，您可以按alt+4进行评论</p>",
    "<p><strong>热门推荐</strong></p><p>刹车片企业扩产计划曝光，多家厂商宣布新建生产线以满足需求。</p>"
    "<p>轮胎出口数据出炉：上半年同比增长两成，东南亚市场需求旺盛，企业纷纷布局。</p>",
    "<p>猜你喜欢</p><ul><li>滤清器行业迎来整合期，头部企业市场份额持续提升，中小企业面临压力。</li>"
    "<li>轮胎出口数据出炉：上半年同比增长两成。</li></ul>",
    "<p>（文/王小明）</p>",  # a byline in brackets under the text is a credit, not body
    "<p>页面功能 【我来说两句】【我要“揪”错】【推荐】【字体：大 中 小】【打印】 【关闭】</p>",
    "<p>本文为汽配资讯网原创文章，转载请附上原文出处链接和本声明。</p>",
    "<p>本文链接：https://news.example.cn/a/2024/0607/1234.html</p>",
    "<p>风险提示：股市有风险，投资需谨慎。</p>",
    "<p>本文源自：汽车日报</p>",
]


def test_a_meta_author_naming_the_credited_source_is_no_writer() -> None:
    rec = record(page(head='<meta property="article:author" content="汽车日报">',
                      meta="2024-06-07 10:20 <a class='source' href='http://www.qcrb.example.cn/'>汽车日报</a>"))
    assert (rec.author, rec.source) == (None, "汽车日报")


def test_a_numbered_part_heading_is_no_author() -> None:
    rec = record(page(body_extra_before="<p style='text-align:center'>第一章 总则</p>"))
    assert rec.author is None


def test_a_metadata_table_row_is_no_body_and_a_clause_with_a_date_is() -> None:
    """成文日期：| DATE | 阅读次数：| N is the document's metadata; 一、时间：DATE，会期半天。 is its text."""
    table = "<table><tr><td>成文日期：</td><td>2024-06-01</td><td>阅读次数：</td><td>120</td></tr></table>"
    clause = "<p>一、时间：2024年6月20日（星期四）上午9:00，会期半天。</p>"
    rec = record(page(body_extra_before=table + clause))
    assert rec.paragraphs[0] == "一、时间：2024年6月20日（星期四）上午9:00，会期半天。" and len(rec.paragraphs) == N_PARAS + 1, \
        rec.paragraphs


@pytest.mark.parametrize("noise", NOISE_BEFORE)
def test_noise_before_the_text_is_not_body(noise: str) -> None:
    rec = record(page(body_extra_before=noise))
    assert rec.paragraphs[0].startswith("第一段正文") and len(rec.paragraphs) == N_PARAS, rec.paragraphs


@pytest.mark.parametrize("noise", NOISE_AFTER)
def test_noise_after_the_text_is_not_body(noise: str) -> None:
    rec = record(page(body_extra_after=noise))
    assert rec.paragraphs[-1].startswith("第五段正文") and len(rec.paragraphs) == N_PARAS, rec.paragraphs


@pytest.mark.parametrize("reference", [
    "<p><strong>Lesen Sie auch: Freie Werkstätten melden weniger Aufträge</strong></p>",
    "<p><strong>Also read: Brake makers add a second shift</strong></p>",
    "<div class='teaser'><strong>Baca juga: Penjualan Motor Listrik Naik</strong></div>",
    "<p><strong>Přečtěte si také: Dodavatelé hlásí pokles zakázek</strong></p>",
    "<p>延伸阅读：<a href='/a/2024/0606/1200.html'>轮胎出口上半年增长两成</a></p>",
    "<div><strong>Simak Video \"Proses Produksi Baterai\"</strong></div>",
])
def test_a_cross_reference_inside_the_text_is_not_body(reference: str) -> None:
    """A read-also line between paragraphs points elsewhere: it goes, the text after it stays."""
    more = "<p>第六段正文：企业表示，下半年将继续扩大产能，并加大研发投入，提升产品竞争力。</p>"
    rec = record(page(body_extra_after=reference + more))
    assert len(rec.paragraphs) == N_PARAS + 1 and rec.paragraphs[-1].startswith("第六段正文"), rec.paragraphs


def test_a_class_the_stylesheet_hides_is_hidden_but_not_a_responsive_one() -> None:
    head = ("<style>.tip, .sr { display: none } .x{color:red}"
            "@media (max-width: 600px) { .wide { display: none } }</style>")
    hidden = "<p class='tip'>隐藏的段落：这是一段被样式表隐藏的文字，读者看不到它的内容，但它在页面里。</p>"
    responsive = "<p class='wide'>第六段正文：窄屏上不显示，但它是文章的一部分，宽屏读者看得到这段内容。</p>"
    rec = record(page(head=head, body_extra_before=hidden, body_extra_after=responsive))
    assert len(rec.paragraphs) == N_PARAS + 1 and rec.paragraphs[-1].startswith("第六段正文")


def test_a_statement_inside_the_text_stays() -> None:  # a guard against over-reach (passes on main)
    # a sentence that mentions 声明 / 关注 inside the article is body text
    extra = ("<p>公司随后发布声明称，将继续关注原材料价格变化，并表示二季度订单情况好于预期，全年目标不变。</p>")
    rec = record(page(body_extra_after=extra))
    assert len(rec.paragraphs) == N_PARAS + 1


@pytest.mark.parametrize(("footer", "expected"), [
    ("Copyright &copy; 陈志远", "陈志远"),  # a personal blog: its owner wrote the post
    ("版权所有 © 2005 陈志远", "陈志远"),
    ("Copyright &copy; 2005 汽配资讯网", None),  # a site or company is no author
    ("版权所有：某某汽车配件有限公司", None),
])
def test_a_personal_copyright_holder_is_the_author_when_nothing_else_is_credited(footer: str, expected) -> None:
    html = (f"<html><head></head><body><div id='top'><h1><a href='/chen/'>随笔</a></h1></div>"
            f"<div class='post'><h2>{TITLE}</h2>{PARAS}<p>发表于 2005年01月03日 12:40 - (阅读:37;评论:3)</p></div>"
            f"<p class='copy'>{footer}</p></body></html>")
    rec = record(html)
    assert rec.author == expected
    assert rec.title == TITLE  # the blog's name linking home (<h1><a>) is no headline


def test_a_wire_datelines_bracketed_name_is_the_writer_and_its_closing_tag_no_body() -> None:
    html = page(body_extra_before="<p>汽配经纬6月7日电 （崔小萌）多家汽车零部件上市公司近日披露的投资者关系活动记录显示订单回暖。</p>",
                body_extra_after="<p>（汽配经纬APP）</p>")
    rec = record(html)
    assert rec.author == "崔小萌"
    assert "汽配经纬APP" not in rec.body_text
    # a reporter's role inside the brackets is read by the reporter rule, without the role
    assert record(page(body_extra_before="<p>新华社北京6月7日电（记者王小明）多家汽车零部件企业订单回暖。</p>")).author == "王小明"


@pytest.mark.parametrize("line", [
    "<p>汽配老王 粉丝 4.1万</p>",  # an author card: a name and its follower count
    "<p>1206 投币 收藏 举报</p>",  # a toolbar: a count and controls
])
def test_author_cards_and_toolbars_in_the_container_are_no_body(line: str) -> None:
    rec = record(page(body_extra_before=line if "粉丝" in line else "", body_extra_after=line if "投币" in line else ""))
    assert len(rec.paragraphs) == N_PARAS


def test_a_bracketed_instruction_ending_the_text_is_no_credit() -> None:
    """（加盖公章） closing a list item is an instruction, not the writer's name; （王小明） is."""
    items = "<ol><li>近两年财务审计报告</li><li>企业营业执照复印件（加盖公章）</li></ol>"
    assert record(page(body_extra_after=items)).author is None
    assert record(page(body_extra_after="<p>企业应加强库存管理。（王小明）</p>")).author == "王小明"


def test_traditional_chinese_credits() -> None:
    """A Taiwan page: 【記者X／台中報導】 names the writer, 來源： the source, （記者X／攝） a photo."""
    html = page(meta="發布時間：113/06/07 下午 02:32　｜　來源：台灣工商日報",
                body_extra_before="<p>【記者林小蓉／台中報導】</p>",
                body_extra_after="<p>新廠區示意圖。（記者陳大文／攝）</p>")
    rec = record(html)
    assert (rec.author, rec.source) == ("林小蓉", "台灣工商日報")
    assert rec.published_at == "2024-06-07T14:32:00+08:00"


def test_a_mirrors_collection_date_is_no_publication_date() -> None:
    """收录于 DATE is when a mirror collected the piece; the page data's publish time is the article's."""
    html = page(meta="<span class='collect'>收录于 2024-06-07 23:10</span>",
                head="<script>var ct = \"1717749360\";</script>")
    assert record(html).published_at == "2024-06-07T16:36:00+08:00"


def test_a_disclosure_tables_issuing_body_is_the_source() -> None:
    table = ("<table class='xxgk'><tr><td>索引号：</td><td>113309/2024-00174</td><td>主题分类：</td><td>综合政务</td></tr>"
             "<tr><td>发布机构：</td><td>临江市人民政府办公室</td><td>生成日期：</td><td>2024-06-03</td></tr>"
             "<tr><td>发文字号：</td><td>临政办发〔2024〕1号</td><td>发布日期：</td><td>2024-06-07</td></tr></table>")
    html = page().replace("<div class='main'>", "<div class='main'>" + table)
    assert record(html).source == "临江市人民政府办公室"


def test_a_caption_line_under_the_headline_is_no_author() -> None:
    assert record(page(body_extra_before="<p style='text-align:center'>检查现场</p>")).author is None


def test_a_publishers_member_link_is_no_author() -> None:
    """发布者: <a href=home.php?mod=space&uid=1>老张</a>: the portal's publisher (an editor), not the writer."""
    meta = "2024-06-07 10:20 | 发布者: <a href='home.php?mod=space&amp;uid=1'>老张</a> | 查看: 5842"
    assert record(page(meta=meta)).author is None


DE_PARAS = ("<p>Die Musterteile GmbH aus Kassel hat die Übernahme eines Werkstattausrüsters vereinbart. Das teilte "
            "der Großhändler am Donnerstag mit. Über den Kaufpreis wurde Stillschweigen vereinbart.</p>"
            "<p>Der Ausrüster beschäftigt rund 320 Mitarbeiter und vertreibt Hebebühnen und Diagnosegeräte an "
            "freie Werkstätten in Sachsen und Thüringen. Die Marke soll erhalten bleiben.</p>")


def de_page(after: str = "") -> str:
    return ("<html lang='de'><head><title>Musterteile übernimmt Werkstattausrüster | Fachportal</title></head><body>"
            "<nav><a href='/'>Start</a> <a href='/teile/'>Teile</a></nav><main class='story'>"
            "<div class='meta'><span class='meta__source'>Quelle: Pressemitteilung</span> "
            "<span class='meta__date'><time datetime='2026-11-27'>27.11.2026</time></span> "
            "<span class='meta__readtime'>2 min Lesedauer</span></div>"
            "<h1><span class='kicker'>Teilehandel</span> <span>Musterteile übernimmt Werkstattausrüster</span></h1>"
            "<p class='teaser'>Der Großhändler baut sein Werkstattgeschäft aus und übernimmt einen Ausrüster.</p>"
            f"<div class='story__content'>{DE_PARAS}{after}</div></main></body></html>")


def test_a_kicker_headline_heads_the_page_and_a_press_release_is_no_source() -> None:
    """The headline block with its kicker (Teilehandel + headline) is the headline, so the deck under
    it is no body; "Quelle: Pressemitteilung" names no source, and the reading time run on after it
    is no part of one."""
    rec = extract_article(de_page(), "https://fachportal.example.de/teile/musterteile-uebernahme-a-1.html",
                          fetched_at="2026-11-28T10:00:00+01:00")
    assert rec.paragraphs[0].startswith("Die Musterteile GmbH") and len(rec.paragraphs) == 2, rec.paragraphs
    assert rec.source is None


def test_a_tail_heading_in_russian_ends_the_text() -> None:
    tail = ("<div class='tg'>Подпишитесь на Telegram-канал «Фахпортала»</div><section><h3>Главное</h3><ul>"
            "<li><a href='/a/1'>Импорт автокомпонентов вырос на 9%</a></li><li><a href='/a/2'>Новый завод</a></li></ul>"
            "</section>")
    rec = extract_article(de_page(after=tail), "https://fachportal.example.de/teile/a-2.html",
                          fetched_at="2026-11-28T10:00:00+01:00")
    assert len(rec.paragraphs) == 2 and not any("Главное" in p or "Telegram" in p for p in rec.paragraphs), rec.paragraphs
