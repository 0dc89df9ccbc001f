"""Self-check of held-out zoo Q (stdlib only; never touches the crawler).

``python -m tools.heldout_zoo_q.check [--family NAME ...] [--keep DIR]``

1. generates the zoo twice into temp dirs and compares every file byte for byte;
2. per family, starts ``python -m tools.devserver SITE --port 0`` and crawls breadth-first from
   ``start_url`` over same-host ``<a href>`` links (robots.txt honoured);
3. checks: every truth article page / alias / print view and list page is reached with 200 and an
   HTML Content-Type; title, author, editor, source, date and view displays, every paragraph and every
   related entry occur in the decoded page text (html.unescape + whitespace folding); every listing
   entry is linked from its list page with its date display; the dead link answers as the truth says;
   no U+FFFD in any decoded page; no unexpected broken link;
4. internal consistency of the truth (no crawl needed): unique article URLs and aliases, every listing
   entry points at a truth article (URL or alias) and sits on a declared list page, related entries
   are truth articles, published_date agrees with published_at, body_text and counts agree.
Pages are decoded with their own charset (Content-Type header, else meta, else the family's), since
one family writes GBK bytes under a ``gb2312`` meta and a ``GBK`` header charset.
Exit status 1 when anything fails.
"""

from __future__ import annotations

import argparse
import filecmp
import html
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import urllib.robotparser
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urldefrag, urlencode, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
INLINE = {"a", "span", "strong", "b", "em", "i", "font", "sup", "sub", "code", "small", "u", "time", "label", "abbr"}
MAX_PAGES = 4000


def canon(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path or "/")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return path + ("?" + query if query else "")


def fold(s: str) -> str:
    return " ".join(s.replace("\u3000", " ").replace("\xa0", " ").split())


def page_text(doc: str) -> str:
    doc = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", " ", doc)

    def tag(m: re.Match) -> str:
        return "" if m.group(1).lower() in INLINE else " "
    doc = re.sub(r"</?([A-Za-z][\w-]*)[^>]*>", tag, doc)
    return fold(html.unescape(doc))


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def page_encoding(ctype: str, body: bytes, default: str) -> str:
    """Charset of a page: the Content-Type header, else the first meta declaration, else default."""
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if m:
        cs = m.group(1).lower()
    else:
        mm = META_CHARSET.search(body[:2048])
        cs = mm.group(1).decode("ascii").lower() if mm else default
    return "gbk" if cs in ("gb2312", "gbk", "gb18030") else cs


def fetch(url: str) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, headers={"User-Agent": "zoo-q-check/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, (resp.headers.get_all("Content-Type") or [""])[-1], resp.read()
    except urllib.error.HTTPError as err:
        return err.code, (err.headers.get_all("Content-Type") or [""])[-1], err.read()


def crawl(base: str, start: str, default_enc: str = "utf-8") -> dict[str, dict]:
    """Breadth-first over same-host links; {canon url: {url, status, ctype, body, hrefs}}."""
    rp = urllib.robotparser.RobotFileParser()
    rp.set_url(urljoin(base, "/robots.txt"))
    rp.read()
    host = urlsplit(base).netloc
    seen: dict[str, dict] = {}
    queue = deque([urljoin(base, start)])
    queued = {canon(queue[0])}
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        status, ctype, body = fetch(url)
        rec = {"url": url, "status": status, "ctype": ctype, "body": body, "hrefs": []}
        seen[canon(url)] = rec
        if status != 200 or "html" not in ctype:
            continue
        parser = Links()
        rec["enc"] = page_encoding(ctype, body, default_enc)
        parser.feed(body.decode(rec["enc"], errors="replace"))
        for href in parser.hrefs:
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            target = urldefrag(urljoin(url, href))[0]
            rec["hrefs"].append(canon(target))
            if urlsplit(target).netloc != host or not rp.can_fetch("*", target):
                continue
            key = canon(target)
            if key not in queued:
                queued.add(key)
                queue.append(target)
    return seen


def check_family(site: Path) -> list[str]:
    exp = json.loads((site / "truth" / "expected.json").read_text(encoding="utf-8"))
    arts = [json.loads(x) for x in (site / "truth" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    lists = [json.loads(x) for x in (site / "truth" / "listings.jsonl").read_text(encoding="utf-8").splitlines()]
    enc = exp["encoding"]
    errors: list[str] = []
    proc = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        base = line.strip().rsplit(" at ", 1)[1]
        pages = crawl(base, exp["start_url"], enc)
        texts: dict[str, str] = {}

        def text_of(u: str) -> str:
            key = canon(u)
            if key not in texts:
                rec = pages.get(key)
                texts[key] = page_text(rec["body"].decode(rec.get("enc", enc), errors="replace")) if rec else ""
            return texts[key]

        def ok_page(u: str, what: str) -> bool:
            rec = pages.get(canon(u))
            if rec is None:
                errors.append(f"{what} not reached by the crawl: {u}")
                return False
            if rec["status"] != 200 or "text/html" not in rec["ctype"]:
                errors.append(f"{what} answered {rec['status']} {rec['ctype']!r}: {u}")
                return False
            return True

        rejects = {canon(r["url"]): r for r in exp["rejects"]}
        for key, rec in pages.items():
            if key in rejects:
                continue
            if rec["status"] != 200:
                errors.append(f"unexpected HTTP {rec['status']}: {rec['url']}")
            elif "html" in rec["ctype"] and "\ufffd" in rec["body"].decode(rec["enc"], errors="replace"):
                errors.append(f"U+FFFD after decoding as {rec['enc']}: {rec['url']}")
        for a in arts:
            for u in [a["url"], *a["pages"], *a["aliases"]]:
                if ok_page(u, "article page") and pages[canon(u)].get("enc") != a["encoding"]:
                    errors.append(f"article page decoded as {pages[canon(u)].get('enc')}, truth says {a['encoding']}: {u}")
            first = text_of(a["url"])
            every = " ".join(text_of(u) for u in a["pages"])
            for field in ("title", "author", "editor", "source", "published_display", "views_display"):
                if a[field] is not None and fold(str(a[field])) not in (first if field == "title" else every):
                    errors.append(f"{field} {a[field]!r} not in {a['url']}")
            for p in a["paragraphs"]:
                if fold(p) not in every:
                    errors.append(f"paragraph not in {a['url']}: {p[:40]!r}")
            if a["comments"] is not None and str(a["comments"]) not in every:
                errors.append(f"comments {a['comments']} not in {a['url']}")
            for u in a["pages"][1:]:  # a continuation page repeats the title and links back to the first page
                if fold(a["title"]) not in text_of(u):
                    errors.append(f"title not on continuation page {u}")
                if canon(a["url"]) not in set(pages.get(canon(u), {}).get("hrefs", [])):
                    errors.append(f"continuation page {u} does not link page 1")
            if a["body_text"] != "\n".join(a["paragraphs"]):
                errors.append(f"body_text != joined paragraphs: {a['url']}")
            rec = pages.get(canon(a["url"]), {})
            hrefs = set(rec.get("hrefs", []))
            raw = fold(html.unescape(rec.get("body", b"").decode(rec.get("enc", enc), errors="replace")))
            for r in a["related"]:  # the full title may sit in a title attribute when the text is cut short
                if canon(r["url"]) not in hrefs or fold(r["title"]) not in raw:
                    errors.append(f"related entry {r['url']} not on {a['url']}")
                if canon(r["url"]) not in {canon(x["url"]) for x in arts}:
                    errors.append(f"related entry {r['url']} is not a truth article")
        for lp in exp["list_pages"]:
            for u in [lp["url"], *lp["aliases"]]:
                ok_page(u, "list page")
        for e in lists:
            rec = pages.get(canon(e["list_url"]))
            if rec is None:
                continue
            if canon(e["url"]) not in rec["hrefs"]:
                errors.append(f"listing {e['url']} not linked from {e['list_url']}")
            if e["date_display"] and fold(e["date_display"]) not in text_of(e["list_url"]):
                errors.append(f"listing date {e['date_display']!r} not on {e['list_url']}")
        home_hrefs = set(pages.get(canon(exp["start_url"]), {}).get("hrefs", []))
        for key, r in rejects.items():
            status = fetch(urljoin(base, r["url"]))[0]
            want = 200 if r["reason"].startswith("soft 404") else 404
            if status != want:
                errors.append(f"dead link {r['url']}: HTTP {status}, truth says {want}")
            if key not in home_hrefs:
                errors.append(f"dead link {r['url']} not linked from the home page")
        for u in exp["print_views"]:
            ok_page(u, "print view")
        errors.extend(consistency(exp, arts, lists))
        summary = (f"{exp['family']}: crawled {len(pages)} pages; {len(arts)} articles, {len(exp['list_pages'])} list pages, "
                   f"{len(lists)} listing entries, {sum(len(a['related']) for a in arts)} related entries")
        print(summary + (" -- OK" if not errors else f" -- {len(errors)} problem(s)"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return errors


def consistency(exp: dict, arts: list[dict], lists: list[dict]) -> list[str]:
    """Truth-only checks: every reference resolves, counts and derived fields agree."""
    errors: list[str] = []
    owner: dict[str, str] = {}
    for a in arts:
        for u in [a["url"], *a["pages"], *a["aliases"]]:
            key = canon(u)
            if key in owner and owner[key] != a["url"]:
                errors.append(f"URL {u} belongs to two articles ({owner[key]}, {a['url']})")
            owner[key] = a["url"]
        if a["pages"][0] != a["url"]:
            errors.append(f"pages[0] is not the url: {a['url']}")
        if not a["paragraphs"] or any(not p.strip() for p in a["paragraphs"]):
            errors.append(f"empty paragraph list or paragraph: {a['url']}")
        if a["published_at"] and a["published_at"][:10] != a["published_date"]:
            errors.append(f"published_at {a['published_at']} disagrees with published_date {a['published_date']}: {a['url']}")
        if a["views_approx"] and a["views"] is None:
            errors.append(f"views_approx without views: {a['url']}")
        if (a["views"] is None) != (a["views_display"] is None):
            errors.append(f"views / views_display disagree: {a['url']}")
        if a["short"] != (len(a["paragraphs"]) <= 3):
            errors.append(f"short flag wrong: {a['url']}")
        for p in a["paragraphs"]:
            if p.startswith(("原标题：", "来源：", "文章来源：", "（来源：", "责任编辑：", "本文转载自")):
                errors.append(f"credit / boilerplate line among the paragraphs: {a['url']}: {p[:30]!r}")
        if len(set(a["pages"])) != len(a["pages"]):
            errors.append(f"repeated page URL: {a['url']}")
        if a["published_at"] and not a["published_at"].endswith("+08:00"):
            errors.append(f"published_at without the site offset: {a['url']}")
        for r in a["related"]:
            if canon(r["url"]) == canon(a["url"]):
                errors.append(f"article related to itself: {a['url']}")
    list_urls = {canon(u) for lp in exp["list_pages"] for u in [lp["url"], *lp["aliases"]]}
    art_urls = {canon(a["url"]) for a in arts}
    if list_urls & art_urls:
        errors.append(f"URLs both list page and article: {sorted(list_urls & art_urls)[:3]}")
    seen_pos: set = set()
    for e in lists:
        if canon(e["url"]) not in owner:
            errors.append(f"listing entry {e['url']} on {e['list_url']} is no truth article or alias")
        elif owner[canon(e["url"])] and e["title"] != next(a["title"] for a in arts if a["url"] == owner[canon(e["url"])]):
            errors.append(f"listing title differs from the article title: {e['url']}")
        if canon(e["list_url"]) not in {canon(lp["url"]) for lp in exp["list_pages"]}:
            errors.append(f"listing on an undeclared list page: {e['list_url']}")
        if (e["list_url"], e["position"]) in seen_pos:
            errors.append(f"two entries at {e['list_url']} #{e['position']}")
        seen_pos.add((e["list_url"], e["position"]))
        if (e["date"] is None) != (e["date_display"] is None):
            errors.append(f"listing date / date_display disagree: {e['url']} on {e['list_url']}")
    per_list = {canon(lp["url"]) for lp in exp["list_pages"]} - {canon(e["list_url"]) for e in lists}
    if per_list:
        errors.append(f"list pages without entries: {sorted(per_list)[:3]}")
    c = exp["counts"]
    if (c["articles"], c["listing_entries"], c["list_pages"]) != (len(arts), len(lists), len(exp["list_pages"])):
        errors.append("expected.json counts disagree with the truth files")
    for u in exp["print_views"]:
        if canon(u) not in owner:
            errors.append(f"print view {u} is no article alias")
    return errors


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tools.heldout_zoo_q import FAMILIES, SEED, generate

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="also write the zoo here")
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        generate(Path(t1), args.seed, args.family)
        generate(Path(t2), args.seed, args.family)
        files1 = sorted(p.relative_to(t1) for p in Path(t1).rglob("*") if p.is_file())
        files2 = sorted(p.relative_to(t2) for p in Path(t2).rglob("*") if p.is_file())
        same = files1 == files2 and all(filecmp.cmp(Path(t1) / f, Path(t2) / f, shallow=False) for f in files1)
        print(f"determinism: {len(files1)} files, two runs {'byte-identical' if same else 'DIFFER'}")
        failed += not same
        for name in args.family or list(FAMILIES):
            errors = check_family(Path(t1) / name)
            for e in errors[:25]:
                print("   ", e)
            if len(errors) > 25:
                print(f"    ... {len(errors) - 25} more")
            failed += bool(errors)
        if args.keep:
            generate(args.keep, args.seed, args.family)
    print("ALL OK" if not failed else f"FAILED ({failed})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
