"""Template drift: the window rule (table), the pipeline + extension on a project crawler, the run's
health check, and the profile's ``[coverage]`` / version fields."""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from autoparts_crawler.extensions.drift import DriftMonitor, DriftWindow
from autoparts_crawler.pipelines.drift import DriftPipeline
from autoparts_crawler.records.context import ArticlePage, PageContext
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.scheduled.runner import assess, load_thresholds
from autoparts_crawler.sites import Coverage, SiteProfile, current_version, load_profile, version_on
from tests.conftest import project_crawler


def pages(pattern: str) -> list[dict[str, bool]]:
    """``"HHHM-"``: one page per letter, H = the selector matched, M = it missed, - = no selector on the page."""
    return [{} if c == "-" else {"f": c == "H"} for c in pattern]


def run(window: DriftWindow, pattern: str) -> list[tuple[int, str, bool]]:
    """(page number, sample URL, first) of every drift event."""
    events = []
    for i, hits in enumerate(pages(pattern), start=1):
        events += [(i, e.url, e.first) for e in window.observe(f"u{i}", hits)]
    return events


@pytest.mark.parametrize(("expected", "size", "min_pages", "margin", "pattern", "events"), [
    # steady: never drifts
    (1.0, 10, 5, 0.3, "H" * 30, []),
    # one miss in a window of 10 is 0.9: within the margin
    (1.0, 10, 5, 0.3, "HHHHHMHHHHHHHHHH", []),
    # the template changes after page 10: window share 7/10 = 0.7 is not below 0.7; 6/10 is, at page 14
    (1.0, 10, 5, 0.3, "H" * 10 + "M" * 5, [(14, "u14", True), (15, "u15", False)]),
    # not judged before min_pages: all misses from the start, first judged at page 5 (a miss)
    (1.0, 10, 5, 0.3, "MMMMMM", [(5, "u5", True), (6, "u6", False)]),
    # judged only once min_pages is reached on a page that matched: the sample is the latest miss
    (1.0, 10, 5, 0.3, "MMMMH", [(5, "u4", True)]),
    # while drifting, only pages that missed are counted
    (1.0, 10, 5, 0.3, "MMMMMHM", [(5, "u5", True), (7, "u7", False)]),
    # recovery: the template comes back, the window fills with hits, counting stops (the warning was given)
    (1.0, 4, 2, 0.3, "MM" + "H" * 4 + "M", [(2, "u2", True)]),
    # a field the profile found on 60 % of its pages: 2 of 10 is below 0.3, 4 of 10 is not
    (0.6, 10, 10, 0.3, "HMMMHMMMMM", [(10, "u10", True)]),
    (0.6, 10, 10, 0.3, "HMMHMMHMHM", []),
    # pages without the field's selector are not evidence either way
    (1.0, 10, 3, 0.3, "-M-M-M", [(6, "u6", True)]),
    # a field found on 20 % of the profile's pages can never drift by 0.3
    (0.2, 10, 5, 0.3, "M" * 20, []),
])
def test_window_rule(expected, size, min_pages, margin, pattern, events):
    assert run(DriftWindow({"f": expected}, size, min_pages, margin), pattern) == events


def test_window_judges_each_field_apart():
    window = DriftWindow({"a": 1.0, "b": 1.0}, size=4, min_pages=2, margin=0.3)
    out = [window.observe(f"u{i}", {"a": True, "b": i > 2}) for i in range(1, 5)]
    assert [[e.field for e in events] for events in out] == [[], ["b"], [], []]
    assert window.coverage("a") == (1.0, 4) and window.coverage("b") == (0.5, 4)


@pytest.mark.parametrize(("size", "min_pages"), [(0, 1), (5, 0), (5, 6)])
def test_window_refuses_an_impossible_size(size, min_pages):
    with pytest.raises(ValueError, match="min_pages"):
        DriftWindow({"f": 1.0}, size, min_pages)


# --- pipeline + extension on a project crawler ----------------------------------------------------

def article(url: str, **hits: bool) -> ArticlePage:
    ctx = PageContext(url=url, site="sample", fetched_at=datetime(2026, 11, 28, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    return ArticlePage(raw=RawArticle(title="t", paragraphs=["p"], extractor="profile:sample", selector_hits=hits),
                       ctx=ctx)


def test_pipeline_tells_the_extension_and_counts_drift(tmp_path, caplog):
    crawler = project_crawler(tmp_path, AUTOPARTS_DRIFT_WINDOW=10, AUTOPARTS_DRIFT_MIN_PAGES=5)
    assert crawler.spider.profile.name == "sample" and crawler.spider.profile.coverage.fields["published"] == 1.0
    pipeline = DriftPipeline.from_crawler(crawler)
    assert crawler.get_extension(DriftMonitor) is not None
    with caplog.at_level(logging.WARNING, logger="autoparts_crawler.extensions.drift"):
        for i in range(10):
            item = article(f"http://h/a{i}.html", title=True, published=True, author=i % 2 == 0)
            assert pipeline.process_item(item) is item
        for i in range(10, 16):  # the template changes: the date's selector finds nothing any more
            pipeline.process_item(article(f"http://h/a{i}.html", title=True, published=False, author=True))
    stats = crawler.stats.get_stats()
    # window 10: 7 of 10 matched at page 13 is not below 1.0 - 0.3; 6 of 10 at page 14 is
    assert stats["autoparts/drift/published"] == 3
    assert stats["autoparts/drift/published/sample_url"] == "http://h/a13.html"
    assert stats["autoparts/drift/published/window_coverage"] == 0.6
    assert stats["autoparts/drift/published/profile_coverage"] == 1.0
    assert "autoparts/drift/title" not in stats and "autoparts/drift/author" not in stats  # author: 0.69 - 0.3
    assert stats["autoparts/selectors/pages"] == 16
    assert stats["autoparts/selectors/fallback/published"] == 6 and stats["autoparts/selectors/hit/title"] == 16
    warnings = [r.getMessage() for r in caplog.records if r.name == "autoparts_crawler.extensions.drift"]
    assert len(warnings) == 1 and "'published'" in warnings[0] and "http://h/a13.html" in warnings[0]


def test_generic_pages_and_profiles_without_coverage_are_not_judged(tmp_path):
    crawler = project_crawler(tmp_path, AUTOPARTS_DRIFT_WINDOW=2, AUTOPARTS_DRIFT_MIN_PAGES=1)
    pipeline = DriftPipeline.from_crawler(crawler)
    for i in range(5):
        pipeline.process_item(article(f"http://h/g{i}.html"))  # generic extractor: no selector hits
    assert not any(k.startswith(("autoparts/drift", "autoparts/selectors")) for k in crawler.stats.get_stats())

    monitor = crawler.get_extension(DriftMonitor)
    monitor.configure(crawler.spider.profile.model_copy(update={"coverage": None}))
    for i in range(5):
        pipeline.process_item(article(f"http://h/p{i}.html", published=False))
    stats = crawler.stats.get_stats()
    assert stats["autoparts/selectors/fallback/published"] == 5 and "autoparts/drift/published" not in stats


def test_drift_can_be_switched_off(tmp_path):
    crawler = project_crawler(tmp_path, AUTOPARTS_DRIFT_ENABLED=False)
    assert crawler.get_extension(DriftMonitor) is None
    DriftPipeline.from_crawler(crawler).process_item(article("http://h/a.html", published=False))


@pytest.mark.parametrize("settings", [{"AUTOPARTS_DRIFT_WINDOW": 0}, {"AUTOPARTS_DRIFT_MIN_PAGES": 0},
                                      {"AUTOPARTS_DRIFT_MARGIN": 1.5}])
def test_impossible_drift_settings_stop_the_crawl_before_it_starts(settings):
    from scrapy.utils.test import get_crawler

    import autoparts_crawler.settings as project

    values = {k: v for k, v in vars(project).items() if k.startswith("AUTOPARTS_DRIFT_")}
    with pytest.raises(ValueError, match=r"AUTOPARTS_DRIFT_WINDOW=.*expected a window"):
        DriftMonitor.from_crawler(get_crawler(settings_dict={**values, **settings}))


# --- the run's health check -----------------------------------------------------------------------

HEALTHY = {"autoparts/quality/items": 40, "autoparts/quality/field/title": 40, "autoparts/quality/field/body_text": 40,
           "autoparts/quality/field/published_date": 40, "autoparts/pages/article": 40,
           "autoparts/normalize/articles": 40, "autoparts/selectors/pages": 40, "autoparts/selectors/fallback/author": 9}


@pytest.mark.parametrize(("drift", "problems"), [
    ({}, []),
    ({"autoparts/drift/published": 17, "autoparts/drift/published/sample_url": "http://h/show-31.html",
      "autoparts/drift/published/window_coverage": 0.5, "autoparts/drift/published/profile_coverage": 1.0},
     ["drift_published: the profile's selector matched 0.5 of the recent article pages (profile: 1.0); "
      "17 article pages fell back to the generic extractor, e.g. http://h/show-31.html"]),
])
def test_assess_reports_drift_as_a_problem_naming_the_field_and_a_url(drift, problems):
    report = assess({**HEALTHY, **drift}, load_thresholds([]))
    assert report["problems"] == problems
    assert list(report["drift"]) == [k.rsplit("/", 1)[1] for k in drift if k.count("/") == 2]


# --- profile schema: coverage and versions --------------------------------------------------------

def test_coverage_table_reads_from_toml_shape():
    import tomllib

    data = tomllib.loads('name = "x"\n[coverage]\npages = 40\n[coverage.fields]\ntitle = 1.0\nauthor = 0.5\n')
    profile = SiteProfile.model_validate(data)
    assert profile.coverage == Coverage(pages=40, fields={"title": 1.0, "author": 0.5})
    assert SiteProfile(name="y").coverage is None


@pytest.mark.parametrize("fields", [{"titel": 1.0}, {"title": 1.5}, {"title": -0.1}, {"body_exclude": 1.0}])
def test_coverage_refuses_unknown_fields_and_non_fractions(fields):
    with pytest.raises(ValidationError, match="coverage"):
        Coverage(pages=3, fields=fields)


def test_sample_profile_coverage_is_the_measured_one():
    coverage = load_profile("sample").coverage
    assert coverage.pages == 29 and coverage.fields["title"] == 1.0 and coverage.fields["author"] == 0.6897


def test_versions_current_and_by_day():
    v1 = SiteProfile(name="s", version=1, valid_until=date(2026, 6, 30))
    v2 = SiteProfile(name="s", version=2, valid_until=date(2026, 11, 30))
    v3 = SiteProfile(name="s", version=3)
    versions = [v1, v2, v3]
    assert current_version(versions) is v3
    assert current_version([v1, v2]) is v2  # every version closed: the newest one
    assert version_on(versions, date(2026, 1, 1)) is v1
    assert version_on(versions, date(2026, 6, 30)) is v1
    assert version_on(versions, date(2026, 7, 1)) is v2
    assert version_on(versions, date(2026, 12, 1)) is v3
    assert load_profile("sample", on=date(2020, 1, 1)) is load_profile("sample")  # one version only
    with pytest.raises(ValidationError):
        SiteProfile(name="s", version=0)
