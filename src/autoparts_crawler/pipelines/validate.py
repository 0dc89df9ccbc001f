"""Validate normalized articles against the pydantic record model; invalid ones become rejects."""

from __future__ import annotations

from typing import Any

from autoparts_crawler.pipelines.base import StatsPipeline
from autoparts_crawler.records.build import validate_article
from autoparts_crawler.records.context import ArticlePage, fetched_at_iso
from autoparts_crawler.records.rejects import RecordRejected, make_reject, raw_as_dict


class ValidatePipeline(StatsPipeline):
    """ArticlePage with fields -> JSON-ready article dict, or a reject with the first error as reason."""

    area = "validate"

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        if item.fields is None:
            raise RuntimeError("NormalizePipeline must run before ValidatePipeline")
        try:
            record = validate_article(item.fields)
        except RecordRejected as exc:
            self.inc("invalid")
            self.inc(f"invalid/{exc.reason}")
            raise self.reject(make_reject(
                item.ctx.url, reason=exc.reason, stage=exc.stage, detail=exc.detail, site=item.ctx.site,
                http_status=item.ctx.http_status, fetched_at=fetched_at_iso(item.ctx), raw=raw_as_dict(item.raw),
            )) from None
        self.inc("valid")
        return record.model_dump(mode="json")
