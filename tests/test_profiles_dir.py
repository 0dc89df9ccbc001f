"""AUTOPARTS_PROFILES_DIR: site profiles from a folder outside the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from autoparts_crawler import sites
from autoparts_crawler.sites import (
    ProfileFileError,
    available_profiles,
    load_profile,
    profile_for_url,
    use_profiles_dir,
)

ROOT = Path(__file__).resolve().parents[1]

USER_PROFILE = """
name = "{name}"
description = "user profile"
start_urls = ["https://news.example.com/"]
allowed_domains = ["news.example.com"]

[article]
title = "h1.headline"

[coverage]
pages = 12

[coverage.fields]
title = 1.0
"""


@pytest.fixture(autouse=True)
def _reset(monkeypatch):
    monkeypatch.delenv(sites.PROFILES_DIR_ENV, raising=False)
    use_profiles_dir(None)
    yield
    use_profiles_dir(None)


def test_env_folder_adds_profiles_by_name_and_host(tmp_path, monkeypatch):
    (tmp_path / "mynews.toml").write_text(USER_PROFILE.format(name="mynews"), encoding="utf-8")
    assert "mynews" not in available_profiles()
    monkeypatch.setenv(sites.PROFILES_DIR_ENV, str(tmp_path))
    profile = load_profile("mynews")
    assert profile.article.title == "h1.headline"
    assert profile.coverage.pages == 12 and profile.coverage.fields == {"title": 1.0}
    assert profile_for_url("https://news.example.com/a/1.html").name == "mynews"
    assert "sample" in available_profiles()  # bundled ones stay


def test_user_profile_named_like_a_bundled_one_wins(tmp_path):
    (tmp_path / "sample.toml").write_text(USER_PROFILE.format(name="sample"), encoding="utf-8")
    use_profiles_dir(tmp_path)  # the Scrapy setting's way in (commands/crawl.py)
    assert load_profile("sample").description == "user profile"
    use_profiles_dir(None)
    assert load_profile("sample").description != "user profile"


def test_name_defaults_to_file_name(tmp_path):
    (tmp_path / "nameless.toml").write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    use_profiles_dir(tmp_path)
    assert load_profile("nameless").name == "nameless"


@pytest.mark.parametrize("text, words", [
    ("name = [", "not valid TOML"),
    ('name = "bad"\n[article]\ntitel = "h1"\n', "article.titel"),
    ('name = "bad"\n[urls]\narticle = ["(unclosed"]\n', "bad URL pattern"),
    ('name = "other"\n', "differs from the file name"),
])
def test_bad_file_is_one_error_naming_the_file(tmp_path, text, words):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    use_profiles_dir(tmp_path)
    with pytest.raises(ProfileFileError) as info:
        available_profiles()
    message = str(info.value)
    assert str(path) in message and words in message and "\n" not in message


def test_missing_folder_is_an_error(tmp_path):
    use_profiles_dir(tmp_path / "nope")
    with pytest.raises(ProfileFileError, match="is not a directory"):
        load_profile("sample")


def test_scrapy_crawl_bad_profile_file_is_one_line(tmp_path):
    (tmp_path / "broken.toml").write_text("name = [", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "site=broken",
                           "-s", f"AUTOPARTS_PROFILES_DIR={tmp_path}", "-s", "LOG_LEVEL=CRITICAL",
                           "-O", str(tmp_path / "out.jsonl")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if str(tmp_path / "broken.toml") in line]
    assert len(lines) == 1 and "not valid TOML" in lines[0], proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
