"""Property tests for the normalizers: total functions, window, idempotence, count range."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from autoparts_crawler.normalize import normalize_count, normalize_date
from autoparts_crawler.normalize.dates import _site_tz

# NORMALIZE_MAX_EXAMPLES=20000 for a longer local fuzzing run
PROFILE = settings(max_examples=int(os.environ.get("NORMALIZE_MAX_EXAMPLES", "200")), deadline=None)

SITE_TZ = st.sampled_from(["Asia/Shanghai", "UTC", "+09:00", "-03:30", "America/New_York", "Europe/Berlin"])
FETCHED_AT = st.datetimes(
    min_value=datetime(1996, 1, 1),
    max_value=datetime(2090, 12, 31),
    timezones=st.sampled_from([UTC, ZoneInfo("Asia/Shanghai"), timezone(timedelta(hours=-7))]),
)
DATE_ORDER = st.sampled_from([None, "DMY", "MDY"])
YEAR_HINT = st.one_of(st.none(), st.integers(min_value=1990, max_value=2100))

# text that looks like dates often enough to reach every rule, plus arbitrary unicode
DATEISH = st.text(
    alphabet="0123456789０１２-/:. ,年月日号时分秒前后天周小个半刚今昨明T Z+GMTUTCampMayJanDec ago hours days 发布更新",
    max_size=40,
)
ANY_TEXT = st.one_of(st.text(max_size=80), DATEISH)


def _window_ok(value: str, fetched_at: datetime, tz: str) -> bool:
    site = _site_tz(tz)
    upper = fetched_at.astimezone(site) + timedelta(hours=24)
    if "T" in value:
        dt = datetime.fromisoformat(value)
        return dt.astimezone(site).date() >= date(1995, 1, 1) and dt <= upper
    day = date.fromisoformat(value)
    return date(1995, 1, 1) <= day <= upper.date()


@PROFILE
@given(text=ANY_TEXT, fetched_at=FETCHED_AT, tz=SITE_TZ, order=DATE_ORDER, hint=YEAR_HINT)
def test_normalize_date_total_windowed_idempotent(
    text: str, fetched_at: datetime, tz: str, order: str | None, hint: int | None
) -> None:
    kwargs = {"fetched_at": fetched_at, "tz": tz, "date_order": order, "year_hint": hint}
    result = normalize_date(text, **kwargs)
    assert result.raw == text
    if result.value is None:
        assert result.reason
        return
    assert result.reason is None
    assert _window_ok(result.value, fetched_at, tz), result
    again = normalize_date(result.value, **kwargs)
    assert again.value == result.value, (result, again)


@PROFILE
@given(
    moment=st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2026, 11, 28, 10)),
    fmt=st.sampled_from(
        ["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y年%m月%d日 %H:%M", "%d %b %Y %H:%M", "%b %d, %Y %H:%M"]
    ),
)
def test_formatted_datetimes_read_back(moment: datetime, fmt: str) -> None:
    fetched_at = datetime.fromisoformat("2026-11-28T10:00:00+08:00")
    expected = moment.replace(second=moment.second if "%S" in fmt else 0, microsecond=0)
    result = normalize_date(moment.strftime(fmt), fetched_at=fetched_at)
    assert result.value == expected.isoformat() + "+08:00", result


@PROFILE
@given(day=st.dates(min_value=date(1995, 1, 1), max_value=date(2026, 11, 29)))
def test_date_only_forms_never_invent_a_time(day: date) -> None:
    fetched_at = datetime.fromisoformat("2026-11-28T10:00:00+08:00")
    for text in (day.isoformat(), f"{day.year}年{day.month}月{day.day}日", day.strftime("%B %d, %Y")):
        assert normalize_date(text, fetched_at=fetched_at).value == day.isoformat()


COUNTISH = st.text(alphabet="0123456789,.万萬亿億千kKMwW+-%元¥ 阅读()：次views", max_size=30)


@PROFILE
@given(text=st.one_of(st.text(max_size=80), COUNTISH))
def test_normalize_count_total_and_in_range(text: str) -> None:
    result = normalize_count(text)
    assert result.raw == text
    if result.value is None:
        assert result.reason
        assert result.approx is False
    else:
        assert isinstance(result.value, int)
        assert 0 <= result.value <= 2**63 - 1
        assert result.reason is None


@PROFILE
@given(n=st.integers(min_value=0, max_value=2**63 - 1), label=st.sampled_from(["阅读({})", "{} views", "浏览：{}次"]))
def test_plain_counts_read_back(n: int, label: str) -> None:
    assert normalize_count(label.format(n)).value == n
    assert normalize_count(label.format(f"{n:,}")).value == n


FAST_SHAPES = st.one_of(
    st.builds(lambda y, m, d, hm: f"{y}-{m:02d}-{d:02d}{hm}", st.integers(1990, 2030), st.integers(0, 13),
              st.integers(0, 32), st.sampled_from(["", " 08:05", " 23:59:59", " 24:00"])),
    st.builds(lambda y, m, d, hm: f"{y}年{m}月{d}日{hm}", st.integers(1990, 2030), st.integers(0, 13),
              st.integers(0, 32), st.sampled_from(["", " 08:05", "08:05:09", " 7:61"])),
    st.builds(lambda d, mon, gap, y: f"{d:02d} {mon}{gap}{y}", st.integers(0, 32),
              st.sampled_from(["May", "Jun", "June", "Sept", "mai", "Foo", "März"]), st.sampled_from(["", " "]),
              st.integers(1990, 2030)),
)


@PROFILE
@given(FAST_SHAPES, FETCHED_AT, SITE_TZ, st.sampled_from([None, "zh-CN", "de", "fr"]))
def test_the_fast_paths_read_what_the_scan_reads(text, fetched_at, tz, lang):
    """The commonest shapes skip the general scan; a leading space sends the same text through it."""
    fast = normalize_date(text, fetched_at=fetched_at, tz=tz, lang=lang)
    scan = normalize_date(" " + text, fetched_at=fetched_at, tz=tz, lang=lang)
    assert (fast.value, fast.rule, fast.reason) == (scan.value, scan.rule, scan.reason)
