"""Hexo 6 + NexT 7 (Gemini) blog of an auto-electronics engineer (屿舟的车电笔记): /2026/05/12/slug/, /page/2/, /archives/."""

from __future__ import annotations

import datetime as dt
import random
import re

from . import content
from .core import (TZ8, UTC, Art, Channel, Site, chain, esc, iso_at, iso_date, kinds, paginate, pct, rand_dates,
                   unique_titles, word_count_k)

NAME = "hexo_blog"
SITE = content.BLOG_NAME
OWNER = content.BLOG_OWNER
BASE = "https://yuzhou-auto.example.io"
CATS = [Channel(k, n) for k, n in content.BLOG_CATS]
COUNTS = [15, 13, 11, 7]
INDEX_PER = 8
ARCHIVE_PER = 20
CATEGORY_PER = 10
TAGS = {"network": ["CAN", "LIN", "UDS", "示波器", "诊断", "网络管理"], "firmware": ["Bootloader", "嵌入式", "C语言", "调试", "低功耗"],
        "hardware": ["电源", "EMC", "车规", "硬件设计", "测试"], "misc": ["随笔", "读书", "年终总结", "工具"]}
SLUG_WORDS = {"network": ["can", "lin", "uds", "bus", "nm", "canfd"], "firmware": ["boot", "flash", "wdg", "ringbuf", "stack", "pwm", "crc"],
              "hardware": ["ldo", "loaddump", "reverse", "ripple", "hbridge", "esd", "relay"], "misc": ["books", "bench", "career", "window", "summary", "hexo"]}
DEAD = "/2022/11/08/canfd-intro/"  # the old permalink of a post from the previous blog: 404
KEYWORDS = ["typedef", "void", "uint8_t", "uint16_t", "uint32_t", "return", "if", "else", "while", "for", "static",
            "volatile", "struct", "int", "const", "define"]
KW_RE = re.compile(r"\b(" + "|".join(KEYWORDS) + r")\b|\b(0x[0-9A-Fa-f]+u?|\d+u?)\b")
VER = "7.8.0"


def _slug_path(a: Art) -> str:
    return f"/{a.when:%Y/%m/%d}/{a.extra['slug']}/"


def _code(lang: str, lines: list[str]) -> str:
    def hl(line: str) -> str:
        out, pos = [], 0
        for m in KW_RE.finditer(line):
            out.append(esc(line[pos:m.start()]))
            cls = "keyword" if m.group(1) else "number"
            out.append(f'<span class="{cls}">{esc(m.group(0))}</span>')
            pos = m.end()
        out.append(esc(line[pos:]))
        return "".join(out)
    gutter = "".join(f'<span class="line">{j}</span><br>' for j in range(1, len(lines) + 1))
    code = "".join(f'<span class="line">{hl(ln) if lang == "c" else esc(ln)}</span><br>' for ln in lines)
    return (f'<figure class="highlight {lang}"><table><tr><td class="gutter"><pre>{gutter}</pre></td>'
            f'<td class="code"><pre>{code}</pre></td></tr></table></figure>')


def _block(b: tuple) -> str:
    if b[0] == "p":
        return f"<p>{esc(b[1])}</p>"
    if b[0] == "h":
        return f'<h2 id="{esc(b[1])}"><a href="#{esc(b[1])}" class="headerlink" title="{esc(b[1])}"></a>{esc(b[1])}</h2>'
    if b[0] == "quote":
        return f"<blockquote>\n<p>{esc(b[1])}</p>\n</blockquote>"
    if b[0] == "code":
        return _code(b[1], b[2])
    if b[0] == "table":
        head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
        return f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>{body}</tbody>\n</table>"
    if b[0] in ("ul", "ol"):
        return f"<{b[0]}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"\n</{b[0]}>"
    if b[0] == "img":
        return f'<p><img data-src="{b[1]}" alt="{esc(b[2] or "")}"></p>'
    raise ValueError(b[0])


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2023, 3, 4, tzinfo=TZ8), dt.datetime(2026, 5, 17, 23, tzinfo=TZ8), seconds=True,
                       hours=(0, 23))
    chans = [c for c, k in zip(CATS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    tpl_order = {c.key: rnd.sample(content.BLOG_TITLES[c.key], len(content.BLOG_TITLES[c.key])) for c in CATS}
    nth = [sum(1 for j in range(i) if chans[j] is chans[i]) for i in range(n)]
    primary = [tpl_order[chans[i].key][nth[i] % len(tpl_order[chans[i].key])] for i in range(n)]
    series_no = [sum(1 for j in range(i) if "{svc}" in primary[j]) + 1 for i in range(n)]  # UDS 诊断笔记（N）, in date order

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        xc = ar.sample(content.BLOG_XCVR, 2)
        slots = {"mcu": ar.choice(content.BLOG_MCU), "xcvr": xc[0], "xcvr2": xc[1], "ldo": ar.choice(content.BLOG_LDO),
                 "svc": ar.choice(content.BLOG_SVC), "k": "一二三四五六七八九十"[min(9, series_no[i] - 1 + attempt // 3)],
                 "bitrate": ar.choice(["125", "250", "500"]), "year": str(whens[i].year - (1 if whens[i].month < 3 else 0))}
        # each template once per category (the UDS series may come back), then slot variants on a clash
        t = tpl_order[chans[i].key][(nth[i] + attempt // 3) % len(tpl_order[chans[i].key])]
        return t.format(**slots), (ctx, ar)

    arts: list[Art] = []
    used_slugs: set[str] = set()
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        a = Art(i, i + 1, ch, title, content.blog_blocks(ctx, ks[i], ch.key), whens[i])
        if whens[i].year <= 2023 or (whens[i].year == 2024 and ar.random() < 0.5):  # older posts kept Chinese file names
            slug = re.sub(r"[\s：:（）()，,、？?！!“”\"'/—]+", "-", title).strip("-")
        else:
            slug = f"{ar.choice(SLUG_WORDS[ch.key])}-{ar.choice(['notes', 'debug', 'test', 'record', 'howto', 'review'])}"
        base, j = slug, 2
        while slug in used_slugs:
            slug, j = f"{base}-{j}", j + 1
        used_slugs.add(slug)
        a.extra["slug"] = slug
        a.url = pct(_slug_path(a))
        a.page_urls = [a.url]
        a.author = OWNER
        a.extra["tags"] = ar.sample(TAGS[ch.key], ar.randint(1, 3))
        a.extra["updated"] = a.when + dt.timedelta(days=ar.randint(1, 90), hours=ar.randint(0, 12), minutes=ar.randint(0, 59)) if ar.random() < 0.5 else None
        if a.extra["updated"] and a.extra["updated"] > dt.datetime(2026, 5, 18, 12, tzinfo=TZ8):
            a.extra["updated"] = None
        a.comments = None if ar.random() < 0.15 else ar.choice([0, 0, 1, 2, 3, 4, 6, 9, 12, 17])
        if ch.key != "misc" and ar.random() < 0.4:
            at = ar.randint(1, max(1, len(a.blocks) - 1))
            a.blocks.insert(at, ("img", f"{_slug_path(a)}{ar.choice(['scope', 'bench', 'schematic', 'waveform'])}-{ar.randint(1, 9)}.png",
                                 ar.choice(["示波器截图", "台架照片", "原理图局部", None])))
        arts.append(a)
    sticky = next(x for x in sorted(arts, key=lambda x: x.when) if x.ch.key == "misc")
    sticky.extra["sticky"] = True
    # the sticky post explains the move from the old blog, with a link to an old permalink (404 now)
    note = "旧博客的文章链接已经失效，比如以前那篇 CAN FD 入门，请在归档页里按标题查找。"
    first_p = next(j for j, b in enumerate(sticky.blocks) if b[0] == "p")
    sticky.blocks.insert(first_p, ("p", note))  # the first paragraph: it is the excerpt on the home page
    sticky.extra["dead_note"] = note
    chain(arts, lambda x: 0)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in latest if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, min(len(same), rr.randint(3, 5)))
    tag_names = sorted({t for a in arts for t in a.extra["tags"]})

    # ------------------------------------------------------------------ template
    def head(title: str, desc: str, og_type: str, canonical: str, is_post: bool, extra_meta: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 6.3.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="/lib/font-awesome/css/all.min.css">
<script id="hexo-configurations">
    var NexT = window.NexT || {{}};
    var CONFIG = {{"hostname":"yuzhou-auto.example.io","root":"/","scheme":"Gemini","version":"{VER}","exturl":false,"sidebar":{{"position":"left","display":"post","padding":18,"offset":12}},"copycode":{{"enable":true,"show_result":true,"style":"mac"}},"back2top":{{"enable":true,"sidebar":false,"scrollpercent":true}},"comments":{{"style":"tabs","active":"artalk","storage":true,"lazyload":false,"nav":null}},"motion":{{"enable":true,"async":false}},"path":"search.xml"}};
  </script>
  <meta name="description" content="{esc(desc)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title.split(' | ')[0])}">
<meta property="og:url" content="{BASE}{canonical}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:locale" content="zh_CN">
{extra_meta}<meta name="twitter:card" content="summary">
<link rel="canonical" href="{BASE}{canonical}">
<script id="page-configurations">
  // https://hexo.io/docs/variables.html
  CONFIG.page = {{
    sidebar: "",
    isHome : {"false" if is_post or canonical != "/" else "true"},
    isPost : {"true" if is_post else "false"},
    lang   : 'zh-CN'
  }};
</script>
  <title>{esc(title)}</title>
  <noscript>
  <style>
  .use-motion .brand,
  .use-motion .menu-item,
  .use-motion .post-block {{ opacity: initial; }}
  </style>
</noscript>
</head>
<body itemscope itemtype="http://schema.org/WebPage">
  <div class="container use-motion">
    <div class="headband"></div>
    <header class="header" itemscope itemtype="http://schema.org/WPHeader">
      <div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle"><div class="toggle" aria-label="切换导航栏"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div></div>
  <div class="site-meta">
    <a href="/" class="brand" rel="start">
      <span class="logo-line-before"><i></i></span>
      <h1 class="site-title">{SITE}</h1>
      <span class="logo-line-after"><i></i></span>
    </a>
      <p class="site-subtitle" itemprop="description">{content.BLOG_SUB}</p>
  </div>
  <div class="site-nav-right"><div class="toggle popup-trigger"><i class="fa fa-search fa-fw fa-lg"></i></div></div>
</div>
<nav class="site-nav">
  <ul id="menu" class="main-menu menu">
        <li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li>
        <li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>关于</a></li>
        <li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签<span class="badge">{len(tag_names)}</span></a></li>
        <li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类<span class="badge">{len(CATS)}</span></a></li>
        <li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档<span class="badge">{n}</span></a></li>
        <li class="menu-item menu-item-links"><a href="/links/" rel="section"><i class="fa fa-link fa-fw"></i>友链</a></li>
        <li class="menu-item menu-item-search"><a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>搜索</a></li>
  </ul>
</nav>
  <div class="search-pop-overlay"><div class="popup search-popup"><div class="search-header"><span class="search-icon"><i class="fa fa-search"></i></span><div class="search-input-container"><input autocomplete="off" autocapitalize="off" placeholder="搜索..." spellcheck="false" type="search" class="search-input"></div><span class="popup-btn-close"><i class="fa fa-times-circle"></i></span></div><div id="search-result"><div id="no-result"><i class="fa fa-spinner fa-pulse fa-5x fa-fw"></i></div></div></div></div>
</div>
    </header>
  <div class="back-to-top"><i class="fa fa-arrow-up"></i><span>0%</span></div>
    <main class="main">
      <div class="main-inner">
        <div class="content-wrap">
"""

    def overview() -> str:
        return f"""<div class="site-overview-wrap sidebar-panel">
        <div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{OWNER}" src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{OWNER}</p>
  <div class="site-description" itemprop="description">汽车电子硬件 / 嵌入式软件工程师，记录工作中遇到的问题。</div>
</div>
<div class="site-state-wrap motion-element"><nav class="site-state">
<div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{n}</span><span class="site-state-item-name">日志</span></a></div>
<div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">{len(CATS)}</span><span class="site-state-item-name">分类</span></a></div>
<div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">{len(tag_names)}</span><span class="site-state-item-name">标签</span></a></div>
</nav></div>
<div class="links-of-author motion-element"><span class="links-of-author-item"><a href="https://github.example.com/yuzhou-ee" title="GitHub" rel="noopener" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a></span><span class="links-of-author-item"><a href="mailto:yuzhou@example.io" title="E-Mail" rel="noopener" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a></span></div>
<div class="links-of-blogroll motion-element"><div class="links-of-blogroll-title"><i class="fa fa-link fa-fw"></i>友情链接</div><ul class="links-of-blogroll-list">
<li class="links-of-blogroll-item"><a href="https://mcu-notes.example.net/" title="单片机杂记" rel="noopener" target="_blank">单片机杂记</a></li>
<li class="links-of-blogroll-item"><a href="https://emc-lab.example.org/" title="EMC 实验室手记" rel="noopener" target="_blank">EMC 实验室手记</a></li></ul></div>
      </div>"""

    def tail(toc: str = "") -> str:
        nav = ('<ul class="sidebar-nav motion-element"><li class="sidebar-nav-toc">文章目录</li><li class="sidebar-nav-overview">站点概览</li></ul>\n'
               f'      <!--noindex-->\n      <div class="post-toc-wrap sidebar-panel"><div class="post-toc motion-element">{toc}</div></div>\n      <!--/noindex-->\n') if toc else ""
        return f"""        </div>
        <div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div>
    <aside class="sidebar">
      <div class="sidebar-inner">
      {nav}{overview()}
      </div>
    </aside>
    <div id="sidebar-dimmer"></div>
      </div>
    </main>
    <footer class="footer">
      <div class="footer-inner">
<div class="beian"><a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">岚ICP备2021000123号-1 </a></div>
<div class="copyright">
  &copy; 2021 &ndash; <span itemprop="copyrightYear">2026</span>
  <span class="with-love"><i class="fa fa-heart"></i></span>
  <span class="author" itemprop="copyrightHolder">{OWNER}</span>
</div>
  <div class="powered-by">由 <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动</div>
<div class="busuanzi-count">
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
    <span class="post-meta-item" id="busuanzi_container_site_uv" style="display: none;"><span class="post-meta-item-icon"><i class="fa fa-user"></i></span><span class="site-uv" title="总访客量"><span id="busuanzi_value_site_uv"></span></span></span>
    <span class="post-meta-divider">|</span>
    <span class="post-meta-item" id="busuanzi_container_site_pv" style="display: none;"><span class="post-meta-item-icon"><i class="fa fa-eye"></i></span><span class="site-pv" title="总访问量"><span id="busuanzi_value_site_pv"></span></span></span>
</div>
      </div>
    </footer>
  </div>
  <script src="/lib/anime.min.js"></script>
  <script src="/lib/velocity/velocity.min.js"></script>
<script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/schemes/pisces.js"></script><script src="/js/next-boot.js"></script>
<script src="/js/local-search.js"></script>
</body>
</html>
"""

    def time_el(d: dt.datetime, kind: str = "created") -> str:
        label, prop = ("创建时间", "dateCreated datePublished") if kind == "created" else ("修改时间", "dateModified")
        return f'<time title="{label}：{d:%Y-%m-%d %H:%M:%S}" itemprop="{prop}" datetime="{d.isoformat()}">{d:%Y-%m-%d}</time>'

    def cat_url(c: Channel, k: int = 1) -> str:
        return pct(f"/categories/{c.name}/" + (f"page/{k}/" if k > 1 else ""))

    def post_meta(a: Art, on_index: bool) -> str:
        items = [f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">发表于</span>\n{time_el(a.when)}</span>']
        if a.extra["updated"]:
            items.append(f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span><span class="post-meta-item-text">更新于</span>\n{time_el(a.extra["updated"], "updated")}</span>')
        items.append(f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">分类于</span>\n'
                     f'<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="{cat_url(a.ch)}" itemprop="url" rel="index"><span itemprop="name">{a.ch.name}</span></a></span></span>')
        if not on_index:
            items.append('<span class="post-meta-item" title="阅读次数" id="busuanzi_container_page_pv" style="display: none;"><span class="post-meta-item-icon"><i class="fa fa-eye"></i></span>'
                         '<span class="post-meta-item-text">阅读次数：</span><span id="busuanzi_value_page_pv"></span></span>')
        if a.comments is not None:
            items.append(f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-comment"></i></span><span class="post-meta-item-text">评论数：</span>'
                         f'<a title="artalk" href="{a.url}#artalk-comments" itemprop="discussionUrl"><span class="post-comments-count" itemprop="commentCount">{a.comments}</span></a></span>')
        chars = sum(len(p) for p in content.paragraphs(a.blocks))
        shown, minutes = word_count_k(chars)
        items.append('<span class="post-meta-break"></span>')
        items.append(f'<span class="post-meta-item" title="本文字数"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">本文字数：</span><span>{shown}</span></span>')
        items.append(f'<span class="post-meta-item" title="阅读时长"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">阅读时长 &asymp;</span><span>{minutes} 分钟</span></span>')
        return '<div class="post-meta">\n' + "\n".join(items) + "\n</div>"

    def render_body(a: Art, excerpt_only: bool) -> str:
        out = []
        seen_p = False
        for b in a.blocks:
            html = _block(b)
            if b[0] == "p" and b[1] == a.extra.get("dead_note"):
                before, _, after = b[1].partition("CAN FD 入门")
                html = f'<p>{esc(before)}<a href="{DEAD}">CAN FD 入门</a>{esc(after)}</p>'
            out.append(html)
            if b[0] == "p" and not seen_p:
                seen_p = True
                if excerpt_only:
                    break
                out.append('<a id="more"></a>')
        return "\n".join(out)

    def index_block(a: Art) -> str:
        flag = '<span class="post-sticky-flag" title="置顶"><i class="fa fa-thumbtack"></i></span>\n' if a.extra.get("sticky") else ""
        return f"""<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{BASE}{a.url}">
      <header class="post-header">
        {flag}<h2 class="post-title" itemprop="name headline">
            <a href="{a.url}" class="post-title-link" itemprop="url">{esc(a.title)}</a>
        </h2>
        {post_meta(a, True)}
      </header>
    <div class="post-body" itemprop="articleBody">
{render_body(a, True)}
        <div class="post-button"><a class="btn" href="{a.url}#more" rel="contents">阅读全文 &raquo;</a></div>
    </div>
      <footer class="post-footer"><div class="post-eof"></div></footer>
  </article>"""

    # ------------------------------------------------------------------ posts
    for a in arts:
        heads = [b[1] for b in a.blocks if b[0] == "h"]
        toc = ('<ol class="nav">' + "".join(f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{esc(h)}"><span class="nav-number">{j}.</span> <span class="nav-text">{esc(h)}</span></a></li>'
                                            for j, h in enumerate(heads, 1)) + "</ol>") if heads else ""
        tags = "\n".join(f'<a href="{pct(f"/tags/{t}/")}" rel="tag"># {esc(t)}</a>' for t in a.extra["tags"])
        pn = []
        if a.next:
            pn.append(f'<div class="post-nav-item"><a href="{a.next.url}" rel="prev" title="{esc(a.next.title)}"><i class="fa fa-chevron-left"></i> {esc(a.next.title)}</a></div>')
        else:
            pn.append('<div class="post-nav-item"></div>')
        if a.prev:
            pn.append(f'<div class="post-nav-item"><a href="{a.prev.url}" rel="next" title="{esc(a.prev.title)}">{esc(a.prev.title)} <i class="fa fa-chevron-right"></i></a></div>')
        rel = "\n".join(f'<li class="popular-posts-item"><div class="popular-posts-title"><a href="{x.url}" rel="bookmark">{esc(x.title)}</a></div></li>' for x in a.related)
        desc = content.paragraphs(a.blocks)[0][:120]
        meta = (f'<meta property="article:published_time" content="{a.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z">\n'
                f'<meta property="article:modified_time" content="{(a.extra["updated"] or a.when).astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z">\n'
                f'<meta property="article:author" content="{OWNER}">\n' + "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in a.extra["tags"]))
        comments = (f'<div class="comments" id="artalk-comments"></div>\n<script>NexT.utils.loadComments(document.querySelector("#artalk-comments"), () => {{ Artalk.init({{ el: "#artalk-comments", pageKey: "{a.url}", server: "https://artalk.yuzhou-auto.example.io", site: "{SITE}" }}); }});</script>'
                    if a.comments is not None else "")
        html = head(f"{a.title} | {SITE}", desc, "article", a.url, True, meta) + f"""          <div class="content post posts-expand">
  <article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{BASE}{a.url}">
    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="{OWNER}">
      <meta itemprop="description" content="汽车电子硬件 / 嵌入式软件工程师">
    </span>
    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{SITE}">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {esc(a.title)}
        </h1>
        {post_meta(a, False)}
      </header>
    <div class="post-body" itemprop="articleBody">
{render_body(a, False)}
    </div>
    <div class="popular-posts-header">相关文章</div>
    <ul class="popular-posts">
{rel}
    </ul>
    <div class="reward-container">
  <div>请我喝杯咖啡吧～</div>
  <button onclick="var qr = document.getElementById('qr'); qr.style.display = (qr.style.display === 'none') ? 'block' : 'none';">打赏</button>
  <div id="qr" style="display: none;"><div style="display: inline-block;"><img src="/images/wechatpay.png" alt="{OWNER} 微信支付"><p>微信支付</p></div></div>
</div>
<div>
      <ul class="post-copyright">
    <li class="post-copyright-author"><strong>本文作者： </strong>{OWNER}</li>
    <li class="post-copyright-link"><strong>本文链接：</strong><a href="{BASE}{a.url}" title="{esc(a.title)}">{BASE}{a.url}</a></li>
    <li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！</li>
  </ul>
</div>
      <footer class="post-footer">
          <div class="post-tags">
{tags}
          </div>
        <div class="post-nav">
{chr(10).join(pn)}
        </div>
      </footer>
  </article>
  </div>
{comments}
""" + tail(toc)
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=iso_at(a.when),
                         published_display=f"{a.when:%Y-%m-%d}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related])

    # ------------------------------------------------------------------ index pages (sticky first), archives, categories
    def pagination(k: int, total: int, url_of) -> str:
        if total == 1:
            return ""
        parts = []
        if k > 1:
            parts.append(f'<a class="extend prev" rel="prev" href="{url_of(k - 1)}"><i class="fa fa-angle-left" aria-label="上一页"></i></a>')
        for j in range(1, total + 1):
            if j == k:
                parts.append(f'<span class="page-number current">{j}</span>')
            elif abs(j - k) <= 2 or j in (1, total):
                parts.append(f'<a class="page-number" href="{url_of(j)}">{j}</a>')
            elif abs(j - k) == 3:
                parts.append('<span class="space">&hellip;</span>')
        if k < total:
            parts.append(f'<a class="extend next" rel="next" href="{url_of(k + 1)}"><i class="fa fa-angle-right" aria-label="下一页"></i></a>')
        return '<nav class="pagination">\n' + "".join(parts) + "\n</nav>"

    index_order = [sticky] + [x for x in latest if x is not sticky]
    chunks = paginate(index_order, INDEX_PER)
    idx_url = lambda k: "/" if k == 1 else f"/page/{k}/"  # noqa: E731
    for k, chunk in enumerate(chunks, 1):
        url = idx_url(k)
        for pos, x in enumerate(chunk, 1):
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        html = (head(SITE if k == 1 else f"{SITE} | 第{k}页", content.BLOG_SUB, "website", url, False)
                + '          <div class="content index posts-expand">\n' + "\n".join(index_block(x) for x in chunk) + "\n  </div>\n"
                + pagination(k, len(chunks), idx_url) + "\n" + tail())
        site.add(url, html)
        site.list_pages.append({"url": url, "aliases": []})

    def collapse(entries: list[Art], list_url: str, header: str) -> str:
        rows, year = [], None
        for pos, x in enumerate(entries, 1):
            if x.when.year != year:
                year = x.when.year
                rows.append(f'<div class="collection-year"><span class="collection-header">{year}</span></div>')
            rows.append(f"""<article itemscope itemtype="http://schema.org/Article">
    <header class="post-header">
      <div class="post-meta"><time itemprop="dateCreated" datetime="{x.when.isoformat()}" content="{x.when:%Y-%m-%d}">{x.when:%m-%d}</time></div>
      <div class="post-title"><a class="post-title-link" href="{x.url}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></div>
    </header>
  </article>""")
            site.listing(list_url, pos, x, iso_date(x.when), f"{x.when:%m-%d}")
        return f'<div class="post-block">\n<div class="posts-collapse">\n  <div class="collection-title">\n    {header}\n  </div>\n' + "\n".join(rows) + "\n</div>\n</div>"

    chunks = paginate(latest, ARCHIVE_PER)
    arc_url = lambda k: "/archives/" if k == 1 else f"/archives/page/{k}/"  # noqa: E731
    for k, chunk in enumerate(chunks, 1):
        url = arc_url(k)
        body = collapse(chunk, url, f'<span class="collection-header">嗯..! 目前共计 {n} 篇日志。 继续努力。</span>')
        site.add(url, head(f"归档 | {SITE}", content.BLOG_SUB, "website", url, False)
                 + f'          <div class="content archive">\n{body}\n  </div>\n' + pagination(k, len(chunks), arc_url) + "\n" + tail())
        site.list_pages.append({"url": url, "aliases": []})
    for c in CATS:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, CATEGORY_PER)
        for k, chunk in enumerate(chunks, 1):
            url = cat_url(c, k)
            body = collapse(chunk, url, f'<h1 class="collection-header">{c.name}<small>分类</small></h1>')
            site.add(url, head(f"分类: {c.name} | {SITE}", content.BLOG_SUB, "website", url, False)
                     + f'          <div class="content category">\n{body}\n  </div>\n' + pagination(k, len(chunks), lambda j, c=c: cat_url(c, j)) + "\n" + tail())
            site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ tags, categories index, about, links (not articles / not scored lists)
    for t in tag_names:
        entries = [x for x in latest if t in x.extra["tags"]]
        url = pct(f"/tags/{t}/")
        rows = "\n".join(f'<article><header class="post-header"><div class="post-meta"><time datetime="{x.when.isoformat()}">{x.when:%m-%d}</time></div>'
                         f'<div class="post-title"><a class="post-title-link" href="{x.url}"><span>{esc(x.title)}</span></a></div></header></article>' for x in entries)
        site.add(url, head(f"标签: {t} | {SITE}", content.BLOG_SUB, "website", url, False)
                 + f'          <div class="content tag"><div class="post-block"><div class="posts-collapse"><div class="collection-title"><h1 class="collection-header">{esc(t)}<small>标签</small></h1></div>\n{rows}\n</div></div></div>\n' + tail())
        site.non_articles.append({"url": url, "reason": "tag page"})
    cloud = " ".join(f'<a href="{pct(f"/tags/{t}/")}" style="font-size: {12 + 2 * sum(t in x.extra["tags"] for x in arts) // 3}px;">{esc(t)}</a>' for t in tag_names)
    site.add("/tags/", head(f"标签 | {SITE}", content.BLOG_SUB, "website", "/tags/", False)
             + f'          <div class="content page posts-expand"><div class="post-block" lang="zh-CN"><header class="post-header"><h1 class="post-title" itemprop="name headline">标签</h1></header><div class="post-body"><div class="tag-cloud"><div class="tag-cloud-title">目前共计 {len(tag_names)} 个标签</div><div class="tag-cloud-tags">{cloud}</div></div></div></div></div>\n' + tail())
    cats = "".join(f'<li class="category-list-item"><a class="category-list-link" href="{cat_url(c)}">{c.name}</a><span class="category-list-count">{k}</span></li>' for c, k in zip(CATS, COUNTS, strict=True))
    site.add("/categories/", head(f"分类 | {SITE}", content.BLOG_SUB, "website", "/categories/", False)
             + f'          <div class="content page posts-expand"><div class="post-block" lang="zh-CN"><header class="post-header"><h1 class="post-title" itemprop="name headline">分类</h1></header><div class="post-body"><div class="category-all-page"><div class="category-all-title">目前共计 {len(CATS)} 个分类</div><div class="category-all"><ul class="category-list">{cats}</ul></div></div></div></div></div>\n' + tail())
    site.non_articles += [{"url": "/tags/", "reason": "tag cloud"}, {"url": "/categories/", "reason": "category index"}]
    about = f"""          <div class="content page posts-expand">
  <div class="post-block" lang="zh-CN">
      <header class="post-header">
<h1 class="post-title" itemprop="name headline">关于
</h1>
  <div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span><time title="创建时间：2021-04-03 22:15:00" datetime="2021-04-03T22:15:00+08:00">2021-04-03</time></span></div>
</header>
    <div class="post-body">
      <p>你好，我是{OWNER}，一名汽车电子工程师，先后在零部件厂和 Tier1 做过车身控制器、电机驱动和网关的软硬件开发。</p>
      <p>这个博客主要记录工作中遇到的问题和解决办法，内容以 CAN/LIN 总线、诊断、Bootloader 和车规电源为主。</p>
      <p>文中观点只代表个人，与任职单位无关。如需转载，请注明出处。</p>
    </div>
  </div>
          </div>
"""
    site.add("/about/", head(f"关于 | {SITE}", "关于我", "website", "/about/", False) + about + tail())
    site.add("/links/", head(f"友链 | {SITE}", "友情链接", "website", "/links/", False)
             + '          <div class="content page posts-expand"><div class="post-block"><header class="post-header"><h1 class="post-title">友链</h1></header><div class="post-body"><ul>'
             + '<li><a href="https://mcu-notes.example.net/" target="_blank" rel="noopener">单片机杂记</a>：一个写 MCU 的朋友</li><li><a href="https://emc-lab.example.org/" target="_blank" rel="noopener">EMC 实验室手记</a>：整改经验很多</li>'
             + "</ul></div></div></div>\n" + tail())
    site.non_articles += [{"url": "/about/", "reason": "about page (a Hexo page with a post-like header)"}, {"url": "/links/", "reason": "blogroll page"}]
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (old permalink from the previous blog, linked in the sticky post's excerpt on the home page)"})
    site.add("/404.html", head(f"404 | {SITE}", "404", "website", "/404.html", False)
             + '          <div class="content page"><div class="post-block"><h1 class="post-title">404</h1><p>页面走丢了，去 <a href="/archives/">归档</a> 找找吧。</p></div></div>\n' + tail())
    site.raw["/robots.txt"] = f"User-agent: *\nAllow: /\nDisallow: /lib/\nDisallow: /js/\nDisallow: /css/\n\nSitemap: {BASE}/sitemap.xml\n".encode()
    site.raw["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                + "".join(f"<url><loc>{BASE}{x.url}</loc><lastmod>{(x.extra['updated'] or x.when).date()}</lastmod></url>\n" for x in latest)
                                + "</urlset>\n").encode()
    return site
