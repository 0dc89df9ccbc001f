"""Score one family's crawl output (article / listing JSONL of autoparts_crawler) against its zoo truth.

URLs are compared by path + sorted query without tracking params (``from``, ``spm``, ``utm_*``) and
without a trailing ``index.html``; scheme, host and port are ignored. A record whose URL is an
alias of a truth article (later page of a split article, print view) matches it; a second record
for one article is a duplicate. Fields are compared over matched articles, null == null counting
as correct. Body F1: the 4-shingle metric of ``../shared/bench/extraction_eval.py`` with CJK
character tokens when that file exists, else a local CJK-character-token F1 (noted in the result).
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

_EVAL = None


def _load_eval(shared: Path | None):
    global _EVAL
    if _EVAL is None:
        _EVAL = False
        root = Path(__file__).resolve().parents[2]
        candidates = [shared] if shared else [root.parent / "shared", root.parent.parent / "shared"]
        path = next((c / "bench" / "extraction_eval.py" for c in candidates
                     if (c / "bench" / "extraction_eval.py").is_file()), None)
        if path is not None:
            spec = importlib.util.spec_from_file_location("zoo_extraction_eval", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            _EVAL = module
    return _EVAL or None


def canon(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    path = unquote(parts.path or "/")
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in ("from", "spm") and not k.lower().startswith("utm_"))
    return path + ("?" + urlencode(query) if query else "")


def norm(s: object) -> str | None:
    if s is None:
        return None
    return " ".join(str(s).replace("\u3000", " ").replace("\xa0", " ").split()) or None


_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def body_f1(pred: str, truth: str, shared: Path | None = None) -> float:
    ev = _load_eval(shared)
    if ev is not None:
        _tp, _fp, _fn, p, r, _exact = ev.page_scores(truth, pred, "cjk")
        p, r = p or 0.0, r or 0.0
    else:
        a, b = Counter(_TOKEN.findall(pred or "")), Counter(_TOKEN.findall(truth or ""))
        inter = sum((a & b).values())
        p = inter / sum(a.values()) if a else 0.0
        r = inter / sum(b.values()) if b else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def body_metric(shared: Path | None = None) -> str:
    return "extraction_eval 4-shingle F1 (cjk tokens)" if _load_eval(shared) else "local CJK token F1"


def _f1(tp: int, fp: int, fn: int) -> float | None:
    if tp + fp + fn == 0:
        return None
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


FIELDS = ("title", "published_date", "published_at", "author", "editor", "source", "category", "views", "comments")


def score(truth_dir: Path, articles: Path, listings: Path, shared: Path | None = None, show: int = 3) -> dict:
    truth = _jsonl(truth_dir / "articles.jsonl")
    truth_list = _jsonl(truth_dir / "listings.jsonl")
    expected = json.loads((truth_dir / "expected.json").read_text(encoding="utf-8"))
    records = [r for r in _jsonl(articles) if r.get("record_type", "article") == "article"]
    key = {}
    for i, t in enumerate(truth):
        for u in [t["url"], *t.get("aliases", []), *t.get("pages", [])]:
            key.setdefault(canon(u), i)
    hits: dict[int, list[dict]] = {}
    unmatched = []
    for r in records:
        i = key.get(canon(r.get("url")))
        if i is None:
            unmatched.append(canon(r.get("url")))
        else:
            hits.setdefault(i, []).append(r)
    res: dict = {"articles": len(truth), "records": len(records), "matched": len(hits),
                 "recall": len(hits) / len(truth) if truth else None,
                 "precision": len(hits) / len(records) if records else None,
                 "duplicates": sum(len(v) - 1 for v in hits.values()), "unmatched": unmatched[:show]}
    ok = Counter()
    fails: dict[str, list[str]] = {f: [] for f in (*FIELDS, "body")}
    f1s = []
    for i, recs in sorted(hits.items()):
        t = truth[i]
        r = next((x for x in recs if canon(x.get("url")) == canon(t["url"])), recs[0])
        for f in FIELDS:
            got, want = r.get(f), t.get(f)
            same = got == want if f in ("views", "comments") else norm(got) == norm(want)
            if f == "published_at" and got and want:
                same = _instant(got) == _instant(want)
            ok[f] += same
            if not same:
                fails[f].append(f"{t['url']}: {got!r} != {want!r}")
        f1 = body_f1(r.get("body_text") or "", t["body_text"], shared)
        f1s.append(f1)
        if f1 < 0.9:
            fails["body"].append(f"{t['url']}: F1 {f1:.2f}")
    m = len(hits)
    for f in FIELDS:
        res[f] = ok[f] / m if m else None
    res["body_f1"] = sum(f1s) / m if m else None
    # related entries, by URL
    tp = fp = fn = 0
    for i, recs in hits.items():
        want = {canon(x["url"]) for x in truth[i]["related"]}
        got = {canon(x.get("url")) for x in recs[0].get("related") or []}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    res["related_f1"] = _f1(tp, fp, fn)
    res["related_tp_fp_fn"] = (tp, fp, fn)
    # listing entries, by (list page, entry URL)
    alias = {}
    for lp in expected["list_pages"]:
        for u in [lp["url"], *lp["aliases"]]:
            alias[canon(u)] = canon(lp["url"])
    want_l = {(canon(e["list_url"]), canon(e["url"])): e for e in truth_list}
    got_l, ldup = set(), 0
    for e in _jsonl(listings):
        lk = alias.get(canon(e.get("list_url")))
        if lk is None:
            continue
        k = (lk, canon(e.get("url")))
        ldup += k in got_l
        got_l.add(k)
    ltp = len(got_l & set(want_l))
    res["listing_f1"] = _f1(ltp, len(got_l) - ltp, len(want_l) - ltp)
    res["listing_tp_emitted_expected"] = (ltp, len(got_l), len(want_l))
    res["listing_duplicates"] = ldup
    res["fails"] = {f: (len(v), v[:show]) for f, v in fails.items() if v}
    return res


def _instant(s: str):
    import datetime as dt
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return s
