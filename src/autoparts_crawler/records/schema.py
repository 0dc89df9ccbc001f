"""JSON Schema of the output records, for analysts (and for validating crawl output)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from autoparts_crawler.records.models import RECORD_MODELS

SCHEMA_PACKAGE = "autoparts_crawler.records.schema_files"


def record_schema(kind: str = "article") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record kind: article, listing or reject."""
    schema = RECORD_MODELS[kind].model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_json(kind: str = "article") -> str:
    """The schema as the committed file holds it (stable key order, trailing newline)."""
    return json.dumps(record_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def committed_schema(kind: str = "article") -> str:
    """The schema file shipped in the package (kept in sync by a test)."""
    return resources.files(SCHEMA_PACKAGE).joinpath(f"{kind}.schema.json").read_text(encoding="utf-8")
