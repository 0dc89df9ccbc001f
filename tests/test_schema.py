"""The committed JSON Schema files stay in sync with the record models."""

from __future__ import annotations

import subprocess
import sys

import jsonschema
import pytest

from autoparts_crawler.records.schema import committed_schema, record_schema, schema_json


@pytest.mark.parametrize("kind", ["article", "listing", "reject"])
def test_committed_schema_matches_models(kind):
    assert committed_schema(kind) == schema_json(kind), (
        f"regenerate: python -m autoparts_crawler schema --kind {kind} > "
        f"src/autoparts_crawler/schema_files/{kind}.schema.json")


def test_schema_command_prints_it():
    out = subprocess.run([sys.executable, "-m", "autoparts_crawler", "schema"], capture_output=True, text=True,
                         check=True).stdout
    assert out == schema_json("article")


def test_schema_rejects_a_bad_record():
    validator = jsonschema.Draft202012Validator(record_schema("article"))
    errors = list(validator.iter_errors({"record_type": "article", "url": "x", "views": -1}))
    assert errors  # missing required fields and a negative count


@pytest.mark.parametrize("kind", ["article", "listing"])
def test_publication_fields_have_date_formats(kind):
    props = record_schema(kind)["properties"]
    assert props["published_date"]["format"] == "date"
    assert props["published_at"]["format"] == "date-time"
    assert props["fetched_at"]["format"] == "date-time"


def test_related_entries_carry_both_date_fields_and_a_reason():
    related = record_schema("article")["$defs"]["RelatedEntry"]["properties"]
    assert {"published_date", "published_at", "published_reason", "published_raw"} <= set(related)
