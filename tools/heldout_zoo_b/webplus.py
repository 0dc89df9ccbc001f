"""Family `webplus`: an industry-association site on 博达 WebPlus / VSB (Visual SiteBuilder)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .base import REFERENCE_TIME, Art, Channel, Family, esc

SITE = "华东汽车零部件行业协会"
NAV = [("index.htm", "首页"), ("xhgk.htm", "协会概况"), ("xwzx.htm", "新闻中心"), ("hyzx.htm", "行业资讯"),
       ("tzgg.htm", "通知公告"), ("hyfw.htm", "会员服务"), ("lxwm.htm", "联系我们")]
OWNER = 1366452190  # VSB site owner id used by the click counters


class WebPlus(Family):
    name = "webplus"
    site_name = SITE
    encoding = "utf-8"
    declared = "UTF-8"
    header_charset = None
    n_articles = 30
    per_page = 6
    home_path = "/index.htm"
    home_aliases = ["/"]
    about_path = "/xhgk.htm"
    contact_path = "/lxwm.htm"
    not_found = "/404.htm"
    robots = "User-agent: *\nDisallow: /system/\nDisallow: /_sitegray/\nDisallow: /search/\n"
    size_weights = (0.25, 0.5, 0.25)

    def __init__(self) -> None:
        super().__init__()
        self.channels = [Channel("xwzx", "新闻中心", ["assoc", "expo", "invest"], 1012),
                         Channel("hyzx", "行业资讯", ["data", "policy", "tech", "order", "after"], 1013),
                         Channel("tzgg", "通知公告", ["assoc"], 1014)]

    def channel_for(self, i: int) -> Channel:
        pattern = [0, 1, 0, 2, 0, 1, 0, 1, 2, 0, 1, 0, 0, 1, 2]
        return self.channels[pattern[i % len(pattern)]]

    def dates(self, rnd: random.Random, n: int) -> list[dt.datetime]:
        out = set()
        while len(out) < n:
            d = REFERENCE_TIME - dt.timedelta(days=rnd.randint(1, 520))
            out.add(d.replace(hour=rnd.randint(8, 18), minute=rnd.randint(0, 59), second=0))  # VSB shows HH:mm
        return sorted(out)

    def make_aid(self, i: int, when: dt.datetime, rnd: random.Random) -> int:
        return 3401 + i * 13 + rnd.randint(0, 9)

    def meta(self, a: Art, rnd: random.Random) -> None:
        r = rnd.random()
        if a.ch.key == "hyzx":
            a.author = rnd.choice(content.AUTHORS) if r < 0.4 else None
            a.source = rnd.choice(content.SOURCES)
        else:
            a.author = rnd.choice(content.AUTHORS + content.EDITORS) if r < 0.75 else None
            a.source = rnd.choice(["协会秘书处", "会员服务部", "行业发展部", "协会办公室"]) if rnd.random() < 0.8 else None
        a.time_shown = rnd.random() < 0.3
        a.date_disp = f"{a.when:%Y-%m-%d %H:%M}" if a.time_shown else f"{a.when:%Y-%m-%d}"
        a.views = None  # 点击数 filled by _showDynClicks (JavaScript)
        a.x["owner"] = OWNER
        a.x["attach"] = ([f"{a.when.year}年{content.TRAININGS[a.i % len(content.TRAININGS)]}培训报名回执.docx"]
                         if a.ch.key == "tzgg" else [])
        if a.ch.key == "tzgg" and rnd.random() < 0.5:
            a.x["attach"].append("附件2：参会回执表.xls")

    def related_counts(self, rr: random.Random) -> tuple[int, int]:
        return 0, 0  # this VSB template has no related-news block

    def article_path(self, a: Art) -> str:
        return f"/info/{a.ch.cid}/{a.aid}.htm"

    def list_path(self, ch: Channel, n: int, npages: int) -> str:
        # VSB: first page /xwzx.htm, then /xwzx/{npages-1}.htm ... /xwzx/1.htm (numbers count down)
        return f"/{ch.key}.htm" if n == 1 else f"/{ch.key}/{npages - n + 1}.htm"

    def list_date(self, a: Art) -> tuple[str | None, str | None]:
        return f"{a.when:%Y-%m-%d}", a.when.date().isoformat()

    def dead_url(self) -> str:
        return "/info/1012/9871.htm"

    # ---- chrome ------------------------------------------------------------------------
    def head(self, title: str, up: str, kw: str = "", desc: str = "") -> str:
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<HTML><HEAD><TITLE>' + esc(title) + '</TITLE>\n'
                f'<META Name="keywords" Content="{esc(kw or SITE)}" />\n'
                + (f'<META Name="description" Content="{esc(desc)}" />\n' if desc else "")
                + '<META http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
                f'<link href="{up}style/style.css" rel="stylesheet" type="text/css" />\n'
                '<!--Announced by Visual SiteBuilder 9-->\n'
                f'<link rel="stylesheet" type="text/css" href="{up}_sitegray/_sitegray_d.css" />\n'
                f'<script language="javascript" src="{up}_sitegray/_sitegray.js"></script>\n'
                '<!-- CustomerNO:77656262657232307e78475c5253544703090002 -->\n'
                f'<link rel="stylesheet" type="text/css" href="{up}index.vsb.css" />\n'
                '<script type="text/javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" ></script>\n'
                '<script type="text/javascript" src="/system/resource/js/counter.js"></script>\n'
                f'<script type="text/javascript">_jsq_(1001,\'/index.jsp\',-1,{OWNER})</script>\n'
                '</HEAD>\n')

    def banner(self, up: str, active: str) -> str:
        on = ' class="on"'
        lis = "".join(f'<li{on if label == active else ""}><a href="{up}{href}">{label}</a></li>'
                      for href, label in NAV)
        return (f'<BODY><div class="header"><div class="logo"><img src="{up}images/logo.png" alt="{SITE}"></div>'
                '<div class="top_r"><a href="javascript:void(0)" onclick="_addFavorite()">加入收藏</a> | '
                '<a href="javascript:void(0)" onclick="_setHomepage()">设为首页</a>'
                f'<form action="{up}ssjg.jsp?wbtreeid=1001" method="post" name="a178574a" onsubmit="return _nl_ys_check()">'
                '<input type="hidden" name="lucenenewssearchkey" value=""><input name="showkeycode" type="text" '
                'value="请输入关键字"><input type="submit" value="搜索"></form></div></div>'
                f'<div class="nav"><ul>{lis}</ul></div>\n')

    def foot(self, up: str) -> str:
        return (f'<div class="foot"><div class="link">友情链接：<select onchange="window.open(this.value)">'
                '<option>--相关单位--</option><option value="http://www.caam.org.cn/">中国汽车工业协会</option>'
                '<option value="http://www.miit.gov.cn/">工业和信息化部</option></select></div>'
                f'<p>版权所有：{SITE}　地址：上海市嘉定区曹安公路xxxx号　邮编：201800</p>'
                '<p>电话：021-5995xxxx　传真：021-5995xxxx　<a href="https://beian.miit.gov.cn" target="_blank">'
                '沪ICP备12034567号-1</a>　技术支持：博达软件</p></div>\n</BODY></HTML>\n')

    def left(self, up: str, ch: Channel | None) -> str:
        on = ' class="on"'
        lis = "".join(f'<li{on if c is ch else ""}><a href="{up}{c.key}.htm">{c.name}</a></li>'
                      for c in self.channels)
        return (f'<div class="n_left"><div class="lm_name"><h2>{ch.name if ch else "协会概况"}</h2></div>'
                f'<ul class="lm_list">{lis}</ul><div class="lx"><h3>联系我们</h3><p>电话：021-5995xxxx</p>'
                '<p>邮箱：hdqplbj@163.com</p></div></div>')

    def dqwz(self, up: str, ch: Channel | None, last: str) -> str:
        mid = f' &gt;&gt; <a href="{up}{ch.key}.htm">{ch.name}</a>' if ch else ""
        return f'<div class="dqwz">当前位置：<a href="{up}index.htm">首页</a>{mid} &gt;&gt; {last}</div>'

    # ---- pages -------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out = []
        ps = '<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:宋体, SimSun;font-size:16px;">{}</span></p>'
        for b in a.blocks:
            if b[0] == "p":
                out.append(ps.format(esc(b[1])))
            elif b[0] == "h":
                out.append(f'<p style="text-indent:2em;line-height:1.75em;"><strong>{esc(b[1])}</strong></p>')
            elif b[0] == "img":
                vid = (a.aid * 7 + len(out)) % 100000
                out.append(f'<p style="text-align: center;"><img width="600" src="/__local/8/3F/A2/'
                           f'9C1E{vid:05d}_{a.aid}.jpg" vsbhref="vurl" vurl="/_vsl/9C1E{vid:05d}/{a.aid}/600x0.jpg" '
                           'vheight="" vwidth="600" orisrc="/__local/8/3F/A2/9C1E.jpg" class="img_vsb_content"></p>')
                out.append(f'<p style="text-align: center;"><span style="font-size:14px;font-family:楷体">{esc(b[1])}'
                           '</span></p>')
            elif b[0] == "table":
                rows = "".join("<tr>" + "".join(
                    f'<td width="{int(560 / len(row))}" valign="top" style="border:solid windowtext 1px;padding:0 7px">'
                    f'<p style="text-align:center"><span style="font-size:14px">{esc(c)}</span></p></td>' for c in row)
                    + "</tr>" for row in b[1])
                out.append(f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="560" '
                           f'style="border-collapse:collapse;margin:0 auto"><tbody>{rows}</tbody></table>')
            elif b[0] == "ul":
                out.extend(ps.format(esc(x)) for x in b[1])
        if out:
            out[0] = out[0].replace("<p ", '<p class="vsbcontent_start" ', 1)
            if out[-1].startswith("<p "):
                out[-1] = out[-1].replace("<p ", '<p class="vsbcontent_end" ', 1)
        return "\n".join(out)

    def article_html(self, a: Art) -> str:
        up = "../../"
        parts = [f"发布时间：{a.date_disp}"]
        parts.append(f"作者：{esc(a.author) if a.author else ''}")
        parts.append(f"来源：{esc(a.source) if a.source else ''}")
        parts.append(f'点击数：<script>_showDynClicks("wbnews", {OWNER}, {a.aid})</script>')
        info = "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)
        att = ""
        if a.x["attach"]:
            lis = "".join(
                f'<li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&amp;owner={OWNER}'
                f'&amp;wbfileid={a.aid * 10 + k}" target="_blank">{esc(f)}</a>】已下载<span id="nattach{a.aid * 10 + k}">'
                f'<script language="javascript">getClickTimes({a.aid * 10 + k},{OWNER},"wbnews","wbfileid")</script>'
                "</span>次</li>" for k, f in enumerate(a.x["attach"]))
            att = f'<ul style="list-style-type:none;">{lis}</ul>'
        prev = (f'<a href="{a.prev.aid}.htm">{esc(a.prev.title)}</a>' if a.prev else "没有了")
        nxt = (f'<a href="{a.next.aid}.htm">{esc(a.next.title)}</a>' if a.next else "没有了")
        first = content.paragraphs(a.blocks)[0]
        body = (self.banner(up, a.ch.name) + '<div class="n_main">' + self.left(up, a.ch)
                + '<div class="n_right">' + self.dqwz(up, a.ch, "正文")
                + '<script language="javascript" src="/system/resource/js/dynclicks.js"></script>'
                + '<script language="javascript" src="/system/resource/js/news/justifyimagesize.js"></script>\n'
                + '<form name="_newscontent_fromname">\n'
                + f'<div class="content_t"><h1 align="center">{esc(a.title)}</h1></div>\n'
                + f'<div class="content_info" align="center">{info}</div>\n'
                + '<div class="content_nr"><div id="vsb_content"><div class="v_news_content">\n'
                + self.body_html(a) + '\n</div></div><div id="div_vote_id"></div>\n' + att + '</div>\n'
                + '<div class="content_close">【<a href="javascript:window.opener=null;window.open(\'\',\'_self\');'
                  'window.close();">关闭</a>】　【<a href="javascript:window.print()">打印</a>】</div>\n'
                + f'<div class="content_fy"><p>上一条：{prev}</p><p>下一条：{nxt}</p></div>\n'
                + '</form></div></div>\n' + self.foot(up))
        return (self.head(f"{a.title}-{SITE}", up, f"{SITE},{a.ch.name},{a.title}", first[:80]) + body)

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Art]) -> str:
        up = "" if n == 1 else "../"
        lis = []
        for k, a in enumerate(entries):
            shown = a.title if len(a.title) <= 28 else a.title[:28] + "..."
            lis.append(f'<li id="line_u8_{k}"><a href="{up}info/{ch.cid}/{a.aid}.htm" target="_blank" '
                       f'title="{esc(a.title)}">{esc(shown)}</a><span>{self.list_date(a)[0]}</span></li>')
            if k % 5 == 4:
                lis.append(f'<li id="lineu8_{k}" style="height:1px;border-top:1px dashed #ccc;padding:0;"></li>')
        total = sum(1 for a in self.arts if a.ch is ch)

        def href(k: int) -> str:
            target = self.list_path(ch, k, npages)
            return (target[1:] if n == 1 else ("../" + target[1:] if k == 1 else target.rsplit("/", 1)[1]))

        nav = []
        if n > 1:
            nav += [f'<a href="{href(1)}" class="Next">首页</a>', f'<a href="{href(n - 1)}" class="Next">上页</a>']
        else:
            nav += ['<span class="PrevDisabled">首页</span>', '<span class="PrevDisabled">上页</span>']
        if n < npages:
            nav += [f'<a href="{href(n + 1)}" class="Next">下页</a>', f'<a href="{href(npages)}" class="Next">尾页</a>']
        else:
            nav += ['<span class="NextDisabled">下页</span>', '<span class="NextDisabled">尾页</span>']
        pager = ('<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td colspan="2" align="center">'
                 '<table cellspacing="0" cellpadding="0" border="0"><tr><td nowrap align="left" width="1%" id="fanye'
                 f'{ch.cid}">共{total}条&nbsp;&nbsp;{n}/{npages}&nbsp;</td><td nowrap align="left"><div>&nbsp;&nbsp;'
                 + "&nbsp;".join(nav)
                 + f'&nbsp;&nbsp;<input type="text" value="{n}" id="u8_goto" style="width:20px;"><a href="javascript:;" '
                 f'onclick="_simple_list_gotopage_fun({npages},\'u8_goto\',2)">跳转到</a></div></td></tr></table>'
                 '</td></tr></table>')
        body = (self.banner(up, ch.name) + '<div class="n_main">' + self.left(up, ch) + '<div class="n_right">'
                + self.dqwz(up, ch, "列表") + f'<div class="list_title">{ch.name}</div>'
                + f'<div class="list"><ul>{"".join(lis)}</ul></div>\n'
                + '<div class="pb_sys_common pb_sys_normal pb_sys_style1">' + pager + '</div>\n'
                + '</div></div>\n' + self.foot(up))
        return self.head(f"{ch.name}-{SITE}", up) + body

    def home_html(self, dead: str) -> str:
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)

        def box(ch: Channel, k: int) -> str:
            items = [a for a in latest if a.ch is ch][:k]
            lis = "".join(f'<li><a href="info/{ch.cid}/{a.aid}.htm" target="_blank" title="{esc(a.title)}">'
                          f'{esc(a.title[:22] + ("..." if len(a.title) > 22 else ""))}</a><span>{a.when:%m-%d}</span></li>'
                          for a in items)
            if ch.key == "xwzx":
                lis += f'<li><a href="{dead[1:]}" target="_blank">协会第五届会员代表大会专题</a><span>专题</span></li>'
            return (f'<div class="box box_{ch.key}"><div class="box_t"><h3>{ch.name}</h3><a href="{ch.key}.htm">更多&gt;&gt;</a>'
                    f'</div><ul>{lis}</ul></div>')

        pics = [a for a in latest if any(b[0] == "img" for b in a.blocks)][:4]
        slides = "".join(f'<li><a href="info/{a.ch.cid}/{a.aid}.htm" target="_blank"><img src="/__local/B/12/'
                         f'{a.aid}.jpg" alt="{esc(a.title)}"><p>{esc(a.title)}</p></a></li>' for a in pics)
        body = (self.banner("", "首页") + f'<div class="banner"><img src="images/banner.jpg"></div>'
                f'<div class="i_main"><div class="pic_news"><ul>{slides}</ul></div>'
                + "".join(box(c, 7) for c in self.channels)
                + '<div class="box"><div class="box_t"><h3>会员服务</h3></div><ul><li><a href="hyfw.htm">入会指南</a></li>'
                '<li><a href="hyfw.htm">会员名录</a></li></ul></div></div>\n' + self.foot(""))
        return self.head(SITE, "") + body

    def extra_pages(self) -> dict[str, str]:
        return {"/hyfw.htm": self.static_html("hyfw")}

    def static_html(self, kind: str) -> str:
        title, text = {
            "about": ("协会概况", f"<p>{SITE}成立于2003年，是由区域内汽车零部件生产企业、科研院所和检测机构自愿组成的"
                                   "行业性社会团体，现有会员单位三百余家。</p><p>协会宗旨：服务企业、服务行业、服务政府。</p>"),
            "contact": ("联系我们", "<p>地址：上海市嘉定区曹安公路xxxx号</p><p>电话：021-5995xxxx</p>"
                                    "<p>邮箱：hdqplbj@163.com</p>"),
            "hyfw": ("会员服务", "<p>入会条件、会员权利与义务、入会申请表下载。</p>"),
        }[kind]
        body = (self.banner("", title) + '<div class="n_main">' + self.left("", None) + '<div class="n_right">'
                + self.dqwz("", None, title) + f'<div class="content_t"><h1>{title}</h1></div>'
                + f'<div class="content_nr"><div id="vsb_content"><div class="v_news_content">{text}</div></div></div>'
                + '</div></div>\n' + self.foot(""))
        return self.head(f"{title}-{SITE}", "") + body

    def not_found_html(self) -> str:
        return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>404 页面不存在</title></head><body>'
                '<div style="text-align:center;margin-top:120px"><h2>404</h2><p>对不起，您访问的页面不存在！</p>'
                '<p><a href="/index.htm">返回首页</a></p></div></body></html>')
