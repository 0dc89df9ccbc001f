"""Scrapy extensions of the project, one per module; components find each other with
``crawler.get_extension(Class)``."""
