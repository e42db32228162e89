"""Ingest saved pages into the store through the pipeline (HTML files and folders for now)."""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from vnpolice import models as m
from vnpolice.pipeline import Outcome, RawPage, process

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def iter_html_files(paths: Iterable[Path]) -> Iterator[Path]:
    """HTML files named by ``paths``; folders are walked in name order."""
    for path in paths:
        if path.is_dir():
            yield from (
                p for p in sorted(path.rglob("*")) if p.is_file() and p.name.endswith(HTML_SUFFIXES)
            )
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def read_saved_page(path: Path) -> RawPage:
    """A saved page as a raw response: its file URL stands in until the page names its own."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    fetched = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return RawPage(url=path.resolve().as_uri(), body=data, fetched_at=fetched)


def ingest(
    factory: sessionmaker[Session],
    paths: Iterable[Path],
    on_page: Callable[[Outcome], None] | None = None,
) -> Counter[str]:
    """Run every page under ``paths`` through the pipeline; returns counts by outcome status.

    The run is recorded in ``crawl_run`` with its counts, so scheduled jobs leave a trace.
    """
    paths = list(paths)
    counts: Counter[str] = Counter()
    with factory() as session:
        run = m.CrawlRun(
            command="ingest",
            arguments=[str(p) for p in paths],
            started=datetime.now(UTC),
            counts={},
        )
        session.add(run)
        session.commit()
        status = "failed"
        try:
            for path in iter_html_files(paths):
                outcome = process(session, read_saved_page(path))
                counts[outcome.status] += 1
                counts["events"] += outcome.events
                if on_page:
                    on_page(outcome)
            status = "finished"
        finally:
            session.rollback()
            run.ended = datetime.now(UTC)
            run.status = status
            run.counts = dict(counts)
            session.add(run)
            session.commit()
    return counts
