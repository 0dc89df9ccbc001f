"""Rejects: why raw fields did not become a record, and the one constructor of reject records."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import ValidationError

from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.records.raw import RawArticle


class RecordRejected(Exception):
    """Raised when raw fields cannot become a valid record."""

    def __init__(self, reason: str, detail: str, stage: str = "validate") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.stage = reason, detail, stage


def first_error(exc: ValidationError) -> tuple[str, str]:
    """(``missing_<field>`` / ``invalid_<field>``, detail) of a failed validation."""
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": str(exc), "type": "invalid"}
    where = ".".join(str(x) for x in first.get("loc", ())) or "record"
    missing = first.get("type") in ("missing", "string_too_short", "too_short") or first.get("input") in (None, "", [])
    return (f"missing_{where}" if missing else f"invalid_{where}",
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5]))


def raw_as_dict(raw: RawArticle | None) -> dict[str, Any] | None:
    """Raw fields as plain JSON-able data, kept in rejects for re-processing."""
    return asdict(raw) if raw is not None else None


def make_reject(url: str, *, reason: str, stage: str, detail: str | None = None, site: str | None = None,
                http_status: int | None = None, fetched_at: str | None = None,
                raw: dict[str, Any] | None = None) -> RejectRecord:
    """A reject record (one constructor so every producer fills the same fields)."""
    return RejectRecord(url=url, site=site, stage=stage, reason=reason, detail=detail,
                        http_status=http_status, fetched_at=fetched_at, raw=raw)
