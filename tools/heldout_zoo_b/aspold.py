"""Family `aspold`: a 2000s-era ASP news site of an auto-parts industry association (GB2312 declared, GBK bytes)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .base import Art, Channel, Family, TZ, esc

SITE = "江南汽配信息网"
ORG = "江南汽车零部件行业协会"
# names with characters outside GB2312 but inside GBK (the page declares gb2312, the bytes are GBK)
AUTHORS = ["王喆", "李堃", "陈赟", "周镕", "张伟", "刘红", "孙建华", "钱国平", "吴昊", "沈玉珍"]
SOURCES = ["协会秘书处", "中国汽车报", "江南日报", "汽车零部件杂志", "市经贸委", "中国汽车工业信息网", "协会信息部"]
EDITORS = ["小方", "徐丽", "顾明", "丁喆"]

DATE_JS = ('<script language="JavaScript">\n<!--\nvar weekday="";\nmydate=new Date();\nmyweekday=mydate.getDay();\n'
           'mymonth=mydate.getMonth()+1;\nmyday=mydate.getDate();\nyear=mydate.getFullYear();\n'
           'if(myweekday==0) weekday=" 星期日 ";\nelse if(myweekday==1) weekday=" 星期一 ";\n'
           'else if(myweekday==2) weekday=" 星期二 ";\nelse if(myweekday==3) weekday=" 星期三 ";\n'
           'else if(myweekday==4) weekday=" 星期四 ";\nelse if(myweekday==5) weekday=" 星期五 ";\n'
           'else if(myweekday==6) weekday=" 星期六 ";\n'
           'document.write("<font color=#FFFFFF>今天是："+year+"年"+mymonth+"月"+myday+"日"+weekday+"</font>");\n'
           '//-->\n</script>')


def ymd(d: dt.datetime) -> str:
    return f"{d.year}-{d.month}-{d.day}"


class AspOld(Family):
    name = "aspold"
    site_name = SITE
    encoding = "gbk"
    declared = "gb2312"
    header_charset = None
    n_articles = 30
    per_page = 7
    home_path = "/index.asp"
    home_aliases = ["/"]
    about_path = "/about.asp"
    contact_path = "/contact.asp"
    not_found = "/error.htm"
    robots = "User-agent: *\nDisallow: /admin/\nDisallow: /inc/\nDisallow: /upload/\n"
    size_weights = (0.3, 0.5, 0.2)

    def __init__(self) -> None:
        super().__init__()
        self.channels = [Channel("3", "行业动态", ["data", "policy", "expo", "after"], 3),
                         Channel("5", "协会通知", ["assoc"], 5),
                         Channel("8", "企业风采", ["invest", "tech", "order"], 8)]

    def dates(self, rnd: random.Random, n: int) -> list[dt.datetime]:
        out = set()
        start = dt.datetime(2009, 1, 5, tzinfo=TZ)
        while len(out) < n:
            d = start + dt.timedelta(days=rnd.randint(0, 1400))
            out.add(d.replace(hour=rnd.randint(8, 17), minute=rnd.randint(0, 59), second=rnd.randint(0, 59)))
        return sorted(out)

    def make_aid(self, i: int, when: dt.datetime, rnd: random.Random) -> int:
        return 118 + i * 4 + rnd.randint(0, 3)

    def meta(self, a: Art, rnd: random.Random) -> None:
        a.author = rnd.choice(AUTHORS) if rnd.random() < 0.7 else None
        a.source = rnd.choice(SOURCES) if rnd.random() < 0.8 else None
        a.editor = rnd.choice(EDITORS) if rnd.random() < 0.35 else None
        a.views = rnd.randint(23, 4800)
        a.views_disp = f"点击：{a.views} 次"
        style = rnd.choice(["full", "full", "cn", "plain"])
        a.time_shown = style == "full"
        a.x["dstyle"] = style
        w = a.when
        a.date_disp = {"full": f"{ymd(w)} {w.hour}:{w.minute:02d}:{w.second:02d}",
                       "cn": f"{w.year}年{w.month}月{w.day}日", "plain": ymd(w)}[style]
        a.x["br"] = rnd.random() < 0.4  # eWebEditor <br> paragraphs instead of <P>

    def related_counts(self, rr: random.Random) -> tuple[int, int]:
        return rr.randint(3, 6), 0

    def article_path(self, a: Art) -> str:
        return f"/news_show.asp?id={a.aid}"

    def print_path(self, a: Art) -> str | None:
        return f"/news_print.asp?id={a.aid}"

    def list_path(self, ch: Channel, n: int, npages: int) -> str:
        return f"/news_list.asp?classid={ch.cid}" if n == 1 else f"/news_list.asp?classid={ch.cid}&page={n}"

    def list_aliases(self, ch: Channel, n: int, npages: int) -> list[str]:
        return [f"/news_list.asp?page=1&classid={ch.cid}"] if n == 1 and npages > 1 else []

    def list_date(self, a: Art) -> tuple[str | None, str | None]:
        return ymd(a.when), a.when.date().isoformat()

    def related_fields(self, r: Art) -> dict:
        return {"date": r.when.date().isoformat(), "views": None}

    def dead_url(self) -> str:
        return "/news_show.asp?id=99999"

    # ---- chrome ------------------------------------------------------------------------
    def head(self, title: str) -> str:
        return ('<html>\n<head>\n<title>' + esc(title) + '</title>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
                f'<meta name="keywords" content="汽车零部件,汽配,{ORG}">\n'
                '<link href="css/style.css" rel="stylesheet" type="text/css">\n'
                '<style type="text/css">\n<!--\nbody {margin-left:0px;margin-top:0px;margin-right:0px;margin-bottom:0px;}\n'
                '.title {font-size:16px;font-weight:bold;color:#CC0000}\n-->\n</style>\n</head>\n'
                '<body bgcolor="#FFFFFF" text="#000000">\n')

    def banner(self) -> str:
        nav = [("index.asp", "网站首页"), ("about.asp", "协会简介")] + \
              [(f"news_list.asp?classid={c.cid}", c.name) for c in self.channels] + \
              [("http://www.jnqp.org.cn/bbs/", "论坛"), ("contact.asp", "联系我们")]
        links = '<font color="#FFFFFF">|</font>'.join(
            f'&nbsp;<a href="{h}"><font color="#FFFFFF"><b>{t}</b></font></a>&nbsp;' for h, t in nav)
        return ('<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
                '<tr><td height="90" background="images/top_bg.jpg"><table width="100%" border="0" cellspacing="0" '
                f'cellpadding="0"><tr><td width="60%"><img src="images/logo.gif" width="420" height="80" alt="{ORG}"></td>'
                f'<td align="right" valign="top">{DATE_JS}&nbsp;&nbsp;<br><a href="#" onclick="this.style.behavior=\'url(#default#homepage)\';'
                'this.setHomePage(\'http://www.jnqp.org.cn\');"><font color="#FFFFFF">设为首页</font></a> '
                '<a href="javascript:window.external.AddFavorite(\'http://www.jnqp.org.cn\',\'江南汽配信息网\')">'
                '<font color="#FFFFFF">加入收藏</font></a>&nbsp;</td></tr></table></td></tr>\n'
                f'<tr><td height="28" bgcolor="#0A4D8C" align="center">{links}</td></tr>\n</table>\n')

    def foot(self) -> str:
        return ('<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0A4D8C">\n'
                '<tr><td height="4"></td></tr></table>\n<table width="778" border="0" align="center" cellpadding="4" '
                'cellspacing="0"><tr><td align="center"><font style="font-size:12px;line-height:20px">'
                f'版权所有：{ORG}&nbsp;&nbsp;Copyright &copy; 2006-2012<br>地址：江苏省无锡市新区长江路xx号&nbsp;'
                '电话：0510-8522xxxx&nbsp;传真：0510-8522xxxx<br>'
                '<a href="http://www.miibeian.gov.cn" target="_blank">苏ICP备05012345号</a>&nbsp;&nbsp;'
                '技术支持：<a href="http://www.wxhongtu.com" target="_blank">宏图网络</a>&nbsp;&nbsp;'
                '<a href="admin/login.asp">管理登录</a></font></td></tr></table>\n</body>\n</html>\n')

    def left(self) -> str:
        cols = "".join(f'<tr><td height="24">&nbsp;<img src="images/arrow.gif"> <a href="news_list.asp?classid={c.cid}">'
                       f'{c.name}</a></td></tr>' for c in self.channels)
        hot = "".join(f'<tr><td height="22">&nbsp;{k + 1}.<a href="news_show.asp?id={a.aid}" title="{esc(a.title)}">'
                      f'{esc(a.title[:13])}</a><font color="#999999">({a.views})</font></td></tr>'
                      for k, a in enumerate(self.top))
        box = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="26" background="images/'
               'left_t.gif">&nbsp;<font color="#FFFFFF"><b>{}</b></font></td></tr>{}</table><br>')
        return ('<td width="190" valign="top" bgcolor="#F2F7FC">' + box.format("栏目导航", cols)
                + box.format("热门文章", hot)
                + box.format("友情链接", '<tr><td><select name="link" onchange="window.open(this.options[this.selectedIndex]'
                             '.value)"><option>=友情链接=</option><option value="http://www.caam.org.cn">中国汽车工业协会</option>'
                             '</select></td></tr>') + '</td>')

    def crumb(self, ch: Channel | None, last: str) -> str:
        mid = f' &gt;&gt; <a href="news_list.asp?classid={ch.cid}">{ch.name}</a>' if ch else ""
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="28" '
                f'background="images/dh_bg.gif">&nbsp;<img src="images/home.gif"> 您现在的位置：<a href="index.asp">首页</a>'
                f'{mid} &gt;&gt; {last}</td></tr></table>')

    def frame(self, title: str, inner: str) -> str:
        return (self.head(title) + self.banner()
                + '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr>' + self.left()
                + '<td width="8"></td><td valign="top">' + inner + '</td></tr>\n</table>\n' + self.foot())

    # ---- pages -------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out = []
        ind = "&nbsp;&nbsp;&nbsp;&nbsp;"
        for b in a.blocks:
            if b[0] in ("p", "h"):
                t = esc(b[1]) if b[0] == "p" else f"<b>{esc(b[1])}</b>"
                out.append(f"{ind}{t}<br>" if a.x["br"] else f"<P>{ind}{t}</P>")
            elif b[0] == "img":
                img = (f'<IMG src="upload/{a.when:%Y%m}/{a.when:%Y%m%d}{a.aid}{len(out)}.jpg" border=0 '
                       'onload="if(this.width>500)this.width=500">')
                out.append(f"<P align=center>{img}</P><P align=center><FONT color=#666666>{esc(b[1])}</FONT></P>")
            elif b[0] == "table":
                rows = "".join("<TR>" + "".join(f'<TD align=center bgcolor="#FFFFFF">{esc(c)}</TD>' for c in r) + "</TR>"
                               for r in b[1])
                out.append(f'<TABLE cellSpacing=1 cellPadding=3 width="90%" align=center bgColor=#999999 border=0>'
                           f"<TBODY>{rows}</TBODY></TABLE>")
            elif b[0] == "ul":
                out.extend(f"{ind}{esc(x)}<br>" if a.x["br"] else f"<P>{ind}{esc(x)}</P>" for x in b[1])
        html = "\n".join(out)
        if a.x["br"]:
            html = f'<FONT face=宋体 size=3>{html}</FONT>'
        return html

    def info(self, a: Art) -> str:
        d = {"full": f"【发布时间：{a.date_disp}】", "cn": f"发布日期：{a.date_disp}", "plain": f"更新时间：{a.date_disp}"}
        return (f'作者：{esc(a.author or "")}&nbsp;&nbsp;&nbsp;来源：{esc(a.source or "")}&nbsp;&nbsp;&nbsp;'
                f'{d[a.x["dstyle"]]}&nbsp;&nbsp;&nbsp;点击：<font color="red">{a.views}</font> 次')

    def article_html(self, a: Art) -> str:
        prev = (f'<a href="news_show.asp?id={a.prev.aid}">{esc(a.prev.title)}</a>' if a.prev else "没有了")
        nxt = (f'<a href="news_show.asp?id={a.next.aid}">{esc(a.next.title)}</a>' if a.next else "没有了")
        editor = (f'<tr><td align="right">（责任编辑：{esc(a.editor)}）</td></tr>' if a.editor else "")
        rel = "".join(f'<tr><td height="22">·<a href="news_show.asp?id={r.aid}" target="_blank">{esc(r.title)}</a> '
                      f'<font color="#999999">({ymd(r.when)})</font></td></tr>' for r in a.related)
        inner = (self.crumb(a.ch, "正文")
                 + '<table width="96%" border="0" align="center" cellpadding="4" cellspacing="0">\n'
                 f'<tr><td height="40" align="center" class="title"><font size="4" color="#CC0000"><b>{esc(a.title)}</b>'
                 '</font></td></tr>\n'
                 f'<tr><td align="center"><font color="#666666" style="font-size:12px">{self.info(a)}</font></td></tr>\n'
                 '<tr><td><hr size="1" color="#CCCCCC" noshade></td></tr>\n'
                 f'<tr><td style="font-size:14px;line-height:180%">\n{self.body_html(a)}\n</td></tr>\n{editor}'
                 f'<tr><td align="right">【<a href="news_print.asp?id={a.aid}" target="_blank">打印此文</a>】'
                 '【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#">返回顶部</a>】</td></tr>\n'
                 f'<tr><td>上一篇：{prev}<br>下一篇：{nxt}</td></tr>\n</table>\n'
                 '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#CCCCCC">'
                 '<tr><td bgcolor="#E8F1FA" height="24">&nbsp;<b>相关新闻</b></td></tr><tr><td bgcolor="#FFFFFF">'
                 f'<table width="100%" cellpadding="2">{rel}</table></td></tr></table>\n')
        return self.frame(f"{a.title}--{SITE}", inner)

    def print_html(self, a: Art) -> str:
        return (self.head(a.title) + '<table width="640" border="0" align="center" cellpadding="6" cellspacing="0">\n'
                f'<tr><td align="center"><font size="4"><b>{esc(a.title)}</b></font></td></tr>\n'
                f'<tr><td align="center"><font style="font-size:12px">{self.info(a)}</font></td></tr>\n'
                f'<tr><td style="font-size:14px;line-height:180%">\n{self.body_html(a)}\n</td></tr>\n'
                + (f'<tr><td align="right">（责任编辑：{esc(a.editor)}）</td></tr>' if a.editor else "")
                + f'<tr><td align="center"><hr size="1">{SITE} http://www.jnqp.org.cn<br>'
                '【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】'
                '</td></tr>\n</table>\n</body>\n</html>\n')

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Art]) -> str:
        rows = ""
        for a in entries:
            shown = a.title if len(a.title) <= 26 else a.title[:26] + "..."
            rows += ('<tr><td width="4%" height="24" align="center"><img src="images/dot.gif"></td>'
                     f'<td><a href="news_show.asp?id={a.aid}" target="_blank" title="{esc(a.title)}">{esc(shown)}</a></td>'
                     f'<td width="18%" align="right"><font color="#999999">{self.list_date(a)[0]}</font>&nbsp;</td></tr>\n'
                     '<tr><td colspan="3" height="1" background="images/line.gif"></td></tr>\n')
        total = sum(1 for a in self.arts if a.ch is ch)
        link = lambda k, t: f'[<a href="news_list.asp?page={k}&classid={ch.cid}">{t}</a>]'  # noqa: E731
        pg = (link(1, "首页") + link(n - 1, "上一页") if n > 1 else "[首页] [上一页]") + " " + \
             (link(n + 1, "下一页") + link(npages, "尾页") if n < npages else "[下一页] [尾页]")
        opts = "".join(f'<option value="{k}"{" selected" if k == n else ""}>第{k}页</option>' for k in range(1, npages + 1))
        pager = (f'<tr><td colspan="3" align="center" height="30">共 <b>{total}</b> 条记录&nbsp;&nbsp;页次：<b>{n}</b>/{npages}'
                 f'&nbsp;&nbsp;每页：{self.per_page} 条&nbsp;&nbsp;{pg}&nbsp;&nbsp;转到：<select name="page" onchange="location.href='
                 f'\'news_list.asp?classid={ch.cid}&page=\'+this.value">{opts}</select></td></tr>')
        inner = (self.crumb(ch, "列表") + '<table width="98%" border="0" align="center" cellpadding="0" cellspacing="0">\n'
                 f'<tr><td colspan="3" height="30"><font color="#0A4D8C" size="3"><b>{ch.name}</b></font></td></tr>\n'
                 + rows + pager + '\n</table>\n')
        return self.frame(f"{ch.name}--{SITE}", inner)

    def home_html(self, dead: str) -> str:
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)
        notes = [a for a in latest if a.ch.cid == 5][:5]
        marquee = "".join(f'·<a href="news_show.asp?id={a.aid}">{esc(a.title)}</a>&nbsp;&nbsp;' for a in notes)

        def box(ch: Channel) -> str:
            rows = "".join(f'<tr><td height="22">·<a href="news_show.asp?id={a.aid}" title="{esc(a.title)}">'
                           f'{esc(a.title[:20])}</a></td><td align="right"><font color="#999999">{a.when.month}-{a.when.day}'
                           '</font></td></tr>' for a in [x for x in latest if x.ch is ch][:7])
            if ch.cid == 3:
                rows += (f'<tr><td height="22">·<a href="{dead[1:]}"><font color="red">2012年度汽配行业统计公报</font></a>'
                         '</td><td align="right"><img src="images/new.gif"></td></tr>')
            return ('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="26" background="images/'
                    f'bt_bg.gif">&nbsp;<b>{ch.name}</b></td><td align="right" background="images/bt_bg.gif">'
                    f'<a href="news_list.asp?classid={ch.cid}">更多&gt;&gt;</a>&nbsp;</td></tr>{rows}</table><br>')

        inner = ('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="26" bgcolor="#FFF8DC">'
                 f'&nbsp;<b>最新通知：</b></td><td bgcolor="#FFF8DC"><marquee scrollamount="3" onmouseover="this.stop()" '
                 f'onmouseout="this.start()">{marquee}</marquee></td></tr></table><br>'
                 + "".join(box(c) for c in self.channels))
        return self.frame(SITE, inner)

    def static_html(self, kind: str) -> str:
        title, text = {"about": ("协会简介", f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{ORG}成立于1998年，是由江南地区汽车零部件生产、"
                                              "销售企业及相关单位自愿结成的行业性社会团体。</P>"),
                       "contact": ("联系我们", "<P>地址：江苏省无锡市新区长江路xx号</P><P>电话：0510-8522xxxx</P>"
                                               "<P>E-mail：jnqpxh@126.com</P>")}[kind]
        inner = self.crumb(None, title) + f'<table width="96%" align="center"><tr><td>{text}</td></tr></table>'
        return self.frame(f"{title}--{SITE}", inner)

    def not_found_html(self) -> str:
        return (self.head(f"错误提示--{SITE}") + '<table width="400" border="0" align="center" cellpadding="10" '
                'cellspacing="1" bgcolor="#CCCCCC" style="margin-top:100px"><tr><td bgcolor="#FFFFFF" align="center">'
                '<font color="red"><b>错误提示</b></font><br><br>对不起，您要查看的信息不存在或已被删除！<br><br>'
                '<a href="javascript:history.back()">[返回上一页]</a> <a href="index.asp">[返回首页]</a></td></tr></table>\n'
                '</body>\n</html>\n')
