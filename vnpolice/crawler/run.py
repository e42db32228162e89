"""The run recorder extension: one ``crawl_run`` row per crawl, counts and a progress line.

The row is created when the spider opens, its counts saved at every progress tick (so a killed
run still shows how far it got) and closed with the finish reason: ``finished`` or what stopped
it (``shutdown``, ``closespider_...``). With ``VNPOLICE_PROGRESS`` > 0 a line of pages, articles,
events, errors, blocked and the rate goes to stderr every that many seconds.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from twisted.internet import task

from vnpolice.crawler.state import crawl_state

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler


def progress_line(counts: dict[str, Any], elapsed: float) -> str:
    rate = counts.get("pages", 0) / elapsed if elapsed > 0 else 0.0
    return (
        f"{counts.get('pages', 0)} pages  {counts.get('articles', 0)} articles  "
        f"{counts.get('events', 0)} events  {counts.get('errors', 0)} errors  "
        f"{counts.get('blocked', 0)} blocked  {rate:.1f} pages/s"
    )


class RunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("VNPOLICE_PROGRESS", 0.0)
        self.command = crawler.settings.get("VNPOLICE_COMMAND") or "scrapy crawl"
        self.arguments = crawler.settings.getlist("VNPOLICE_ARGUMENTS") or None
        self.started = time.monotonic()
        self.printed = 0.0
        self.loop: task.LoopingCall | None = None
        self.tty = sys.stderr.isatty()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.item_error, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        state = crawl_state(self.crawler)
        arguments = self.arguments or [spider.name, *getattr(spider, "real", {})]
        state.start_run(self.command, list(arguments))
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.interval if self.interval > 0 else 5.0, now=False)

    def tick(self) -> None:
        state = crawl_state(self.crawler)
        state.save_counts()
        if self.interval > 0:
            now = time.monotonic()
            if not self.tty and now - self.printed < 10 * self.interval:
                return  # a log file gets a line every ten ticks, a terminal one line redrawn
            self.printed = now
            line = progress_line(state.totals(), now - self.started)
            sys.stderr.write(("\r" + line + "\033[K") if self.tty else line + "\n")
            sys.stderr.flush()

    def spider_error(self, failure: Any, response: Any, spider: Spider) -> None:
        """A callback raised: count it and record it on the URL, the crawl goes on."""
        self._error(response, f"spider error: {failure.value!r}")

    def item_error(self, item: Any, response: Any, spider: Spider, failure: Any) -> None:
        self._error(response, f"store error: {failure.value!r}")

    def _error(self, response: Any, reason: str) -> None:
        meta = getattr(response, "meta", None) or {}
        site = meta.get("vnpolice_site")
        if not site:
            return
        state = crawl_state(self.crawler)
        state.session.rollback()
        state.count(site, "errors")
        spider: Any = self.crawler.spider
        state.mark(
            spider.url_map.to_stored(response.url),
            "failed",
            reason,
            source_id=spider.source_ids.get(site),
            status=response.status,
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        state = crawl_state(self.crawler)
        if self.interval > 0:
            line = progress_line(state.totals(), time.monotonic() - self.started)
            sys.stderr.write(("\r" + line + "\033[K\n") if self.tty else line + "\n")
        state.save_counts(status="finished" if reason == "finished" else reason)
        state.close()
