"""Downloader middlewares of the project, one per module."""
