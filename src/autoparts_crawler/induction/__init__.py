"""Profile induction: learn a site profile from a sample of the site's own pages.

Pure (no Scrapy): :func:`induce_profile` takes ``(url, html)`` pages and returns an
:class:`Induction` (a :class:`~autoparts_crawler.sites.SiteProfile` plus the evidence per rule);
:func:`profile_toml` writes it. ``autoparts-crawler induce`` collects the pages with a real crawl;
:mod:`.update` (``induce --update NAME``) proposes the next version of an existing profile.
"""

from autoparts_crawler.induction.induce import FieldEvidence, Induction, induce_profile
from autoparts_crawler.induction.toml import profile_toml

__all__ = ["FieldEvidence", "Induction", "induce_profile", "profile_toml"]
