"""Small portal folders for the hostile-web tests (served by PortalServer, crawled with -a site=sample).

Pages follow the sample profile's layout and URL patterns (``news/list_N.html`` lists,
``news/show-ID.html`` articles), so the profile decides what each page is and the
tests check only what they are about. Regenerate the committed encodings folder with
``python -m tests.hostile_sites``.
"""

from __future__ import annotations

import json
from pathlib import Path

ENCODINGS_DIR = Path(__file__).resolve().parent / "fixtures" / "encodings"
#: GB18030-only (4-byte) and GBK-only (not in GB2312) characters every encoding page carries.
RARE = "䶮(U+4DAE) 镕 堃 喆 昇 玥 犇 龑 㙟"
PUBTIME = "2026年03月12日 09:30"


def article_html(title: str, paragraphs: list[str], head: str = "", links: list[str] = ()) -> str:
    """An article page in the sample portal's layout."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    related = "".join(f'<li class="rel-item"><div class="rel-title"><a href="{u}">相关 {u}</a></div></li>'
                      for u in links)
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n<title>{title}_汽配网</title>\n</head>\n<body>\n"
            f'<div class="article"><h1 class="article-title">{title}</h1>\n'
            f'<div class="meta"><span class="pubtime">{PUBTIME}</span> <span class="source">汽配网</span></div>\n'
            f'<div class="content" id="content">\n{body}\n</div></div>\n'
            f'<ul class="related-list">{related}</ul>\n</body>\n</html>\n')


def list_html(links: list[tuple[str, str]], extra: str = "", head: str = '<meta charset="utf-8">') -> str:
    """A list page (``ul.news-list li a.t``) linking to ``links`` [(href, title)]."""
    items = "\n".join(f'<li><a class="t" href="{href}">{title}</a></li>' for href, title in links)
    return (f"<!DOCTYPE html>\n<html><head>{head}<title>新闻中心</title></head><body>\n"
            f'<ul class="news-list">\n{items}\n</ul>\n{extra}\n</body></html>\n')


#: id -> (how it is served: header charset or None, head markup, byte codec, BOM?)
ENCODING_CASES: dict[int, tuple[str | None, str, str, bool]] = {
    2001: ("gb2312", "", "gb18030", False),  # header only, gb2312 label, GB18030-only chars
    2002: (None, '<meta http-equiv=content-type content="text/html;charset=gbk">', "gb18030", False),
    2003: (None, "<meta charset='gb2312'>", "gb18030", False),
    2004: (None, "<meta charset=gb2312 />", "gb18030", False),
    2005: (None, '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">', "gb18030", False),
    2006: ("iso-8859-1", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "gb18030", False),
    2007: ("utf-8", "", "gb18030", False),  # header lies: bytes are GBK
    2008: ("iso-8859-1", "", "gb18030", False),  # header lies, no meta: sniffed
    2009: (None, "", "gb18030", False),  # no declaration at all
    2010: (None, "", "utf-8", False),  # no declaration, UTF-8
    2011: (None, '<meta charset="gbk">', "utf-8", True),  # BOM beats a wrong meta
    2012: ("gbk", "", "utf-8", False),  # header says gbk, bytes are UTF-8
    2013: ("utf-8", "<meta charset=gb2312>", "gb18030", False),  # header and meta disagree: meta decodes
    2014: ("GB2312", '<meta http-equiv="content-type" content="text/html; charset=gb2312">', "gb18030", False),
}


def encoding_pages() -> dict[str, bytes]:
    """path -> bytes of every page of the encodings portal, plus serve.json (header charsets)."""
    files: dict[str, bytes] = {}
    charset: dict[str, str] = {}
    links = []
    for page_id, (header, head, codec, bom) in ENCODING_CASES.items():
        title = f"编码测试{page_id} 汽车零部件企业{RARE[:1]}扩产"
        paragraphs = [f"第一段：{RARE}，配件企业订单增长。", f"第二段 {page_id}：刹车片、减震器与雨刮器的出口。"]
        data = article_html(title, paragraphs, head).encode(codec)
        path = f"news/show-{page_id}.html"
        files[path] = (b"\xef\xbb\xbf" if bom else b"") + data
        if header:
            charset[f"/{path}"] = header
        links.append((f"show-{page_id}.html", title))
    files["news/list_1.html"] = list_html(links).encode("utf-8")
    files["robots.txt"] = b"User-agent: *\nDisallow: /member/\n"
    files["serve.json"] = json.dumps({"charset": charset}, indent=1, ensure_ascii=False).encode()
    return files


def encoding_truth() -> dict[str, dict]:
    """path -> expected title and paragraphs."""
    truth = {}
    for page_id in ENCODING_CASES:
        truth[f"news/show-{page_id}.html"] = {
            "title": f"编码测试{page_id} 汽车零部件企业{RARE[:1]}扩产",
            "paragraphs": [f"第一段：{RARE}，配件企业订单增长。", f"第二段 {page_id}：刹车片、减震器与雨刮器的出口。"]}
    return truth


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    """Write ``files`` under ``root/www`` (serve.json beside www); return root."""
    for rel, data in files.items():
        target = root / rel if rel == "serve.json" else root / "www" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def fault_site(port: int, big_bytes: int = 300_000) -> dict[str, bytes]:
    """A portal whose pages each fail in one way (see serve.json), plus two good articles.

    ``port`` is the server's (off-site links name 127.0.0.2 and localhost on it).
    """
    good = [article_html(f"好文章{i}", [f"正常段落{i}，汽车零部件。", "第二段。"], '<meta charset="utf-8">')
            for i in (1, 2, 3)]
    pages = {
        "news/show-3001.html": good[0].encode(),
        "news/show-3002.html": good[1].encode(),
        "news/show-3014.html": good[2].encode(),  # reached only through the same-host redirect of 3013
        "news/show-3003.html": b"",  # empty 200 (always)
        "news/show-3004.html": good[0].replace("好文章1", "截断").encode(),  # truncated (always)
        "news/show-3006.html": good[0].replace("好文章1", "重置").encode(),  # connection reset (always)
        "news/show-3007.html": good[0].replace("好文章1", "出错").encode(),  # 503 (always)
        "news/show-3008.html": article_html("超大页面", ["大" * (big_bytes // 3)], '<meta charset="utf-8">').encode(),
        "news/show-3011.html": bytes(range(256)) * 40,  # binary garbage served as text/html
        "news/show-3012.html": article_html("深层嵌套", ["<div>" * 3000 + "深" + "</div>" * 3000],
                                            '<meta charset="utf-8">').encode(),
    }
    links = [(f"show-{n}.html", f"链接{n}") for n in (3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010,
                                                      3011, 3012, 3013, 3015)]
    extra = ('<a href="javascript:location.href=\'show-3099.html\'">js</a> <a href="mailto:ed@example.cn">mail</a>'
             f' <a href="http://127.0.0.2:{port}/news/show-3098.html">offsite</a>'
             f' <a href="http://localhost:{port}/news/show-3097.html">other host</a>')
    pages["news/list_1.html"] = list_html(links, extra).encode()
    pages["robots.txt"] = b"User-agent: *\nDisallow: /member/\n"
    config = {"faults": {"/news/show-3004.html": "truncate", "/news/show-3006.html": "reset",
                         "/news/show-3007.html": "error", "/news/show-3003.html": "empty",
                         "/news/show-3015.html": "endless"},
              "redirects": {"/news/show-3009.html": "http://localhost:{port}/news/show-3001.html",
                            "/news/show-3013.html": "/news/show-3014.html"},  # same host and port
              "redirect_loops": ["/news/show-3010.html"]}
    pages["serve.json"] = json.dumps(config).encode()
    return pages


if __name__ == "__main__":
    import shutil

    shutil.rmtree(ENCODINGS_DIR, ignore_errors=True)
    write_tree(ENCODINGS_DIR, encoding_pages())
    print(f"wrote {ENCODINGS_DIR}")
