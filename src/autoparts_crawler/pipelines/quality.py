"""Measure what goes out: field coverage and U+FFFD (garbled text) in emitted records."""

from __future__ import annotations

import json
from typing import Any

from autoparts_crawler.pipelines.base import StatsPipeline, is_article_dict

COVERED_FIELDS = ("title", "body_text", "author", "editor", "source", "category", "published_date", "published_at", "views",
                  "comments")


class QualityPipeline(StatsPipeline):
    """Counts items, non-empty fields (autoparts/quality/field/<name>) and U+FFFD characters."""

    area = "quality"

    def process_item(self, item: Any) -> Any:
        if not is_article_dict(item):
            return item
        self.inc("items")
        for name in COVERED_FIELDS:
            if item.get(name) not in (None, "", []):
                self.inc(f"field/{name}")
        if item.get("related"):
            self.inc("field/related")
            self.inc("related_entries", len(item["related"]))
        replacement = json.dumps(item, ensure_ascii=False).count("\ufffd")
        if replacement:
            self.inc("fffd_chars", replacement)
            self.inc("fffd_items")
        return item
