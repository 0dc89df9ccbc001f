"""View and comment counts as the page shows them (阅读：34 / 2.6万阅读 / 评论 14)."""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import PageAnalysis, first_match
from autoparts_crawler.extraction.blocks import Block, hint_of, spaced_text
from autoparts_crawler.extraction.vocabulary import (
    COMMENT_COUNT_CLASS_RE,
    COMMENTS_LABEL_RE,
    COMMENTS_RE,
    COUNT_ONLY_RE,
    EDITOR_RE,
    META_SEPARATOR_RE,
    NO_COMMENTS_YET_RE,
    VIEWS_RE,
)

#: How many blocks after the body the stat bar (阅读 20.4万 评论 122) may be: past a caption, the
#: editor line, a back-to-site link and a platform statement.
STAT_BAR_REACH = 6
#: Blocks after the body read at most for the stat bar (link-only lines between it and the body included).
STAT_SCAN_MAX = 16
#: How many blocks after the body a lone comment counter may be, and how long its line.
COMMENT_FOOTER_REACH = 16
COMMENT_COUNTER_MAX = 20
#: A line after the body that is mostly links (a pager, a row of tags) holds no view counter.
STAT_LINE_LINK_SHARE = 0.6
#: Longest line above the headline read as its stat line (查看: 3119 | 回复: 18).
STAT_LINE_ABOVE_MAX = 40


def extract_views(page: PageAnalysis) -> str | None:
    """View count as shown (阅读：34 / 点击: 638 次 / 2.6万阅读) near the headline or in the stat bar."""
    v = first_match(VIEWS_RE, page.zone())
    if v:
        return v
    # (a pager's links run together with the 阅读全文 link -- 上一页123阅读全文 -- are no counter)
    return first_match(VIEWS_RE, [b.text for b in _stat_zone(page) if len(b.text) <= 60
                                  and b.link_len < STAT_LINE_LINK_SHARE * len(b.text)]) \
        or first_match(VIEWS_RE, _stat_line_above(page)) or first_match(VIEWS_RE, _line_right_above(page))


def _line_right_above(page: PageAnalysis) -> list[str]:
    """The one short line right above the headline, links and all (a mirror's bar: ACCOUNT 收录于 DATE
    阅读 8391 查看原文)."""
    i = page.title_idx
    if i is None or i == 0:
        return []
    b = page.blocks[i - 1]
    return [spaced_text(b)] if len(b.text) <= STAT_LINE_ABOVE_MAX * 2 and not b.boiler else []


def _stat_line_above(page: PageAnalysis) -> list[str]:
    """A short line right above the headline stating both the views and the replies (a forum
    thread's header: 查看: 3119 | 回复: 18)."""
    return [t for t in page.before_title() if len(t) <= STAT_LINE_ABOVE_MAX and VIEWS_RE.search(t)
            and COMMENTS_RE.search(t)]


def _stat_zone(page: PageAnalysis) -> list[Block]:
    """The blocks after the body where its stat bar may stand: STAT_BAR_REACH of them, not counting
    lines that are all link (a row of tags, a category link) -- at most STAT_SCAN_MAX in all; the
    entries of a list after the body are skipped."""
    out: list[Block] = []
    reach = 0
    for b in page.after(STAT_SCAN_MAX):
        if page.in_entry(b):  # a related entry's own counters (508评论) are another article's
            continue
        out.append(b)
        if b.link_len < len(b.text):
            reach += 1
            if reach >= STAT_BAR_REACH:
                break
    return out


def extract_comments(page: PageAnalysis) -> str | None:
    """Comment count: '评论 14' near the body, or a lone counter element right after the editor line."""
    after = _stat_zone(page)
    prev_editor = page.last_body >= 0 and bool(
        EDITOR_RE.search(page.blocks[page.last_body].text) if page.blocks else False)
    for i, b in enumerate(after):
        if len(b.text) <= 60:
            m = COMMENTS_LABEL_RE.search(b.text)
            if m:
                return m.group(1)
        if COUNT_ONLY_RE.match(b.text) and not _in_pager(page, after, i) and (
                prev_editor or COMMENT_COUNT_CLASS_RE.search(hint_of(b.el) + " " + _inner_hints(b.el))):
            return b.text
        if len(b.text) <= 60:
            m = COMMENTS_RE.search(b.text) or NO_COMMENTS_YET_RE.search(b.text)
            if m:
                return next(g for g in m.groups() if g) if m.groups() else m.group()
        prev_editor = bool(EDITOR_RE.search(b.text))
    # an article footer below a related list inside the post ('6 条评论'): a lone counter line
    v = first_match(COMMENTS_RE, [b.text for b in page.after(COMMENT_FOOTER_REACH)[6:]
                                  if len(b.text) <= COMMENT_COUNTER_MAX and not page.in_entry(b)])
    return v or first_match(COMMENTS_RE, [x for x in page.zone() if len(x) <= 80]) \
        or first_match(COMMENTS_RE, _stat_line_above(page)) \
        or first_match(COMMENTS_RE, [piece for x in page.zone() if len(x) <= 160 for piece in META_SEPARATOR_RE.split(x)]) \
        or next((t for t in page.span_hints(COMMENT_COUNT_CLASS_RE) if NO_COMMENTS_YET_RE.fullmatch(t)), None)


def _in_pager(page: PageAnalysis, blocks: list[Block], i: int) -> bool:
    """A lone number of the article's pager (the current page's "2" beside the link to "1") is no
    counter: it sits in a pager block, beside another lone number, or is itself several numbers
    run together by inline elements (``<a>1</a><span>2</span>`` reads "12")."""
    block = blocks[i]
    if sum(bool(piece.strip()) for piece in block.el.itertext()) > 1:
        return True
    neighbours = blocks[max(0, i - 1):i] + blocks[i + 1:i + 2]
    if any(COUNT_ONLY_RE.match(n.text) for n in neighbours):
        return True
    pagers = {lb.root for lb in page.listing_blocks if lb.kind in ("pager", "prev_next")}
    return bool(pagers) and any(el in pagers for el in block.path)


def _inner_hints(el) -> str:
    return " ".join(hint_of(x) for x in el.iter() if isinstance(x.tag, str))
