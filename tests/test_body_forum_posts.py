"""A forum thread's article is its first post: replies after it (each with its own 发表于 time line)
and the poster's signature are no body. Own small page, through the public ``extract_article``."""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

FIRST = [
    "随着新排放标准全面实施，尾气后处理行业正在经历新一轮调整，多家催化剂企业的配方都在更新。",
    "贵金属用量下降主要得益于技术进步，新一代薄壁载体提升了催化效率，分区涂覆也更加成熟。",
    "载体厂商的订单出现明显分化，能够供应超薄壁载体的企业订单饱满，传统产品则面临降价压力。",
    "混合动力车型的快速增长对后处理系统提出了新挑战，发动机频繁启停导致排气温度波动，低温起燃更难。",
]


def post(pid: int, user: str, when: str, message: str, sign: str = "") -> str:
    return (f"<div id='post_{pid}'><table class='plhin'><tr><td class='pls'><div class='authi'><a href='space-uid-{pid}.html'>{user}</a></div></td>"
            f"<td class='plc'><div class='pi'><div class='authi'><em>发表于 <span title='{when}'>6 天前</span></em>"
            f"</div></div><div class='pct'><div class='t_f'>{message}</div></div></td></tr>"
            + (f"<tr><td class='plc'><div class='sign'>{sign}</div></td></tr>" if sign else "")
            + "</table></div>")


def test_replies_and_signature_after_the_first_post_are_no_body() -> None:
    html = ("<html><head><meta charset='utf-8'><title>新排放标准下的后处理行业 - 行业资讯 - 汽配论坛</title></head><body>"
            "<div id='postlist'><h1>新排放标准下的后处理行业</h1>"
            + post(1, "车友_8813", "2026-11-24 16:32", "<br><br>".join(FIRST), sign="签名：专注汽配二十年，欢迎交流")
            + post(2, "轮毂老王", "2026-11-24 18:05", "沙发！感谢楼主分享，后处理这块水很深")
            + "</div></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://bbs.example.cn/thread-1-1-1.html",
                          fetched_at="2026-11-30T09:00:00+08:00")
    assert all(p in rec.body_text for p in FIRST)
    assert "沙发" not in rec.body_text and "签名" not in rec.body_text
