"""Family `b2bmall`: a B2B auto-parts marketplace with a news section (慧聪网 / 马可波罗 style)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .base import REFERENCE_TIME, Art, Channel, Family, esc

SITE = "汽配优选网"
MEGA = {
    "发动机系统": ["活塞", "曲轴", "凸轮轴", "气门", "正时皮带", "水泵", "机油泵", "缸垫"],
    "制动系统": ["刹车片", "刹车盘", "制动卡钳", "制动总泵", "ABS泵", "刹车油管", "手刹拉线", "制动鼓"],
    "底盘悬挂": ["减震器", "摆臂", "球头", "稳定杆", "轮毂轴承", "悬架弹簧", "衬套", "转向拉杆"],
    "电气电子": ["蓄电池", "发电机", "起动机", "点火线圈", "火花塞", "传感器", "继电器", "线束"],
    "车身附件": ["大灯总成", "尾灯", "后视镜", "雨刮器", "车门把手", "保险杠", "中网", "叶子板"],
    "空调热管理": ["空调压缩机", "冷凝器", "蒸发器", "暖风水箱", "电子风扇", "膨胀阀", "散热器", "节温器"],
    "传动系统": ["离合器片", "变速箱", "传动轴", "半轴", "差速器", "同步器", "飞轮", "万向节"],
    "滤清器": ["机油滤清器", "空气滤清器", "空调滤清器", "燃油滤清器", "柴油滤清器", "尿素滤芯", "油水分离器",
            "变速箱滤网"],
    "新能源配件": ["电池包", "电机控制器", "充电枪", "DC-DC转换器", "车载充电机", "高压连接器", "PTC加热器",
              "电子水泵"],
    "汽保工具": ["举升机", "四轮定位仪", "轮胎拆装机", "诊断仪", "扭力扳手", "千斤顶", "空压机", "洗车机"],
}
FIRMS = ["瑞安市恒达汽配有限公司", "台州市宏远制动器厂", "广州市顺驰汽车配件商行", "丹阳市明辉车灯有限公司",
         "十堰东风配件经销部", "温州奥星汽车电器有限公司", "临沂市鲁通轴承有限公司", "河北清河滤清器厂",
         "宁波北仑精密铸件有限公司", "长春一汽配套件经销中心", "重庆渝驰摩配有限公司", "襄阳楚天车桥配件厂"]
CARS = ["大众朗逸", "丰田卡罗拉", "本田雅阁", "日产轩逸", "别克英朗", "哈弗H6", "五菱宏光", "比亚迪秦", "解放J6", "东风天龙"]


class B2BMall(Family):
    name = "b2bmall"
    site_name = SITE
    encoding = "utf-8"
    declared = "utf-8"
    header_charset = "utf-8"
    n_articles = 36
    per_page = 8
    home_path = "/"
    about_path = "/about/about.html"
    contact_path = "/about/contact.html"
    not_found = "/404.html"
    robots = "User-agent: *\nDisallow: /member/\nDisallow: /search/\nDisallow: /ajax/\n"
    size_weights = (0.3, 0.5, 0.2)

    def __init__(self) -> None:
        super().__init__()
        self.channels = [Channel("12", "行业动态", ["data", "expo", "after", "invest"], 12),
                         Channel("15", "企业新闻", ["invest", "order", "finance"], 15),
                         Channel("18", "政策法规", ["policy"], 18),
                         Channel("21", "技术前沿", ["tech"], 21)]

    def dates(self, rnd: random.Random, n: int) -> list[dt.datetime]:
        out = set()
        while len(out) < n:
            d = REFERENCE_TIME - dt.timedelta(days=rnd.randint(0, 260), hours=rnd.randint(0, 23))
            d = d.replace(minute=rnd.randint(0, 59), second=0)
            if d < REFERENCE_TIME:
                out.add(d)
        return sorted(out)

    def make_aid(self, i: int, when: dt.datetime, rnd: random.Random) -> int:
        return 402100 + i * 37 + rnd.randint(0, 30)

    def meta(self, a: Art, rnd: random.Random) -> None:
        a.source = rnd.choice(content.SOURCES + [SITE, SITE + "综合"]) if rnd.random() < 0.9 else None
        if a.source == SITE + "综合":
            a.source = SITE
        a.author = rnd.choice(content.AUTHORS) if rnd.random() < 0.65 else None
        a.editor = rnd.choice(content.EDITORS) if rnd.random() < 0.5 else None
        a.views = rnd.randint(180, 56000)
        a.views_disp = f"浏览量：{a.views:,}"
        a.date_disp = f"{a.when:%Y-%m-%d %H:%M}"
        a.time_shown = True
        a.x["lead"] = rnd.random() < 0.6
        a.x["kw"] = rnd.sample(content.SHORT_PRODUCTS, 3)
        a.x["prods"] = [(rnd.choice(sum(MEGA.values(), [])), rnd.choice(CARS), rnd.randint(12, 980) + rnd.choice([0, .5, .8]),
                         rnd.choice(FIRMS), rnd.randint(100000, 999999)) for _ in range(8)]

    def related_counts(self, rr: random.Random) -> tuple[int, int]:
        return rr.randint(4, 6), rr.randint(1, 2)

    def article_path(self, a: Art) -> str:
        return f"/news/detail-{a.aid}.html"

    def list_path(self, ch: Channel, n: int, npages: int) -> str:
        return f"/news/list-{ch.cid}.html" if n == 1 else f"/news/list-{ch.cid}-{n}.html"

    def list_aliases(self, ch: Channel, n: int, npages: int) -> list[str]:
        return [f"/news/list-{ch.cid}-1.html"] if n == 1 else []

    def list_date(self, a: Art) -> tuple[str | None, str | None]:
        return f"{a.when:%Y-%m-%d}", a.when.date().isoformat()

    def list_views(self, a: Art) -> int | None:
        return a.views

    def related_fields(self, r: Art) -> dict:
        return {"date": r.when.date().isoformat(), "views": None}

    def dead_url(self) -> str:
        return "/news/detail-399871.html"

    def extra_pages(self) -> dict[str, str]:
        return {"/news/": self.news_home()}

    def extra_non_articles(self) -> list[dict]:
        return [{"url": "/news/", "reason": "资讯中心 front page"}]

    # ---- chrome ------------------------------------------------------------------------
    def head(self, title: str, kw: str = "", desc: str = "") -> str:
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
                f'<title>{esc(title)}</title>\n<meta name="keywords" content="{esc(kw)}">\n'
                f'<meta name="description" content="{esc(desc)}">\n'
                '<link rel="stylesheet" href="//static.qipeiyx.com/css/common.css?v=20240312">\n'
                '<link rel="stylesheet" href="//static.qipeiyx.com/css/news.css?v=20240312">\n'
                '<script src="//static.qipeiyx.com/js/jquery-1.8.3.min.js"></script>\n</head>\n<body>\n')

    def topbar(self) -> str:
        return ('<div class="site-topbar"><div class="w1200"><span class="welcome">您好，欢迎来到汽配优选网！</span>'
                '<a href="https://passport.qipeiyx.com/login.html" rel="nofollow">请登录</a>'
                '<a href="https://passport.qipeiyx.com/register.html" rel="nofollow" class="red">免费注册</a>'
                '<ul class="top-links"><li><a href="/member/order/" rel="nofollow">我的订单</a></li>'
                '<li><a href="/member/" rel="nofollow">卖家中心</a></li><li><a href="https://m.qipeiyx.com/">手机版</a></li>'
                '<li><a href="/about/contact.html">客服中心</a></li></ul></div></div>\n')

    def header(self, active: str) -> str:
        hot = "".join(f'<a href="/search/?kw={k}&amp;t=product">{k}</a>' for k in ["刹车片", "轮毂轴承", "机油滤清器", "大灯总成",
                                                                                  "减震器", "火花塞"])
        cats = ""
        for k, (cat, subs) in enumerate(MEGA.items()):
            links = "".join(f'<a href="https://s.qipeiyx.com/list-{k + 1:02d}{j + 1:02d}.html">{s}</a>'
                            for j, s in enumerate(subs))
            brands = "".join(f'<a href="https://s.qipeiyx.com/brand-{k * 7 + j}.html">{b}</a>'
                             for j, b in enumerate(["博世", "法雷奥", "马勒", "天合", "NGK", "曼牌"][: 3 + k % 3]))
            cats += (f'<li class="cat-item"><div class="cat-name"><a href="https://s.qipeiyx.com/list-{k + 1:02d}.html">'
                     f'{cat}</a></div><div class="cat-pop"><div class="sub">{links}</div>'
                     f'<div class="brand"><span>热门品牌：</span>{brands}</div></div></li>')
        nav = [("/", "首页"), ("https://s.qipeiyx.com/", "产品库"), ("https://company.qipeiyx.com/", "供应商"),
               ("https://buy.qipeiyx.com/", "求购"), ("/news/", "资讯"), ("https://expo.qipeiyx.com/", "展会"),
               ("https://brand.qipeiyx.com/", "品牌馆")]
        navs = "".join(f'<li{" class=cur" if label == active else ""}><a href="{h}">{label}</a></li>' for h, label in nav)
        return ('<div class="site-header"><div class="w1200"><a class="logo" href="/"><img src="//static.qipeiyx.com/img/'
                f'logo.png" alt="{SITE}"></a><div class="search"><div class="tabs"><span class="on">产品</span>'
                '<span>供应商</span><span>资讯</span></div><form action="/search/" method="get"><input name="kw" '
                'placeholder="请输入产品名称、OE号或车型"><button type="submit">搜 索</button></form>'
                f'<div class="hot-kw">热门搜索：{hot}</div></div><div class="hotline">全国服务热线<b>400-8xx-6688</b></div>'
                '</div></div>\n<div class="site-nav"><div class="w1200"><div class="all-cat"><h2>全部商品分类</h2>'
                f'<ul class="cat-list">{cats}</ul></div><ul class="nav">{navs}</ul></div></div>\n')

    def footer(self) -> str:
        cols = {"新手指南": ["注册流程", "采购流程", "常见问题"], "采购保障": ["正品保障", "七天退换", "货到付款"],
                "商家服务": ["商家入驻", "推广服务", "诚信通会员"], "关于我们": ["公司简介", "联系我们", "招贤纳士"]}
        blocks = ""
        for k, (h, items) in enumerate(cols.items()):
            links = "".join(f'<a href="{"/about/about.html" if x == "公司简介" else "/about/contact.html" if x == "联系我们" else f"https://help.qipeiyx.com/{k}{j}.html"}">{x}</a>'
                            for j, x in enumerate(items))
            blocks += f'<dl><dt>{h}</dt><dd>{links}</dd></dl>'
        return ('<div class="site-footer"><div class="w1200"><div class="help">' + blocks + '</div>'
                '<div class="flink">友情链接：<a href="https://www.autohome.example/">汽车资讯</a> '
                '<a href="https://www.partsbase.example/">配件数据库</a></div><div class="copy">'
                '<p><a href="/about/about.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | '
                '<a href="https://help.qipeiyx.com/law.html">法律声明</a> | <a href="https://help.qipeiyx.com/sitemap.html">'
                '网站地图</a></p><p>Copyright © 2008-2026 qipeiyx.com All Rights Reserved 汽配优选网 版权所有</p>'
                '<p>增值电信业务经营许可证：浙B2-20080123 <a href="https://beian.miit.gov.cn/" rel="nofollow">'
                '浙ICP备08012345号-1</a> 浙公网安备 33038102000123号</p></div></div></div>\n'
                '<script src="//static.qipeiyx.com/js/common.js"></script>\n'
                '<script>var _hmt=_hmt||[];</script>\n</body>\n</html>\n')

    def side(self) -> str:
        firms = "".join(f'<li><a href="https://shop{300 + k}.qipeiyx.com/" target="_blank" class="name">{f}</a>'
                        f'<p>主营：{"、".join(MEGA[list(MEGA)[k % 10]][:3])}</p><span class="cxt">诚信通第{3 + k % 9}年</span></li>'
                        for k, f in enumerate(FIRMS[:10]))
        hot = "".join(f'<li><i class="n{k + 1}">{k + 1}</i><a href="{self.article_path(a)}" title="{esc(a.title)}">'
                      f'{esc(a.title)}</a><span>浏览量：{a.views:,}</span></li>' for k, a in enumerate(self.top))
        tags = "".join(f'<a href="/search/?kw={t}&amp;t=news">{t}</a>' for t in content.SHORT_PRODUCTS)
        return ('<div class="side"><div class="side-box supplier"><div class="hd"><h3>供应商推荐</h3>'
                '<a href="https://company.qipeiyx.com/">更多&gt;</a></div>'
                f'<ul>{firms}</ul></div><div class="side-ad"><a href="https://ad.qipeiyx.com/click?id=88" rel="nofollow">'
                '<img src="//img.qipeiyx.com/ad/side300x250.jpg" alt="广告"></a></div>'
                f'<div class="side-box rank"><div class="hd"><h3>热门资讯</h3></div><ul>{hot}</ul></div>'
                f'<div class="side-box tags"><div class="hd"><h3>热门标签</h3></div><div class="bd">{tags}</div></div></div>')

    # ---- pages -------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out = []
        for b in a.blocks:
            if b[0] == "p":
                out.append(f"<p>\u3000\u3000{esc(b[1])}</p>")
            elif b[0] == "h":
                out.append(f"<p><strong>\u3000\u3000{esc(b[1])}</strong></p>")
            elif b[0] == "img":
                out.append(f'<p style="text-align:center"><img src="//img.qipeiyx.com/news/{a.when:%Y%m}/{a.aid}_'
                           f'{len(out)}.jpg" alt="{esc(a.title)}" onload="if(this.width>700)this.width=700"></p>')
                out.append(f'<p style="text-align:center">{esc(b[1])}</p>')
            elif b[0] == "table":
                head, *rows = b[1]
                th = "".join(f"<th>{esc(c)}</th>" for c in head)
                trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                out.append(f'<table class="news-table" border="1" cellpadding="4"><thead><tr>{th}</tr></thead>'
                           f"<tbody>{trs}</tbody></table>")
            elif b[0] == "ul":
                out.extend(f"<p>\u3000\u3000{esc(x)}</p>" for x in b[1])
        return "\n".join(out)

    def article_html(self, a: Art) -> str:
        src = ""
        if a.source:
            src = (f'<span class="source">来源：<a href="https://www.qipeiyx.com/" target="_blank">{esc(a.source)}</a></span>'
                   if a.source == SITE else f'<span class="source">来源：{esc(a.source)}</span>')
        info = (src + (f'<span class="author">作者：{esc(a.author)}</span>' if a.author else "")
                + f'<span class="time">{a.date_disp}</span><span class="view">{a.views_disp}</span>')
        first = content.paragraphs(a.blocks)[0]
        lead = (f'<div class="news-lead"><b>【导读】</b>{esc(first[:48])}……</div>' if a.x["lead"] else "")
        editor = f'<div class="news-editor">责任编辑：{esc(a.editor)}</div>' if a.editor else ""
        kw = "".join(f'<a href="/search/?kw={k}&amp;t=news">{k}</a>' for k in a.x["kw"])
        share = ('<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a>'
                 '<a class="wb" href="javascript:;">新浪微博</a><a class="qq" href="javascript:;">QQ好友</a></div>')
        disclaimer = ('<div class="disclaimer"><p>免责声明：凡本网注明“来源：汽配优选网”的所有作品，版权均属于汽配优选网，'
                      '未经授权不得转载。本网转载并注明其他来源的稿件，是本着为读者传递更多信息之目的，'
                      '并不意味着赞同其观点或证实其内容的真实性。如涉及作品内容、版权等问题，请在30日内与本网联系。</p></div>')
        prev = (f'<p>上一篇：<a href="{self.article_path(a.prev)}">{esc(a.prev.title)}</a></p>' if a.prev
                else "<p>上一篇：没有了</p>")
        nxt = (f'<p>下一篇：<a href="{self.article_path(a.next)}">{esc(a.next.title)}</a></p>' if a.next
               else "<p>下一篇：没有了</p>")
        prods = "".join(
            f'<li><a href="https://product.qipeiyx.com/detail-{pid}.html" target="_blank"><img src="//img.qipeiyx.com/p/'
            f'{pid}.jpg" alt=""><p class="name">{name} 适用{car}</p></a><p class="price">¥{price:.2f}</p>'
            f'<p class="firm"><a href="https://shop{pid % 900}.qipeiyx.com/" target="_blank">{firm}</a></p></li>'
            for name, car, price, firm, pid in a.x["prods"])
        rel = "".join(f'<li><a href="{self.article_path(r)}" target="_blank">{esc(r.title)}</a>'
                      f'<span class="time">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        crumb = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; '
                 f'<a href="{self.list_path(a.ch, 1, 1)}">{a.ch.name}</a> &gt; 正文</div>')
        main = (f'<div class="w1200 news-wrap">{crumb}<div class="main"><div class="news-detail">'
                f'<h1 class="news-title">{esc(a.title)}</h1><div class="news-info">{info}</div>{lead}'
                f'<div class="news-content" id="newsContent">\n{self.body_html(a)}\n</div>{editor}'
                f'<div class="news-kw">关键词：{kw}</div>{share}{disclaimer}<div class="news-page">{prev}{nxt}</div></div>'
                f'<div class="rec-products"><div class="hd"><h3>相关产品推荐</h3><a href="https://s.qipeiyx.com/">更多产品&gt;</a>'
                f'</div><ul class="grid">{prods}</ul></div>'
                f'<div class="related-news"><div class="hd"><h3>相关资讯</h3></div><ul>{rel}</ul></div>'
                '<div class="comment-box"><div class="hd"><h3>我要评论</h3></div><textarea placeholder="请登录后发表评论">'
                '</textarea><a class="btn" href="https://passport.qipeiyx.com/login.html" rel="nofollow">登录后评论</a></div>'
                f'</div>{self.side()}</div>\n')
        return (self.head(f"{a.title}_{a.ch.name}_{SITE}", ",".join(a.x["kw"]), first[:90]) + self.topbar()
                + self.header("资讯") + main + self.footer())

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Art]) -> str:
        items = ""
        for a in entries:
            first = content.paragraphs(a.blocks)[0]
            src = f'<span class="src">来源：{esc(a.source)}</span>' if a.source else ""
            pic = any(b[0] == "img" for b in a.blocks)
            items += ('<li class="item">' + (f'<div class="pic"><a href="{self.article_path(a)}" target="_blank"><img '
                                             f'src="//img.qipeiyx.com/news/{a.when:%Y%m}/{a.aid}_s.jpg" alt=""></a></div>'
                                             if pic else "")
                      + f'<div class="txt"><h3><a href="{self.article_path(a)}" target="_blank" title="{esc(a.title)}">'
                      f'{esc(a.title)}</a></h3><p class="desc">{esc(first[:70])}...<a href="{self.article_path(a)}" '
                      f'target="_blank">[详细]</a></p><div class="info">{src}<span class="time">{self.list_date(a)[0]}'
                      f'</span><span class="view">浏览：{a.views:,}</span></div></div></li>')
        pg = []
        pg.append(f'<a href="/news/list-{ch.cid}-{n - 1}.html" class="prev">上一页</a>' if n > 1 else
                  '<span class="disabled">上一页</span>')
        for k in range(1, npages + 1):
            pg.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="/news/list-{ch.cid}-{k}.html">{k}</a>')
        pg.append(f'<a href="/news/list-{ch.cid}-{n + 1}.html" class="next">下一页</a>' if n < npages else
                  '<span class="disabled">下一页</span>')
        pg.append(f'<span class="total">共{npages}页</span>')
        tabs = "".join(f'<a href="{self.list_path(c, 1, 1)}"{" class=cur" if c is ch else ""}>{c.name}</a>'
                       for c in self.channels)
        main = (f'<div class="w1200 news-wrap"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                f'<a href="/news/">资讯中心</a> &gt; {ch.name}</div><div class="main"><div class="news-tabs">{tabs}</div>'
                f'<div class="news-list"><ul>{items}</ul></div><div class="pages">{"".join(pg)}</div></div>'
                f'{self.side()}</div>\n')
        suffix = f"_第{n}页" if n > 1 else ""
        return (self.head(f"{ch.name}{suffix}_资讯中心_{SITE}", f"{ch.name},汽配资讯") + self.topbar() + self.header("资讯")
                + main + self.footer())

    def news_home(self) -> str:
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)
        blocks = ""
        for ch in self.channels:
            lis = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
                          for a in [x for x in latest if x.ch is ch][:6])
            blocks += (f'<div class="news-block"><div class="hd"><h3>{ch.name}</h3><a href="{self.list_path(ch, 1, 1)}">'
                       f'更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
        main = f'<div class="w1200 news-wrap"><div class="main">{blocks}</div>{self.side()}</div>\n'
        return self.head(f"资讯中心_{SITE}", "汽配资讯") + self.topbar() + self.header("资讯") + main + self.footer()

    def home_html(self, dead: str) -> str:
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)
        news = "".join(f'<li><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a>'
                       f'<span>{a.when:%m-%d}</span></li>' for a in latest[:8])
        news += f'<li><a href="{dead}">【专题】2026年度汽配供应商百强榜</a><span>专题</span></li>'
        floors = ""
        for k, (cat, subs) in enumerate(list(MEGA.items())[:5]):
            cells = "".join(f'<li><a href="https://product.qipeiyx.com/detail-{500000 + k * 100 + j}.html">'
                            f'<img src="//img.qipeiyx.com/p/{k}{j}.jpg" alt=""><p>{s}</p><b>¥{(j + 3) * 17 + k}.00</b></a></li>'
                            for j, s in enumerate(subs))
            floors += f'<div class="floor"><div class="hd"><h2>{k + 1}F {cat}</h2></div><ul>{cells}</ul></div>'
        main = (f'<div class="w1200 home"><div class="banner"><a href="https://expo.qipeiyx.com/"><img src="//img.qipeiyx.com/'
                f'banner/1.jpg" alt=""></a></div><div class="home-news"><div class="hd"><h3>行业资讯</h3>'
                f'<a href="/news/">更多&gt;</a></div><ul>{news}</ul></div>{floors}</div>\n')
        return (self.head(f"{SITE}_汽车配件B2B采购批发平台", "汽车配件,汽配批发,汽配采购", "汽配优选网是专业的汽车配件B2B平台。")
                + self.topbar() + self.header("首页") + main + self.footer())

    def static_html(self, kind: str) -> str:
        title, text = {"about": ("关于我们", "<p>汽配优选网成立于2008年，是国内领先的汽车配件B2B电子商务平台，"
                                            "汇聚汽配供应商十余万家。</p>"),
                       "contact": ("联系我们", "<p>客服热线：400-8xx-6688</p><p>地址：浙江省瑞安市汽摩配产业园xx号</p>")}[kind]
        main = f'<div class="w1200 about"><h1>{title}</h1>{text}</div>\n'
        return self.head(f"{title}_{SITE}") + self.topbar() + self.header("") + main + self.footer()

    def not_found_html(self) -> str:
        return (self.head(f"页面不存在_{SITE}") + self.topbar() + '<div class="w1200 e404"><h1>抱歉，您访问的页面不存在</h1>'
                '<p><a href="/">返回首页</a> <a href="/news/">浏览资讯</a></p></div>\n' + self.footer())
