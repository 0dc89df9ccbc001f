"""Shim for ``scrapyd-deploy`` (it builds the egg with ``python setup.py bdist_egg``).

All configuration is in pyproject.toml (package data, the ``scrapy`` settings entry point).
"""

from setuptools import setup

setup()
