"""Body noise and credits from layouts met in held-out corpus F (rewritten as own small pages, none
copied): platform follow prompts, cross-references and tail headings of more languages, an inline
image caption in a <br>-separated text, a meta line labelled in another language, end credit lines
with a first-run clause or a 采写 label, tip prompts, a newsroom credit in an uncased script.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-30T09:00:00+08:00"
LATIN_BODY = "".join(
    f"<p>Paragraph {i}: parts makers in the region reported higher orders from European carmakers this autumn, "
    "with cable harnesses and metal parts taking the largest share of the exports.</p>"
    for i in range(1, 5)
)
ZH_BODY = "".join(
    f"<p>第{i}段：今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显，企业正在扩充产能。</p>"
    for i in range(1, 5)
)


def page(body: str, meta: str = "", lang: str = "en", title: str = "Parts makers report higher orders") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Daily</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/biz/'>Business</a> <a href='/auto/'>Auto</a></div>"
            f"<div class='main'><h1>{title}</h1><div class='meta'>{meta}</div>"
            f"<div class='article-body'>{body}</div></div>"
            "<div class='footer'>About | Contact | Copyright 2026 Daily</div></body></html>")


def record(html: str, url: str = "https://news.example.com/biz/2026/11/27/parts-orders.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


@pytest.mark.parametrize("noise", [
    "<p>Ακολουθήστε την Εφημερίδα στο Google News</p>",
    "<p><a href='https://news.google.com/x'>Follow Daily on Google News</a> for more.</p>",
    "<p>Síguenos en Google Noticias</p>",
    "<p>Join our WhatsApp channel</p>",
])
def test_platform_follow_prompts_are_no_body(noise):
    r = record(page(LATIN_BODY + noise))
    assert "Google" not in r.body_text and "WhatsApp" not in r.body_text
    assert r.body_text.count("Paragraph") == 4


@pytest.mark.parametrize("line", [
    "BACA: Jualan kenderaan elektrik melonjak pada Oktober",
    "Διαβάστε επίσης: Οι πωλήσεις αυτοκινήτων τον Οκτώβριο",
    "Citeşte şi: Producătorii auto cer energie mai ieftină",
    "हेही वाचा: चाकणमधील नवी गुंतवणूक",
    "بیشتر بخوانید: قیمت قطعات یدکی در بازار",
])
def test_cross_references_of_more_languages_are_no_body(line):
    body = LATIN_BODY[:len(LATIN_BODY) // 2] + f"<p><strong>{line}</strong></p>" + LATIN_BODY[len(LATIN_BODY) // 2:]
    r = record(page(body))
    assert line.split(":")[0] not in r.body_text
    assert r.body_text.count("Paragraph") == 4


@pytest.mark.parametrize("heading", ["Τελευταία νέα", "Articole similare", "Berita berkaitan", "Latest news"])
def test_tail_headings_of_more_languages_end_the_body(heading):
    tail = f"<h3>{heading}</h3><ul><li><a href='/a/1'>Another story about suppliers</a></li><li><a href='/a/2'>Second story</a></li></ul>"
    r = record(page(LATIN_BODY + tail))
    assert heading not in r.body_text and "Another story" not in r.body_text


def test_inline_caption_in_a_br_text_is_its_own_line_and_no_body():
    body = ("<div id='dic_area'><span class='end_photo_org'><img src='/p.jpg' alt=''><em class='img_desc'>"
            "히트펌프 모듈 생산라인. 사진=업체 제공</em></span><br>"
            + "<br><br>".join(f"국내 자동차 부품업체들이 전기차용 열관리 부품 수주를 잇따라 따내고 있다 {i}번째 문단이다." for i in range(1, 6))
            + "</div>")
    r = record(page(body, lang="ko", title="車부품업계, 열관리 부품 수주 잇따라"))
    assert "사진=" not in r.body_text
    assert r.body_text.startswith("국내 자동차 부품업체들이")


def test_meta_line_labelled_in_another_language_is_no_body():
    meta_line = ("<div class='info'><span>جمعه ۶ آذر ۱۴۰۵ - ۱۴:۳۰</span> <span>کد خبر: ۴۱۲۳۴۵۶</span> "
                 "<span>نویسنده: سارا کریمی</span></div>")
    body = meta_line + "".join(f"<p>تولیدکنندگان قطعات خودرو از افزایش سفارش‌ها در ماه گذشته خبر دادند و این روند ادامه دارد {i}.</p>"
                               for i in range(1, 6))
    r = record(page(body, lang="fa", title="افزایش سفارش قطعات خودرو"))
    assert "کد خبر" not in r.body_text and "نویسنده" not in r.body_text


@pytest.mark.parametrize(("end", "editor"), [
    ("<p>（本文首发于汽车商业APP，作者｜韩某某，编辑｜杜可）</p>", "杜可"),
    ("<p>采写：南都记者 陈舒 实习生 何蔚</p>", None),
])
def test_end_credit_lines_are_read_and_leave_the_body(end, editor):
    r = record(page(ZH_BODY + end, lang="zh-CN", title="零部件企业订单持续增长"))
    assert "作者" not in r.body_text and "采写" not in r.body_text
    assert r.body_text.count("第") == 4
    if editor:
        assert r.editor == editor


def test_tip_prompt_is_no_body():
    r = record(page(ZH_BODY + "<div class='reward'><p>支持作者，<button>打赏</button></p></div>", lang="zh-CN",
                    title="零部件企业订单持续增长"))
    assert "打赏" not in r.body_text and "支持作者" not in r.body_text


def test_newsroom_credit_in_an_uncased_script_is_no_author():
    meta = "<span class='author'>लोकमत न्यूज नेटवर्क</span> <span>प्रकाशित: 27 नोव्हेंबर 2026</span>"
    body = "".join(f"<p>चाकण परिसरातील सुटे भाग उत्पादकांना निर्यातीच्या नव्या ऑर्डर मिळाल्या आहेत, असे उद्योगाने सांगितले {i}.</p>"
                   for i in range(1, 6))
    r = record(page(body, meta=meta, lang="mr", title="सुटे भाग उत्पादकांना नव्या ऑर्डर"))
    assert r.author is None


def test_korean_partner_press_credit_is_the_source_and_a_reporter_is_none():
    meta = ("<div class='media_end_head_journalist'><em class='media_end_head_journalist_name'>김민수 기자</em></div>"
            "<span>입력</span><span class='media_end_head_info_datestamp_time' data-date-time='2026-11-27 15:45:21'>"
            "2026.11.27. 오후 3:45</span>")
    body = "".join(f"<p>국내 자동차 부품업체들이 전기차용 열관리 부품 수주를 잇따라 따내고 있다 {i}번째 문단이다.</p>" for i in range(1, 6))
    html = page(body, meta=meta, lang="ko", title="車부품업계, 열관리 부품 수주 잇따라").replace(
        "<div class='footer'>", "<div class='media_end_copyright'>기사제공 산업경제신문</div><div class='footer'>")
    r = extract_article(html.encode("utf-8"), "https://n.news.example.com/article/123/0000012345",
                        fetched_at="2026-11-30T09:00:00+09:00")
    assert r.source == "산업경제신문"
    assert r.published_at == "2026-11-27T15:45:21+09:00"


def test_plural_author_label_lists_every_name():
    r = record(page(LATIN_BODY, meta="<div class='authors'>Autori: <a>Andrei Popescu</a>, <a>Ioana Marin</a></div>"
                    "<div class='date'>27.11.2026, 10:45</div>", lang="ro"))
    assert r.author == "Andrei Popescu, Ioana Marin"


def test_account_box_above_the_headline_with_a_platform_badge_is_the_source():
    box = ("<div class='author-box'><a class='name' href='/mp/8876543'>汽配产业观察</a><span class='badge'>财富号</span>"
           "<span class='fans'>粉丝 2.3万</span><a class='follow'>+关注</a></div>")
    html = page("<p>文/何川</p>" + ZH_BODY, meta="<span class='time'>2026-11-28 21:16</span>", lang="zh-CN",
                title="座椅骨架赛道的三个变化").replace("<div class='main'>", "<div class='main'>" + box)
    r = record(html)
    assert r.source == "汽配产业观察"
    assert r.author == "何川"


def test_a_site_notice_heading_ends_the_body_with_its_legal_text():
    notice = ("<p>反侵权公告：</p><p>根据著作权法等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。"
              "为规范网络转载行为，本报社郑重公告如下。</p><p>一、任何单位或个人使用本报社原创内容，必须事先取得书面授权；</p>"
              "<p>陈律师（法律顾问）0432-62099222</p>")
    r = record(page(ZH_BODY + notice, lang="zh-CN", title="零部件企业订单持续增长"))
    assert "反侵权公告" not in r.body_text and "著作权法" not in r.body_text and "律师" not in r.body_text
    assert r.body_text.count("第") == 4


# ---------------------------------------------------------------- corpus G shapes (own pages)
@pytest.mark.parametrize(("meta", "lang"), [
    ("<span class='author'>Мария Петрова</span> <span>27 ное 2026, 18:40</span> <span>5 мин. четене</span>"
     " <span>Коментари (4)</span>", "bg"),
    ("<span class='updated'>Päivitetty 29.11. klo 10.40</span> <span>Julkaistu 29.11.2026 klo 8.05</span>", "fi"),
])
def test_meta_lines_of_more_languages_are_no_body(meta, lang):
    r = record(page(f"<div class='meta-row'>{meta}</div>" + LATIN_BODY, lang=lang))
    assert r.body_text.startswith("Paragraph 1") and r.body_text.count("Paragraph") == 4


@pytest.mark.parametrize(("byline", "author"), [
    ("<p class='byline'>Na <a>Juma Mtanda</a></p>", "Juma Mtanda"),
    ("<div class='story-author'><span class='name'>নিজস্ব প্রতিবেদক</span><span class='place'>ঢাকা</span></div>", None),
])
def test_byline_words_and_staff_reporter_credits(byline, author):
    assert record(page(LATIN_BODY, meta=byline, lang="sw")).author == author


@pytest.mark.parametrize(("line", "author"), [
    ("<p><strong>《中国经济周刊》记者 孙晨阳 通讯员 冯立｜上海报道</strong></p>", "孙晨阳 冯立"),
    ("<p>闪电新闻记者 刘晓 潍坊台 孙浩 报道</p>", "刘晓 孙浩"),
])
def test_credit_lines_with_media_names_list_every_writer(line, author):
    r = record(page(line + ZH_BODY if "经济周刊" in line else ZH_BODY + line, lang="zh-CN", title="零部件企业订单持续增长"))
    assert r.author == author


def test_labelled_author_after_a_medium_reporter_word_and_a_reading_time_is_no_source():
    meta = ("<span>2026-11-26 09:41 作者：深圳特区报记者 王晓</span>"
            "<span class='read-time'>阅读时间约9分钟</span>")
    r = record(page(ZH_BODY, meta=meta, lang="zh-CN", title="零部件企业订单持续增长"))
    assert r.author == "王晓"
    assert r.source is None


def test_a_dateline_credit_opening_the_text_names_writer_and_source():
    body = "<p>汽配电子网报道（文/周某明）11月27日，一家国内车规芯片公司发布新一代智能驾驶芯片，算力大幅提升。</p>" + ZH_BODY
    r = record(page(body, lang="zh-CN", title="车规芯片公司发布新一代芯片"))
    assert r.author == "周某明" and r.source == "汽配电子网"


def test_croatian_clock_after_the_year_and_a_script_publish_at_key():
    r = record(page(LATIN_BODY, meta="<span class='date'>26. studenoga 2026. u 07:15</span>", lang="hr"),
               url="https://www.poslovni.example.hr/auto/komponente-123")
    assert r.published_at == "2026-11-26T07:15:00+01:00"
    html = page(ZH_BODY, meta="<span class='wm-time'>2小时前</span>", lang="zh-CN", title="同一款刹车片为何便宜一半").replace(
        "</head>", '<script>window.__INITIAL_DATA__ = {"article":{"publish_at":1795992738000}};</script></head>')
    assert record(html).published_at == "2026-11-30T06:52:18+08:00"


# ---------------------------------------------------------------- corpus H shapes (own pages)
@pytest.mark.parametrize("line", [
    "<p>听全文 04:12</p>", "<p>预计阅读时间 3 分钟</p>", "<p>（更多卡车资讯请关注汽配网官方微信）</p>",
    "<p>（本文刊载于《汽车纵横》2026年第11期）</p>", "<p>会员登录后可下载本案例的完整维修资料</p>",
    "<p>图1 读取到的历史故障码</p>",
])
def test_players_prompts_and_figure_captions_are_no_body(line):
    body = ZH_BODY[:len(ZH_BODY) // 2] + line + ZH_BODY[len(ZH_BODY) // 2:]
    r = record(page(body, lang="zh-CN", title="零部件企业订单持续增长"))
    assert r.body_text.count("第") == 4 and len(r.paragraphs) == 4


@pytest.mark.parametrize(("meta", "lang", "author"), [
    ("<span class='author'>ដោយ៖ សុខ ចាន់ធី</span>", "km", "សុខ ចាន់ធី"),
    ("<span class='author'>በዮሐንስ አበበ</span>", "am", "ዮሐንስ አበበ"),
])
def test_byline_words_of_more_scripts_are_dropped(meta, lang, author):
    assert record(page(LATIN_BODY, meta=meta, lang=lang)).author == author


def test_a_serbian_date_line_and_source_line_are_no_body():
    body = "<p>27.11.2026. у 20:15</p>" + LATIN_BODY + "<p>Извор: Танјуг</p>"
    r = record(page(body, lang="sr"))
    assert r.body_text.startswith("Paragraph 1") and "Извор" not in r.body_text
    assert r.source == "Танјуг"


def test_a_run_of_digits_before_a_letter_is_no_pager_and_is_read_at_once():
    """The pager pattern once nested ``\\d+`` in a ``+`` group: 30 digits and a letter (a fuzz input)
    backtracked for minutes. One digit per repetition reads the same pagers."""
    from autoparts_crawler.extraction.vocabulary import PAGER_RE
    assert PAGER_RE.match("9" * 30 + "Ó") is None
    assert PAGER_RE.match("共 10 页 上一页 1 2 3 下一页 >>")


def test_a_short_post_over_a_long_comment_thread_keeps_only_its_own_text():
    """A one-paragraph column post whose comment thread holds most of the page: retrying the body
    choice without class names must still leave the comment thread out."""
    post = ("<p>很多人以为后市场是一个分散的市场，其实在细分品类上集中度正在快速提升，出厂价大约占终端售价的一半左右，"
            "剩下的被物流、仓储和各级经销商分掉了。</p>")
    comments = "".join(f"<div class='CommentItem'><div class='CommentItem-meta'><span>网友{n}</span></div>"
                       f"<div class='CommentItem-content'><p>第{n}条评论：说得很有道理，我们店里的点火线圈进货价这两年也在往下走，"
                       f"品牌件和原厂件的差距越来越小，修理厂的利润空间被压缩了不少。</p></div></div>" for n in range(1, 21))
    html = page(post, lang="zh-CN", title="点火线圈的售后价格为何高出三倍").replace(
        "<div class='footer'>", f"<div class='Comments-container'><h2>20 条评论</h2>{comments}</div><div class='footer'>")
    r = record(html)
    assert len(r.paragraphs) == 1 and "评论" not in r.body_text
