"""Ingest saved pages into the store through the pipeline: HTML files, folders and WARC files.

WARC files may be ours (``vnpolice crawl``) or anyone's (Heritrix, Browsertrix, Common Crawl):
every ``response`` record of an HTML page with status 200 becomes a raw page that keeps its WARC
file and record offset, so an archive can be rebuilt from WARCs alone. Our own files name a
base-URL mapping in their ``warcinfo`` record when they come from a mirror crawl; it is applied
exactly as the crawler applied it (see ``vnpolice.crawler.urlmap``). Pages of a profiled site
whose URL its profile does not call an article (listings, home, "about") are archived by the
crawler but never stored, and ingest skips them the same way.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from vnpolice import models as m
from vnpolice.crawler.urlmap import UrlMap
from vnpolice.pipeline import Outcome, RawPage, process

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_html_files(paths: Iterable[Path]) -> Iterator[Path]:
    """HTML and WARC files named by ``paths``; folders are walked in name order."""
    for path in paths:
        if path.is_dir():
            yield from (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES + WARC_SUFFIXES)
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


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def iter_warc_pages(path: Path, on_error: Callable[[str], None] | None = None) -> Iterator[RawPage]:
    """The HTML pages (status 200 ``response`` records) of a WARC or ARC file, in file order.

    A damaged tail (a crawl killed while writing) ends the file with ``on_error(reason)``; the
    records before it are kept.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    url_map = UrlMap()
    name = str(path.resolve())
    with path.open("rb") as fh:
        records = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in records:
                if record.rec_type == "warcinfo":
                    text = record.content_stream().read().decode("utf-8", "replace")
                    url_map = UrlMap.from_warcinfo(text) or url_map
                    continue
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = int(record.http_headers.get_statuscode() or 0)
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != 200 or ("html" not in ctype and ctype):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = record.content_stream().read()
                while record.raw_stream.read(65536):  # the rest of the block, if any
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise EOFError(f"record of {url} is cut short")
                yield RawPage(
                    url=url_map.to_stored(url),
                    body=url_map.body(body),
                    headers=dict(record.http_headers.headers),
                    fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
                    status=status,
                    warc_file=name,
                    warc_offset=records.get_record_offset(),
                )
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
            reason = f"{path}: unreadable after offset {records.offset}: {exc}"
            log.warning(reason)
            if on_error:
                on_error(reason)


def article_candidate(url: str) -> bool:
    """False for a URL of a profiled site that its profile does not call an article (a listing,
    a home or "about" page): the crawler archives those but never stores them, so ingesting a
    WARC applies the same rule. URLs of other sites are all candidates."""
    from vnpolice.crawler import sites

    parts = urlsplit(url)
    for profile in sites.all_sites():
        if urlsplit(profile.base_url).netloc == parts.netloc and profile.article_pattern:
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            return re.search(profile.article_pattern, target) is not None
    return True


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

            def damaged(reason: str) -> None:
                counts["damaged_warc"] += 1

            for path in iter_html_files(paths):
                pages = iter_warc_pages(path, damaged) if is_warc(path) else [read_saved_page(path)]
                for raw in pages:
                    if is_warc(path) and not article_candidate(raw.url):
                        counts["listing"] += 1  # the crawler never stores these either
                        continue
                    outcome = process(session, raw)
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
