"""A WordPress 6 + Polylang company blog (恒岳传动 / Hengyue Driveline), UTF-8: every post in /zh/ and /en/, hreflang-linked."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, en_date, esc, iso_date, paginate, rand_dates, zh_date

NAME = "bilingual_wp"
SITE_ZH, SITE_EN = "恒岳传动", "Hengyue Driveline"
HOST = "https://www.hengyue-driveline.example.com"
PER_PAGE = 10
DEAD = "/en/2024/11/old-catalogue-download/"
L = {
    "zh": {"lang": "zh-CN", "og": "zh_CN", "site": SITE_ZH, "home": "首页", "by": "作者", "posted": "发布于", "cat": "分类",
           "cmt": "{n} 条评论", "none": "暂无评论", "off": "评论已关闭", "prev": "上一篇", "next": "下一篇", "rel": "相关文章",
           "recent": "近期文章", "cats": "分类目录", "other": "English", "note": "本文另有：", "short": "短链接",
           "older": "较早文章", "newer": "较新文章", "upd": "更新于", "reply": "发表评论"},
    "en": {"lang": "en-US", "og": "en_US", "site": SITE_EN, "home": "Home", "by": "By", "posted": "Posted on", "cat": "Categories",
           "cmt": "{n} Comments", "none": "No comments yet", "off": "Comments Off", "prev": "Previous Post", "next": "Next Post",
           "rel": "Related", "recent": "Recent Posts", "cats": "Categories", "other": "中文", "note": "This post is also available in: ",
           "short": "Shortlink", "older": "Older posts", "newer": "Newer posts", "upd": "Updated on", "reply": "Leave a Reply"},
}


def _d(lang: str, d: dt.datetime) -> str:
    return zh_date(d) if lang == "zh" else en_date(d)


def build(seed: int) -> Site:
    site = Site(NAME, SITE_ZH, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    plan = [(cat, j) for cat, _, _, _ in content.WP_CATS for j in range(len(content.WP_PAIRS[cat]))]
    rnd.shuffle(plan)
    n = len(plan)
    whens = rand_dates(rnd, n, dt.datetime(2025, 7, 1, tzinfo=TZ8), dt.datetime(2026, 5, 16, 12, tzinfo=TZ8), hours=(8, 19))
    chans = {key: (Channel(key, zh, 0), Channel(key, en, 0), zslug) for key, zh, en, zslug in content.WP_CATS}
    authors = [content.person_bilingual(random.Random(f"{seed}:{NAME}:au:{k}")) for k in range(4)]
    pairs = []  # (zh Art, en Art)
    pid = 180
    for i, (cat, j) in enumerate(plan):
        ar = random.Random(f"{seed}:{NAME}:{i}")
        zh_t, en_t, slug = content.WP_PAIRS[cat][j]
        pr = ar.choice(sorted(content.WP_PR_EN))
        co = ar.choice(sorted(content.WP_CO_EN))
        vals = {"prov": content.PROVINCE, "prov_en": "Lanting", "pr": pr, "pr_en": content.WP_PR_EN[pr], "co": co,
                "co_en": content.WP_CO_EN[co], "pct": str(ar.randint(6, 38)), "year": str(whens[i].year),
                "p3": str(ar.randint(30, 70)), "n3": str(ar.randint(300, 1500)), "k": str(ar.randint(3, 9)), "n": str(ar.randint(12, 46)),
                "date": f"{whens[i].month}月{whens[i].day}日"}
        kind = ar.choice(["short", "short", "medium", "medium", "medium", "long"])
        npara = {"short": ar.randint(1, 3), "medium": ar.randint(4, 6), "long": ar.randint(7, 9)}[kind]
        idx = [ar.randrange(len(content.WP_ZH_SENT)) for _ in range(npara * 2)]
        zb: list[tuple] = []
        eb: list[tuple] = []
        for p in range(npara):
            s1, s2 = idx[2 * p], idx[2 * p + 1]
            take = [s1] if s1 == s2 or ar.random() < 0.4 else [s1, s2]
            zb.append(("p", "".join(content.WP_ZH_SENT[s].format(**vals) for s in take)))
            eb.append(("p", " ".join(content.WP_EN_SENT[s].format(**vals) for s in take)))
        if kind == "long":
            hz, he = ar.sample(content.WP_HEADS, 1)[0]
            zb.insert(2, ("h", hz))
            eb.insert(2, ("h", he))
            zb.insert(4, ("ul", ["交付周期缩短至" + vals["k"] + "周", "一次交验合格率" + vals["p3"] + "%以上", "新增" + vals["n"] + "个客户"]))
            eb.insert(4, ("ul", [f"Lead time cut to {vals['k']} weeks", f"First-pass yield above {vals['p3']}%", f"{vals['n']} new customers"]))
        if ar.random() < 0.5:
            img = f"/wp-content/uploads/{whens[i]:%Y/%m}/{slug}-{ar.randint(1, 9)}.jpg"
            zb.insert(1, ("img", img, None))
            eb.insert(1, ("img", img, None))
        au = ar.randrange(4)
        en_when = min(whens[i] + dt.timedelta(hours=ar.randint(2, 40)), REFERENCE_TIME - dt.timedelta(hours=3))
        comments = ar.choice([None, 0, 0, 1, 2, 3, 4])
        upd = ar.random() < 0.3
        zh = Art(i, pid, chans[cat][0], zh_t.format(**vals), zb, whens[i], author=authors[au][0], comments=comments)
        en = Art(i, pid + 1, chans[cat][1], en_t.format(**vals), eb, en_when, author=authors[au][1],
                 comments=None if comments is None else ar.choice([0, comments]))
        for a, lang, sl in ((zh, "zh", slug + "-2"), (en, "en", slug)):
            a.extra.update(lang=lang, slug=sl, cslug=(chans[cat][2] if lang == "zh" else chans[cat][1].name.lower().replace(" ", "-")),
                           au=au, updated=(a.when + dt.timedelta(days=ar.randint(1, 3), hours=2)) if upd else None)
            if a.extra["updated"] and a.extra["updated"] > REFERENCE_TIME:
                a.extra["updated"] = None
        pid += 2
        pairs.append((zh, en))
    for zh, en in pairs:
        zh.extra["twin"], en.extra["twin"] = en, zh
        for a in (zh, en):
            a.url = f"/{a.extra['lang']}/{a.when:%Y/%m}/{a.extra['slug']}/"
    by_lang = {lang: sorted([p[k] for p in pairs], key=lambda x: x.when, reverse=True) for k, lang in enumerate(("zh", "en"))}
    for lang, lst in by_lang.items():
        for newer, older in zip(lst, lst[1:]):
            newer.prev, older.next = older, newer

    def cat_url(a_or_ch, lang: str) -> str:
        return f"/{lang}/category/{a_or_ch}/"

    # ------------------------------------------------------------------ template parts
    def head(lang: str, title: str, canonical: str, alts: dict[str, str] | None, meta: str = "") -> str:
        t = L[lang]
        hre = ""
        if alts:
            hre = "".join(f'<link rel="alternate" href="{HOST}{u}" hreflang="{L[lg]["lang"]}" />\n' for lg, u in alts.items())
            hre += f'<link rel="alternate" href="{HOST}{alts["zh"]}" hreflang="x-default" />\n'
        return f"""<!doctype html>
<html lang="{t['lang']}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="{HOST}{canonical}" />
{hre}<meta property="og:locale" content="{t['og']}" />
<meta property="og:locale:alternate" content="{L['en' if lang == 'zh' else 'zh']['og']}" />
<meta property="og:site_name" content="{t['site']}" />
{meta}<link rel='stylesheet' id='twentytwentyone-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="{'single' if meta else 'home blog'} wp-embed-responsive">
<div id="page" class="site">
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding"><p class="site-title"><a href="/{lang}/" rel="home">{t['site']}</a></p><p class="site-description">{'汽车传动与底盘零部件制造商' if lang == 'zh' else 'Driveline and chassis parts maker'}</p></div>
<nav id="site-navigation" class="primary-navigation"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
<li class="menu-item"><a href="/{lang}/">{t['home']}</a></li>
{"".join(f'<li class="menu-item"><a href="{cat_url(c[2] if lang == "zh" else c[1].name.lower().replace(" ", "-"), lang)}">{c[0 if lang == "zh" else 1].name}</a></li>' for c in chans.values())}
<li class="menu-item"><a href="/{lang}/{'guanyu-women' if lang == 'zh' else 'about-us'}/">{'关于我们' if lang == 'zh' else 'About Us'}</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
"""

    def switcher(lang: str, alts: dict[str, str]) -> str:
        return ('<ul class="pll-switcher">' + "".join(
            f'<li class="lang-item lang-item-{lg}{" current-lang" if lg == lang else ""}"><a lang="{L[lg]["lang"]}" hreflang="{L[lg]["lang"]}" href="{u}">'
            f'<img src="/wp-content/plugins/polylang/flags/{"cn" if lg == "zh" else "us"}.png" alt="" width="16" height="11" /><span>{"中文" if lg == "zh" else "English"}</span></a></li>'
            for lg, u in alts.items()) + "</ul>")

    def foot(lang: str, alts: dict[str, str]) -> str:
        t = L[lang]
        recent = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_lang[lang][:5])
        cats = "".join(f'<li class="cat-item"><a href="{cat_url(c[2] if lang == "zh" else c[1].name.lower().replace(" ", "-"), lang)}">{c[0 if lang == "zh" else 1].name}</a> ({sum(1 for x in by_lang[lang] if x.ch.key == k)})</li>'
                       for k, c in chans.items())
        return f"""</main></div></div>
<aside class="widget-area"><section class="widget widget_polylang"><h2 class="widget-title">{'语言' if lang == 'zh' else 'Languages'}</h2>{switcher(lang, alts)}</section>
<section class="widget widget_recent_entries"><h2 class="widget-title">{t['recent']}</h2><ul>{recent}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">{t['cats']}</h2><ul>{cats}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/{lang}/">{t['site']}</a></div>
<div class="site-links"><a href="/{lang}/{'guanyu-women' if lang == 'zh' else 'about-us'}/">{'关于我们' if lang == 'zh' else 'About Us'}</a> | <a href="{DEAD}">{'2024年产品目录' if lang == 'zh' else '2024 catalogue'}</a></div>
<div class="powered-by">{'自豪地采用' if lang == 'zh' else 'Proudly powered by'} <a href="https://wordpress.example.org/">WordPress</a></div></div></footer>
</div>
</body>
</html>
"""

    def body_html(blocks: list) -> str:
        out = []
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "h":
                out.append(f'<h2 class="wp-block-heading">{esc(b[1])}</h2>')
            elif b[0] == "img":
                out.append(f'<figure class="wp-block-image size-large"><img decoding="async" src="{b[1]}" alt="" class="wp-image-{len(b[1])}" /></figure>')
            elif b[0] in ("ul", "ol"):
                out.append(f'<{b[0]} class="wp-block-list">' + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        return "\n".join(out)

    # ------------------------------------------------------------------ single posts (+ ?p=ID shortlinks)
    for zh, en in pairs:
        for a in (zh, en):
            lang = a.extra["lang"]
            t = L[lang]
            alts = {"zh": zh.url, "en": en.url}
            cu = cat_url(a.extra["cslug"], lang)
            upd = a.extra["updated"]
            au_slug = ["author-a", "author-b", "author-c", "author-d"][a.extra["au"]]
            meta = (f'<meta property="article:published_time" content="{a.when.isoformat()}" />\n'
                    + (f'<meta property="article:modified_time" content="{upd.isoformat()}" />\n' if upd else "")
                    + f'<link rel="shortlink" href="{HOST}/?p={a.aid}" />\n')
            times = f'<time class="entry-date published" datetime="{a.when.isoformat()}">{_d(lang, a.when)}</time>'
            if upd:
                times += f'<time class="updated" datetime="{upd.isoformat()}">{t["upd"]} {_d(lang, upd)}</time>'
            if a.comments is None:
                clink = f'<span class="comments-link">{t["off"]}</span>'
            elif a.comments == 0:
                clink = f'<span class="comments-link"><a href="{a.url}#respond">{t["none"]}</a></span>'
            else:
                clink = f'<span class="comments-link"><a href="{a.url}#comments">{t["cmt"].format(n=a.comments)}</a></span>'
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            same = [x for x in by_lang[lang] if x.ch.key == a.ch.key and x is not a]
            a.related = sorted(rr.sample(same, min(3, len(same))), key=lambda x: x.when, reverse=True)
            rel = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{x.url}">{esc(x.title)}</a></h4>'
                          f'<p class="jp-relatedposts-post-date">{_d(lang, x.when)}</p><p class="jp-relatedposts-post-context">{"分类" if lang == "zh" else "In"} &quot;{x.ch.name}&quot;</p></div>' for x in a.related)
            cr = random.Random(f"{seed}:{NAME}:cm:{a.aid}")
            cl = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{cr.choice(content.FORUM_USERS) if lang == "zh" else cr.choice(["Arun", "Somchai", "Maria", "Tomasz", "Lee"])}</b>'
                         f'<time datetime="{(a.when + dt.timedelta(days=k + 1)).isoformat()}">{_d(lang, a.when + dt.timedelta(days=k + 1))}</time></footer>'
                         f'<div class="comment-content"><p>{"很有参考价值。" if lang == "zh" else "Very useful, thanks."}</p></div></article></li>' for k in range(a.comments or 0))
            twin = a.extra["twin"]
            nav = ""
            if a.prev or a.next:
                nav = '<nav class="navigation post-navigation"><div class="nav-links">' + \
                      (f'<div class="nav-previous"><a href="{a.prev.url}" rel="prev"><p class="meta-nav">{t["prev"]}</p><p class="post-title">{esc(a.prev.title)}</p></a></div>' if a.prev else "") + \
                      (f'<div class="nav-next"><a href="{a.next.url}" rel="next"><p class="meta-nav">{t["next"]}</p><p class="post-title">{esc(a.next.title)}</p></a></div>' if a.next else "") + "</div></nav>"
            html = head(lang, f"{a.title} – {t['site']}", a.url, alts, meta) + f"""<article id="post-{a.aid}" class="post-{a.aid} post type-post status-publish format-standard hentry category-{a.extra['cslug']}">
<header class="entry-header alignwide"><h1 class="entry-title">{esc(a.title)}</h1></header>
<div class="entry-content">
<div class="pll-translation-notice"><em>{t['note']}<a href="{twin.url}" hreflang="{L[twin.extra['lang']]['lang']}">{t['other']}</a></em></div>
{body_html(a.blocks)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{'分享到：' if lang == 'zh' else 'Share this:'}</h3><ul><li><a class="share-linkedin" href="https://www.linkedin.example.com/sharing/share-offsite/?url={HOST}{a.url}" rel="nofollow noopener" target="_blank">LinkedIn</a></li><li><a href="/?p={a.aid}" class="shortlink">{t['short']}</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{t['rel']}</em></h3><div class="jp-relatedposts-items">{rel}</div></div>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">{t['posted']} {times}</span>
<span class="byline">{t['by']} <a href="/{lang}/author/{au_slug}/" rel="author">{esc(a.author)}</a></span></div>
<div class="post-taxonomies"><span class="cat-links">{t['cat']} <a href="{cu}" rel="category tag">{a.ch.name}</a></span> {clink}</div></footer>
</article>
{nav}
<div id="comments" class="comments-area default-max-width">{'<h2 class="comments-title">' + t['cmt'].format(n=a.comments) + '</h2><ol class="comment-list">' + cl + '</ol>' if a.comments else ''}
{'' if a.comments is None else '<div id="respond" class="comment-respond"><h2 class="comment-reply-title">' + t['reply'] + '</h2><form action="/wp-comments-post.php" method="post" id="commentform"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="' + ('发表评论' if lang == 'zh' else 'Post Comment') + '" /></form></div>'}</div>
""" + foot(lang, alts)
            site.add(a.url, html)
            site.add(f"/?p={a.aid}", html)
            site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                             published_display=_d(lang, a.when), views_display=None, views_approx=False,
                             related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                             aliases=[f"/?p={a.aid}"])

    # ------------------------------------------------------------------ blog indexes /zh/, /zh/page/2/ and category archives
    def index_pages(lang: str, base: str, items: list[Art], title: str, alt_base: dict[str, str]) -> None:
        t = L[lang]
        chunks = paginate(items, PER_PAGE)
        urls = [base] + [f"{base}page/{k}/" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks, 1):
            rows = []
            for pos, x in enumerate(chunk, 1):
                exc = x.blocks[0][1] if x.blocks[0][0] == "p" else ""
                exc = exc[:60] + ("…" if lang == "zh" else " […]")
                rows.append(f"""<article class="post-{x.aid} post type-post entry"><header class="entry-header"><h2 class="entry-title default-max-width"><a href="{x.url}">{esc(x.title)}</a></h2></header>
<div class="entry-content"><p>{esc(exc)}</p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">{t['posted']} <time class="entry-date published" datetime="{x.when.isoformat()}">{_d(lang, x.when)}</time></span>
<span class="cat-links">{t['cat']} <a href="{cat_url(x.extra['cslug'], lang)}" rel="category tag">{x.ch.name}</a></span></footer></article>""")
                site.listing(urls[k - 1], pos, x, iso_date(x.when), _d(lang, x.when), category=x.ch.name)
            nav = '<nav class="navigation pagination"><div class="nav-links">' + \
                  (f'<a class="prev page-numbers" href="{urls[k - 2]}">{t["newer"]}</a>' if k > 1 else "") + \
                  "".join(f'<span aria-current="page" class="page-numbers current">{m}</span>' if m == k else f'<a class="page-numbers" href="{urls[m - 1]}">{m}</a>' for m in range(1, len(urls) + 1)) + \
                  (f'<a class="next page-numbers" href="{urls[k]}">{t["older"]}</a>' if k < len(urls) else "") + "</div></nav>"
            html = head(lang, f"{title}" + (f" – {'第' + str(k) + '页' if lang == 'zh' else 'Page ' + str(k)}" if k > 1 else "") + f" – {t['site']}", urls[k - 1], alt_base if k == 1 else None) + \
                f'<header class="page-header alignwide"><h1 class="page-title">{esc(title)}</h1></header>' + "\n".join(rows) + nav + foot(lang, alt_base)
            site.add(urls[k - 1], html)
            aliases = []
            if urls[k - 1] == "/zh/":
                site.add("/", html)
                aliases.append("/")
            site.list_pages.append({"url": urls[k - 1], "aliases": aliases})

    index_pages("zh", "/zh/", by_lang["zh"], SITE_ZH, {"zh": "/zh/", "en": "/en/"})
    index_pages("en", "/en/", by_lang["en"], SITE_EN, {"zh": "/zh/", "en": "/en/"})
    for key, (czh, cen, zslug) in chans.items():
        eslug = cen.name.lower().replace(" ", "-")
        alt = {"zh": cat_url(zslug, "zh"), "en": cat_url(eslug, "en")}
        index_pages("zh", alt["zh"], [x for x in by_lang["zh"] if x.ch.key == key], f"分类：{czh.name}", alt)
        index_pages("en", alt["en"], [x for x in by_lang["en"] if x.ch.key == key], f"Category: {cen.name}", alt)

    # ------------------------------------------------------------------ about pages, author archives (not articles), dead link
    for lang, slug, ttl, txt in (("zh", "guanyu-women", "关于我们", "恒岳传动成立于2006年，位于岚汀省苕水市，主要生产传动轴、等速万向节和底盘件，产品销往三十多个国家和地区。"),
                                 ("en", "about-us", "About Us", "Founded in 2006 in Tiaoshui, Lanting Province, Hengyue Driveline makes drive shafts, CV joints and chassis parts for customers in more than thirty countries.")):
        alts = {"zh": "/zh/guanyu-women/", "en": "/en/about-us/"}
        extra = ""
        site.add(f"/{lang}/{slug}/", head(lang, f"{ttl} – {L[lang]['site']}", f"/{lang}/{slug}/", alts) +
                 f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{ttl}</h1></header><div class="entry-content"><p>{txt}</p>{extra}</div></article>' + foot(lang, alts))
        site.non_articles.append({"url": f"/{lang}/{slug}/", "reason": "page (not a post)"})
    for lang in ("zh", "en"):
        for k, sl in enumerate(["author-a", "author-b", "author-c", "author-d"]):
            mine = [x for x in by_lang[lang] if x.extra["au"] == k]
            name = authors[k][0 if lang == "zh" else 1]
            site.add(f"/{lang}/author/{sl}/", head(lang, f"{name} – {L[lang]['site']}", f"/{lang}/author/{sl}/", None) +
                     f'<header class="page-header"><h1 class="page-title">{"作者：" if lang == "zh" else "Author: "}<span class="vcard">{esc(name)}</span></h1></header>'
                     + "".join(f'<h2 class="entry-title"><a href="{x.url}">{esc(x.title)}</a></h2>' for x in mine) + foot(lang, {"zh": "/zh/", "en": "/en/"}))
            site.non_articles.append({"url": f"/{lang}/author/{sl}/", "reason": "author archive (titles only)"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (old catalogue post, still linked from every page's footer)"})
    site.add("/404.html", '<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>Page not found – Hengyue Driveline</title></head><body><h1 class="page-title">Nothing here</h1><p>It looks like nothing was found at this location. <a href="/en/">Home</a> | <a href="/zh/">首页</a></p></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /wp-comments-post.php\n\nSitemap: https://www.hengyue-driveline.example.com/wp-sitemap.xml\n"
    return site
