"""Generic article extraction for pages without a site profile (Chinese and English news/portals).

How: flatten the page once into text blocks (:mod:`.blocks`), give every block a value
(text length weighted by sentence punctuation, minus link text, strongly negative inside
boilerplate-named elements such as comment/share/related/sidebar), add each block's value to
its block-level ancestors and take the ancestor with the highest sum -- the smallest container
that holds the article text but not the furniture around it. Body = that container's blocks
minus link lists, meta/byline/editor lines, pagers and the title. Metadata is read from
structured hints first (JSON-LD, meta tags, <time>) and then from the lines between the
headline and the body (and right after the body: 责任编辑, comment counters).
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from parsel import Selector

from autoparts_crawler.extraction.blocks import (
    CJK_RE,
    PUNCT_RE,
    Block,
    clean,
    fix_mojibake,
    hint_of,
    looks_mojibake,
    mark_boiler,
    tag_of,
    text_blocks,
)
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.web.urls import safe_urljoin

try:  # optional: only used to judge whether a string looks like a date
    from autoparts_crawler.normalize import normalize_date as _normalize_date  # type: ignore
except Exception:
    _normalize_date = None

__all__ = [
    "extract_author",
    "extract_body",
    "extract_canonical",
    "extract_category",
    "extract_comments",
    "extract_editor",
    "extract_generic",
    "extract_published",
    "extract_published_candidates",
    "extract_source",
    "extract_title",
    "extract_views",
]

# ---------------------------------------------------------------- patterns (compiled once)
_LABEL = r"(?:来源|来自|稿源|出处|作者|原作者|撰文|记者|责任编辑|责编|编辑|发布时间|发表时间|发布日期|时间|日期|" \
         r"更新时间|点击|阅读|浏览|人气|评论|字号|分享|打印|关注|收藏|发布者|发布人|Posted|By)"
_NAME = r"([^\s：:|｜/\\，,。()（）\[\]【】<>]{1,24}(?:[ 、,，][^\s：:|｜/\\，,。()（）\[\]【】<>]{1,12}){0,4}?)"
_STOP = rf"(?=\s*(?:{_LABEL}\s*[：:]|\s{{2,}}|[|｜]|\d{{4}}[-/.年]|$|\s*\)|\s*）))"
AUTHOR_RE = re.compile(rf"(?:原作者|作者|撰文|撰稿|文字|记者|作\s者)\s*[：:]\s*{_NAME}{_STOP}")
BYLINE_RE = re.compile(rf"^(?:文|作者|撰文)\s*[/／|｜]\s*{_NAME}\s*$")
EDITOR_RE = re.compile(rf"(?:责任编辑|责编|编辑|发布者|发布人)\s*[：:]\s*{_NAME}{_STOP}")
SOURCE_RE = re.compile(rf"(?:来源|来自|稿源|出处|文章来源|新闻来源)\s*[：:]\s*{_NAME}{_STOP}")
_DATE_CORE = (
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*(?:[T ]\s*)?\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?\s*秒?)?)"
)
_REL_DATE = (
    r"(?:\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|"
    r"(?<![\d-])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"
)
# numeric with the year last, day/month order left to normalization: 9/17/2004 5:54:13 AM, 06/02/2022 - 13:48
_YEAR_LAST_DATE = (
    r"(?:(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?![\d/.])"
    r"(?:\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?)"
)
DATE_RE = re.compile(_DATE_CORE)
ANY_DATE_RE = re.compile(rf"{_DATE_CORE}|{_REL_DATE}|{_YEAR_LAST_DATE}")
DATE_LABEL_RE = re.compile(r"(?:发布|发表|更新|修改)?(?:时间|日期)\s*[：:]")
UPDATE_RE = re.compile(r"(?:更新|修改|编辑于|最后)")
VIEWS_RE = re.compile(
    r"(?:阅读|点击|浏览|人气|阅读量|浏览量|浏览次数|点击数|查看|热度|围观)\s*(?:数|量|次数)?\s*[：:]?\s*"
    r"(\d[\d,.]*\s*[万千wWkK]?\+?)\s*次?"
    r"|(\d[\d,.]*\s*[万千wWkK]?\+?)\s*(?:次阅读|人阅读|阅读|次浏览|浏览|次点击|人看过|views?\b)"
)
COMMENTS_LABEL_RE = re.compile(r"(?:评论|跟帖|回复|留言)\s*(?:数)?\s*[：:(（]?\s*(\d[\d,]*)")
COMMENTS_RE = re.compile(
    r"(?:评论|跟帖|回复|留言)\s*(?:数)?\s*[：:(（]?\s*(\d[\d,]*)\s*[)）]?(?:\s*条)?"
    r"|(\d[\d,]*)\s*(?:条评论|评论|条回复|comments?\b)",
    re.I,
)
META_HINT_RE = re.compile(
    r"来源|来自|作者|责任编辑|编辑|发布|时间|日期|点击|阅读|浏览|字号|分享到|打印|收藏|评论|Posted|By\s",
)
META_LABEL_RE = re.compile(r"(?:来源|来自|作者|编辑|发布|时间|日期|点击|阅读|浏览|评论)\s*[：:]")
EN_DATE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b|"
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
)
EN_META_RE = re.compile(
    r"^(?:by|written by|posted by|published|updated|last updated|first published|photo:|image:|"
    r"advertisement|advert|sponsored|image copyright|image caption|getty images|\(image)\b|"
    r"^(?:advertisement|advert|ad|sponsored content|continue reading.*|read more.*|share this.*)$",
    re.I,
)
# English furniture lines inside article containers (share/subscribe prompts, credits, captions)
EN_FURNITURE_RE = re.compile(
    r"^(?:sharing is caring|share (?:this|it|on)\b|like this (?:story|article|post)|follow (?:us|the|[A-Z@])|"
    r"subscribe\b|sign up\b|get the latest|get .{0,40} delivered|have a tip|you (?:may|might) also like|"
    r"related(?: roundup| articles?| stories| coverage)?:?$|more:$|read more\b|click here\b|filed under|topics$|tags?:|"
    r"popular on\b|tell us what you think|\d* ?comments?$|leave a (?:comment|reply)|this slideshow requires|"
    r"\(?(?:additional )?(?:reporting|writing|editing) by\b|"
    r"(?:photo|image|picture|video)(?: credit)?:|\(?image:|back to gallery|\d+ - \d+ of \d+$|"
    r"previous post$|next post$|\d+ ?shares?$)",
    re.I,
)
COPYRIGHT_RE = re.compile(r"copyright|©|ⓒ|all rights reserved|版权所有", re.I)
CSS_TOKEN_RE = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
PAGER_RE = re.compile(r"^(?:共\s*\d+\s*页|上一页|下一页|首页|尾页|末页|\d+|[<>«»‹›]+|\s|:|：|…|next|prev)+$", re.I)
PREV_NEXT_RE = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇)")
SHARE_RE = re.compile(r"^(?:分享到|分享|扫码|扫一扫|关注我们|点击|相关阅读|相关新闻|相关文章|推荐阅读|展开全文|"
                      r"返回顶部|打印本页|关闭窗口|【.{0,6}】\s*$)")
PUNCT_END_RE = re.compile(r"[。！？!?；;]\s*$|[，,].*[。.]")
COUNT_ONLY_RE = re.compile(r"^\d[\d,]*$")
TITLE_SEP_RE = re.compile(r"\s*(?:_|\||｜| - | – | — |——|-{2,}| :: |»)\s*")
PAGE_SUFFIX_RE = re.compile(r"\s*[(（]\s*\d{1,2}\s*[)）]\s*$")
LATER_PAGE_URL_RE = re.compile(r"_(\d+)\.s?html?$|[?&](?:page|p)=(\d+)")
CRUMB_RE = re.compile(r"crumb|\bplace\b|position|location|\bpath\b|daohang|weizhi|当前位置|nav-?path", re.I)
CATEGORY_HINT_RE = re.compile(r"(?:^|[\s_-])(?:tag|cate|category|channel|column|lanmu|section)(?:$|[\s_-])", re.I)
HOME_WORDS = frozenset({"首页", "主页", "home", "Home", "HOME", "正文", "网站首页", "返回首页", "当前位置"})
NEXT_WORDS = ("下一页", "下页", "next", "Next", "›", "»")

_CACHE: OrderedDict[tuple[int, str], tuple[object, _Page]] = OrderedDict()


# ---------------------------------------------------------------- page analysis
@dataclass(slots=True)
class _Page:
    """Everything the field functions share: blocks, the chosen body range, the title."""

    blocks: list[Block]
    body_idx: list[int] = field(default_factory=list)  # indices of kept body blocks
    body_el: object = None
    title: str | None = None
    title_idx: int | None = None
    first_body: int = 0
    header_end: int | None = None  # last headline/deck/meta block index
    last_body: int = -1
    jsonld: list[dict] = field(default_factory=list)


def _value(b: Block) -> float:
    """Score contribution of one block: sentence-like text up, link text and furniture down."""
    n = len(b.text)
    weight = n + len(CJK_RE.findall(b.text))
    if b.boiler:
        return -weight * 1.0 - 5
    link = b.link_len / n if n else 0
    punct = len(PUNCT_RE.findall(b.text))
    q = 1.0 if punct or n >= 40 else 0.3
    if n < 25 and META_HINT_RE.search(b.text):
        q = 0.1
    penalty = 1.5
    if 0 < link < 0.8 and n - b.link_len >= 80 and len(_SENT_END_RE.findall(b.text)) >= 2 \
            and sum(1 for _ in b.el.iter("a")) <= 2:
        penalty = 0.0  # a linked phrase or two inside prose (a news summary item) is no link list
    return weight * (1 - link) * q - weight * link * penalty - 3 + min(punct, 10)


_SENT_END_RE = re.compile(r"[.!?](?=\s|$)|[。！？]")


def _analyze(sel: Selector, url: str = "") -> _Page:
    """Parse-once analysis, cached for the last few selectors (field functions share it)."""
    root = sel.root
    key = (id(root), url or "")
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is root:
        return hit[1]
    body = root.find(".//body") if tag_of(root) != "body" else root
    if body is None:
        body = root
    blocks = text_blocks(body)
    if looks_mojibake(blocks):  # a GBK page decoded as cp1252 upstream
        for b in blocks:
            b.text = fix_mojibake(b.text)
        blocks = [b for b in blocks if b.text]
    mark_boiler(blocks)
    page = _Page(blocks)
    page.jsonld = _jsonld(sel)
    page.title = _find_title(sel, page, url)
    _choose_body(page)
    lenient = False
    if _body_len(page) < 600:  # a mixed name misled us ('sidebar-fixed article-body'): retry leniently
        alt = _Page(blocks, jsonld=page.jsonld, title=page.title)
        mark_boiler(blocks, lenient=True)
        _choose_body(alt)
        if _body_len(alt) > 2 * _body_len(page) + 50:
            page = alt
            lenient = True
        else:
            mark_boiler(blocks)
    if _body_len(page) < 300:  # names misled us (e.g. a 'sidebar' layout wrapper): retry without
        alt = _Page(blocks, jsonld=page.jsonld, title=page.title)
        mark_boiler(blocks, names=False)
        _choose_body(alt)
        if _body_len(alt) > 2 * _body_len(page) + 50:
            page = alt
        else:
            mark_boiler(blocks, lenient=lenient)
    _CACHE[key] = (root, page)
    if len(_CACHE) > 8:
        _CACHE.popitem(last=False)
    return page


def _body_len(page: _Page) -> int:
    return sum(len(page.blocks[i].text) for i in page.body_idx)


def _choose_body(page: _Page) -> None:
    blocks = page.blocks
    sums: dict[int, float] = {}
    els: dict[int, object] = {}
    depth: dict[int, int] = {}
    vals = []
    for b in blocks:
        v = _value(b)
        vals.append(v)
        for d, el in enumerate(b.path):
            k = id(el)
            if k in sums:
                sums[k] += v
            else:
                sums[k] = v
                els[k] = el
                depth[k] = d
    if not sums:
        return
    best = max(sums, key=lambda k: (sums[k], depth[k]))
    page.body_el = els[best]
    inside = [i for i, b in enumerate(blocks) if any(p is page.body_el for p in b.path)]
    bar = 2 * max(sums[best], 0) + 100
    run = _best_run(blocks, vals) if sum(v for v in vals if v > 0) > bar else None
    if run and run[0] > bar:
        # article paragraphs loose in a layout cell whose other content (menus, ad tables)
        # outweighs them: the best run of adjacent siblings beats every whole container
        page.body_el = run[1]
        inside = list(range(run[2], run[3] + 1))
    if not inside:
        return
    page.first_body, page.last_body = inside[0], inside[-1]
    # title position: the block equal to the title, before or at the body start
    page.title_idx = None
    if page.title:
        for i, b in enumerate(blocks[: inside[-1] + 1]):
            if b.text == page.title or (b.heading and page.title in b.text and len(b.text) < len(page.title) + 12):
                page.title_idx = i
                break
    if page.title_idx is not None and page.title_idx > inside[0] and \
            sum(len(blocks[i].text) for i in inside if i < page.title_idx) > 500:
        page.title_idx = None  # a heading deep inside the article ('Reviews') is not its headline
    header_end = page.title_idx
    if page.title_idx is not None:  # deck + meta lines right under the headline are not body
        for i in range(page.title_idx + 1, min(len(blocks), page.title_idx + 8)):
            t = blocks[i].text
            if len(t) <= 120 and (_is_meta_line(t) or (ANY_DATE_RE.search(t) and len(t) <= 40)):
                header_end = i
            elif len(t) > 60 or PUNCT_END_RE.search(t):
                break
    page.header_end = header_end
    kept = []
    for i in inside:
        b = blocks[i]
        if header_end is not None and i <= header_end:
            continue
        if _is_furniture(b, page.title):
            continue
        kept.append(i)
    page.body_idx = _first_post(blocks, inside, kept)


_SOCIAL_RE = re.compile(r"facebook|twitter|whatsapp|pinterest|\bpint\b|linkedin|reddit|telegram|tumblr|"
                        r"\bemail\b|e-mail|\btweet\b|微信|微博|QQ空间|朋友圈", re.I)


def _first_post(blocks: list[Block], inside: list[int], kept: list[int]) -> list[int]:
    """Keep only the first post of a multi-post page (a blog's date archive, a page of quotes).

    Posts are told apart by a short separator line that repeats, digits aside,
    between runs of body text: a post footer/header with a poster and a date ('由NAME张贴 @
    DATE', 'posted by NAME on DATE') or a per-post share bar. The body ends at the first such
    line that follows body text, when more body text follows it (a share bar above and below one
    article is no separator)."""
    if len(kept) < 2:
        return kept
    shapes: dict[str, list[int]] = {}
    for i in inside:
        t = blocks[i].text
        if len(t) > 120:
            continue
        post_line = POSTED_RE.search(t) and _DATE_NEAR_RE.search(t)
        share_bar = len(t) <= 60 and len(_SOCIAL_RE.findall(t)) >= 2
        if post_line or share_bar:
            shapes.setdefault(re.sub(r"\d+", "#", t), []).append(i)
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


def _is_furniture(b: Block, title: str | None) -> bool:
    """Blocks inside the body container that are not body text."""
    t = b.text
    n = len(t)
    if b.boiler:
        return True
    if title and t == title:
        return True
    if b.link_len and b.link_len >= 0.5 * n and not (n > 150 and b.link_len < 0.8 * n):
        return True
    if n <= 80 and (PREV_NEXT_RE.match(t) or PAGER_RE.match(t) or SHARE_RE.match(t)):
        return True
    if n <= 60 and (EDITOR_RE.search(t) or BYLINE_RE.match(t)):
        return True
    if n <= 200 and (EN_FURNITURE_RE.match(t) or CSS_TOKEN_RE.match(t)):
        return True
    if n <= 60 and COPYRIGHT_RE.search(t):
        return True
    if b.tag == "figure" and n <= 150:  # caption/credit text directly in <figure>
        return True
    return bool(n <= 120 and _is_meta_line(t))


def _is_meta_line(t: str) -> bool:
    """A date/source/author info line (two or more labelled facts, or a bare date line)."""
    if len(t) <= 90 and (EN_META_RE.search(t) or (EN_DATE_RE.search(t) and len(EN_DATE_RE.sub("", t)) <= 30)):
        return True
    hits = len(re.findall(r"(?:来源|来自|作者|编辑|发布|时间|日期|点击|阅读|浏览|字号|评论)\s*[：:]", t))
    has_date = bool(DATE_RE.search(t))
    if hits >= 2 or (hits and has_date):
        return True
    return bool(has_date and len(DATE_RE.sub("", t).strip(" -|:：")) <= 12)


def _jsonld(sel: Selector) -> list[dict]:
    out: list[dict] = []
    for raw in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                if "@graph" in d:
                    stack.append(d["@graph"])
                out.append(d)
    return out


def _ld(page: _Page, key: str):
    for d in page.jsonld:
        t = d.get("@type")
        types = t if isinstance(t, list) else [t]
        if key in d and any(isinstance(x, str) and ("Article" in x or "Posting" in x) for x in types):
            return d[key]
    for d in page.jsonld:
        if key in d:
            return d[key]
    return None


def _meta(sel: Selector, *names: str) -> str | None:
    for n in names:
        v = sel.xpath(f'//meta[@property="{n}" or @name="{n}" or @itemprop="{n}"]/@content').get()
        if v and v.strip():
            return clean(v)
    return None


# ---------------------------------------------------------------- title
def _strip_site(title: str) -> str:
    parts = [p for p in TITLE_SEP_RE.split(title) if p]
    if len(parts) <= 1:
        return title
    best = max(parts, key=len)
    return parts[0] if len(parts[0]) >= 0.6 * len(best) else best


def extract_title(sel: Selector, url: str) -> str | None:
    """Headline: a heading that the <title>/og:title starts with, else the cleaned <title>/og:title."""
    return _analyze(sel, url).title


def _find_title(sel: Selector, page: _Page, url: str) -> str | None:
    head = clean(sel.xpath("//title/text()").get())
    og = _meta(sel, "og:title", "twitter:title")
    ld = _ld(page, "headline")
    ld = clean(ld) if isinstance(ld, str) else None
    refs = [r for r in (head, og, ld) if r]
    later = bool(url and LATER_PAGE_URL_RE.search(url))
    headings = [b for b in page.blocks if b.heading and not b.boiler]
    for b in headings[:12]:
        t = PAGE_SUFFIX_RE.sub("", b.text) if later else b.text
        if len(t) >= 4 and any(r.startswith(t) or t in r for r in refs):
            return t
    for b in page.blocks:  # a title-classed div
        if "title" in hint_of(b.el).lower() and 4 <= len(b.text) <= 80 and any(b.text in r for r in refs):
            return PAGE_SUFFIX_RE.sub("", b.text) if later else b.text
    for r in (ld, og, head):
        if r:
            t = _strip_site(r)
            return PAGE_SUFFIX_RE.sub("", t) if later else t
    h1 = [b.text for b in headings if b.tag == "h1"]
    return h1[0] if h1 else None


# ---------------------------------------------------------------- zones for metadata
def _zone(page: _Page) -> list[str]:
    """Lines between the headline and the body start (or the lines just before the body)."""
    b = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    end = page.body_idx[0] if page.body_idx else page.first_body
    lines = [x.text for x in b[start:end] if len(x.text) <= 200]
    if page.body_idx:  # meta lines dropped from inside the body container
        body = set(page.body_idx)
        lines += [b[i].text for i in range(page.first_body, page.last_body + 1)
                  if i not in body and len(b[i].text) <= 120 and i >= start]
    # a long run (a headline far above the body, blog posts with headers): both ends matter
    return lines[:6] + lines[-8:] if len(lines) > 14 else lines


def _after(page: _Page, n: int = 8) -> list[Block]:
    """Blocks right after the last body paragraph (editor lines, counters, stat bars)."""
    last = page.body_idx[-1] if page.body_idx else page.last_body
    return page.blocks[last + 1: last + 1 + n]


def _ensure_title(sel: Selector, url: str) -> _Page:
    return _analyze(sel, url)


def _first_match(rx: re.Pattern, lines: list[str]) -> str | None:
    for line in lines:
        m = rx.search(line)
        if m:
            g = next((x for x in m.groups() if x), None)
            if g:
                return clean(g)
    return None


# ---------------------------------------------------------------- field functions
def extract_body(sel: Selector, url: str) -> list[str]:
    """Body paragraphs in order (each p/li/heading/table row/<br><br> run), furniture removed."""
    page = _ensure_title(sel, url)
    return [page.blocks[i].text for i in page.body_idx]


# ---------------------------------------------------------------- author
_CJK_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAME_TOKEN_RE = re.compile(rf"^(?:{_CJK_NAME}|[A-Za-z][A-Za-z.'-]{{1,20}})$")
_AUTHOR_LABEL_RE = re.compile(
    r"(?:原作者|作者|撰文|撰稿|执笔人|执笔|(?<![\u4e00-\u9fff])文|记者|作\s者|发文机关|[Bb]y)\s*[：:]\s*"
)
# a name ends at: punctuation, a bracket, the next label word, a date
_NAME_CUT_RE = re.compile(
    r"[：:|｜/\\，,。;；()（）\[\]【】<>〓]|(?:阅读|浏览|点击|评论|来源|时间|日期|发表|发布|编辑|责编|出自|译\s*[：:]|"
    r"(?:19|20)\d{2}[-/.年])"
)
_NOT_NAME = frozenset({
    "关注", "分享", "收藏", "打印", "评论", "返回", "首页", "前言", "引言", "摘要", "正文", "目录", "简介", "概述",
    "导语", "序言", "后记", "附录", "图片", "视频", "未知", "佚名", "匿名", "本站", "本网", "原创", "转载", "admin",
    "完", "待续", "未完待续", "全文完", "本文完", "未完", "续", "组图", "资料图", "供图", "上", "下", "中",
})
_ORG_END_RE = re.compile(r"(?:社|网|报|台|站|部|局|厅|委|会|院|所|司|营|团|队|组|班|中心|集团|公司|频道|杂志|日报|晚报|报道|议程)$")
# a labelled name: CJK of person-name length, or a handle/latin name (no markup, no sentences)
_NAME_CHARS_RE = re.compile(r"^(?:[\u4e00-\u9fff·]{1,5}|(?=.*[A-Za-z0-9&])[\w\u4e00-\u9fff·&.'-]{1,24})$")
_DATE_NEAR_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}")
# reporter credits: 本报记者 王某 / 记者马某/文 / （记者 王某 李某）/ 本报记者罗某发自北京
REPORTER_RE = re.compile(
    rf"(?:记者|通讯员|实习生)\s*({_CJK_NAME}(?=$|\s|[，,。;；）)\]】/]|报道|发自|摄|采写|整理)"
    rf"(?:[ 、]+{_CJK_NAME}(?=$|[ 、]|[，,。;；）)\]】]))*)"
)
# photo/text credit after the name: 蔡某/摄, 王某/文
CREDIT_AFTER_RE = re.compile(rf"(?:^|\s)({_CJK_NAME})\s*[/／]\s*(?:文|摄|图)(?:$|\s|[，,。)）])")
# forum/blog post headers: 由NAME张贴 @ DATE, 本贴由NAME于DATE, NAME 发表于 DATE, ... by NAME
POSTED_RE = re.compile(
    r"由\s*([\w\u4e00-\u9fff·&]{1,16}?)\s*(?:张贴|发表|发布|于|在)"
    r"|(?:^|\s)([\w\u4e00-\u9fff·&]{2,16})\s+发表于"
    r"|(?:^|\s)(?:posted\s+)?by\s+([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff.·-]{1,20})(?=\s|$|〓)",
    re.I,
)
# end-of-article credit: （常某 马某） / （姚某 上海报道）
END_CREDIT_RE = re.compile(
    rf"[（(]\s*({_CJK_NAME}(?:[ 、]+{_CJK_NAME})*)(?:\s+[\u4e00-\u9fff]{{2,6}}报道)?\s*[)）]\s*$"
)
# a date/time directly followed by a bracketed name: '2004年7月16日08:19 [ 黄某 ]'
DATED_BRACKET_NAME_RE = re.compile(rf"(?:日|\d{{1,2}}:\d{{2}})\s*[\[【]\s*({_CJK_NAME}(?:\s+{_CJK_NAME}){{0,3}})\s*[\]】]")
NAME_LINE_RE = re.compile(rf"^(?:{_CJK_NAME}(?:[、，, ]\s*{_CJK_NAME}){{0,4}}|[A-Za-z][A-Za-z0-9_]{{2,19}})$")
_BAD_META_AUTHOR_RE = re.compile(
    r"https?:|www\.|\.(?:com|cn|net|org)\b|[,，|]|_\d|\d{3,}|\bteam\b|\binc\b|\bltd\b|admin|"
    r"网络?$|公司|集团|出版|编辑部|报社|贡献者|contributors",
    re.I,
)


def _labelled_name(rest: str, org: bool = False) -> str | None:
    """The name(s) right after an author label: first token (cut at punctuation, the next label,
    a date), then further whitespace-separated name tokens ('宋怡 杨志华'), an alias in
    parentheses ('周思博 (Joel Spolsky)'); '赵 培' (a two-character name padded) is joined."""
    rest = rest.strip().lstrip("[【").strip()
    tokens = rest.split()
    if not tokens:
        return None
    m = _NAME_CUT_RE.search(tokens[0])
    first = tokens[0][: m.start()] if m else tokens[0]
    if org:  # 发文机关：吉林省人民政府 -- the issuing body is the author of an official notice
        return first if 2 <= len(first) <= 30 else None
    if not first or first in _NOT_NAME or not _NAME_CHARS_RE.match(first) or _ORG_END_RE.search(first):
        return None
    names = [first]
    i = 1
    if not m and len(first) == 1 and i < len(tokens):
        m = _NAME_CUT_RE.search(tokens[1])
        second = tokens[1][: m.start()] if m else tokens[1]
        if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", second):
            names = [first + second]  # 赵 培
            i = 2
    if not m:
        if i < len(tokens) and tokens[i].startswith(("(", "（")):  # alias in parentheses
            alias = []
            for t in tokens[i:i + 5]:
                alias.append(t)
                if t.endswith((")", "）")):
                    names.append(" ".join(alias))
                    break
            return " ".join(names)
        while i < len(tokens) and len(names) < 6:
            t = tokens[i]
            if not re.fullmatch(_CJK_NAME, t) or _NAME_CUT_RE.search(t) or t in _NOT_NAME \
                    or _ORG_END_RE.search(t) or "记者" in t:
                break
            names.append(t)
            i += 1
    return clean(" ".join(names))


def _author_in(lines: list[str], credits: bool = True) -> str | None:
    """Labelled author (作者：/文：/记者：/By:), forum post header; with ``credits`` also reporter
    credits (记者 王某) and 'NAME/摄' lines."""
    for line in lines:
        if len(line) > 200:
            continue
        for m in _AUTHOR_LABEL_RE.finditer(line):
            v = _labelled_name(line[m.end():], org=m.group(0).startswith("发文"))
            if v:
                return v
        m = BYLINE_RE.match(line)
        if m:
            return clean(m.group(1))
    for line in lines:
        if len(line) > 200:
            continue
        m = POSTED_RE.search(line)
        if m and len(line) <= 120 and _DATE_NEAR_RE.search(line):
            v = next(g for g in m.groups() if g)
            if v not in _NOT_NAME and not v.isdigit():
                return v
    for line in lines:
        m = DATED_BRACKET_NAME_RE.search(line) if len(line) <= 120 else None
        if m and m.group(1) not in _NOT_NAME and not _ORG_END_RE.search(m.group(1)):
            return clean(m.group(1))
    for line in lines if credits else ():
        for m in REPORTER_RE.finditer(line):
            inside_parens = line[: m.start()].count("（") + line[: m.start()].count("(") > \
                line[: m.start()].count("）") + line[: m.start()].count(")")
            rest = line[m.end():].strip()
            credit_line = len(line) <= 40 and (not rest or rest.endswith("报道") or rest.startswith(
                ("发自", "/", "／", "摄", "）", ")", "报道")))
            names = m.group(1).replace("、", " ").split()
            if len(names) > 1 and names[-1].endswith("报道"):  # 王某 北京报道
                names.pop()
            if (credit_line or inside_parens) and not any(_ORG_END_RE.search(n) for n in names):
                return " ".join(names)
        if len(line) <= 40:
            m = CREDIT_AFTER_RE.search(line) or CREDIT_AFTER_RE.search(line[-24:])
        else:
            m = CREDIT_AFTER_RE.search(line[-24:])
        if m and m.group(1) not in _NOT_NAME:
            return m.group(1)
    return None


def _meta_author(sel: Selector, page: _Page) -> str | None:
    """JSON-LD author (a Person, not an Organization) or <meta name=author> that reads as a name
    (not a site/company name, a URL, a comma list of keywords or a user id)."""
    ld = _ld(page, "author")
    if isinstance(ld, list) and ld:
        ld = ld[0]
    if isinstance(ld, dict):
        ld = None if ld.get("@type") == "Organization" else ld.get("name")
    if isinstance(ld, str) and ld.strip() and not _BAD_META_AUTHOR_RE.search(ld):
        return clean(ld)
    m = _meta(sel, "author", "article:author", "dc.creator")
    if m and not _BAD_META_AUTHOR_RE.search(m) and len(m) <= 40:
        return m
    return None


def extract_author(sel: Selector, url: str) -> str | None:
    """Byline author.

    Order: labelled/post-header/reporter credits near the headline (the meta zone and the first
    body lines), JSON-LD/meta author that reads as a person, credits at the end of the article
    (last paragraphs and the lines after them: '（记者 王某）', '（王某 李某）'), and last a
    name-only line right under the headline ('胡平').
    """
    page = _ensure_title(sel, url)
    blocks = page.blocks
    zone = _zone(page)
    top = [blocks[i].text for i in range(page.first_body, min(page.last_body + 1, page.first_body + 6))
           if len(blocks[i].text) <= 200]
    # a blog/forum post footer right under the text names the poster and the post time
    # ('作者:NAME 阅读(12) 发表于:DATE'); it outranks credits quoted inside a reposted story
    footer = [b.text for b in _after(page, 4) if len(b.text) <= 120 and _POST_FOOTER_RE.search(b.text)
              and _DATE_NEAR_RE.search(b.text)]
    v = _author_in(footer, credits=False) if footer else None
    if v:
        return v
    v = _author_in(zone + top)
    if v:
        return v
    v = _meta_author(sel, page)
    if v:
        return v
    mid = [blocks[i].text for i in range(page.first_body + 6, min(page.last_body + 1, page.first_body + 30))
           if len(blocks[i].text) <= 80]
    v = _author_in(mid, credits=False)  # a forum post's own header/footer line
    if v:
        return v
    tail_idx = page.body_idx[-3:] if page.body_idx else []
    tail = [blocks[i].text for i in tail_idx] + [b.text for b in _after(page, 12)]
    v = _author_in(tail)
    if v:
        return v
    for i in tail_idx:
        m = END_CREDIT_RE.search(blocks[i].text)
        names = m.group(1).replace("、", " ").split() if m else []
        if names and names[-1].endswith("报道"):  # （姚某 上海报道）
            names.pop()
        if names and not any(n in _NOT_NAME or _ORG_END_RE.search(n) for n in names):
            return " ".join(names)
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 3)
    title = page.title or ""
    for b in blocks[start: min(start + 7, page.first_body + 4)]:
        t = b.text
        if not b.link_len and not b.boiler and not b.heading and NAME_LINE_RE.match(t) and t not in _NOT_NAME \
                and not _ORG_END_RE.search(t) and (t not in title or title.startswith(t + "：")):
            return t
    # no author credited anywhere: a plain 编辑： (the one person named as having written/edited
    # the piece on small sites) is the byline; 责任编辑 is the desk editor and stays the editor
    for line in zone + tail:
        m = _PLAIN_EDITOR_RE.search(line) if len(line) <= 80 else None
        if m:
            v = _labelled_name(line[m.end():])
            if v:
                return v
    return None


_POST_FOOTER_RE = re.compile(r"(?:发表于|发布于|发帖于|posted (?:on|at))\s*[：:]?", re.I)
_PLAIN_EDITOR_RE = re.compile(r"(?<![责任总主])编辑\s*[：:]\s*")


def extract_editor(sel: Selector, url: str) -> str | None:
    """责任编辑 / 编辑: from the body's last lines, the lines after it, or the meta zone."""
    page = _ensure_title(sel, url)
    lines = [page.blocks[i].text for i in range(max(0, page.last_body - 4), page.last_body + 1)]
    lines += [b.text for b in _after(page)] + _zone(page)
    return _first_match(EDITOR_RE, [x for x in lines if len(x) <= 80])


def extract_source(sel: Selector, url: str) -> str | None:
    """来源 / 来自 in the meta zone (or after the body), else a source/publisher-named element."""
    page = _ensure_title(sel, url)
    zone = _zone(page)
    v = _first_match(SOURCE_RE, zone + [b.text for b in _after(page)])
    if v:
        return v
    for b in page.blocks[(page.title_idx or 0): page.first_body + 1]:
        h = hint_of(b.el).lower()
        if re.search(r"(?:^|[\s_-])(?:src|source|publisher|media)(?:$|[\s_-])", h) and len(b.text) <= 30:
            return b.text
    for el in _span_hints(page, r"(?:^|[\s_-])(?:src|source|publisher|media)(?:$|[\s_-])"):
        return el
    return None


def _span_hints(page: _Page, pattern: str) -> list[str]:
    """Short texts of inline elements (spans) with a class hint, in the zone around the headline."""
    rx = re.compile(pattern, re.I)
    out = []
    start = page.title_idx if page.title_idx is not None else max(0, page.first_body - 6)
    end = page.body_idx[0] if page.body_idx else page.first_body
    for b in page.blocks[start: end + 1]:
        for el in b.el.iter("span", "em", "a", "i", "div"):
            if rx.search(hint_of(el)):
                t = clean(el.text_content())
                if 0 < len(t) <= 30:
                    out.append(t)
    return out


_PUB_BEFORE_RE = re.compile(
    r"(?:发布|发表|发帖|张贴|刊登|上传|posted|published|由\S{1,16}?于|@)\s*(?:时间|日期|于|on)?\s*[：:]?\s*$", re.I)
_OTHER_BEFORE_RE = re.compile(r"(?:建立|注册|加入|截止|到期|登录|成立|创建|生日|出生)(?:于|时间|日期)?\s*[：:]?\s*$")
_WRITTEN_DATE_RE = re.compile(rf"成文(?:日期|时间)\s*[：:]?\s*({_DATE_CORE})")
_HAS_TIME_RE = re.compile(r"\d{1,2}\s*[:：时]\s*\d{2}")


_BAR_HINT_RE = re.compile(r"search|sousuo|login|topbar|toolbar|weather|tianqi", re.I)


def _bar_block(b: Block) -> bool:
    """A block inside a search/login/tool/weather bar: the date a portal shows there is today's."""
    return any(_BAR_HINT_RE.search(hint_of(el)) for el in b.path[-3:])


def _ymd(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def _dates_in(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(first publish-labelled date, first plain date, first update date) in ``lines``; dates
    labelled as something else (建立于/注册/截止 ...) are skipped."""
    pub = plain = upd = None
    for line in lines:
        for mm in ANY_DATE_RE.finditer(line):
            before = line[max(0, mm.start() - 20): mm.start()]
            after = line[mm.end(): mm.end() + 3]
            d = clean(mm.group(0))
            if _OTHER_BEFORE_RE.search(before):
                continue
            if _PUB_BEFORE_RE.search(before):
                pub = pub or d
            elif UPDATE_RE.search(before[-8:]) or UPDATE_RE.match(after.strip()):
                upd = upd or d
            else:
                plain = plain or d
    return pub, plain, upd


#: Meta tags that state the publication time, best first.
PUBLISHED_META = ("article:published_time", "pubdate", "publishdate", "PubDate", "publish_date",
                  "og:article:published_time", "datePublished", "date", "dc.date", "DC.date.issued",
                  "dc.date.issued", "sailthru.date", "parsely-pub-date")
#: A header line that is only a piece of a split date (``2019`` / ``09/07`` / ``19:02``).
_DATE_PIECE_RE = re.compile(r"^[\d\s/\-:.年月日]{2,16}$")
#: Month-word dates in a header line (``May 6, 2014``, ``6. Mai 2014``), for non-Chinese pages.
_WORD_DATE_RE = re.compile(r"\b\d{1,2}\.? ?[A-Za-zäéû]{3,9}\.? ?,? ?(?:19|20)\d{2}\b"
                           r"|\b[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?, ?(?:19|20)\d{2}\b")


def _visible_published(page: _Page) -> str | None:
    """The date line printed by the headline: labelled, plain, month-word, or split pieces joined."""
    blocks = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    header = [b.text for b in blocks[start:body0] if len(b.text) <= 200 and not _bar_block(b)]
    if len(header) > 14:
        header = header[:6] + header[-8:]
    top = [blocks[i].text for i in range(page.first_body, min(page.last_body + 1, page.first_body + 30))
           if len(blocks[i].text) <= 120]
    pub, plain, _ = _dates_in(header)
    found = pub or _dates_in(top)[0] or plain
    if found:
        return found
    for line in header:
        mm = _WORD_DATE_RE.search(line)
        if mm:
            return line if len(line) <= 80 else mm.group(0)
    pieces = [t for t in header if _DATE_PIECE_RE.match(t) and re.search(r"\d", t)]
    return " ".join(pieces) if pieces else None


def extract_published_candidates(sel: Selector, url: str) -> list[tuple[str, str]]:
    """Every place the page states its publication time, as ``(source, text)`` pairs.

    Sources (ranked by :func:`autoparts_crawler.normalize.resolve_published`): ``visible``
    (the line by the headline), ``time`` (``<time datetime>``), ``jsonld`` (datePublished),
    ``meta``, ``nearby`` (what :func:`extract_published` settles on), ``url`` (the page URL).
    """
    page = _ensure_title(sel, url)
    out: list[tuple[str, str]] = []
    visible = _visible_published(page)
    if visible:
        out.append(("visible", visible))
    t = sel.xpath("//time/@datetime").get()
    if t and t.strip():
        out.append(("time", clean(t)))
    v = _ld(page, "datePublished")
    if isinstance(v, str) and v.strip():
        out.append(("jsonld", clean(v)))
    m = _meta(sel, *PUBLISHED_META)
    if m:
        out.append(("meta", m))
    nearby = extract_published(sel, url)
    if nearby:
        out.append(("nearby", nearby))
    out.append(("url", url))
    return out


def extract_published(sel: Selector, url: str) -> str | None:
    """Publish time as shown.

    A publish-labelled date near the headline (发布时间/发表于/由NAME张贴 @ DATE) wins; else
    JSON-LD datePublished / meta tags (replaced by a visible same-day date that also shows the
    time), else a plain date near the headline, <time>, dates before/after the body.
    """
    page = _ensure_title(sel, url)
    blocks = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    header = [b.text for b in blocks[start:body0] if len(b.text) <= 200 and not _bar_block(b)]
    if len(header) > 14:
        header = header[:6] + header[-8:]
    top = [blocks[i].text for i in range(page.first_body, min(page.last_body + 1, page.first_body + 30))
           if len(blocks[i].text) <= 120]
    for line in header + top:  # an official document's date is its 成文日期, not the posting date
        mm = _WRITTEN_DATE_RE.search(line)
        if mm:
            return clean(mm.group(1))
    pub, plain, upd = _dates_in(header)
    if pub:
        return pub
    pub_top = _dates_in(top)[0]
    if pub_top:
        return pub_top
    v = _ld(page, "datePublished")
    structured = clean(v) if isinstance(v, str) and v.strip() else None
    structured = structured or _meta(
        sel, "article:published_time", "pubdate", "publishdate", "PubDate", "publish_date",
        "og:article:published_time", "datePublished", "date", "dc.date", "DC.date.issued",
        "sailthru.date", "parsely-pub-date")
    if structured:
        if plain and not _HAS_TIME_RE.search(structured) and _HAS_TIME_RE.search(plain) \
                and _ymd(plain) == _ymd(structured):
            return plain
        return structured
    if not plain and not upd:  # meta lines dropped from the top of the body container
        body = set(page.body_idx)
        _, plain, upd = _dates_in([blocks[i].text for i in range(page.first_body, min(page.last_body + 1, start + 30))
                                    if i not in body and len(blocks[i].text) <= 120])
    if plain or upd:
        return plain or upd
    t = sel.xpath("//time/@datetime").get() or clean(sel.xpath("string(//time)").get())
    if t:
        return clean(t)
    # a date anywhere before the body, nearest to it; then right after it
    for b in reversed(blocks[max(0, page.first_body - 25): page.first_body]):
        mm = DATE_RE.search(b.text) if not _bar_block(b) else None
        if mm and len(b.text) <= 200:
            return clean(mm.group(0))
    for b in blocks[page.last_body + 1: page.last_body + 12]:
        mm = DATE_RE.search(b.text)
        if mm and len(b.text) <= 200:
            return clean(mm.group(0))
    for i in page.body_idx[:3]:
        mm = DATE_RE.search(blocks[i].text)
        if mm:
            return clean(mm.group(0))
    return None


def extract_category(sel: Selector, url: str) -> str | None:
    """Channel: breadcrumb's last channel link, meta article:section, or a category label near the article."""
    page = _ensure_title(sel, url)
    for el in sel.root.iter("div", "p", "nav", "span", "ol", "ul"):
        h = hint_of(el)
        text = None
        if h and CRUMB_RE.search(h):
            pass
        else:
            text = el.text or ""
            if "当前位置" not in text and "您的位置" not in text:
                continue
        names = [clean(a.text_content()) for a in el.iter("a")]
        names = [n for n in names if n and n not in HOME_WORDS and n != page.title]
        if names:
            return names[-1]
    m = _meta(sel, "article:section", "category")
    if m:
        return m
    hints = _span_hints(page, CATEGORY_HINT_RE.pattern)
    for b in _after(page, 4):
        for el in b.el.iter("span", "em", "a", "i"):
            if CATEGORY_HINT_RE.search(hint_of(el)):
                t = clean(el.text_content())
                if 0 < len(t) <= 10:
                    hints.append(t)
    return hints[0] if hints else None


def extract_views(sel: Selector, url: str) -> str | None:
    """View count as shown (阅读：34 / 点击: 638 次 / 2.6万阅读) near the headline or in the stat bar."""
    page = _ensure_title(sel, url)
    v = _first_match(VIEWS_RE, _zone(page))
    if v:
        return v
    return _first_match(VIEWS_RE, [b.text for b in _after(page, 4) if len(b.text) <= 60])


def extract_comments(sel: Selector, url: str) -> str | None:
    """Comment count: '评论 14' near the body, or a lone counter element right after the editor line."""
    page = _ensure_title(sel, url)
    after = _after(page, 6)
    prev_editor = page.last_body >= 0 and bool(
        EDITOR_RE.search(page.blocks[page.last_body].text) if page.blocks else False)
    for b in after:
        if len(b.text) <= 60:
            m = COMMENTS_LABEL_RE.search(b.text)
            if m:
                return m.group(1)
        if COUNT_ONLY_RE.match(b.text) and (prev_editor or re.search(r"comment|cmt|pinglun|pl", hint_of(b.el)
                                                                     + " " + _inner_hints(b.el), re.I)):
            return b.text
        if len(b.text) <= 60:
            m = COMMENTS_RE.search(b.text)
            if m:
                return next(g for g in m.groups() if g)
        prev_editor = bool(EDITOR_RE.search(b.text))
    return _first_match(COMMENTS_RE, [x for x in _zone(page) if len(x) <= 80])


def _inner_hints(el) -> str:
    return " ".join(hint_of(x) for x in el.iter() if isinstance(x.tag, str))


def extract_canonical(sel: Selector, url: str) -> str | None:
    """<link rel=canonical> (or og:url), absolute."""
    href = sel.xpath('//link[@rel="canonical"]/@href').get() or _meta(sel, "og:url")
    if not href or not href.strip():
        return None
    return safe_urljoin(url or "", href.strip())


def extract_next_page(sel: Selector, url: str) -> str | None:
    """The article's own pager: 下一页 link, else the page-number link for the next page (876_2.html)."""
    m = LATER_PAGE_URL_RE.search(url or "")
    current = int(next(g for g in m.groups() if g)) if m else 1
    numbered = None
    for a in sel.root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript", "#")):
            continue
        t = clean(a.text_content())
        target = safe_urljoin(url or "", href)
        if target == url or not _same_article(url, target):
            continue
        if t in NEXT_WORDS:
            return target
        if numbered is None and t.isdigit() and int(t) == current + 1:
            numbered = target
    return numbered


def _same_article(url: str, target: str) -> bool:
    """A continuation page shares the article's URL stem (876.html -> 876_2.html, ?page=2)."""
    if not url:
        return True
    stem = re.sub(r"(?:_\d+)?\.s?html?(?:\?.*)?$|\?.*$", "", url)
    return target.startswith(stem)


def extract_generic(sel: Selector, url: str) -> RawArticle:
    """All raw fields of an article page, extractor='generic'."""
    from autoparts_crawler.extraction.listing import extract_related

    page = _ensure_title(sel, url)
    return RawArticle(
        title=page.title,
        subtitle=_subtitle(page),
        paragraphs=extract_body(sel, url),
        author=extract_author(sel, url),
        editor=extract_editor(sel, url),
        source=extract_source(sel, url),
        published_raw=extract_published(sel, url),
        published_candidates=extract_published_candidates(sel, url),
        category=extract_category(sel, url),
        views_raw=extract_views(sel, url),
        comments_raw=extract_comments(sel, url),
        related=extract_related(sel, url),
        canonical_url=extract_canonical(sel, url),
        next_page_url=extract_next_page(sel, url),
        extractor="generic",
    )


def _subtitle(page: _Page) -> str | None:
    """Deck lines between the headline and the body that are not meta lines."""
    if page.title_idx is None or not page.body_idx:
        return None
    lines = []
    for b in page.blocks[page.title_idx + 1: page.body_idx[0]]:
        t = b.text
        if b.boiler or b.link_len or len(t) > 60 or _is_meta_line(t) or META_LABEL_RE.search(t) \
                or BYLINE_RE.match(t):
            continue
        if ANY_DATE_RE.search(t) or COUNT_ONLY_RE.match(t):
            continue
        lines.append(t)
    return "\n".join(lines) if lines else None
