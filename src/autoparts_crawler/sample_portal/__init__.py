"""Bundled sample auto-parts B2B news portal (汽配网), crawled offline by default.

The site under ``www/`` and its ground truth ``truth.json`` are produced by
:func:`tools.generate_sample_portal.generate` (deterministic, stdlib only) and
committed so the package works without network access. Regenerate with::

    python -m tools.generate_sample_portal src/autoparts_crawler/sample_portal --articles 28

All links are page-relative, so the same files work under ``file:///…/www/`` and over HTTP
at any root. All content (companies, brands, people, numbers) is invented.
"""
