"""Discuz! X3.4 forum (汇修汽配论坛), GBK: thread-T-P-F.html (first post = the article), forum-F-K.html lists, guide pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
    REFERENCE_TIME,
    TZ8,
    Art,
    Channel,
    Site,
    discuz_u,
    discuz_ymd,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    unique_titles,
)

NAME = "discuz_forum"
SITE = "汇修汽配论坛"
BASE = "https://bbs.huixiuqp.example.cn"
TPP = 10  # threads per forum page
PPP = 10  # posts per thread page (the first post counts)
GROUPS = [(1, "汽配行业"), (35, "维修技术")]
FORUMS = [Channel("hangye", "行业交流", 2), Channel("weixiu", "维修技术讨论", 36), Channel("hangqing", "配件行情", 37)]
GROUP_OF = {2: 1, 36: 35, 37: 1}
COUNTS = [14, 13, 9]
JAMMER_FID = 36  # this forum has 防采集 (anti-scraping) on: hidden random strings at line breaks
TYPES = {"hangye": [(5, "讨论"), (6, "经验分享"), (7, "吐槽")], "weixiu": [(11, "求助"), (12, "案例"), (13, "资料")],
         "hangqing": [(21, "行情"), (22, "转让")]}
FLOORS = ["楼主", "沙发", "板凳", "地板"]
ANNOUNCE = (3, "关于规范发帖和禁止发布广告的公告", dt.datetime(2025, 2, 17, 10, 0, tzinfo=TZ8))
FORUM_DESC = {"hangye": "汽配经营、行业动态、生意经，都可以来聊。", "weixiu": "维修案例、故障求助、技术资料交流。",
              "hangqing": "各地配件行情、库存转让信息。"}
A_CLS = ' class="a"'
SMILIES = ["smile", "lol", "handshake", "victory", "titter"]


def _thread(tid: int, page: int = 1, fpage: int = 1) -> str:
    return f"/thread-{tid}-{page}-{fpage}.html"


def _forum(fid: int, k: int = 1) -> str:
    return f"/forum-{fid}-{k}.html"


def _only_author(tid: int, uid: int) -> str:
    return f"/forum.php?mod=viewthread&tid={tid}&page=1&authorid={uid}"


def _amp(url: str) -> str:  # hrefs as Discuz! prints them: relative, & escaped
    return url.lstrip("/").replace("&", "&amp;")


def _type_url(a: Art) -> str:
    return f"/forum.php?mod=forumdisplay&fid={a.ch.cid}&filter=typeid&typeid={a.extra['type'][0]}"


def _jammer(rr: random.Random) -> str:
    """Discuz!'s jammer(): 5-15 pairs of random characters, in a hidden <font class="jammer"> or display:none span."""
    s = "".join(chr(rr.randint(32, 59)) + " " + chr(rr.randint(63, 126)) for _ in range(rr.randint(5, 15)))
    return f'<font class="jammer">{esc(s)}</font>' if rr.random() < 0.5 else f'<span style="display:none">{esc(s)}</span>'


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gbk", "gbk", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    old = rand_dates(rnd, n - 9, dt.datetime(2025, 2, 20, tzinfo=TZ8), dt.datetime(2026, 5, 8, 22, tzinfo=TZ8))
    # the last week, one thread per friendly-date shape: 半小时前, N 小时前, 昨天, 前天, N 天前 (3-7) and 8 days (plain)
    ref_day = REFERENCE_TIME.replace(hour=0, minute=0)
    recent = sorted([REFERENCE_TIME - dt.timedelta(minutes=rnd.randint(31, 58)),
                     REFERENCE_TIME - dt.timedelta(hours=rnd.randint(2, 9), minutes=rnd.randint(1, 59))]
                    + [ref_day - dt.timedelta(days=d) + dt.timedelta(hours=rnd.randint(7, 22), minutes=rnd.randint(0, 59))
                       for d in (1, 2, 3, 5, 6, 7, 8)])
    whens = old + recent
    chans = [c for c, k in zip(FORUMS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    users = content.FORUM_USERS
    uid_of = {u: 1000 + 37 * j + rnd.randint(0, 30) for j, u in enumerate(users)}
    uid_of.update({content.FORUM_MODS[0]: 2, content.FORUM_MODS[1]: 7})
    signs = {u: rnd.choice(content.FORUM_SIGNS) for u in rnd.sample(users, 7)}
    stats = {u: (rnd.randint(3, 400), rnd.randint(50, 9000), rnd.randint(100, 30000)) for u in [*users, *content.FORUM_MODS]}
    ranks = {u: rnd.choice(["注册会员", "中级会员", "高级会员", "金牌会员"]) for u in users}
    ranks.update({content.FORUM_MODS[0]: "管理员", content.FORUM_MODS[1]: "版主"})

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return ctx.fill(ar.choice(content.FORUM_TITLES[chans[i].key])), (ctx, ar)

    # ------------------------------------------------------------------ threads, replies, post ids
    arts: list[Art] = []
    tid = 18200 + rnd.randint(0, 80)
    gaps: list[int] = []
    many = rnd.sample([i for i in range(n) if whens[i] < REFERENCE_TIME - dt.timedelta(days=6)], 6)  # threads with 2-3 pages
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        step = rnd.randint(1, 12)
        gaps.extend(range(tid + 1, tid + step))
        tid += step
        ch = chans[i]
        blocks = content.forum_post(ctx, ks[i], ch.key)
        a = Art(i, tid, ch, title, blocks, whens[i])
        a.author = ar.choice(users)
        a.extra["uid"] = uid_of[a.author]
        a.extra["type"] = ar.choice(TYPES[ch.key]) if ar.random() < 0.7 else None
        if i in many:
            nrep = ar.randint(20, 26) if i == many[0] else ar.randint(10, 19)
        else:
            nrep = ar.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) if whens[i] < REFERENCE_TIME - dt.timedelta(hours=5) else ar.randint(0, 3)
        a.comments = nrep
        a.views = ar.randint(40, 2400) + nrep * ar.randint(30, 160)
        last = min(whens[i] + dt.timedelta(days=ar.randint(0, 25), hours=ar.randint(0, 20)), REFERENCE_TIME - dt.timedelta(minutes=ar.randint(6, 300)))
        last = max(last, whens[i] + dt.timedelta(minutes=3 * nrep + 2))
        span = int((last - whens[i]).total_seconds() // 60)
        rtimes = sorted(whens[i] + dt.timedelta(minutes=ar.randint(2, max(3, span))) for _ in range(nrep))
        replies = []
        for j, t in enumerate(rtimes):
            who = ar.choice([u for u in users if u != a.author]) if ar.random() > 0.12 else a.author
            text = ctx.fill(ar.choice(content.FORUM_REPLIES))
            replies.append({"user": who, "when": t, "text": text, "quote": j > 1 and ar.random() < 0.2,
                            "smile": ar.choice(SMILIES) if ar.random() < 0.25 else None})
        a.extra["replies"] = replies
        a.extra["lastpost"] = (replies[-1]["user"], replies[-1]["when"]) if replies else (a.author, whens[i])
        if ar.random() < 0.3:  # 本帖最后由 … 编辑: an edit notice with a later time, not the post date
            edit = whens[i] + dt.timedelta(minutes=ar.randint(3, 60 * 30))
            a.extra["edited"] = min(edit, REFERENCE_TIME - dt.timedelta(minutes=1))
        pics = ar.randint(1, 3) if ks[i] != "short" and ar.random() < 0.6 else (1 if ar.random() < 0.2 else 0)
        a.extra["attach"] = []
        for _ in range(pics):
            up = whens[i] - dt.timedelta(minutes=ar.randint(1, 9))
            a.extra["attach"].append({"aid": 0, "name": f"IMG_{ar.randint(1000, 9999)}.JPG", "kb": f"{ar.randint(80, 900)}.{ar.randint(10, 99)}",
                                      "dl": ar.randint(0, 40), "up": up, "at": ar.randint(1, len(blocks))})
        a.extra["rate"] = [(ar.choice(users), ar.choice([1, 2, 3]), ar.choice(["很给力!", "赞一个!", "精品文章", "原创内容"]))
                           for _ in range(ar.randint(1, 3))] if ar.random() < 0.2 else []
        a.url = _thread(tid)
        a.page_urls = [a.url]
        arts.append(a)
    dead_tid = gaps[len(gaps) // 2]
    # one global post-id sequence, and one attachment-id sequence, in time order
    posts = sorted([(a.when, 0, a.aid, -1) for a in arts] + [(r["when"], 1, a.aid, j) for a in arts for j, r in enumerate(a.extra["replies"])])
    by_tid = {a.aid: a for a in arts}
    pid = 61000 + rnd.randint(0, 500)
    for _when, _, t, j in posts:
        pid += rnd.randint(1, 4)
        if j < 0:
            by_tid[t].extra["pid"] = pid
        else:
            by_tid[t].extra["replies"][j]["pid"] = pid
    aid = 9300
    for a in sorted(arts, key=lambda x: x.when):
        for att in a.extra["attach"]:
            aid += rnd.randint(1, 5)
            att["aid"] = aid
    # sticky threads: the oldest thread of 行业交流 is a global sticky (shown on every forum), one forum sticky in 维修
    g_sticky = min((a for a in arts if a.ch.key == "hangye"), key=lambda x: x.when)
    f_sticky = min((a for a in arts if a.ch.key == "weixiu"), key=lambda x: x.when)
    g_sticky.extra["sticky"], f_sticky.extra["sticky"] = 3, 1
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, min(len(same), rr.randint(4, 6)))
    by_dateline = sorted(arts, key=lambda x: x.when, reverse=True)
    by_lastpost = sorted(arts, key=lambda x: (x.extra["lastpost"][1], x.aid), reverse=True)

    # which list page shows each thread (for the fpage of its links)
    fpages: dict[int, set[int]] = {a.aid: {1} for a in arts}
    forum_rows: dict[int, list[tuple[list[Art], list[Art]]]] = {}
    for ch in FORUMS:
        stick = [x for x in (g_sticky, f_sticky) if x.extra.get("sticky") == 3 or x.ch is ch]
        normal = [x for x in by_lastpost if x.ch is ch and x not in stick]
        chunks = paginate(normal, TPP)
        forum_rows[ch.cid] = [(stick if k == 0 else [], chunk) for k, chunk in enumerate(chunks)]
        for k, chunk in enumerate(chunks, 1):
            for x in chunk:
                fpages[x.aid].add(k)

    # ------------------------------------------------------------------ template
    def head(title: str, nav_active: str = "forum") -> str:
        navs = [("forum", "forum.php", "论坛", "BBS"), ("guide", _amp("/forum.php?mod=guide&view=hot"), "导读", "Guide"),
                ("announce", _amp(f"/forum.php?mod=announcement&id={ANNOUNCE[0]}"), "公告", "Notice")]
        lis = "".join(f'<li{A_CLS if k == nav_active else ""} id="mn_{k}"><a href="{u}" hidefocus="true" title="{en}">{t}<span>{en}</span></a></li>'
                      for k, u, t, en in navs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)} -  Powered by Discuz!</title>
<meta name="keywords" content="{esc(title)}" />
<meta name="description" content="{esc(title)} ,{SITE}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2023 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Hq7" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Hq7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Hq7', charset = 'gbk', discuz_uid = '0', cookiepre = 'hxqp_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = '', SITEURL = '{BASE}/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Hq7" type="text/javascript"></script>
<style type="text/css">.jammer {{ display: none; }}</style>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('{BASE}/');">设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '{SITE}');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{SITE}"><img src="static/image/common/logo.png" alt="{SITE}" border="0" /></a></h2>
<div id="um"><p><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></p></div></div>
<div id="nv"><ul>{lis}</ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" /><button type="submit" name="searchsubmit" id="scbar_btn">搜索</button></form></div>
</div></div>
"""

    def crumb(items: list[tuple[str, str]]) -> str:
        parts = '<em>&rsaquo;</em>'.join(f'<a href="{u}">{esc(t)}</a>' for t, u in items)
        return f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{SITE}</a><em>&raquo;</em>{parts}</div></div>\n'

    def foot() -> str:
        return f"""<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="https://m.huixiuqp.example.cn/">手机版</a><span class="pipe">|</span><a href="member.php?mod=register">注册</a><span class="pipe">|</span><strong><a href="{BASE}/" target="_blank">{SITE}</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备17052093号-1</a> )</p>
<p class="xs0">GMT+8, {REFERENCE_TIME.year}-{REFERENCE_TIME.month}-{REFERENCE_TIME.day} {REFERENCE_TIME:%H:%M} <span id="debuginfo">, Processed in 0.0{rnd.randint(21, 98)} second(s), {rnd.randint(8, 30)} queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">Copyright &copy; 2001-2023, Tencent Cloud.</p></div>
</div>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>返回顶部</b></a></span></div>
</body>
</html>
"""

    def left_col(user: str) -> str:
        uid = uid_of[user]
        th, po, cr = stats[user]
        return (f'<td class="pls" rowspan="2"><div class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{esc(user)}</a></div></div>'
                f'<div><div class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={uid}&amp;size=middle" /></a></div></div>'
                f'<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{th}</a></p>主题</th>'
                f'<th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">{po}</a></p>帖子</th>'
                f'<td><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile" class="xi2">{cr}</a></p>积分</td></table></div>'
                f'<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{ranks[user]}</a></em></p></div></td>')

    def attach_html(att: dict, when: dt.datetime) -> str:
        path = f"data/attachment/forum/{when:%Y%m}/{when:%d}/{when:%H%M%S}{att['aid'] % 997:03d}q8rkz.jpg"
        return (f'<ignore_js_op>\n<img id="aimg_{att["aid"]}" aid="{att["aid"]}" src="static/image/common/none.gif" zoomfile="{path}" file="{path}" class="zoom" '
                f'onclick="zoom(this, this.src, 0, 0, 0)" width="600" inpost="1" onmouseover="showMenu({{\'ctrlid\':this.id,\'pos\':\'12\'}})" />\n'
                f'<div class="tip tip_4 aimg_tip" id="aimg_{att["aid"]}_menu" style="position: absolute; display: none" disautofocus="true">\n'
                f'<div class="xs0"><p><strong>{att["name"]}</strong> <em class="xg1">({att["kb"]} KB, 下载次数: {att["dl"]})</em></p>\n'
                f'<p><a href="forum.php?mod=attachment&amp;aid={att["aid"]}&amp;nothumb=yes" target="_blank">下载附件</a></p>\n'
                f'<p class="xg1 y">{discuz_ymd(att["up"])} 上传</p></div>\n<div class="tip_horn"></div></div>\n</ignore_js_op>')

    def message(a: Art) -> str:
        """The first post's BBCode rendered by discuzcode(): <br /> lines, [b] heads, t_table, litype lists."""
        jr = random.Random(f"{seed}:{NAME}:jam:{a.aid}") if a.ch.cid == JAMMER_FID else None
        out = []
        if a.extra.get("edited"):
            out.append(f'<i class="pstatus"> 本帖最后由 {esc(a.author)} 于 {discuz_ymd(a.extra["edited"])} 编辑 </i><br />\n<br />')
        for k, b in enumerate(a.blocks, 1):
            if b[0] == "p":
                line = esc(b[1])
            elif b[0] == "h":
                line = f"<strong>{esc(b[1])}</strong>"
            elif b[0] == "table":
                rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
                line = f'<div class="t_fsz_table"><table cellspacing="0" class="t_table" style="width:80%">{rows}</table></div>'
            else:
                line = '<ul type="1" class="litype_1">' + "".join(f"<li>{esc(x)}" for x in b[1]) + "</ul>"
            if jr is not None and b[0] in ("p", "h"):
                line = (line + _jammer(jr)) if jr.random() < 0.5 else (_jammer(jr) + line + _jammer(jr))
            out.append(line + ("<br />\n<br />" if k < len(a.blocks) and b[0] in ("p", "h") else ""))
            for att in a.extra["attach"]:
                if att["at"] == k:
                    out.append("\n" + attach_html(att, a.when) + "<br />\n<br />")
        return "\n".join(out)

    def first_post(a: Art, fpage: int) -> str:
        pid = a.extra["pid"]
        rate = ""
        if a.extra["rate"]:
            total = sum(r[1] for r in a.extra["rate"])
            rows = "".join(f'<tr><td><a href="space-uid-{uid_of[u]}.html" target="_blank">{esc(u)}</a></td><td class="xi1"> + {v}</td><td class="xg1">{esc(why)}</td></tr>'
                           for u, v, why in a.extra["rate"])
            rate = (f'<dl id="ratelog_{pid}" class="rate"><dd style="margin:0"><div id="post_rate_div_{pid}"><table class="ratl"><tr><th class="xw1" width="120">'
                    f'<a href="forum.php?mod=misc&amp;action=viewratings&amp;tid={a.aid}&amp;pid={pid}" title="查看全部评分"> 参与人数 <span class="xi1">{len(a.extra["rate"])}</span></a></th>'
                    f'<th class="xw1" width="80">金钱 <i><span class="xi1">+{total}</span></i></th><th><a href="javascript:;" class="y xi2">收起</a> <i class="txt_h">理由</i></th></tr>'
                    f'<tbody class="ratl_l">{rows}</tbody></table><p class="ratc">总评分:&nbsp;<span class="xi1">金钱 + {total}</span>&nbsp;</p></div></dd></dl>')
        sign = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{esc(signs[a.author])}</div>' if a.author in signs else ""
        rel = "".join(f'<li>&#8226; <a href="{_amp(r.url)}" title="{esc(r.title)}" target="_blank">{esc(r.title)}</a></li>' for r in a.related)
        html_date = discuz_u(a.when)[0]
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{left_col(a.author)}
<td class="plc">
<div class="pi"><div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" id="fj_page" title="输入楼层号" /></div>
<strong><a href="{_amp(_thread(a.aid, 1, fpage))}" id="postnum{pid}">楼主</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {html_date}</em>
<span class="pipe">|</span><a href="{_amp(_only_author(a.aid, a.extra["uid"]))}" rel="nofollow">只看该作者</a>
<span class="pipe">|</span><a href="javascript:;" onclick="setcopy('{BASE}/thread-{a.aid}-1-1.html', '帖子地址复制成功');return false;">复制链接</a>
</div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{message(a)}</td></tr></table>
</div>
{rate}
<div class="mtw mbw"><h3 class="pbm mbm bbda">相关帖子</h3><ul class="xl xl2 cl">{rel}</ul></div>
</div></div>
</td></tr>
<tr><td class="plc plm">{sign}</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={a.ch.cid}&amp;tid={a.aid}&amp;reppost={pid}&amp;page=1" onclick="showWindow('reply', this.href)">回复</a></em>
<p><a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&rtype=post&rid={pid}&tid={a.aid}&fid={a.ch.cid}', 'get', -1);return false;">举报</a></p></div></div></td></tr>
</table></div>
"""

    def reply_post(a: Art, r: dict, floor: int, fpage: int) -> str:
        pid = r["pid"]
        label = FLOORS[floor - 1] if floor <= len(FLOORS) else f"<em>{floor}</em><sup>#</sup>"
        quote = ""
        if r["quote"]:
            first = content.paragraphs(a.blocks)[0]
            quote = (f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid={a.extra["pid"]}&amp;ptid={a.aid}" target="_blank">'
                     f'<font color="#999999">{esc(a.author)} 发表于 {discuz_ymd(a.when)}</font></a><br />\n<font color="#999999">{esc(first[:40])} ...</font></font></blockquote></div><br />\n')
        smile = f'<img src="static/image/smiley/default/{r["smile"]}.gif" smilieid="1" border="0" alt="" />' if r["smile"] else ""
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{left_col(r["user"])}
<td class="plc">
<div class="pi"><strong><a href="{_amp(_thread(a.aid, (floor - 1) // PPP + 1, fpage))}#{pid}" id="postnum{pid}">{label}</a></strong>
<div class="pti"><div class="authi"><em id="authorposton{pid}">发表于 {discuz_u(r["when"])[0]}</em>
<span class="pipe">|</span><a href="{_amp(_only_author(a.aid, a.extra["uid"]))}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{quote}{esc(r["text"])}{smile}</td></tr></table></div></div></div>
</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={a.ch.cid}&amp;tid={a.aid}&amp;repquote={pid}&amp;page=1">回复</a></em></div></div></td></tr>
</table></div>
"""

    def thread_pager(a: Art, p: int, total: int, fpage: int) -> str:
        if total <= 1:
            return ""
        items = [f'<a href="{_amp(_thread(a.aid, p - 1, fpage))}" class="prev">&nbsp;&nbsp;</a>'] if p > 1 else []
        items += [f"<strong>{q}</strong>" if q == p else f'<a href="{_amp(_thread(a.aid, q, fpage))}">{q}</a>' for q in range(1, total + 1)]
        items.append(f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{p}" /><span title="共 {total} 页"> / {total} 页</span></label>')
        if p < total:
            items.append(f'<a href="{_amp(_thread(a.aid, p + 1, fpage))}" class="nxt">下一页</a>')
        return f'<div class="pg">{"".join(items)}</div>'

    def thread_page(a: Art, p: int, fpage: int, only_author: bool = False) -> str:
        replies = a.extra["replies"]
        if only_author:
            shown = [(j + 2, r) for j, r in enumerate(replies) if r["user"] == a.author][:PPP - 1]
            total = 1
        else:
            total = (len(replies) + 1 + PPP - 1) // PPP
            lo = max(0, (p - 1) * PPP - 1)
            hi = p * PPP - 1
            shown = [(j + 2, r) for j, r in enumerate(replies) if lo <= j < hi]
        group = GROUP_OF[a.ch.cid]
        gname = dict(GROUPS)[group]
        typ = f'<a href="{_amp(_type_url(a))}">[{a.extra["type"][1]}]</a> ' if a.extra["type"] else ""
        posts = (first_post(a, fpage) if p == 1 else "") + "".join(reply_post(a, r, fl, fpage) for fl, r in shown)
        t = a.title if p == 1 else f"{a.title} - 第{p}页"
        return (head(f"{t} - {a.ch.name} - {SITE}")
                + crumb([("论坛", "forum.php"), (gname, _amp(f"/forum.php?gid={group}")), (a.ch.name, _amp(_forum(a.ch.cid, fpage))), (a.title, _amp(_thread(a.aid, 1, fpage)))])
                + f"""<div id="wp" class="wp">
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt">{thread_pager(a, p, total, fpage)}</div>
<span class="y pgb"><a href="{_amp(_forum(a.ch.cid, fpage))}">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" href="forum.php?mod=post&amp;action=newthread&amp;fid={a.ch.cid}" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
</div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{a.views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{a.comments}</span></div></td>
<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid={a.aid}" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题" class="vm" /></a>
<a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid={a.aid}" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题" class="vm" /></a></div>
<h1 class="ts">{typ}<span id="thread_subject">{esc(a.title)}</span></h1>
<span class="xg1"><a href="{_amp(_thread(a.aid, 1, fpage))}" onclick="return copyThreadUrl(this, '{SITE}')">[复制链接]</a></span></td>
</tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
{posts}</div>
<div class="pgs mtm mbm cl">{thread_pager(a, p, total, fpage)}<span class="pgb y"><a href="{_amp(_forum(a.ch.cid, fpage))}">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><div class="bm_c">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div>
</div></div>
""" + foot())

    # ------------------------------------------------------------------ thread pages and truth rows
    for a in arts:
        total = (len(a.extra["replies"]) + 1 + PPP - 1) // PPP
        aliases = []
        for f in sorted(fpages[a.aid]):
            for p in range(1, total + 1):
                url = _thread(a.aid, p, f)
                site.add(url, thread_page(a, p, f))
                if p > 1:
                    site.non_articles.append({"url": url, "reason": f"page {p} of a thread: replies only"})
                elif f > 1:
                    aliases.append(url)
        site.add(_only_author(a.aid, a.extra["uid"]), thread_page(a, 1, 1, only_author=True))
        aliases.append(_only_author(a.aid, a.extra["uid"]))
        _, shown, _ = discuz_u(a.when)
        related = [{"title": r.title, "url": r.url, "date": None, "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=shown, views_display=str(a.views), views_approx=False, related=related, aliases=aliases)

    # ------------------------------------------------------------------ forum lists
    def row(x: Art, fpage: int, kind: str, forum_col: bool = False) -> str:
        link = _amp(_thread(x.aid, 1, fpage))
        total = (len(x.extra["replies"]) + 1 + PPP - 1) // PPP
        tps = ""
        if total > 1:
            tps = '<span class="tps">&nbsp;...' + "".join(f'<a href="{_amp(_thread(x.aid, q, fpage))}">{q}</a>' for q in range(2, total + 1)) + "</span>"
        typ = f'<em>[<a href="{_amp(_type_url(x))}">{x.extra["type"][1]}</a>]</em> ' if x.extra["type"] else ""
        icon = {"g": "pin_3.gif", "f": "pin_1.gif"}.get(kind, "folder_common.gif")
        title_attr = {"g": "全局置顶主题 - 新窗口打开", "f": "本版置顶主题 - 新窗口打开"}.get(kind, "有新回复 - 新窗口打开")
        tb = {"g": f"stickthread_{x.aid}", "f": f"stickthread_{x.aid}"}.get(kind, f"normalthread_{x.aid}")
        lu, lt = x.extra["lastpost"]
        fcol = f'<td class="by"><a href="{_amp(_forum(x.ch.cid))}" target="_blank">{x.ch.name}</a></td>' if forum_col else ""
        attach = ' <img src="static/image/filetype/image_s.gif" alt="attach_img" title="图片附件" align="absmiddle" />' if x.extra["attach"] else ""
        return (f'<tbody id="{tb}"><tr><td class="icn"><a href="{link}" title="{title_attr}" target="_blank"><img src="static/image/common/{icon}" /></a></td>'
                f'<th class="common">{typ}<a href="{link}" onclick="atarget(this)" class="s xst">{esc(x.title)}</a>{attach}{tps}</th>{fcol}'
                f'<td class="by"><cite><a href="space-uid-{x.extra["uid"]}.html" c="1">{esc(x.author)}</a></cite><em><span>{discuz_u(x.when, False)[0]}</span></em></td>'
                f'<td class="num"><a href="{link}" class="xi2">{x.comments}</a><em>{x.views}</em></td>'
                f'<td class="by"><cite><a href="space-uid-{uid_of[lu]}.html" c="1">{esc(lu)}</a></cite><em><a href="forum.php?mod=redirect&amp;tid={x.aid}&amp;goto=lastpost#lastpost">{discuz_u(lt)[0]}</a></em></td>'
                f"</tr></tbody>")

    def add_listing(url: str, pos: int, x: Art, fpage: int, category: str | None = None) -> None:
        _, shown, day = discuz_u(x.when, False)
        site.listing(url, pos, x, day.isoformat(), shown, x.views, category)
        site.listings[-1]["url"] = _thread(x.aid, 1, fpage)

    announce_row = (f'<tbody><tr><td class="icn"><img src="static/image/common/ann_icon.gif" alt="公告" /></td><th><strong class="xst">公告: '
                    f'<a href="{_amp(f"/forum.php?mod=announcement&id={ANNOUNCE[0]}")}#{ANNOUNCE[0]}" target="_blank">{ANNOUNCE[1]}</a></strong></th>'
                    f'<td class="by"><cite><a href="space-uid-2.html">{content.FORUM_MODS[0]}</a></cite><em>{discuz_ymd(ANNOUNCE[2], False)}</em></td>'
                    f'<td class="num">&nbsp;</td><td class="by">&nbsp;</td></tr></tbody>')
    for ch in FORUMS:
        pages = forum_rows[ch.cid]
        total = len(pages)
        today = sum(1 for x in arts if x.ch is ch and x.when.date() == REFERENCE_TIME.date())
        for k, (stick, chunk) in enumerate(pages, 1):
            url = _forum(ch.cid, k)
            rows, pos = [], 0
            if k == 1:
                rows.append(announce_row)
            for x in stick:
                pos += 1
                rows.append(row(x, k, "g" if x.extra["sticky"] == 3 else "f"))
                add_listing(url, pos, x, k)
            rows.append('<tbody id="separatorline"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" class="xi2">版块主题</a></th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>')
            for x in chunk:
                pos += 1
                rows.append(row(x, k, "n"))
                add_listing(url, pos, x, k)
            pg = ""
            if total > 1:
                items = [f"<strong>{j}</strong>" if j == k else f'<a href="{_amp(_forum(ch.cid, j))}">{j}</a>' for j in range(1, total + 1)]
                if k < total:
                    items.append(f'<a href="{_amp(_forum(ch.cid, k + 1))}" class="nxt">下一页</a>')
                pg = f'<div class="pg">{"".join(items)}<label><input type="text" name="custompage" class="px" size="2" value="{k}" /><span title="共 {total} 页"> / {total} 页</span></label></div>'
            group = GROUP_OF[ch.cid]
            html = (head(f"{ch.name}{'' if k == 1 else f' - 第{k}页'} - {SITE}")
                    + crumb([("论坛", "forum.php"), (dict(GROUPS)[group], _amp(f"/forum.php?gid={group}")), (ch.name, _amp(_forum(ch.cid)))])
                    + f"""<div id="wp" class="wp"><div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><span class="y"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id={ch.cid}" class="fa_fav">收藏本版 <strong class="xi1">{rnd.randint(20, 300)}</strong></a></span>
<h1 class="xs2"><a href="{_amp(_forum(ch.cid))}">{ch.name}</a> <span class="xs1 xw0 i">今日: <strong class="xi1">{today}</strong><span class="pipe">|</span>主题: <strong class="xi1">{sum(1 for x in arts if x.ch is ch)}</strong><span class="pipe">|</span>排名: <strong class="xi1">{FORUMS.index(ch) + 1}</strong></span></h1></div>
<div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="space-uid-7.html" class="notabs" c="1">{content.FORUM_MODS[1]}</a></span></div></div></div>
<div id="pgt" class="bm bw0 pgs cl">{pg}<a href="forum.php?mod=post&amp;action=newthread&amp;fid={ch.cid}" id="newspecial" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="threadlist" class="tl bm bmw">
<div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf"><a href="{_amp(f"/forum.php?mod=forumdisplay&fid={ch.cid}&filter=author&orderby=dateline")}" class="xi2">最新</a>&nbsp;<a href="{_amp(f"/forum.php?mod=forumdisplay&fid={ch.cid}&filter=heat&orderby=heats")}" class="xi2">热门</a>&nbsp;<a href="{_amp(f"/forum.php?mod=forumdisplay&fid={ch.cid}&filter=digest&digest=1")}" class="xi2">精华</a></div></th>
<td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><table summary="forum_{ch.cid}" cellspacing="0" cellpadding="0" id="threadlisttableid">
{chr(10).join(rows)}
</table></div></div>
<div class="bm bw0 pgs cl">{pg}<span class="pgb y"><a href="forum.php">返回首页</a></span></div>
</div></div>
""" + foot())
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})

    # 导读 (guide): 最新发表 (by post time) and 最新热门 (by views), with a forum column
    for view, label, items in [("new", "最新发表", by_dateline[:15]), ("hot", "最新热门", sorted(arts, key=lambda x: (-x.views, x.aid))[:10])]:
        url = f"/forum.php?mod=guide&view={view}"
        rows = []
        for pos, x in enumerate(items, 1):
            rows.append(row(x, 1, "n", forum_col=True))
            add_listing(url, pos, x, 1, x.ch.name)
        tabs = "".join(f'<li{A_CLS if v == view else ""}><a href="{_amp(f"/forum.php?mod=guide&view={v}")}">{t}</a></li>' for v, t in [("hot", "最新热门"), ("new", "最新发表")])
        site.add(url, head(f"{label} - 导读 - {SITE}", "guide") + crumb([("导读", _amp("/forum.php?mod=guide&view=hot")), (label, _amp(url))])
                 + f"""<div id="wp" class="wp"><div id="ct" class="wp cl"><div class="mn"><ul class="tb cl">{tabs}</ul>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2">标题</th><td class="by">版块</td><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><table cellspacing="0" cellpadding="0">
{chr(10).join(rows)}
</table></div></div></div></div></div>
""" + foot())
        site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ index, groups, announcement, soft-404 thread, robots
    def forum_box(ch: Channel) -> str:
        mine = [x for x in arts if x.ch is ch]
        lastx = max(mine, key=lambda x: x.extra["lastpost"][1])
        lu, lt = lastx.extra["lastpost"]
        return (f'<tr class="fl_row"><td class="fl_icn"><a href="{_amp(_forum(ch.cid))}"><img src="static/image/common/forum_new.gif" alt="{ch.name}" /></a></td>'
                f'<td><h2><a href="{_amp(_forum(ch.cid))}">{ch.name}</a></h2><p class="xg2">{FORUM_DESC[ch.key]}</p></td>'
                f'<td class="fl_i"><span class="xi2">{len(mine)}</span><span class="xg1"> / {sum(len(x.extra["replies"]) + 1 for x in mine)}</span></td>'
                f'<td class="fl_by"><div><a href="forum.php?mod=redirect&amp;tid={lastx.aid}&amp;goto=lastpost#lastpost" class="xi2">{esc(lastx.title[:16])}</a> <cite>{discuz_u(lt)[0]} <a href="space-uid-{uid_of[lu]}.html">{esc(lu)}</a></cite></div></td></tr>')

    def index_html(newest_dead: bool) -> str:
        groups = []
        for gid, gname in GROUPS:
            boxes = "\n".join(forum_box(ch) for ch in FORUMS if GROUP_OF[ch.cid] == gid)
            groups.append(f'<div class="bm bmw flg cl"><div class="bm_h cl"><h2><a href="{_amp(f"/forum.php?gid={gid}")}">{gname}</a></h2></div>'
                          f'<div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">\n{boxes}\n</table></div></div>')
        newest = [f'<li><a href="{_amp(x.url)}" title="{esc(x.title)}">{esc(x.title[:18])}</a></li>' for x in by_dateline[:6]]
        if newest_dead:
            newest.insert(3, f'<li><a href="{_amp(_thread(dead_tid))}" title="温岭出一批轮毂轴承单元库存，价格可谈">温岭出一批轮毂轴承单元库存，价格可谈</a></li>')
        posts_total = sum(len(x.extra["replies"]) + 1 for x in arts)
        return (head(f"{SITE} - 汽配人自己的交流社区") + f"""<div id="wp" class="wp"><div id="ct" class="wp cl">
<div id="chart" class="bm bw0 cl"><p class="chart z">今日: <em>{sum(1 for x in arts if x.when.date() == REFERENCE_TIME.date())}</em><span class="pipe">|</span>昨日: <em>{sum(1 for x in arts if (REFERENCE_TIME.date() - x.when.date()).days == 1)}</em><span class="pipe">|</span>帖子: <em>{posts_total + 48211}</em><span class="pipe">|</span>会员: <em>23815</em><span class="pipe">|</span>欢迎新会员: <em><a href="space-uid-23815.html" target="_blank" class="xi2">跑长途的小郑</a></em></p></div>
<div class="bm bmw portal_block_summary"><div class="bm_h"><h2>最新主题</h2></div><div class="bm_c"><ul class="xl xl1 cl">{"".join(newest)}</ul></div></div>
{chr(10).join(groups)}
</div></div>
""" + foot())

    site.add("/", index_html(True))
    site.add("/forum.php", index_html(False))
    site.non_articles += [{"url": "/", "reason": "forum index"}, {"url": "/forum.php", "reason": "forum index"}]
    for gid, gname in GROUPS:
        boxes = "\n".join(forum_box(ch) for ch in FORUMS if GROUP_OF[ch.cid] == gid)
        url = f"/forum.php?gid={gid}"
        site.add(url, head(f"{gname} - {SITE}") + crumb([("论坛", "forum.php"), (gname, _amp(url))])
                 + f'<div id="wp" class="wp"><div id="ct" class="wp cl"><div class="bm bmw flg cl"><div class="bm_h cl"><h2>{gname}</h2></div><div class="bm_c"><table class="fl_tb">\n{boxes}\n</table></div></div></div></div>\n' + foot())
        site.non_articles.append({"url": url, "reason": "forum group page (forums, not threads)"})
    ann = f"/forum.php?mod=announcement&id={ANNOUNCE[0]}"
    site.add(ann, head(f"{ANNOUNCE[1]} - 公告 - {SITE}", "announce") + crumb([("公告", _amp(ann))])
             + f"""<div id="wp" class="wp"><div id="ct" class="wp cl"><div class="mn"><div class="bm bw0"><ul id="annonuncement"><li>
<h3><a name="{ANNOUNCE[0]}"></a>{ANNOUNCE[1]}</h3><p class="xg1">作者: {content.FORUM_MODS[0]}&nbsp;&nbsp;起始时间: {discuz_ymd(ANNOUNCE[2], False)}</p>
<div class="ptm">为营造良好的交流氛围，即日起各版块禁止发布与汽配行业无关的广告、联系方式和二维码。<br />
违规帖子一经发现将直接删除，情节严重的予以禁言处理。<br />
求购和转让信息请发到“配件行情”版块，并在标题中注明所在城市。</div></li></ul></div></div></div></div>
""" + foot())
    site.non_articles.append({"url": ann, "reason": "forum announcement (a site notice, not a thread)"})
    dead = _thread(dead_tid)
    site.add(dead, head(f"提示信息 - {SITE}") + crumb([("论坛", "forum.php"), ("提示信息", _amp(dead))])
             + """<div id="wp" class="wp"><div id="ct" class="wp cl w"><div class="nfl"><div class="f_c altw"><div id="messagetext" class="alert_error">
<p>抱歉，指定的主题不存在或已被删除或正在被审核</p>
<script type="text/javascript">if(history.length > (BROWSER.ie ? 0 : 1)) document.write('<p class="alert_btnleft"><a href="javascript:history.back()">[ 点击这里返回上一页 ]</a></p>');</script>
</div></div></div></div></div>
""" + foot())
    site.rejects.append({"url": dead, "reason": "soft 404 (deleted thread: Discuz! answers 200 with 抱歉，指定的主题不存在或已被删除或正在被审核)"})
    site.add("/404.html", '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>404 Not Found</title></head>'
                          "<body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>\n")
    site.raw["/robots.txt"] = (b"#\n# robots.txt for Discuz! X3\n#\n\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /source/\n"
                               b"Disallow: /install/\nDisallow: /template/\nDisallow: /config/\nDisallow: /uc_client/\nDisallow: /uc_server/\n"
                               b"Disallow: /static/\nDisallow: /admin.php\nDisallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\n"
                               b"Disallow: /misc.php\nDisallow: /connect.php\nDisallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\n"
                               b"Disallow: /home.php?mod=spacecp*\nDisallow: /userapp.php?mod=app&*\nDisallow: /*?mod=misc*\nDisallow: /*?mod=attachment*\n"
                               b"Disallow: /*mobile=yes*\n# added by the site\nDisallow: /forum.php?mod=redirect\nDisallow: /forum.php?mod=post\n"
                               b"Disallow: /forum.php?mod=misc\nDisallow: /forum.php?mod=attachment\nDisallow: /forum.php?mod=forumdisplay\n"
                               b"Disallow: /home.php\nDisallow: /space-uid-\n")
    return site
