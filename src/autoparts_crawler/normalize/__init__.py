"""Normalizers for page text: publish dates and view/comment counts (pure Python, no scrapy).

See ``docs/normalization.md`` for the contract analysts can rely on.
"""

from .counts import CountResult, normalize_count
from .dates import DateResult, normalize_date, split_listing_date
from .published import SOURCE_RANK, resolve_published, url_date

__all__ = [
    "SOURCE_RANK", "CountResult", "DateResult", "normalize_count", "normalize_date", "resolve_published",
    "split_listing_date", "url_date",
]
