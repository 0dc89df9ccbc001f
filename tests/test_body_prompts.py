"""Issue 12/11: furniture inside the article container -- follow / like prompts at the body's ends,
counter toolbars, credit labels left empty, a 相关文件 heading after the text. Own small pages."""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

PARAS = [
    "今年以来，县域市场的快修门店数量明显增加，连锁品牌加快下沉，单店的配件采购也更加集中。",
    "业内人士认为，门店需要在备货结构上做出调整，常用易损件保持充足库存，低频件则依靠区域仓调拨。",
    "一位门店负责人说，过去一年他们把轮胎和机油的采购集中到两家供应商，采购成本下降了约一成。",
    "专家提醒，门店在压缩库存的同时要关注交付时效，避免因缺件影响客户体验和复购率。",
]


def _body(extra_before: str = "", extra_after: str = "") -> str:
    html = ("<html><head><meta charset='utf-8'><title>县域快修门店的备货变化</title></head><body>"
            "<h1>县域快修门店的备货变化</h1><div class='info'>2024-05-20 08:30 来源：汽配日报</div>"
            f"<div class='article'>{extra_before}" + "".join(f"<p>{p}</p>" for p in PARAS) +
            f"{extra_after}</div></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://news.example.cn/a/1.html",
                          fetched_at="2026-11-28T10:00:00+08:00")
    return rec.body_text


def test_follow_prompt_above_the_text_is_no_body() -> None:
    body = _body(extra_before="<p>关注汽修老兵，每天一条实用知识</p>")
    assert "关注汽修老兵" not in body and PARAS[0] in body


def test_like_prompts_and_counter_toolbar_after_the_text_are_no_body() -> None:
    body = _body(extra_after="<p>— 喜欢就点个赞，转发给朋友 —</p><p>阅读 3,402 赞 38 在看 11</p>")
    assert "点个赞" not in body and "阅读 3,402" not in body and PARAS[-1] in body


def test_empty_editor_label_is_no_body() -> None:
    body = _body(extra_after="<p>责任编辑：</p>")
    assert "责任编辑" not in body


def test_related_documents_heading_ends_the_body() -> None:
    body = _body(extra_after="<p>相关文件</p>")
    assert "相关文件" not in body


def test_a_paragraph_that_only_mentions_follow_words_inside_stays() -> None:
    keep = "门店应当关注客户的复购情况，并据此调整备货。"
    body = _body(extra_after=f"<p>{keep}</p>")
    assert keep in body


def test_credit_row_inside_the_text_container_is_a_credit_not_body() -> None:
    html = ("<html><head><meta charset='utf-8'><title>县域快修门店的备货变化</title></head><body>"
            "<h1>县域快修门店的备货变化</h1><p class='xg1'>2024-05-20 08:30 | 查看: 120</p>"
            "<div class='article'><div>来自: 汽配观察网</div>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://bbs.example.cn/portal.php?mod=view&aid=9",
                          fetched_at="2026-11-28T10:00:00+08:00")
    assert "来自" not in rec.body_text
    assert rec.source == "汽配观察网"


def test_summary_excerpt_above_the_text_is_no_body() -> None:
    body = _body(extra_before=f"<div>摘要: {PARAS[0][:30]}…</div>")
    assert "摘要" not in body and PARAS[0] in body


def test_summary_that_is_not_an_excerpt_stays() -> None:
    body = _body(extra_before="<div>摘要：县域门店的采购集中度提高，区域仓调拨成为常态，门店库存结构正在改变。</div>")
    assert "区域仓调拨成为常态" in body


def test_site_disclaimer_paragraph_after_the_text_is_no_body() -> None:
    body = _body(extra_after="<p>本网站所载信息仅供参考，不构成任何投资建议，据此操作风险自负。</p>")
    assert "风险自负" not in body and PARAS[-1] in body
