"""What is no article text at the body's ends: platform statements, rights notices, app / follow /
subscription prompts and credit lines printed inside the text container, in any language the
crawler meets -- while the same words inside the article's own sentences stay. Own small pages,
through the public ``extract_article``."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

PARAS = [
    "今年以来，县域市场的快修门店数量明显增加，连锁品牌加快下沉，单店的配件采购也更加集中。",
    "业内人士认为，门店需要在备货结构上做出调整，常用易损件保持充足库存，低频件则依靠区域仓调拨。",
    "一位门店负责人说，过去一年他们把轮胎和机油的采购集中到两家供应商，采购成本下降了约一成。",
    "专家提醒，门店在压缩库存的同时要关注交付时效，避免因缺件影响客户体验和复购率。",
]
EN_PARAS = [
    "Independent repair shops in smaller towns have been adding bays this year, and chains are following them.",
    "Parts buyers say orders are now pooled with two or three distributors, which cut their costs by a tenth.",
    "One shop owner said tyres and oil are bought centrally now, while slow-moving parts come from a regional hub.",
    "Analysts warn that shops trimming stock must still deliver on time, or customers will not come back.",
]


def record(before: str = "", after: str = "", paras: list[str] = PARAS, title: str = "县域快修门店的备货变化",
           info: str = "2024-05-20 08:30 来源：汽配日报", outside: str = ""):
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='info'>{info}</div>"
            f"<div class='article'>{before}" + "".join(f"<p>{p}</p>" for p in paras) +
            f"{after}</div>{outside}</body></html>")
    return extract_article(html.encode("utf-8"), "https://news.example.cn/a/1.html",
                           fetched_at="2026-11-28T10:00:00+08:00")


@pytest.mark.parametrize("line", [
    "【免责声明】本文仅代表作者本人观点，与本网无关。",
    "本站发布此信息的目的在于传播更多信息，与本站立场无关。相关信息不对您构成任何投资建议，据此操作，风险自担。",
    "未经正式授权严禁转载本文，侵权必究。",
    "本报版权作品，未经书面授权，严禁转载，违者将被追究法律责任。",
    "本文来自汽配观察，原文链接：https://www.example.com/article/123.html",
    "如对本稿件有异议或投诉，请联系 service@example.com",
    "本文由汽车号作者发布，不代表本平台立场。",
])
def test_statements_and_notices_after_the_text_are_no_body(line: str) -> None:
    body = record(after=f"<p>{line}</p>").body_text
    assert line not in body and PARAS[-1] in body


@pytest.mark.parametrize("line", [
    "更多精彩资讯请在应用市场下载“汽配日报”客户端。欢迎提供新闻线索，24小时报料热线400-800-0000。",
    "下载“汽配日报”官方APP，第一时间获取行业资讯",
    "汽配日报报料：021-5555000",
])
def test_app_and_news_tip_prompts_after_the_text_are_no_body(line: str) -> None:
    body = record(after=f"<p>{line}</p>").body_text
    assert line not in body and PARAS[-1] in body


@pytest.mark.parametrize(("before", "after"), [
    ("<p>汽配日报记者 | 秦某某</p><p>汽配日报编辑 | 肖某</p>", ""),
    ("", "<p>汽配日报产经记者 白某某 编辑 杨某某 校对 卢某</p>"),
    ("", "<p>校对：刘某</p>"),
    ("<p>每经记者 郑某某 每经编辑 孙某</p>", ""),
])
def test_credit_lines_at_the_ends_are_no_body(before: str, after: str) -> None:
    body = record(before=before, after=after).body_text
    assert "记者" not in body and "校对" not in body and PARAS[0] in body and PARAS[-1] in body


@pytest.mark.parametrize("line", [
    "Get the full story from Parts Weekly. Subscribe now for unlimited access to the news you rely on.",
    "Join the community of 2M+ industry professionals. Subscribe to our newsletter to get the latest insights.",
    "Cet article vous a intéressé ? Abonnez-vous pour 1 euro le premier mois.",
    "Źródło: materiały prasowe",
    "Quelle: Unternehmensangaben",
    "Media Contact: Lauren Petrie press@example-axle.com +1 734 555 0142",
    "Press contact: Jan Novak, +420 602 555 123",
    "Pressekontakt: Jana Berger, presse@example-zulieferer.de",
])
def test_prompts_and_labelled_sources_in_other_languages_are_no_body(line: str) -> None:
    body = record(paras=EN_PARAS, title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024", after=f"<p>{line}</p>").body_text
    assert line not in body and EN_PARAS[-1] in body


def test_a_sentence_about_contacts_stays() -> None:
    last = "Media contact: the union said it had asked for talks with the management twice since March, without reply."
    body = record(paras=[*EN_PARAS, last], title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024").body_text
    assert last in body


@pytest.mark.parametrize("line", [
    "汽配网声明：凡本网注明“来源：汽配网”的所有作品，版权均属于汽配网。任何单位及个人未经本网书面授权，不得转载。",
    "广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码等形式），用于传递更多信息，结果仅供参考。",
    "【本文结束】如需转载请务必注明出处：汽配网",
    "本文刊发于《汽配周报》2026年11月23日第5版",
    "“小礼物走一走，来汽配号关注我”",
])
def test_statements_reprint_notes_and_tip_prompts_after_the_text_are_no_body(line: str) -> None:
    body = record(after=f"<p>{line}</p>").body_text
    assert line not in body and PARAS[-1] in body


@pytest.mark.parametrize("line", [
    "(Only the headline of this report may have been reworked by our staff; the rest of the content is "
    "auto-generated from a syndicated feed.)",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel.",
    "If you spot a mistake, select the text and press Ctrl+Enter to tell the editors.",
])
def test_syndication_notes_messenger_promos_and_error_report_prompts_are_no_body(line: str) -> None:
    body = record(paras=EN_PARAS, title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024", after=f"<p>{line}</p>").body_text
    assert line not in body and EN_PARAS[-1] in body


def test_a_read_also_heading_in_other_languages_ends_the_text() -> None:
    more = "<p>Seguir leyendo:</p><ul><li><a href='/a'>Otra nota</a></li><li><a href='/b'>Otra más</a></li></ul>"
    body = record(paras=EN_PARAS, title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024", after=more).body_text
    assert "Seguir" not in body and EN_PARAS[-1] in body


def test_the_same_words_inside_the_article_stay() -> None:
    middle = ("对此，该公司表示已向法院起诉，将依法追究侵权方的法律责任，并呼吁同行不得转载、复制其设计图纸。"
              "另有多家经销商表示，将订阅厂商的技术通报，下载其维修手册APP。")
    paras = [PARAS[0], middle, PARAS[1], PARAS[2], PARAS[3]]
    body = record(paras=paras).body_text
    assert middle in body


def test_a_last_paragraph_that_only_mentions_subscriptions_stays() -> None:
    last = ("Several chains now sell maintenance plans that customers subscribe to monthly, and they say "
            "the plans have made revenue steadier through the slow winter months, which used to hurt.")
    body = record(paras=[*EN_PARAS, last], title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024").body_text
    assert last in body


def test_a_credit_line_dropped_below_the_text_is_not_read_as_a_header_line() -> None:
    """Lines dropped after the last paragraph are the lines after the body, not the header zone
    under the headline: the page's structured author still comes first."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"县域快修门店的备货变化",'
          '"author":{"@type":"Person","name":"白某某"}}</script>')
    rec = record(after="<p>汽配日报产经记者 白某某 编辑 杨某某 校对 卢某</p>", outside=ld)
    assert "校对" not in rec.body_text
    assert rec.author == "白某某"


def en_record(after: str, paras: list[str] = EN_PARAS):
    return record(paras=paras, title="Small-town repair shops pool their parts orders", info="May 20, 2024",
                  after=after)


def test_an_author_tag_closing_the_text_is_no_body() -> None:
    body = en_record("<p>(mfi)</p>").body_text
    assert "(mfi)" not in body and EN_PARAS[-1] in body


def test_a_related_heading_in_another_language_ends_the_body() -> None:
    body = en_record("<h2>VEJA TAMBÉM:</h2><ul><li><a href='/a/2.html'>Venda de peças cresce 5% em maio</a></li></ul>"
                     "<h3>Vídeos: veja os mais assistidos</h3>").body_text
    assert "VEJA" not in body and "Vídeos" not in body and EN_PARAS[-1] in body


def test_a_related_heading_inside_the_text_drops_only_itself() -> None:
    more = ["Distributors are answering with smaller, more frequent deliveries to the towns they serve.",
            "Some of them now run vans twice a day, which lets the shops keep less stock on their own shelves."]
    paras = [*EN_PARAS[:2], "<b>Leia também</b>", *EN_PARAS[2:], *more]
    body = record(paras=paras, title="Small-town repair shops pool their parts orders",
                  info="May 20, 2024").body_text
    assert "Leia" not in body and EN_PARAS[2] in body and more[-1] in body


def test_a_contact_box_and_an_email_credit_after_the_text_are_no_body() -> None:
    body = en_record("<div class='contact-box'><h3>Contact</h3><p>Dr. Jane Roe, Test Laboratory, "
                     "phone +49 241 555 0000</p></div><p>press@parts-example.com</p>").body_text
    assert "Jane Roe" not in body and "press@" not in body and EN_PARAS[-1] in body


def test_contact_lines_closing_an_official_notice_stay() -> None:
    line = "联系人：王某 电话：010-5555 0000 电子邮件：office@example.gov.cn"
    body = record(after=f"<p>{line}</p>").body_text
    assert line in body


@pytest.mark.parametrize("line", [
    "Article réservé aux abonnés",
    "Il vous reste 58% de cet article à lire.",
    "Mis à jour le 7 février 2025 à 11h05",
    "SOURCE Example Axle Company",
    "Cision View original content to download multimedia: https://www.example.com/news/1.html",
])
def test_paywall_update_and_release_trailers_after_the_text_are_no_body(line: str) -> None:
    body = en_record(f"<p>{line}</p>").body_text
    assert line not in body and EN_PARAS[-1] in body


def test_a_repost_invitation_after_the_text_is_no_body() -> None:
    line = "※ 歡迎用「轉貼」或「分享」的方式轉傳本文"
    body = record(after=f"<p>{line}</p>").body_text
    assert line not in body and PARAS[-1] in body


def test_an_opening_paragraph_that_ends_on_a_personal_disclaimer_stays() -> None:
    """The author's own aside ('…不代表公司立场') closing a real paragraph is article text."""
    first = ("先说一下背景：本人在一家配件厂干了十年，从工艺员做到项目经理，经历过燃油车的繁荣，也赶上了新能源车的爆发。"
             "下面说的都是个人观察，不代表公司立场。")
    body = record(paras=[first, *PARAS]).body_text
    assert first in body


@pytest.mark.parametrize(("before", "after", "gone"), [
    # a reporter credit line with a newspaper's bullet and its closing 报道, above or below the text
    ("<p>□ 大众日报记者 牟晓川 通讯员 孔丽 报道</p>", "", "大众日报记者"),
    ("", "<p>本报记者 张明 通讯员 李华 报道</p>", "本报记者"),
    # a 相关 + two-character heading over a list of links after the text (its list is furniture)
    ("", "<h4>相关召回</h4><ul><li><a href='/r/1.html'>某汽车有限公司召回部分进口越野车</a> 2026-11-19</li>"
         "<li><a href='/r/2.html'>某客车有限公司召回部分纯电动城市客车</a> 2026-11-17</li></ul>", "相关召回"),
])
def test_credit_lines_and_tail_headings_are_no_body(before: str, after: str, gone: str) -> None:
    rec = record(before=before, after=after)
    assert gone not in rec.body_text
    assert rec.paragraphs == PARAS
    assert gone not in (rec.subtitle or "")


def test_a_paragraph_ending_on_a_follow_prompt_stays() -> None:
    """An official notice's last paragraph names the hotline and the agency's account: its first
    sentences are information, so it is the text's own, not a follow prompt."""
    last = ("公司将通过挂号信、电话、短信等方式通知相关用户。用户可拨打客户服务热线进行咨询。"
            "此外，还可登录缺陷产品召回技术中心网站、关注微信公众号“缺陷产品召回”，了解更多信息。")
    rec = record(after=f"<p>{last}</p><h4>相关召回</h4><ul><li><a href='/r/1.html'>某汽车有限公司召回部分进口越野车</a></li>"
                       "<li><a href='/r/2.html'>某客车有限公司召回部分纯电动城市客车</a></li></ul>")
    assert rec.paragraphs == [*PARAS, last]
