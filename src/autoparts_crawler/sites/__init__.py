"""Site profiles: per-portal differences kept as data (TOML files in ``profiles/``).

A profile names start URLs, allowed domains, timezone, URL patterns that tell article
pages from list pages, and selectors per field. Portals nobody profiled get
:func:`generic_profile`, which leaves every selector empty so the generic extractor
decides. Adding a portal means adding one TOML file, no code: either in the package's
``profiles/`` or in a folder named by ``AUTOPARTS_PROFILES_DIR`` (environment variable, or the
Scrapy setting of that name), whose ``NAME.toml`` files win over bundled profiles of the same name (an older version
beside it: ``NAME.vN.toml``).

A profile may record how often each selector matched when it was made (``[coverage]``):
the crawl compares that with what the selectors match now (``extensions/drift.py``). A
re-made profile is a new *version* of the same name in its own file; the old one stays,
closed by ``valid_until`` (as fundus versions its parsers), and :func:`load_profile`
gives the current one unless asked for the version of a given day.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

#: Plain string lists (an alias, because models below have a field named ``list``).
StrList = list[str]
#: A selector: CSS (with ::text / ::attr()), "xpath:..." or a list of alternatives.
Selector = str | StrList


class UrlPatterns(BaseModel):
    """Regexes searched in a page URL; they decide what a page is without parsing it."""

    model_config = ConfigDict(extra="forbid")

    article: StrList = Field(default_factory=StrList, description="Article pages (emitted as records).")
    list: StrList = Field(default_factory=StrList, description="List/home pages (followed, not emitted).")
    continuation: StrList = Field(default_factory=StrList, description="Later pages of split articles.")
    deny: StrList = Field(default_factory=StrList, description="Never followed.")

    @field_validator("article", "list", "continuation", "deny")
    @classmethod
    def _compiles(cls, patterns: StrList) -> StrList:
        for pattern in patterns:
            re.compile(pattern)
        return patterns


class ListSelectors(BaseModel):
    """Selectors on list pages."""

    model_config = ConfigDict(extra="forbid")

    article_links: Selector | None = None
    next_page: Selector | None = None


class ArticleSelectors(BaseModel):
    """Selectors on article pages; an empty one falls back to the generic extractor."""

    model_config = ConfigDict(extra="forbid")

    title: Selector | None = None
    subtitle: Selector | None = None
    body: Selector | None = None
    body_exclude: StrList = Field(default_factory=StrList)
    author: Selector | None = None
    editor: Selector | None = None
    source: Selector | None = None
    published: Selector | None = None
    category: Selector | None = None
    views: Selector | None = None
    comments: Selector | None = None
    canonical: Selector | None = None
    next_page: Selector | None = None


class RelatedSelectors(BaseModel):
    """Selectors of the related-news block; ``item`` selects one element per entry."""

    model_config = ConfigDict(extra="forbid")

    item: Selector | None = None
    title: Selector | None = None
    url: Selector | None = None
    category: Selector | None = None
    day: Selector | None = None
    month_year: Selector | None = None
    date: Selector | None = None
    tag: Selector | None = None
    views: Selector | None = None


#: ``[coverage.fields]`` keys: the article selectors plus ``related`` (the ``[related] item`` selector)
COVERAGE_FIELDS = frozenset(ArticleSelectors.model_fields) - {"body_exclude"} | {"related"}


class Coverage(BaseModel):
    """How often each selector matched on the article pages the profile was made from.

    TOML: ``[coverage]`` ``pages = 40`` and ``[coverage.fields]`` ``title = 1.0`` (one line per
    field). A crawl whose selectors match a field much less often than this is drifting
    (the site changed its template): see ``extensions/drift.py``.
    """

    model_config = ConfigDict(extra="forbid")

    pages: int = Field(0, ge=0, description="Article pages the fractions were measured on.")
    fields: dict[str, float] = Field(
        default_factory=dict,
        description="Field name as in [article] (plus 'related') -> fraction of those article pages where "
                    "the profile's selector matched (0..1). Fields not listed are not watched for drift.")

    @field_validator("fields")
    @classmethod
    def _known_fractions(cls, fields: dict[str, float]) -> dict[str, float]:
        for name, share in fields.items():
            if name not in COVERAGE_FIELDS:
                raise ValueError(f"coverage of unknown field {name!r}; known: {', '.join(sorted(COVERAGE_FIELDS))}")
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"coverage of {name!r} is {share}: expected a fraction from 0 to 1")
        return fields


class SiteProfile(BaseModel):
    """Everything site-specific about one portal."""

    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    generic: bool = Field(False, description="True for an unprofiled portal (generic extractor only).")
    timezone: str = "Asia/Shanghai"
    date_order: str | None = Field(None, pattern="^(DMY|MDY)$")
    bundled: str | None = Field(None, description="Package folder holding a bundled offline copy.")
    start_urls: StrList = Field(default_factory=StrList)
    allowed_domains: StrList = Field(default_factory=StrList)
    urls: UrlPatterns = Field(default_factory=UrlPatterns)
    list: ListSelectors = Field(default_factory=ListSelectors)
    article: ArticleSelectors = Field(default_factory=ArticleSelectors)
    related: RelatedSelectors = Field(default_factory=RelatedSelectors)
    coverage: Coverage | None = Field(None, description="Selector coverage measured when the profile was made "
                                                        "(drift detection); None: not watched.")
    version: int = Field(1, ge=1, description="Version of this site's profile: a re-made profile is the next "
                                              "number, in its own file, under the same name.")
    valid_until: date | None = Field(None, description="Last day this version applied (set when a newer version "
                                                       "replaces it; kept to re-read pages of those days). "
                                                       "None: the current version.")

    def bundled_root(self) -> Path | None:
        """Filesystem folder of the bundled copy, if the profile has one."""
        if not self.bundled:
            return None
        return Path(str(resources.files("autoparts_crawler").joinpath(self.bundled))).resolve()

    def resolved_start_urls(self) -> StrList:
        """Start URLs, with bundled relative paths turned into file:// URIs."""
        root = self.bundled_root()
        if root is None:
            return list(self.start_urls)
        return [(root / url).as_uri() if "://" not in url else url for url in self.start_urls]

    def page_kind(self, url: str) -> str | None:
        """'article', 'continuation', 'list' or None (unknown) from the URL patterns alone."""
        for kind, patterns in (
            ("continuation", self.urls.continuation),
            ("article", self.urls.article),
            ("list", self.urls.list),
        ):
            if any(re.search(p, url) for p in patterns):
                return kind
        return None

    def denies(self, url: str) -> bool:
        """True when the profile says never to follow this URL."""
        return any(re.search(p, url) for p in self.urls.deny)


class UnknownSiteError(ValueError):
    """Raised for a site name with no profile."""


class ProfileFileError(ValueError):
    """A profile file that cannot be read; the message is one line naming the file."""


PROFILE_PACKAGE = "autoparts_crawler.sites.profiles"
#: environment variable (and Scrapy setting) naming a folder of user profiles (``NAME.toml``)
PROFILES_DIR_ENV = "AUTOPARTS_PROFILES_DIR"
_configured_dir: str | None = None


def use_profiles_dir(path: str | os.PathLike[str] | None) -> None:
    """Take user profiles from ``path`` (the ``AUTOPARTS_PROFILES_DIR`` Scrapy setting); None: the
    environment variable decides again."""
    global _configured_dir
    _configured_dir = os.fspath(path) if path else None


def profiles_dir() -> Path | None:
    """The user profile folder: the configured setting, else ``$AUTOPARTS_PROFILES_DIR``, else None."""
    value = _configured_dir or os.environ.get(PROFILES_DIR_ENV)
    return Path(value).expanduser() if value else None


def parse_profile(text: str, origin: str, default_name: str | None = None) -> SiteProfile:
    """A profile from TOML text; any problem is a :class:`ProfileFileError` naming ``origin``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileFileError(f"profile file {origin}: not valid TOML: {exc}") from None
    if default_name and "name" not in data:
        data["name"] = default_name
    try:
        return SiteProfile.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors())
        raise ProfileFileError(f"profile file {origin}: {problems}") from None
    except re.error as exc:
        raise ProfileFileError(f"profile file {origin}: bad URL pattern: {exc}") from None


def read_profile_file(path: Path) -> SiteProfile:
    """One user profile file; its ``name`` (default: the file name) must be the file name."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileFileError(f"profile file {path}: cannot be read: {exc}") from None
    profile = parse_profile(text, str(path), default_name=path.stem.split(".", 1)[0])
    if profile.name != path.stem and not path.stem.startswith(profile.name + "."):
        raise ProfileFileError(f"profile file {path}: name {profile.name!r} differs from the file name "
                               f"(use {path.stem!r} or rename the file)")
    return profile


def current_version(versions: list[SiteProfile]) -> SiteProfile:
    """The version in force: the highest one without ``valid_until`` (else the highest one)."""
    open_ended = [p for p in versions if p.valid_until is None]
    return max(open_ended or versions, key=lambda p: p.version)


def version_on(versions: list[SiteProfile], day: date) -> SiteProfile:
    """The version that applied on ``day``: the earliest ``valid_until`` not before it, else the current one."""
    closed = sorted((p for p in versions if p.valid_until is not None and p.valid_until >= day),
                    key=lambda p: p.valid_until)  # type: ignore[arg-type, return-value]
    return closed[0] if closed else current_version(versions)


def _add_version(versions: dict[str, list[SiteProfile]], profile: SiteProfile, origin: str) -> None:
    same = versions.setdefault(profile.name, [])
    if any(p.version == profile.version for p in same):
        raise ProfileFileError(f"profile file {origin}: site {profile.name!r} version {profile.version} "
                               "is defined twice")
    same.append(profile)


@cache
def _bundled_versions() -> dict[str, list[SiteProfile]]:
    versions: dict[str, list[SiteProfile]] = {}
    for entry in sorted(resources.files(PROFILE_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            _add_version(versions, parse_profile(entry.read_text(encoding="utf-8"), entry.name), entry.name)
    return versions


def _user_versions(folder: Path) -> dict[str, list[SiteProfile]]:
    if not folder.is_dir():
        raise ProfileFileError(f"profile folder {folder} ({PROFILES_DIR_ENV}) is not a directory")
    versions: dict[str, list[SiteProfile]] = {}
    for path in sorted(folder.glob("*.toml")):
        _add_version(versions, read_profile_file(path), str(path))
    return versions


def profile_versions() -> dict[str, list[SiteProfile]]:
    """Every profile file by site name, its versions in ascending order: the user folder's
    (``AUTOPARTS_PROFILES_DIR``, read on each call so an edited file counts in the next crawl)
    first, then the bundled ones whose name no user file takes."""
    folder = profiles_dir()
    user = _user_versions(folder) if folder is not None else {}
    merged = user | {name: v for name, v in _bundled_versions().items() if name not in user}
    return {name: sorted(same, key=lambda p: p.version) for name, same in merged.items()}


def available_profiles() -> dict[str, SiteProfile]:
    """The current version of every profile, by name (user profiles first: the host lookup
    finds them before bundled ones)."""
    return {name: current_version(versions) for name, versions in profile_versions().items()}


def load_profile(name: str, on: date | None = None) -> SiteProfile:
    """The profile called ``name`` (the version in force on day ``on``, default the current one);
    :class:`UnknownSiteError` lists the valid names."""
    profiles = available_profiles()
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "(none)"
        raise UnknownSiteError(f"unknown site {name!r}; known sites: {known}")
    return profiles[name] if on is None else version_on(profile_versions()[name], on)


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose allowed domains cover ``url``'s host, if any."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    for profile in available_profiles().values():
        for domain in profile.allowed_domains:
            if host == domain or host.endswith("." + domain):
                return profile
    return None


def generic_profile(url: str, timezone: str = "Asia/Shanghai") -> SiteProfile:
    """A selector-free profile for a portal nobody profiled, named after its host."""
    host = (urlsplit(url).hostname or "local").lower()
    return SiteProfile(name=host, generic=True, timezone=timezone, start_urls=[url],
                       allowed_domains=[host] if urlsplit(url).scheme in ("http", "https") else [])
