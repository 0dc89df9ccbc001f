"""Flattened text dumps -> article fields + every related entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from autoparts_crawler.extraction.textdump import split_text_dump

FIX = Path(__file__).parent / "fixtures" / "generic"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_2bd5f7ee1eeda784.txt"


def test_own_dump_fixture() -> None:
    art = split_text_dump((FIX / "dump_site.txt").read_text("utf-8"), "http://chepinhui.example/a/1.html")
    assert art.extractor == "textdump"
    assert art.title == "机油滤清器召回扩大至三个批次"
    assert art.subtitle == "涉及车型已全部通知车主"
    assert len(art.paragraphs) == 3 and art.paragraphs[0].startswith("3月2日")
    assert (art.editor, art.comments_raw) == ("宋雨", "7")
    assert [(r.title, r.category, r.date_raw, r.tag, r.views_raw) for r in art.related] == [
        ("冬季轮胎选购指南：花纹深度比品牌更重要", "评测", "28 Feb2024", None, "15"),
        ("华盛部件发布新一代空气滤清器 过滤效率提升", "新闻", "20 Feb2024", "华盛", "2301"),
        ("雨刮器更换周期调查", "新闻", "11 Jan2024", None, "96"),
    ]


def test_dump_without_header_or_editor() -> None:
    text = "一条没有站点头的标题\n\n正文第一段，有标点。\n正文第二段，也有标点。\n条目标题 新闻\n01\nJan2024\n5\n"
    art = split_text_dump(text)
    assert art.title == "一条没有站点头的标题"
    assert art.paragraphs == ["正文第一段，有标点。", "正文第二段，也有标点。"]
    assert len(art.related) == 1 and art.related[0].views_raw == "5"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not present")
def test_seed_dump_gives_one_article_and_51_related() -> None:
    art = split_text_dump(SEED.read_text("utf-8"))
    assert art.title and art.paragraphs and art.editor
    assert art.comments_raw == "0"
    assert len(art.related) == 51
    assert all(r.date_raw and " " in r.date_raw and r.views_raw for r in art.related)
    assert all(r.category in ("新闻", "评测") for r in art.related)
    assert not any(r.title.endswith((" 新闻", " 评测")) for r in art.related)
