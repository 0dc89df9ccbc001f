"""SiteServer CMS (ASP.NET, STL templates) default-style portal, GB2312 declared / GBK bytes."""

from __future__ import annotations

import random

from .core import Article, Channel, Family, esc, fake_viewstate, iso_at, iso_day, list_chunks, token, truncate

SOURCES = ["中国汽车报", "汽配商情网", "经济日报", "中国汽车工业协会", "企业供稿", "第一财经", "台州日报"]
AUTHORS = ["李堃", "王磊", "陈喆", "刘洋", "张珺", "周昇", "黄静", "赵立新", "孙海燕", "马俊杰"]
EDITORS = ["吴敏", "郑雪梅", "林文博", "徐子涵"]


def ss_date(d) -> str:  # DateTime.ToString() under zh-CN: 2026/3/15 9:05:33
    return f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}:{d.second:02d}"


def render_body(blocks: list[tuple], a: Article) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            src = f"/upload/images/{a.when.year}/{a.when.month}/{token(b[1], n=12)}.jpg"
            out.append(f'<p style="text-align:center;"><img src="{src}" border="0" alt="" /></p>')
            if b[2]:
                out.append(f'<p style="text-align:center;">{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td valign="top">{esc(c)}</td>' for c in row) + "</tr>"
                           for row in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>{rows}</tbody></table>')
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
    return "\n".join(out)


class SiteServer(Family):
    name = "siteserver"
    site_name = "汽配商情网"
    encoding = "gbk"
    declared = "gb2312"
    n_articles = 34
    per_page = 8
    aid_base = 3400
    aid_step = 7
    split = 2
    robots = "User-agent: *\nDisallow: /SiteServer/\nDisallow: /SiteFiles/\nDisallow: /utils/\n"
    not_found = "/404.htm"

    def __init__(self, seed: int):
        super().__init__(seed)
        self.channels = [
            Channel("hyzx", "行业资讯", 12, ["market", "policy", "expo", "tech"]),
            Channel("qydt", "企业动态", 13, ["project", "product", "finance", "recall"]),
            Channel("schq", "市场行情", 15, ["after", "market"]),
        ]

    def meta(self, a: Article, r: random.Random) -> None:
        a.source = r.choice(SOURCES)
        a.x["author_shown"] = r.choice(AUTHORS) if r.random() < 0.75 else "佚名"
        a.author = None if a.x["author_shown"] == "佚名" else a.x["author_shown"]
        a.editor = r.choice(EDITORS) if r.random() < 0.6 else None
        a.date_disp = ss_date(a.when)
        a.truth_at = iso_at(a.when)
        a.truth_date = iso_day(a.when)
        a.views = None  # 点击数 filled by a script call

    def article_path(self, a: Article, page: int = 1) -> str:
        return f"/contents/{a.ch.cid}/{a.aid}.html" if page == 1 else f"/contents/{a.ch.cid}/{a.aid}_{page}.html"

    def list_path(self, ch: Channel, n: int) -> str:
        return f"/channels/{ch.cid}.html" if n == 1 else f"/channels/{ch.cid}_{n}.html"

    def related_fields(self, a: Article, r: Article) -> dict:
        return {"date": iso_day(r.when), "views": None}

    # ---- page parts ------------------------------------------------------------------------
    def head(self, title: str, desc: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="汽配,汽车零部件,汽配资讯,汽配市场" />
<meta name="description" content="{esc(desc)}" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/SiteFiles/bairong/jquery/jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="/utils/search.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{fake_viewstate(self.seed, title)}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{fake_viewstate('ev', title)[:40]}" />
</div>
<div id="top"><div class="top_l">欢迎访问汽配商情网！今天是<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></div>
<div class="top_r"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('/','汽配商情网')">加入收藏</a> | <a href="/SiteServer/login.aspx">会员登录</a></div></div>
<div id="logo"><a href="/"><img src="/images/logo.gif" alt="汽配商情网" /></a><div class="banner"><a href="/ad/2026/zhanhui.html" target="_blank"><img src="/upload/ad/banner_960x90.gif" alt="广告" /></a></div></div>
<div id="nav"><ul><li><a href="/">首 页</a></li>{"".join(f'<li><a href="{self.list_path(c, 1)}">{c.name}</a></li>' for c in self.channels)}<li><a href="/about/index.html">关于我们</a></li><li><a href="/about/contact.html">联系我们</a></li></ul></div>
<div id="search">站内搜索：<input name="word" type="text" class="input" /> <input type="submit" name="btnSearch" value="搜索" /></div>
"""

    def foot(self) -> str:
        return """<div id="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html#ad">广告服务</a> | <a href="/about/index.html#law">免责声明</a></p>
<p>Copyright &copy; 2008-2026 汽配商情网 All Rights Reserved &nbsp; 浙ICP备10023456号-1 &nbsp; 浙公网安备 33100302000123号</p>
<p>地址：浙江省台州市路桥区汽配城商务楼5楼 &nbsp;电话：0576-8288XXXX &nbsp;Powered by SiteServer CMS</p></div>
</form>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
"""

    def sidebar(self) -> str:
        rank = "".join(f'<li><span class="num">{i}</span><a href="{self.article_path(a)}" title="{esc(a.title)}" target="_blank">{esc(truncate(a.title, 14))}</a><em>{a.hits}</em></li>'
                       for i, a in enumerate(self.top(10), 1))
        rec = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 16))}</a></li>'
                      for a in sorted(self.arts, key=lambda x: (x.aid * 7919) % 101)[:6])
        return f"""<div class="right">
<div class="box"><div class="box_t"><h3>点击排行</h3></div><ul class="rank">{rank}</ul></div>
<div class="box"><div class="box_t"><h3>推荐阅读</h3></div><ul class="list_s">{rec}</ul></div>
<div class="box ad"><a href="/ad/2026/zhanhui.html" target="_blank"><img src="/upload/ad/side_250x250.gif" alt="华东国际汽配博览会" /></a></div>
</div>"""

    def pager(self, ch: Channel, n: int, total: int) -> str:
        def link(k, label):
            return f'<a href="{self.list_path(ch, k)}">{label}</a>'
        parts = [link(1, "首页") if n > 1 else "首页", link(n - 1, "上一页") if n > 1 else "上一页",
                 link(n + 1, "下一页") if n < total else "下一页", link(total, "末页") if n < total else "末页"]
        return f'<div class="pages">{" | ".join(parts)} &nbsp;第{n}/{total}页</div>'

    def article_html(self, a: Article, page: int, npages: int) -> str:
        body = render_body(a.pages[page - 1], a)
        pagenav = ""
        if npages > 1:
            items = []
            items.append(f'<a href="{self.article_path(a, page - 1)}">上一页</a>' if page > 1 else "")
            for k in range(1, npages + 1):
                items.append(f"<span>{k}</span>" if k == page else f'<a href="{self.article_path(a, k)}">{k}</a>')
            items.append(f'<a href="{self.article_path(a, page + 1)}">下一页</a>' if page < npages else "")
            pagenav = '<div class="content_page">' + " ".join(i for i in items if i) + "</div>"
        prev = f'<a href="{self.article_path(a.prev)}">{esc(a.prev.title)}</a>' if a.prev else "没有了"
        nxt = f'<a href="{self.article_path(a.next)}">{esc(a.next.title)}</a>' if a.next else "没有了"
        rel = "".join(f'<li><span>{iso_day(r.when)}</span><a href="{self.article_path(r)}" target="_blank">{esc(r.title)}</a></li>'
                      for r in a.related)
        editor = f'<div class="editor">【责任编辑：{esc(a.editor)}】</div>' if a.editor else ""
        hits_js = (f'<script type="text/javascript" src="/SiteFiles/Services/Cms/PageService.aspx?type=GetCountOfHits'
                   f'&amp;publishmentSystemID=1&amp;channelID={a.ch.cid}&amp;contentID={a.aid}"></script>')
        return self.head(f"{a.title}_{a.ch.name}_汽配商情网", a.blocks[0][1][:70]) + f"""<div class="position">您现在的位置：<a href="/index.html">首页</a> &gt;&gt; <a href="{self.list_path(a.ch, 1)}">{a.ch.name}</a> &gt;&gt; 正文</div>
<div class="main">
<div class="left">
<div class="content_box">
<h1 class="content_title">{esc(a.title)}</h1>
<div class="content_info">发布时间：{a.date_disp}&nbsp;&nbsp;来源：{esc(a.source)}&nbsp;&nbsp;作者：{esc(a.x["author_shown"])}&nbsp;&nbsp;点击数：<span id="hits">{hits_js}</span>&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
<div id="fontzoom" class="content_body">
{body}
</div>
{pagenav}
{editor}
<div class="content_tools">【<a href="javascript:window.print()">打印</a>】 【<a href="javascript:window.close()">关闭</a>】 【<a href="javascript:scroll(0,0)">顶部</a>】</div>
<div class="share">分享到：<a href="javascript:void(0)" class="bds_weixin">微信</a> <a href="javascript:void(0)" class="bds_tsina">新浪微博</a> <a href="javascript:void(0)" class="bds_qzone">QQ空间</a></div>
<div class="pre_next"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
<div class="related"><div class="box_t"><h3>相关文章</h3></div><ul>{rel}</ul></div>
<div class="comment"><div class="box_t"><h3>发表评论</h3></div>
<p>用户名：<input type="text" name="UserName" /> <input type="checkbox" name="Anonymous" />匿名发表</p>
<p><textarea name="Content" rows="5" cols="60"></textarea></p>
<p><input type="button" value="提交评论" onclick="submitComment({a.aid})" /> 网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div>
</div>
</div>
{self.sidebar()}
</div>
""" + self.foot()

    def list_html(self, ch: Channel, n: int, total: int, chunk: list[Article]) -> str:
        items = "".join(f'<li><span class="date">[{a.when.month:02d}-{a.when.day:02d}]</span>&middot;<a href="{self.article_path(a)}" title="{esc(a.title)}" target="_blank">{esc(a.title)}</a></li>'
                        for a in chunk)
        return self.head(f"{ch.name}_汽配商情网" if n == 1 else f"{ch.name}_第{n}页_汽配商情网") + f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; {ch.name}</div>
<div class="main">
<div class="left">
<div class="list_box"><div class="box_t"><h3>{ch.name}</h3></div>
<ul class="list">{items}</ul>
{self.pager(ch, n, total)}
</div>
</div>
{self.sidebar()}
</div>
""" + self.foot()

    def home_html(self) -> str:
        latest = self.latest(10)
        head_a = latest[0]
        boxes = []
        for ch in self.channels:
            lis = "".join(f'<li><span>{a.when.month:02d}-{a.when.day:02d}</span><a href="{self.article_path(a)}" title="{esc(a.title)}" target="_blank">{esc(truncate(a.title, 18))}</a></li>'
                          for a in self.by_channel(ch)[:7])
            boxes.append(f'<div class="box home_box"><div class="box_t"><h3>{ch.name}</h3><a class="more" href="{self.list_path(ch, 1)}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
        dead = f"/contents/{self.channels[0].cid}/99999.html"
        self.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
        news = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(truncate(a.title, 20))}</a></li>'
                       for a in latest[1:8])
        return self.head("汽配商情网-汽车零部件行业门户", "汽配商情网提供汽车零部件行业资讯、企业动态与市场行情。") + f"""<div class="main">
<div class="left">
<div class="headline"><h2><a href="{self.article_path(head_a)}">{esc(head_a.title)}</a></h2><p>{esc(head_a.blocks[0][1][:80])}……<a href="{self.article_path(head_a)}">[详细]</a></p></div>
<div class="box"><div class="box_t"><h3>最新资讯</h3></div><ul>{news}<li><a href="{dead}">【专题】{self.arts[0].when.year}汽配百强企业榜单</a></li></ul></div>
{"".join(boxes)}
</div>
{self.sidebar()}
</div>
<div class="links"><h3>友情链接</h3><a href="http://www.example-auto-assoc.cn/" target="_blank">汽车零部件协会</a> <a href="http://www.example-parts-expo.com/" target="_blank">汽配博览会</a> <a href="http://www.example-news.cn/" target="_blank">汽车产经网</a></div>
""" + self.foot()

    def static_html(self, kind: str) -> str:
        if kind == "about":
            title, text = "关于我们", ["汽配商情网创办于2008年，是面向汽车零部件制造、流通和维修企业的专业资讯平台。",
                                       "网站设有行业资讯、企业动态、市场行情等栏目，日均发布资讯百余条。"]
        else:
            title, text = "联系我们", ["地址：浙江省台州市路桥区汽配城商务楼5楼", "广告热线：0576-8288XXXX  投稿邮箱：news@example.cn"]
        body = "".join(f"<p>{esc(t)}</p>" for t in text)
        return self.head(f"{title}_汽配商情网") + f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; {title}</div>
<div class="main"><div class="left"><div class="content_box"><h1 class="content_title">{title}</h1><div class="content_body">{body}</div></div></div>{self.sidebar()}</div>
""" + self.foot()

    def not_found_html(self) -> str:
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>
<title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>服务器错误</h1></div>
<div id="content"><fieldset><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></fieldset></div></body></html>
"""

    def build_pages(self) -> None:
        self.pages["/css/style.css"] = b"/* style.css */\nbody{margin:0;font-size:12px}\n"
        for a in self.arts:
            for p in range(1, len(a.pages) + 1):
                self.pages[self.article_path(a, p)] = self.article_html(a, p, len(a.pages))
        for ch in self.channels:
            chunks = list_chunks(self.by_channel(ch), self.per_page)
            for n, chunk in enumerate(chunks, 1):
                self.add_list_page(self.list_path(ch, n), self.list_html(ch, n, len(chunks), chunk),
                                   [(a, f"[{a.when.month:02d}-{a.when.day:02d}]", iso_day(a.when), None) for a in chunk])
        self.pages["/"] = self.home_html()
        self.pages["/about/index.html"] = self.static_html("about")
        self.pages["/about/contact.html"] = self.static_html("contact")
        self.pages[self.not_found] = self.not_found_html()
        self.pages["/ad/2026/zhanhui.html"] = self.head("华东国际汽配博览会_汽配商情网") + """<div class="main"><div class="left"><div class="content_box ad_page"><img src="/upload/ad/zhanhui_960.jpg" alt="华东国际汽配博览会" /><p>展位火热预订中，咨询电话：0576-8288XXXX</p></div></div></div>
""" + self.foot()
        self.non_articles += [{"url": "/", "reason": "home page"},
                              {"url": "/index.html", "reason": "home page (same file)"},
                              {"url": "/about/index.html", "reason": "关于我们 (static page)"},
                              {"url": "/about/contact.html", "reason": "联系我们 (static page)"},
                              {"url": "/ad/2026/zhanhui.html", "reason": "advertisement landing page"}]
