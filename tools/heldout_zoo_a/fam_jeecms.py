"""JEECMS (Java, FreeMarker templates) portal with static publishing; GBK, charset only in the HTTP header."""

from __future__ import annotations

import random

from .core import Article, Channel, Family, esc, iso_day, list_chunks, truncate

SOURCES = ["中国汽车报", "本网", "汽车零部件杂志", "新华网", "人民网", "浙江日报", "企业供稿", "中国质量报"]
AUTHORS = ["李娜", "张伟", "王静", "刘强", "陈丽", "杨军", "黄婷", "赵志刚", "周晓东", "吴春晖", "徐思远"]
EDITORS = ["郭明轩", "何雨欣", "高振宇"]


def render_body(blocks: list[tuple]) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>　　{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>　　{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align: center"><img alt="" src="/u/cms/www/2026{int(hash_name(b[1])[:4], 16) % 9 + 1:02d}/{hash_name(b[1])}.jpg" /></p>')
            if b[2]:
                out.append(f'<p style="text-align: center"><span style="font-size:12px;color:#666">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            head, *rows = b[1]
            th = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
            tr = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(f'<table class="ke-zeroborder" border="1" cellpadding="2" cellspacing="0" align="center"><thead>{th}</thead><tbody>{tr}</tbody></table>')
        elif b[0] == "ul":
            out.append("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ol>")
    return "\n".join(out)


def hash_name(s: str) -> str:
    import hashlib
    return hashlib.md5(s.encode()).hexdigest()[:20]


class JeeCms(Family):
    name = "jeecms"
    site_name = "汽车零部件产业网"
    encoding = "gbk"
    declared = None
    header_charset = "gbk"
    n_articles = 31
    per_page = 6
    aid_base = 1180
    aid_step = 3
    split = 1
    not_found = "/WEB-INF/error/404.html"
    robots = "User-agent: *\nDisallow: /member/\nDisallow: /jeeadmin/\nDisallow: /search.jspx\n"

    def __init__(self, seed: int):
        super().__init__(seed)
        self.channels = [
            Channel("xwzx/hydt", "行业动态", 11, ["market", "expo", "after", "recall"], {"parent": ("xwzx", "新闻中心")}),
            Channel("xwzx/qydt", "企业动态", 12, ["project", "product", "finance"], {"parent": ("xwzx", "新闻中心")}),
            Channel("zcfg", "政策法规", 20, ["policy", "assoc"]),
            Channel("jsqy", "技术前沿", 30, ["tech", "product"]),
        ]

    def meta(self, a: Article, r: random.Random) -> None:
        a.source = r.choice(SOURCES)
        roll = r.random()
        if roll < 0.15:
            a.author, a.x["author_shown"] = None, ""  # the label is printed with an empty value
        elif roll < 0.35:
            name = r.choice(AUTHORS)
            a.author, a.x["author_shown"] = name, f"记者 {name}"
        else:
            a.author = a.x["author_shown"] = r.choice(AUTHORS)
        a.editor = r.choice(EDITORS) if r.random() < 0.5 else None
        a.date_disp = iso_day(a.when)
        a.truth_at = None  # only the day is shown anywhere
        a.truth_date = iso_day(a.when)
        a.views = None  # <span id="views"></span> filled by Cms.viewCount()

    def article_path(self, a: Article, page: int = 1) -> str:
        suffix = "" if page == 1 else f"_{page}"
        return f"/{a.ch.key}/{a.when:%Y%m%d}/{a.aid}{suffix}.html"

    def list_path(self, ch: Channel, n: int) -> str:
        return f"/{ch.key}/index.html" if n == 1 else f"/{ch.key}/index_{n}.html"

    def print_path(self, a: Article) -> str | None:
        return f"/print.jspx?contentId={a.aid}"

    # ---- parts -------------------------------------------------------------------------------
    def head(self, title: str, extra: str = "") -> str:
        nav = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in
                      [("/", "首页"), ("/xwzx/index.html", "新闻中心"), ("/zcfg/index.html", "政策法规"),
                       ("/jsqy/index.html", "技术前沿"), ("/about.html", "关于我们"), ("/contact.html", "联系我们")])
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
<meta name="keywords" content="汽车零部件,汽配,行业动态" />
<meta name="description" content="汽车零部件产业网" />
<link href="/r/cms/www/blue/css/layout.css" rel="stylesheet" type="text/css" />
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
{extra}
</head>
<body>
<div class="top"><div class="w1000"><span class="fl">您好，欢迎来到汽车零部件产业网！</span><span class="fr"><a href="/member/login.jspx">登录</a> | <a href="/member/register.jspx">注册</a> | <a href="/member/index.jspx">会员中心</a></span></div></div>
<div class="header w1000"><a href="/" class="logo"><img src="/r/cms/www/blue/img/logo.png" alt="汽车零部件产业网" /></a>
<form action="/search.jspx" method="get" class="search"><input type="text" name="q" /><input type="submit" value="搜 索" /></form></div>
<div class="nav w1000"><ul>{nav}</ul></div>
"""

    def foot(self) -> str:
        return """<div class="footer"><div class="w1000">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html#copyright">版权声明</a></p>
<p>版权所有：汽车零部件产业网 &copy; 2012-2026 &nbsp; 京ICP备12045678号-2 &nbsp; 京公网安备11010802012345号</p>
<p>Powered by <a href="http://www.jeecms.com" target="_blank">JEECMS</a></p>
</div></div>
</body>
</html>
"""

    def crumbs(self, ch: Channel) -> str:
        parts = ['<a href="/">首页</a>']
        if "parent" in ch.extra:
            pk, pn = ch.extra["parent"]
            parts.append(f'<a href="/{pk}/index.html">{pn}</a>')
        parts.append(f'<a href="{self.list_path(ch, 1)}">{ch.name}</a>')
        return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>"

    def sidebar(self) -> str:
        hot = "".join(f'<li><em class="n{i}">{i}</em><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 15))}</a><span>浏览({a.hits})</span></li>'
                      for i, a in enumerate(self.top(8), 1))
        new = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 17))}</a></li>'
                      for a in self.latest(6))
        return f"""<div class="right">
<div class="rbox"><div class="rtit">热点排行</div><ul class="hot">{hot}</ul></div>
<div class="rbox"><div class="rtit">最新更新</div><ul class="new">{new}</ul></div>
<div class="rbox ad"><a href="/zcfg/index.html"><img src="/u/cms/www/ad/zcfg_280.jpg" alt="政策法规专栏" /></a></div>
</div>"""

    def article_html(self, a: Article, page: int, npages: int) -> str:
        body = render_body(a.pages[page - 1])
        pagebar = ""
        if npages > 1:
            pagebar = '<div class="pagebar">' + " ".join(
                f"<strong>{k}</strong>" if k == page else f'<a href="{self.article_path(a, k)}">{k}</a>'
                for k in range(1, npages + 1)) + (f' <a href="{self.article_path(a, page + 1)}">下一页</a>' if page < npages else "") + "</div>"
        prev = f'<a href="{self.article_path(a.prev)}">{esc(a.prev.title)}</a>' if a.prev else "没有了"
        nxt = f'<a href="{self.article_path(a.next)}">{esc(a.next.title)}</a>' if a.next else "没有了"
        rel = "".join(f'<li><a href="{self.article_path(r)}" title="{esc(r.title)}">{esc(r.title)}</a></li>' for r in a.related)
        editor = f'<div class="editor">责任编辑：{esc(a.editor)}</div>' if a.editor else ""
        js = f'<script type="text/javascript">$(function() {{ Cms.attachment("/", "{a.aid}", "0", "attach"); Cms.viewCount("/", "{a.aid}"); Cms.commentCount("/", "{a.aid}"); }});</script>'
        return self.head(f"{a.title} - {a.ch.name} - 汽车零部件产业网", js) + f"""<div class="w1000 clearfix">
{self.crumbs(a.ch)}
<div class="left">
<div class="article">
<h2 class="tit">{esc(a.title)}</h2>
<div class="info">发布时间：{a.date_disp}&nbsp;&nbsp;来源：{esc(a.source)}&nbsp;&nbsp;作者：{esc(a.x["author_shown"])}&nbsp;&nbsp;浏览次数：<span id="views"></span>&nbsp;&nbsp;<a href="{self.print_path(a)}" target="_blank">打印本页</a></div>
<div class="content" id="text">
{body}
</div>
{pagebar}
{editor}
<div class="share">分享到：<a href="javascript:;" class="weixin">微信</a> <a href="javascript:;" class="weibo">微博</a> <a href="javascript:;" class="qq">QQ好友</a></div>
<div class="prenext"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
<div class="relate"><div class="tit2">相关新闻</div><ul>{rel}</ul></div>
<div class="comment"><div class="tit2">网友评论（<span id="commentsCount"></span>）</div>
<form id="commentForm" action="/comment.jspx" method="post"><textarea name="text" rows="5"></textarea><input type="hidden" name="contentId" value="{a.aid}" /><input type="submit" value="发表评论" /></form>
<div id="commentListDiv"></div></div>
</div>
{self.sidebar()}
</div>
""" + self.foot()

    def print_html(self, a: Article) -> str:
        body = render_body(a.blocks)
        return f"""<!DOCTYPE html>
<html><head><title>{esc(a.title)}</title>
<style>body{{font-size:14px;width:760px;margin:0 auto}} .noprint{{}} @media print{{.noprint{{display:none}}}}</style></head>
<body onload="window.print()">
<div class="noprint"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<h2 style="text-align:center">{esc(a.title)}</h2>
<div style="text-align:center;color:#666">发布时间：{a.date_disp}&nbsp;&nbsp;来源：{esc(a.source)}&nbsp;&nbsp;作者：{esc(a.x["author_shown"])}</div>
<hr />
<div class="content">
{body}
</div>
<hr /><div style="text-align:center">汽车零部件产业网 www.example-qclbj.cn</div>
</body></html>
"""

    def list_html(self, ch: Channel, n: int, total: int, chunk: list[Article], count: int) -> str:
        items = "".join(f'<li><span class="date">{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日</span><a href="{self.article_path(a)}" title="{esc(a.title)}" target="_blank">{esc(a.title)}</a><span class="views">浏览：{a.hits}</span></li>'
                        for a in chunk)

        def link(k, label):
            return f'<a href="{self.list_path(ch, k)}">{label}</a>'
        pager = (f'<div class="pagination">共 {count} 条&nbsp;每页 {self.per_page} 条&nbsp;当前 {n}/{total} 页&nbsp;'
                 + (link(1, "首页") + " " + link(n - 1, "上一页") if n > 1 else "首页 上一页") + " "
                 + (link(n + 1, "下一页") + " " + link(total, "尾页") if n < total else "下一页 尾页")
                 + "</div>")
        return self.head(f"{ch.name} - 汽车零部件产业网") + f"""<div class="w1000 clearfix">
{self.crumbs(ch)}
<div class="left">
<div class="listbox"><div class="tit2">{ch.name}</div>
<ul class="newslist">{items}</ul>
{pager}
</div>
</div>
{self.sidebar()}
</div>
""" + self.foot()

    def parent_html(self) -> str:
        boxes = ""
        for ch in self.channels[:2]:
            lis = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 22))}</a><span>{a.when:%m-%d}</span></li>'
                          for a in self.by_channel(ch)[:5])
            boxes += f'<div class="listbox"><div class="tit2">{ch.name}<a class="more" href="{self.list_path(ch, 1)}">更多</a></div><ul class="newslist">{lis}</ul></div>'
        return self.head("新闻中心 - 汽车零部件产业网") + f"""<div class="w1000 clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.html">新闻中心</a></div>
<div class="left">{boxes}</div>
{self.sidebar()}
</div>
""" + self.foot()

    def home_html(self) -> str:
        latest = self.latest(10)
        focus = latest[0]
        dead = "/content.jspx?contentId=99999"
        self.rejects.append({"url": dead, "reason": "soft 404: HTTP 200 with the error page (dead link on the home page)"})
        news = "".join(f'<li><span>{a.when:%m-%d}</span><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 24))}</a></li>'
                       for a in latest[1:9])
        cols = ""
        for ch in self.channels:
            lis = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 20))}</a></li>'
                          for a in self.by_channel(ch)[:6])
            cols += f'<div class="col"><div class="tit2"><a href="{self.list_path(ch, 1)}">{ch.name}</a></div><ul>{lis}</ul></div>'
        return self.head("汽车零部件产业网 - 首页") + f"""<div class="w1000 clearfix">
<div class="left">
<div class="focus"><a href="{self.article_path(focus)}"><img src="/u/cms/www/focus/{focus.aid}.jpg" alt="{esc(focus.title)}" /></a><h3><a href="{self.article_path(focus)}">{esc(focus.title)}</a></h3></div>
<div class="listbox"><div class="tit2">最新资讯</div><ul class="newslist">{news}<li><span>置顶</span><a href="{dead}">汽车零部件企业百强名单公示</a></li></ul></div>
{cols}
</div>
{self.sidebar()}
</div>
<div class="w1000 links">友情链接：<a href="http://www.example-caam.org.cn/" target="_blank">汽车工业协会</a> <a href="http://www.example-parts.com/" target="_blank">汽配采购网</a></div>
""" + self.foot()

    def static_html(self, kind: str) -> str:
        title = "关于我们" if kind == "about" else "联系我们"
        text = (["汽车零部件产业网是面向汽车零部件企业的行业信息服务平台。", "本网站所载文章仅供参考，转载请注明出处。"]
                if kind == "about" else ["联系电话：010-6230XXXX", "电子邮箱：service@example-qclbj.cn"])
        return self.head(f"{title} - 汽车零部件产业网") + f"""<div class="w1000 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; {title}</div>
<div class="left"><div class="article"><h2 class="tit">{title}</h2><div class="content">{"".join(f"<p>{esc(t)}</p>" for t in text)}</div></div></div>{self.sidebar()}</div>
""" + self.foot()

    def error_html(self) -> str:
        return self.head("页面不存在 - 汽车零部件产业网") + """<div class="w1000 clearfix"><div class="error"><h2>您访问的页面不存在！</h2><p>内容可能已被删除或尚未发布。<a href="/">返回首页</a></p></div></div>
""" + self.foot()

    def build_pages(self) -> None:
        self.pages["/r/cms/www/blue/css/layout.css"] = b"/* layout.css */\nbody{margin:0;font-size:12px}\n"
        for a in self.arts:
            for p in range(1, len(a.pages) + 1):
                self.pages[self.article_path(a, p)] = self.article_html(a, p, len(a.pages))
            self.pages[self.print_path(a)] = self.print_html(a)
        for ch in self.channels:
            items = self.by_channel(ch)
            chunks = list_chunks(items, self.per_page)
            for n, chunk in enumerate(chunks, 1):
                self.add_list_page(self.list_path(ch, n), self.list_html(ch, n, len(chunks), chunk, len(items)),
                                   [(a, f"{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日", iso_day(a.when), a.hits)
                                    for a in chunk])
        self.pages["/xwzx/index.html"] = self.parent_html()
        self.pages["/"] = self.home_html()
        self.pages["/about.html"] = self.static_html("about")
        self.pages["/contact.html"] = self.static_html("contact")
        self.pages[self.not_found] = self.error_html()
        self.pages["/content.jspx?contentId=99999"] = self.error_html()
        self.non_articles += [{"url": "/", "reason": "home page"},
                              {"url": "/xwzx/index.html", "reason": "parent channel overview (新闻中心)"},
                              {"url": "/about.html", "reason": "关于我们 (static page)"},
                              {"url": "/contact.html", "reason": "联系我们 (static page)"}]
