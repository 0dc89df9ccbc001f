"""Analysis of finished crawls for people downstream: HTML report, view-count history, Parquet export.

Reads the JSON Lines a crawl wrote (no Scrapy import): :mod:`.load` (feeds and their side files),
:mod:`.svg` (inline charts), :mod:`.report`, :mod:`.views`, :mod:`.export` (needs the ``analytics`` extra).
"""
