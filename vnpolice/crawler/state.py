"""The crawl state of every URL, kept in the store (the ``page`` table) so runs can resume.

States of a page:

``discovered``   found by discovery, not fetched yet (a killed run leaves these: re-queued)
``fetched``      fetched, not (yet) an article version: a non-HTML discovery page
``extracted``    stored as an article (by :func:`vnpolice.pipeline.process`)
``not_article``  fetched and judged not an article (a listing, an "about" page)
``failed``       an error with its reason: HTTP status, timeout, truncated body, redirect loop
``blocked``      403, 429 after retries, or a captcha page: the site refused us
``redirected``   answered with a redirect (the target has its own row)
``duplicate``    its canonical URL is another page
``disallowed``   robots.txt forbids it (never requested)

``DONE`` states are skipped by a new run unless ``--refresh`` (then re-fetched with a conditional
request) or unless discovery says the page changed after we fetched it; the others are re-queued.
"""

from __future__ import annotations

import os
import socket
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from vnpolice import models as m

DONE = frozenset({"extracted", "not_article", "redirected", "duplicate"})
PENDING = frozenset({"discovered", "fetched", "failed", "blocked", "disallowed"})
COUNT_KEYS = (
    "pages",
    "articles",
    "new_versions",
    "unchanged",
    "not_article",
    "not_modified",
    "skipped",
    "events",
    "errors",
    "blocked",
    "disallowed",
)


@dataclass(frozen=True)
class Known:
    """What the store knows about a URL at the start of a run."""

    state: str
    etag: str | None
    last_modified: str | None
    fetched_at: datetime | None


def now() -> datetime:
    return datetime.now(UTC)


class CrawlState:
    """One crawl's view of the store: its run row, per-URL states and counters.

    Scrapy calls every component from the reactor thread, so one session is shared.
    """

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory
        self.session: Session = factory()
        self.run_id: int | None = None
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self._sources: dict[str, int] = {}

    # -- the run ------------------------------------------------------------------------------
    def start_run(self, command: str, arguments: list[Any]) -> int:
        if self.run_id is None:
            self._close_dead_runs()
            run = m.CrawlRun(
                command=command, arguments=arguments, started=now(), counts=self._owner()
            )
            self.session.add(run)
            self.session.commit()
            self.run_id = run.id
        return self.run_id

    @staticmethod
    def _owner() -> dict[str, Any]:
        return {"host": socket.gethostname(), "pid": os.getpid()}

    def _close_dead_runs(self) -> None:
        """Runs of this host still marked running whose process is gone were killed."""
        host = socket.gethostname()
        for run in self.session.scalars(select(m.CrawlRun).where(m.CrawlRun.status == "running")):
            counts = run.counts or {}
            if counts.get("host") != host or not counts.get("pid"):
                continue
            try:
                os.kill(int(counts["pid"]), 0)
            except ProcessLookupError:
                run.status = "killed"
            except (PermissionError, OSError, ValueError):
                continue
        self.session.commit()

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counts in self.counts.values():
            total.update(counts)
        return total

    def counts_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {k: self.totals().get(k, 0) for k in COUNT_KEYS}
        record.update(self._owner())
        record["sites"] = {
            site: {k: c.get(k, 0) for k in COUNT_KEYS} for site, c in sorted(self.counts.items())
        }
        return record

    def save_counts(self, status: str | None = None) -> None:
        if self.run_id is None:
            return
        values: dict[str, Any] = {"counts": self.counts_record()}
        if status is not None:
            values.update(status=status, ended=now())
        self.session.execute(
            update(m.CrawlRun).where(m.CrawlRun.id == self.run_id).values(**values)
        )
        self.session.commit()

    def count(self, site: str, key: str, n: int = 1) -> None:
        self.counts[site][key] += n

    # -- pages --------------------------------------------------------------------------------
    def load(self, prefix: str) -> dict[str, Known]:
        """Every stored URL under ``prefix`` (a site's base URL) with its state."""
        rows = self.session.execute(
            select(
                m.Page.url, m.Page.state, m.Page.etag, m.Page.last_modified, m.Page.fetched_at
            ).where(m.Page.url.startswith(prefix, autoescape=True))
        )
        return {url: Known(state, etag, lm, fetched) for url, state, etag, lm, fetched in rows}

    def source_id(self, key: str, name: str | None = None, base_url: str | None = None) -> int:
        if key not in self._sources:
            row = self.session.scalar(select(m.Source).where(m.Source.key == key))
            if row is None:
                row = m.Source(key=key, name=name, domain=urlsplit(base_url or "").hostname)
                try:
                    with self.session.begin_nested():
                        self.session.add(row)
                except IntegrityError:
                    row = self.session.scalars(select(m.Source).where(m.Source.key == key)).one()
            elif row.name is None and name:
                row.name = name
                row.domain = row.domain or urlsplit(base_url or "").hostname
            self.session.commit()
            self._sources[key] = row.id
        return self._sources[key]

    def _page(self, url: str, source_id: int | None) -> m.Page:
        page = self.session.scalar(select(m.Page).where(m.Page.url == url))
        if page is None:
            stamp = now()
            page = m.Page(
                url=url,
                source_id=source_id,
                first_seen=stamp,
                discovered_at=stamp,
                state="discovered",
                run_id=self.run_id,
            )
            self.session.add(page)
        return page

    def discover(self, url: str, source_id: int | None) -> None:
        """Record a URL found by discovery (committed with the next :meth:`commit`)."""
        self._page(url, source_id)

    def mark(
        self,
        url: str,
        state: str,
        reason: str | None = None,
        *,
        source_id: int | None = None,
        status: int | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        warc: tuple[str, int] | None = None,
        fetched: bool = True,
    ) -> None:
        """Set the state of ``url`` (created if new) and commit."""
        page = self._page(url, source_id)
        page.state = state
        page.reason = reason
        page.run_id = self.run_id
        if page.source_id is None and source_id is not None:
            page.source_id = source_id
        if fetched:
            page.fetched_at = now()
        if status is not None:
            page.http_status = status
        if etag or last_modified:
            page.etag, page.last_modified = etag, last_modified
        if warc is not None:
            page.warc_file, page.warc_offset = warc
        self.commit()

    def validators(
        self, url: str, etag: str | None, last_modified: str | None, source_id: int | None
    ) -> None:
        """Keep the response validators and the run on a page the pipeline just stored."""
        page = self.session.scalar(select(m.Page).where(m.Page.url == url))
        if page is not None:
            if etag or last_modified:
                page.etag, page.last_modified = etag, last_modified
            page.run_id = self.run_id
            if page.source_id is None:
                page.source_id = source_id
            page.discovered_at = page.discovered_at or page.first_seen
            self.commit()

    def touch(self, url: str) -> None:
        """A conditional request answered 304: the stored page is current as of now."""
        self.session.execute(
            update(m.Page).where(m.Page.url == url).values(fetched_at=now(), run_id=self.run_id)
        )
        self.commit()

    def pending(self, prefix: str) -> list[str]:
        """URLs under ``prefix`` that an earlier (perhaps killed) run found and did not finish."""
        return list(
            self.session.scalars(
                select(m.Page.url)
                .where(m.Page.url.startswith(prefix, autoescape=True))
                .where(m.Page.state.in_(sorted(PENDING)))
                .order_by(m.Page.id)
            )
        )

    def commit(self) -> None:
        self.session.commit()

    def close(self) -> None:
        self.session.close()
        self.factory.kw["bind"].dispose()


def crawl_state(crawler: Any) -> CrawlState:
    """The crawl state shared by the spider, middlewares, pipeline and extensions of a crawler."""
    state = getattr(crawler, "_vnpolice_state", None)
    if state is None:
        from vnpolice.db import open_store

        state = CrawlState(open_store(crawler.settings.get("VNPOLICE_DB") or None))
        crawler._vnpolice_state = state
    return state
