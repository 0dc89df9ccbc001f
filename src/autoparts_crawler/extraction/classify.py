"""Page kind: "article" | "list" | "other" -- decides what a spider does with a page it has no profile for.

An article has a body of sentence text under a headline plus a publish-time signal (JSON-LD/og
article type, a date line near the headline). A list page (home pages included: they lead to
articles) is dominated by a repeated block of entry links with article-length titles. Anything
else -- about/contact pages, product or supplier tables -- is "other".
"""

from __future__ import annotations

from urllib.parse import urlsplit

from autoparts_crawler.extraction.analysis import OG_TYPE_XPATH, PageAnalysis, first_result
from autoparts_crawler.extraction.blocks import clean, tag_of
from autoparts_crawler.extraction.category import breadcrumb_trail, extract_category, is_home_link
from autoparts_crawler.extraction.dates import extract_published, visible_published
from autoparts_crawler.extraction.listing import ListingBlock
from autoparts_crawler.extraction.navigation import extract_canonical
from autoparts_crawler.extraction.pager import same_article
from autoparts_crawler.extraction.related import entries_above_pager, image_map_list, pager_element
from autoparts_crawler.extraction.vocabulary import (
    ANY_DATE_RE,
    ARTICLE_JSONLD_TYPE_RE,
    AUTHOR_HREF_RE,
    CLOSED_SENTENCE_RE,
    COMMENTS_RE,
    CREDIT_LABEL_START_RE,
    DIRECTORY_CHANNEL_RE,
    DIRECTORY_DETAIL_RE,
    DOWNLOAD_CHANNEL_RE,
    DOWNLOAD_DETAIL_RE,
    END_CREDIT_LINE_RE,
    JOB_CHANNEL_RE,
    JOB_DETAIL_RE,
    META_LABEL_RE,
    PRODUCT_CHANNEL_RE,
    PRODUCT_DETAIL_RE,
    PRODUCT_LIST_SHARE,
    PRODUCT_RE,
    PRODUCT_TITLE_CHARS,
    QUESTION_HEADER_RE,
    SENTENCE_MARK_RE,
    SHOP_MARK_RES,
    SHOP_MARKS_MIN,
    STANDING_CHANNEL_RE,
    STANDING_PAGE_SLUG_RE,
    VIEWS_RE,
)
from autoparts_crawler.web.urls import FOLLOWABLE_SCHEMES

#: Body text an article needs (fewer characters under a labelled header line: SHORT_ARTICLE_MIN_BODY).
ARTICLE_MIN_BODY = 60
#: A body this short under the site's own name (its logo's, its site-name meta's) is a home page's tagline.
TAGLINE_MAX_BODY = 200
#: A stream of dated short posts (:func:`_dated_feed`): this many posts at least, of this average
#: length at most, each box found this many levels above its text, one box per this share of lines.
FEED_MIN_POSTS = 4
FEED_MAX_POST_CHARS = 80
FEED_BOX_LEVELS = 3
FEED_BOX_SHARE = 0.8
#: A list of this many entries between the headline and the body makes their dates the list's.
LIST_BETWEEN_MIN_ENTRIES = 3
SHORT_ARTICLE_MIN_BODY = 20
#: A news flash (:func:`_flash_under_headline`): at most this many lines of text, under at most
#: this many header lines.
FLASH_MAX_LINES = 2
FLASH_HEADER_LINES = 2
#: Lines right after the body (and their length) read for a short article's own counters.
OWN_COUNTER_LINES = 3
OWN_COUNTER_MAX_LEN = 60
#: A channel's last page: this many entries of article-length titles (ENTRY_MIN_TITLE), each with a
#: date or count of its own, beside the channel's pager.
LAST_PAGE_META_ENTRIES = 2
ENTRY_MIN_TITLE = 8
#: Ancestors of the body searched for a card's laid-over link.
CARD_LEVELS = 3
#: Blocks above the body searched for its heading (meta lines of at most HEADING_GAP_MAX_LINE
#: characters may stand between).
HEADING_REACH = 8
HEADING_GAP_MAX_LINE = 60
#: A body whose text sits in this many entries of one list is that list's excerpts.
EXCERPT_LIST_MIN_ENTRIES = 3
#: A page with no more text than this beside a list of entries is a list page (the last page of
#: a channel that loads more by scrolling has a few entries and no pager).
LIST_PAGE_MAX_BODY = 100
#: A chosen body this short that lies inside entries of a list (of at least EXCERPT_HOLDER_MIN_ENTRIES)
#: is an entry's excerpt, not an article (a blog's last list page: one excerpt, a few titles, the
#: pager; a tag archive of two posts).
EXCERPT_MAX_BODY = 200
EXCERPT_HOLDER_MIN_ENTRIES = 2
#: Characters of text outside links an archive entry's excerpt has at least.
EXCERPT_PROSE_MIN_CHARS = 20
BODY_IN_ENTRIES_SHARE = 0.85


#: A link to this page with a text this long is a story's title (a channel's name is shorter).
SIBLING_TITLE_MIN_CHARS = 8

#: A table of labelled facts under the headline (:func:`_fact_sheet`): rows looked at, rows needed,
#: the longest label, and the prose under which a dated page is still a sheet.
FACT_SHEET_REACH = 8
FACT_SHEET_MIN_ROWS = 2
FACT_LABEL_MAX_CHARS = 8
FACT_SHEET_MAX_PROSE = 200
#: A line this long (or a sentence) before the table: the text has begun.
FACT_SHEET_PROSE_LINE = 40

#: Longest line read as a reporter's byline under a headline (本报记者 X 通讯员 Y).
BYLINE_LINE_MAX_LEN = 40


def _article_typed(page: PageAnalysis) -> bool:
    og = first_result(OG_TYPE_XPATH, page.root) or ""
    if "article" in og.lower():
        return True
    return any(ARTICLE_JSONLD_TYPE_RE.search(raw) for raw in page.jsonld_texts)


def classify_page(page: PageAnalysis) -> str:
    """'article', 'list' (incl. home pages) or 'other' (about/contact/product listings)."""
    body = [page.blocks[i].text for i in page.body_idx]
    body_len = sum(len(t) for t in body)
    sentences = sum(len(SENTENCE_MARK_RE.findall(t)) for t in body)
    # (a list holding a link to this very page lists its siblings -- the articles of a newspaper page,
    # a series -- and says nothing about what this page is)
    own = [t for t in page.self_link_texts if len(t) >= SIBLING_TITLE_MIN_CHARS]  # a story's title, no channel's name
    blocks = [b for b in page.listing_blocks if not (own and b.kind in ("list", "related", "sidebar")
                                                      and any(t in b.titles for t in own))]
    lists = [b for b in blocks if b.kind in ("list", "related", "sidebar")]
    list_text = 0
    list_entries = 0
    for b in lists:
        long_titles = [t for t in b.titles if len(t) >= 8]
        if len(long_titles) >= 3:
            list_text = max(list_text, sum(len(t) for t in long_titles))
            list_entries = max(list_entries, len(long_titles))
    main_list = [b for b in blocks if b.kind == "list" and sum(1 for t in b.titles if len(t) >= 8) >= 4]
    dated = extract_published(page) is not None
    typed = _article_typed(page)
    has_title = page.title_idx is not None
    # a dated, titled page may open with one sentence and a list of points (the body's own <li>s)
    enough_sentences = sentences >= 2 or (sentences >= 1 and dated and has_title)
    # a short article on a page full of links: its own date line under its headline says what it is
    # -- unless a list stands between the "headline" (a site-name <h1>) and the "body" (a sidebar's
    # lines): the dates and counters there are the list entries'
    list_between = has_title and _list_between_title_and_body(page, lists)
    headline_dated = has_title and not list_between and visible_published(page) is not None
    # ... and a one-sentence news flash under labelled header lines (发布时间：… 来源：… 作者：…) is one too
    # (or a date line with the article's own counters: 2026-01-21 08:28 · 6.7万阅读 · 20 评论)
    # (the article's own counters may stand right under its text: 阅读(1674) 评论(0))
    tail = [page.blocks[i] for i in page.body_idx[-OWN_COUNTER_LINES:]] + page.after(OWN_COUNTER_LINES)
    own_lines = page.zone() + [b.text for b in tail if len(b.text) <= OWN_COUNTER_MAX_LEN]
    # ... or a flash under its dated headline with its own credit line (编辑：X under the sentence)
    facts = sum(len(META_LABEL_RE.findall(line)) + bool(VIEWS_RE.search(line)) + bool(COMMENTS_RE.search(line))
                for line in own_lines)
    # (or a reporter's byline alone under the dated headline: 本报记者 X over a one-sentence story)
    meta_header = headline_dated and (facts >= 2 or (facts == 1 and any(CREDIT_LABEL_START_RE.match(line)
                                                                        for line in own_lines))
                                      or any(len(line) <= BYLINE_LINE_MAX_LEN and END_CREDIT_LINE_RE.match(line)
                                             for line in page.zone())
                                      or _flash_under_headline(page))
    long_enough = body_len >= ARTICLE_MIN_BODY or (meta_header and body_len >= SHORT_ARTICLE_MIN_BODY)
    article_like = long_enough and enough_sentences and (dated or typed) and (has_title or typed)
    entry_lists = [b for b in lists if b.kind == "list" and len(b.items) >= EXCERPT_LIST_MIN_ENTRIES]
    excerpts = any(_entries_holding_body(page, b) >= EXCERPT_LIST_MIN_ENTRIES for b in entry_lists)
    excerpt_entry = _under_a_linked_heading(page)
    if excerpt_entry:
        article_like = False  # a post's excerpt under its title linking to the post: an archive page
    excerpt_holders = [b for b in lists if b.kind == "list" and len(b.items) >= EXCERPT_HOLDER_MIN_ENTRIES
                       and body_len < EXCERPT_MAX_BODY and _body_inside_entries(page, b)
                       and _entries_with_prose(b) >= EXCERPT_HOLDER_MIN_ENTRIES]
    if article_like and excerpt_holders:
        article_like = False  # the "body" is an entry's short excerpt on a list page
    if article_like and body_len < TAGLINE_MAX_BODY and _headline_is_site_name(page):
        article_like = False  # the site's own name over a line or two: a home page's tagline
    if article_like and not excerpts and _dated_feed(page):
        return "other"  # a stream of short dated posts (微语, moments): no article, no list of links
        # (dated excerpts under their entries' title links are a channel's list page)
    if article_like and (STANDING_PAGE_SLUG_RE.search(urlsplit(page.url or "").path)
                         or any(STANDING_CHANNEL_RE.match(name) for name in breadcrumb_trail(page))):
        return "other"  # /about/, /contact-us.html, 新手上路 > 购物流程: the site's standing page, not a post
    if article_like and any(QUESTION_HEADER_RE.search(line) for line in page.zone()):
        return "other"  # 提问者：X 提问于 DATE: a question and its answers (a Q&A thread), no article
    if article_like and (_product_detail(page) or _shop_item(page) or _fact_sheet(page, body_len)):
        return "other"  # a catalogue page under 产品中心 with a spec table or an inquiry button
    if article_like and not excerpts and (headline_dated or not (main_list and list_text > 1.5 * body_len)):
        return "article"
    if not article_like and image_map_list(page) is not None:
        return "list"  # a newspaper page: its picture's areas and its list link the articles printed on it
    if excerpts or (main_list and list_entries >= 4):
        # a product/supplier table is not an article list
        titles = [t for b in main_list for t in b.titles]
        products = sum(bool(PRODUCT_RE.search(t[:PRODUCT_TITLE_CHARS])) for t in titles)
        if products > PRODUCT_LIST_SHARE * len(titles) and not dated:
            return "other"
        return "list"
    if list_entries >= 6 and list_text > body_len:
        return "list"
    pager = pager_element(page)
    paged = pager is not None or any(b.kind == "pager" for b in blocks)
    if excerpt_entry and paged:
        return "list"  # an archive's last page: one post card and the pager
    if paged and not article_like and (list_entries >= 3 or any(
            _entries_with_meta(b) >= LAST_PAGE_META_ENTRIES for b in lists if b.kind == "list")):
        return "list"  # the last page of a channel: a few (dated) entries and the channel's pager
    if paged and not article_like and body_len < LIST_PAGE_MAX_BODY and entries_above_pager(page, pager) is not None:
        return "list"  # a channel's last page: one entry right above its pager, no text of its own
    if list_entries >= 3 and entry_lists and body_len < LIST_PAGE_MAX_BODY and not article_like:
        return "list"  # the last page of an endless-scroll channel: a few entries, no pager, no text
    if any(_entries_with_meta(b) >= LAST_PAGE_META_ENTRIES for b in excerpt_holders):
        return "list"  # a short archive (a month's two or three posts): its "body" is the first excerpt
    return "other"


def _flash_under_headline(page: PageAnalysis) -> bool:
    """A news flash: its headline (no link), a date line or two (one holds the date; or the date in
    the headline's own line), then a sentence or two of text with no link -- nothing else between
    them (a list page's first entry is a link; an account page's profile lines hold no date)."""
    if page.title_idx is None or not page.body_idx or len(page.body_idx) > FLASH_MAX_LINES:
        return False
    header = page.blocks[page.title_idx + 1:page.body_idx[0]]
    body = [page.blocks[i] for i in page.body_idx]
    rest = page.title_rest() or ""  # <div>HEADLINE <span>SITE / 2025-11-04</span></div>: the date in its line
    if len(header) > FLASH_HEADER_LINES or any(b.link_len or len(b.text) > HEADING_GAP_MAX_LINE for b in header) \
            or not any(ANY_DATE_RE.search(t) for t in (rest, *(b.text for b in header))):  # its own date
        return False
    return not page.blocks[page.title_idx].link_len and not any(b.link_len for b in body) \
        and CLOSED_SENTENCE_RE.search(body[-1].text) is not None


def _list_between_title_and_body(page: PageAnalysis, lists: list[ListingBlock]) -> bool:
    """Whether a list of LIST_BETWEEN_MIN_ENTRIES or more entries lies between the headline and the body."""
    if page.title_idx is None or not page.body_idx:
        return False
    order = page.element_order
    start = order.get(id(page.blocks[page.title_idx].el))
    end = order.get(id(page.blocks[page.body_idx[0]].el))
    if start is None or end is None:
        return False
    return any(len(b.items) >= LIST_BETWEEN_MIN_ENTRIES and start < order.get(id(b.root), -1) < end for b in lists)


def _headline_is_site_name(page: PageAnalysis) -> bool:
    """The page's 'headline' is the site's own name: one the site declares (logo, site-name meta), or
    the document title's site part printed in a heading that links to the home page."""
    title = page.title
    if not title:
        return False
    if title in page.declared_site_names:
        return True
    if title not in page.site_names or page.title_idx is None:
        return False
    el = page.blocks[page.title_idx].el
    link = next((a for a in (el, *el.iterancestors()) if a.tag == "a"), None)
    return link is not None and is_home_link(page, link)


def _dated_feed(page: PageAnalysis) -> bool:
    """A stream of short posts, each in its own box with its own date (a blog's 微语 / moments page):
    FEED_MIN_POSTS or more body lines, short, each under a different box of one shape whose text
    holds a date -- an article's paragraphs share one box and one date."""
    idx = page.body_idx
    if len(idx) < FEED_MIN_POSTS or sum(len(page.blocks[i].text) for i in idx) > FEED_MAX_POST_CHARS * len(idx):
        return False
    boxes: dict[int, object] = {}
    dated: dict[int, bool] = {}  # id(ancestor) -> its text holds a date (paragraphs share ancestors)
    shared_allowed = len(idx) - FEED_BOX_SHARE * len(idx)  # lines that may share a box with another
    shared = 0
    for i in idx:
        box = None
        for anc in reversed(page.blocks[i].path[-1 - FEED_BOX_LEVELS:-1]):
            k = id(anc)
            if k not in dated:
                dated[k] = ANY_DATE_RE.search(anc.text_content() or "") is not None
            if dated[k]:
                box = anc
                break
        if box is None:
            return False
        if id(box) in boxes:
            shared += 1
            if shared > shared_allowed:  # an article's paragraphs share one dated box
                return False
        boxes[id(box)] = box
    shapes = {(box.tag, box.get("class")) for box in boxes.values()}
    return len(boxes) >= FEED_MIN_POSTS and len(boxes) >= FEED_BOX_SHARE * len(idx) and len(shapes) == 1


def _product_detail(page: PageAnalysis) -> bool:
    """A catalogue page, no article: its breadcrumb passes through a product catalogue (产品中心 >
    雨刮电机) -- or its channel is one -- and it shows a spec table row, a price label or an inquiry
    or order button; or it sits under a recruitment channel (人才招聘) and lists a job's duties or
    requirements; or under a business directory (企业黄页) and states a company's listing facts; or
    under a download centre (下载中心) and offers a file (下载次数：, 附件下载)."""
    # the marks first: few pages show them
    if any(PRODUCT_DETAIL_RE.match(b.text) for b in page.blocks):
        channel = PRODUCT_CHANNEL_RE
    elif any(JOB_DETAIL_RE.match(page.blocks[i].text) for i in page.body_idx):
        channel = JOB_CHANNEL_RE
    elif any(DIRECTORY_DETAIL_RE.search(b.text) for b in page.blocks if len(b.text) <= 120):
        channel = DIRECTORY_CHANNEL_RE
    elif any(DOWNLOAD_DETAIL_RE.search(b.text) for b in page.blocks if len(b.text) <= 120):
        channel = DOWNLOAD_CHANNEL_RE
    else:
        return False
    trail = breadcrumb_trail(page) or [extract_category(page) or ""]
    return any(channel.match(name) for name in trail)


def _fact_sheet(page: PageAnalysis, body_len: int) -> bool:
    """A profile or catalogue page in the article template: a table of labelled facts (展位号 | 4H-C35,
    产品型号 | LS-H11, 价格 | 面议) right under the headline, and then no date line by the headline
    or, outside any breadcrumb's channel, only a few lines of prose -- an exhibitor's, a product's or
    a company's sheet, no story."""
    if page.title_idx is None:
        return False
    rows = 0
    for b in page.blocks[page.title_idx + 1: page.title_idx + 1 + FACT_SHEET_REACH]:
        if b.tag != "tr":
            if len(b.text) > FACT_SHEET_PROSE_LINE or SENTENCE_MARK_RE.search(b.text):
                break  # the text has begun: a table inside it is the story's data
            continue
        cells = b.text.split("\t")
        if len(cells) in (2, 4) and all(len(c) <= FACT_LABEL_MAX_CHARS for c in cells[::2]) \
                and all(c and not SENTENCE_MARK_RE.search(c) for c in cells):
            rows += 1
    # (a dated sheet with little prose filed in a channel the breadcrumb names is that channel's post:
    # the channel decides, as for :func:`_product_detail`)
    return rows >= FACT_SHEET_MIN_ROWS and (visible_published(page) is None or (
        body_len < FACT_SHEET_MAX_PROSE and not breadcrumb_trail(page)))


def _shop_item(page: PageAnalysis) -> bool:
    """A shop's item page (see :data:`SHOP_MARK_RES`): its description is no article, whatever
    channel it is filed under."""
    texts = [b.text for b in page.blocks if len(b.text) <= 80]
    texts += [clean(img.get("alt") or "") for img in page.root.iter("img") if img.get("alt")]
    kinds = sum(1 for rx in SHOP_MARK_RES if any(rx.search(t) for t in texts))
    return kinds >= SHOP_MARKS_MIN


def _under_a_linked_heading(page: PageAnalysis) -> bool:
    """Whether the body sits right under a heading that is wholly a link to another page of the site:
    an archive's entry (title linking to the post, then its excerpt), not an article, whose own
    headline is plain text or links to itself."""
    if not page.body_idx:
        return False
    first = page.body_idx[0]
    for i in range(first - 1, max(first - HEADING_REACH, -1), -1):
        b = page.blocks[i]
        if not b.heading:
            if len(b.text) > HEADING_GAP_MAX_LINE:
                return False  # prose between: the heading is another section's
            continue
        links = [a for a in b.el.iter("a") if a.get("href")]
        if len(links) == 1 and AUTHOR_HREF_RE.search(links[0].get("href") or ""):
            continue  # <h4 class="author-name"><a href="/author/x/">NAME</a></h4>: the byline, no entry title
        if len(links) != 1 or b.link_len < len(b.text):
            return _in_a_linked_card(page)
        return _elsewhere(page, links[0].get("href"))
    return _in_a_linked_card(page)


def _elsewhere(page: PageAnalysis, href: str | None) -> bool:
    """Whether ``href`` leads to another page of the site than this one (or its other pages); a
    script or mail link (``javascript:;`` under a share icon) leads to no page."""
    target = page.absolute(href or "")
    if target.split(":", 1)[0].lower() not in FOLLOWABLE_SCHEMES:
        return False
    own = {_where(page.url), _where(extract_canonical(page))}
    return _where(target) not in own and not same_article(page.url, target)


def _in_a_linked_card(page: PageAnalysis) -> bool:
    """Whether the body lies in a card that a text-less link to another page is laid over (an
    archive's post card: heading, excerpt, and ``<a class="entry-link" href=POST></a>``)."""
    node = page.blocks[page.body_idx[0]].el
    for _ in range(CARD_LEVELS):
        node = node.getparent()
        if node is None or tag_of(node) in ("body", "html", "main"):
            return False
        for a in node.iter("a"):
            if a.get("href") and not clean(a.text_content()) and next(a.iter("img"), None) is None \
                    and _elsewhere(page, a.get("href")):
                return True
    return False


def _where(url: str | None) -> str:
    """Host and path: a link to the same path with other parameters (?replyTo=, utm_*) is the page itself."""
    parts = urlsplit(url or "")
    return (parts.hostname or "") + parts.path


def _entries_with_meta(block: ListingBlock) -> int:
    """Entries of ``block`` with an article-length title and a date or count of their own."""
    return sum(1 for e in block.entries if (e.date_raw or e.views_raw) and len(e.title) >= ENTRY_MIN_TITLE)


def _body_inside_entries(page: PageAnalysis, block: ListingBlock) -> bool:
    """Whether the chosen body (BODY_IN_ENTRIES_SHARE of its text) lies inside entries of ``block`` that do not also hold
    the page's headline (an article wrapped like its siblings -- post, pager, related -- is no excerpt)."""
    if not page.body_idx:
        return False
    items = set(block.items)
    if page.title_idx is not None and any(el in items for el in page.blocks[page.title_idx].path):
        return False
    inside = total = 0
    for i in page.body_idx:
        n = len(page.blocks[i].text)
        total += n
        if any(el in items for el in page.blocks[i].path):
            inside += n
    # a short line outside the entries (the archive's own heading 标签：X above them) changes nothing
    return inside > 0 and inside >= BODY_IN_ENTRIES_SHARE * total


def _entries_with_prose(block: ListingBlock) -> int:
    """How many entries of ``block`` hold a sentence of text outside their links: an archive's entries
    each hold an excerpt; the cells of a forum post's table (poster, post, tools) hold one."""
    count = 0
    for item in block.items:
        text = clean(item.text_content())
        links = sum(len(clean(a.text_content())) for a in item.iter("a"))
        if len(text) - links >= EXCERPT_PROSE_MIN_CHARS and SENTENCE_MARK_RE.search(text):
            count += 1
    return count


def _entries_holding_body(page: PageAnalysis, block: ListingBlock) -> int:
    """How many entries of ``block`` hold some of the chosen body text: a body spread over
    several entries is a list page's excerpts (标题 + 摘要 per entry), not one article."""
    items = set(block.items)
    holding = set()
    for i in page.body_idx:
        if page.blocks[i].tag == "tr":
            continue  # a data table's row read as one line (序号 / 标准编号 / 名称 / 日期): the text's own table
        for el in page.blocks[i].path:
            if el in items:
                holding.add(el)
                break
    return len(holding)
