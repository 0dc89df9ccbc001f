"""Normalizers for page text: publish dates and view/comment counts (pure Python, no scrapy).

See ``docs/normalization.md`` for the contract analysts can rely on.
"""

from .counts import CountResult, normalize_count
from .dates import DateResult, normalize_date, split_listing_date

__all__ = ["CountResult", "DateResult", "normalize_count", "normalize_date", "split_listing_date"]
