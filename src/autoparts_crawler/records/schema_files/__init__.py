"""Committed JSON Schema files of the record kinds (see autoparts_crawler.records.schema)."""
