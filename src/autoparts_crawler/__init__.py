"""autoparts_crawler: crawl Chinese industry portals into validated JSON Lines."""

__version__ = "0.1.0"
