"""The body choice of the generic extractor: which container holds the article, which of its
blocks are body text.

Every block gets a value (text length weighted by sentence punctuation, minus link text,
strongly negative inside boilerplate); each block's value is added to its block-level
ancestors and the ancestor with the highest sum wins -- the smallest container that holds the
article text but not the furniture around it. Body = that container's blocks minus link
lists, meta/byline/editor lines, pagers and the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autoparts_crawler.extraction.blocks import (
    CJK_RE,
    PUNCT_RE,
    Block,
    ElementSpans,
    ascii_digits,
    clean,
    hint_of,
    is_ui_run,
    spaced_text,
    tag_of,
)
from autoparts_crawler.extraction.vocabulary import (
    AD_LABEL_LINE_RE,
    AD_LABEL_MAX_LEN,
    AGENCY_SIGNOFF_RE,
    ANY_DATE_RE,
    ARTICLE_ID_LINE_RE,
    AUDIO_LINE_RE,
    AUTHOR_HINT_RE,
    AUTHOR_ROLE_ATTRIBUTES,
    BARE_DATE_LINE_MAX_LEN,
    BARE_DATE_LINE_MAX_LETTERS,
    BILINGUAL_LABEL_RE,
    BYLINE_BOX_CLASS_RE,
    BYLINE_BOX_MAX_LEN,
    BYLINE_RE,
    CAPTION_MAX_LEN,
    CAPTION_PARAGRAPH_MAX_ELEMENTS,
    CAPTION_TEXT_RE,
    CAPTION_WRAPPER_MAX_CHILDREN,
    CLOCK_TIME_RE,
    COMMENT_COUNTER_LINE_RE,
    COMMERCE_BUTTON_RE,
    CONTACT_LINE_MAX_LEN,
    CONTACT_LINE_RE,
    CONTINUATION_LINE_RE,
    CONTROL_TAGS,
    COPYRIGHT_RE,
    COUNTER_LINE_MAX_LEN,
    COUNTER_LINE_RE,
    COUNTER_TOKEN_RE,
    CREDIT_LABEL_START_RE,
    CREDIT_ROW_RE,
    CROSS_REFERENCE_MAX_LEN,
    CROSS_REFERENCE_RE,
    CSS_TOKEN_RE,
    DATE_NEAR_RE,
    DATE_RE,
    DATED_LABEL_LINE_MAX_LEN,
    DATED_LABEL_LINE_RE,
    DATED_LINE_MAX_WORDS,
    DATED_LINE_NOISE_RE,
    DATED_WORDS_LINE_MAX_LEN,
    DATELINE_CREDIT_RE,
    DECK_CLASS_RE,
    DECK_HEADING_CLASS_RE,
    DECK_MAX_LEN,
    DECK_MAX_SENTENCES,
    EDITOR_RE,
    EMAIL_LABEL_END_RE,
    EMAIL_LABEL_LINE_MAX_LEN,
    EMPHASISED_LABEL_LINE_MAX_LEN,
    EMPHASISED_LABEL_LINE_RE,
    EMPTY_CREDIT_RE,
    EN_DATE_RE,
    EN_FURNITURE_RE,
    EN_META_RE,
    END_CREDIT_LINE_MAX_LEN,
    END_CREDIT_LINE_RE,
    END_DATE_LINE_RE,
    END_EMAIL_RE,
    END_EMAIL_REST_MAX,
    END_NOTICE_MAX_LEN,
    END_NOTICE_RE,
    END_PROMPT_MAX_LEN,
    END_PROMPT_RE,
    END_TAG_RE,
    FOLLOW_MAX_LEN,
    FOLLOW_RE,
    HEADER_BYLINE_RE,
    HEADER_DATE_RE,
    HEADER_DATE_REST_MAX,
    HEADER_LINE_MAX_LEN,
    HEADER_ROLE_CREDIT_MAX_LEN,
    HEADER_ROLE_CREDIT_RE,
    KICKER_MAX_CHARS,
    LABEL_CELL_RE,
    LABELLED_CREDIT_MAX_LEN,
    LABELLED_CREDIT_RE,
    LABELLED_DECK_CLASS_RE,
    LEADING_SUMMARY_RE,
    MESSENGER_RE,
    META_HINT_RE,
    META_PIECE_MAX_LEN,
    META_ROW_MAX_LEN,
    META_ROW_MAX_PIECES,
    META_ROW_PIECE_MAX_LEN,
    META_SEPARATOR_RE,
    ML_META_LABEL_RE,
    NOTICE_ANYWHERE_MAX_LEN,
    NOTICE_HEAD_RE,
    NOTICE_MAX_LEN,
    NOTICE_RE,
    OFFER_RE,
    OFFER_SENTENCE_MIN_LEN,
    PAGER_RE,
    PHONE_RE,
    PHOTO_CREDIT_RE,
    POST_FOOTER_RE,
    POST_LINE_TIME_RE,
    POSTED_RE,
    PREV_NEXT_LINE_RE,
    PRODUCTION_CREDIT_RE,
    PROFILE_LINE_MAX_LEN,
    PROFILE_NAME_MAX_LEN,
    PROFILE_STAT_RE,
    PROMO_MAX_LEN,
    PROMO_RE,
    PUNCT_END_RE,
    READING_TIME_ANY_RE,
    READING_TIME_RE,
    SENTENCE_END_RE,
    SHARE_RE,
    SHOP_CARD_LEVELS,
    SHOP_CARD_MAX_CHARS,
    SIGNATURE_MAX_CHARS,
    SIGNATURE_MAX_WORDS,
    SIGNATURE_MIN_WORDS,
    SIGNATURE_ROLE_MAX_CHARS,
    SITE_FOOTER_MAX_LEN,
    SITE_FOOTER_RE,
    SOCIAL_RE,
    STAT_UI_LINE_MAX_CHARS,
    STOCK_QUOTE_LINE_RE,
    STOCK_QUOTE_MAX_LEN,
    SUMMARY_LABEL_RE,
    TAIL_HEAD_LINKED_RE,
    TAIL_HEAD_MIN_BEFORE,
    TAIL_HEAD_ML_RE,
    TAIL_HEAD_RE,
    TAIL_PROSE_MIN,
    TWO_CLOCK_LINE_MAX_LEN,
    UI_WORD_LINE_RE,
    VIEWS_RE,
    WIRE_AGENCIES,
    WORD_DATE_CLOCK_RE,
    WORD_DATE_LINE_REST_MAX,
    WORD_DATE_RE,
    YEAR_AND_CLOCK_RE,
    YEAR_WORD_DAY_RE,
)

#: A prompt (follow us, subscribe) makes a line end noise only within its first sentences.
PROMPT_SENTENCES = 2
#: A notice phrase this far into a long paragraph still makes it a notice (a label-led disclaimer).
NOTICE_LONG_START = 20
#: Longest photo-credit / caption line (图/王某, 王某 摄).
PHOTO_CREDIT_MAX_LEN = 40
#: Item tags: a line of a list or table is content there, not a prompt.
LIST_ITEM_TAGS = frozenset({"li", "td", "th", "tr", "dd", "dt"})
#: Ends of a sentence or a lead-in: a line ending so is text, not a prompt.
PROMPT_FREE_ENDS = (".", "。", "?", "？", ":", "：", ";", "；")
#: A heading after the text over more entries than this, each with its own date element, is a
#: list of other stories; a date element is at most this long.
DATED_LIST_MIN_ENTRIES = 2
ENTRY_DATE_MAX_CHARS = 24
#: A last body line with at least this many list items or link lines right after it (all left out)
#: heads that list.
ORPHAN_LIST_MIN_ITEMS = 2
#: Longest production-credit line (出品 | 汽车商业评论).
PRODUCTION_CREDIT_MAX_LEN = 24
#: Lines this short or shorter count as UI runs / tail headings.
UI_LINE_MAX_LEN = 80
TAIL_HEAD_MAX_LEN = 20

#: A one-block body is widened to its parent when the parent's other sentence text is this share of it.
WIDEN_MIN_SHARE = 0.3


@dataclass(slots=True)
class BodyChoice:
    """Where the article is in the page's block list."""

    body_el: object = None  #: the chosen container (lxml element)
    body_idx: list[int] = field(default_factory=list)  #: indices of the kept body blocks
    first_body: int = 0  #: first block inside the container
    last_body: int = -1  #: last block inside the container
    title_idx: int | None = None  #: the headline's block, when it is shown above the body
    header_end: int | None = None  #: last headline/deck/meta block index

    def length(self, blocks: list[Block]) -> int:
        """Characters of body text."""
        return sum(len(blocks[i].text) for i in self.body_idx)


def block_value(b: Block) -> tuple[float, float]:
    """Score contribution of one block (sentence-like text up, link text and furniture down), as
    text and as furniture: the text's weight (CJK characters count twice) read once for both."""
    n = len(b.text)
    weight = n + len(CJK_RE.findall(b.text))
    furniture = -weight * 1.0 - 5
    if n <= SITE_FOOTER_MAX_LEN and SITE_FOOTER_RE.search(b.text):
        return furniture, furniture
    if weight > n and n <= END_NOTICE_MAX_LEN and _opens_with(END_NOTICE_RE, b.text):
        # a Chinese disclaimer (内容仅代表X观点) is no text to choose, however short the text is
        return furniture, furniture
    link = b.link_len / n if n else 0
    punct = len(PUNCT_RE.findall(b.text))
    q = 1.0 if punct or n >= 40 else 0.3
    if n < 25 and META_HINT_RE.search(b.text):
        q = 0.1
    penalty = 1.5
    if 0 < link < 0.8 and n - b.link_len >= 80 and len(SENTENCE_END_RE.findall(b.text)) >= 2 \
            and sum(1 for _ in b.el.iter("a")) <= 2:
        penalty = 0.0  # a linked phrase or two inside prose (a news summary item) is no link list
    return weight * (1 - link) * q - weight * link * penalty - 3 + min(punct, 10), furniture


def block_values(blocks: list[Block]) -> list[tuple[float, float]]:
    """Each block's score as text and as furniture (:func:`block_value`), computed once a page:
    the body choice runs up to four times with different furniture marks."""
    return [block_value(b) for b in blocks]


def choose_body(blocks: list[Block], boiler: list[bool], title: str | None,
                values: list[tuple[float, float]] | None = None, spans: ElementSpans | None = None) -> BodyChoice:
    """The body container and its kept blocks, the headline's block and the header zone's end.

    ``boiler``: the per-block boilerplate marks (:func:`.blocks.boiler_flags`) this choice trusts;
    ``values``: :func:`block_values` of ``blocks``, when the caller chooses more than once.
    """
    page = BodyChoice()
    if values is None:
        values = block_values(blocks)
    if spans is None:
        spans = ElementSpans(blocks)
    vals = [furniture if flag else text for (text, furniture), flag in zip(values, boiler, strict=True)]
    sums = spans.sums(vals)
    if not sums:
        return page
    depth = spans.depth
    best = max(range(len(sums)), key=lambda j: (sums[j], depth[j]))  # the first of equals
    page.body_el = spans.els[best]
    inside = list(range(spans.first[best], spans.last[best] + 1))
    if len(inside) == 1:  # a lone paragraph won: a related list inside the post outweighed its siblings
        widened = _widen_lone_block(blocks, boiler, vals, page.body_el)
        if widened is not None:
            page.body_el = widened
            inside = [i for i, b in enumerate(blocks) if widened in b.path]
    bar = 2 * max(sums[best], 0) + 100
    run = _best_run(blocks, vals) if sum(v for v in vals if v > 0) > bar else None
    if run and run[0] > bar:
        # article paragraphs loose in a layout cell whose other content (menus, ad tables)
        # outweighs them: the best run of adjacent siblings beats every whole container
        page.body_el = run[1]
        inside = list(range(run[2], run[3] + 1))
    if not inside:
        return page
    page.first_body, page.last_body = inside[0], inside[-1]
    # title position: the block equal to the title, before or at the body start
    page.title_idx = None
    if title:
        linked = None  # the title as a link (a list entry naming this page) counts when no plain line is one
        for i, b in enumerate(blocks[: inside[-1] + 1]):
            if b.text == title or (b.heading and title in b.text and (
                    len(b.text) < len(title) + 12 or _meta_rest(b.text, title)
                    or (b.text.endswith(title) and len(b.text) - len(title) <= KICKER_MAX_CHARS))) \
                    or (b.text.startswith(title + " ") and not b.link_len and len(b.text) <= len(title) + HEADLINE_META_REST_MAX
                        and _meta_rest(b.text, title)):  # a kicker; <font>TITLE</font><br><font>author / date</font>
                if b.link_len >= len(b.text) and not b.heading and i < inside[0]:
                    linked = i if linked is None else linked
                    continue
                page.title_idx = i
                break
        if page.title_idx is None:
            page.title_idx = linked
    if page.title_idx is not None and page.title_idx > inside[0] and \
            sum(len(blocks[i].text) for i in inside if i < page.title_idx) > 500:
        page.title_idx = None  # a heading deep inside the article ('Reviews') is not its headline
    header_end = page.title_idx
    if page.title_idx is not None:  # deck + meta lines right under the headline are not body
        end = min(len(blocks), page.title_idx + 8)
        deck = None  # a one-sentence line that a header line may still follow
        for i in range(page.title_idx + 1, end):
            t = blocks[i].text
            if _header_block(blocks, i, page.body_el) or _byline_box(blocks[i], page.body_el):
                header_end = i
            elif deck is None and len(t) <= DECK_MAX_LEN and (
                    # a standfirst of a sentence or two right under the headline; further down, a line
                    # that is no sentence (or a heading)
                    (i == page.title_idx + 1 and len(SENTENCE_END_RE.findall(t)) <= DECK_MAX_SENTENCES
                     and sum(len(blocks[j].text) for j in inside if j > i + 2) > len(t))  # text goes on below
                    or (len(SENTENCE_END_RE.findall(t)) <= 1 and (not PUNCT_END_RE.search(t) or blocks[i].heading))) and \
                    any(_header_block(blocks, j, page.body_el) or _byline_box(blocks[j], page.body_el)
                        for j in range(i + 1, min(end, i + 3))):
                deck = i  # title, deck (a sentence in a heading too), byline / date line, text: the deck is header
            elif len(t) > 60 or PUNCT_END_RE.search(t):
                break
    page.header_end = header_end
    kept = []
    for i in inside:
        b = blocks[i]
        if header_end is not None and i <= header_end:
            continue
        if is_furniture(b, boiler[i], title):
            continue
        kept.append(i)
    page.body_idx = _drop_orphan_heading(blocks, inside, _first_post(blocks, inside, _trim_ends(blocks, _drop_excerpt(blocks, kept))))
    return page


def _drop_orphan_heading(blocks: list[Block], inside: list[int], kept: list[int]) -> list[int]:
    """Without its last line when that is a short title-like line (no sentence) over a list the
    body left out (``<div>公告查询</div><ul><li>第411批公告解读 2026-10-23</li>…``: a sidebar's
    heading in the same layout row as the text)."""
    if len(kept) < 2:
        return kept
    last = kept[-1]
    t = blocks[last].text
    after = [i for i in inside if i > last]
    if len(t) > TAIL_HEAD_MAX_LEN or PUNCT_END_RE.search(t) or SENTENCE_END_RE.search(t) \
            or len(after) < ORPHAN_LIST_MIN_ITEMS:
        return kept
    items = after[:ORPHAN_LIST_MIN_ITEMS]
    if all(blocks[i].tag == "li" or (blocks[i].link_len and blocks[i].link_len >= 0.5 * len(blocks[i].text)) for i in items):
        return kept[:-1]
    return kept


def _trim_ends(blocks: list[Block], kept: list[int]) -> list[int]:
    """Drop what sits around the article text inside its container: a recommendation list or
    follow box after it (from its heading -- 热门推荐 / 相关阅读 / 关注我们 / VEJA TAMBÉM -- to the end,
    unless article prose follows: then the heading alone) and, walking inward from each end, lines
    that are no article text there (:func:`is_end_noise`)."""
    before = 0
    for pos, i in enumerate(kept):
        t = blocks[i].text
        if before >= TAIL_HEAD_MIN_BEFORE and len(t) <= TAIL_HEAD_MAX_LEN and NOTICE_HEAD_RE.match(t):
            kept = kept[:pos]  # 反侵权公告： and the legal text under it, to the end
            break
        if before >= TAIL_HEAD_MIN_BEFORE and len(t) <= TAIL_HEAD_MAX_LEN and blocks[i].heading \
                and len(kept) - pos > DATED_LIST_MIN_ENTRIES and all(_dated_entry(blocks[j]) for j in kept[pos + 1:]):
            kept = kept[:pos]  # Digər xəbərlər over 13:20 X / 26 noyabr 18:05 Y: other stories, to the end
            break
        if before >= TAIL_HEAD_MIN_BEFORE and len(t) <= TAIL_HEAD_MAX_LEN and (
                TAIL_HEAD_RE.match(t) or TAIL_HEAD_ML_RE.match(t) or (
                    TAIL_HEAD_LINKED_RE.match(t) and (pos + 1 == len(kept) or _link_line(blocks[kept[pos + 1]])))):
            prose = sum(len(blocks[j].text) for j in kept[pos + 1:]
                        if not blocks[j].link_len and SENTENCE_END_RE.search(blocks[j].text))
            # a heading over a link list inside the text (the links are furniture already): the
            # article goes on after it, so only the heading goes
            kept = kept[:pos] + kept[pos + 1:] if prose >= TAIL_PROSE_MIN else kept[:pos]
            break
        before += len(t)

    lo, hi = 0, len(kept)
    while lo < hi and (is_end_noise(blocks[kept[lo]].text) or LEADING_SUMMARY_RE.match(blocks[kept[lo]].text)):
        lo += 1
    while hi > lo and is_end_noise(blocks[kept[hi - 1]].text):
        hi -= 1
    if hi - lo > 1 and signature_name(blocks[kept[hi - 1]]):
        hi -= 1  # the writer's name signing off the text (right-aligned, bold or author-classed)
    return kept[lo:hi]


def _dated_entry(b: Block) -> bool:
    """An entry of a list of other stories: a line with its own element holding only its date or
    clock (``<li><span>13:20</span> TITLE</li>``, ``<li>TITLE<span>Кеше, 16:40</span></li>``)."""
    for child in b.el:
        if not isinstance(child.tag, str):
            continue
        text = ascii_digits(clean(child.text_content()))
        if text and len(text) <= ENTRY_DATE_MAX_CHARS and len(text) < len(b.text) and (
                CLOCK_TIME_RE.search(text) or ANY_DATE_RE.search(text)):
            return True
    return False


def signature_name(b: Block) -> str | None:
    """A line that is only a person's name in a cased script (2-4 capitalised words: ``Minh Sơn``,
    ``Иван Соколов``) set apart as a signature -- right-aligned, all bold/italic, or in an
    author-named element: the writer signing off the text, not body. The name may be followed by
    the writer's role after a comma (``Ҷамшед Раҳимов, хабарнигори «Ховар» дар вилояти Суғд``)."""
    t = b.text
    name, sep, role = t.partition(", ")
    if sep and (len(role) > SIGNATURE_ROLE_MAX_CHARS or SENTENCE_END_RE.search(role)):
        return None
    words = name.split()
    if not (SIGNATURE_MIN_WORDS <= len(words) <= SIGNATURE_MAX_WORDS) or len(name) > SIGNATURE_MAX_CHARS:
        return None
    if not all(w[0].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
        return None
    el = b.el
    style = (el.get("style") or "").replace(" ", "").lower()
    styled = "text-align:right" in style or AUTHOR_HINT_RE.search(hint_of(el)) is not None
    if not styled:
        inner = [c for c in el if isinstance(c.tag, str)]
        styled = len(inner) == 1 and tag_of(inner[0]) in ("strong", "b", "em", "i") \
            and clean(inner[0].text_content()) == t and not (el.text or "").strip()
    return name if styled else None


def _link_line(b: Block) -> bool:
    """A line that is mostly link text (an entry of a list of links; a heading whose list was
    furniture already ends the body with nothing after it)."""
    return b.link_len * 2 >= len(b.text)


def _in_first_sentences(rx: re.Pattern, t: str, n: int) -> bool:
    """``rx`` matches in the line's first ``n`` sentences."""
    m = rx.search(t)
    if m is None:
        return False
    ends = [e.end() for e in SENTENCE_END_RE.finditer(t, 0, m.start())]
    return len(ends) < n


def _opens_with(rx: re.Pattern, t: str) -> bool:
    """``rx`` matches in the line's first sentence (any sentence of a short line): a statement is
    the line itself, while a paragraph that ends on '…不代表公司立场' is the author's."""
    m = rx.search(t)
    if m is None:
        return False
    if len(t) <= NOTICE_ANYWHERE_MAX_LEN:
        return True
    first = SENTENCE_END_RE.search(t)
    return first is None or m.start() < first.end()


def is_end_noise(t: str) -> bool:
    """A line that is no article text when it opens or closes the body: a promotion, a platform
    statement or rights notice, an app / follow / subscription prompt, a credit line."""
    n = len(t)
    if n <= PROMO_MAX_LEN and (PROMO_RE.search(t) or (
            OFFER_RE.search(t) and not (n >= OFFER_SENTENCE_MIN_LEN and _clause_sentence(t)))):
        return True
    if n <= END_NOTICE_MAX_LEN and _opens_with(END_NOTICE_RE, t):
        return True
    if n <= END_PROMPT_MAX_LEN and _in_first_sentences(END_PROMPT_RE, t, PROMPT_SENTENCES):
        return True  # prompts open on a question ('Cet article vous a intéressé ?'); a paragraph that
        # ends on one (…登录网站、关注微信公众号“X”，了解更多信息) is the text's own
    if n <= END_CREDIT_LINE_MAX_LEN and END_CREDIT_LINE_RE.match(t):
        return True
    if "@" in t and len(END_EMAIL_RE.sub("", t).strip(" :：,，;；|()（）")) <= END_EMAIL_REST_MAX and END_EMAIL_RE.search(t):
        return True
    if END_TAG_RE.match(t) or DATELINE_CREDIT_RE.match(t) or (n <= EMAIL_LABEL_LINE_MAX_LEN and EMAIL_LABEL_END_RE.search(t)):
        return True
    if n <= PRODUCTION_CREDIT_MAX_LEN and PRODUCTION_CREDIT_RE.match(t):
        return True
    if n <= CONTACT_LINE_MAX_LEN and CONTACT_LINE_RE.match(t) and (END_EMAIL_RE.search(t) or PHONE_RE.search(t)):
        return True
    if n <= HEADER_LINE_MAX_LEN and END_DATE_LINE_RE.match(t) and (
            HEADER_DATE_RE.search(t) or ANY_DATE_RE.search(t) or YEAR_AND_CLOCK_RE.search(t)):
        return True
    return n <= LABELLED_CREDIT_MAX_LEN and LABELLED_CREDIT_RE.match(t) is not None


def _drop_excerpt(blocks: list[Block], kept: list[int]) -> list[int]:
    """Drop a labelled summary (摘要：… / a 摘要 tag before it) whose text, its ellipsis aside, opens
    the next kept block: the template's excerpt of the article printed above the article itself."""
    out = []
    for pos, i in enumerate(kept):
        m = SUMMARY_LABEL_RE.match(blocks[i].text)
        if m and pos + 1 < len(kept):
            excerpt = blocks[i].text[m.end():].rstrip("…. ")
            if len(excerpt) >= 10 and blocks[kept[pos + 1]].text.startswith(excerpt):
                continue
        out.append(i)
    return out


def _first_post(blocks: list[Block], inside: list[int], kept: list[int]) -> list[int]:
    """Keep only the first post of a multi-post page (a blog's date archive, a page of quotes).

    Posts are told apart by a short separator line that repeats, digits aside,
    between runs of body text: a post footer/header with a poster and a date ('由NAME张贴 @
    DATE', 'posted by NAME on DATE'), a post-time line ('发表于 6 天前', whatever follows it) or a
    per-post share bar. The body ends at the first such
    line that follows body text, when more body text follows it (a share bar above and below one
    article is no separator)."""
    if len(kept) < 2:
        return kept
    shapes: dict[str, list[int]] = {}
    for i in inside:
        t = blocks[i].text
        if len(t) > 120:
            continue
        post_line = POSTED_RE.search(t) and DATE_NEAR_RE.search(t)
        share_bar = len(t) <= 60 and len(SOCIAL_RE.findall(t)) >= 2
        if post_line or share_bar:
            shapes.setdefault(re.sub(r"\d+", "#", t), []).append(i)
        label = POST_FOOTER_RE.search(t)
        if label and POST_LINE_TIME_RE.search(t, label.end()):  # 发表于 6 天前 | 只看该作者
            shapes.setdefault("post:" + label.group(0).strip(" :：").lower(), []).append(i)
    cut = None
    for idx in shapes.values():
        if len(idx) < 2:
            continue
        for i in idx:
            before = sum(len(blocks[j].text) for j in kept if j < i)
            if before >= 150 and any(j > i for j in kept):
                cut = i if cut is None else min(cut, i)
                break
    return [j for j in kept if j < cut] if cut is not None else kept


def _widen_lone_block(blocks: list[Block], boiler: list[bool], vals: list[float], el) -> object | None:
    """The parent of a one-block body when the parent holds more sentence text outside
    furniture (sibling paragraphs of a short post whose in-post related list is marked as
    furniture and will be dropped from the body anyway)."""
    parent = el.getparent()
    if parent is None:
        return None
    own = extra = 0.0
    for b, flag, v in zip(blocks, boiler, vals, strict=True):
        if flag or v <= 0 or parent not in b.path:
            continue
        if el in b.path:
            own += v
        else:
            extra += v
    return parent if extra >= WIDEN_MIN_SHARE * own else None


def _best_run(blocks: list[Block], vals: list[float]) -> tuple[float, object, int, int] | None:
    """(sum, parent, first block, last block) of the best-scoring run of adjacent children of
    one element (maximum subarray over each element's children values, in document order)."""
    kids: dict[int, list] = {}  # parent id -> [[child key, value, first idx, last idx], ...]
    parents: dict[int, object] = {}
    for i, b in enumerate(blocks):
        v = vals[i]
        path = b.path
        for d in range(len(path) - 1):
            el = path[d]
            k = id(el)
            child = id(path[d + 1])
            lst = kids.get(k)
            if lst is None:
                kids[k] = lst = []
                parents[k] = el
            if lst and lst[-1][0] == child:
                lst[-1][1] += v
                lst[-1][3] = i
            else:
                lst.append([child, v, i, i])
    best = None
    for k, lst in kids.items():
        if len(lst) < 3:
            continue
        cur, start = 0.0, 0
        for j, (_, v, _, _) in enumerate(lst):
            if cur <= 0:
                cur, start = v, j
            else:
                cur += v
            if best is None or cur > best[0]:
                best = (cur, parents[k], lst[start][2], lst[j][3])
    return best


#: Longest meta line run on after a headline in one plain block (``TITLE<br>王某 / 2026-04-05``).
HEADLINE_META_REST_MAX = 60


def _meta_rest(text: str, title: str) -> bool:
    """A headline element that also holds the date/source line (``<h1>TITLE<span>DATE 来源</span>``)."""
    rest = text.replace(title, "", 1).strip()
    return bool(rest) and (is_meta_line(rest) or bool(ANY_DATE_RE.search(rest)))


def is_furniture(b: Block, boiler: bool, title: str | None) -> bool:
    """Blocks inside the body container that are not body text."""
    t = b.text
    n = len(t)
    if boiler:
        return True
    if title and t == title:
        return True
    if b.link_len and b.link_len >= 0.5 * n and not (n > 150 and b.link_len < 0.8 * n):
        return True
    if n <= 80 and (PREV_NEXT_LINE_RE.match(t) or PAGER_RE.match(t) or SHARE_RE.match(t)):
        return True
    if n <= 60 and (EDITOR_RE.search(t) or BYLINE_RE.match(t) or EMPTY_CREDIT_RE.match(t) or CREDIT_ROW_RE.match(t)):
        return True
    if n <= UI_LINE_MAX_LEN and _label_and_buttons(t):  # 作者： 【打印】 【关闭】
        return True
    if n <= COUNTER_LINE_MAX_LEN and COUNTER_TOKEN_RE.search(t) and not COUNTER_TOKEN_RE.sub("", t).strip(" |·,，"):
        return True  # 阅读 1562 赞 23: a counter toolbar
    if n <= PROFILE_LINE_MAX_LEN and (stats := PROFILE_STAT_RE.findall(t)) and (len(stats) >= 2 or (
            len(rest := PROFILE_STAT_RE.sub("", t).strip(" ·|+")) <= PROFILE_NAME_MAX_LEN and not PUNCT_RE.search(rest))):
        return True  # 专注汽车供应链报道 · 391篇文章 · 1.4万粉丝 / 齿轮箱里的猫 粉丝 4.1万: an author card
    if n <= 200 and (EN_FURNITURE_RE.match(t) or CSS_TOKEN_RE.match(t)):
        return True
    if n <= AD_LABEL_MAX_LEN and (AD_LABEL_LINE_RE.match(t) or UI_WORD_LINE_RE.match(t)):
        return True  # Reklama / Anzeige / 广告 between paragraphs; Rhannu / Galerija / 2/5
    if n <= STOCK_QUOTE_MAX_LEN and STOCK_QUOTE_LINE_RE.search(t):  # a quote widget: 华宇精工 (603979) +3.15%
        return True
    if n <= 60 and COPYRIGHT_RE.search(t):
        return True
    if n <= 48 and (m := AGENCY_SIGNOFF_RE.match(t)) and m.group(1).lower() in WIRE_AGENCIES:
        return True  # - Bernama: the wire's sign-off
    if n <= NOTICE_MAX_LEN:  # 免责声明：... / 图片来自网络，如有侵权请联系删除
        m = NOTICE_RE.search(t)
        if m and (n <= 120 or m.start() <= NOTICE_LONG_START):
            return True
    if n <= FOLLOW_MAX_LEN and FOLLOW_RE.search(t):  # 长按识别二维码 / 点击上方蓝字关注 / 正文已结束
        return True
    if n <= FOLLOW_MAX_LEN and not b.heading and b.tag not in LIST_ITEM_TAGS and MESSENGER_RE.search(t) \
            and not t.endswith(PROMPT_FREE_ENDS):
        return True  # Report-u Telegram-da izləyin: following the site on a messenger
    if n <= SHOP_CARD_MAX_CHARS and _in_shop_card(b):  # 参考价 ￥199 去购买 / 官方指导价：23.98万 询底价
        return True
    if n <= 24 and CONTINUATION_LINE_RE.match(t):  # （下转第04版） / （上接第01版）
        return True
    if n <= CROSS_REFERENCE_MAX_LEN and CROSS_REFERENCE_RE.match(t):  # Lesen Sie auch: X / 延伸阅读：X
        return True
    if n <= EMPHASISED_LABEL_LINE_MAX_LEN and _emphasised_label_line(b):  # **Lesa tambe: X** / **Edita: Y**
        return True
    if n <= 60 and (ARTICLE_ID_LINE_RE.match(t) or COMMENT_COUNTER_LINE_RE.match(t) or READING_TIME_RE.match(t)
                    or AUDIO_LINE_RE.match(t)):
        return True  # کد خبر: ۴۱۲۳۴۵۶ / Коментари (4) / 5 мин. четене: the page's furniture
    if n <= DATED_LABEL_LINE_MAX_LEN and DATED_LABEL_LINE_RE.match(t):  # Päivitetty 29.11. klo 10.40
        return True
    if n <= UI_LINE_MAX_LEN and is_ui_run(t):  # 【打印】【关闭】 / 字号 大 中 小
        return True
    if n <= PHOTO_CREDIT_MAX_LEN and PHOTO_CREDIT_RE.search(t):  # 图/王某, 王某 摄
        return True
    if b.tag == "figure" and n <= 150:  # caption/credit text directly in <figure>
        return True
    if b.tag == "tr" and n <= 120 and sum(1 for cell in t.split("\t") if LABEL_CELL_RE.match(cell)) >= 2:
        return True  # 成文日期：| 2025-01-30 | 发布时间：| 2025-02-08: the document's metadata table
    if n <= CAPTION_MAX_LEN and (CAPTION_TEXT_RE.search(t) or is_image_caption(b) or _names_its_image(b)):
        return True
    return bool(n <= 120 and is_meta_line(t))


def _in_shop_card(b: Block) -> bool:
    """A line of a small product or price-enquiry card (``<div><span>NAME</span><span>参考价 ￥199</span>
    <a>去购买</a></div>``, a supply list's ``<li>刹车盘 全系供货 <a>立即询价</a></li>``): the card, or an
    element of at most two levels above the line whose text stays short, holds a commerce button."""
    node = b.el
    for _ in range(SHOP_CARD_LEVELS + 1):
        if node is None or len(clean(node.text_content())) > SHOP_CARD_MAX_CHARS:
            return False
        if any(COMMERCE_BUTTON_RE.match(clean(x.text_content())) for x in node.iter("a", "button", "span")):
            return True
        node = node.getparent()
    return False


def _names_its_image(b: Block) -> bool:
    """A line that repeats the alt or title text of an image in its own element (``<p><img
    alt="X"><br>X</p>``, as editors insert a picture with its caption): the caption, not body."""
    for img in b.el.iter("img"):
        for attr in ("alt", "title"):
            if clean(img.get(attr)) == b.text:
                return True
    return False


def is_image_caption(b: Block) -> bool:
    """A short line of at most one sentence that sits with an image: alone beside it in a wrapper
    of their own (``<div><img><p>…</p></div>``, one image), or centred right under a paragraph that
    holds only an image. Text in the image's own paragraph is not read (floated images, emoji, a line typed on
    after an image); neither are sub-headings and bold lead-ins (text all in ``<strong>``/``<b>``)."""
    if b.heading or b.tag in ("tr", "li", "td", "th"):
        return False
    el = b.el
    if _captioned_image_paragraph(el, b.text):
        return True
    parent = el.getparent()
    prev = el.getprevious()
    in_wrapper = parent is not None and len(parent) <= CAPTION_WRAPPER_MAX_CHILDREN
    under_image = prev is not None and isinstance(prev.tag, str) and _centred(el)
    if not (in_wrapper or under_image) or any(True for _ in el.iter("img")) or \
            len(SENTENCE_END_RE.findall(b.text)) > 1:
        return False
    if in_wrapper and sum(1 for _ in parent.iter("img")) == 1 and clean(parent.text_content()) == b.text \
            and (_image_before(parent, el) or not SENTENCE_END_RE.search(b.text[-1:])):
        # (a caption is one image's: a line beside two is the text they illustrate; a sentence above
        # the one picture is a one-paragraph article's text, a caption sits under its picture)
        return not _all_bold(el)
    if under_image and (prev.tag == "img" or any(True for _ in prev.iter("img"))) and not clean(prev.text_content()):
        return not _all_bold(el)
    return False


def _image_before(wrapper, el) -> bool:
    """Whether the wrapper's image comes before ``el`` in document order."""
    for x in wrapper.iter():
        if x is el:
            return False
        if x.tag == "img":
            return True
    return False


def _captioned_image_paragraph(el, text: str) -> bool:
    """A centred paragraph holding an image, a line break and then a short line (the rich-text
    editors' ``<p style="text-align:center"><img><br><span>证书</span></p>``): the line is the
    image's caption."""
    if not _centred(el) or len(SENTENCE_END_RE.findall(text)) > 1:
        return False
    seen_image = seen_break = False
    for n, x in enumerate(el.iter()):
        if n > CAPTION_PARAGRAPH_MAX_ELEMENTS:
            return False  # a container, no image's paragraph (and no walk of a big subtree per line)
        if x is el or not isinstance(x.tag, str):
            continue
        if x.tag == "img":
            seen_image = True
        elif x.tag == "br" and seen_image:
            seen_break = True
    if not (seen_image and seen_break):
        return False
    # no text before the image: the text all comes after the break
    before = (el.text or "").strip()
    return not before and not any((x.tail or "").strip() for x in el.iter("img"))


def _centred(el) -> bool:
    return (el.get("align") or "").lower() == "center" or "center" in (el.get("style") or "").lower()


def _emphasised_label_line(b: Block) -> bool:
    """A paragraph set wholly in one bold or italic element that is a short label, a colon or a
    dash and a title or a name, no sentence (``Basaha usab: Presyo sa gasolina…``, ``Morulaganyi:
    Onalenna Phiri``): a "read also" line or a credit line in any language, no body text. Not on
    Chinese lines (a bold ``记者手记：…`` is a sub-heading of the text)."""
    t = b.text
    if CJK_RE.search(t) or SENTENCE_END_RE.search(t[-1:]) or not EMPHASISED_LABEL_LINE_RE.match(t):
        return False
    el = b.el
    if (el.text or "").strip():
        return False
    inner = [c for c in el if isinstance(c.tag, str)]
    return len(inner) == 1 and inner[0].tag in ("strong", "b", "em", "i") and clean(inner[0].text_content()) == t \
        and not (inner[0].tail or "").strip()


def _all_bold(el) -> bool:
    """The element's text is all inside one ``<strong>``/``<b>`` child (a sub-heading)."""
    bold = [c for c in el if c.tag in ("strong", "b")]
    return len(bold) == 1 and clean(bold[0].text_content()) == clean(el.text_content())


def _label_and_buttons(t: str) -> bool:
    """A credit label whose rest is only UI buttons (``作者： 【打印】 【关闭】``)."""
    m = CREDIT_LABEL_START_RE.match(t)
    rest = t[m.end():].strip() if m else ""
    return bool(rest) and is_ui_run(rest)


def _meta_row(b: Block) -> bool:
    """A row of short fields in their own elements, one of them a date or a clock (``<span>NAME</span>
    <span>Бүгін, 11:20</span><span>Қаралым: 1245</span>``): a meta line in any language, also when
    its fields meet without a space."""
    el = b.el
    if len(b.text) > META_ROW_MAX_LEN or len(el) < 2 or any(c.isalpha() for c in (el.text or "")):
        return False
    pieces = []
    for child in el:
        if not isinstance(child.tag, str) or any(c.isalpha() for c in (child.tail or "")) \
                or child.tag in CONTROL_TAGS:
            return False  # words between the fields (a sentence with inline markup); a player's controls
        text = clean(child.text_content())
        if len(text) > META_ROW_PIECE_MAX_LEN:
            return False
        if text:
            pieces.append(text)
    return 2 <= len(pieces) <= META_ROW_MAX_PIECES and any(
        CLOCK_TIME_RE.search(p) or ANY_DATE_RE.search(p) or YEAR_WORD_DAY_RE.search(p) for p in map(ascii_digits, pieces))


def _header_block(blocks: list[Block], i: int, container) -> bool:
    """A meta, date, byline or deck block of the header under the headline."""
    t = blocks[i].text
    if _meta_row(blocks[i]):
        return True
    if len(t) <= 120 and (is_meta_line(t) or (
            len(t) <= 40 and ANY_DATE_RE.search(spaced_text(blocks[i])) and not _clause_sentence(t))):
        return True
    return is_header_line(t) or (len(t) <= DECK_MAX_LEN and is_deck(blocks, i, container))


def _clause_sentence(t: str) -> bool:
    """A sentence of clauses (一、时间：5月7日上午9:00，会期半天。): text, though it holds a date."""
    return bool(SENTENCE_END_RE.search(t[-1:])) and ("，" in t or ", " in t)


def _byline_box(b: Block, container) -> bool:
    """A short line inside an element named as the byline under the headline (class ``byline``,
    ``Post_authorRow``, a ``byline-block`` component, ``contributors`` test id): the writer's name
    and role (``Business reporter, BBC News``), no body text."""
    if len(b.text) > BYLINE_BOX_MAX_LEN or len(SENTENCE_END_RE.findall(b.text)) > 1:
        return False
    for el in reversed(b.path):
        if el is container:
            break
        if BYLINE_BOX_CLASS_RE.search(hint_of(el)) or any(
                BYLINE_BOX_CLASS_RE.search(el.get(a) or "") for a in AUTHOR_ROLE_ATTRIBUTES):
            return True
    return False


def is_header_line(t: str) -> bool:
    """A byline, date, reading-time or counter line of a header in any language the crawler meets
    (Par NAME, Mis à jour le 7 février 2025 à 11h05, 05/06/2025 09h12 · Atualizado …, 7 min read,
    Hits: 1482): short, no sentence in it."""
    if len(t) > HEADER_LINE_MAX_LEN or len(SENTENCE_END_RE.findall(t)) > 1:
        return False
    if READING_TIME_RE.match(t) or COUNTER_LINE_RE.match(t):
        return True
    if HEADER_BYLINE_RE.match(t) and not SENTENCE_END_RE.search(t):
        return True
    if len(t) <= HEADER_ROLE_CREDIT_MAX_LEN and (m := HEADER_ROLE_CREDIT_RE.search(t)) and len(t[:m.start()].split()) <= 4:
        return True  # 3 ਘੰਟੇ ਪਹਿਲਾਂ Edited By: X: a time in any language and the desk's credit
    m = HEADER_DATE_RE.search(t)
    return bool(m) and len(HEADER_DATE_RE.sub("", t)) <= HEADER_DATE_REST_MAX


def is_deck(blocks: list[Block], i: int, container) -> bool:
    """A deck / standfirst under the headline: its element, or a wrapper below the body container
    holding no other block, named as one (``story__dek``, ``c-post-standfirst``, ``chapo``; not
    Drupal's body field ``text-with-summary``, which holds the whole text)."""
    b = blocks[i]
    nxt = blocks[i + 1].path if i + 1 < len(blocks) else ()
    for el in reversed(b.path):
        if el is container or el in nxt:
            break
        hint = hint_of(el)
        if DECK_CLASS_RE.search(hint) or (b.heading and DECK_HEADING_CLASS_RE.search(hint)) or (
                LABELLED_DECK_CLASS_RE.search(hint) and SUMMARY_LABEL_RE.match(b.text)):
            return True
    return False


def is_meta_line(t: str) -> bool:
    """A date/source/author info line (two or more labelled facts, or a bare date line); labels
    with their English translation (作者 Author X) count as labels. A sentence of clauses ending in a
    full stop (一、时间：5月7日上午9:00，会期半天。) is text."""
    if _clause_sentence(t):
        return False
    t = BILINGUAL_LABEL_RE.sub(r"\1：", t)
    if len(t) <= 90 and (EN_META_RE.search(t) or (EN_DATE_RE.search(t) and len(EN_DATE_RE.sub("", t)) <= 30)):
        return True
    if len(t) <= TWO_CLOCK_LINE_MAX_LEN and len(CLOCK_TIME_RE.findall(t)) >= 2 and not SENTENCE_END_RE.search(t):
        return True  # written 16:40, modified 18:02: a meta line in any language
    if len(t) <= TWO_CLOCK_LINE_MAX_LEN and (pieces := META_SEPARATOR_RE.split(t)) and len(pieces) >= 3 \
            and all(len(x) <= META_PIECE_MAX_LEN for x in pieces) and any(DATE_RE.search(x) for x in pieces) \
            and not SENTENCE_END_RE.search(t):
        return True  # 2024年5月10日 · 顾明辉 · 分类：硬件设计 · 暂无评论: short facts between separators, one a date
    if len(t) <= BARE_DATE_LINE_MAX_LEN and sum(c.isdigit() for c in t) >= 6 and DATE_RE.search(t) \
            and sum(c.isalpha() for c in t) <= BARE_DATE_LINE_MAX_LETTERS:
        return True  # 27.11.2026. у 20:15: a date line, a linking word at most
    if len(t) <= TWO_CLOCK_LINE_MAX_LEN and READING_TIME_ANY_RE.search(t) and (CLOCK_TIME_RE.search(t) or DATE_RE.search(t)) \
            and not SENTENCE_END_RE.search(READING_TIME_ANY_RE.sub(" ", t)):
        return True  # NAME 27 ное 2026, 18:40 5 мин. четене Коментари (4): a byline, date and reading time
    if len(t) <= TWO_CLOCK_LINE_MAX_LEN and (wd := WORD_DATE_RE.search(t)) and WORD_DATE_CLOCK_RE.match(t, wd.end()) \
            and len(t) - (wd.end() - wd.start()) <= WORD_DATE_LINE_REST_MAX and not SENTENCE_END_RE.search(t):
        return True  # ნინო ბერიძე 28 ნოემბერი 2026 13:12: a name, a month-word date and its clock in any script
    if len(t) <= DATED_WORDS_LINE_MAX_LEN and YEAR_AND_CLOCK_RE.search(t) and not SENTENCE_END_RE.search(t) \
            and len(DATED_LINE_NOISE_RE.sub(" ", t).split()) <= DATED_LINE_MAX_WORDS:
        return True  # അപ്ഡേറ്റ് ചെയ്തത്: 26 നവംബർ 2026, 04:40 PM IST: a label, a month word of any language, the time
    if len(t) <= TWO_CLOCK_LINE_MAX_LEN and len(ML_META_LABEL_RE.findall(t)) >= 2 and not SENTENCE_END_RE.search(t):
        return True  # کد خبر: N نویسنده: X / Autor: X Fuente: Y: two meta labels of another language
    if len(t) <= STAT_UI_LINE_MAX_CHARS and VIEWS_RE.search(t) and is_ui_run(VIEWS_RE.sub(" ", t)):
        return True  # 浏览：1946 收藏 / 阅读 1946 分享 / 浏览：1946抢沙发: a counter among the page's controls
    hits = len(re.findall(r"(?:来源|来自|作者|编辑|发布|时间|日期|点击|阅读|浏览|字号|评论)\s*[：:]", t))
    has_date = bool(DATE_RE.search(t))
    if hits >= 2 or (hits and has_date):
        return True
    return bool(has_date and len(DATE_RE.sub("", t).strip(" -|:：")) <= 12)
