"""DEPTH_LIMIT counts navigation hops, not the list pages of one channel or the pages of one article.

Scrapy's DepthMiddleware gives every request its source's depth + 1 and drops it silently past
``DEPTH_LIMIT``: page 10 of a channel's list, or page 2 of an article reached at the limit, was
never fetched, with no record, reject or counter. Here a request whose meta carries
:data:`SAME_DEPTH_META` (the spider sets it on a list's next page and on an article's
continuation) keeps its source's depth, so neither is ever cut; every other drop is counted in
``autoparts/limits/depth_skipped`` beside Scrapy's ``depth/request_ignored_count``.
"""

from __future__ import annotations

from scrapy.http import Request, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware

#: request meta key: this request is the same navigation step as its source (pagination, continuation)
SAME_DEPTH_META = "autoparts_same_depth"


class NavigationDepthMiddleware(DepthMiddleware):
    """DepthMiddleware where pagination and article continuations do not add depth."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is not None and request.meta.pop(SAME_DEPTH_META, False):
            depth = response.meta.get("depth", 0)
            request.meta["depth"] = depth
            if self.prio:
                request.priority -= depth * self.prio
            self.stats.inc_value("autoparts/limits/same_depth")
            return request
        processed = super().get_processed_request(request, response)
        if processed is None:
            self.stats.inc_value("autoparts/limits/depth_skipped")
        return processed
