"""Who wrote, edited and supplied the article: author, editor, source.

Labelled credits (作者：/文/记者/By), forum and blog post headers, reporter credits inside the
first and last paragraphs, JSON-LD/meta authors that read as a person, and name-only lines
under the headline -- in that order of trust. The words and shapes are in :mod:`.vocabulary`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit

from autoparts_crawler.extraction.analysis import PageAnalysis, joined_labels
from autoparts_crawler.extraction.blocks import CJK_RE, PUNCT_RE, clean, hint_of, is_ui_run, text_before
from autoparts_crawler.extraction.body import is_image_caption, signature_name
from autoparts_crawler.extraction.vocabulary import (
    ACCOUNT_BOX_ABOVE,
    ACCOUNT_CLASS_RE,
    ACCOUNT_HREF_RE,
    AD_LABEL_LINE_RE,
    AGENCY_SIGNOFF_RE,
    ANONYMOUS_AUTHOR_RE,
    ANY_DATE_RE,
    AUTHOR_ABOVE_TITLE_BLOCKS,
    AUTHOR_ANCESTOR_LEVELS,
    AUTHOR_CLASS_RE,
    AUTHOR_HREF_RE,
    AUTHOR_LABEL_RE,
    AUTHOR_META,
    AUTHOR_PART_CLASS_RE,
    AUTHOR_ROLE_ATTRIBUTES,
    AUTHOR_ROLE_VALUE_RE,
    AUTHOR_WORD_RE,
    BAD_META_AUTHOR_RE,
    BLOG_HOST_RE,
    BLOGGER_WORD_RE,
    BRACKETED_CREDIT_LINE_RE,
    BYLINE_RE,
    BYLINE_WORD_PREFIX_RE,
    CJK_NAME_LIST_SEP_RE,
    CJK_NAME_RE,
    COAUTHOR_BODY_LINES,
    COMMA_PEOPLE_MAX_CHARS,
    COPYRIGHT_FOOTER_BLOCKS,
    COPYRIGHT_HOLDER_RE,
    COPYRIGHT_RE,
    COUNT_LINE_RE,
    COUNTER_FIELD_RE,
    COUNTER_LABEL_END_RE,
    CREDIT_AFTER_RE,
    CREDIT_COUNTER_RE,
    CREDIT_DATE_RE,
    CREDIT_EDITOR_ROLES,
    CREDIT_FILLER_RE,
    CREDIT_LABEL_RE,
    CREDIT_LINE_MAX_LEN,
    CREDIT_READING_TIME_RE,
    CREDIT_ROLE_ANY_RE,
    CREDIT_ROLE_OPENING_CHARS,
    CREDIT_ROLE_TOKEN_RE,
    CREDIT_SHORT_OTHER_ROLES,
    CREDIT_SHORT_WRITER_ROLES,
    CREDIT_TOKEN_SPLIT_RE,
    CREDIT_WRITER_ROLES,
    DATE_NEAR_RE,
    DATED_BRACKET_NAME_RE,
    DATED_LINE_BARS_RE,
    DATED_SOURCE_MAX_LEN,
    DATED_SOURCE_MIN_LEN,
    DATELINE_PAREN_CREDIT_RE,
    DATELINE_WRITER_RE,
    DEFAULT_ACCOUNT_NAMES,
    DESK_NAME_RE,
    EDITOR_LABEL_BEFORE_RE,
    EDITOR_LABEL_ML_RE,
    EDITOR_LABEL_RE,
    EDITOR_NAME_END_RE,
    EDITOR_TOP_LINES,
    EDITORIAL_CHAIN_RE,
    END_CREDIT_RE,
    ENTRY_VIEWS_RE,
    FIRST_RUN_CLAUSE_RE,
    GLUED_BUTTON_RE,
    GLUED_ROLE_NAME_RE,
    GLUED_WORDS_RE,
    HAN_COMPOUND_SURNAMES,
    HAN_SURNAMES,
    KOREAN_LINE_MAX_LEN,
    KOREAN_NOT_NAME_RE,
    KOREAN_REPORTER_RE,
    LABEL_ONLY_LINE_RE,
    LABELLED_FIELD_RE,
    LABELLED_YEARLESS_RE,
    LATIN_BY_INLINE_RE,
    LATIN_BYLINE_MAX_LOWER_WORDS,
    LATIN_BYLINE_RE,
    LATIN_DATE_WORDS,
    LATIN_EDITOR_LINE_MAX_LEN,
    LATIN_EDITOR_RE,
    LATIN_NAME_JOINERS,
    LATIN_NAME_MAX_PEOPLE,
    LATIN_NAME_MAX_WORDS,
    LATIN_NAME_PARTICLES,
    LATIN_NAME_STOP_RE,
    LATIN_NOT_NAME_WORDS,
    LATIN_OTHER_ROLES,
    LATIN_SOURCE_RE,
    LATIN_WRITER_ROLES,
    MARKUP_VALUE_RE,
    MEDIA_REPORTER_RE,
    MEDIA_REPORTER_TOKEN_RE,
    MEDIA_UNIT_TOKEN_RE,
    MEMBER_HANDLE_MAX_CHARS,
    MEMBER_HANDLE_MIN_CHARS,
    MEMBER_HREF_RE,
    META_TABLE_ROWS,
    NAME_BEFORE_DATE_RE,
    NAME_CHARS_RE,
    NAME_CUT_RE,
    NAME_LINE_RE,
    NAME_LINE_TEXT_STOP,
    NEWSROOM_WORDS,
    NOT_NAMES,
    NOT_SOURCES,
    ONE_WORD_LABEL_RE,
    OPENING_CREDIT_RE,
    OPENING_CREDIT_TEXT_RE,
    ORDINAL_HEADING_RE,
    ORG_END_RE,
    PADDED_NAME_PART_RE,
    PAGE_EDITOR_RE,
    PHOTO_AGENCIES,
    PHOTO_CREDIT_LINE_RE,
    PHOTO_CREDIT_RE,
    PHOTOGRAPHER_AFTER_RE,
    PLACE_CLASS_RE,
    PLACEHOLDER_CREDITS,
    PLAIN_EDITOR_RE,
    PLATFORM_ACCOUNT_RE,
    PLURAL_AUTHOR_LABEL_RE,
    POST_FOOTER_RE,
    POSTED_RE,
    PRESS_RELEASE_SOURCE_RE,
    READING_TIME_RE,
    RELATIVE_TEXT_RE,
    REPORTER_CREDIT_RE,
    REPORTER_RE,
    REPORTER_ROLES,
    SELF_MEDIA_MARKS,
    SELF_MEDIA_NAME_CLASS_RE,
    SITE_BRAND_MIN_CHARS,
    SOURCE_BYLINE_SEGMENT_RE,
    SOURCE_CLASS_RE,
    SOURCE_RE,
    SOURCE_SEGMENT_SPLIT_RE,
    SOURCE_STRAY_PREFIX_RE,
    STAFF_CODE_ONLY_RE,
    STAFF_CODE_RE,
    UI_WORDS,
    UNCASED_NAME_MAX_CHARS,
    UNCASED_NAME_MAX_WORDS,
    UPDATE_RE,
    URL_VALUE_RE,
    VIEWS_RE,
    WIRE_AGENCIES,
    WIRE_AGENCY_OPENERS,
    WIRE_DATELINE_RE,
    WORD_DATE_RE,
)


def credit_value(value: str | None, page: PageAnalysis, person: bool = False) -> str | None:
    """A credit as a name, or None: labels (信息来源：/作者：/文/记者) stripped, dates and UI words
    (举报, 字号 大 中 小, 分享 ...) dropped; nothing left, a count, a URL, markup printed as text, a
    photo credit or the headline is no credit, and for a ``person`` (the author) nor is a non-name word (本站, 原创)."""
    if not value:
        return None
    v = clean(value)
    if PHOTO_CREDIT_RE.search(v) or MARKUP_VALUE_RE.search(v):
        return None
    for _ in range(2):  # 信息来源：作者：X
        v = CREDIT_LABEL_RE.sub("", v, count=1)
    v = CREDIT_DATE_RE.sub(" ", v)
    v = CREDIT_COUNTER_RE.sub(" ", v)  # <span>来源：财联社</span><span>阅读 5.2W</span>: the counter runs on
    tokens = [t for t in v.split() if t not in UI_WORDS and not is_ui_run(t)]
    v = clean(" ".join(tokens)).strip(" -|｜:：,，;；/／")
    if len(v) >= 4 and GLUED_BUTTON_RE.search(v):  # 懂车的老陈关注: the follow button ran on
        v = GLUED_BUTTON_RE.sub("", v)
    if person and any(w.lower() in NEWSROOM_WORDS for w in v.split()):  # लोकमत न्यूज नेटवर्क: a desk
        return None
    if person and DESK_NAME_RE.match(v):  # （文/汽车产业处）: an office wrote it, no person is credited
        return None
    if READING_TIME_RE.match(v) or AD_LABEL_LINE_RE.match(v):  # 阅读时间约9分钟 beside the date; Reklama: no credit
        return None
    if not v or (person and v in NOT_NAMES) or COUNT_LINE_RE.match(v) or ENTRY_VIEWS_RE.match(v) \
            or URL_VALUE_RE.search(v) or VIEWS_RE.search(v):  # '·32.8万阅读·8': a counter run, no name
        return None
    titles = {t for t in (page.title, page.head_title, page.meta("og:title")) if t}
    if v in titles and v not in page.declared_site_names:  # a <title> that is only the site's name is no headline
        return None
    return v


def placeholder_credit(value: str | None) -> bool:
    """A credit a CMS fills in when nobody is credited (本站原创, 不详, 佚名, admin), labels stripped."""
    if not value:
        return False
    v = clean(value)
    for _ in range(2):
        v = CREDIT_LABEL_RE.sub("", v, count=1)
    v = v.strip(" -|｜:：,，;；/／")
    return v in PLACEHOLDER_CREDITS or v.lower() in DEFAULT_ACCOUNT_NAMES


def _first_credit(values: Iterator[str | None], page: PageAnalysis, person: bool = False) -> str | None:
    """The first candidate that is a credit (see :func:`credit_value`); a placeholder (来源：不详)
    ends the search: the page says nobody is credited."""
    for v in values:
        if placeholder_credit(v):
            return None
        v = credit_value(v, page, person)
        if v:
            return v
    return None


def _matches(rx, lines: list[str]) -> Iterator[str]:
    """The first non-empty group of every match of ``rx`` in ``lines``, in order."""
    for line in lines:
        for m in rx.finditer(line):
            g = next((x for x in m.groups() if x), None)
            if g:
                yield clean(g)


def _name_word(word: str) -> bool:
    """A capitalised word of a cased script that can be part of a name (Jane, O'Connell, J.,
    Klaus-Peter, Соколова)."""
    return word[0].isupper() and word.replace("'", "").replace("’", "").replace(".", "").replace("-", "").isalpha()


def latin_names(text: str) -> str | None:
    """The people named at the start of ``text`` in a cased script (Latin, Cyrillic, Greek):
    capitalised words with their particles (María José de la Fuente), several people joined by
    and/und/y/et/e/и (joined by ", ", so a column of them splits); ends at punctuation, a digit, a lowercase word or a
    role/desk word (By Jane Doe Staff Writer). Wire agencies (By Reuters) name no person."""
    seg = GLUED_WORDS_RE.sub(" ", text.strip())  # <a>Dana Whitfield</a><span>Senior Editor</span>
    m = LATIN_NAME_STOP_RE.search(seg)
    words = (seg[: m.start()] if m else seg).split()
    while m and words and words[-1].lower().rstrip(".") in LATIN_DATE_WORDS:  # By Jane Doe June 5, 2025
        words.pop()
    people: list[list[str]] = []
    person: list[str] = []
    for w in words:
        low = w.lower()
        if low in LATIN_NAME_JOINERS and person:
            people.append(person)
            person = []
            if len(people) >= LATIN_NAME_MAX_PEOPLE:
                break
        elif low in LATIN_NOT_NAME_WORDS:
            break
        elif (_name_word(w) and sum(1 for x in person if x[0].isupper()) < LATIN_NAME_MAX_WORDS) \
                or (low in LATIN_NAME_PARTICLES and person):
            person.append(w)
        else:
            break
    if person:
        people.append(person)
    names = []
    for p in people:
        while p and not p[-1][0].isupper():  # a trailing particle
            p.pop()
        name = " ".join(p)
        if p and name.lower() not in WIRE_AGENCIES and name not in NOT_NAMES and len(name) >= 2:
            names.append(name)
    return ", ".join(names) or None


def _lower_words(text: str) -> int:
    """How many words of ``text`` start with a lowercase letter (a sentence has many)."""
    return sum(1 for w in text.split() if w[0].islower())


def _latin_bylines(line: str) -> Iterator[str]:
    """Names of a byline line in a cased script: ``By NAME`` / ``Von NAME`` / ``Autor: NAME`` opening
    it, or ``... by NAME`` inside a short header line that is a post header (a writer role word
    before it, or a date in the line) -- not a photo/editing credit, not a sentence."""
    if len(line) > 160:
        return
    m = LATIN_BYLINE_RE.match(line)
    if m:
        rest = line[m.end():]
        if PLURAL_AUTHOR_LABEL_RE.search(m.group(0)):  # Autori: A, B -- a list, each read as a name
            people = [n for part in re.split(r"[,;，]", rest) if (n := latin_names(part))]
            if people and _lower_words(rest) <= LATIN_BYLINE_MAX_LOWER_WORDS:
                yield ", ".join(people)
            return
        names = latin_names(rest)
        if names and _lower_words(rest) <= LATIN_BYLINE_MAX_LOWER_WORDS:
            yield names
        return
    if len(line) > 120 or not ("by" in line or "By" in line or "BY" in line):
        return
    for m in LATIN_BY_INLINE_RE.finditer(line):
        role = (m.group(1) or "").lower()
        before = line[: m.start()]
        if role in LATIN_OTHER_ROLES or _lower_words(before) > LATIN_BYLINE_MAX_LOWER_WORDS:
            continue
        if role in LATIN_WRITER_ROLES or any(w.lower() in LATIN_WRITER_ROLES for w in before.split()) \
                or DATE_NEAR_RE.search(line) or WORD_DATE_RE.search(line):
            names = latin_names(line[m.end():])
            if names and _lower_words(line[m.end():]) <= LATIN_BYLINE_MAX_LOWER_WORDS:
                yield names


def _role_of(token: str) -> str | None:
    """The role a credit-line token names: ``writer``, ``editor:N`` (N = rank, 责任编辑 first) or
    ``other`` (校对, 审核, 摄影 ...), else None."""
    if token in CREDIT_SHORT_WRITER_ROLES:
        return "writer"
    if token in CREDIT_SHORT_OTHER_ROLES:
        return "other"
    m = CREDIT_ROLE_TOKEN_RE.match(token)
    if not m:
        return None
    role = m.group(1)
    if role in CREDIT_WRITER_ROLES:
        return "writer"
    if role in CREDIT_EDITOR_ROLES:
        return "editor:1" if role in ("编辑", "編輯") else "editor:0"
    return "other"


def read_credit_line(line: str) -> list[tuple[str, list[str]]]:
    """A Chinese credit line read as (role, names) pairs: labels with or without colons, a media name
    before the role (``新京报记者 王某 编辑 李某 校对 赵某``, ``界面新闻编辑 | 李某``). The line must
    open with a label and hold only labels, names, dates and 报道; anything else ends it."""
    if len(line) > CREDIT_LINE_MAX_LEN or PHOTO_CREDIT_LINE_RE.match(line):
        return []
    if (wrapped := BRACKETED_CREDIT_LINE_RE.match(line)) is not None:
        line = wrapped.group(1)
    line = GLUED_ROLE_NAME_RE.sub(_spaced_role, line)
    line = line.replace("《", "").replace("》", "")  # 《中国经济周刊》记者 X: the paper's name, its title marks dropped
    line = FIRST_RUN_CLAUSE_RE.sub("", line, count=1)
    if not CREDIT_ROLE_ANY_RE.search(line, 0, CREDIT_ROLE_OPENING_CHARS):
        return []
    out: list[tuple[str, list[str]]] = []
    parts = CREDIT_TOKEN_SPLIT_RE.split(line.strip())
    for i in range(0, len(parts), 2):
        tok = parts[i]
        if not tok:
            continue
        role = _role_of(tok)
        labelled = i + 1 < len(parts) and ("：" in parts[i + 1] or ":" in parts[i + 1])
        if role:
            out.append((role, []))
        elif labelled:  # 来源：... -- another label
            break
        elif out and CJK_NAME_RE.fullmatch(tok) and tok not in NOT_NAMES and not ORG_END_RE.search(tok):
            out[-1][1].append(tok)
        elif out and CREDIT_FILLER_RE.match(tok):
            continue
        elif out and out[-1][1] and MEDIA_UNIT_TOKEN_RE.fullmatch(tok):
            continue  # 记者 刘某 潍坊台 孙某 报道: a station's name before its reporter, the same role
        else:
            break
    return [(r, n) for r, n in out if n]


def _spaced_role(m: re.Match) -> str:
    """记者王晨阳 -> 记者 王晨阳, 记者邹明辉报道 -> 记者 邹明辉 报道, when the name is a person's."""
    role, name, reported = m.groups()
    if not han_personal_name(name):
        return m.group(0)
    return f"{role} {name}" + (f" {reported}" if reported else "")


def _opening_credit_text(page: PageAnalysis) -> str | None:
    """The credit a dateline opens the text with (:data:`OPENING_CREDIT_TEXT_RE`): 记者王晨阳 通讯员袁野."""
    if not page.body_idx:
        return None
    m = OPENING_CREDIT_TEXT_RE.match(page.blocks[page.body_idx[0]].text)
    return (m.group(1) or m.group(2)).strip() if m else None


def _opening_writers(page: PageAnalysis) -> str | None:
    """The writers of the text's opening credit (本报赣州讯 记者邹明辉报道：… gives 邹明辉)."""
    text = _opening_credit_text(page)
    writers = [n for role, names in read_credit_line(text) if role == "writer" for n in names] if text else []
    return " ".join(dict.fromkeys(writers)) or None


def _dateline_paren_credit(page: PageAnalysis, writer: bool) -> str | None:
    """The credit in brackets of a dateline opening the text (:data:`DATELINE_PAREN_CREDIT_RE`):
    with ``writer`` the reporter (two to four words), else the agency (one word)."""
    if not page.body_idx:
        return None
    text = page.blocks[page.body_idx[0]].text
    m = DATELINE_PAREN_CREDIT_RE.match(text) if not CJK_RE.search(text[:40]) else None
    if not m:
        return None
    words = m.group(1).split()
    if writer:
        return m.group(1).strip() if 2 <= len(words) <= 4 else None
    if len(words) != 1 or _names_the_site(words[0], page) or _site_initials(words[0], page):
        return None  # Muqdisho (HOL) —: the site's own name (Hiiraan Online) is no source
    return words[0]


def _site_initials(word: str, page: PageAnalysis) -> bool:
    """Whether ``word`` is the site's host name part or the initials of one of its names (HOL for
    Hiiraan Online, TATOLI on tatoli.tl)."""
    w = word.lower()
    host = (urlsplit(page.url).hostname or "").lower()
    if len(w) >= 3 and w in host.split("."):
        return True
    for name in page.site_names:
        parts = re.findall(r"[A-Z][a-z]*|[a-z]+", name)
        if len(parts) >= 2 and "".join(p[0] for p in parts).lower() == w[:len(parts)] and len(w) <= len(parts) + 1:
            return True
    return False


def _labelled_name(rest: str, org: bool = False) -> str | None:
    """The name(s) right after an author label: first token (cut at punctuation, the next label,
    a date), then further whitespace-separated name tokens ('宋怡 杨志华'), an alias in
    parentheses ('周思博 (Joel Spolsky)'); '赵 培' (a two-character name padded) is joined."""
    rest = rest.strip().lstrip("[【").strip()
    if URL_VALUE_RE.match(rest):  # 作者：http://blog.example.cn/wang
        return None
    if not org and rest[:1].isupper():  # By: Karl Brandt -- a name in a cased script
        latin = latin_names(rest)
        if latin:
            return latin
    # 王某、李某 / 王某，李某 / 王某; 李某 / 王某 和 李某: names in a list; role words between them go
    rest = CJK_NAME_LIST_SEP_RE.sub(" ", rest)
    tokens = [t for t in rest.split() if t not in REPORTER_ROLES]
    if not tokens:
        return None
    if not org and len(tokens) > 1 and (ORG_END_RE.search(tokens[0]) or MEDIA_REPORTER_TOKEN_RE.fullmatch(tokens[0])) \
            and CJK_NAME_RE.fullmatch(tokens[1]) and not ORG_END_RE.search(tokens[1]) and tokens[1] not in NOT_NAMES:
        tokens = tokens[1:]  # 作者：汽车研究院 王某 / 作者：深圳特区报记者 王某 -- the affiliation, then the name
    m = NAME_CUT_RE.search(tokens[0])
    first = tokens[0][: m.start()] if m else tokens[0]
    if org:  # 发文机关：吉林省人民政府 -- the issuing body is the author of an official notice
        return first if 2 <= len(first) <= 30 else None
    if not first or first in NOT_NAMES or not NAME_CHARS_RE.match(first) or ORG_END_RE.search(first):
        return None
    names = [first]
    i = 1
    if not m and len(first) == 1 and i < len(tokens):
        m = NAME_CUT_RE.search(tokens[1])
        second = tokens[1][: m.start()] if m else tokens[1]
        if PADDED_NAME_PART_RE.fullmatch(second):
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
            if not CJK_NAME_RE.fullmatch(t) or NAME_CUT_RE.search(t) or t in NOT_NAMES \
                    or ORG_END_RE.search(t) or "记者" in t:
                break
            names.append(t)
            i += 1
    return clean(" ".join(names))


def _line_writers(line: str) -> list[str]:
    """The writers a credit line names when it names nothing else (``本报记者 王某 李某``)."""
    credits = read_credit_line(line)
    if not credits or any(role != "writer" for role, _ in credits):
        return []
    return [n for _, names in credits for n in names]


def _writer_line_run(lines: list[str]) -> str | None:
    """Writers credited on consecutive credit lines (``本报实习生 刘某 周某`` then ``本报记者 王某``):
    all of them in order, each once -- a byline split over lines is one byline."""
    for i, line in enumerate(lines):
        names = _line_writers(line)
        j = i + 1
        while names and j < len(lines) and (more := _line_writers(lines[j])):
            names = names + more
            j += 1
        joined = list(dict.fromkeys(names))
        if names and len(joined) > len(_line_writers(line)):
            return " ".join(joined)
    return None


def _authors_in(lines: list[str], credits: bool = True) -> Iterator[str]:
    """Labelled authors (作者：/文：/记者：/By:), forum post headers; with ``credits`` also reporter
    credits (记者 王某), a byline split over consecutive credit lines and 'NAME/文' lines -- every
    candidate, best first."""
    run = _writer_line_run(lines) if credits else None
    if run:
        yield run
    for line in lines:
        if len(line) > 200:
            continue
        for m in AUTHOR_LABEL_RE.finditer(line):
            if COPYRIGHT_RE.search(line, 0, m.start()):
                break  # Copyright ©2004 SITE … Rewrited by:X -- the footer credits the site's makers
            v = _labelled_name(line[m.end():], org=m.group(0).startswith("发文"))
            if v:
                # 记者：X / 通讯员：Y / 编辑：Z -- every writer the line labels, in order
                writers = [n for role, names in read_credit_line(line) if role == "writer" for n in names]
                yield " ".join(dict.fromkeys(writers)) if v in writers and len(writers) > 1 else v
        m = BYLINE_RE.match(line)
        if m:  # 文/王某, or 文/羊城晚报记者 王某 通讯员 李某: a credit line after the label gives its writers
            value = clean(m.group(1))
            writers = [n for role, names in read_credit_line(value) if role == "writer" for n in names]
            yield " ".join(writers) if writers else value
        yield from _latin_bylines(line)
    for line in lines:
        if len(line) > 200:
            continue
        m = POSTED_RE.search(line)
        if m and len(line) <= 120 and DATE_NEAR_RE.search(line):
            v = next(g for g in m.groups() if g)
            if v not in NOT_NAMES and not v.isdigit():
                yield v
    for line in lines if credits else ():
        m = DATELINE_WRITER_RE.match(line)
        if m and not any(n in NOT_NAMES or ORG_END_RE.search(n) or n in REPORTER_ROLES
                         for n in m.group(1).replace("、", " ").split()):
            yield m.group(1).replace("、", " ")
    for line in lines:
        m = DATED_BRACKET_NAME_RE.search(line) if len(line) <= 120 else None
        if m and m.group(1) not in NOT_NAMES and not ORG_END_RE.search(m.group(1)):
            yield clean(m.group(1))
    for line in lines if credits else ():
        writers = [n for role, names in read_credit_line(line) if role == "writer" for n in names]
        if writers:
            yield " ".join(writers)
        if ("기자" in line or "특파원" in line) and (len(line) <= KOREAN_LINE_MAX_LEN or line.startswith(("(", "（"))):
            for m in KOREAN_REPORTER_RE.finditer(line[:KOREAN_LINE_MAX_LEN]):
                names = [n.strip() for n in m.group(1).replace("·", ",").split(",")]
                before = line[: m.start()].strip()  # nothing, a dateline '(서울=연합뉴스)' or a desk '산업부'
                if before and not before.endswith((")", "）")) and not KOREAN_NOT_NAME_RE.search(before):
                    continue
                if names and not any(KOREAN_NOT_NAME_RE.search(n) for n in names):
                    yield " ".join(names)
                    break
        for m in REPORTER_RE.finditer(line):
            inside_parens = line[: m.start()].count("（") + line[: m.start()].count("(") > \
                line[: m.start()].count("）") + line[: m.start()].count(")")
            rest = line[m.end():].strip()
            if PHOTOGRAPHER_AFTER_RE.match(rest):
                continue  # （本报记者 王某 摄）: a photo's credit, not the writer's
            credit_line = len(line) <= 40 and (not rest or rest.endswith("报道") or rest.startswith(
                ("发自", "/", "／", "摄", "）", ")", "报道")))
            names = []
            for n in m.group(1).replace("、", " ").split():
                if _role_of(n) not in (None, "writer"):  # 记者 王某 编辑 李某: the names up to another role
                    break
                if n not in REPORTER_ROLES:
                    names.append(n)
            reported = len(names) > 1 and names[-1].endswith("报道")  # 记者王某 北京报道: a dateline credit
            if reported:
                names.pop()
            if (credit_line or inside_parens or reported) and not any(ORG_END_RE.search(n) for n in names):
                yield " ".join(names)
        if len(line) <= 40:
            m = CREDIT_AFTER_RE.search(line) or CREDIT_AFTER_RE.search(line[-24:])
        else:
            m = CREDIT_AFTER_RE.search(line[-24:])
        if m and m.group(1) not in NOT_NAMES:
            yield m.group(1)


def _header_elements(page: PageAnalysis, tags: tuple[str, ...]) -> Iterator:
    """Elements of ``tags`` from a few blocks above the headline to the first body block (where
    bylines sit), each once, in document order."""
    c = page.body
    start = c.title_idx - AUTHOR_ABOVE_TITLE_BLOCKS if c.title_idx is not None else c.first_body - 6
    end = c.body_idx[0] if c.body_idx else c.first_body
    seen: set[int] = set()
    for b in page.blocks[max(0, start): end + 1]:
        for el in b.el.iter(*tags):
            if id(el) not in seen:
                seen.add(id(el))
                yield el


def _person_name(text: str, single: bool = False) -> str | None:
    """``text`` as a person's name, its label words (作者 / By / Von / Autor:) dropped: a CJK name or a
    handle, or two or more capitalised words that are all name (Jane Whitfield, not 'Share', not
    'Helen Marsh Business reporter'); with ``single`` (the whole text of an element named as the
    author: ``<a class="url fn n">Sky</a>``) one capitalised name word too (a blogger's handle)."""
    name = AUTHOR_WORD_RE.sub("", text).strip()
    m = LATIN_BYLINE_RE.match(name)
    if m:
        name = name[m.end():].strip()
    if not name or name in NOT_NAMES or ORG_END_RE.search(name) or BAD_META_AUTHOR_RE.search(name):
        return None
    if name[:1].isupper():
        latin = latin_names(name)
        words = name.split()
        if latin and len(words) > 1 and all(w in latin.replace(",", "").split() or w.lower() in LATIN_NAME_JOINERS
                                            for w in words):
            return latin
        return latin if single and latin == name and len(words) == 1 else None
    if NAME_CHARS_RE.match(name):
        return name
    return name if _uncased_script_name(name) else None


def _uncased_script_name(name: str) -> bool:
    """A name in a script without letter case (Devanagari, Thai, Hebrew, Arabic: अनिल कुमार, אורי לוי):
    one to four words made of letters and their combining marks only."""
    words = name.split()
    if not 1 <= len(words) <= UNCASED_NAME_MAX_WORDS or len(name) > UNCASED_NAME_MAX_CHARS:
        return False
    if name[0].isascii() or name[0].isupper() or name[0].islower() or "\u4e00" <= name[0] <= "\u9fff":
        return False
    return all(unicodedata.category(ch)[0] in "LM" for w in words for ch in w)


def _author_named(el) -> bool:
    """An element named as the byline: its class/id (``author vcard``, ``article-author``,
    ``nota__autor``) or a role attribute (``rel=author``, ``itemprop=author``, a byline test id)."""
    hint = hint_of(el)
    if hint and (AUTHOR_CLASS_RE.search(hint) or AUTHOR_PART_CLASS_RE.search(hint)):
        return True
    return any(AUTHOR_ROLE_VALUE_RE.search(el.get(a) or "") for a in AUTHOR_ROLE_ATTRIBUTES)


def _account_box(el) -> bool:
    """An author-named box that is a media account's: a time (absolute or 5天前) or a follow button
    (+关注) beside the name."""
    text = clean(el.text_content())
    if DATE_NEAR_RE.search(text) or ANY_DATE_RE.search(text) or RELATIVE_TEXT_RE.search(text):
        return True
    return any(clean(x.text_content()) in SELF_MEDIA_MARKS for x in el.iter("a", "span", "button", "em", "i"))


def _author_element(page: PageAnalysis) -> str | None:
    """An author-named element by the headline (see :func:`_author_named`), when its text -- or,
    when that holds more (a role line beside the name), the text of one of its elements -- reads as
    a person's name. An author *box* with a date in it is a media account's, not a byline."""
    c = page.body
    start = c.title_idx - AUTHOR_ABOVE_TITLE_BLOCKS if c.title_idx is not None else c.first_body - 6
    end = c.body_idx[0] if c.body_idx else c.first_body
    for b in page.blocks[max(0, start): end + 2]:  # a block inside a byline element ('Jane Doe' + her role)
        el = b.el
        for _ in range(AUTHOR_ANCESTOR_LEVELS):
            el = el.getparent()
            if el is None:
                break
            if _author_named(el):
                name = _person_name(b.text, single=True) if len(b.text) <= 30 and not _account_box(el) else None
                if name:
                    return name
                break
    for el in _header_elements(page, ("span", "em", "a", "i", "div", "p", "strong", "li", "address", "b")):
        if not _author_named(el):
            continue
        text = BYLINE_WORD_PREFIX_RE.sub("", clean(el.text_content()))  # Na <a>Juma Mtanda</a> (sw "by")
        if not text or DATE_NEAR_RE.search(text) or ANY_DATE_RE.search(text) or WORD_DATE_RE.search(text) \
                or _account_box(el):
            continue
        name = _person_name(text, single=True) if len(text) <= 30 else None
        name = name or _comma_people(text)
        if name:
            return name
        for sub in el.iterdescendants():
            t = clean(sub.text_content()) if isinstance(sub.tag, str) and not PLACE_CLASS_RE.search(hint_of(sub)) else ""
            name = _person_name(t) if 0 < len(t) <= 30 else None
            if name:
                return name
    return None


def _comma_people(text: str) -> str | None:
    """An author element's people listed with commas (``Jure Kranjc, Nina Zupan``), each a whole
    cased name of two or more words, up to the first part that is none (a role or a place:
    ``Jane Doe, Staff Writer`` gives Jane Doe; ``Doe, Jane`` gives nothing)."""
    if "," not in text or len(text) > COMMA_PEOPLE_MAX_CHARS:
        return None
    names = []
    for part in (p.strip() for p in text.split(",")):
        if " " not in part or not part[:1].isupper() or latin_names(part) != part or part in NOT_NAMES:
            break
        names.append(part)
    return ", ".join(names[:LATIN_NAME_MAX_PEOPLE]) or None


def _author_link(page: PageAnalysis) -> str | None:
    """A link by the headline to a writer's page (``/author/jane-doe``, ``/user/123``) whose text
    reads as a person's name."""
    for el in _header_elements(page, ("a",)):
        href = el.get("href") or ""
        if AUTHOR_HREF_RE.search(href) and not _labelled_as_editor(el):
            text = clean(el.text_content())
            name = _person_name(text, single=True) if 0 < len(text) <= 30 else None
            if name or (MEMBER_HREF_RE.search(href) and (name := _member_handle(text))):
                return name
    return None


def _member_handle(text: str) -> str | None:
    """The text of a link to a member's page as a user name: a handle of any script, one word
    (修理厂老板娘, 芜湖汽配老陈), no UI word, no number, no person's-name shape required."""
    if not MEMBER_HANDLE_MIN_CHARS <= len(text) <= MEMBER_HANDLE_MAX_CHARS or " " in text or text.isdigit():
        return None
    if text in NOT_NAMES or text in UI_WORDS or is_ui_run(text) or URL_VALUE_RE.match(text):
        return None
    return text


def _labelled_as_editor(el) -> bool:
    """A person link right after an editor/publisher label (发布者: <a>老张</a>, 编辑：<a>X</a>): the desk's,
    not the writer's."""
    return EDITOR_LABEL_BEFORE_RE.search(text_before(el)) is not None


def _meta_author(page: PageAnalysis) -> str | None:
    """JSON-LD author (a Person, not an Organization) or <meta name=author> that reads as a name
    (not a site/company name, a URL, a comma list of keywords or a user id)."""
    ld = page.ld("author")
    names = []
    for a in (ld if isinstance(ld, list) else [ld])[:LATIN_NAME_MAX_PEOPLE]:
        if isinstance(a, dict):
            a = None if a.get("@type") == "Organization" else a.get("name")
        if isinstance(a, str) and a.strip() and not BAD_META_AUTHOR_RE.search(a) and _reads_as_person(clean(a)):
            names.append(clean(a))
    if names:  # people are listed with commas (a column that splits), Chinese names (no space in one) by spaces
        return (" " if all(CJK_NAME_RE.fullmatch(n) for n in names) else ", ").join(names)
    m = page.meta(*AUTHOR_META)
    if m and not BAD_META_AUTHOR_RE.search(m) and len(m) <= 60:
        bylined = LATIN_BYLINE_RE.match(m)  # NYT's byl: 'By Jane Doe and John Roe'
        if bylined:
            return latin_names(m[bylined.end():])
        return m if _reads_as_person(m) else None
    return None


def _reads_as_person(value: str) -> bool:
    """A page-data author in a cased script (Latin, Cyrillic) is a person when its words are all
    name (an institute, a company or a desk is not); other values are judged where they are used."""
    if not value[:1].isupper() or " " not in value:
        return True
    return _person_name(value) is not None


def extract_author(page: PageAnalysis) -> str | None:
    """Byline author: the first candidate of :func:`_author_candidates` that is a name
    (:func:`credit_value`) and not the publishing media account (:func:`account_name`)."""
    if any(ANONYMOUS_AUTHOR_RE.search(line) for line in (*page.zone(), *page.zone_pieces)):
        return None  # 作者：佚名 -- the page says nobody is credited; no later guess overrides it
    account = None if personal_blog(page) else account_name(page)  # a blogger's name is the author
    for value in _author_candidates(page):
        name = credit_value(value, page, person=True)
        tokens = name.split() if name else []
        if len(tokens) > 1 and not tokens[0].isascii() and (_names_the_site(tokens[0], page) or (
                ORG_END_RE.search(tokens[0]) and all(han_personal_name(t) for t in tokens[1:]))):
            name = " ".join(tokens[1:])  # 文｜财新 周某, 文/某研究院 郑某: the medium or institute, then the writer
        # the site's own name is never the byline (发文机关：<the site> on an association's notice),
        # nor a CMS's default account (Super User, admin)
        if name and (name.lower() in DEFAULT_ACCOUNT_NAMES or name in PLACEHOLDER_CREDITS):
            continue
        if name and name != account and name not in page.site_names:
            return _with_coauthors(name, page)
    return None


def _with_coauthors(name: str, page: PageAnalysis) -> str:
    """The byline's name, or the page data's list of people when it names this one and others
    (``Par Claire Dumas, Julien Marchetti`` read as one name; JSON-LD lists both); Chinese names
    of a list are joined by spaces whatever separated them on the page (王某、李某)."""
    listed = _meta_author(page)
    if listed and ", " in listed and name in listed.split(", "):
        return listed
    name = CJK_NAME_LIST_SEP_RE.sub(" ", name)
    # 作者：曾凡 above the text, 湖南日报全媒体记者 曾凡 通讯员 彭立 opening it: the credit line's writers
    if CJK_NAME_RE.fullmatch(name):
        opening = _opening_credit_text(page)
        for line in [page.blocks[i].text for i in page.body_idx[:COAUTHOR_BODY_LINES]] + page.zone() \
                + ([opening] if opening else []):
            roles = [names for role, names in read_credit_line(line) if role == "writer"]
            writers = list(dict.fromkeys(
                n for names in roles for n in names
                if n not in UI_WORDS and not is_ui_run(n) and n not in NOT_NAMES and not _names_the_site(n, page)))
            # two writer roles (记者 X 通讯员 Y); one role with two names may be a name and an account
            if len(roles) > 1 and len(writers) > 1 and name in writers:
                return " ".join(writers)
    return name


def account_name(page: PageAnalysis) -> str | None:
    """The media account that published the piece, from its name element in the header: an
    account/nickname element (WeChat ``js_name``), or on a self-media page (a follow button or an
    原创 tag among the header's controls) a name element (``author-name``, ``name``); else from an
    account box right above the headline that carries a follow button (财富号: name, fans, +关注)."""
    c = page.body
    start = c.title_idx if c.title_idx is not None else max(0, c.first_body - 6)
    end = c.body_idx[0] if c.body_idx else c.first_body
    found = _account_in(page.blocks[start: end + 1], require_marks=False)
    if found is None and c.title_idx is not None:
        above = page.blocks[max(0, start - ACCOUNT_BOX_ABOVE): start]
        # a platform's account badge in the box (财富号, 百家号): a media account, not a user's nickname
        if any(PLATFORM_ACCOUNT_RE.search(b.text) for b in above):
            found = _account_in(above, require_marks=True)
    return found





def _account_in(blocks: list, require_marks: bool) -> str | None:
    """The account name among ``blocks`` (see :func:`account_name`); ``require_marks``: only in a
    box with a follow button or 原创 tag."""
    els = [el for b in blocks for el in b.el.iter("span", "em", "a", "p", "div", "strong")]
    texts = {clean(el.text_content()) for el in els}
    texts |= {clean(el.text_content()) for b in blocks for el in b.el.iter("button")}  # 关注
    self_media = bool(texts & SELF_MEDIA_MARKS)
    if require_marks and not self_media:
        return None
    for el in els:
        hint = hint_of(el)
        if ACCOUNT_CLASS_RE.search(hint) or (SELF_MEDIA_NAME_CLASS_RE.search(hint) and (self_media or _links_to_account(el))):
            t = clean(el.text_content())
            if 2 <= len(t) <= 30 and t not in NOT_NAMES and t not in UI_WORDS and not ANY_DATE_RE.search(t) \
                    and not DATE_NEAR_RE.search(t) and not RELATIVE_TEXT_RE.search(t):
                return t
    return None


def personal_blog(page: PageAnalysis) -> bool:
    """A personal blog's post: its account is the writer (the author), not a publishing medium (the
    source) -- a ``blog.`` host, or the header calling the writer 博主."""
    host = urlsplit(page.url).hostname or ""
    return bool(BLOG_HOST_RE.search(host)) or any(BLOGGER_WORD_RE.search(t) for t in page.zone())


def _links_to_account(el) -> bool:
    """A name element linking to a platform account's page (``/profile/508834``, ``/media/12``): the
    publishing account's name, as self-media platforms print it beside the time."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    return link is not None and bool(ACCOUNT_HREF_RE.search(link.get("href") or ""))


def _names_the_site(name: str, page: PageAnalysis) -> bool:
    """Whether ``name`` is the site's (or its channel's) name: one of its ``site_names``, or
    sharing its brand with one (``新浪汽车`` on 新浪网, ``网易`` on 网易汽车: the shorter, a
    trailing 网 aside, opens the longer)."""
    for site in page.site_names:
        if name == site:
            return True
        a, b = sorted((name.removesuffix("网"), site.removesuffix("网")), key=len)
        if len(a) >= SITE_BRAND_MIN_CHARS and b.startswith(a):
            return True
    return False


def _author_candidates(page: PageAnalysis) -> Iterator[str | None]:
    """Author candidates, best first.

    Order: labelled/post-header/reporter credits near the headline (the meta zone and the first
    body lines), JSON-LD/meta author that reads as a person, credits at the end of the article
    (last paragraphs and the lines after them: '（记者 王某）', '（王某 李某）'), a name-only line
    right under the headline ('胡平'); a meta author that is an organisation's name only after
    every visible credit, and one that is the site's own name never.
    """
    blocks = page.blocks
    zone = page.zone()
    top = [blocks[i].text for i in range(page.first_body, min(page.last_body + 1, page.first_body + 6))
           if len(blocks[i].text) <= 200]
    # a blog/forum post footer right under the text names the poster and the post time
    # ('作者:NAME 阅读(12) 发表于:DATE'); it outranks credits quoted inside a reposted story
    footer = [b.text for b in page.after(4) if len(b.text) <= 120 and POST_FOOTER_RE.search(b.text)
              and DATE_NEAR_RE.search(b.text)]
    if footer:
        yield from _authors_in(footer, credits=False)
    yield from _authors_in(list(page.zone_pieces), credits=False)  # a byline in its own element ends with it
    yield from _authors_in(zone + top)
    meta = _meta_author(page)
    if meta and _names_the_site(meta, page):
        meta = None  # <meta name=author content=SITE>: the site's own name (or brand) is never the byline
    if meta and meta == extract_source(page):
        meta = None  # <meta property=article:author content=澜江日报> naming the credited source: no writer
    if meta and meta == extract_editor(page):
        meta = None  # <meta name=author> holding the 责任编辑 the page credits as its editor: no writer
    site_like = bool(meta) and bool(ORG_END_RE.search(meta))
    if meta and not site_like:
        yield meta
    yield _author_element(page)
    yield _author_link(page)
    yield from _name_before_date(zone)
    yield _rel_author(page)
    yield _opening_credit(page, 2)
    yield _opening_writers(page)
    yield _dateline_paren_credit(page, writer=True)
    yield next((name for b in page.after(1) if (name := signature_name(b))), None)  # the text's signature
    if personal_blog(page):
        yield account_name(page)  # the blogger's nickname by the headline
    mid = [blocks[i].text for i in range(page.first_body + 6, min(page.last_body + 1, page.first_body + 30))
           if len(blocks[i].text) <= 80]
    yield from _authors_in(mid, credits=False)  # a forum post's own header/footer line
    tail_idx = page.body_idx[-3:] if page.body_idx else []
    tail = [blocks[i].text for i in tail_idx] + [b.text for b in page.after(12)]
    yield from _authors_in(tail)
    for i in tail_idx:
        m = END_CREDIT_RE.search(blocks[i].text) if blocks[i].tag != "tr" else None  # (a table cell's "（安全岛）")
        names = m.group(1).replace("、", " ").split() if m else []
        if names and names[-1].endswith("报道"):  # （姚某 上海报道）
            names.pop()
        if names and not any(n in NOT_NAMES or ORG_END_RE.search(n) or _words_not_name(n) for n in names):
            yield " ".join(names)
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 3)
    title = page.title or ""
    body = set(page.body_idx)
    for i in range(start, min(start + 7, page.first_body + 4, len(blocks))):
        b = blocks[i]
        t = b.text
        if i in body and len(t) >= NAME_LINE_TEXT_STOP and PUNCT_RE.search(t):
            break  # the text has begun: a short line below it is a sub-heading (抓项目 强支撑), no byline
        if not b.link_len and not b.boiler and not b.heading and NAME_LINE_RE.match(t) and t not in NOT_NAMES \
                and not is_image_caption(b) and not ORDINAL_HEADING_RE.match(t) \
                and not LABEL_ONLY_LINE_RE.match(t) and not (CJK_NAME_RE.fullmatch(t) and _words_not_name(t)) \
                and not ORG_END_RE.search(t) and (t not in title or title.startswith(t + "：")):
            yield t
    if site_like:
        yield meta
    yield _copyright_holder(page)
    # no author credited anywhere: a plain 编辑： (the one person named as having written/edited
    # the piece on small sites) is the byline; 责任编辑 is the desk editor and stays the editor
    credit_lines = [line for line in zone + tail if len(line) <= 80]
    # (not when the page has an author credit that names no person: 作者：<the site>编辑部)
    if not any(EDITORIAL_CHAIN_RE.search(line) or AUTHOR_LABEL_RE.search(line) for line in credit_lines):
        for line in credit_lines:
            m = PLAIN_EDITOR_RE.search(line)
            if m:
                yield _labelled_name(line[m.end():])
    yield _source_named_person(page)


def _rel_author(page: PageAnalysis) -> str | None:
    """A link marked ``rel="author"`` to a writer's page (a theme's byline under the text: 作者
    <a rel="author" href="/author/x/">周某某</a>): its text, when a name and not the site's (a site
    title links home with rel=author too)."""
    for anchor in page.anchors:  # (the page's links, read once)
        if "author" not in (anchor.el.get("rel") or "").lower().split():
            continue
        text = anchor.text
        if not AUTHOR_HREF_RE.search(anchor.href) or not 2 <= len(text) <= 40 or text in page.site_names:
            continue
        name = _person_name(text, single=True) or latin_names(text) or _member_handle(text)
        if name:
            return name
    return None


def _opening_credit(page: PageAnalysis, group: int) -> str | None:
    """The medium (``group`` 1) or the writers (2) of a dateline credit opening the text
    (:data:`OPENING_CREDIT_RE`); writers joined by spaces."""
    if not page.body_idx:
        return None
    m = OPENING_CREDIT_RE.match(page.blocks[page.body_idx[0]].text)
    if not m:
        return None
    return m.group(1) if group == 1 else " ".join(m.group(2).replace("、", " ").split())


def _name_before_date(zone: list[str]) -> Iterator[str]:
    """A header line that is a person's name, a separator and the date (``倪某某 / 2026-04-05``,
    ``王某 | 2026年4月5日``): the name is the writer's."""
    for line in zone:
        m = NAME_BEFORE_DATE_RE.match(line)
        if m and han_personal_name(m.group(1)):
            yield m.group(1)


def _words_not_name(value: str) -> bool:
    """Four or more Chinese characters that are no compound family name and two characters: words
    (（加盖公章）, a caption's 检查现场), not a name."""
    return len(value) >= 4 and not han_personal_name(value)


def han_personal_name(value: str) -> bool:
    """Whether ``value`` reads as a Chinese person's name: a common family name
    (:data:`HAN_SURNAMES`, :data:`HAN_COMPOUND_SURNAMES`) and one or two characters, no
    organisation's ending (社/网/报/中心...)."""
    if ORG_END_RE.search(value) or value in NOT_NAMES or value in UI_WORDS:
        return False
    for family in (value[:2], value[:1]):
        rest = value[len(family):]
        if (family in HAN_COMPOUND_SURNAMES or family in HAN_SURNAMES) and 1 <= len(rest) <= 2 \
                and all("\u4e00" <= ch <= "\u9fff" for ch in rest):
            return True
    return False


def _source_named_person(page: PageAnalysis) -> str | None:
    """``来源: 尹娟``: a source credit that is a person's name names the writer -- the author when
    nothing else on the page credits one."""
    source = extract_source(page)
    return source if source and han_personal_name(source) else None


def _copyright_holder(page: PageAnalysis) -> str | None:
    """A person named as the copyright holder in the page's last lines (a personal blog)."""
    for b in page.blocks[-COPYRIGHT_FOOTER_BLOCKS:]:
        m = COPYRIGHT_HOLDER_RE.search(b.text) if len(b.text) <= 200 else None
        name = next((g for g in m.groups() if g), None) if m else None
        if name and not ORG_END_RE.search(name) and name not in NOT_NAMES:
            return name
    return None


def extract_editor(page: PageAnalysis) -> str | None:
    """责任编辑 / 责编 / 编辑 (in that order of trust), labelled or on a credit line without colons,
    from the body's last lines, the lines after it, or the meta zone; a staff code after the name
    (``王某_NA3256``, ``王某 HX011``) dropped, a code alone is no editor."""
    lines = [page.blocks[i].text for i in range(max(0, page.last_body - 4), page.last_body + 1)]
    lines = joined_labels(lines + [b.text for b in page.after()])  # 责任编辑 | 谢某 in two elements
    # (or in a header line: 3 ਘੰਟੇ ਪਹਿਲਾਂ Edited By: X)
    signed = _signed_editor(lines) or _signed_editor(page.zone())
    lines += page.zone()
    lines += [page.blocks[i].text for i in page.body_idx[:EDITOR_TOP_LINES]]  # 界面新闻编辑 | 王某 opening the text
    lines = [x for x in lines if len(x) <= 80]
    signed = signed or _labelled_editor(joined_labels(lines))
    best: tuple[int, str] | None = (1, signed) if signed else None  # Reporting by A; Editing by B
    for rank, value in _editor_candidates(lines):
        if placeholder_credit(value):
            continue  # 责任编辑：admin
        name = credit_value(value, page)
        name = STAFF_CODE_RE.sub("", name).strip() if name else None
        if name and DESK_NAME_RE.match(name):
            continue  # 发布人：秘书处 -- an office, no editor
        if name and not STAFF_CODE_ONLY_RE.match(name) and (best is None or rank < best[0]):
            best = (rank, name)
    if best is None and (bar := page.page_bar()) and (m := PAGE_EDITOR_RE.search(bar)):
        return m.group(1)  # 本版编辑：X in an e-edition's page bar: the editor of the page's articles
    return best[1] if best else None


def _signed_editor(lines: list[str]) -> str | None:
    """The name after an editing credit (Reporting by A; Editing by B / Edited By: B) in ``lines``."""
    return next((name for line in lines if len(line) <= LATIN_EDITOR_LINE_MAX_LEN
                 for m in LATIN_EDITOR_RE.finditer(line) if (name := latin_names(line[m.end():]))), None)


def _labelled_editor(lines: list[str]) -> str | None:
    """``Edited By: रवि शर्मा`` / ``Editor Sari Wulandari`` (label and name in two elements): an
    editor's label in another language opening a line, a name after it."""
    for line in lines:
        m = EDITOR_LABEL_ML_RE.match(line)
        if m:
            rest = EDITOR_NAME_END_RE.split(line[m.end():], maxsplit=1)[0].strip()
            name = latin_names(rest) if rest[:1].isupper() else _person_name(rest)
            if name and name == rest:
                return name
    return None


def _editor_candidates(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(rank, name) of every editor credit: 0 = 责任编辑/责编, 1 = 编辑, 2 = 发布者/发布人."""
    for line in lines:
        for m in EDITOR_LABEL_RE.finditer(line):
            label = m.group(1)
            rank = 2 if label.startswith("发布") else 1 if label in ("编辑", "編輯") else 0
            yield rank, clean(m.group(2))
        for role, names in read_credit_line(line):
            if role.startswith("editor:"):
                yield int(role[7:]), " ".join(names)


def _dated_sources(lines: list[str]) -> Iterator[str]:
    """The name on a header line that is a date and a name only ('2019年09月07日 04:04 北京日报'),
    when it reads as an organisation or is longer than a person's name."""
    for line in lines:
        if len(line) > 60 or not CREDIT_DATE_RE.search(line):
            continue
        # the line's labelled fields (作者：X), counters (阅读 3562), tags (原创) and bars are not names
        bare = COUNTER_FIELD_RE.sub(" ", LABELLED_FIELD_RE.sub(" ", CREDIT_DATE_RE.sub(" ", line)))
        tokens = DATED_LINE_BARS_RE.sub(" ", bare).split()
        if any(UPDATE_RE.fullmatch(t) for t in tokens):
            continue  # an update line (Actualitzada 27/11/2026 12:31, 已于 … 修改) names no medium
        rest = [t for t in tokens if t not in UI_WORDS and t not in NOT_SOURCES and not is_ui_run(t)]
        if len(rest) != 1:
            continue
        name = rest[0]
        if COUNTER_LABEL_END_RE.search(name):  # 政策阅读: a tag and an empty counter's label run together
            continue
        if (DATED_SOURCE_MIN_LEN <= len(name) <= DATED_SOURCE_MAX_LEN or ORG_END_RE.search(name)) \
                and not any(c in name for c in "：:") and not name.isdigit():
            yield name


def extract_source(page: PageAnalysis) -> str | None:
    """来源 / 来自 in the meta zone (or after the body), the publishing media account, a name after
    the date on a header line, else a source/publisher-named element -- the first that is a name
    (:func:`credit_value`) and not a tag (原创)."""
    return _first_credit((_source_value(v) for v in _source_candidates(page) if clean(v or "") not in NOT_SOURCES),
                         page)


def _source_value(value: str | None) -> str | None:
    """A source candidate as an organisation's name: a stray 于 (来源于) dropped, a byline line printed
    as one credit cut to the name opening it (``经济日报／ 记者王某／台北报道`` -> 经济日报); a photo
    agency (视觉中国, Getty Images) is no source."""
    if not value:
        return None
    v = CREDIT_READING_TIME_RE.sub("", SOURCE_STRAY_PREFIX_RE.sub("", clean(value)))
    if (labelled := ONE_WORD_LABEL_RE.match(v)) is not None:  # Motswedi: BOPA (a source element's own label)
        v = labelled.group(1)
    if v in NOT_SOURCES or REPORTER_CREDIT_RE.search(v):  # 김민수 기자: a reporter, no source
        return None
    segments = SOURCE_SEGMENT_SPLIT_RE.split(v)
    if len(segments) > 1 and segments[0] and any(SOURCE_BYLINE_SEGMENT_RE.search(x) for x in segments[1:]):
        v = segments[0]
    return None if v in PHOTO_AGENCIES else v


def _latin_sources(page: PageAnalysis, zone: list[str]) -> Iterator[str]:
    """Sources of pages in other languages: a labelled one (Source: X, Quelle: X), a press release's
    issuer line (SOURCE X), a wire agency printed on its own header line, after the byline's name
    (By Jane Doe, Reuters) or in the dateline opening the text (DETROIT, June 5 (Reuters) -)."""
    after = [b.text for b in page.after()]
    tail = [page.blocks[i].text for i in page.body_idx[-2:]]
    top = [page.blocks[i].text for i in page.body_idx[:2]]
    for line in zone + top + after:
        m = LATIN_SOURCE_RE.match(line)
        if m:
            yield m.group(1) or m.group(2)
    for line in tail + after:
        m = PRESS_RELEASE_SOURCE_RE.match(line)
        if m:
            yield m.group(1)
    for line in tail[-1:] + after[:2]:  # - Bernama / (AP) signing off the text
        m = AGENCY_SIGNOFF_RE.match(line)
        if m and m.group(1).lower() in WIRE_AGENCIES:
            yield m.group(1)
    for line in zone + top:
        low = line.lower()
        if low in WIRE_AGENCIES:
            yield line
        head = next((a for a in WIRE_AGENCY_OPENERS if low.startswith(a + " ")), None)
        if head:  # the agency opening a byline line (Press Trust of India New Delhi, Lusa 05 de junho)
            yield line[:len(head)]
        m = LATIN_BYLINE_RE.match(line)
        if m:
            for seg in LATIN_NAME_STOP_RE.split(line[m.end():])[1:]:
                if seg.strip().lower() in WIRE_AGENCIES:
                    yield seg.strip()
        m = WIRE_DATELINE_RE.match(line)
        if m and m.group(1).strip().lower() in WIRE_AGENCIES:
            yield m.group(1).strip()
    agency = _dateline_paren_credit(page, writer=False)
    if agency:
        yield agency


def _media_before_reporter(lines: list[str]) -> Iterator[str]:
    """``经济观察网 记者 邵某``: the medium named right before its reporter on a byline line."""
    for line in lines:
        m = MEDIA_REPORTER_RE.match(line) if len(line) <= CREDIT_LINE_MAX_LEN else None
        if m and ORG_END_RE.search(m.group("org")):
            yield m.group("org")


def _meta_line(text: str) -> bool:
    """A header line with a date or a relative time in it (``发布时间：18-03-08``, ``前天 江苏``): a
    source-named element holding it is the whole meta line, not the source."""
    return bool(ANY_DATE_RE.search(text) or DATE_NEAR_RE.search(text) or RELATIVE_TEXT_RE.search(text)
                or LABELLED_YEARLESS_RE.search(text))


def _source_candidates(page: PageAnalysis) -> Iterator[str | None]:
    zone = page.zone()
    yield from _matches(SOURCE_RE, list(page.zone_pieces))  # 来源：X in its own element: ends with it
    yield from _matches(SOURCE_RE, zone + [b.text for b in page.after()])
    yield None if personal_blog(page) else account_name(page)
    yield from _latin_sources(page, zone)
    for b in page.blocks[(page.title_idx or 0): page.first_body + 1]:
        if SOURCE_CLASS_RE.search(hint_of(b.el)) and len(b.text) <= 30 and not _meta_line(b.text):
            yield b.text
    yield from (t for t in page.span_hints(SOURCE_CLASS_RE) if not _meta_line(t))
    yield from _dated_sources(zone)
    yield _opening_credit(page, 1)
    # the medium before its reporter ranks below a medium printed beside the date (光明网 on the date
    # line, 光明日报记者 X over the text: the page's source is the former)
    yield from _media_before_reporter(zone + [page.blocks[i].text for i in page.body_idx[:2]])
    yield from _matches(SOURCE_RE, page.before_title())  # 来源：X printed above the headline
    if page.title_idx is not None:  # an information-disclosure table above the headline (发布机构：X)
        table = [b.text for b in page.blocks[max(0, page.title_idx - META_TABLE_ROWS): page.title_idx]
                 if b.tag == "tr"]
        yield from _matches(SOURCE_RE, table)
