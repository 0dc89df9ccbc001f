"""Request dupefilters: Scrapy's (one machine) and scrapy-redis' (distributed), each leaving a trace
when a redirect lands on an already-crawled page."""
