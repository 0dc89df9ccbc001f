"""A mirror of WeChat official-account articles (汽配公号汇): /a/20250605/k3x9qa.html holding rich_media markup, time in `var ct`."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
    TZ8,
    Art,
    Channel,
    Site,
    epoch,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    unique_titles,
    wan_plus,
)

NAME = "wechat_mirror"
SITE = "汽配公号汇"
BASE = "https://www.qpgonghao.example.com"
PER_PAGE = 10
CATS = [Channel("zixun", "资讯", 1), Channel("jingying", "经营", 2), Channel("jishu", "技术", 3)]
ACCT_CAT = {"qpqs": "zixun", "lbjcgq": "zixun", "hscyjs": "jingying", "xcndsr": "jishu"}
ACCT_COUNT = {"qpqs": 11, "lbjcgq": 7, "hscyjs": 10, "xcndsr": 8}
ACCT_INTRO = {"qpqs": "汽车零部件产业一线资讯，每天一篇。", "lbjcgq": "服务零部件采购人，分享行情与供应商动态。",
              "hscyjs": "关注汽车后市场经营与管理。", "xcndsr": "一线技师分享维修案例和技术干货。"}
ACCT_WXID = {"qpqs": "qipei_qianshao", "lbjcgq": "lbjcaigou", "hscyjs": "hsc_yanjiusuo", "xcndsr": "xiuche_nadian"}
MMBIZ = "https://mmbiz.qpic.cn"
ON = ' class="on"'


def _slug(rr: random.Random) -> str:
    return "".join(rr.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))


def _list_url(ch: Channel, k: int = 1) -> str:
    return f"/c/{ch.key}/" if k == 1 else f"/c/{ch.key}/{k}.html"


def _acct_url(slug: str) -> str:
    return f"/gzh/{slug}/"


def _spans(text: str, rr: random.Random) -> str:
    """WeChat editors split a paragraph into styled spans; one piece is often bold and coloured."""
    if len(text) < 24 or rr.random() < 0.4:
        return f'<span style="font-size: 15px;letter-spacing: 1px;">{esc(text)}</span>'
    a = rr.randint(6, len(text) // 2)
    b = rr.randint(a + 4, len(text) - 2)
    return (f'<span style="font-size: 15px;letter-spacing: 1px;">{esc(text[:a])}</span>'
            f'<strong><span style="font-size: 15px;letter-spacing: 1px;color: rgb(0, 82, 255);">{esc(text[a:b])}</span></strong>'
            f'<span style="font-size: 15px;letter-spacing: 1px;">{esc(text[b:])}</span>')


def _img(key: str, kind: str = "jpg") -> str:
    fmt = {"jpg": "jpeg", "png": "png", "gif": "gif"}[kind]
    return (f'<img class="rich_pages wxw-img" data-ratio="0.6666667" data-s="300,640" data-src="{MMBIZ}/mmbiz_{kind}/{key}/640?wx_fmt={fmt}&amp;from=appmsg" '
            f'data-type="{fmt}" data-w="1080" style="" />')


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    accts = {slug: (name, gh) for name, slug, gh in content.ACCOUNTS}
    order = [slug for slug, k in ACCT_COUNT.items() for _ in range(k)]
    n = len(order)
    whens = rand_dates(rnd, n, dt.datetime(2025, 3, 10, tzinfo=TZ8), dt.datetime(2026, 5, 17, 22, tzinfo=TZ8))
    rnd.shuffle(order)
    ks = kinds(rnd, n)
    cat_of = {c.key: c for c in CATS}

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return ctx.fill(ar.choice(content.WX_TITLES)), (ctx, ar)

    arts: list[Art] = []
    slugs: set[str] = set()
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        slug = order[i]
        a = Art(i, i, cat_of[ACCT_CAT[slug]], title, content.wechat_blocks(ctx, ks[i]), whens[i])
        a.extra["acct"] = slug
        a.source = accts[slug][0]
        a.author = content.person(ar) if ar.random() < 0.5 else None
        a.extra["original"] = a.author is not None and ar.random() < 0.7  # the 原创 tag
        if ar.random() < 0.4:
            a.editor = ar.choice(content.WX_EDITORS)
            a.extra["reviewer"] = content.person(ar)
        # the mirror collects the article some minutes to two days after it was sent
        lag = dt.timedelta(minutes=ar.randint(20, 300)) if ar.random() < 0.7 else dt.timedelta(hours=ar.randint(14, 50))
        a.extra["collected"] = min(whens[i] + lag, dt.datetime(2026, 5, 18, 20, 10, tzinfo=TZ8))
        if ar.random() < 0.6:
            roll = ar.random()
            reads = ar.randint(180, 9999) if roll < 0.6 else ar.randint(10000, 99999) if roll < 0.9 else ar.randint(100000, 400000)
            disp, val, approx = wan_plus(reads)
            a.views = val
            a.extra["reads"] = (disp, approx)
        else:
            a.extra["reads"] = None
        a.extra["time_shown"] = ar.random() < 0.4  # #publish_time filled when the mirror saved the page after its JS ran
        a.extra["hidden"] = ar.random() < 0.5  # js_content keeps style="visibility: hidden;"
        a.extra["pubvar"] = ar.random() < 0.5  # var publish_time = "YYYY-MM-DD" in the script
        a.extra["head_noise"] = ctx.fill(ar.choice(content.WX_HEADER_NOISE).replace("{acct}", a.source)) if ar.random() < 0.7 else None
        a.extra["tail"] = ar.sample(content.WX_TAIL_NOISE[2:], ar.randint(1, 2))
        a.extra["mid"] = ar.randint(2247480000, 2247499999)
        a.extra["sn"] = f"{ar.getrandbits(128):032x}"
        a.extra["short_link"] = "".join(ar.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))
        a.extra["cover"] = f"{ar.getrandbits(64):016x}"
        while True:
            s = _slug(ar)
            if s not in slugs:
                slugs.add(s)
                break
        a.url = f"/a/{a.extra['collected']:%Y%m%d}/{s}.html"
        a.page_urls = [a.url]
        arts.append(a)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:  # 相关推荐: the mirror's same-category picks, newest first
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(4, 5))), key=lambda x: x.when, reverse=True)
    hot = sorted([x for x in arts if x.views], key=lambda x: (-x.views, x.aid))[:6]
    dead = f"/a/{latest[3].extra['collected']:%Y%m%d}/x7nq2e.html"

    def biz(slug: str) -> str:
        br = random.Random(f"biz:{slug}")
        return "MzI" + "".join(br.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(13)) + "=="

    def wx_link(a: Art) -> str:
        return f"https://mp.weixin.qq.com/s?__biz={biz(a.extra['acct'])}&amp;mid={a.extra['mid']}&amp;idx=1&amp;sn={a.extra['sn']}&amp;scene=21#wechat_redirect"

    def head(title: str, active: str, desc: str = "", og: str = "") -> str:
        nav = [("home", "/", "首页")] + [(c.key, _list_url(c), c.name) for c in CATS] + [("gzh", "/gzh/", "公众号大全")]
        lis = "".join(f'<a href="{u}"{ON if k == active else ""}>{t}</a>' for k, u, t in nav)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or SITE + '：汽车零部件与后市场公众号文章聚合阅读。')}">
{og}<link rel="stylesheet" href="/static/css/mirror.css?v=20250301">
<link rel="stylesheet" href="/static/css/appmsg.wx.css">
</head>
<body>
<header class="site-header"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="{SITE}"><span>{SITE}</span></a>
<nav class="nav">{lis}</nav>
<form class="search" action="/search" method="get"><input name="q" placeholder="搜索文章或公众号"><button>搜索</button></form></div></header>
"""

    def foot() -> str:
        return f"""<footer class="site-footer"><div class="wrap">
<p><a href="/about.html">关于我们</a> | <a href="/about.html#copyright">版权声明</a> | <a href="/about.html#contact">联系我们</a></p>
<p>本站内容均来自微信公众号公开文章，版权归原作者所有。如有侵权，请联系 service@qpgonghao.example.com 删除。</p>
<p>&copy; 2021-2026 {SITE} <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">粤ICP备21088315号-1</a></p>
</div></footer>
<script src="/static/js/mirror.js"></script>
</body>
</html>
"""

    def aside() -> str:
        hots = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="num">阅读 {x.extra["reads"][0]}</span></li>' for x in hot)
        acc = "\n".join(f'<li><a href="{_acct_url(s)}"><img src="/static/avatar/{s}.jpg" alt="">{n_}</a></li>' for n_, s, _ in content.ACCOUNTS)
        return f"""<aside class="side">
<div class="box"><h3>热门文章</h3><ol class="hot">
{hots}
</ol></div>
<div class="box"><h3>推荐公众号</h3><ul class="accts">
{acc}
</ul></div>
</aside>
"""

    def paragraph(text: str, rr: random.Random) -> str:
        return f'<p style="margin-bottom: 16px;line-height: 1.75em;text-align: justify;">{_spans(text, rr)}</p>'

    def js_content(a: Art) -> str:
        rr = random.Random(f"{seed}:{NAME}:html:{a.aid}")
        out = []
        if a.extra["head_noise"]:
            out.append(f'<section style="text-align: center;margin-bottom: 8px;">{_img(a.extra["cover"][:10] + "g1f", "gif")}</section>'
                       f'<section style="text-align: center;"><span style="font-size: 12px;color: rgb(0, 128, 255);">{esc(a.extra["head_noise"])}</span></section>')
        group: list[str] = []
        for b in a.blocks:
            if b[0] == "p":
                group.append(paragraph(b[1], rr))
                if rr.random() < 0.3:
                    group.append("<p><br  /></p>")
            elif b[0] == "h":
                if group:
                    out.append('<section data-role="paragraph" class="_135editor">' + "".join(group) + "</section>")
                    group = []
                out.append(f'<section style="margin: 24px 0 12px;"><section style="display: inline-block;border-bottom: 2px solid rgb(0, 82, 255);padding-bottom: 4px;">'
                           f'<p style="margin: 0;"><strong><span style="font-size: 17px;color: rgb(0, 82, 255);">{esc(b[1])}</span></strong></p></section></section>')
            elif b[0] == "img":
                group.append(f'<p style="text-align: center;">{_img(b[1])}</p>')
                if b[2]:
                    group.append(f'<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{esc(b[2])}</span></p>')
            elif b[0] == "table":
                rows = "".join("<tr>" + "".join(f'<td width="120" valign="top" style="word-break: break-all;">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
                group.append(f'<section style="overflow-x: auto;"><table><tbody>{rows}</tbody></table></section>')
            elif b[0] in ("ul", "ol"):
                group.append(f'<{b[0]} class="list-paddingleft-1">' + "".join(
                    f'<li><section style="margin-top: 8px;"><span style="font-size: 15px;">{esc(x)}</span></section></li>' for x in b[1]) + f"</{b[0]}>")
        if group:
            out.append('<section data-role="paragraph" class="_135editor">' + "".join(group) + "</section>")
        tail = ['<p style="text-align: center;"><span style="font-size: 14px;color: rgb(178, 178, 178);letter-spacing: 2px;">- END -</span></p>']
        if a.editor:
            tail.append(f'<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：{esc(a.editor)}　审核：{esc(a.extra["reviewer"])}</span></p>')
        others = [x for x in latest if x.extra["acct"] == a.extra["acct"] and x.when < a.when][:3]
        if others:
            tail.append('<section style="margin-top: 24px;"><p><strong><span style="font-size: 15px;">往期推荐</span></strong></p>'
                        + "".join(f'<p><a href="{wx_link(x)}" target="_blank" data-linktype="2" textvalue="{esc(x.title)}">{esc(x.title)}</a></p>' for x in others)
                        + "</section>")
        tail.append(f'<p style="text-align: center;">{_img(a.extra["cover"][:12] + "qr", "png")}</p>'
                    + "".join(f'<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{esc(t)}</span></p>' for t in a.extra["tail"]))
        out.extend(tail)
        return "\n".join(out)

    # ------------------------------------------------------------------ article pages
    for a in arts:
        name, gh = accts[a.extra["acct"]]
        slug = a.extra["acct"]
        ct = epoch(a.when)
        meta = []
        if a.extra["original"]:
            meta.append('<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>')
        if a.author:
            meta.append(f'<span class="rich_media_meta rich_media_meta_text">作者：{esc(a.author)}</span>')
        shown_time = f"{a.when:%Y-%m-%d %H:%M}" if a.extra["time_shown"] else ""
        reads = (f'<span class="reads">阅读 {a.extra["reads"][0]}</span>' if a.extra["reads"]
                 else f'<span class="reads" id="reads_{a.aid}"></span>')
        rel = "\n".join(f'<li><a href="{r.url}">{esc(r.title)}</a><span class="date">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        more = [x for x in latest if x.extra["acct"] == slug and x is not a][:4]
        more_html = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in more)
        desc = content.paragraphs(a.blocks)[0][:54]
        og = (f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:url" content="{wx_link(a)}" />\n'
              f'<meta property="og:image" content="{MMBIZ}/mmbiz_jpg/{a.extra["cover"]}/0?wx_fmt=jpeg" />\n'
              f'<meta property="og:description" content="{esc(desc)}" />\n<meta property="og:site_name" content="微信公众平台" />\n'
              f'<meta property="og:type" content="article" />\n<meta property="twitter:card" content="summary" />\n')
        pubvar = f'var publish_time = "{a.when:%Y-%m-%d}" || "";\n' if a.extra["pubvar"] else ""
        script = f"""<script type="text/javascript" nonce="{a.extra["sn"][:9]}">
var biz = "{biz(slug)}" || "";
var sn = "{a.extra["sn"]}" || "";
var mid = "{a.extra["mid"]}" || "" || "";
var idx = "1" || "" || "";
var msg_title = '{esc(a.title)}'.html(false);
var msg_desc = htmlDecode("{esc(desc)}");
var nickname = htmlDecode("{name}");
var user_name = "{gh}";
var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/{a.extra["cover"][:8]}/0?wx_fmt=png";
var msg_cdn_url = "{MMBIZ}/mmbiz_jpg/{a.extra["cover"]}/0?wx_fmt=jpeg";
var msg_link = "{wx_link(a).replace("&amp;", "&")}";
var ct = "{ct}";
{pubvar}var svr_time = "{epoch(a.extra["collected"])}" * 1;
var copyright_stat = "{1 if a.extra["original"] else 0}";
</script>"""
        hidden = ' style="visibility: hidden;"' if a.extra["hidden"] else ""
        html = (head(f"{a.title} - {SITE}", a.ch.key, desc, og)
                + f"""<div class="wrap page">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="{_list_url(a.ch)}">{a.ch.name}</a> &gt; <span>正文</span></div>
<div class="main">
<div class="mirror-bar"><a class="acct" href="{_acct_url(slug)}"><img src="/static/avatar/{slug}.jpg" alt="">{name}</a><span class="collect">收录于 {a.extra["collected"]:%Y-%m-%d %H:%M}</span>{reads}<a class="orig" href="https://mp.weixin.qq.com/s/{a.extra["short_link"]}" rel="nofollow" target="_blank">查看原文</a></div>
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
            {esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{"".join(meta)}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                        {name}                      </a>
<div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;"><div class="profile_inner"><strong class="profile_nickname">{name}</strong><img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">{ACCT_WXID[slug]}</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">{ACCT_INTRO[slug]}</span></p></div>
<span class="profile_arrow_wrp" id="js_profile_arrow_wrp"><i class="profile_arrow arrow_out"></i><i class="profile_arrow arrow_in"></i></span></div></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown_time}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;">发表于<span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content"{hidden}>
{js_content(a)}
</div>
<script type="text/javascript">var first_sceen__time = (+new Date()); if ("" == 1 && document.getElementById('js_content')) {{ document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }}); }}</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"><div class="reward-avatar"><img src="" alt=""></div><p class="reward_tips">喜欢作者</p></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
</div>
<div class="rich_media_tool_area" id="js_toobar3"><div class="rich_media_tool">
<a id="js_view_source" href="https://mp.weixin.qq.com/s/{a.extra["short_link"]}" class="media_tool_meta meta_primary">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
<span style="display:none;" class="media_tool_meta meta_extra meta_praise" id="like3"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3"></span></span>
</div></div>
<div class="wx_stream_article_slide_tip"><p>继续滑动看下一个</p></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<div class="interaction_bar" id="js_bottom_bar"><span class="like_btn">赞</span><span class="sns_opr_gap">，轻点两下取消赞</span><span class="looking_btn">在看</span><span class="sns_opr_gap">，轻点两下取消在看</span><span>分享</span><span>留言</span><span>收藏</span><span>听过</span></div>
<div class="weui-dialog" style="display:none;"><div class="weui-dialog__bd">微信扫一扫可打开此内容，<br>使用完整服务</div><div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn">知道了</a></div></div>
<div class="weui-dialog" style="display:none;"><div class="weui-dialog__bd">轻触阅读原文</div><div class="weui-dialog__ft"><a href="javascript:;">取消</a><a href="javascript:;">允许</a></div></div>
</div></div></div></div>
{script}
<div class="mirror-tips">声明：本文转载自微信公众号“{name}”，版权归原作者所有。如涉及作品内容、版权等问题，请与本站联系删除。</div>
<div class="box related"><h3>相关推荐</h3><ul>
{rel}
</ul></div>
<div class="box same-acct"><h3>{name}的更多文章</h3><ul>
{more_html}
</ul><a class="more" href="{_acct_url(slug)}">查看全部 &gt;</a></div>
</div>
{aside()}</div>
""" + foot())
        site.add(a.url, html)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=shown_time or None,
                         views_display=a.extra["reads"][0] if a.extra["reads"] else None,
                         views_approx=bool(a.extra["reads"] and a.extra["reads"][1]), related=related)

    # ------------------------------------------------------------------ category lists and account pages
    def card(x: Art, with_acct: bool) -> str:
        reads = f'<span class="num">阅读 {x.extra["reads"][0]}</span>' if x.extra["reads"] else ""
        acct = f'<a class="acct" href="{_acct_url(x.extra["acct"])}">{accts[x.extra["acct"]][0]}</a>' if with_acct else ""
        return (f'<li class="card"><a class="cover" href="{x.url}"><img data-original="{MMBIZ}/mmbiz_jpg/{x.extra["cover"]}/0?wx_fmt=jpeg" src="/static/img/blank.gif" alt=""></a>'
                f'<div class="info"><h4><a href="{x.url}" target="_blank">{esc(x.title)}</a></h4><p class="desc">{esc(content.paragraphs(x.blocks)[0][:60])}…</p>'
                f'<p class="meta">{acct}<span class="date">{x.when:%Y-%m-%d}</span>{reads}</p></div></li>')

    for ch in CATS:
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            for pos, x in enumerate(chunk, 1):
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.views, None)
            pager = ""
            if len(chunks) > 1:
                items = [f'<a href="{_list_url(ch, k - 1)}">上一页</a>'] if k > 1 else []
                items += [f'<span class="cur">{j}</span>' if j == k else f'<a href="{_list_url(ch, j)}">{j}</a>' for j in range(1, len(chunks) + 1)]
                if k < len(chunks):
                    items.append(f'<a href="{_list_url(ch, k + 1)}">下一页</a>')
                pager = f'<div class="pager">{"".join(items)}</div>'
            site.add(url, head(f"{ch.name}{'' if k == 1 else f' 第{k}页'} - {SITE}", ch.key)
                     + f'<div class="wrap page"><div class="crumbs"><a href="/">首页</a> &gt; <span>{ch.name}</span></div><div class="main">\n'
                     + f'<ul class="card-list">\n{chr(10).join(card(x, True) for x in chunk)}\n</ul>\n{pager}\n</div>\n{aside()}</div>\n' + foot())
            site.list_pages.append({"url": url, "aliases": []})
    for name, slug, _gh in content.ACCOUNTS:  # the account page: newest first, dates as 2025年06月05日
        url = _acct_url(slug)
        mine = [x for x in latest if x.extra["acct"] == slug]
        rows = []
        for pos, x in enumerate(mine, 1):
            rows.append(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="date">{x.when:%Y年%m月%d日}</span></li>')
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y年%m月%d日}", None, None)
        site.add(url, head(f"{name}公众号文章 - {SITE}", "gzh")
                 + f"""<div class="wrap page"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/gzh/">公众号大全</a> &gt; <span>{name}</span></div><div class="main">
<div class="acct-card"><img src="/static/avatar/{slug}.jpg" alt="{name}"><h2>{name}</h2><p>微信号：{ACCT_WXID[slug]}</p><p>功能介绍：{ACCT_INTRO[slug]}</p><p>已收录 {len(mine)} 篇文章</p></div>
<ul class="title-list">
{chr(10).join(rows)}
</ul>
</div>
{aside()}</div>
""" + foot())
        site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ home, account index, about, 404, robots
    accs = "\n".join(f'<li><a href="{_acct_url(s)}"><img src="/static/avatar/{s}.jpg" alt=""><strong>{n_}</strong><p>{ACCT_INTRO[s]}</p></a></li>'
                     for n_, s, _ in content.ACCOUNTS)
    site.add("/gzh/", head(f"公众号大全 - {SITE}", "gzh") + f'<div class="wrap page"><div class="crumbs"><a href="/">首页</a> &gt; <span>公众号大全</span></div><div class="main"><ul class="acct-list">\n{accs}\n</ul></div>\n{aside()}</div>\n' + foot())
    site.non_articles.append({"url": "/gzh/", "reason": "account directory (accounts, not articles)"})
    home_items = [f'<li><a href="{x.url}">{esc(x.title)}</a><span class="acct">{accts[x.extra["acct"]][0]}</span><span class="date">{x.when:%m-%d}</span></li>' for x in latest[:12]]
    home_items.insert(4, f'<li><a href="{dead}">重磅！这家老牌配件厂宣布停产，员工安置方案曝光</a><span class="acct">汽配前哨</span><span class="date">{latest[3].when:%m-%d}</span></li>')
    site.add("/", head(f"{SITE} - 汽车零部件与后市场公众号文章精选", "home") + f"""<div class="wrap page"><div class="main">
<div class="box"><h3>最新收录</h3><ul class="home-list">
{chr(10).join(home_items)}
</ul></div>
<div class="box"><h3>热门公众号</h3><ul class="acct-list">
{accs}
</ul></div>
</div>
{aside()}</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (an article the account deleted; the mirror removed it but the home page still links it)"})
    site.add("/about.html", head(f"关于我们 - {SITE}", "") + f"""<div class="wrap page"><div class="main"><div class="box about">
<h2>关于我们</h2><p>{SITE}收录汽车零部件、汽配流通和汽车后市场领域的优质微信公众号文章，方便行业读者在电脑上集中阅读。</p>
<h3 id="copyright">版权声明</h3><p>本站所有文章均转载自微信公众号公开内容，版权归原作者及公众号所有。如有侵权，请联系我们删除。</p>
<h3 id="contact">联系我们</h3><p>邮箱：service@qpgonghao.example.com</p></div></div></div>
""" + foot())
    site.non_articles.append({"url": "/about.html", "reason": "about page"})
    site.add("/404.html", head(f"页面不存在 - {SITE}", "") + '<div class="wrap page"><div class="main"><div class="box empty"><h2>文章不存在或已被删除</h2><p>该内容已被发布者删除，或因违规已无法查看。</p><p><a href="/">返回首页</a></p></div></div></div>\n' + foot())
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /search\nDisallow: /api/\nDisallow: /static/\n\nSitemap: {BASE}/sitemap.xml\n").encode()
    return site
