"""The item pipeline: each fetched page goes through :func:`vnpolice.pipeline.process`.

Nothing else in the crawler writes articles. The page is handed over as the store knows it
(mirror base URLs mapped to the real site, see ``urlmap``) with its WARC file and offset; the
crawl state then keeps the response validators (ETag, Last-Modified) for conditional requests
and marks the fetched URL ``duplicate`` when the page names another canonical URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpolice.crawler.items import FetchedPage
from vnpolice.crawler.state import crawl_state
from vnpolice.pipeline import RawPage, process

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

STORED = frozenset({"new", "new_version", "unchanged"})


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.state = crawl_state(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        spider = self.crawler.spider
        url_map = spider.url_map  # type: ignore[union-attr]
        fetched = url_map.to_stored(item.url)
        raw = RawPage(
            url=fetched,
            body=url_map.body(item.body),
            headers=item.headers,
            fetched_at=item.fetched_at,
            status=item.status,
            warc_file=item.warc_file,
            warc_offset=item.warc_offset,
        )
        outcome = process(self.state.session, raw)
        count = self.state.count
        if outcome.status in ("new", "new_version"):
            count(item.site, "articles")
            if outcome.status == "new_version":
                count(item.site, "new_versions")
        elif outcome.status == "failed":
            count(item.site, "errors")
        else:
            count(item.site, outcome.status)
        count(item.site, "events", outcome.events)
        source_id = spider.source_ids.get(item.site)  # type: ignore[union-attr]
        etag = item.headers.get("ETag") or item.headers.get("Etag")
        last_modified = item.headers.get("Last-Modified")
        if fetched == outcome.url:
            self.state.validators(fetched, etag, last_modified, source_id)
        else:  # the validators belong to the URL fetched, not to the canonical one
            state = "duplicate" if outcome.status in STORED else outcome.status
            reason = f"canonical {outcome.url}" if state == "duplicate" else outcome.reason
            self.state.mark(
                fetched,
                state,
                reason,
                source_id=source_id,
                status=item.status,
                etag=etag,
                last_modified=last_modified,
                warc=(item.warc_file, item.warc_offset) if item.warc_file else None,
            )
        return item
