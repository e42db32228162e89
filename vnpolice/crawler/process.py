"""Run the news spider in this process (``vnpolice crawl`` and ``vnpolice demo``).

A thin layer over Scrapy's ``CrawlerProcess``: the project settings, the caller's overrides and
the spider arguments in, the id of the recorded ``crawl_run`` out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class CrawlRequest:
    sites: list[str] = field(default_factory=list)
    start_url: str | None = None
    since: str | None = None
    until: str | None = None
    max_pages: int | None = None
    refresh: bool = False
    bases: dict[str, str] = field(default_factory=dict)  # site -> served base URL (mirrors)
    db: str | None = None
    warc_dir: Path = Path("warc")
    command: str = "crawl"
    arguments: list[str] = field(default_factory=list)
    progress: float = 1.0
    log_level: str = "ERROR"
    settings: Mapping[str, Any] = field(default_factory=dict)

    def spider_arguments(self) -> dict[str, Any]:
        args: dict[str, Any] = {"sites": ",".join(self.sites)}
        if self.start_url:
            args["start_url"] = self.start_url
        for name in ("since", "until", "max_pages"):
            if getattr(self, name) is not None:
                args[name] = str(getattr(self, name))
        if self.refresh:
            args["refresh"] = "1"
        args.update({f"base_{k}": v for k, v in self.bases.items()})
        return args


def project_settings(overrides: Mapping[str, Any] | None = None) -> Any:
    """The crawler's settings module plus ``overrides`` (at command-line priority)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("vnpolice.crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(request: CrawlRequest) -> int | None:
    """Crawl as asked; returns the ``crawl_run`` id (None if the crawl could not start)."""
    from scrapy.crawler import CrawlerProcess

    from vnpolice.crawler.spiders.news import NewsSpider

    overrides: dict[str, Any] = {
        "VNPOLICE_DB": request.db,
        "VNPOLICE_WARC_DIR": str(request.warc_dir),
        "VNPOLICE_COMMAND": request.command,
        "VNPOLICE_ARGUMENTS": request.arguments,
        "VNPOLICE_PROGRESS": request.progress,
        "LOG_LEVEL": request.log_level,
    }
    overrides.update(request.settings)
    process = CrawlerProcess(project_settings(overrides))
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, **request.spider_arguments())
    process.start()
    state = getattr(crawler, "_vnpolice_state", None)
    return state.run_id if state is not None else None
