"""大汉 Hanweb JCMS association portal (government-site style), UTF-8."""

from __future__ import annotations

import random

from .core import Article, Channel, Family, esc, iso_at, iso_day, list_chunks, token, truncate

SOURCES = ["协会秘书处", "中国汽车报", "省经信厅", "行业发展部", "会员服务部", "浙江日报", "新华社"]
AUTHORS = ["王立新", "陈海燕", "刘文博", "杨雪梅", "朱国庆"]
SITE = "华东汽车零部件行业协会"


def render_body(blocks: list[tuple], a: Article) -> str:
    out = []
    n = 0
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{esc(b[1])}</span></p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent:2em;line-height:2;"><span style="font-family:黑体;font-size:16pt;">{esc(b[1])}</span></p>')
        elif b[0] == "img":
            n += 1
            out.append(f'<p style="text-align:center;"><img src="/picture/0/{a.when:%y%m%d}{a.aid}{n:03d}.jpg" border="0" /></p>')
            if b[2]:
                out.append(f'<p style="text-align:center;"><span style="font-family:楷体_GB2312;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;"><p style="text-align:center;">{esc(c)}</p></td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table style="border-collapse:collapse;" align="center" width="90%"><tbody>{rows}</tbody></table>')
        elif b[0] == "ul":
            out.extend(f'<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{esc(i)}</span></p>' for i in b[1])
    return "\n".join(out)


class Hanweb(Family):
    name = "hanweb"
    site_name = SITE
    encoding = "utf-8"
    declared = "utf-8"
    n_articles = 29
    per_page = 8
    aid_base = 5610
    aid_step = 13
    robots = "User-agent: *\nDisallow: /module/jslib/\nDisallow: /jrobot/\nDisallow: /module/search/\n"
    not_found = "/404.html"

    def __init__(self, seed: int):
        super().__init__(seed)
        self.channels = [
            Channel("1201", "协会动态", 1201, ["assoc", "expo"], {"uid": 5101}),
            Channel("1202", "行业资讯", 1202, ["market", "project", "product", "after", "tech", "recall", "finance"],
                    {"uid": 5102}),
            Channel("1203", "政策法规", 1203, ["policy"], {"uid": 5103, "datastore": True, "weight": 3}),
        ]

    def meta(self, a: Article, r: random.Random) -> None:
        a.when = a.when.replace(second=0)  # shown to the minute
        a.source = r.choice(SOURCES)
        a.author = r.choice(AUTHORS) if a.ch.cid == 1202 and r.random() < 0.5 else None
        a.editor = None
        a.date_disp = f"{a.when:%Y-%m-%d %H:%M}"
        a.truth_at = iso_at(a.when)
        a.truth_date = iso_day(a.when)
        a.views = None
        a.related = []
        if a.ch.extra.get("datastore"):
            a.x["index_no"] = f"002489437/{a.when.year}-{a.aid % 1000:05d}"
            a.x["doc_no"] = f"华汽协〔{a.when.year}〕{r.randint(3, 60)}号"
            a.x["written"] = a.when.date().fromordinal(a.when.toordinal() - r.randint(2, 12))
        if a.ch.extra.get("datastore") or r.random() < 0.25:
            n = r.randint(1, 2)
            a.x["attach"] = [(f"{a.when:%y%m%d}{a.aid}{k}.pdf" if k or r.random() < 0.5 else f"{a.when:%y%m%d}{a.aid}{k}.docx",
                              ["附件1：申报表", "附件2：名单汇总表", "附件：实施细则解读"][k + (r.random() < 0.5)])
                             for k in range(n)]

    def pick_related(self, a: Article) -> list[Article]:
        return []  # the article template has no related-news block

    def article_path(self, a: Article, page: int = 1) -> str:
        return f"/art/{a.when.year}/{a.when.month}/{a.when.day}/art_{a.ch.cid}_{a.aid}.html"

    def list_path(self, ch: Channel, n: int) -> str:
        base = f"/col/col{ch.cid}/index.html"
        return base if n == 1 else f"{base}?uid={ch.extra['uid']}&pageNum={n}"

    # ---- parts -------------------------------------------------------------------------------
    def head(self, title: str, metas: str = "") -> str:
        nav = "".join(f'<li><a href="{self.list_path(c, 1)}" target="_parent">{c.name}</a></li>' for c in self.channels)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.example-hdqpxh.org.cn">
<meta name="SiteIDCode" content="3300000027">
{metas}
<link rel="stylesheet" href="/images/3/style.css" type="text/css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/0/2103111019551.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="top"><span class="date"><script>document.write(new Date().getFullYear()+'年'+(new Date().getMonth()+1)+'月'+new Date().getDate()+'日');</script></span>
<span class="toplink"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/col/col1212/index.html">联系我们</a></span></div>
<div class="banner"><img src="/images/3/banner.jpg" width="1000" height="150" alt="{SITE}"></div>
<div class="nav"><ul><li><a href="/" target="_parent">首页</a></li><li><a href="/col/col1211/index.html">协会简介</a></li>{nav}<li><a href="/col/col1212/index.html">联系我们</a></li></ul></div>
<div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input name="q" type="text"><input type="hidden" name="webid" value="1"><input type="submit" value="检索"></form></div>
</td></tr></table>
"""

    def foot(self) -> str:
        return f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center">
<p><a href="/col/col1211/index.html">协会简介</a> | <a href="/col/col1212/index.html">联系我们</a> | <a href="/col/col1211/index.html#map">网站地图</a></p>
<p>主办单位：{SITE} &nbsp; 地址：上海市闵行区示例路88号 &nbsp; 邮编：201100</p>
<p>版权所有 &copy; {SITE} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备05012345号-3</a> &nbsp; 网站标识码：3300000027</p>
<p>技术支持：大汉网络</p>
</td></tr></table>
<script type="text/javascript" src="/module/visitcount/visit.js"></script>
</body>
</html>
"""

    def location(self, ch: Channel | None, last: str | None = None) -> str:
        parts = ['<a href="/">首页</a>']
        if ch:
            parts.append(f'<a href="{self.list_path(ch, 1)}">{ch.name}</a>')
        if last:
            parts.append(last)
        return '<table width="1000" align="center" class="location"><tr><td>您当前的位置：' + " &gt; ".join(parts) + "</td></tr></table>"

    def article_html(self, a: Article) -> str:
        metas = "\n".join([
            f'<meta name="ColumnName" content="{a.ch.name}">', '<meta name="ColumnType" content="">',
            f'<meta name="ArticleTitle" content="{esc(a.title)}">', f'<meta name="PubDate" content="{a.date_disp}">',
            f'<meta name="ContentSource" content="{esc(a.source)}">', '<meta name="Keywords" content="">',
            f'<meta name="Author" content="{esc(a.author or "")}">', '<meta name="Description" content="">',
            '<meta name="Image" content="">', f'<meta name="Url" content="{self.article_path(a)}">'])
        xxgk = ""
        if "index_no" in a.x:
            xxgk = f"""<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><td class="tl">索引号：</td><td>{a.x['index_no']}</td><td class="tl">分类：</td><td>{a.ch.name}</td></tr>
<tr><td class="tl">发文机关：</td><td>{SITE}</td><td class="tl">成文日期：</td><td>{a.x['written']:%Y-%m-%d}</td></tr>
<tr><td class="tl">名称：</td><td colspan="3">{esc(a.title)}</td></tr>
<tr><td class="tl">文号：</td><td>{a.x['doc_no']}</td><td class="tl">发布日期：</td><td>{a.when:%Y-%m-%d}</td></tr>
</table>"""
        author = f"<td>作者：{esc(a.author)}</td>" if a.author else ""
        attach = ""
        if a.x.get("attach"):
            links = "<br>".join(f'<a href="/module/download/downfile.jsp?classid=0&amp;filename={f}">{esc(label)}.{f.rsplit(".", 1)[1]}</a>'
                                for f, label in a.x["attach"])
            attach = f'<div class="fj"><p>附件：</p><p>{links}</p></div>'
        return self.head(f"{SITE} {a.title}", metas) + self.location(a.ch) + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bt_content"><tr><td>
{xxgk}
<div class="zw-title">{esc(a.title)}</div>
<table width="100%" class="art_info"><tr><td>信息来源：{esc(a.source)}</td>{author}<td>发布日期：{a.date_disp}</td><td>浏览次数：<span id="art_hits"><script language="javascript" src="/module/visitcount/articlehits.jsp?colid={a.ch.cid}&artid={a.aid}"></script></span></td><td>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr></table>
<div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{render_body(a.blocks, a)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
{attach}
<div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="art_tools">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</div>
</td></tr></table>
""" + self.foot()

    def list_html(self, ch: Channel, n: int, total: int, chunk: list[Article], count: int) -> str:
        uid = ch.extra["uid"]
        if ch.extra.get("datastore"):
            recs = "".join(f'<record><![CDATA[\n<li><a href="{self.article_path(a)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span class="bt_time">{a.when:%Y-%m-%d}</span></li>\n]]></record>'
                           for a in chunk)
            body = f"""<div id="{uid}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid={ch.cid}&unitid={uid}&webname={SITE}&permissiontype=0"></a>]]></nextgroup>
<recordset>{recs}</recordset>
</datastore></script><script type="text/javascript" language="javascript" src="/module/web/jpage/jpage.js" charset="utf-8"></script>
<script>var uid="{uid}", pageNum={n}, perPage={self.per_page};</script></div>"""
        else:
            lis = "".join(f'<li><a href="{self.article_path(a)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span class="bt_time">{a.when:%Y-%m-%d}</span></li>'
                          for a in chunk)
            body = f'<div id="{uid}" class="default_pgContainer"><ul class="list">{lis}</ul></div>'

        def link(k, label):
            return f'<a href="{self.list_path(ch, k)}">{label}</a>'
        nums = " ".join(f"<span class=\"default_pgCurrentPage\">{k}</span>" if k == n else link(k, str(k)) for k in range(1, total + 1))
        pager = (f'<div class="default_pgToolbar">共{count}条 &nbsp;共{total}页 &nbsp;'
                 + (link(1, "首页") + " " + link(n - 1, "上页") if n > 1 else "首页 上页") + f" {nums} "
                 + (link(n + 1, "下页") + " " + link(total, "尾页") if n < total else "下页 尾页") + "</div>")
        side = "".join(f'<li><a href="{self.list_path(c, 1)}">{c.name}</a></li>' for c in self.channels)
        return self.head(f"{SITE} {ch.name}") + self.location(ch) + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left_menu"><div class="lm_title">栏目导航</div><ul>{side}</ul></td>
<td valign="top" class="right_list"><div class="lm_name">{ch.name}</div>
{body}
{pager}
</td></tr></table>
""" + self.foot()

    def home_html(self) -> str:
        dead = f"/art/{self.arts[0].when.year}/1/8/art_1201_99999.html"
        self.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
        boxes = ""
        for ch in self.channels:
            lis = "".join(f'<li><a href="{self.article_path(a)}" target="_blank" title="{esc(a.title)}">{esc(truncate(a.title, 21))}</a><span>[{a.when:%m-%d}]</span></li>'
                          for a in self.by_channel(ch)[:6])
            boxes += f'<div class="home_box"><div class="hb_title"><span>{ch.name}</span><a href="{self.list_path(ch, 1)}" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
        notice = "".join(f'<a href="{self.article_path(a)}" target="_blank">{esc(a.title)}</a>&nbsp;&nbsp;&nbsp;'
                         for a in self.by_channel(self.channels[0])[:3])
        return self.head(SITE) + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="notice"><b>通知公告：</b><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{notice}<a href="{dead}" target="_blank">关于召开第五届会员代表大会的通知</a></marquee></div>
{boxes}
<div class="links">友情链接：<select onchange="if(this.value!='')window.open(this.value)"><option value="">--政府网站--</option><option value="https://www.miit.gov.cn/">工业和信息化部</option><option value="http://www.example-gov.cn/">省经济和信息化厅</option></select>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">--行业网站--</option><option value="http://www.example-caam.org.cn/">汽车工业协会</option></select></div>
</td></tr></table>
""" + self.foot()

    def single_html(self, cid: int, title: str, text: list[str]) -> str:
        fake = Channel(str(cid), title, cid, [], {"uid": cid + 3900})
        return self.head(f"{SITE} {title}") + self.location(fake) + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="zw-title">{title}</div>
<div id="zoom">{"".join(f'<p style="text-indent:2em;">{esc(t)}</p>' for t in text)}</div>
</td></tr></table>
""" + self.foot()

    def not_found_html(self) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
<body><div style="width:600px;margin:100px auto;text-align:center"><img src="/images/404.png" alt=""><p>抱歉，您访问的页面不存在或已被删除！</p>
<p><a href="/">返回{SITE}首页</a></p></div></body></html>
"""

    def build_pages(self) -> None:
        self.pages["/images/3/style.css"] = b"/* style.css */\nbody{margin:0;font-size:12px}\n"
        for a in self.arts:
            self.pages[self.article_path(a)] = self.article_html(a)
            for f, _label in a.x.get("attach", []):
                url = f"/module/download/downfile.jsp?classid=0&filename={f}"
                self.pages[url] = b"%PDF-1.4\n% placeholder attachment " + token(f).encode() + b"\n%%EOF\n"
                self.route_files[url] = f"/uploadfile/attach/{f}"
        for ch in self.channels:
            items = self.by_channel(ch)
            chunks = list_chunks(items, self.per_page)
            for n, chunk in enumerate(chunks, 1):
                self.add_list_page(self.list_path(ch, n), self.list_html(ch, n, len(chunks), chunk, len(items)),
                                   [(a, f"{a.when:%Y-%m-%d}", iso_day(a.when), None) for a in chunk])
        self.pages["/"] = self.home_html()
        self.pages["/col/col1211/index.html"] = self.single_html(
            1211, "协会简介", [f"{SITE}成立于1998年，是由华东地区汽车零部件制造、流通企业自愿组成的行业性社会团体。",
                              "协会现有会员单位四百余家，设有秘书处、行业发展部、会员服务部等工作机构。"])
        self.pages["/col/col1212/index.html"] = self.single_html(
            1212, "联系我们", ["地址：上海市闵行区示例路88号", "电话：021-6458XXXX  传真：021-6458XXXX",
                              "电子邮箱：hdqpxh@example.org.cn"])
        self.pages[self.not_found] = self.not_found_html()
        self.non_articles += [{"url": "/", "reason": "home page"},
                              {"url": "/col/col1211/index.html", "reason": "协会简介 (single-page column, static)"},
                              {"url": "/col/col1212/index.html", "reason": "联系我们 (single-page column, static)"}]
