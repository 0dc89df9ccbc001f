"""Persistent crawl state for incremental crawls: what each article looked like when last seen.

Remembers, per canonical article URL, its content hash, revision and when it was first /
last seen / last changed, and per fetched article page its ETag / Last-Modified, so the
next run can send conditional requests and tell new, revised and unchanged articles apart.

Two backends with one interface: :class:`SqliteState` (a local file; one machine) and
:class:`RedisState` (a Redis hash per site; shared by every machine of a distributed
crawl). No Scrapy import here.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol


def utc_now() -> str:
    """Now, ISO 8601 UTC with seconds precision (the state's timestamp format)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the state knows about one article."""

    url: str
    content_hash: str
    revision: int
    first_seen: str
    last_seen: str
    last_changed: str


@dataclass(frozen=True, slots=True)
class Validators:
    """HTTP cache validators of one fetched page (either may be None)."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


class CrawlState(Protocol):
    """The incremental-state interface the middleware and the pipeline use."""

    def article(self, url: str) -> ArticleState | None: ...
    def validators(self, page_url: str) -> Validators | None: ...
    def record_article(self, url: str, content_hash: str, revision: int,
                       pages: dict[str, Validators], seen_at: str | None = None) -> None: ...
    def touch(self, url: str, pages: dict[str, Validators] | None = None, seen_at: str | None = None) -> None: ...
    def touch_page(self, page_url: str, seen_at: str | None = None) -> None: ...
    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY, content_hash TEXT NOT NULL, revision INTEGER NOT NULL,
    first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, last_changed TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, article_url TEXT NOT NULL, etag TEXT, last_modified TEXT, seen_at TEXT NOT NULL);
"""


class SqliteState:
    """Incremental state in one SQLite file (WAL, autocommit: every write is durable at once)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=30)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def article(self, url: str) -> ArticleState | None:
        with self._lock:
            row = self._db.execute("SELECT url, content_hash, revision, first_seen, last_seen, last_changed "
                                   "FROM articles WHERE url = ?", (url,)).fetchone()
        return ArticleState(*row) if row else None

    def validators(self, page_url: str) -> Validators | None:
        with self._lock:
            row = self._db.execute("SELECT etag, last_modified FROM pages WHERE url = ?", (page_url,)).fetchone()
        return Validators(*row) if row and (row[0] or row[1]) else None

    def _pages(self, article_url: str, pages: dict[str, Validators], seen_at: str) -> None:
        self._db.executemany(
            "INSERT INTO pages (url, article_url, etag, last_modified, seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET article_url = excluded.article_url, etag = excluded.etag, "
            "last_modified = excluded.last_modified, seen_at = excluded.seen_at",
            [(page, article_url, v.etag, v.last_modified, seen_at) for page, v in pages.items()])

    def record_article(self, url: str, content_hash: str, revision: int,
                       pages: dict[str, Validators], seen_at: str | None = None) -> None:
        """Store a new or revised article (called once its record is written)."""
        seen_at = seen_at or utc_now()
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO articles (url, content_hash, revision, first_seen, last_seen, last_changed) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET content_hash = excluded.content_hash, "
                "revision = excluded.revision, last_seen = excluded.last_seen, last_changed = excluded.last_changed",
                (url, content_hash, revision, seen_at, seen_at, seen_at))
            self._pages(url, pages, seen_at)

    def touch(self, url: str, pages: dict[str, Validators] | None = None, seen_at: str | None = None) -> None:
        """Mark an unchanged article as seen now (and refresh its pages' validators)."""
        seen_at = seen_at or utc_now()
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute("UPDATE articles SET last_seen = ? WHERE url = ?", (seen_at, url))
            if pages:
                self._pages(url, pages, seen_at)

    def touch_page(self, page_url: str, seen_at: str | None = None) -> None:
        """A 304 for this page: its article is unchanged and seen now."""
        seen_at = seen_at or utc_now()
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute("UPDATE pages SET seen_at = ? WHERE url = ?", (seen_at, page_url))
            self._db.execute("UPDATE articles SET last_seen = ? WHERE url = "
                             "(SELECT article_url FROM pages WHERE url = ?)", (seen_at, page_url))

    def counts(self) -> dict[str, int]:
        """Number of articles and pages remembered."""
        with self._lock:
            return {"articles": self._db.execute("SELECT count(*) FROM articles").fetchone()[0],
                    "pages": self._db.execute("SELECT count(*) FROM pages").fetchone()[0]}

    def close(self) -> None:
        with self._lock:
            self._db.close()


class RedisState:
    """Incremental state in two Redis hashes per site (articles, pages): shared by all machines."""

    def __init__(self, server: Any, namespace: str) -> None:
        self.server = server
        self.articles_key = f"{namespace}:articles"
        self.pages_key = f"{namespace}:pages"

    @staticmethod
    def _load(raw: Any) -> dict[str, Any] | None:
        if raw is None:
            return None
        return json.loads(raw.decode() if isinstance(raw, bytes) else raw)

    def article(self, url: str) -> ArticleState | None:
        data = self._load(self.server.hget(self.articles_key, url))
        return ArticleState(url=url, **data) if data else None

    def validators(self, page_url: str) -> Validators | None:
        data = self._load(self.server.hget(self.pages_key, page_url))
        if not data:
            return None
        found = Validators(data.get("etag"), data.get("last_modified"))
        return found or None

    def _page_values(self, article_url: str, pages: dict[str, Validators], seen_at: str) -> dict[str, str]:
        return {page: json.dumps({"article_url": article_url, "etag": v.etag, "last_modified": v.last_modified,
                                  "seen_at": seen_at}) for page, v in pages.items()}

    def record_article(self, url: str, content_hash: str, revision: int,
                       pages: dict[str, Validators], seen_at: str | None = None) -> None:
        seen_at = seen_at or utc_now()
        old = self.article(url)
        value = {"content_hash": content_hash, "revision": revision,
                 "first_seen": old.first_seen if old else seen_at, "last_seen": seen_at, "last_changed": seen_at}
        pipe = self.server.pipeline()
        pipe.hset(self.articles_key, url, json.dumps(value))
        if pages:
            pipe.hset(self.pages_key, mapping=self._page_values(url, pages, seen_at))
        pipe.execute()

    def touch(self, url: str, pages: dict[str, Validators] | None = None, seen_at: str | None = None) -> None:
        seen_at = seen_at or utc_now()
        old = self.article(url)
        if old is not None:
            value = {"content_hash": old.content_hash, "revision": old.revision, "first_seen": old.first_seen,
                     "last_seen": seen_at, "last_changed": old.last_changed}
            self.server.hset(self.articles_key, url, json.dumps(value))
        if pages:
            self.server.hset(self.pages_key, mapping=self._page_values(url, pages, seen_at))

    def touch_page(self, page_url: str, seen_at: str | None = None) -> None:
        data = self._load(self.server.hget(self.pages_key, page_url))
        if data:
            self.touch(data["article_url"], seen_at=seen_at)

    def close(self) -> None:
        return None


def open_state(path: str | Path) -> SqliteState:
    """The SQLite state at ``path`` (created on first use)."""
    return SqliteState(path)
