"""Every rule the extractors apply, as data in one place: label words, date and count shapes,
class-name hints, page-number rules and the thresholds of the generic decisions.

Like trafilatura's XPath/settings modules: the extraction code reads these names and holds no
pattern of its own, so a rule is changed (and reviewed) here once. Parsing a date or a count
once found is the normalizers' job (:mod:`autoparts_crawler.normalize`), not this module's.
"""

from __future__ import annotations

import re

from autoparts_crawler.normalize.date_words import (
    CLOCK_LINKERS,
    PUBLISH_LABELS,
    RELATIVE_DAY_WORDS,
    UPDATE_LABELS,
    ZONE_NAMES,
    words_pattern,
)

# -------- Class/id name hints: furniture vs content (the generic extractor's prior on page layout)
FURNITURE_CLASS_PATTERN = (
    r"comment|pinglun|reply|respond|discuss|footer|\bfoot\b|sidebar|side-bar|sidenav|\baside\b|"
    r"share|sharing|social|bshare|jiathis|relate|xiangguan|recommend|tuijian|\bhot\b|hotnews|"
    r"\brank|paihang|\bad\b|\bads\b|advert|adsbox|banner|sponsor|promo|breadcrumb|crumb|"
    r"\bplace\b|pager|pagination|pagelist|page-?nav|dede_pages|copyright|toolbar|"
    r"\bmenu|\bnav\b|navbar|topbar|masthead|login|signup|subscribe|newsletter|popup|modal|"
    r"cookie|disclaimer|widget|\btags?\b|keyword|actbox|download|paywall|upsell|prompt|"
    r"\bintro\b|zhaiyao|digest|byline|"
    r"qrcode|erweima|"
    r"outbrain|taboola|trending|most-?popular|most-?read|read-?more|\beditor\b|"
    r"caption|credit|image-?desc|photo-?desc|\bad-|-ad\b|advert|dateline|timestamp|"
    # whole tokens of class/id names split on space, '-' and '_' (m-rec, app_banner, post-foot)
    r"(?:^|[\s_-])(?:rec|recs|recommend(?:ed|s)?|stat|stats|foot|app|apps|appbanner|download|"
    r"unfold|expand|more|follow|subscribe|sns|sign|signature|contact|contacts|hits|"
    r"source|author|authors|date|time|timedate|pubdate|pubtime)(?:$|[\s_-])"
)
FURNITURE_CLASS_RE = re.compile(FURNITURE_CLASS_PATTERN, re.I)
CONTENT_CLASS_RE = re.compile(
    r"article|content|entry|post|text|body|main|story|news|detail|zhengwen|正文|blog|cont\b|"
    r"artibody|endtext|con\b|neirong|read",
    re.I,
)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: ``display:none`` hides for good; ``visibility:hidden`` alone is also how pages keep the article
#: from flashing before a script lays it out and reveals it (WeChat's ``#js_content``).
DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.I)
#: The value of a hiding declaration in lower-cased CSS (``display: none``, ``visibility:hidden``).
HIDDEN_VALUE_RE = re.compile(r":\s*(none|hidden)\b")
#: An element hidden by ``visibility:hidden`` alone that holds this much sentence text (characters,
#: and at least REVEALED_MIN_SENTENCES sentence marks) is the article a script reveals, not hidden.
REVEALED_MIN_CHARS = 200
REVEALED_MIN_SENTENCES = 3
BOILER_HEAD_RE = re.compile(
    r"^(?:网友|用户|精彩|热门|最新)?(?:评论|留言|跟帖)|^(?:发表|我要|查看)(?:评论|留言)|^相关(?:新闻|阅读|文章|推荐|资讯|报道|链接|内容|股票|个股|概念股)|^涉及(?:个股|股票)|"
    r"^(?:推荐阅读|延伸阅读|猜你喜欢|热门|热点|排行|最新文章|最新资讯|精彩推荐|编辑推荐|为你推荐)|"
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)\b|^(?:leave|post) a (?:comment|reply)|^related|"
    r"^more (?:from|stories|news)|^most (?:read|popular|viewed)|^recommended|^you (?:may|might) also|^trending",
    re.I,
)
COMMENT_CLASS_RE = re.compile(r"comment|pinglun|reply|respond|discuss", re.I)
#: Class names rich-text editors give the HTML they produce (MetInfo's ``met-editor``, Quill's
#: ``ql-editor``, UEditor, wangEditor, CKEditor's ``ck-content``, ``editor-content``): the article's
#: text container, though "editor" alone names the 责任编辑 box.
RICH_TEXT_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:met-editor|ql-editor|u-?editor|wang-?editor|ck-content|ck-editor__editable|editormd(?:-preview)?|"
    r"editor-(?:content|body|text|wrap)|rich-?text(?:-content)?)(?=$|[\s_])", re.I)
STRONG_FURNITURE_CLASS_RE = re.compile(
    r"comment|pinglun|reply|share|relate|xiangguan|recommend|sidebar|footer|breadcrumb|crumb|"
    r"pager|pagination|copyright|advert|banner|\bintro\b|zhaiyao|byline|"
    r"(?:^|[\s_-])(?:rec|recs|stat|stats)(?:$|[\s_-])|"
    r"\beditor\b|dede_pages|pagelist|\btags?\b|newsletter|subscribe|signup|sign-up|"
    r"(?:^|[\s_-])(?:author-?(?:bio|box|info|content|card)|about-?author|post-?author|attribution|"
    r"prev-?post|next-?post|submeta|breaking|read-?time)(?:$|[\s_-])",
    re.I,
)
PARAGRAPH_FURNITURE_CLASS_RE = re.compile(
    r"share|newsletter|subscribe|sign-?up|read-?time|attribution|promo|advert|related|paywall|"
    # image captions: picText, imageDesc, img-note, pic_intro, tuzhu (图注)
    r"caption|(?:pic|img|image|photo|tu)[_-]?(?:text|txt|desc|note|intro|info|title|zhu)", re.I)
#: Class of an inline element holding an image's caption (img_desc, photo-caption, imageDesc).
INLINE_CAPTION_CLASS_RE = re.compile(r"caption|(?:pic|img|image|photo)[_-]?desc", re.I)
HEADING_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:hd|head|header|title|tit|bt|caption)(?:$|[\s_-])", re.I)


# -------- Label words and the names after them (来源/作者/责任编辑 ...)
LABEL_WORDS = r"(?:来源|来自|稿源|出处|作者|原作者|撰文|记者|责任编辑|责编|编辑|发布时间|发表时间|发布日期|时间|日期|" \
         r"更新时间|点击|阅读|浏览|人气|评论|字号|分享|打印|关注|收藏|发布者|发布人|Posted|By)"
#: A labelled name; never the next label itself (``来源：   更新时间：2009-3-5`` has no source).
#: Its characters never run into the next label (``来源：某公司发布时间：…`` is 某公司, not 某公司发布).
_NAME_CHAR = rf"(?:(?!{LABEL_WORDS}(?:次数|量|数)?\s*[：:])[^\s：:|｜/\\，,。()（）\[\]【】<>])"
NAME_PATTERN = (rf"(?!{LABEL_WORDS}(?:次数|量|数)?\s*[：:])"
                rf"({_NAME_CHAR}{{1,24}}(?:[ 、,，；]{_NAME_CHAR}{{1,12}}){{0,4}}?)")
#: Where a labelled name ends: the next label (a known one, or any short word and a colon), a wide
#: gap, a bar, a spaced middle dot (``分类：车载网络 · 阅读约 2 分钟``), a date, a bracket, a count
#: (``687次``) or the end of the line.
NAME_STOP = (rf"(?=\s*(?:{LABEL_WORDS}(?:次数|量|数)?\s*[：:]|\s{{2,}}|[|｜【]|\d{{4}}[-/.年]|$|\s*[)）\]】(（])"
             r"|\s+[^\s：:]{1,6}\s*[：:]|\s+\d[\d,.]*\s*(?:次|人|万)|\s+[·•]\s"
             r"|\s+(?:网友|用户)?(?:评论|跟帖|留言|阅读|浏览|点击|人气)(?:数|量|次数)?\s*[(（\[【:：]?\s*\d)")
AUTHOR_RE = re.compile(rf"(?:原作者|作者|撰文|撰稿|文字|记者|作\s者)\s*[：:]\s*{NAME_PATTERN}{NAME_STOP}")
#: A byline line: 文/王某, 作者｜王某, （文/王某）, 文｜王某 图｜李某 (the photo/editor credit after it
#: is not the author).
BYLINE_RE = re.compile(rf"^[（(【\[]?\s*(?:文|作者|撰文)\s*[/／|｜]\s*{NAME_PATTERN}"
                       r"(?:\s+(?:图|摄影|图片|视频|编辑|责编)\s*[/／|｜：:]\s*[^\s/／|｜]{1,12})*\s*[)）】\]]?\s*$")
EDITOR_RE = re.compile(rf"(?:责任编辑|责编|编辑|发布者|发布人)(?:\s*[：:]|】)\s*{NAME_PATTERN}{NAME_STOP}")
#: An editor/publisher label ending the text right before a name (发布者: <a>老张</a>).
EDITOR_LABEL_BEFORE_RE = re.compile(r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|发布者|发布人|审核)\s*[：:]?\s*$")
#: The same with the label (group 1) and the name (group 2): 责任编辑 outranks a plain 编辑.
EDITOR_LABEL_RE = re.compile(rf"(责任编辑|責任編輯|责编|責編|编辑|編輯|发布者|发布人)(?:\s*[：:]|】)\s*{NAME_PATTERN}{NAME_STOP}")
#: A wire sign-off's editor credit in a cased script (``Reporting by A; Editing by Mark Potter``,
#: ``Edited by``, ``Edición de``, ``Editado por``, ``Edição de``, ``Redigiert von``): the name(s) follow.
LATIN_EDITOR_RE = re.compile(
    r"(?:^|[;(（,]\s*|\s)(?:Editing|Edited|Edición|Editado|Edição|Redigiert|Redaktion|Édité|Edité)\s+(?i:by|de|por|von|par)"
    r"\s*:?\s+")
#: An editor's label opening a header or footer line in other languages (Edited By: X, Editor X,
#: Penyunting: X, Redakteurin: X, Редактор: X, संपादक: X): the name follows.
EDITOR_LABEL_ML_RE = re.compile(
    r"^(?:(?i:edited by|editor|editora|editado por|redaktor(?:ka)?|redakteur(?:in)?|redacteur|rédacteur|"
    r"redattore|penyunting|editör|editór|редактор|संपादक|संपादन))\s*[:：]?\s+")
#: Where an editor's name on such a line ends (a bar, a dot, a comma, a wide gap).
EDITOR_NAME_END_RE = re.compile(r"\s*[|·•,;，；]\s*|\s{2,}")
#: Longest sign-off line read for a :data:`LATIN_EDITOR_RE` credit.
LATIN_EDITOR_LINE_MAX_LEN = 240
#: A personal blog, where the account that posts is its writer, not a medium: a ``blog.`` host
#: (blog.csdn.net, blog.sina.com.cn) or the page calling its writer 博主 (本文为博主原创文章).
BLOG_HOST_RE = re.compile(r"(?:^|\.)blogs?\.")
BLOGGER_WORD_RE = re.compile(r"博主")
#: Media-account platforms (本文来自微信公众号：X, 来源：头条号 X): the account named is the source.
MEDIA_ACCOUNT_WORDS = r"(?:微信公众号|公众号|头条号|百家号|搜狐号|网易号|企鹅号|大鱼号|一点号|懂车号|易车号|车家号|澎湃号|新浪看点|快传号|企业号)"
#: 来源 / 来自 and the name after it; not a photo's (图片来源, 题图来自, 视频来源), a stray 于 (来源于：)
#: and the account platform (来自微信公众号：X) aside.
SOURCE_RE = re.compile(rf"(?<![图片像频圖])(?:来源|來源|来自|來自|稿源|出处|出處|文章来源|文章來源|新闻来源|新聞來源|发布机构|發布機構|发布单位|供稿单位|供稿單位|供稿部门|供稿)于?(?:微信)?{MEDIA_ACCOUNT_WORDS}?(?:\s*[：:]|】)\s*"
                       rf"(?:[\[【(（]\s*)?(?:{MEDIA_ACCOUNT_WORDS}\s*[：:]?\s*)?{NAME_PATTERN}{NAME_STOP}")
META_HINT_RE = re.compile(
    r"来源|来自|作者|责任编辑|编辑|发布|时间|日期|点击|阅读|浏览|字号|分享到|打印|收藏|评论|Posted|By\s",
)
META_LABEL_RE = re.compile(r"(?:来源|来自|稿源|出处|作者|编辑|发布|时间|日期|点击|阅读|浏览|评论)(?:量|数|次数)?(?:\s*[：:]|】)")


# -------- Date shapes (finding dates in page text; parsing them is normalize.dates)
#: Zone names with one fixed offset (``MYT`` +08:00, ``WIB`` +07:00: normalize.date_words.ZONE_NAMES)
#: and a clock printed with one (``7:05 AM MYT``): the page's own zone when it states no offset.
PRINTED_ZONE_OFFSETS: dict[str, str] = {k: v for k, v in ZONE_NAMES.items() if "/" not in v and v != "+00:00"}
PRINTED_ZONE_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?\s*\(?("
                             + "|".join(sorted(PRINTED_ZONE_OFFSETS, key=len, reverse=True)) + r")\b")
# the time may follow a weekday (2019年9月7日 星期六 19:02), carry a day-part word or AM/PM, and
# after seconds a stated offset (2019-09-07T19:02:00+00:00)
DATE_CORE = (
    # 115/11/27: 民國; 2026.11.27. 오후 3:45: Korean dots after each part and a day part before the clock
    r"(?:(?:(?:19|20)\d{2}\s*[-/.年]|(?<![\d/])1[0-4]\d/)\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*(?:[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?\s*)?(?:\.\s*)?(?:上午|下午|晚上|早上|中午|凌晨|傍晚|오전|오후|午前|午後)?\s*(?:[T ]\s*)?"
    r"\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?\s*秒?"
    r"(?:\s*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?)?)"
)
RELATIVE_DATE = (
    r"(?:(?<!\d)\d{1,6}\s*(?:秒|分钟|小时|天|周|个月)前|半(?:个)?(?:小时|分钟)前|刚刚|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|"
    r"(?<![\d-])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"
)
# numeric with the year last, day/month order left to normalization: 9/17/2004 5:54:13 AM, 06/02/2022 - 13:48
YEAR_LAST_DATE = (
    # (the year may carry its own dot, as Croatian and Serbian write it: 27.11.2026. у 20:15; Slovenian,
    # Czech and Slovak put a space after each dot: 27. 11. 2026 | 07:30)
    r"(?:(?<![\d/.])\d{1,2}(?:/|\.\s?)\d{1,2}(?:/|\.\s?)(?:19|20)\d{2}(?![\d/]|\.\d)\.?"
    r"(?:\s*[-,|]?\s*(?:[уu]\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?)"
)
#: Dates printed without a four-digit year in digits: with a clock a two-digit year
#: (``18-03-08 23:16``) or a Chinese month-day (``9月7日 19:02``), whose year comes from the
#: page's structured data or URL; the year in its own element (``2019 09/07 19:02``); a
#: two-digit year with 年 (``05年3月6日``); Chinese numerals (``二〇〇五年三月六日``).
YEARLESS_DATE = (
    r"(?:(?<![\d-])\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|"
    r"(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|"
    r"(?<![\d.:/-])(?:19|20)\d{2}\s+\d{1,2}[-/]\d{1,2}(?![\d/-])(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))?|"
    # the year-month and the day in separate boxes (2026/11 24, 2026.11 24 15:06)
    r"(?<![\d.:/-])(?:19|20)\d{2}[-/.]\d{1,2}\s\d{1,2}(?![\d/.:-])(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))?|"
    r"(?<![\d.])\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?![\d:])|"
    r"[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*[日号])"
)
DATE_RE = re.compile(DATE_CORE)
#: Every date above starts with a digit, 刚刚, 半小时前, 今天/昨天/前天 or a Chinese-numeral year: the lookahead
#: rejects every other position with one character test before the alternatives (with their
#: lookbehinds) are tried -- twice as fast over a page's lines, the same matches.
ANY_DATE_START = "[\\d刚今昨前半〇○零一二三四五六七八九]"
ANY_DATE_RE = re.compile(rf"(?={ANY_DATE_START})(?:{DATE_CORE}|{RELATIVE_DATE}|{YEAR_LAST_DATE}|{YEARLESS_DATE})")
#: A line opening with a bare clock (``15:06 来源：X``): the time of a date printed elsewhere.
LEADING_CLOCK_RE = re.compile(r"^\s*((?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?![\d:])(?!\s*[-–~至]\s*\d)")
#: A zone printed right after a date and its clock (``04/11/2024 09:12 GMT+7``, ``09:35 CEST``,
#: ``+08:00``): part of the date text, so the stated offset is kept. Upper-case names as printed.
ZONE_AFTER_DATE_RE = re.compile(
    r"\s*(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|(?:GMT|UTC)\b|[+-](?:0\d|1[0-4]):?\d{2}\b|"
    r"(?:" + "|".join(sorted(ZONE_NAMES, key=len, reverse=True)) + r")\b)")
#: A year-less date without a clock right after a date label (``发布时间：10-08``, ``日期：9月7日``).
LABELLED_YEARLESS_RE = re.compile(
    r"(?:时间|日期|发布于|发表于)\s*[：:]?\s*(\d{1,2}[-/]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)(?![\d/:-])")
#: A bare year-less ``MM-DD`` as a whole token of a short header line (``汽配头条号 04-07 头条``):
#: mobile pages omit the current year. Two-digit month and day only (a score ``3-1`` is no date).
BARE_YEARLESS_RE = re.compile(r"(?:^|\s)((?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=\s|$)")
#: Header lines longer than this are not read for a bare ``MM-DD``.
BARE_YEARLESS_MAX_LINE = 40
#: A relative publish time as printed (昨天 19:02, 3小时前, yesterday): the page's own data may hold
#: the real time in an attribute of the same element.
RELATIVE_TEXT_RE = re.compile(r"刚刚|今天|昨天|前天|(?<!\d)\d{1,6}\s*(?:秒|分钟|小时|天|周|个月)前|\b(?:yesterday|today|ago)\b", re.I)
#: Attributes in which forums and CMSs keep the absolute time of a relative one
#: (``<span title="2019-9-7 19:02:33">昨天 19:02</span>``, ``data-time="1567854153"``).
TIME_ATTRIBUTES = ("title", "data-time", "data-timestamp", "data-date", "data-datetime", "data-date-time", "data-pubtime",
                   "data-publish-time", "data-ctime")
#: Attributes a tooltip keeps its text in (``<span data-tooltip="发布于 2026-11-25 22:14">编辑于 …</span>``).
TOOLTIP_ATTRIBUTES = ("title", "data-tooltip", "data-title", "aria-label")
#: An attribute value that is a full date or an epoch number (seconds / milliseconds).
ATTRIBUTE_TIME_RE = re.compile(rf"^\s*(?:{DATE_CORE}|\d{{10}}|\d{{13}})\s*$")
#: Update labels (a date after one is the update's, not the publication's), in the languages the
#: date normalizer reads (``normalize.date_words.UPDATE_LABELS``).
UPDATE_RE = re.compile("(?:编辑于|最后|" + "|".join(sorted(map(re.escape, UPDATE_LABELS), key=len, reverse=True)) + ")",
                       re.I)
EN_DATE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b|"
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
)
DATE_NEAR_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}")
#: Publish labels, Chinese and the languages the date normalizer reads.
PUBLISH_WORDS = (r"发布|发表|发帖|发贴|发文|录入|刊发|张贴|刊登|上传|posted|published|publié|veröffentlicht|publicado|"
                 r"publicada|pubblicato|gepubliceerd|opublikowano|yayınlanma|опубликовано|입력")
PUBLISH_LABEL_BEFORE_RE = re.compile(
    rf"(?:{PUBLISH_WORDS}|由\S{{1,16}}?于|@)\s*(?:时间|日期|于|on|le|am|el|em|il|op|tarihi)?\s*[：:]?\s*$", re.I)
#: A publish word anywhere before a date (``Published 9:12 a.m. ET Dec. 3``: a clock between).
PUBLISH_WORD_RE = re.compile(PUBLISH_WORDS, re.I)
#: Labels of dates that are not the publication: a member's registration, a deadline, the site's
#: own clock (今天是 2019年9月7日 in a welcome bar).
OTHER_LABEL_BEFORE_RE = re.compile(
    r"(?:(?:建立|注册|加入|截止|到期|登录|成立|创建|生日|出生|收录|采集|抓取|入库)(?:于|时间|日期)?|今天是|今日是|现在是|现在时间|当前时间|当前日期|"
    r"(?:推荐|相关|热门|最新)(?:推荐)?文章于|"  # 最新推荐文章于 DATE 发布: another article's date
    r"(?:原文|原帖|原稿)(?:发布|发表|首发)?(?:时间|日期|于))"  # a repost's note of the original's time
    r"\s*[：:]?\s*$")
#: A publish word right after a date (``于 2026-11-18 09:23:11 首次发布``): the date is the publication's.
PUBLISH_AFTER_RE = re.compile(r"^\s*(?:首次|首发)?(?:发布|發佈|發布|发表|發表)(?!\s*(?:时间|時間|日期|于|於|人|者|[：:]))")
#: A hidden element in the article's header (a tooltip shown on hover) is read for a publish-labelled
#: date up to this many characters.
HIDDEN_DATE_MAX_CHARS = 60
WRITTEN_DATE_RE = re.compile(rf"成文(?:日期|时间)\s*[：:]?\s*({DATE_CORE})")
HAS_TIME_RE = re.compile(r"\d{1,2}\s*[:：时]\s*\d{2}")
#: Meta tags that state the publication time, best first.
PUBLISHED_META = ("article:published_time", "pubdate", "publishdate", "PubDate", "publish_date",
                  "og:article:published_time", "datePublished", "date", "dc.date", "DC.date.issued",
                  "dc.date.issued", "sailthru.date", "parsely-pub-date", "publishtime", "PublishTime", "pubtime",
                  "publish-date", "publication_date", "firstpublishedtime", "weibo: article:create_at",
                  "og:release_date")
#: A publish time the page keeps in its own script data (``window.DATA = {pubtime: "..."}``,
#: ``var ct = "1567854153"``, ``"publishTime":"1795690957"``): the key, then a quoted or bare
#: value that is an epoch number or a date with a four-digit year (checked by SCRIPT_TIME_VALUE_RE).
SCRIPT_PUBLISHED_RE = re.compile(
    r"""(?<![\w$.])["']?(?:publish_?time|publish_?date|pub_?time|pub_?date|create_?time|ctime|ct|"""
    r"""first_?publish_?time|release_?time|(?:publish|create|pub)_?timestamp|publish(?:ed)?_?at|"""
    r"""news_?time|input_?time|post_?time|article_?(?:time|date))["']?\s*[:=]\s*["']?"""
    r"""([^"',;}\r\n]{4,32})""",
    re.I)
#: A script value that is a publish time: epoch seconds / milliseconds, or a date with its year.
SCRIPT_TIME_VALUE_RE = re.compile(rf"^\s*(?:\d{{10}}|\d{{13}}|{DATE_CORE})\s*$")
#: A header line that is only a piece of a split date (``2019`` / ``09/07`` / ``19:02``).
#: Each of its words a year, a month and day or a clock: a forum poster's counts (242 6692 22746) are
#: no piece of a date.
_SPLIT_PIECE_WORD = (r"(?:(?:19|20)\d{2}(?:\s?[-/.年]\s?\d{1,2}月?)?年?|\d{1,2}\s?[-/.月]\s?\d{1,2}日?"
                     r"|(?:[01]?\d|2[0-3])\s?:\s?[0-5]\d(?::[0-5]\d)?|\d{1,2}日?)")
SPLIT_DATE_PIECE_RE = re.compile(rf"^(?=[\d\s/\-:.年月日]{{2,16}}$)\s*{_SPLIT_PIECE_WORD}(?:\s+{_SPLIT_PIECE_WORD})*\s*$")
#: Month-word dates in a header line (``May 6, 2014``, ``6. Mai 2014``), for non-Chinese pages.
#: The clock printed after a month-word date (``05 Jun 2025 07:40 AM``, ``6 février 2025 à 11h05``):
#: part of the date text.
WORD_DATE_CLOCK_RE = re.compile(
    r"\s*,?\s*(?:(?:at|à|um|a las|às|alle|om|в)\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?!\d)")
WORD_DATE_RE = re.compile(r"\b\d{1,2}\.? ?(?:de )?[^\W\d_]{3,12}\.? ?,? ?(?:de )?(?:19|20)\d{2}(?!\d)"
                           r"|\b[^\W\d_]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? ?(?:19|20)\d{2}(?!\d)"
                           # year first: Latvian 2026. gada 26. novembris, Lithuanian 2026 m. lapkričio
                           # 26 d., Hungarian 2026. november 26.
                           r"|\b(?:19|20)\d{2}(?:\. gada \d{1,2}\. [^\W\d_]{3,12}|\s?m\. [^\W\d_]{3,12} \d{1,2} d\."
                           r"|\. [^\W\d_]{3,12} \d{1,2}\.)")
#: A line that is a month-word date with its clock and at most this many other characters (a name,
#: a bar) is a byline/date line, in any script.
WORD_DATE_LINE_REST_MAX = 36
#: Lines after the body searched for a publish-labelled date (First Published: …) when the header
#: shows none.
AFTER_BODY_DATE_LINES = 6
#: A clock printed right before its date (14:25 / 27.11.2026, 09:12 | 2026-11-27): part of the date text.
CLOCK_BEFORE_DATE_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*[/|｜,]?\s*$")
#: A weekday printed right before a numeric date (``Tue, 03/11/2025``): kept with the date, since
#: only one day/month reading may fall on it.
WEEKDAY_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s*$"
    r"|(?:星期|周)[一二三四五六日天]\s*[,，]?\s*$", re.I)
#: Class / itemprop words of an element holding the publication time (``time.entry-date.published``,
#: ``abbr.published``, ``itemprop=datePublished``) and of one holding an update time.
#: Names of an element holding the publication time (class, itemprop, RDFa ``property``): schema.org's
#: ``dateCreated`` is the publication of a CMS node (Drupal's ``schema:dateCreated``).
PUBLISHED_HINT_RE = re.compile(r"published|datepublished|datecreated|pubdate|dt-published", re.I)
UPDATED_HINT_RE = re.compile(r"updated|modified|datemodified|lastmod", re.I)
#: Containers whose dates belong to other items: rails, sidebars, related lists, comments.
DATE_FURNITURE_TAGS = frozenset({"aside", "nav", "footer"})
DATE_FURNITURE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:rail|sidebar|related|relatedposts|latest|recent|popular|most-?read|comments?|"
    r"comment-\w+|widget|feed|teaser|more)(?:$|[\s_-])", re.I)
#: Lines right after (and above) the headline read for a date line when nothing lies between the
#: headline and the body, and their longest length.
HEADLINE_DATE_LINES = 2
HEADLINE_DATE_LINE_MAX = 120
#: A declared language tag (``pt-BR``, ``en_US``, ``vi``).
LANG_TAG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*(?:,|$)")
#: An explicit UTC offset at the end of a date-time value (``T09:12:00+01:00``, ``09:12:00+0100``).
STATED_OFFSET_RE = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2})$")
#: Meta tags that state an update time (their offset is the page's zone too).
MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "dc.date.modified", "lastmod")


# -------- Count shapes (views, comments)
VIEWS_RE = re.compile(
    r"(?:阅读|点击|浏览|人气|阅读量|浏览量|浏览次数|点击数|查看|热度|围观)\s*(?:数|量|次数)?\s*[：:]?\s*[（(]?\s*"
    r"(\d[\d,.]*\s*[万千wWkK]?\+?)\s*次?"
    # '2.6万阅读' -- not the minute of a date line before a label ('19:57 浏览次数：')
    r"|(?<![\d:：/.-])(\d[\d,.]*\s*[万千wWkK]?\+?)\s*(?:次阅读|人阅读|阅读|次浏览|浏览|次点击|人看过|views?\b)"
    r"(?!\s*(?:数|量|次数)?\s*[：:])"
    # a bare 'N次' in a meta line is the view count (687次)
    r"|(?:^|(?<=\s))(\d[\d,]*)\s*次(?=\s|$)"
    # a labelled count in a cased script (Hits: 3778, Views: 1.2k, Aufrufe: 512, Visitas: 88)
    r"|(?<![\w])(?i:hits|views|reads|aufrufe|visite|visualizzazioni|visitas|lecturas|leituras|weergaven|"
    r"wyświetlenia|просмотр(?:ы|ов)?)\s*[:：]\s*(\d[\d,.]*\s*[kKmM]?\+?)"
)
#: A counter's label ending a token (政策阅读: a tag link glued to an empty 阅读 counter): no name.
COUNTER_LABEL_END_RE = re.compile(r"(?:阅读|浏览|点击|评论|人气|热度|阅读量|浏览量)$")
#: A short line that is a publish or update label and its date (Päivitetty 29.11. klo 10.40, Julkaistu
#: 29.11.2026, Opdateret 12.05.2026 kl. 09.30): the page's time stamp, no text. Labels from
#: :data:`autoparts_crawler.normalize.date_words.PUBLISH_LABELS` / ``UPDATE_LABELS``.
DATED_LABEL_LINE_RE = re.compile(r"(?i)^(?:" + "|".join(sorted(map(re.escape, (*PUBLISH_LABELS, *UPDATE_LABELS)), key=len, reverse=True))
                                 + r")\w*\s*(?:on|le|am|el|em|:|：)?\s*\d{1,4}(?:[./-]\d{1,2}[./-]?(?:\d{2,4})?|\.?\s+[^\W\d_]{3,12}\.?)[^。！？!?]{0,40}$")
DATED_LABEL_LINE_MAX_LEN = 60
#: An audio player's line (听全文 04:12, ▶ 收听本文 03:20, Listen 4:12): no text.
AUDIO_LINE_RE = re.compile(r"(?i)^\s*(?:▶\s*)?(?:听全文|收听本文|收听|语音播报|朗读全文|listen(?: to (?:this|the) (?:article|story))?|écouter|escuchar|anhören)"
                           r"\s*(?:\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)?\s*$")
#: A line that is only a comment counter in another language (Коментари (4), Comments (12), Kommentare: 3).
COMMENT_COUNTER_LINE_RE = re.compile(
    r"(?i)^(?:коментари|комментарии|коментарі|comments?|kommentare?|commentaires?|comentarios?|comentários?|"
    r"komentáře|komentarze|komentari|kommentarer|kommentit|kommentek|yorumlar|maoni|تبصرے|تعليقات)\s*[(:：]?\s*\d+\s*\)?$")
#: A post's footer stating that nobody has commented yet (No comments yet, 暂无评论): zero comments.
#: A comment link offering the first comment (抢沙发, "grab the sofa") says the same.
NO_COMMENTS_YET_RE = re.compile(r"(?i)\bno comments(?: yet)?\b|\bbe the first to comment\b|暂无评论|还没有评论|暫無評論"
                                r"|(?:快来)?抢沙发|(?:快來)?搶沙發")
#: What separates the facts of a meta line (2024年5月10日 · 顾明辉 · 暂无评论): its pieces are read one by one.
META_SEPARATOR_RE = re.compile(r"\s+[·•|｜]\s+|\s{2,}")
#: Longest fact of such a line (a date, a name, a category, a reading time).
META_PIECE_MAX_LEN = 24
#: A header row of fields in their own elements (:func:`autoparts_crawler.extraction.body._meta_row`):
#: at most this long and this many fields; a field may be a year, a month word and a day in any
#: script (2026 නොවැම්බර් 28: Sinhala month words carry vowel signs, no \w letters).
META_ROW_MAX_LEN = 120
META_ROW_MAX_PIECES = 6
META_ROW_PIECE_MAX_LEN = 48
YEAR_WORD_DAY_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s+\S{2,16}\s+\d{1,2}(?!\d)")
#: Form and media controls: a row holding one is a player or a form (Listen 3:45), no meta line.
CONTROL_TAGS = frozenset({"button", "input", "select", "audio", "video", "form", "textarea"})
COMMENTS_LABEL_RE = re.compile(r"(?:评论|跟帖|回复|留言)\s*(?:数)?\s*[：:(（]?\s*(?:共\s*)?(\d[\d,]*)")
COMMENTS_RE = re.compile(
    # a comment box stating its count in words: 暂无评论 (0), 仅有一条评论 (1) -- the whole phrase is the raw count
    r"^((?:暂无|还没有|尚无)(?:评论|留言)|(?:仅有|已有|只有)?[一二两三四五六七八九十]条(?:评论|留言|回复)|(?i:no comments(?: yet)?))$|"
    r"(?:评论|跟帖|回复|留言)\s*(?:数)?\s*[：:(（]?\s*(?:共\s*)?(\d[\d,]*)\s*(?:条\s*)?[)）]?(?:\s*条)?"
    r"|(?<![\d:：/.-])(\d[\d,]*)\s*(?:条评论|评论|条回复|comments?\b)(?!\s*(?:数)?\s*[：:])",
    re.I,
)
COUNT_ONLY_RE = re.compile(r"^\d[\d,]*$")
#: A link text that is only a date or a time (a forum's last-post link, 2025-8-2 21:31): no title.
DATE_ONLY_TEXT_RE = re.compile(r"^[\d\s:/.\-年月日号时分秒]+$")


# -------- Lines inside an article container that are not body text
EN_META_RE = re.compile(
    r"^(?:by|written by|posted by|published|updated|last updated|first published|photo:|image:|"
    r"advertisement|advert|sponsored|image copyright|image caption|getty images|\(image)\b|"
    r"^(?:advertisement|advert|ad|sponsored content|continue reading.*|read more.*|share this.*)$",
    re.I,
)
#: A line that is only a share or gallery control's word in the languages pages print it in (Share,
#: Compartir, Teilen, Rhannu, Partekatu, Galerija, 图集 ...), or a gallery's picture index (2/5).
UI_WORD_LINE_RE = re.compile(
    r"^(?:share|share this|compartir|compartilhar|partilhar|partager|teilen|condividi|delen|del|dela|jaa|"
    r"podijeli|podeli|podeli se|udostępnij|sdílet|zdieľať|megosztás|distribuie|paylaş|bölüş|поделиться|"
    r"поділитися|споделете|сподели|rhannu|partekatu|roinn|comparteix|gallery|galería|galeria|galerie|"
    r"galleria|galerij|galerija|галерея|фотогалерея|图集|组图|相册|"
    # more languages' share buttons (Faroese, West Frisian, Malagasy, Afrikaans, Malay, Indonesian,
    # Vietnamese, Thai, Japanese, Korean, Ukrainian, Belarusian, Kazakh, Uzbek, Somali), with "this article"
    r"deil|diel|zarao|deel|kongsi|bagikan|chia sẻ|แชร์|共有|공유|поширити|падзяліцца|бөлісу|ulashish|wadaag|"
    r"share this article|share article|diel dit artikel|deel dit artikel|partager l'article|artikel teilen|"
    r"compartir artículo|comparte este artículo)\s*:?$"
    r"|^\d{1,2}\s?/\s?\d{1,2}$", re.I)
#: A line that is only an advertisement label, in the languages pages print it in: furniture, and no
#: name (``<div class="adv">Reklama</div>`` between paragraphs).
AD_LABEL_MAX_LEN = 24
AD_LABEL_LINE_RE = re.compile(
    r"^[-–—\s]*(?:advertisement|advertising|advert|ad|sponsored|anzeige|werbung|publicidad|publicité|publicidade|"
    r"pubblicità|advertentie|reklama|reklam|reklame|реклама|mainos|annonse|annons|hirdetés|reclamă|reklāma|"
    r"διαφήμιση|iklan|quảng cáo|โฆษณา|إعلان|تبلیغات|פרסומת|विज्ञापन|広告|광고|广告|廣告|推广|推廣)[-–—\s]*$", re.I)
# English furniture lines inside article containers (share/subscribe prompts, credits, captions)
EN_FURNITURE_RE = re.compile(
    r"^(?:sharing is caring|support (?:independent|quality|our|local) journalism|share (?:this|it|on)\b|like this (?:story|article|post)|follow (?:us|the|[A-Z@])|"
    r"subscribe\b|sign up\b|get the latest|get .{0,40} delivered|have a tip|you (?:may|might) also like|"
    r"related(?: roundup| articles?| stories| coverage)?:?$|more:$|read more\b|click here\b|filed under|topics$|tags?:|"
    r"popular on\b|tell us what you think|\d* ?comments?$|leave a (?:comment|reply)|this slideshow requires|"
    r"\(?(?:additional )?(?:reporting|writing|editing) by\b|"
    r"(?:photo|image|picture|video)(?: credit)?:|\(?image:|back to gallery|\d+ - \d+ of \d+$|"
    r"previous post$|next post$|\d+ ?shares?$)",
    re.I,
)
COPYRIGHT_RE = re.compile(r"copyright|©|ⓒ|all rights reserved|版权所有", re.I)
#: A site footer's marks (an ICP licence, a copyright notice with its years): such a block is the
#: page's footer wherever it sits, never article text (old table layouts have no footer element).
SITE_FOOTER_RE = re.compile(r"ICP[备证]|公网安备|版权所有|copyright\s*(?:©|\(c\)|ⓒ)|©\s*(?:19|20)\d{2}", re.I)
#: Longest block :data:`SITE_FOOTER_RE` marks as a footer.
SITE_FOOTER_MAX_LEN = 300
CSS_TOKEN_RE = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
#: (one digit or mark per repetition: a nested ``\d+`` inside the ``+`` backtracked exponentially on a
#: run of digits followed by a letter -- 30 digits took minutes)
PAGER_RE = re.compile(r"^(?:共\s*\d+\s*页|上一页|下一页|首页|尾页|末页|\d|[<>«»‹›]|\s|:|：|…|next|prev)+$", re.I)
PREV_NEXT_LINE_RE = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇)")
SHARE_RE = re.compile(r"^(?:分享到|分享|扫码|扫一扫|关注我们|点击|相关阅读|相关新闻|相关文章|推荐阅读|展开全文|"
                      r"返回顶部|打印本页|关闭窗口|【.{0,6}】\s*$)")
PUNCT_END_RE = re.compile(r"[。！？!?；;]\s*$|[，,].*[。.]")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|[。！？]")
#: A line that ends a sentence (its closing quote or bracket after the mark).
CLOSED_SENTENCE_RE = re.compile(r"[.!?。！？][”\"」』）)]?$")
#: A clock (16:40): a line with two of them and no sentence is a published / updated meta line in
#: any language (작성일 26-11-27 16:40 최종수정 26-11-27 18:02 조회 1,208회).
CLOCK_TIME_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d])")
#: Longest such line.
TWO_CLOCK_LINE_MAX_LEN = 120
#: Meta labels (author, source, date, article number) of other languages: a short line holding two
#: of them (``… کد خبر: ۴۱۲۳۴۵۶ نویسنده: سارا کریمی``) is the article's meta line, as two Chinese labels are.
ML_META_LABEL_RE = re.compile(
    r"(?i)(?:^|(?<=[\s|·•,]))(?:نویسنده|کد خبر|منبع|تاریخ انتشار|زمان انتشار|الكاتب|المصدر|تاريخ النشر|yazar|kaynak|"
    r"yayın tarihi|güncelleme|autor(?:a|es)?|fuente|fecha|quelle|datum|auteur|publié le|fonte|źródło|autore|autori|"
    r"author|source|date|published|updated|लेखक|स्रोत|प्रकाशित|अपडेट|출처|입력|수정|tác giả|nguồn|penulis|sumber|"
    r"diterbitkan|συντάκτης|πηγή|ημερομηνία|автор|источник|дата|джерело|jornalista|editór|çeşme|awtor|sene)\s*[:：]")
SOCIAL_RE = re.compile(r"facebook|twitter|whatsapp|pinterest|\bpint\b|linkedin|reddit|telegram|tumblr|"
                        r"\bemail\b|e-mail|\btweet\b|微信|微博|QQ空间|朋友圈", re.I)
BAR_CLASS_RE = re.compile(r"search|sousuo|login|topbar|toolbar|weather|tianqi", re.I)
POST_FOOTER_RE = re.compile(r"(?:发表于|发布于|发帖于|posted (?:on|at))\s*[：:]?", re.I)
#: A forum post's header or footer line: its label and a date, clock or relative time (发表于 6 天前,
#: 发表于 2019-9-7 19:02, posted on May 6, 2014): repeated, it separates the posts of a thread.
POST_LINE_TIME_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天|周|个月)前|"
                               r"刚刚|昨天|前天|\b(?:ago|yesterday|today)\b|\b\d{1,2},? (?:19|20)\d{2}\b", re.I)
PLAIN_EDITOR_RE = re.compile(r"(?<![责任总主])编辑\s*[：:]\s*")


# -------- Person names and credits
#: A Chinese name: two to four characters, or a transliterated name whose parts a middle dot joins
#: (阿卜杜拉·艾力, 买买提·吐尔逊), tried first so the whole of it is taken.
CJK_NAME = r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff·]{2,4})"
CJK_NAME_RE = re.compile(CJK_NAME)
#: The common Chinese family names (the most frequent of the 百家姓, and the compound ones still in
#: use): a credit value is read as a person's name -- not an organisation's -- when it is one of them
#: followed by one or two characters (see :func:`credits.han_personal_name`). Family names that
#: commonly open a brand's or a word's name (易车, 金融界, 和讯, 万得, 华商, 东方财富, 江淮) are left out.
HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范石廖贾夏韦付白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔向汤常温康施牛樊葛邢齐乔"
    "伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳管柴蒙鲍"
    "喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪项芦麦褚娄窦戚岑费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝劳"
)
HAN_COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙", "宇文",
    "司徒", "端木", "西门", "南宫", "独孤", "轩辕", "澹台", "呼延",
})
#: The second half of a two-character name written with a space (赵 培).
PADDED_NAME_PART_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")
AUTHOR_LABEL_RE = re.compile(
    r"(?:原作者|作者|撰文|撰稿|执笔人|执笔|文字直播|文字记者|(?<![\u4e00-\u9fff])文字|(?<![\u4e00-\u9fff])文|记者|作\s者|发文机关|"
    r"(?<![Ee]dited )(?<![Ee]diting )[Bb]y)"
    r"(?:\s*[：:]|(?<=[作者稿源辑])】)\s*"
)
# a name ends at: punctuation, a bracket, the next label word, a date
NAME_CUT_RE = re.compile(
    r"[：:|｜/\\，,。;；()（）\[\]【】<>〓]|(?:阅读|浏览|点击|评论|来源|时间|日期|发表|发布|编辑|责编|出自|译\s*[：:]|"
    r"(?:19|20)\d{2}[-/.年])"
)
#: A CMS's default account names (Joomla's Super User, ThinkCMF's admin, 管理员): a byline naming
#: one credits nobody.
DEFAULT_ACCOUNT_NAMES = frozenset({"super user", "superuser", "admin", "administrator", "administrators", "root",
                                   "webmaster", "thinkcmf", "管理员", "超级管理员", "系统管理员", "网站管理员", "站长"})
#: A credit label printed alone in its element, its value in the next one (Drupal's
#: ``<div class="field__label">来源</div><div class="field__item">X</div>``): read as one line.
LABEL_ONLY_LINE_RE = re.compile(
    r"^(?:来源|稿源|出处|作者|记者|编辑|责任编辑|责编|发布时间|发布日期|时间|日期|浏览|阅读|点击|"
    r"(?i:source|author|editor|published|date|hits|views))\s*[：:]?$")
#: Longest value line joined to a label-only line, and marks no such value holds (a sentence's).
LABEL_VALUE_MAX_LEN = 40
LABEL_VALUE_STOP_RE = re.compile(r"[，。！？；!?]")
NOT_NAMES = frozenset({
    "关注", "分享", "收藏", "打印", "评论", "返回", "首页", "前言", "引言", "摘要", "正文", "目录", "简介", "概述",
    "导语", "序言", "后记", "附录", "图片", "视频", "未知", "佚名", "匿名", "本站", "本网", "原创", "转载", "admin",
    "完", "待续", "未完待续", "全文完", "本文完", "未完", "续", "组图", "资料图", "供图", "上", "下", "中",
    "Details", "详细信息", "文章信息",  # the heading of an article-info box (Joomla), no name
    "主题", "帖子", "积分", "精华", "金钱", "威望", "注册时间", "在线时间",  # a forum poster's statistics
})
ORG_END_RE = re.compile(r"(?:社|网|报|台|站|部|局|厅|委|会|院|所|司|营|团|队|组|班|处|室|中心|集团|公司|频道|杂志|日报|晚报|报道|议程|新闻|客户端|APP|App)$")
#: A desk or office (秘书处, 办公室, 编辑部, 信息中心): it publishes, it is no person's name as editor.
DESK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:处|室|科|办|编辑部|中心)$")
# a labelled name: CJK of person-name length, or a handle/latin name (no markup, no sentences)
#: An element named as a place (a byline's dateline city: ``MainStory_city``, ``byline-location``):
#: no person's name, however capitalised.
PLACE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:city|location|place|dateline|region)(?:$|[\s_-])", re.I)
#: A name in a script without letter case: at most this many words and characters.
UNCASED_NAME_MAX_WORDS = 4
UNCASED_NAME_MAX_CHARS = 40
NAME_CHARS_RE = re.compile(r"^(?:[\u4e00-\u9fff·]{1,5}|(?=.*[A-Za-z0-9&])[\w\u4e00-\u9fff·&.'-]{1,24})$")
# reporter credits: 本报记者 王某 / 记者马某/文 / （记者 王某 李某）/ 本报记者罗某发自北京
REPORTER_RE = re.compile(  # (記者 / 通訊員 / 報導 / 攝: the traditional forms)
    rf"(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*({CJK_NAME}(?=$|\s|[，,。;；）)\]】/／]|报道|報導|发自|發自|摄|攝|采写|整理)"
    rf"(?:[ 、]+{CJK_NAME}(?=$|[ 、]|[，,。;；）)\]】]))*)"
)
#: Role words between reporter names ('记者 王某 通讯员 李某'): not names.
REPORTER_ROLES = frozenset({"记者", "通讯员", "实习生", "本报记者", "特约记者", "实习记者", "见习记者"})
#: Two words of adjacent elements met without a space (``WhitfieldSenior``): a lower-case run of three
#: or more letters, then a capital (McDonald, DeLuca, MacKenzie stay whole).
GLUED_WORDS_RE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
#: What separates the names of a labelled list of writers (王某、李某 / 王某，李某 / 王某; 李某 / 王某 和 李某).
CJK_NAME_LIST_SEP_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:[、，,；;]|\s和\s|\s及\s)\s*(?=[\u4e00-\u9fff])")
# text credit after the name: 王某/文 (a photo credit, 蔡某/摄, names no author)
CREDIT_AFTER_RE = re.compile(rf"(?:^|\s)({CJK_NAME})\s*[/／]\s*文(?:$|\s|[，,。)）])")
# forum/blog post headers: 由NAME张贴 @ DATE, 本贴由NAME于DATE, NAME 发表于 DATE, ... by NAME
POSTED_RE = re.compile(
    r"由\s*([\w\u4e00-\u9fff·&]{1,16}?)\s*(?:张贴|发表|发布|于|在)"
    r"|(?:^|\s)([\w\u4e00-\u9fff·&]{2,16})\s+发表于"
    r"|(?:^|\s)(?:posted\s+)?by\s+([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff.·-]{1,20})(?=\s|$|〓)",
    re.I,
)
# end-of-article credit: （常某 马某） / （姚某 上海报道）
END_CREDIT_RE = re.compile(
    rf"[（(]\s*({CJK_NAME}(?:[ 、]+{CJK_NAME})*)(?:\s+[\u4e00-\u9fff]{{2,6}}报道)?\s*[)）]\s*$"
)
# a date/time directly followed by a bracketed name: '2004年7月16日08:19 [ 黄某 ]'
DATED_BRACKET_NAME_RE = re.compile(rf"(?:日|\d{{1,2}}:\d{{2}})\s*[\[【]\s*({CJK_NAME}(?:\s+{CJK_NAME}){{0,3}})\s*[\]】]")
#: A numbered part of a document (第一章 总则, 第三条): a heading, never a name.
ORDINAL_HEADING_RE = re.compile(r"^第[一二三四五六七八九十百千\d]+[章节条款部分篇编卷回]")
NAME_LINE_RE = re.compile(rf"^(?:{CJK_NAME}(?:[、，, ]\s*{CJK_NAME}){{0,4}}|[A-Za-z][A-Za-z0-9_]{{2,19}})$")
#: The body's first lines read for a credit line that names the byline's writer beside others
#: (作者：X above the text, 记者 X 通讯员 Y opening it: both are the authors).
COAUTHOR_BODY_LINES = 3
#: The longest author element read as a comma list of people (``Jure Kranjc, Nina Zupan``).
COMMA_PEOPLE_MAX_CHARS = 80
BAD_META_AUTHOR_RE = re.compile(
    r"https?:|www\.|\.(?:com|cn|net|org)\b|[,，|]|_\d|\d{3,}|\bteam\b|\binc\b|\bltd\b|admin|"
    r"网络?$|公司|集团|出版|编辑部|报社|贡献者|contributors",
    re.I,
)


# -------- Chinese credit lines: role words with or without colons (新京报记者 王某 编辑 李某 校对 赵某)
#: Roles of the people a credit line names. A label is a role word, or one after a media name
#: (每经记者, 界面新闻编辑); its names follow it with or without a colon or a bar. Editors best first.
CREDIT_WRITER_ROLES = ("记者", "記者", "作者", "撰文", "撰稿", "采写", "採寫", "执笔", "執筆", "通讯员", "通訊員",
                       "实习生", "實習生")
CREDIT_EDITOR_ROLES = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯")
CREDIT_OTHER_ROLES = ("校对", "校對", "审核", "審核", "审校", "審校", "审读", "审定", "终审", "終審", "初审", "复审", "二审",
                      "三审", "监制", "監製", "制作", "製作", "设计", "美编", "摄影", "攝影", "摄像", "出品", "统筹", "策划",
                      "排版", "运营", "主编", "主編", "总编", "总编辑", "编审", "签发", "值班主任", "图片", "视频", "翻译")
#: One-character roles: a label only as a whole token (文 王某 / 图 李某), never a name's last character.
CREDIT_SHORT_WRITER_ROLES = frozenset({"文"})
CREDIT_SHORT_OTHER_ROLES = frozenset({"图", "圖", "摄", "攝"})
#: A token that is a role label (group 1 = the role word), a media name up to this long before it.
CREDIT_ROLE_TOKEN_RE = re.compile(
    r"^[【\[（(]?(?:[\u4e00-\u9fffA-Za-z0-9]{1,10}?)??("
    + "|".join(sorted((*CREDIT_WRITER_ROLES, *CREDIT_EDITOR_ROLES, *CREDIT_OTHER_ROLES), key=len, reverse=True))
    + r")[】\]）)]?$")
#: Any role word, searched in a line's opening characters (a credit line opens with its label) before
#: the line is read token by token.
CREDIT_ROLE_ANY_RE = re.compile(
    "|".join((*CREDIT_WRITER_ROLES, *CREDIT_EDITOR_ROLES, *CREDIT_OTHER_ROLES, *CREDIT_SHORT_WRITER_ROLES,
              *CREDIT_SHORT_OTHER_ROLES)))
CREDIT_ROLE_OPENING_CHARS = 16
#: What separates the tokens of a credit line (spaces, bars, colons, slashes, 、; a name printed
#: against the date of the next element: 李某2024-06-07), kept by the split: a token before a colon
#: that is no role is another label (来源：) and ends the credits.
CREDIT_TOKEN_SPLIT_RE = re.compile(r"([\s|｜:：/／、，,；;]+|(?<=[\u4e00-\u9fff])(?=\d))")
#: A reporter role glued to the name after it, the name maybe glued to 报道 (记者王晨阳, 通讯员袁野,
#: 记者邹明辉报道): spaced apart before a credit line is read, when the name is a person's.
GLUED_ROLE_NAME_RE = re.compile(r"(记者|記者|通讯员|通訊員|实习生|實習生)([\u4e00-\u9fff]{2,3}?)(报道|報道)?(?=[\s)）]|$)")
#: The credit a dateline opens the text with (科技日报讯 （记者王晨阳 通讯员袁野）11月25日…, 本报赣州讯
#: 记者邹明辉报道：…): group 1 the credit in brackets, group 2 one without them.
OPENING_CREDIT_TEXT_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,14}(?:讯|訊|电|電)\s*(?:[（(]([^()（）]{2,40})[)）]"
    r"|((?:记者|記者|通讯员|通訊員)[^：:，,。（(]{2,30}?)\s*[：:，,])")
#: A credit line wrapped whole in brackets (（编辑 刘琳）, 【责任编辑 王某】): read inside them.
BRACKETED_CREDIT_LINE_RE = re.compile(r"^\s*[（(【\[]\s*([^（()）【】\[\]]+?)\s*[)）】\]]\s*$")
#: A dateline credit opening the text (电子发烧友网报道（文/周某）11月27日，… / 某某网讯（记者 王某）…): group 1
#: the medium, group 2 the writers.
OPENING_CREDIT_RE = re.compile(r"^([\u4e00-\u9fff]{2,12}(?:网|報|报|社|台|新闻|新聞|客户端))(?:讯|訊|报道|報道|消息)\s*"
                               r"[（(]\s*(?:文|记者|記者|作者)\s*[/／|｜:：]?\s*([\u4e00-\u9fff·]{2,4}(?:[、 ][\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]")
#: A medium's name glued to a reporter role (深圳特区报记者, 闪电新闻通讯员): the affiliation before a name.
MEDIA_REPORTER_TOKEN_RE = re.compile(r"[\u4e00-\u9fff·]{2,12}(?:特约记者|记者|通讯员|通訊員|記者)")
#: A short media unit's name between two reporters on a credit line (潍坊台, 新华社, 经济日报): the next
#: name has the same role.
MEDIA_UNIT_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:台|报|報|社|网|網|电视台|广播电台|融媒体中心)")
#: A clause naming where the piece first ran, opening a credit line (（本文首发于钛媒体APP，作者｜X，编辑｜Y）):
#: the credits follow it.
FIRST_RUN_CLAUSE_RE = re.compile(r"^(?:本文|此文|该文|文章)?(?:首发于|首发|原载于|原载|首刊于|刊发于)[^，,；;]{1,30}[，,；;]\s*")
#: A photo credit line (图/记者 梁某, 摄影：X): the names on it took the pictures, they did not write.
PHOTO_CREDIT_LINE_RE = re.compile(r"^\s*[（(]?\s*(?:图|图片|摄影|摄|照片|配图|圖|圖片|攝影|攝)\s*[/／|｜:：]")
#: Tokens a credit line may hold besides labels and names (a date, a clock, 报道, a place + 报道).
CREDIT_FILLER_RE = re.compile(r"^(?:[\d\-/.年月日:：]+|[\u4e00-\u9fff]{0,6}报道|發自\S{0,6}|发自\S{0,6}|[)）\]】]+)$")
#: Longest line read as a credit line.
CREDIT_LINE_MAX_LEN = 80
#: A role of the editorial chain besides the plain editor (责任编辑, 审核, 校对 ...) on a credit
#: line: with one present, a plain 编辑 is a desk role, not the byline.
EDITORIAL_CHAIN_RE = re.compile(
    r"(?:责任编辑|責任編輯|责编|責編|审核|審核|校对|校對|审校|終審|终审|初审|复审|二审|三审|监制|主编|总编)\s*[：:|｜]?")
#: Body lines read for an editor credit opening the text (记者 | 王某 / 编辑 | 李某 above the first paragraph).
EDITOR_TOP_LINES = 3
#: A staff code alone (``DF327``): no editor.
STAFF_CODE_ONLY_RE = re.compile(r"^[A-Za-z]{1,4}\d{2,8}$")

# -------- Korean reporter credits: NAME 기자 (김민준 기자, 김민준·이서연 기자, (서울=연합뉴스) 김민준 기자 =)
KOREAN_REPORTER_RE = re.compile(
    r"(?:^|(?<=[\s(=]))([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3})\s*(?:선임|수석|객원|인턴|전문)?(?:기자|특파원)"
    r"(?=$|[\s=,.)·]|[\w.%+-]+@)")
#: Hangul words ending a desk or an organisation, not a name (산업부, 연합뉴스).
KOREAN_NOT_NAME_RE = re.compile(r"(?:부|팀|국|실|사|뉴스|일보|신문|방송|데스크)$")
#: A credit line this long at most (or a dateline opening a paragraph: only its first characters).
KOREAN_LINE_MAX_LEN = 80

# -------- Person names in cased scripts (Latin, Cyrillic, Greek): bylines of the world's news sites
#: A byline word opening a line, before a name (By / Written by / Submitted by / Von / Por / Par /
#: Door / Di / Av / Af), or a labelled author in another language (Author: / Autor: / Auteur: /
#: The word "by" of the bylines' languages (By, Von, Por, Par, Door, Di, Av, Af): one list for the byline
#: line and for an author element's leading word.
LATIN_BYLINE_WORDS = "by|von|por|par|door|di|av|af"
#: Автор: / Yazar: / Tekst:).
LATIN_BYLINE_RE = re.compile(
    r"^\W{0,2}(?:(?:written|submitted|posted|reported|published|words|text|story|reporting)\s+)?"
    r"(?:" + LATIN_BYLINE_WORDS + r")\s*[:：]?\s+(?=[^\W\d_])"
    r"|^\W{0,2}(?:authors?|autor(?:a|es|en|in)?|auteurs?|autore|autori|автор(?:ы)?|текст|yazar|yazan|"
    r"tekst|text|texto|reporter(?:a)?|journalist|jornalista|periodista|giornalista)\s*[:：]\s*(?=[^\W\d_])",
    re.I,
)
#: A plural author label (Autori:, Authors:, Autores:): the names after it are a comma-separated list.
PLURAL_AUTHOR_LABEL_RE = re.compile(r"(?i)\b(?:authors|autori|autores|auteurs|autoren|autorzy|авторы|автори|yazarlar)\s*[:：]")
#: The word "by" opening an author element's text in the languages met (By, Von, Por, Par, Door, Di, Av,
#: Af, Swahili Na, Indonesian Oleh): dropped before the name is read.
BYLINE_WORD_PREFIX_RE = re.compile(r"(?i)^(?:(?:" + LATIN_BYLINE_WORDS + r"|na|oleh)\s+(?=[^\W\d_])|ដោយ\s*៖?\s*|በ(?=[\u1200-\u137f]))")
#: ``by`` inside a short header line (``Posted on June 5, 2025 by NAME``, ``Photo by NAME``): the
#: word before it, if any, is its role (group 1).
LATIN_BY_INLINE_RE = re.compile(r"(?:^|(?<=[\s|·•(—–-]))(?:([^\W\d_]+)\s+)?by\s*[:：]?\s+(?=[^\W\d_])", re.I)
#: Role words before ``by`` that make the line a writer's byline (``Posted ... by``).
LATIN_WRITER_ROLES = frozenset({"written", "submitted", "posted", "reported", "reporting", "published", "words",
                                "text", "story", "article", "post", "report"})
#: Role words before ``by`` that credit someone who did not write the piece.
LATIN_OTHER_ROLES = frozenset({"photo", "photos", "photograph", "photographs", "photography", "image", "images",
                               "picture", "pictures", "illustration", "illustrations", "graphic", "graphics",
                               "video", "videos", "foto", "fotos", "bild", "bilder", "imagen", "cover", "edited",
                               "editing", "produced", "designed", "translated", "sponsored", "powered", "shared",
                               "followed", "liked", "sorted", "filtered"})
#: Lowercase name particles (María José de la Fuente, Pieter van der Berg).
LATIN_NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
                                  "den", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "zu", "af"})
#: Words between two people's names in a byline (A and B, A und B, A y B, A et B, A e B, A и B).
LATIN_NAME_JOINERS = frozenset({"and", "und", "y", "et", "e", "и", "&", "ve", "en", "i", "og", "och", "és"})
#: Capitalised words that end a name: roles, desks and site words (By Jane Doe Staff Writer, By The
#: Associated Press, Von Redaktion).
LATIN_NOT_NAME_WORDS = frozenset({
    "the", "staff", "writer", "team", "editors", "editor", "editorial", "news", "newsroom", "desk", "reporter",
    "reporters", "correspondent", "correspondents", "contributor", "bureau", "press", "agency", "agencies", "wire",
    "wires", "media", "redaktion", "redacción", "redaccion", "rédaction", "redazione", "redactie", "redakcja",
    "updated", "published", "posted", "last", "share", "email", "comments", "comment", "follow", "more", "read",
    "minutes", "min", "in", "on", "at", "from", "for", "with", "admin", "administrator", "guest", "anonymous",
    "unknown", "photo", "photos", "video", "opinion", "analysis", "special", "senior", "chief", "associate",
    "contributing", "managing", "deputy", "sub", "view", "views", "profile", "all", "articles", "posts",
    # organisations (a meta author that is an institute, a company, a paper)
    "institute", "institut", "instituto", "istituto", "university", "universität", "université", "universidad",
    "universidade", "università", "college", "school", "academy", "association", "associação", "asociación",
    "verband", "society", "council", "ministry", "ministerium", "department", "authority", "commission", "office",
    "committee", "federation", "union", "group", "gruppe", "grupo", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh",
    "ag", "corp", "corp.", "corporation", "company", "co.", "holdings", "foundation", "stiftung", "fundação",
    "fundación", "center", "centre", "zentrum", "centro", "club", "magazine", "magazin", "journal", "times",
    "daily", "herald", "tribune", "gazette", "zeitung", "partners", "motors", "automotive", "systems", "labs",
})
#: Month and weekday words (en, de, fr, es, pt, it, nl): the date after a name in a header line
#: (By Jane Doe June 5, 2025; Von Klaus Meier Mai 2025), dropped from its end when a date follows.
LATIN_DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
    "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo",
    "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janeiro",
    "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "gennaio", "febbraio",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart",
    "mei", "augustus",
})
#: Longest name read: capitalised words per person, people per byline.
LATIN_NAME_MAX_WORDS = 4
LATIN_NAME_MAX_PEOPLE = 4
#: Lowercase words a byline line may hold besides the names (``on``, ``and``): a line with more is
#: a sentence (``By Monday the plant will ...``), not a byline.
LATIN_BYLINE_MAX_LOWER_WORDS = 3
#: Where a Latin name ends: punctuation, bars, brackets, dashes, digits.
LATIN_NAME_STOP_RE = re.compile(r"[,;:：|｜/／()（）\[\]【】<>«»\"“”•·@]|\s[-–—]\s|[–—]|\d")
#: Wire agencies: credited as the source, never as a person (lowercase).
#: A wire agency's sign-off closing the text (``- Bernama``, ``— Reuters``, ``(AP)``): the source, not body
#: (the name must be in WIRE_AGENCIES).
AGENCY_SIGNOFF_RE = re.compile(r"^\s*(?:[-–—]+\s*|[(（]\s*)([A-Za-z][A-Za-z .'&-]{0,40}?)\s*[)）]?\.?\s*$")
WIRE_AGENCIES = frozenset({
    "reuters", "thomson reuters", "associated press", "the associated press", "ap", "afp", "agence france-presse",
    "agence france presse", "dpa", "deutsche presse-agentur", "efe", "agencia efe", "ansa", "kyodo", "kyodo news",
    "yonhap", "yonhap news agency", "bloomberg", "bloomberg news", "pa", "pa media", "press association", "upi",
    "united press international", "tass", "ria novosti", "interfax", "xinhua", "anadolu", "anadolu agency", "apa",
    "sda", "ats", "anp", "belga", "ctk", "pap", "tt", "ntb", "ritzau", "europa press", "lusa", "agência brasil",
    "agencia brasil", "jiji", "jiji press", "cna", "bernama", "antara", "pti", "ians", "ani", "aap", "cp",
    "press trust of india", "indo-asian news service", "asian news international",
    "the canadian press", "canadian press", "kyodo news agency",
})
#: Wire agency names that may open a byline line (Press Trust of India New Delhi), longest first;
#: names of three letters or fewer (AP, PTI) open too many ordinary words to count there.
WIRE_AGENCY_OPENERS = tuple(sorted((a for a in WIRE_AGENCIES if len(a) > 3), key=len, reverse=True))


# -------- What a credit value (author / editor / source) may not be
#: Page-furniture words that portals print next to a credit (举报, 字号 大 中 小, 打印, 分享 ...):
#: dropped from a value, and a value (or a body line) made only of them is none.
#: A follow / report button run on after a name by adjacent elements (来源：<a>懂车的老陈</a><a>关注</a>).
GLUED_BUTTON_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])\s*(?:\+\s*关注|已关注|关注|订阅|举报)$")
#: Longest line read as a counter among controls (浏览：1946 收藏 分享).
STAT_UI_LINE_MAX_CHARS = 40
UI_WORDS = frozenset({
    "抢沙发", "快来抢沙发", "搶沙發", "举报", "字号", "字体", "字体大小", "大", "中", "小", "大中小", "默认", "超大", "放大", "缩小", "打印", "打印本页",
    "打印本文", "关闭", "关闭窗口", "关闭本页", "订阅", "分享", "分享到", "一键分享", "收藏", "加入收藏", "收藏本文",
    "纠错", "我要纠错", "揪错", "我要揪错", "评论", "我要评论", "发表评论", "查看评论", "我来说两句", "推荐", "推荐给朋友",
    "页面功能", "返回", "返回顶部", "返回首页", "返回版面", "返回目录", "返回本版", "复制链接", "复制网址", "扫一扫", "手机看", "手机阅读", "投稿", "点赞",
    "转发", "更多", "繁体", "简体", "热点排行", "进入论坛", "字号大", "字号中", "字号小", "T", "A", "A+", "A-",
    "参与互动", "我要参与", "互动", "在看", "写评论", "投币", "一键三连", "赞", "喜欢", "不喜欢", "赞赏", "打赏",
    "只看该作者", "只看楼主", "电梯直达", "倒序浏览", "阅读模式", "楼主", "沙发", "板凳", "发表于", "显示全部楼层",
})
#: Where a run of UI words is split: spaces, brackets, bars, colons, separators (quotes are
#: dropped first: 我要“揪”错 is one word).
#: A "read this page on your phone" prompt beside a QR code (扫一扫在手机打开当前页, 用手机看新闻！): a UI word.
QR_PROMPT_RE = re.compile(r"(?:扫一扫|扫码|扫描二维码)?(?:在|用)?手机上?(?:打开|阅读|看|浏览|查看)(?:当前页面?|本页|本文|新闻|文章|此文)?[！!。]?")
UI_SPLIT_RE = re.compile(r"[\s【】\[\]()（）<>《》|｜:：/／、,，·•]+")
UI_QUOTES_RE = re.compile(r"[“”\"'‘’「」]")
#: Longest run of UI words written without a space read as UI words (字号分享收藏).
UI_COMPOUND_MAX_CHARS = 16
#: Label words before a credit value (信息来源： / 来源： / 作者： / 文/ / 记者 / 本报记者 / 责任编辑：),
#: ending at a separator or a space (a name that opens with a label's characters -- 文静, 编辑部 -- is
#: no label).
CREDIT_LABEL_RE = re.compile(
    r"^\s*【?(?:(?:(?:信息|文章|新闻|稿件|消息|图片)?来源于?|来自|稿源|出处|原作者|作者|撰文|撰稿|文字|记者|"
    r"通讯员|责任编辑|责编|编辑|发布者|发布人|文)(?:\s*[：:/／]\s*|】\s*|\s+)|(?:本报|本网|特约|首席|资深|高级|主任|驻站)记者\s*[：:/／]?\s*)"
)
#: A date-and-time or a weekday inside a credit value (dropped: '2019年09月07日 04:04 北京日报' -> 北京日报).
CREDIT_DATE_RE = re.compile(rf"{DATE_CORE}|{YEAR_LAST_DATE}|(?<![\d:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])|"
                            r"(?<!\d)\d{1,2}\s*[時时]\s*\d{1,2}\s*分|星期[一二三四五六日天]|周[一二三四五六日]|"
                            # a year-less MM-DD and a relative time run on after the name by adjacent elements
                            # (<span>作者：沈磊</span><span>昨天 09:05</span>, <span>来源：X</span><span>03-10 11:28</span>)
                            r"(?<![\d-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d-])|"
                            r"(?:刚刚|昨天|前天|今天|\d+\s*(?:秒|分钟|小时|天)前)(?=\s|\d|$)")
#: Markup printed as text (a broken tag: ``来源： size="20"``) is no credit.
MARKUP_VALUE_RE = re.compile(r"[\w-]+\s*=\s*[\"']|</?[a-z][\w-]*(?:\s|/?>)", re.I)
#: A URL or a host name is no credit.
URL_VALUE_RE = re.compile(r"https?:|www\.|^[\w.-]+\.(?:com|cn|net|org|gov|edu)(?:\.cn)?(?:/|$)", re.I)
#: An image caption or photo credit: 图/王某, 王某/摄, 摄影：王某, 王某 供图, 图片由王某提供, 资料图.
PHOTO_CREDIT_RE = re.compile(
    r"^\s*[（(]?\s*(?:图|图片|图文|摄影|摄|照片|配图|视觉中国|资料图)\s*[/／|｜:：]|"
    r"[/／]\s*(?:摄|图|攝|圖)\s*[)）]?\s*$|(?:摄影|供图|摄|配图|攝影|供圖|攝)\s*[)）]?\s*$|^\s*[（(]?\s*(?:图片|照片)由.{1,20}提供\s*[)）]?\s*$"
)
#: The label of a list link's tooltip line holding the full title (``标题：X`` / ``Title: X``).
TOOLTIP_TITLE_LABEL_RE = re.compile(r"^(?:标题|標題|文章标题|title)\s*[：:]\s*", re.I)
#: A repeated block whose items lead with links to people's pages this often is posts or comments.
PEOPLE_LINK_SHARE = 0.6
#: Longest link text read as a channel's name printed on a list entry (its category).
ENTRY_LABEL_MAX = 12
#: A kicker before the headline in the same heading (``Autozulieferer:``, ``独家｜``): its length and last mark.
KICKER_MAX_CHARS = 30
KICKER_ENDS = frozenset(":：|｜")
#: Rows above the headline read for a disclosure table's 发布机构 (索引号 / 发布机构 / 发文字号 / 发布日期 ...).
META_TABLE_ROWS = 8
#: A forum member's handle (the text of a link to the member's page) is this long.
MEMBER_HANDLE_MIN_CHARS = 2
MEMBER_HANDLE_MAX_CHARS = 16
#: A forum member's space (Discuz! space-uid-N, home.php?mod=space&uid=N, member.php, /member/N): its
#: link text is the poster's handle, whatever it looks like (a media account's page is not one).
MEMBER_HREF_RE = re.compile(r"space-uid-\d+|[?&]mod=space\b|member\.php|/member/\w|/space/\w|[?&]uid=\d+", re.I)
#: A cell that is a label (发文单位：, 阅读次数：, Status:): a row of two of them, each before its value,
#: is a document's metadata table, not its text.
LABEL_CELL_RE = re.compile(r"^[^\s：:]{1,12}\s*[：:]$")
#: Dated entries a sidebar-headed block needs to compete for a list page's list (主题分类：X over a table).
DATED_SIDEBAR_MIN_ENTRIES = 5
#: Inline elements: a run of them inside one list entry (its category and title links) is no list.
INLINE_ITEM_TAGS = frozenset({"a", "span", "em", "i", "b", "strong", "font", "small", "label"})
#: A writer's name signing off the text (body.signature_name): its size, and an author-named element.
SIGNATURE_MIN_WORDS = 2
SIGNATURE_MAX_WORDS = 4
SIGNATURE_MAX_CHARS = 40
#: The writer's role after the name and a comma (correspondent of X in Y), at most this long.
SIGNATURE_ROLE_MAX_CHARS = 60
AUTHOR_HINT_RE = re.compile(r"author|byline|signature|writer", re.I)
#: A wire-style dateline naming its writer in brackets (``中新经纬11月26日电 （崔某）``, ``本报北京5月5日讯（王某）``)
#: at the start of the text: the writer.
DATELINE_WRITER_RE = re.compile(r"^.{0,24}?(?:电|讯)\s*[（(]\s*(?!记者|通讯员|实习生|见习|特约|本报|编辑)([\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,2})\s*[)）]")
#: What follows a photographer's name (（本报记者 王某 摄）); 摄影报道 is a reporter's own report.
PHOTOGRAPHER_AFTER_RE = re.compile(r"[/／]?\s*(?:摄|摄影|攝|攝影)\s*(?:[)）]|$)")
#: An image caption by its words (图为…, 上图：…, …视觉中国 资料图, 图片来源：…, Photo: …, Foto: …): a
#: body line only when short (CAPTION_MAX_LEN); the photo credits above are a subset.
CAPTION_TEXT_RE = re.compile(
    r"^\s*[（(]?\s*(?:图为|图说|圖為|圖說|(?:图注|图片说明|图片来源|图源|上图|下图|左图|右图|配图|圖片來源)\s*[：:])|"
    r"^\s*图\s*\d{1,2}(?:[-.]\d{1,2})?(?:\s+|[：:.、]\s*)[^。！？]{2,30}$|"
    r"(?:资料图|资料图片|资料照片|供图|視覺中國|视觉中国|圖片來源[：:].{1,20}|图片来源[：:].{1,20})\s*[)）]?\s*$|"
    r"^\s*[（(]?\s*(?i:photo|photos|foto|fotos|image|picture|bild|crédit photo|credit)\s*(?:credit)?\s*[:：]|"
    # the word for photo and a dash or colon before the credit, in the scripts pages print it in
    # (ဓာတ်ပုံ - မော်ကွန်း, Фото — ТАСС, ảnh: TTXVN)
    r"^\s*[（(]?\s*(?i:photo|foto|fotó|фото|ảnh|gambar|kuva|zdjęcie|ဓာတ်ပုံ|ছবি|फोटो|तस्वीर|படம்|ඡායාරූප|ภาพ|ფოტო|"
    r"լուսանկարը|լուսանկար|תמונה|صورة|عکس|사진|写真)\s*[-–—=＝:：]\s*\S.{0,40}$|"
    r"[（(]\s*(?i:photo|photos|foto|fotos|image|picture|bild|credit|φωτογραφία|φωτο|zdjęcie|fotografia|fotoğraf|عکس)\s*"
    r"(?:credit)?\s*[:：][^()（）]{1,40}[)）]\s*$|"
    # Korean / Japanese captions end with the picture's credit (… 사진=업체 제공, （写真＝共同）)
    r"(?:^|[.。\s(（])(?:사진|写真)\s*[=＝]\s*\S[^=＝]{0,30}$"
)
#: A line that is only the page's own article number (کد خبر: ۴۱۲۳۴۵۶, 新闻编号：12345, Article ID: 881):
#: an id, no text.
ARTICLE_ID_LINE_RE = re.compile(
    r"(?i)^\s*[【\[(（]?\s*(?:کد خبر|شناسه خبر|رقم الخبر|新闻编号|文章编号|稿件编号|信息编号|索引号|文章id|news id|article id|"
    r"story id|haber (?:no|kodu|id)|mã (?:tin|bài)|기사 ?번호)\s*[:：]\s*[\w-]{1,24}\s*[】\])）]?\s*$")
#: Words of a newsroom or desk in scripts without capitals (लोकमत न्यूज नेटवर्क, the paper's news
#: network): a credit holding one names no person.
NEWSROOM_WORDS = frozenset({"network", "newsroom", "नेटवर्क", "न्यूज", "ब्यूरो", "डेस्क", "নেটওয়ার্ক", "ডেস্ক", "வலைதளம்",
                            # a staff reporter's credit naming no one (নিজস্ব প্রতিবেদক, نمائندہ جنگ, संवाददाता)
                            "প্রতিবেদক", "নিজস্ব", "نمائندہ", "संवाददाता", "प्रतिनिधि"})
#: Longest line read as a caption (by its words, or by sitting with an image in its own wrapper).
CAPTION_MAX_LEN = 80
#: A wrapper of an image and its caption has at most this many children (image, caption, credit).
CAPTION_WRAPPER_MAX_CHILDREN = 4
#: An image's own paragraph holds at most this many elements (the image, a break, a span or two).
CAPTION_PARAGRAPH_MAX_ELEMENTS = 8
#: A copyright line naming its holder ('Copyright © 2005 陈某', '版权所有 陈某'): on a personal
#: site the holder, when a person's name, wrote the page.
COPYRIGHT_HOLDER_RE = re.compile(
    rf"(?:copyright|版权所有)\s*[：:]?\s*(?:©|\(c\)|ⓒ)?\s*(?:(?:19|20)\d{{2}}(?:\s*[-–~]\s*(?:19|20)\d{{2}})?\s*)?"
    rf"({CJK_NAME})\s*$|^\s*©\s*(?:(?:19|20)\d{{2}}\s*)?({CJK_NAME})\s*$",
    re.I,
)
#: Last blocks of a page searched for that copyright line.
COPYRIGHT_FOOTER_BLOCKS = 6
#: Site names printed after a date with no label: the name alone is the source when it reads as
#: an organisation or is longer than a person's name ('2019年09月07日 04:04 北京日报').
#: A labelled field of a meta line (作者：唐宁, 来源: X), to the next bar or the line's end (its value
#: may hold spaces), and a counter (阅读 3562, 浏览：12): not the bare name a dated line may carry
#: beside them.
LABELLED_FIELD_RE = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[：:][^|｜]*")
COUNTER_FIELD_RE = re.compile(r"(?:阅读|浏览|点击|评论|人气|热度)(?:量|数|次数)?\s*[：:]?\s*\d[\d,.]*[万wW千kK]?\+?")
#: A line this long with punctuation opens the text: name-only lines are looked for above it only.
NAME_LINE_TEXT_STOP = 40
#: Bars and dots between the fields of a dated line (X · 05-01 14:11 | 作者：Y): no part of a name.
DATED_LINE_BARS_RE = re.compile(r"[|｜·•・]")
DATED_SOURCE_MIN_LEN = 4
DATED_SOURCE_MAX_LEN = 20


# -------- Body lines that are notices, prompts or furniture wherever they sit
#: Disclaimers and rights notices (免责声明：/ 版权声明：/ 声明：本文... / 图片来自网络，如有侵权请联系删除).
NOTICE_RE = re.compile(
    r"^\s*[【\[（(]?\s*(?:免责声明|版权声明|特别声明|郑重声明|法律声明|版权说明|作者声明|原创声明|创作声明|利益声明|声明|风险提示)\s*[】\]）)]?\s*[：:]|"
    # the page's own address printed under the text (本文链接：https://…)
    r"^\s*(?:本文链接|原文链接|文章链接|本文地址|原文地址)\s*[：:]\s*https?://|"
    r"如有侵权|侵权请联系|请联系(?:我们|本站|本网|小编)?删除|(?:图片|图文|素材|内容)(?:均)?(?:来[自源]|源自|取自)(?:于)?(?:网络|互联网)|"
    r"不代表本(?:网|站|平台|号|刊)(?:的)?(?:观点|立场)|风险自负|仅供参考[，,]\s*(?:不构成|不作为|请以)|转载请(?:注明|标明|附上|保留)(?:原文)?(?:出处|来源|作者)|转载请.{0,8}联系(?:作者|本号|我们|授权)|"
    r"未经(?:作者|本站|本网|本号|官方|原作者)?(?:授权|许可|允许|同意)[，,]?\s*(?:不得|禁止|严禁|谢绝)(?:任何)?(?:转载|复制|使用)|"
    # the header image's licence (题图来自Unsplash，基于CC0协议; 头图来源：视觉中国)
    r"^\s*(?:题图|头图|封面图?|首图)\s*(?:来自|来源于?|源自|由)|"
    r"^\s*[（(]?\s*(?:本文|此文|原文)(?:刊载|原载|刊发|发表|刊登)于《|会员登录后(?:可|方可|才能)?(?:下载|查看|阅读)|登录后(?:可|方可)(?:下载|查看)"
)
#: Longest line still read as a notice (a disclaimer can be a long paragraph).
NOTICE_MAX_LEN = 400
#: Follow / subscribe prompts (关注我们, 长按识别二维码, 点击上方蓝字关注) and end-of-text marks.
FOLLOW_RE = re.compile(
    r"长按(?:识别|扫描|扫码)?(?:图中|下方|上方)?二维码|扫码关注|扫描(?:下方|上方|文末)?二维码(?:关注|添加|下载|即可)|"
    r"点击(?:上方|下方|文末)\s*(?:蓝字|“[^”]{1,16}”|\"[^\"]{1,16}\"|[^\s，,。]{1,16})?\s*(?:关注|订阅)|"
    r"^\s*(?:关注我们|微信号|公众号|微信公众号)\s*[：:]?|(?:微信公众号|微信号|公众号)\s*[：:]\s*[\w-]{3,30}\s*$|"
    r"^\s*(?:我要报料|我要爆料|新闻报料|报料热线)|正文已结束|按alt\s*\+\s*\d进行评论|"
    r"欢迎(?:关注|订阅)(?:我们|本号|公众号)|轻点两下取消|请关注[^，。,]{1,20}(?:官方)?(?:微信|公众号|微博|抖音号)|"
    # a news site's channel on a platform (Follow X on Google News, our WhatsApp channel)
    r"(?i:google\s+(?:news|noticias|notícias|actualités|nachrichten|haberler|berita)\b|(?:whatsapp|telegram)[- ](?:channel|kanal|canal|grubu|group))|"
    r"واٹس ?ایپ چینل|قناة (?:واتساب|واتس اب)|واتساب"
)
FOLLOW_MAX_LEN = 80
#: A messenger or news-aggregator platform a site asks readers to follow it on: a short line naming
#: one, no sentence and no list item, is a follow prompt in any language (Report-u Telegram-da
#: izləyin; Egemen.kz жаңалықтарына Telegram арқылы жазылыңыз).
MESSENGER_RE = re.compile(r"(?i)(?<![\w])(?:telegram|whatsapp|viber|google news|zalo|kakaotalk|телеграм\w*|"
                          r"вотсап|ватсап|дзен)(?![^\W\d_])")
#: Buttons of a shopping or price-enquiry card (去购买, 询底价, 立即询价, Buy now): an element whose whole
#: text is one makes the small card holding it (a product's name, its price, the button) furniture.
COMMERCE_BUTTON_RE = re.compile(
    r"^(?:去购买|立即购买|马上购买|直达链接|去看看|立即询价|询价|询底价|获取底价|查看底价|立即咨询|在线咨询|加入购物车|"
    r"领券购买|(?i:buy now|shop now|check price|view deal|get a quote))$")
#: Longest card (all its text) and how many levels above a line one is looked for.
SHOP_CARD_MAX_CHARS = 80
SHOP_CARD_LEVELS = 2
#: Promotion words: a short line holding one, above or below the article text, is a promo line.
PROMO_RE = re.compile(r"扫码|打赏|支持作者|赞赏支持|二维码|点击(?:查看|了解|进入|报名|下载|领取|参与)|下载APP|【(?:广告|推广|活动|报名)】|"
                      # follow / like prompts: 关注NAME，每天…; 喜欢就点个赞和在看吧; 分享、点赞、在看
                      r"^\W*(?:欢迎|点击|记得)?关注[^，,。！!\s]{1,16}[，,！!]|点个?赞|点赞|在看|一键三连|转发给",
                      re.I)
PROMO_MAX_LEN = 60
#: Words of an offer (报名, 限时, 福利…) make a short line a promo line only when it is no reported
#: sentence of this length or more (…多家品牌推出的限时置换补贴对终端拉动明显。 is news about an offer).
OFFER_RE = re.compile(r"报名|抽奖|福利|直播间|限时|优惠券")
OFFER_SENTENCE_MIN_LEN = 30
#: A line that is a credit label with no name after it (``责任编辑：``, ``【作者：】``): template furniture.
EMPTY_CREDIT_RE = re.compile(r"^\s*[【\[(（]?\s*(?:责任编辑|责编|编辑|作者|来源|记者|审核|校对|摄影)\s*[：:]\s*[】\])）]?\s*$")
#: A credit label opening a line whose rest may be only UI buttons (``作者： 【打印】 【关闭】``).
CREDIT_LABEL_START_RE = re.compile(r"^\s*[【\[(（]?\s*(?:责任编辑|责编|编辑|作者|来源|信息来源|记者|审核|校对|摄影)\s*[：:]\s*")
#: A staff code glued to an editor's name (``王某_NA3256``, ``李某_B1234``): not part of the name.
STAFF_CODE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:\s*[_＿]\s*[A-Za-z]{0,4}|\s+[A-Za-z]{1,4})\d{2,8}$")
#: A line that is one credit label and a short name (``来自: 中国汽配市场网``, ``原作者: 赵某``) -- a
#: forum/portal article's credit row printed inside its text container, not body text.
CREDIT_ROW_RE = re.compile(r"^\s*[【\[（(]?\s*(?:来源|来自|稿源|出处|文章来源|作者|原作者|撰文|记者)(?:\s*[：:]|\s*[】\]])\s*"
                           r"[^\s，,。！!？?\]】）)]{1,24}\s*[\]】）)]?\s*$")
#: A stock quote widget's line: a six-digit security code beside a signed change (华宇精工 (603979)
#: 28.46 +3.15%), or its quote button / figures (查看实时行情, 成交额：4.12亿).
STOCK_QUOTE_LINE_RE = re.compile(r"(?<!\d)[036]\d{5}(?!\d).{0,40}[+-]\d+(?:\.\d+)?%|^(?:查看实时行情|实时行情|加入自选|"
                                 r"(?:成交额|成交量|换手率|市盈率|总市值|流通市值)\s*[：:]\s*[\d.]+\s*[万亿]?(?:元|手|股|%)?)$")
STOCK_QUOTE_MAX_LEN = 80
#: A summary label opening a line (摘要：…): with a truncated excerpt of the text below it, not body.
SUMMARY_LABEL_RE = re.compile(r"^\s*[【\[]?\s*(?:摘要|导语|编辑导语|内容提要|提要|导读)\s*[】\]]?\s*[：:]?\s*")
#: A template's key-points box opening the text (核心提示：…, 【内容提要】…): its deck, not article text.
#: (A plain 摘要 / 导语 may be the article's own abstract or lead: it stays unless it repeats the text.)
LEADING_SUMMARY_RE = re.compile(r"^\s*[【\[]?\s*(?:核心提示|内容提要|核心摘要|要点提示)\s*(?:[】\]]\s*[：:]?|[：:])")
#: An author card's statistics (``391篇文章 · 1.4万粉丝``): two of them make a profile line, no body.
PROFILE_STAT_RE = re.compile(r"\d[\d,.]*\s*[万wWkK]?\s*(?:篇文章|篇作品|个作品|粉丝|关注|获赞|被赞|followers|following|articles|posts)"
                             r"|(?:粉丝|关注|获赞|文章|作品)(?:数)?\s*[:：]?\s*\d[\d,.]*\s*[万wWkK]?(?![\d\u4e00-\u9fff])",
                             re.I)
#: An author card's line: a short name and one statistic (``齿轮箱里的猫 粉丝 4.1万``).
PROFILE_NAME_MAX_LEN = 12
PROFILE_LINE_MAX_LEN = 80
#: A line of engagement counters only (``阅读 1562 赞 23``, ``阅读 3,402 在看 11``): a toolbar.
COUNTER_TOKEN_RE = re.compile(r"(?:阅读|浏览|点击|赞|点赞|在看|评论|收藏|分享|转发|喜欢)\s*[:：]?\s*\d[\d,.]*\s*[万wWkK]?\+?")
COUNTER_LINE_MAX_LEN = 60
#: A counter run on after a credit by adjacent elements (来源：X阅读 5.2W, 阅读10544次): removed from it.
CREDIT_COUNTER_RE = re.compile(COUNTER_TOKEN_RE.pattern + r"(?:\s*(?:次|人次|人))?")
#: A short line that heads a recommendation list / follow box: it and the rest of the container
#: after it are not body (热门推荐, 相关阅读, 猜你喜欢, 关注我们 ...).
TAIL_HEAD_RE = re.compile(
    r"^\s*[【\[]?\s*(?:热门推荐|热点推荐|精彩推荐|推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|相关链接|相关报道|延伸阅读|"
    r"相关文件|相关附件|相关解读|相关政策|猜你喜欢|为你推荐|更多精彩|更多阅读|往期回顾|往期推荐|往期精选|热门文章|热门资讯|热文推荐|编辑推荐|关注我们|"
    r"热点新闻|热门新闻|最新文章|最新资讯|排行榜|热门阅读|精彩阅读|大家都在看|你可能还喜欢)\s*[】\]]?\s*[：:>»]*\s*$"
)
#: Any 相关 + two characters (相关召回, 相关产品, 相关视频) heads a tail list when links follow it.
TAIL_HEAD_LINKED_RE = re.compile(r"^\s*[【\[]?\s*相关[\u4e00-\u9fff]{2}\s*[】\]]?\s*[：:>»]*\s*$")
#: The same headings in other languages (VEJA TAMBÉM:, Lesen Sie auch, À lire aussi, More on this story,
#: Contact): they head a list of links or a contact box after the text.
TAIL_HEAD_ML_RE = re.compile(
    r"(?i)^\s*(?:veja tamb[ée]m|leia tamb[ée]m|leia mais|saiba mais|lesen sie auch|mehr zum thema|[àa] lire aussi|"
    r"lire aussi|ver tambi[ée]n|lee tambi[ée]n|lea tambi[ée]n|leggi anche|czytaj (?:te[żz]|tak[żz]e|wi[ęe]cej)|"
    r"zobacz (?:te[żz]|tak[żz]e)|читайте также|главное|по теме|ещё по теме|еще по теме|ayr[ıi]ca (?:bak[ıi]n[ıi]z|okuyun)|"
    r"ilgili haberler|anbieter zum thema|"
    r"more on this (?:story|topic)|related (?:stories|articles|coverage|content|news|reading)|see also|read next|"
    r"also read|read also|seguir leyendo|sigue leyendo|baca juga|čtěte také|olvassa el|läs också|lees ook|"
    r"(?:media |press )?contacts?|kontakt|pressekontakt|contacto|contato|延伸閱讀|相關新聞|相關文章|推薦閱讀|"
    r"关联阅读|관련 ?기사|関連記事|xem thêm|tin liên quan|đọc thêm|latest from [^\W\d_]+(?: [^\W\d_]+)?|"
    r"más noticias|te puede interesar|weitere artikel|à voir aussi|τελευταία νέα|τελευταίες ειδήσεις|διαβάστε επίσης|"
    r"σχετικά άρθρα|σχετικές ειδήσεις|cite[sșş]te [sșş]i|articole similare|berita berkaitan|artikel berkaitan|"
    r"berita terkini|اخبار مرتبط|مطالب مرتبط|संबंधित (?:खबरें|बातम्या)|हेही वाचा|ultime notizie|notizie correlate|"
    r"articoli correlati|latest news|últimas noticias|son haberler|kaugnay na (?:balita|artikulo)|관련 ?뉴스|"
    # "read this too" in Indian languages: Telugu, Kannada, Tamil, Malayalam, Bengali, Gujarati, Hindi
    r"ఇవి కూడా చదవండి|ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ಇವುಗಳನ್ನೂ ಓದಿ|இதையும் படிக்க|இதையும் படியுங்கள்|ഇതും വായിക്കുക|"
    r"আরও পড়ুন|এটাও পড়ুন|આ પણ વાંચો|यह भी पढ़ें|ये भी पढ़ें)\s*[:：>»]*\s*$"
)
#: A site notice's heading alone on its line (反侵权公告：, 版权声明, 【免责声明】): the notice runs from it
#: to the end of the text container, prose or not -- the site's legal text, not the article's.
NOTICE_HEAD_RE = re.compile(r"^\s*[【\[]?\s*(?:反侵权公告|侵权声明|版权声明|免责声明|法律声明|郑重声明|特别声明|版权说明|"
                            r"(?i:disclaimer|copyright notice|legal notice))\s*[】\]]?\s*[：:]?\s*$")
#: Body text (characters) that must precede a tail heading for it to end the body.
TAIL_HEAD_MIN_BEFORE = 100
#: A cross-reference inside the text: a "read also" label, a colon (or a quote) and another article's
#: title on one short line (Also read: X, Lesen Sie auch: X, Baca juga: X, 延伸阅读：X, Simak Video "X"):
#: a link to elsewhere, not the article's text, wherever it sits.
CROSS_REFERENCE_RE = re.compile(
    r"(?i)^\s*[【\[]?\s*(?:also read|read also|read more|see also|related|more on this|lesen sie auch|mehr zum thema|"
    r"[àa] lire aussi|lire aussi|[àa] voir aussi|leia tamb[ée]m|leia mais|veja tamb[ée]m|saiba mais|lee tambi[ée]n|"
    r"lea tambi[ée]n|ver tambi[ée]n|leggi anche|czytaj (?:te[żz]|tak[żz]e|wi[ęe]cej)|zobacz (?:te[żz]|tak[żz]e)|"
    r"читайте также|baca juga|simak (?:juga|video)|tonton (?:juga|video)|p[řr]e[čc]t[ěe]te si (?:tak[ée]|v[íi]ce)|"
    r"[čc]t[ěe]te tak[ée]|läs också|lees ook|olvassa el|xem thêm|đọc thêm|ayr[ıi]ca (?:bak[ıi]n[ıi]z|okuyun)|"
    r"اقرأ أيضا|اقرأ أيضًا|baca|διαβάστε (?:επίσης|ακόμη|ακόμα)|cite[sșş]te [sșş]i|citi[tțţ]i [sșş]i|हेही वाचा|हे पण वाचा|"
    r"यह भी पढ़ें|ये भी पढ़ें|basahin (?:din|rin|ang)|بیشتر بخوانید|بخوانید|関連記事|관련 ?기사|相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道|相关文章|延伸閱讀|相關新聞|相關閱讀)"
    r"\s*[】\]]?\s*(?:[:：|»>]|(?=[\"“«「『]))\s*\S"
)
#: Longer lines than this are text, whatever they open with.
CROSS_REFERENCE_MAX_LEN = 160
#: A label of one to four words (letters of any script, no digits), a colon or a dash, then the rest:
#: the shape of an emphasised "read also" or credit line (:func:`body._emphasised_label_line`).
EMPHASISED_LABEL_LINE_RE = re.compile(
    r"^[^\W\d_][^\s\d:：\-–—.,;!?]*(?:\s[^\W\d_][^\s\d:：\-–—.,;!?]*){0,3}\s?[:\-–—]\s*\S.{3,}$")
EMPHASISED_LABEL_LINE_MAX_LEN = 140
#: Link-free sentence text (characters) after a tail heading that shows the article goes on below it.
TAIL_PROSE_MIN = 300


# -------- Header lines between the headline and the text, in the languages the crawler meets
_MONTHS = (
    r"jan(?:uary|vier|uar|eiro|uari)?|feb(?:ruary|rero|ruar|braio|ruari)?|f[ée]vrier|fevereiro|mar(?:ch|s|zo|ço|chr|t)?|"
    r"m[äa]rz|maart|apr(?:il|ile)?|avril|abril|ma[iy]|mayo|maio|maggio|mei|jun[ie]?|juin|junio|junho|giugno|"
    r"jul[iy]?|juillet|julio|julho|luglio|aug(?:ust|ustus)?|ao[uû]t|agosto|sep(?:t|tember|tiembre|tembro|tembre)?|"
    r"settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|outubro|ottobre|nov(?:ember|iembre|embro|embre)?|novembre|"
    r"dec(?:ember)?|d[ée]cembre|dez(?:ember|embro)?|diciembre|dicembre|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k"
)
#: A clock after a date, a linking word allowed (at / à / um / в 11:40, 09h12).
_CLOCK = r"(?:(?:" + words_pattern(CLOCK_LINKERS) + r")\s+)?\d{1,2}[:.h]\d{2}(?!\d)"
#: Day words of every language (сьогодні, gestern, hier, ayer ...): in a header only with a clock.
_DAY_WORDS = words_pattern({w for words in RELATIVE_DAY_WORDS.values() for w in words})
#: A date written with a month word or year-last / year-first numbers (7 février 2025, 5 de junio de
#: 2025, 12 listopada 2024, June 5, 2025, 05/06/2025, 2025-06-05), or without a year but with a
#: clock (5 juni, 11:40; Сьогодні, 06:12).
HEADER_DATE_RE = re.compile(
    rf"(?i:\b\d{{1,2}}\.?\s*(?:de\s+)?(?:{_MONTHS})\.?,?\s*(?:de\s+)?(?:19|20)\d{{2}}\b|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b)|"
    r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?![\d/.])|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|"
    # no year but a clock: 5 juni, 11:40 / June 5 at 11:40 / Сьогодні, 06:12 / Gestern, 14:30
    rf"(?i:\b\d{{1,2}}\.?\s*(?:de\s+)?(?:{_MONTHS})\.?,?\s+{_CLOCK}|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_CLOCK}|"
    rf"(?<!\w)(?:today|yesterday|{_DAY_WORDS})\s*,?\s+{_CLOCK})"
)
#: A byline opening a header line (By / Par / Por / Von / Di / Door / Av / Przez / Autor / Автор /
#: Submitted by), a name after it.
HEADER_BYLINE_RE = re.compile(
    r"^(?i:by|par|por|von|di|door|av|af|przez|autor(?:ka)?|auteur|yazar|автор|text|texto|tekst|"
    r"(?:submitted|posted|written|published|reported)\s+by)\s*[:：]?\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄ])"
)
#: A role-and-name credit inside a short header line after a few words (a relative time, a date in
#: any script): ``3 ਘੰਟੇ ਪਹਿਲਾਂ Edited By: Sandeep Kumar``.
HEADER_ROLE_CREDIT_RE = re.compile(
    r"(?i:\b(?:edited|written|posted|reported|published|updated)\s+by)\s*:?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]+){0,3}\s*$")
HEADER_ROLE_CREDIT_MAX_LEN = 90
#: A reading-time line (7 min read, 5 Min. Lesezeit, Lecture : 3 min) or a counter line (Hits: 1482).
#: "N minutes read" in the languages the crawler meets (a header line, or run on after a credit).
_MINUTES_READ = (r"\d+\s*(?:min(?:ute)?s?|minutos?|minuten|minuti|мин)\.?\s*(?:read|de lecture|de leitura|de lectura|"
                 r"lesezeit|lesedauer|leestijd|di lettura|okuma|чтения|четене|czytania|läsning|lukuaika|čtení|čítania|"
                 r"čitanja|læsetid|lesetid)")
#: A reading time anywhere in a line (Мария Петрова 27 ное 2026, 18:40 5 мин. четене): with a date or a
#: clock and no sentence, the line is the article's meta line.
_READING_TIME = (_MINUTES_READ + r"|(?:reading time|lecture|lesezeit|tempo de leitura|"
                 r"tiempo de lectura|czas czytania|skaitymo laikas|lasīšanas laiks|lugemisaeg|čas branja|време читања|"
                 r"vrijeme čitanja)\s*[:：]?\s*\d+\s*min\.?|(?:预计)?(?:阅读|閱讀)(?:时间|时长|需要|時間)?\s*[：:]?\s*(?:约|大约)?\s*\d+\s*分钟")
READING_TIME_ANY_RE = re.compile(_READING_TIME, re.I)
READING_TIME_RE = re.compile(r"(?i)^(?:" + _READING_TIME + ")")
#: A short line that is a date and clock with at most a linking word or two (27.11.2026. у 20:15).
BARE_DATE_LINE_MAX_LEN = 40
BARE_DATE_LINE_MAX_LETTERS = 4
COUNTER_LINE_RE = re.compile(
    r"(?i)^(?:hits|views|reads|visits|aufrufe|zugriffe|vues|lectures|visitas|visualiza[çc][õo]es|lecturas|"
    r"wy[śs]wietle[ńn]|ods[łl]on|просмотр\w*|g[öo]r[üu]nt[üu]lenme|okunma)\s*[:：]?\s*\d[\d,.\s]*$"
)
#: Longest header line read by these shapes.
HEADER_LINE_MAX_LEN = 90
#: A date line's text besides its dates (labels, clock, place): at most this long.
HEADER_DATE_REST_MAX = 40
#: A deck / standfirst under the headline by its class name (story__dek, c-post-standfirst, chapo,
#: content-head__subtitle, article-section__summary, article__text__overview): no body text.
DECK_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|standfirst|chapo|chapeau|sapo|spot|desc|description|subtitle|subtit|subhead|subheadline|overview|"
    r"teaser|excerpt|abstract|strapline|lede-?text)(?:$|[\s_-])", re.I)
#: ... and on a heading under the headline only (``<h2 class="article__summary">``): a paragraph named
#: ``summary`` is as often the lead paragraph itself (``speakable-summary``).
DECK_HEADING_CLASS_RE = re.compile(r"(?:^|[\s_-])summary(?:$|[\s_-])", re.I)
#: ... and on an element named as a lead or summary whose text opens with a summary label
#: (``<div class="article-lead">导语：…</div>``): named and labelled, it is the deck.
LABELLED_DECK_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:lead|summary|intro|guide)(?:$|[\s_-])", re.I)
#: An element holding the byline under the headline, by its class/id or role attributes (``byline``,
#: ``article-author``, CSS-module ``Post_authorRow__f4Zp9``, ``data-component="byline-block"``,
#: ``data-testid="byline-new-contributors"``; role attributes as :data:`AUTHOR_ROLE_ATTRIBUTES`): its
#: short lines (a name, a role) are header, not body.
BYLINE_BOX_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:bylines?|authors?|autor(?:es|a)?|auteurs?|autore|autori|contributors?|writers?)"
    r"(?:-?(?:names?|row|box|info|block|line|wrap(?:per)?|card|details?))?(?:$|[\s_-])", re.I)
#: Longest line of a byline box.
BYLINE_BOX_MAX_LEN = 80
#: Most sentences of a deck (a standfirst right under the headline, a header line after it).
DECK_MAX_SENTENCES = 2
#: Longest deck.
DECK_MAX_LEN = 300


# -------- Lines that are not article text when they sit at the body's ends
# An article's own sentences can say 追究法律责任 or "subscribe"; a platform statement, a rights
# notice, an app prompt or a credit line says it in a line of its own before the first or after
# the last paragraph. These shapes are read only there (walking inward from each end while lines
# match), so the same words in the middle of the text stay.
#: Platform statements and rights notices, in the languages the crawler meets.
END_NOTICE_RE = re.compile(
    # 本文仅代表作者本人观点 / 与本站立场无关 / 不代表懂车帝立场 / 不构成投资建议 / 风险自担
    r"仅代表(?:作者|本人|个人|发布者|原作者)|仅代表.{0,10}?(?:观点|看法)|不对其?(?:真实性|准确性|完整性)[^，。]{0,8}负责|[与和]本?(?:站|网|网站|平台|号|刊|报|台)立场无关|不代表.{0,12}(?:立场|观点)|"
    r"不构成(?:任何)?(?:投资|买卖|操作)?(?:建议|依据)|风险自[担负]|投资有风险|"
    # 未经授权严禁转载 / 不得转载 / 侵权必究 / 追究法律责任 / 版权作品 / 版权归…所有 (traditional forms too)
    r"(?:严禁|禁止|不得|谢绝|请勿|拒绝)[^，,。；;]{0,8}?(?:转载|转贴|复制|摘编|镜像|轉載|轉貼|複製)|侵权必究|侵權必究|"
    r"追究(?:其)?法律责任|追究法律責任|版权(?:作品|归|所有|均属于|均归)|版權(?:所有|歸)|目的在于传播更多信息|"
    # 广告声明：文内含有的对外跳转链接… / 本文刊发于《X》…第5版 / 【本文结束】如需转载请注明出处
    r"^(?:广告声明|廣告聲明|免责声明|免責聲明)\s*[：:]|本文(?:刊发|刊登|发表|刊載)于《|如需转载|(?:转载|轉載)请(?:务必)?注明|"
    r"原文(?:链接|地址|網址)\s*[：:]|(?:转载|轉載)(?:请|請)?(?:联系|聯繫|注明|註明)|"
    r"本文(?:来自|来源于|转载自|转自|首发于|原载于|经授权转载|系转载)|本文為|本文由.{1,20}(?:发布|授权|發布)|"
    r"(?:异议|投诉|侵权)[^。]{0,10}(?:请|請)?(?:联系|聯繫|致电|发送)|"
    r"(?i:all rights reserved|views expressed|do(?:es)? not (?:necessarily )?(?:reflect|represent)|"
    r"(?:not|no) (?:constitute )?(?:investment|financial) advice|may not be (?:reproduced|republished|redistributed)|"
    r"tous droits r[ée]serv[ée]s|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|"
    r"wszelkie prawa zastrze[żz]one|все права защищены|tüm hakları saklıdır|tutti i diritti riservati|"
    # a syndication note (the rest of the content is auto-generated from a syndicated feed)
    r"syndicated feed|auto-generated from)"
)
#: App / follow / subscription / news-tip prompts (下载“X”客户端, 报料热线400-…, Subscribe now,
#: Join the community of …, Abonnez-vous, Assine, bildirimleri açın).
END_PROMPT_RE = re.compile(
    r"下载[^。！!；;]{0,24}?(?:APP|App|app|客户端|客戶端)|(?:APP|App|客户端|客戶端)(?:下载|下載|看更多|查看)|"
    r"报料(?:热线|電話|电话|邮箱|方式|平台)?\s*[：:]?\s*[\d(（+]|(?:新闻|新聞)线索|爆料(?:热线|電話|电话|邮箱)|"
    r"(?:关注|關注|订阅|訂閱)[^。，,；;]{0,16}(?:公众号|公眾號|微信号|视频号|抖音号|微博|頻道|频道)|"
    # other languages: imperatives and second-person prompts only ('customers subscribe to plans' stays)
    r"(?i:^(?:subscribe|sign up|join|register|download|follow us|get the (?:full story|app|latest))\b|"
    r"\bsubscribe (?:now|today|here|to (?:our|the)|for)\b|\bsign up (?:now|today|here|for|to)\b|\byour inbox\b|"
    r"\bjoin (?:the|our)\b[^.]{0,40}\b(?:community|readers|subscribers|members|newsletter)|\bclick here\b|"
    r"\bdownload (?:the|our) app\b|\bfollow us\b|abonnez-vous|jetzt abonnieren|abonnieren sie|"
    r"su(?:b)?scr[ií]b(?:ete|ase|a-se)|\bassine\b|inscreva-se|iscriviti|zapisz si[ęe]|subskrybuj|"
    r"подпишитесь|подписывайтесь|bildirimleri aç|abone ol(?:un)?\b|"
    # paywall lines and press-release trailers
    r"r[ée]serv[ée] aux abonn[ée]s|il vous reste \d+\s*% de cet article|exclusivo para (?:assinantes|suscriptores)|"
    r"nur für abonnenten|(?:for|to) subscribers only|subscriber[- ]only|view original content|"
    r"^source\s+[A-Z][\w&.,' -]{1,60}$)|"
    # share / repost invitations (歡迎用「轉貼」或「分享」的方式轉傳)
    r"(?:歡迎|欢迎).{0,6}(?:轉貼|轉傳|转贴|转发|轉發)|"
    # a tip / reward prompt (小礼物走一走，来简书关注我), a messenger-channel promotion, an error-report
    # prompt (select the text and press Ctrl+Enter)
    r"小礼物走一走|赞赏支持|"
    # paywall lines of CJK sites (この記事は有料会員限定です, 本文为付费会员专享, 유료 회원 전용)
    r"有料会員(?:限定|の方|になると|登録)|会員限定(?:記事|です)|続きを読むには|付费会员|会员专享|订阅后(?:阅读|查看)|开通会员(?:后)?(?:阅读|查看|即可)|"
    r"付費會員|會員專享|유료 ?회원|(?i:whatsapp channel|telegram channel|saluran whatsapp|install aplikasi whatsapp|"
    r"ctrl\s*\+\s*enter)"
)
#: A labelled update / publish line printed below the text (Mis à jour le …, Güncelleme: …, Updated …).
#: A year and a clock close together (``27 نوفمبر ,2026: 09:47``): a date line in any script.
YEAR_AND_CLOCK_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\D{1,12}?\d{1,2}:\d{2}(?!\d)")
#: A short line with a year and a clock whose words, numbers, clock, a.m./p.m. and zone set aside,
#: are at most a few (a label and a month word in any language): a date line of the header.
DATED_WORDS_LINE_MAX_LEN = 80
DATED_LINE_MAX_WORDS = 4
DATED_LINE_NOISE_RE = re.compile(r"\d+|[:：,.|/·•()\-–—]|\b(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*)\b")
END_DATE_LINE_RE = re.compile(
    r"(?i)^(?:mis [àa] jour|publi[ée](?: le)?|updated|last updated|published|atualizad[oa]|actualizad[oa]|aktualisiert|"
    r"ver[öo]ffentlicht|g[üu]ncelleme|g[üu]ncellenme|yay[ıi]nlanma|opublikowano|zaktualizowano|обновлено|опубликовано|"
    r"uppdaterad|publicerad|diperbarui|bijgewerkt|aktualizováno|frissítve|aggiornato|оновлено|"
    r"更新时间|更新於|更新于|最后更新|نُ?شِ?ر(?:َ)? في|آخر تحديث|تاريخ النشر)(?:\b|(?=\s|:))")
#: A credit line inside the text container: role words and names only (界面新闻记者 | 秦嘉禾,
#: 每经记者 郑浩然 每经编辑 孙佳, 校对：刘威, 编辑 杨娟娟 校对 卢茜); an outlet's name may lead each role.
CREDIT_ROLES = (r"(?:记者|編輯|编辑|责编|責編|责任编辑|責任編輯|校对|校對|审核|審核|审校|美编|美編|摄影|攝影|摄像|实习生|"
                r"通讯员|通訊員|主编|主編|统筹|統籌|策划|策劃|制图|製圖|设计|設計|翻译|翻譯|编译|編譯|撰文|文字|"
                r"监制|監製|出品人|视觉|視覺|图片编辑|圖片編輯|视频编辑|排版|值班编辑|终审|終審|初审|复审)")
#: A Chinese label followed by its English translation (作者 Author X, 来源 Source：X, 发布 Published
#: DATE, on bilingual sites): read as the Chinese label with a colon.
BILINGUAL_LABEL_RE = re.compile(
    r"(作者|来源|發佈|发布|发布时间|更新|更新时间|编辑|责任编辑|摄影|日期|时间)\s*"
    r"(?i:authors?|by|source|published|publish(?:ed)? (?:date|on)|updated|last updated|editor|photo(?:grapher)?|date|time)"
    r"\s*[：:]?\s*")
#: A medium's name right before its reporter on a byline line (经济观察网 记者 邵某, 新京报记者 王某):
#: the source when the page labels none (本报/本台/本网 -- "this paper" -- name nobody).
MEDIA_REPORTER_RE = re.compile(
    r"^[（(【\[□]?\s*(?P<org>(?!本)[\u4e00-\u9fff·]{2,12}?)\s*(?:特约)?记者\s*[|｜:：]?\s*[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
END_CREDIT_LINE_RE = re.compile(
    # the outlet before the role may carry its domain or a channel (华夏时报（www.x.cn）记者, 大河报·豫视频记者)
    # or its app's name before a slash (石榴云/新疆日报记者); a clause naming where the piece first ran may
    # open it (本文首发于X，作者｜A，编辑｜B)
    rf"^[（(【\[□■◆●▲◇]?\s*(?:{FIRST_RUN_CLAUSE_RE.pattern[1:]})?"
    rf"(?:(?:[\u4e00-\u9fff]{{2,8}}\s?[/／]\s?)?[\u4e00-\u9fff·]{{0,12}}?(?:[（(][\w.-]{{4,40}}[)）])?\s?(?:{CREDIT_ROLES}|采写|採寫|作者|撰稿|执笔|執筆)\s*[|｜：:/／]?\s*"
    rf"{CJK_NAME}(?:[、，, ]+{CJK_NAME})*\s*[，,；;/／|｜]?\s*)+(?:报道|報道|報導)?[)）】\]]?\s*$"
)
#: A labelled source / author / photo line (Źródło: …, Autor: X, Quelle: dpa, Fonte: …, 文章来源：…),
#: short, in the languages the crawler meets.
LABELLED_CREDIT_RE = re.compile(
    r"^[（(\[]?\s*(?:(?:文章|信息|新闻|稿件|图片|头图|题图|封面图?|配图|内容)?来源|本文(?:来源|源自|来自)|來源|出处|原标题|原標題|(?i:source|sources|author|autor|autorin|"
    r"auteur|autore|źródło|zrodlo|quelle|fuente|fonte|fonti|kaynak|yazar|источник|извор|izvor|автор|출처|text|texto|"
    r"foto|fotos|photo|photos|image|credit|crédit|crédito|bild|reporter|reporters|journalist|jornalista|periodista|"
    r"giornalista|editor|editora|editór|editör|redaktor|redakteur|redakteurin|çeşme|awtor))\s*[:：]"
)
#: An e-mail address: a line that is one and a few words besides (a reporter's name, 'press:') is a
#: contact or credit line. (Labelled phone and contact lines at the end of a notice are its text.)
END_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A press release's media contact line (``Media Contact: NAME press@x.com +1 734 555 0142``): a
#: media/press/investor contact label, then an e-mail address or a phone number. A plain contact line
#: (联系人：… 电话：…) closing an official notice is part of the notice.
CONTACT_LINE_RE = re.compile(
    r"^(?i:(?:media|press|investor|pr|news)\s+(?:contacts?|inquiries|enquiries|relations)|pressekontakt|"
    r"contact(?:s)?\s+(?:presse|média|media)|contacto\s+(?:de\s+)?prensa|contato\s+(?:de\s+)?imprensa)\s*[:：]")
#: A phone number in a contact line (``+1 734 555 0142``, ``021-5995 1234``, ``(734) 555-0142``).
PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[\s-]\d{2,4}){2,3}")
#: Longest contact line.
CONTACT_LINE_MAX_LEN = 160
#: An author's or agency's short tag closing the text ((mfi), (dpa), (dpa/AFP)).
END_TAG_RE = re.compile(r"^[(（]\s*(?:[A-Za-z]{2,6}(?:\s*[/,]\s*[A-Za-z]{2,6})*"
                        r"|[\u4e00-\u9fff·]{2,12}(?:APP|App|app|客户端|网|报|社|新闻))\s*[)）]$|"
                        # a wire's end mark (Enditem/ASG) and its credits in brackets under the text
                        # ((By A and B), (Reporting by A; Editing by B))
                        r"^(?i:enditem|end item)(?:\s*/\s*[A-Za-z]{2,6})*$|"
                        # a WeChat-style end mark: — END —, -END-, ▌END, THE END, 全文完
                        r"^[\s\-—–_=~·•▌|]*(?i:(?:the\s+)?end)[\s\-—–_=~·•|]*$|^[\s\-—–]*(?:全文完|（完）|\(完\))[\s\-—–]*$|"
                        r"^[(（]\s*(?:By|Reporting by|Writing by|Additional reporting by|Editing by|Compiled by)\s[^()（）]{2,100}[)）]$")
#: A production credit at the start or end of a feature (出品 | 汽车商业评论, 策划：X, 监制：Y).
PRODUCTION_CREDIT_RE = re.compile(
    r"^(?:出品|出品方|出品人|总策划|策划|监制|统筹|制作|视觉|设计|排版|美编|校对)\s*[|｜:：/／]\s*\S.{0,15}$")
#: A reporter's dateline credit opening the text (【記者林佳蓉／台中報導】, [记者 王某/北京报道]).
DATELINE_CREDIT_RE = re.compile(
    r"^[【\[(（]\s*(?:记者|記者|特派记者|特派記者|特派员|特派員)\s*[\u4e00-\u9fff·、，, ]{2,20}\s*[／/]\s*"
    r"[\u4e00-\u9fff]{2,8}(?:报导|報導|报道|報道)\s*[】\])）]$")
#: A line that ends on an e-mail address after its label (Got a tip for us? Email: tips@x.com, 投稿邮箱：x@y.cn).
EMAIL_LABEL_END_RE = re.compile(r"(?i)(?:e-?mail|邮箱|郵箱|電郵|电邮|電子郵件|correo|courriel)\s*[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[.。]?$")
EMAIL_LABEL_LINE_MAX_LEN = 80
END_EMAIL_REST_MAX = 20
#: A line up to this long is a statement / prompt wherever in it the phrase sits; a longer one
#: only when the phrase is in its first sentence.
NOTICE_ANYWHERE_MAX_LEN = 60
#: Longest end line read for each shape (a disclaimer may be a long paragraph; a credit is a line).
END_NOTICE_MAX_LEN = 400
END_PROMPT_MAX_LEN = 200
END_CREDIT_LINE_MAX_LEN = 60
LABELLED_CREDIT_MAX_LEN = 80
#: A stylesheet/class hint that hides an element (class tokens; utility-framework names).
HIDDEN_CLASS_RE = re.compile(r"(?:^|\s)(?:hide|hidden|is-hidden|d-none|display-none|displaynone|invisible|"
                             r"visually-hidden|sr-only)(?:$|\s)", re.I)
#: An ``@media``/``@supports`` block of an inline stylesheet: the rules inside hide responsively, so
#: they do not make a class hidden (``.hide, .x { display: none }`` outside such blocks does).
STYLE_AT_BLOCK_RE = re.compile(r"@[\w-]+[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
STYLE_CLASS_SELECTOR_RE = re.compile(r"^\s*\.([\w-]+)\s*$")


# -------- Titles, breadcrumbs, categories
#: A sentence inside a line, or a line ending like a sentence or a lead-in: no headline.
HEADLINE_STOP_RE = re.compile(r"。.|[。.，,：:；;]$")
TITLE_SEP_RE = re.compile(r"\s*(?:_|\||｜| - | – | — |——|-{2,}| :: |»)\s*")
#: What joins a declared site name to the headline in a document title besides the separators of
#: TITLE_SEP_RE (标题-中国专用汽车网: a bare hyphen, not a separator elsewhere -- T-Cross, 2026-11).
SITE_SUFFIX_JOINERS = ("-", "—", "–", "－")
PAGE_SUFFIX_RE = re.compile(r"\s*[(（]\s*\d{1,2}\s*[)）]\s*$")
#: (``comment-place``, a comment box's anchor, is no place in the site)
CRUMB_RE = re.compile(r"crumb|bread|(?<!comment-)\bplace\b|position|location|\bpath\b|daohang|weizhi|当前位置|nav-?path",
                      re.I)
#: A link to a channel's page by its path (``/sort/7``, ``/categories/embedded``, ``/category/news/``):
#: in the article's meta line it names the article's category.
CATEGORY_HREF_RE = re.compile(r"^(?:https?://[^/]+)?(?:/[^?#]*)?/(?:sort|category|categories|cat|column|lanmu|fenlei)(?:[/_-]|$)",
                              re.I)
CATEGORY_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:tag|cate|category|channel|column|lanmu|section)(?:$|[\s_-])", re.I)
#: A labelled channel: 分类：行业观察 / 所属栏目：新闻 / 栏目：X / Category: X.
CATEGORY_LABEL_RE = re.compile(
    rf"(?:所属分类|所属栏目|文章分类|分类|栏目|频道|类别|[Cc]ategor(?:y|ies))\s*[：:]\s*{NAME_PATTERN}{NAME_STOP}")
#: A list element announced by the text line before it (10月终端销量排名前五的车型如下：): the
#: article's own list, even under a furniture name (``rank-list``), when it holds no link.
LEAD_IN_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
LEAD_IN_ENDS = ("：", ":")
#: Words that file a post under its column when a link to the column follows them (首发于<a>车后笔记</a>,
#: a column platform's header); followed by plain text they credit a source (本文首发于微信公众号X).
COLUMN_VENUE_WORDS = ("首发于", "收录于专栏")
#: Words that open a breadcrumb written as text (当前位置：首页 > 新闻 > ... / 您现在的位置：...).
CRUMB_TEXT_WORDS = ("当前位置", "您的位置", "现在的位置", "所在位置", "现在位置")
#: Elements that hold a breadcrumb (table-layout sites put it in a cell).
CRUMB_CONTAINER_TAGS = ("div", "p", "nav", "span", "ol", "ul", "td", "li", "header")
#: What stands between the links of a breadcrumb (首页 > 新闻 > 正文, Home » News): directional marks
#: only -- "|" and "-" separate the entries of menus too.
CRUMB_SEPARATOR_RE = re.compile(r"^[>›»→＞〉/\\·•]+$")
#: Links of a breadcrumb this far apart or more are a menu (a crumb has a handful).
CRUMB_MAX_LINKS = 8
#: The crumb after a breadcrumb's last link names the page's own channel when it is this short
#: (Home > News > Company News); longer, it is the headline. Placeholders name no channel.
CRUMB_CURRENT_MAX_CJK = 6
CRUMB_CURRENT_MAX_CHARS = 24
#: (compared in lower case)
CRUMB_PLACEHOLDERS = frozenset({"正文", "详情", "内容", "详细内容", "文章详情", "新闻详情", "资讯详情", "查看内容", "阅读文章",
                                "浏览文章", "文章内容", "内容详情", "详细信息", "会员详情", "产品详情", "详细", "阅读",
                                "article", "details", "detail", "content", "view", "read", "story", "post", "page", "text",
                                "正文内容", "文章正文", "新闻正文", "查看文章", "浏览内容", "当前文章",
                                "本文", "文章", "新闻", "資訊", "內容", "詳情", "內文"})
#: Directional marks between unlinked crumbs (新闻 > 公司动态 > 正文).
CRUMB_INNER_SEPARATOR_RE = re.compile(r"\s*[>›»→＞〉]+\s*")
#: A name wholly inside title marks or brackets (《汽车观察》, 「车评」, 【快讯】): the name inside.
ENCLOSED_NAME_RE = re.compile(r"\s*[《〈「【]([^《》〈〉「」【】]+)[》〉」】]\s*")
#: Separators and marks around a crumb's text (> Company News, » 正文).
CRUMB_EDGE_RE = re.compile(r"^[\s>›»→＞〉/\\·•|｜-]+|[\s>›»→＞〉/\\·•|｜-]+$")
HOME_WORDS = frozenset({"首页", "主页", "home", "Home", "HOME", "正文", "网站首页", "返回首页", "当前位置"})


# -------- Listing blocks: related lists, sidebars, menus, pagers and their entries
#: The header of a question page (提问者：X 提问于 DATE, Asked by X): a Q&A thread, not an article.
QUESTION_HEADER_RE = re.compile(r"提问者|提问于|提问时间|提問者|提問於|提問時間|(?i:\basked\s+(?:by|on)\b)")
#: A related block of goods, not of news (相关商品, 相关产品, 推荐商品, Related products): a shop's box.
PRODUCT_HEAD_RE = re.compile(r"相关(?:商品|产品|配件)|推荐(?:商品|产品)|热销(?:商品|产品)|(?i:related products?|you may also like these products)")
RELATED_HEAD_RE = re.compile(
    r"相关(?:新闻|阅读|文章|推荐|资讯|报道|内容|链接)|推荐阅读|延伸阅读|猜你喜欢|相关|"
    r"related|you (?:may|might) also|read (?:more|next)|more (?:stories|news)",
    re.I,
)
#: A heading that opens with 相关 / Related (相关视频, 相关图集, Related videos): this item's related
#: block whatever kind of item it names (the sidebar words 视频/图片/专题 do not make it a sidebar).
RELATED_OPENING_HEAD_RE = re.compile(r"^\W*(?:相关|相關|related\b)", re.I)
SIDEBAR_HEAD_RE = re.compile(
    r"热门|排行|最新|热点|热读|热评|点击榜|阅读榜|精彩|编辑推荐|推荐内容|今日|本周|本月|图片|视频|专题|"
    r"popular|most read|trending|latest",
    re.I,
)
RELATED_CLASS_RE = re.compile(r"relat|xiangguan|xgwz|(?:^|[\s_-])recs?(?:$|[\s_-])|recommend|tuijian|similar|also", re.I)
#: A sidebar container (an ``<aside>``, a ``sidebar`` / ``side-bar`` name): its lists are the site's
#: recommendations, not this article's related block, whatever their own class says (``recommend``).
SIDEBAR_CONTAINER_RE = re.compile(r"(?:^|[\s_-])(?:aside|sidebar|side-bar|sidebox)(?:$|[\s_-])", re.I)
#: A layout column at least this wide (``width="780"``) is the page's main column, whatever side its
#: class names: its list is no sidebar.
WIDE_COLUMN_MIN_PX = 500
SIDEBAR_CLASS_RE = re.compile(r"\bhot|rank|paihang|side|commend|\bright\b|pright|\bfr\b|latest|newest|popular", re.I)
NAV_CLASS_RE = re.compile(r"\bnav|menu|header|topbar|footer|crumb|flink|friend|links?\b|tabs?\b", re.I)
PAGER_CLASS_RE = re.compile(r"page|pager|pagination|pagelist|fenye", re.I)
#: A pager element's own name, as a whole word (``pagination``, ``dede_pages``, ``wp-pagenavi``): not
#: the ``Page`` inside ``ListPage_main`` or ``page-content``.
PAGER_ELEMENT_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:pager|pages|pagination|pagelist|pagenav(?:i|igator)?|pagebar|page-nav(?:igator)?|page-?num|paging|fenye)"
    r"(?:$|[\s_\d-])", re.I)
#: The count a pager states (``共4条/1页``, ``第1/3页``, ``Page 1 of 3``): a pager even when a channel's
#: only page gives it no link to follow.
PAGER_COUNT_RE = re.compile(r"共\s*\d+\s*[条篇页頁]|第\s*\d+\s*/\s*\d+\s*页|\d+\s*/\s*\d+\s*页|\bpage \d+ of \d+", re.I)
PREV_NEXT_ENTRY_RE = re.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇|previous|next)\s*[：:]?", re.I)
#: Pager links, arrows around them allowed (``下一页 »``, ``« 上一页``, ``Next ›``).
NEXT_PAGE_TEXT_RE = re.compile(r"^(?:下一页|下页|后一页|next|next page|后页)(?:\s*[›»>→])?$|^[›»>→]$", re.I)
PREV_PAGE_TEXT_RE = re.compile(r"^(?:[‹«<←]\s*)?(?:上一页|上页|前一页|prev|previous|previous page|前页)$|^[‹«<←]$", re.I)
PAGE_NUM_RE = re.compile(r"^\d{1,4}$")
ENTRY_LABEL_RE = re.compile(r"^(日期|时间|发布|点击|阅读|浏览|人气|好评|评论|赞|来源|作者)\s*[：:]?$")
ENTRY_DATE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?|\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|"
    r"(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|[\[(（【]?(?:19|20)\d{2}-\d{1,2}-\d{1,2}[\])）】]?)$"
)
ENTRY_VIEWS_RE = re.compile(
    r"^(?:\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?)\s*(?:次?阅读|人阅读|次?浏览|次点击|次|views?|hits|reads)$|"
    r"^(?:阅读|浏览|点击|人气|views?|hits|reads)\s*[：:(（]?\s*\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?\s*次?[)）]?$",
    re.I,
)
#: A publish label opening an entry's date piece (发布于：2025-5-23, 发布时间：…, 日期：…).
ENTRY_DATE_LABEL_RE = re.compile(r"^(?:发布于|发布时间|发表于|发表时间|发布日期|日期|时间|发布|发表)\s*[：:]?\s*")
#: An entry's date written with a month word, a publish label allowed before it (``Published: 15 May
#: 2026``, ``Publié le 6 février 2025``, ``May 6, 2025``); an update label's date is not the entry's.
ENTRY_WORD_DATE_RE = re.compile(
    r"^(?:(?i:" + words_pattern(PUBLISH_LABELS) + r")[a-zé]*(?:\s+(?:on|le|am|el|em|il))?\s*[：:]?\s*)?"
    r"(?:(?i:\d{1,2}\.?\s*(?:de\s+)?(?:" + _MONTHS + r")\.?,?\s*(?:de\s+)?(?:19|20)\d{2})|"
    r"(?i:(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}))$"
)
ENTRY_COUNT_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?$")
VIEWS_CLASS_RE = re.compile(r"num|view|click|hits|count|read|pv|浏览", re.I)
ENTRY_CATEGORY_CLASS_RE = re.compile(r"type|cate|channel|lanmu|column|(?:^|[\s_-])tag(?:$|[\s_-])|\bsort\b", re.I)
TAG_CLASS_RE = re.compile(r"brand|\btag\b|label|badge", re.I)
DAY_CLASS_RE = re.compile(r"\bday\b", re.I)


#: A whole-link entry's title child by class (``<span class="tit">``).
ENTRY_TITLE_CLASS_RE = re.compile(r"(?:^|\s)(?:t|tit|title)(?:$|\s)")
#: A card's link around its excerpt (``a.abstract``, ``a.excerpt``, ``a.summary``): never its title,
#: however long.
EXCERPT_LINK_CLASS_RE = re.compile(r"abstract|excerpt|summary|\bdesc|\bintro|brief|zhaiyao", re.I)
#: Pager words besides numbers and 下一页 (a block mostly of these is a pager).
PAGER_WORDS = frozenset({"首页", "尾页", "末页", "上一页"})
#: Last-page words: a pager link worth following like a page number.
LAST_PAGE_WORDS = frozenset({"尾页", "末页"})

# -------- Flattened text dumps (one visible block per line)
DAY_RE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
MONTH_YEAR_RE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s?(?:19|20)\d{2}$", re.I)
COUNT_LINE_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?(?:阅读|浏览|次)?$")
EDITOR_LINE_RE = re.compile(r"^(?:责任编辑|责编|编辑)\s*[：:]\s*(.+)$")
AUTHOR_LINE_RE = re.compile(r"^(?:文\s*[/／]|作者\s*[：:])\s*(\S.{0,20})$")
SOURCE_LINE_RE = re.compile(r"(?:来源|来自)\s*[：:]\s*([^\s|｜]+)")
DATE_LINE_RE = re.compile(r"^(?:发布)?(?:时间|日期)?\s*[：:]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
SITE_HEADER_RE = re.compile(r"(?:网|站|在线|频道|头条|门户|资讯|商城|B2B|官网|\.com|\.cn|\.net)(?:\s|$)|欢迎|最专业", re.I)
DUMP_SENTENCE_RE = re.compile(r"[。！？!?；;]|[，,].*[，,]")
CATEGORY_WORDS = frozenset({
    "新闻", "评测", "资讯", "行业", "导购", "视频", "专题", "技术", "市场", "动态", "行情", "观点",
    "评论", "访谈", "产品", "企业", "政策", "展会", "活动", "体验", "图集", "快讯",
})

# -------- Article page numbers (split articles: 876.html, 876_2.html, show-12-345-2.html, ?page=2)
#: ``?page=2`` / ``&p=3`` / ``pn=`` / ``pageno=`` in the query.
PAGE_QUERY_RE = re.compile(r"(?:^|&)(?:page|p|pn|pageno)=(\d{1,3})(?:&|$)", re.I)
#: ``STEM_N.EXT`` in the path: N (1-3 digits) is the page number. A dash is part of an id
#: (``876-3.html`` is its own article), so only :data:`SIBLING_PAGE_RE` accepts ``-N``.
NUMBERED_PAGE_RE = re.compile(r"^(?P<stem>.*?)(?:_(?P<n>\d{1,3}))?(?P<ext>\.s?html?|\.php|\.aspx?)?$")
#: ``.../SLUG/N/``: page N of the article at ``.../SLUG/`` (WordPress page links of a post split with
#: ``<!--nextpage-->``, Typecho's ``/archives/45/2/``), no leading zero -- when SLUG names an article
#: (:data:`ARTICLE_SLUG_RE`) and the stem is no date path (``/2025/08/12/``: a day, not page 12).
PAGE_SEGMENT_RE = re.compile(r"^(?P<stem>.*/(?P<slug>[^/]+)/)(?P<n>[1-9]\d?)/?$")
#: An article's slug holds an id or joined words (``post-403``, ``45``, ``tesla-recall``); a bare word
#: is a collection (``/archives/45/`` is post 45, not page 45 of ``/archives/``).
ARTICLE_SLUG_RE = re.compile(r"[\d_-]")
#: A stem ending in a year (and month): the number after it is a month or day.
DATE_PATH_END_RE = re.compile(r"/(?:19|20)\d{2}/(?:\d{1,2}/)?$")
#: Two URLs are pages of one article when equal after dropping this suffix (``show-12-345-2.html``
#: and ``show-12-345-3.html``; ``876.html`` and ``876_2.html``): used only between a page and the
#: links of its own pager.
#: ``STEM-N.EXT`` (``show-124-2.html``): page N of STEM.EXT only when its pager links back there.
DASH_PAGE_RE = re.compile(r"^(?P<stem>.*\d)-(?P<n>\d{1,2})(?P<ext>\.s?html?|\.php|\.aspx?)$")
#: The text of a pager's link back to an earlier page (1, 上一页, 首页, «, Prev).
PAGER_BACK_TEXT_RE = re.compile(r"^\s*(?:1|第\s*1\s*页|上一页|上页|首页|[«‹<]+|prev(?:ious)?(?: page)?)\s*$", re.I)
SIBLING_PAGE_RE = re.compile(r"(?:_\d{1,3}|(?<=\d)-\d{1,3})?(?P<ext>\.s?html?|\.php|\.aspx?)$")

# -------- Thresholds of the generic body choice
#: A body shorter than this (characters) is re-chosen with mixed furniture/content names read as content.
LENIENT_RETRY_BELOW = 600
#: A body shorter than this is re-chosen with class names ignored (only nav/footer/aside tags count).
NAMELESS_RETRY_BELOW = 300
#: A re-chosen body replaces the first one only when longer than ``RETRY_GAIN * first + RETRY_MARGIN``.
RETRY_GAIN = 2
RETRY_MARGIN = 50
#: Header zone (lines between headline and body) longer than this keeps only its two ends.
ZONE_MAX_LINES = 14
#: Longest text of one field element of a meta line read on its own (analysis.zone_pieces).
ZONE_PIECE_MAX_CHARS = 60
ZONE_HEAD_LINES = 6
ZONE_TAIL_LINES = 8
#: Lines right above the headline read for a date / 来源 line when none is printed below it.
PRE_TITLE_BLOCKS = 3
#: A newspaper story continued on another page and its second part (（下转第04版）/（上接第01版）,
#: Continued on page 4 / Continued from page 1): the phrase, with the link's text, names a page.
CONTINUED_ON_RE = re.compile(r"(?:下转|转至|续见|续转)\s*(?:第?\s*[0-9A-Z]{1,4}\s*[版页]|第)|(?i:continued on (?:page )?[a-z]?\d)")
CONTINUED_FROM_RE = re.compile(r"(?:上接|接上|承接|续前)\s*(?:第?\s*[0-9A-Z]{1,4}\s*[版页]|第)|(?i:continued from (?:page )?[a-z]?\d)")
#: Characters before a link read with its text for those phrases.
CONTINUATION_LEAD_CHARS = 8
#: A line that is only such a phrase: furniture of the story's two parts.
CONTINUATION_LINE_RE = re.compile(
    r"^[（(【\[]?\s*(?:下转|上接|转至|接上|续见|承接)\s*第?\s*[0-9A-Z]{1,4}\s*[版页]\s*[)）】\]]?$|"
    r"^\(?(?i:continued (?:on|from) (?:page )?[a-z]?\d{1,3})\)?$")
#: A newspaper page's name in an e-edition's bar (第01版：要闻, 第 3 版 / 零部件): the article's category.
PAGE_SECTION_RE = re.compile(r"第\s*[0-9A-Z]{1,4}\s*版\s*[：:/／]\s*([\u4e00-\u9fff·]{2,10})")
#: The editor of a newspaper page (本版编辑：X): the editor of every article on it, when none is named.
PAGE_EDITOR_RE = re.compile(r"(?:本版编辑|本版責編|本版责编|版面编辑|本版责任编辑)\s*[：:]\s*([\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})?)")
PRE_TITLE_MAX_CHARS = 60

# -------- Thresholds of the boilerplate marks
#: A furniture name is ignored on an element holding at least this share of the page's text (a wrapper).
WRAPPER_SHARE = 0.6
#: ... for comment-named elements (comment threads can be most of a page): this share.
COMMENT_WRAPPER_SHARE = 0.9
#: nav/footer/aside tags count as boilerplate unless they hold at least this share (then the share rule).
STRUCTURAL_WRAPPER_SHARE = 0.8
#: A section is boilerplate by its heading (相关新闻 / 网友评论 / Comments) when that heading is this short.
BOILER_HEADING_MAX = 24

# -------- Class names of single fields
#: An element named as the byline (``author vcard``, ``byline``, ``writer``; not hCard ``fn``: a subject).
AUTHOR_CLASS_RE = re.compile(r"(?:^|\s)(?:author|author-?name|byline|writer)(?:$|\s)", re.I)
#: The same as one part of a compound (BEM) class name, in other languages too (``article-author``,
#: ``c-post-meta__author``, ``nota__autor``, ``story__byline``, ``a-creator__name``).
AUTHOR_PART_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:authors?|autor(?:es|a)?|auteurs?|autore|autori|byline|bylines|writer|creator|reporter)"
    r"(?:-?names?)?(?:$|[\s_-])", re.I)
#: Attributes that name an element's role (``rel=author``, microdata ``itemprop=author``, test ids).
AUTHOR_ROLE_ATTRIBUTES = ("rel", "itemprop", "data-testid", "data-component", "data-qa")
AUTHOR_ROLE_VALUE_RE = re.compile(r"(?:^|[\s_-])(?:author|authors|byline|bylines|creator|contributors?)(?:$|[\s_-])",
                                  re.I)
#: A link to a writer's page (``/author/jane-doe``, ``/autores/ana``, ``/staff/``, ``/user/123``, ``/@jane``).
#: An author label stating that nobody is credited (作者：佚名 / 匿名 / 未知 / 不详).
ANONYMOUS_AUTHOR_RE = re.compile(r"(?:作者|撰稿|撰文)\s*[：:]\s*(?:佚名|匿名|未知|不详)(?![\u4e00-\u9fff])")
AUTHOR_HREF_RE = re.compile(
    r"/(?:authors?|autor(?:es|en)?|auteurs?|autore|autori|writers?|journalists?|reporters?|staff|columnists?|"
    r"people|profiles?|users?|u|redakteur(?:e|in)?|penulis|wartawan|jurnalis|skribent(?:er)?|forfattere?)/(?!(?:log(?:in|out)|reg(?:ister)?|sign(?:in|up)|password)\b)"
    r"(?:[^/?#]|$)|/@[\w.-]+/?$|[?&](?:author|user)(?:_?id)?=|"
    # a forum member's space (space-uid-1455.html, home.php?mod=space&uid=1455, phpWind's
    # index.php?m=space&uid=1007, /members/88)
    r"(?:^|/)space-uid-\d+|[?&](?:mod|m)=space&(?:amp;)?uid=\d+|/members?/\d+|"
    # a member's page on the portal's personal-space host (i.autohome.com.cn/12345678, my.example.cn/u/88)
    r"^(?:https?:)?//(?:i|u|my|home|people|user)\.[\w-]+(?:\.[\w-]+)+/(?:u/)?\d+/?$",
    re.I)
#: Meta tags naming the writer, best first (<meta name=author>, Parse.ly, Sailthru, NYT ``byl``).
AUTHOR_META = ("author", "article:author", "dc.creator", "DC.creator", "parsely-author", "sailthru.author", "byl",
               "cXenseParse:author", "og:article:author")
#: Blocks above the headline searched for a byline element (a blog's entry meta above its title).
AUTHOR_ABOVE_TITLE_BLOCKS = 3
#: Levels above a header block searched for a byline element holding it (a name block inside a
#: ``data-testid=byline`` box beside the writer's role line).
AUTHOR_ANCESTOR_LEVELS = 3
#: Label words in a byline element's text (作者 老周 / By Jane Doe).
AUTHOR_WORD_RE = re.compile(r"^\s*(?:作者|文|撰文|记者|[Bb]y|[Pp]osted by|[Ww]ritten by|[Pp]enulis|[Oo]leh|ผู้เขียน|โดย|लेखक|"
                            r"द्वारा|מאת|כתב|بقلم|كتب)(?:\s*[：:/／]\s*|\s+)")
#: An element named as the source / publisher (``<span class="source">``).
SOURCE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:src|source|publisher|media)(?:$|[\s_-])", re.I)
#: The element holding a media account's name (WeChat ``rich_media_meta_nickname`` / ``js_name``,
#: ``account-name``, ``media-name``): the account that published the piece is its source.
ACCOUNT_CLASS_RE = re.compile(r"nickname|js_name|(?:^|[\s_-])(?:account|media-?name|user-?name)(?:$|[\s_-])", re.I)
#: A platform account's page (self-media: 搜狐号 /profile/N, 百家号 /media/N, 企鹅号 /mp/N).
ACCOUNT_HREF_RE = re.compile(r"/(?:profile|media|mp|account|space)/[\w-]+/?(?:[?#]|$)", re.I)
#: On a self-media page (a follow button or an 原创 tag in the header), a name element next to
#: them (``author-name``, ``name``) is the publishing account, not a person's byline.
SELF_MEDIA_NAME_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:author-?name|name|nick)(?:$|[\s_-])", re.I)
#: Blocks above the headline searched for a self-media account box, and the platform badge that box
#: shows (财富号, 百家号): a media account's box, not a user's nickname.
ACCOUNT_BOX_ABOVE = 3
PLATFORM_ACCOUNT_RE = re.compile(MEDIA_ACCOUNT_WORDS + "|财富号|创作号|自媒体号")
#: Header controls that mark a self-media account box: follow buttons and the 原创 tag.
SELF_MEDIA_MARKS = frozenset({"原创", "关注", "+关注", "+ 关注", "＋关注", "加关注", "订阅", "关注TA", "关注作者"})
#: Elements named as the site's logo (their text and images' alt name the site); an attribute-axis
#: query, far cheaper than a contains() test on every element.
#: A list card's read-more button (``Read more: TITLE...``, 阅读全文, 查看详情, Weiterlesen, Lire la suite):
#: never the entry's title link.
READ_MORE_RE = re.compile(r"^(?:read more|continue reading|weiterlesen|lire la suite|leer más|leia mais|"
                          r"leggi tutto|lees verder|阅读全文|查看全文|阅读更多|查看详情|详细内容|了解更多)\b", re.I)
#: Longest text of an element read as the logo (a wrapper named ``...-logo`` holding the page is none).
LOGO_MAX_TEXT = 80
#: What joins a site's name and a channel's in a column template's document title (站点-栏目, 站点_栏目).
SITE_CHANNEL_SPLIT_RE = re.compile(r"\s*(?:[-_|｜—–]+|\s::\s|»)\s*")
LOGO_XPATH = ("//@class[contains(., 'logo') or contains(., 'site-name') or contains(., 'sitename') or "
              "contains(., 'site_name') or contains(., 'site-title')]/.. | //@id[contains(., 'logo')]/..")
#: A link to the article's print view (【打印本页】, "Print this page"): the same article again.
PRINT_LINK_TEXT_RE = re.compile(
    r"^[【\[(（]?\s*(?:打印|列印)(?:本页|此页|本文|此文|文章|页面|正文)?\s*[】\])）]?$"
    r"|^(?:print(?: this)?(?: page| article| story)?|printer[- ]friendly(?: version)?)$", re.I)
#: A print view's URL (news_print.asp?id=1, /print.jspx?contentId=1, ?print=1, /print/123).
PRINT_URL_RE = re.compile(r"[/_.?&-]print(?:page|view|able|er)?(?:[/_.?=&-]|$)"
                          # ... and an all-pages view of a split article (Joomla ?showall=1, ?pageall=1): the
                          # article again, whose pages the chain already merges
                          r"|[?&](?:showall|pageall|allpages|show_all|viewall)=(?:1|true|yes|all)(?:&|$)", re.I)
#: Meta tags naming the site (Open Graph, web apps, the TRS/Hanweb government CMS's ``SiteName``).
SITE_NAME_META = ("og:site_name", "application-name", "SiteName", "sitename", "site_name",
                  "apple-mobile-web-app-title")
#: Longest site name taken from the page (a logo's alt may be a slogan).
SITE_NAME_MAX_CHARS = 20
#: A name sharing this many leading characters with a site name (网 aside) is the site's brand.
SITE_BRAND_MIN_CHARS = 2
#: Photo agencies: credited for the pictures, never the article's source.
PHOTO_AGENCIES = frozenset({
    "视觉中国", "图虫", "图虫创意", "东方IC", "全景网", "全景视觉", "站酷海洛", "摄图网", "千图网", "包图网", "汇图网", "壹图网",
    "IC photo", "IC Photo", "CFP", "Getty Images", "Getty", "Unsplash", "Pexels", "Pixabay", "Shutterstock", "Alamy",
    "iStock", "iStockphoto", "Adobe Stock", "Imago", "dpa-Bildfunk",
})
#: A stray 于/自 left of 来源于 / 来自于 before the name (``于 财新网``).
SOURCE_STRAY_PREFIX_RE = re.compile(r"^[于自][\s：:]+")
#: Separators of a byline line printed as one credit (``经济日报／ 记者王某／台北报道``) and the
#: writer words that show a segment after the first is the byline, not the source's name.
SOURCE_SEGMENT_SPLIT_RE = re.compile(r"\s*[/／|｜]\s*")
SOURCE_BYLINE_SEGMENT_RE = re.compile(r"记者|記者|报道|報導|通讯员|通訊員|作者|编辑|編輯")
#: A labelled source in other languages (Source: X / Quelle: X / Fuente: X / Источник: X).
LATIN_SOURCE_RE = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|источник|извор|izvor|vir|allikas|avots|šaltinis|kaynak|bron|źródło|fonte originale|"
    r"çeşme|manba|manbaa|дереккөз|булак|крыніца|джерело|tsanzaa|chanzo)\s*[:：]\s*"
    r"([^\s|｜;:][^|｜;]{1,59}?)\s*$|"
    # Korean portals credit the partner press under the text without a colon (기사제공 산업경제신문)
    r"^(?:기사제공|기사 제공|출처)\s*[:：]?\s*([^\s|｜;:][^|｜;]{1,29}?)\s*$", re.I)
#: A credit naming a reporter (김민수 기자, Jane Doe, reporter): a person, never the source.
REPORTER_CREDIT_RE = re.compile(r"\s기자$|\s(?:reporter|journalist|correspondent)$", re.I)
#: A press release's issuer line (PR Newswire / Business Wire: ``SOURCE Company Inc.``).
PRESS_RELEASE_SOURCE_RE = re.compile(r"^SOURCE\s+([A-Z0-9][^|｜;]{1,79}?)\s*$")
#: A wire dateline opening the text: ``DETROIT, June 5 (Reuters) -`` (group 1 = the agency).
WIRE_DATELINE_RE = re.compile(r"^[^()\n]{0,60}\(([^()]{2,40})\)\s*[-–—]")
#: A dateline opening the text with a credit in brackets before a colon or dash (Indian papers:
#: ``ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼ ਸ਼ਰਮਾ) :``, ``ନୂଆଦିଲ୍ଲୀ,୨୫।୧୧(ପିଟିଆଇ):``): one word in them is the agency (the
#: source), two to four words the reporter (the author). Not on Chinese text (its own rules).
DATELINE_PAREN_CREDIT_RE = re.compile(r"^[^()（）:：\n]{2,40}?\s*[(（]([^()（）:：\d]{2,40})[)）]\s*[:：\-–—]")
#: A value that opens with a one-word label of any language (letters only) and a colon
#: (``Motswedi: BOPA``): the value after it.
ONE_WORD_LABEL_RE = re.compile(r"^[^\W\d_]{3,20}\s*[:：]\s*(\S.{0,58})$")
#: Words that are never a source (the 原创 tag beside the account name, a 转载 tag).
#: ... nor a kind of text (a press release), which names no one.
NOT_SOURCES = frozenset({"原创", "转载", "原创文章", "独家", "首发", "Pressemitteilung", "Pressemeldung", "press release",
                         "Press release", "Press Release", "communiqué de presse", "Communiqué de presse",
                         "nota de prensa", "Nota de prensa", "comunicado de imprensa", "comunicato stampa"})
#: A reading time run on after a credit (Quelle: X 2 min Lesedauer): cut off the value.
CREDIT_READING_TIME_RE = re.compile(r"\s+" + _MINUTES_READ + r"\b.*$", re.I)
#: A credit's value a CMS fills in when nobody is credited (来源：本站原创 / 不详, 作者：佚名 / 本站编辑,
#: 责任编辑：admin): the credit is empty, and no other candidate is guessed in its place. A bare
#: 本站 / 本网 ("this site", a CMS's default 来源) names no one either, nor does the publisher
#: naming itself as "this" (本会 an association, 本刊 a magazine, 本中心 / 本院 / 本所 an institute).
PLACEHOLDER_CREDITS = frozenset({
    "不详", "未知", "佚名", "匿名", "暂无", "无", "本站", "本网", "本站原创", "本网原创", "网站原创", "本站编辑",
    "本网编辑", "网站编辑", "本站作者", "网络", "互联网", "来自网络", "网络转载", "转载", "原创",
    "本会", "本协会", "本刊", "本中心", "本院", "本所", "本局", "本单位",
})
#: A comment counter's element (``<span class="cmt-num">``).
COMMENT_COUNT_CLASS_RE = re.compile(r"comment|cmt|pinglun|pl", re.I)

# -------- Small shapes
#: Runs of digits (the numbers of a date, a page number).
DIGITS_RE = re.compile(r"\d+")
DIGIT_RE = re.compile(r"\d")

# -------- Page kinds (the classifier)
#: JSON-LD that declares an article (raw script text: cheaper than parsing every block).
ARTICLE_JSONLD_TYPE_RE = re.compile(r'"@type"\s*:\s*"(?:News)?Article|"@type"\s*:\s*"(?:BlogPosting|Report)')
#: Product / supplier listing words: a list of these is a catalogue, not an article list.
#: A product/supplier listing's entry (供应 XX刹车片 / 求购 / 型号 / 报价): news titles say 供应商,
#: 供应链, 新产品 and 公司 all the time, so those are no product words.
PRODUCT_RE = re.compile(r"供应(?!商|链)|求购|产品(?:名称|型号|参数|报价)|价格[：:]|报价|厂家直销|型号|supplier|price", re.I)
#: Share of a page's main-list titles that name products for it to be a product listing, judged on
#: the first characters of each (a card's title runs on into its excerpt).
PRODUCT_LIST_SHARE = 0.5
#: A product catalogue's channel in the breadcrumb (产品中心 > ...): its pages are product details.
PRODUCT_CHANNEL_RE = re.compile(r"^(?:产品中心|产品展示|产品列表|产品详情|产品介绍|产品与服务|产品系列|产品库|产品大全|产品频道|"
                                r"商品库|供应产品|(?i:products?|product center))$")
#: A product detail's marks: a spec table row (型号 | RF-C300), a price label (市场价：¥809.00) or an
#: inquiry / order button (在线询价, 电话订购, 加入购物车).
PRODUCT_DETAIL_RE = re.compile(r"^(?:型号|规格|产品型号|产品规格|技术参数)\t|^(?:市场价|批发价|零售价|销售价|会员价|商城价|出厂价)\s*[：:]|"
                               r"^(?:在线询价|立即询价|询价|获取报价|电话订购|在线订购|立即订购|立即购买|加入购物车|"
                               r"(?i:request a quote|get a quote|buy now|add to cart))$")
#: A header line of a name, a separator and a date (倪某某 / 2026-04-05): group 1 the name.
NAME_BEFORE_DATE_RE = re.compile(r"^\s*([\u4e00-\u9fff·]{2,4})\s*[/|｜·]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
#: A shop's item page whatever its channel: two or more kinds of commerce marks -- a price with its
#: currency (本店售价：￥851.00元), stock or item-number labels (商品货号：, 商品库存：), a cart or buy
#: control (加入购物车, 立即购买; as text or an image's alt).
SHOP_MARK_RES = (
    re.compile(r"(?:本店售价|商城价|市场价|零售价|会员价|促销价|售价|价格)\s*[：:]\s*[￥¥$]"),
    re.compile(r"(?:商品货号|商品编号|商品库存|库存数量|商品库存量|(?i:sku))\s*[：:]"),
    re.compile(r"^(?:加入购物车|放入购物车|立即购买|立即抢购|(?i:add to cart|buy now))$"),
)
SHOP_MARKS_MIN = 2
#: A business directory's channel in the breadcrumb (企业黄页 > 商家): its pages are company profiles.
DIRECTORY_CHANNEL_RE = re.compile(r"^(?:企业黄页|黄页|企业名录|企业库|商家(?:库|名录|黄页)?|供应商(?:库|名录)|会员企业|会员单位|会员名录|会员风采|(?i:directory|company directory|suppliers))$")
#: A company profile's marks: its listing facts (入驻时间：, 信用等级：, 主营产品：, 注册资本：, an
#: association member's 会员级别：).
DIRECTORY_DETAIL_RE = re.compile(r"(?:^|\s)(?:入驻时间|信用等级|诚信等级|主营产品|主营业务|经营模式|注册资本|企业类型|认证状态|"
                                 r"会员级别|会员等级|会员类别)\s*[：:]")
#: The address of a site's standing page (/about/, /contact-us.html, /page/about.html): no article, whatever
#: date the theme prints on it.
STANDING_PAGE_SLUG_RE = re.compile(r"/(?:about|about-?us|aboutus|contact|contact-?us|contactus|guanyu|lianxi|lxwm|gywm|"
                                   r"privacy|privacy-policy|terms|disclaimer|copyright|sitemap)(?:\.[a-z]{2,5})?/?$|"
                                   # a page of an about-us section (/about/overview.html, /about-us/history/)
                                   r"/(?:about|about-?us|aboutus|guanyu|gywm)/[a-z-]{2,24}(?:\.[a-z]{2,5}|/)?$", re.I)
#: A shop's or site's help channel in the breadcrumb (新手上路 > 购物流程, 帮助中心 > 配送方式), or a company
#: site's portfolio of client cases (成功案例 > …): standing pages in the article template, no posts.
STANDING_CHANNEL_RE = re.compile(r"^(?:帮助中心|新手上路|新手指南|购物指南|配送与支付|配送方式|支付方式|售后服务|服务保证|常见问题|"
                             r"成功案例|客户案例|工程案例|应用案例|经典案例|案例展示|案例中心|"
                             r"(?i:help|help center|faq|customer service|case studies|cases|references))$")
#: A download centre's channel (下载中心 > …) and a download entry's marks (下载次数：, 附件下载, 点击下载).
DOWNLOAD_CHANNEL_RE = re.compile(r"^(?:下载中心|资料下载|文件下载|软件下载|下载专区|资料中心|(?i:downloads?|download center))$")
DOWNLOAD_DETAIL_RE = re.compile(r"(?:^|\s)(?:下载次数|文件大小|文件类型|文件格式)\s*[：:]|^(?:附件下载|点击下载|立即下载|本地下载|(?i:download now))$")
PRODUCT_TITLE_CHARS = 30
#: A menu channel's name (零部件, 后市场) is at most this long; its link sits this many levels under the menu.
CHANNEL_NAME_MAX_CHARS = 8
CHANNEL_NAV_LEVELS = 3
#: A recruitment channel (人才招聘 > 质量工程师) and a job post's marks (岗位职责：/ 任职要求：/ 招聘人数：):
#: a job advert is no article.
JOB_CHANNEL_RE = re.compile(r"^(?:人才招聘|招聘信息|招聘岗位|诚聘英才|社会招聘|校园招聘|加入我们|(?i:careers?|jobs|join us))$")
JOB_DETAIL_RE = re.compile(r"^(?:岗位职责|工作职责|职位描述|任职要求|任职资格|岗位要求|招聘人数|工作地点|薪资待遇)\s*[：:]")
#: Sentence ends, counted to tell prose from link lists.
SENTENCE_MARK_RE = re.compile(r"[。！？!?]|\.(?:\s|$)")
