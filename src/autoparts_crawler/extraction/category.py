"""The article's channel: the breadcrumb's last channel link, meta article:section, or a
category-named label near the article, the menu channel of its path."""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from autoparts_crawler.extraction.analysis import PageAnalysis, first_match
from autoparts_crawler.extraction.blocks import clean, hint_of
from autoparts_crawler.extraction.vocabulary import (
    CATEGORY_CLASS_RE,
    CATEGORY_HREF_RE,
    CATEGORY_LABEL_RE,
    CHANNEL_NAME_MAX_CHARS,
    CHANNEL_NAV_LEVELS,
    COLUMN_VENUE_WORDS,
    CRUMB_CONTAINER_TAGS,
    CRUMB_CURRENT_MAX_CHARS,
    CRUMB_CURRENT_MAX_CJK,
    CRUMB_EDGE_RE,
    CRUMB_INNER_SEPARATOR_RE,
    CRUMB_MAX_LINKS,
    CRUMB_PLACEHOLDERS,
    CRUMB_RE,
    CRUMB_SEPARATOR_RE,
    CRUMB_TEXT_WORDS,
    ENCLOSED_NAME_RE,
    HOME_WORDS,
    PAGE_SECTION_RE,
)

#: The elements worth testing as a breadcrumb, in document order: a container holding a link that
#: has a class/id (a named crumb), two or more child links or single-link items (a separated
#: crumb) or a "当前位置" label. One C-level pass instead of a Python test of every element; a
#: trail found in the page footer (电脑版 · 关于我们 · 举报, a footer's row of links) is skipped.
CRUMB_CANDIDATES_XPATH = etree.XPath(
    "(" + " | ".join(f"//{t}" for t in CRUMB_CONTAINER_TAGS) + ")"
    "[@class or @id or count(a) + count(li[count(*) = 1][a]) >= 2 or "
    + " or ".join(f"text()[contains(., '{w}')]" for w in CRUMB_TEXT_WORDS) + "][.//a]")


def _in_footer(el) -> bool:
    """Inside the page footer (a <footer>, or a box whose class/id names a foot)."""
    return any(node.tag == "footer" or "foot" in hint_of(node).lower() for node in (el, *el.iterancestors()))


def is_home_link(page: PageAnalysis, a) -> bool:
    """A link to the site's home page (``/``, ``./``, ``index.html``) or named like one (首页)."""
    if clean(a.text_content()) in HOME_WORDS or clean(a.get("title") or "") in HOME_WORDS:
        return True
    path = urlsplit(page.absolute((a.get("href") or "").strip())).path
    return path in ("", "/") or path.rsplit("/", 1)[-1].startswith(("index.", "default."))


def separated_crumb(page: PageAnalysis, el) -> bool:
    """Links in a row with only directional marks between them (首页 > 新闻, 社区 › 门户 › 资讯 › 正文),
    the first one to the home page: a breadcrumb whatever its class is called."""
    if len(el) < 2:  # fewer than two children: fewer than two links
        return False
    links = sum(1 for child in el if child.tag == "a" or _link_item(child))  # most elements: no row of links
    if not 2 <= links <= CRUMB_MAX_LINKS:
        return False
    tokens: list[str] = []  # "A" for a link (or an item holding only one), else the text between links
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "a" or _link_item(child):
            tokens.append("A")
        else:
            tokens.append(clean(child.text_content()))
        tokens.append(clean(child.tail))
    tokens = [x for x in tokens if x]
    links = [i for i, x in enumerate(tokens) if x == "A"]
    if not 2 <= len(links) <= CRUMB_MAX_LINKS:
        return False
    between = tokens[links[0]:links[-1] + 1]
    if any(between[i] == between[i + 1] == "A" for i in range(len(between) - 1)):
        return False  # two links with nothing between them: a menu
    if not all(x == "A" or CRUMB_SEPARATOR_RE.match(x.replace(" ", "")) for x in between):
        return False
    first = next(c for c in el if c.tag == "a" or _link_item(c))
    return is_home_link(page, first if first.tag == "a" else next(first.iter("a")))


def _link_item(el) -> bool:
    """A list item holding one link and nothing else (``<li><a>首页</a></li>``)."""
    if el.tag != "li" or len(el) != 1 or el[0].tag != "a" or (el.text or "").strip():
        return False
    return clean(el.text_content()) == clean(el[0].text_content())


def _breadcrumb(page: PageAnalysis) -> str | None:
    """The last channel link of the page's breadcrumb (named, labelled or separator-shaped)."""
    trail = breadcrumb_trail(page)
    return trail[-1] if trail else None


def breadcrumb_trail(page: PageAnalysis) -> list[str]:
    """The channel links of the page's first breadcrumb (named, labelled or separator-shaped),
    outermost first, without the home link and the headline."""
    crumb_named: dict[str, bool] = {}  # class/id -> names a breadcrumb (names repeat a lot)
    for el in CRUMB_CANDIDATES_XPATH(page.root):
        h = hint_of(el)
        named = crumb_named.get(h)
        if named is None:
            named = crumb_named[h] = bool(h and CRUMB_RE.search(h))
        if not named:
            text = el.text or ""
            if not any(w in text for w in CRUMB_TEXT_WORDS) and not separated_crumb(page, el):
                continue
        links = [a for a in el.iter("a") if not (a.get("href") or "").strip().lower().startswith(("javascript:", "#"))]
        names = [clean(a.text_content()) for a in links]
        names = [n for n in names if n and n not in HOME_WORDS and n != page.title]
        if names and not _in_footer(el):
            current = _current_crumb(el, links[-1], page.title)
            return [*names, current] if current else names
    return []


def _current_crumb(el, last_link, title: str | None) -> str | None:
    """The crumb after the trail's last link when it names a channel (Home > News > Company News):
    short, no headline (cut or whole), no placeholder (正文, 详情)."""
    tail = []
    node = last_link
    while node is not None and node is not el:  # the text after the last link, up to the crumb's end
        tail.append(node.tail or "")
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                tail += [sib.text_content(), sib.tail or ""]
        node = node.getparent()
    # unlinked crumbs in a row (新闻 > 公司动态 > 正文): the last one that is no placeholder
    parts = [CRUMB_EDGE_RE.sub("", p) for p in CRUMB_INNER_SEPARATOR_RE.split(clean(" ".join(tail)))]
    parts = [p for p in parts if p and p.lower() not in CRUMB_PLACEHOLDERS and p not in HOME_WORDS]
    text = parts[-1] if parts else ""
    if not text or text.endswith(("...", "…")):
        return None
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    short = cjk <= CRUMB_CURRENT_MAX_CJK if cjk else (len(text) <= CRUMB_CURRENT_MAX_CHARS and len(text.split()) <= 3)
    if not short or (title and (text in title or title in text)):
        return None
    return text


def extract_category(page: PageAnalysis) -> str | None:
    """The article's category (:func:`_category`), without the title marks a programme's name is
    printed in (栏目：《汽车观察》 is 汽车观察)."""
    name = _category(page)
    m = ENCLOSED_NAME_RE.fullmatch(name) if name else None
    return m.group(1) if m else name


def _category(page: PageAnalysis) -> str | None:
    """The article's own category where its header names one (a labelled 分类：X, or a category-classed
    link by the headline), else the channel: breadcrumb's last channel link, meta article:section,
    rel=category, a category label or class near the article, the menu's channel of the page's path."""
    own = first_match(CATEGORY_LABEL_RE, page.zone()) or next(
        (t for t in _header_category_links(page)), None)
    if own:
        return own
    crumb = _breadcrumb(page)
    if crumb:
        return crumb
    m = page.meta("article:section", "category")
    if m:
        return m
    for a in page.anchors:  # <a rel="category tag"> (WordPress and its kin)
        if "category" in (a.el.get("rel") or "").lower().split() and 0 < len(a.text) <= 20:
            return a.text
    bar = page.page_bar()  # 第01版：要闻 above an e-edition's headline
    if bar:
        return PAGE_SECTION_RE.search(bar).group(1)
    venue = _column_venue(page)
    if venue:
        return venue
    labelled = first_match(CATEGORY_LABEL_RE, page.zone() + [b.text for b in page.after(6) if len(b.text) <= 80])
    if labelled:
        return labelled
    hints = page.span_hints(CATEGORY_CLASS_RE)
    for b in page.after(4):
        for el in b.el.iter("span", "em", "a", "i"):
            if CATEGORY_CLASS_RE.search(hint_of(el)):
                t = clean(el.text_content())
                if 0 < len(t) <= 10:
                    hints.append(t)
    if hints:
        return hints[0]
    return _channel_of_url(page)


def _column_venue(page: PageAnalysis) -> str | None:
    """The column a post was first filed under: a same-site link right after a venue word
    (``首发于<a href="/column/x">车后笔记</a>``). Text after the word (本文首发于微信公众号) is a source."""
    host = urlsplit(page.url).netloc
    for a in page.anchors:
        if not 0 < len(a.text) <= CHANNEL_NAME_MAX_CHARS:
            continue
        prev = a.el.getprevious()
        before = prev.tail if prev is not None else a.el.getparent().text
        if clean(before).endswith(COLUMN_VENUE_WORDS) and urlsplit(page.anchor_url(a)).netloc == host:
            return a.text
    return None


def _channel_of_url(page: PageAnalysis) -> str | None:
    """The site menu's channel whose address is the directory this page lives in (``<a href="/lbj/">
    零部件</a>`` for ``/lbj/2025-10-20/doc-x.shtml``): portals without a breadcrumb file an article
    under its channel's path. The deepest such channel; home and index links are no channel."""
    own = urlsplit(page.url)
    if not own.path or own.path.count("/") < 2:
        return None
    nav_roots = {id(b.root) for b in page.listing_blocks if b.kind == "nav"}
    best: tuple[int, str] | None = None
    for a in page.anchors:
        if not 0 < len(a.text) <= CHANNEL_NAME_MAX_CHARS or a.text in HOME_WORDS:
            continue
        if not a.href.split("#", 1)[0].split("?", 1)[0].endswith("/"):
            continue  # (resolving never adds the closing slash a channel's address needs: skip the join)
        target = urlsplit(page.anchor_url(a))
        path = target.path
        if target.netloc != own.netloc or not path.endswith("/") or len(path) < 3 or not own.path.startswith(path) \
                or path == own.path:
            continue
        node, in_nav = a.el.getparent(), False
        for _ in range(CHANNEL_NAV_LEVELS):
            if node is None:
                break
            if id(node) in nav_roots:
                in_nav = True
                break
            node = node.getparent()
        if in_nav and (best is None or len(path) > best[0]):
            best = (len(path), a.text)
    return best[1] if best else None


def _header_category_links(page: PageAnalysis) -> list[str]:
    """Texts of category-classed links (the class on the link or on its wrapper: Ghost's
    ``post-card-primary-tag``) in the lines between the headline and the body, then in the line
    right above the headline (a primary-tag kicker)."""
    c = page.body
    if c.title_idx is None:
        return []
    end = c.body_idx[0] if c.body_idx else c.first_body
    above = page.blocks[max(0, c.title_idx - 1):c.title_idx]
    out = []
    header = page.blocks[c.title_idx + 1:end]
    for b in [*header, *above]:
        for a in b.el.iter("a"):
            parent = a.getparent()
            # (the wrapper may be the line's own element when the link is all the line holds:
            # <div class="channel-label"><a>行业</a></div> above the headline)
            if CATEGORY_CLASS_RE.search(hint_of(a)) or (parent is not None and (parent is not b.el or b.link_len == len(b.text))
                                                        and CATEGORY_CLASS_RE.search(hint_of(parent))):
                text = clean(a.text_content())
                if 0 < len(text) <= 10:
                    out.append(text)
    # a link to a channel's page by its path, alone on a meta line under the headline (a menu of
    # channel links is no category)
    for b in header:
        links = [a for a in b.el.iter("a") if CATEGORY_HREF_RE.search(a.get("href") or "")]
        text = clean(links[0].text_content()) if len(links) == 1 else ""
        if 0 < len(text) <= 10:
            out.append(text)
    return out
