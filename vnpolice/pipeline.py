"""The one path from a raw response to stored records: extract -> assemble -> store.

The crawler, ``ingest`` and ``reprocess`` all call :func:`process`. It is idempotent: the same
content of the same page is stored once; changed content becomes a new article version; every
record carries the extractor version.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vnpolice import models as m
from vnpolice.extract.article import Article, extract_article
from vnpolice.extract.contract import EXTRACTOR_VERSION, Facts, article_facts
from vnpolice.extract.text import fold, strip_diacritics
from vnpolice.extract.timex import timex_range

log = logging.getLogger(__name__)

T = TypeVar("T", bound=m.Base)


@dataclass(frozen=True)
class RawPage:
    """A response as fetched (or as read from a WARC record or a saved file)."""

    url: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    status: int = 200
    warc_file: str | None = None
    warc_offset: int | None = None


@dataclass(frozen=True)
class Outcome:
    """What :func:`process` did with one page."""

    url: str
    status: str  # new | new_version | unchanged | not_article | failed
    article_id: int | None = None
    reason: str | None = None
    mentions: int = 0
    events: int = 0


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def process(session: Session, raw: RawPage) -> Outcome:
    """Extract one raw page and store it; commits, and never raises for a bad page."""
    now = raw.fetched_at or datetime.now(UTC)
    try:
        article = extract_article(raw.body, url=raw.url, headers=raw.headers)
    except Exception as exc:  # a broken page is recorded with its reason; the run goes on
        log.warning("extraction failed for %s: %s", raw.url, exc)
        _record_page(session, raw.url, None, raw, now, "failed", f"extraction error: {exc}")
        session.commit()
        return Outcome(raw.url, "failed", reason=str(exc))
    url = article.url or raw.url
    if not article.is_article:
        _record_page(session, url, article.source, raw, now, "not_article", article.reason)
        session.commit()
        return Outcome(url, "not_article", reason=article.reason)
    page = _record_page(session, url, article.source, raw, now, "extracted", None)
    outcome = store_article(session, page, article, now)
    session.commit()
    return outcome


def store_article(
    session: Session, page: m.Page, article: Article, fetched_at: datetime
) -> Outcome:
    """Add ``article`` as a version of ``page`` unless that exact content is stored already."""
    content_hash = sha256(f"{article.title or ''}\n{article.text}")
    existing = session.scalar(
        select(m.Article).where(
            m.Article.page_id == page.id, m.Article.content_hash == content_hash
        )
    )
    if existing is not None:
        return Outcome(page.url, "unchanged", article_id=existing.id)
    facts = article_facts(article)
    last = session.scalar(select(func.max(m.Article.version)).where(m.Article.page_id == page.id))
    for older in session.scalars(select(m.Article).where(m.Article.page_id == page.id)):
        older.is_current = False
    row = m.Article(
        page=page,
        version=(last or 0) + 1,
        is_current=True,
        url=page.url,
        title=article.title,
        author=article.author,
        lead=article.lead,
        published=article.published,
        modified=article.modified,
        body=facts.doc.text,
        body_folded=strip_diacritics(facts.doc.text),
        segmented=facts.doc.segmented(),
        content_hash=content_hash,
        fetched_at=fetched_at,
        extractor_version=EXTRACTOR_VERSION,
    )
    session.add(row)
    mentions = store_facts(session, row, facts)
    return Outcome(
        page.url,
        "new" if last is None else "new_version",
        article_id=row.id,
        mentions=mentions,
        events=len(facts.events),
    )


_KIND = {
    "dates": "date",
    "quantities": "quantity",
    "agencies": "agency",
    "persons": "person",
    "locations": "location",
}


def _mention_row(kind: str, data: dict[str, Any]) -> m.Mention:
    value = data.get("value") if kind in ("date",) else None
    value = value or data.get("canonical") or data.get("name")
    number = data.get("value") if kind == "quantity" else None
    return m.Mention(
        kind=kind,
        start=data["start"],
        end=data["end"],
        surface=data["text"],
        value=str(value) if value is not None else None,
        number=float(number) if number is not None else None,
        unit=data.get("unit"),
        rule=data["rule"],
        data=data,
        extractor_version=EXTRACTOR_VERSION,
    )


def store_facts(session: Session, article: m.Article, facts: Facts) -> int:
    """Store the mentions and events of ``facts`` under ``article``; returns the mention count."""
    quantity_rows: list[m.Mention] = []
    count = 0
    for field_name, mentions in facts.mentions().items():
        kind = _KIND[field_name]
        for mention in mentions:
            row = _mention_row(kind, mention.to_dict())
            article.mentions.append(row)
            count += 1
            if kind == "quantity":
                quantity_rows.append(row)
            if kind == "agency":
                agency_row(session, mention.canonical, mention.code, mention.parent)
    session.flush()
    for event in facts.events:
        start, end = timex_range(event.date)
        campaign = campaign_row(session, event.name, start, end) if event.name else None
        links: dict[int, m.EventAgency] = {}
        for link in event.agencies:
            agency = agency_row(session, link.canonical, None, None)
            links.setdefault(agency.id, m.EventAgency(agency=agency, role=link.role))
        article.events.append(
            m.Event(
                type=event.type,
                name=event.name,
                date_value=event.date,
                date_start=start,
                date_end=end,
                sentence_start=event.sentence[0],
                sentence_end=event.sentence[1],
                trigger=event.trigger,
                campaign=campaign,
                extractor_version=EXTRACTOR_VERSION,
                agencies=list(links.values()),
                quantities=[m.EventQuantity(mention=quantity_rows[i]) for i in event.quantities],
            )
        )
    session.flush()
    return count


def agency_row(session: Session, canonical: str, code: str | None, parent: str | None) -> m.Agency:
    """The stored agency of that canonical name, created (with its parent chain) if new."""
    row = session.scalar(select(m.Agency).where(m.Agency.canonical == canonical))
    if row is None:
        parent_row = (
            agency_row(session, parent, None, None) if parent and parent != canonical else None
        )
        row = _insert(
            session,
            m.Agency(canonical=canonical, code=code, parent=parent_row, aliases=[]),
            select(m.Agency).where(m.Agency.canonical == canonical),
        )
    elif code and not row.code:
        row.code = code
    if parent and row.parent_id is None and parent != canonical:
        row.parent = agency_row(session, parent, None, None)
    return row


def campaign_row(session: Session, name: str, start: date | None, end: date | None) -> m.Campaign:
    """The stored campaign of that name (matched tone- and case-insensitively), its dates widened."""
    key = fold(name).strip()
    row = session.scalar(select(m.Campaign).where(m.Campaign.key == key))
    if row is None:
        row = _insert(
            session, m.Campaign(name=name, key=key), select(m.Campaign).where(m.Campaign.key == key)
        )
    if start and (row.first_date is None or start < row.first_date):
        row.first_date = start
    if end and (row.last_date is None or end > row.last_date):
        row.last_date = end
    return row


def _insert(session: Session, row: T, lookup: Any) -> T:
    """Insert ``row``; if a concurrent writer inserted the same key first, return theirs."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        found: T = session.scalars(lookup).one()
        return found


def _record_page(
    session: Session,
    url: str,
    source: str | None,
    raw: RawPage,
    now: datetime,
    state: str,
    reason: str | None,
) -> m.Page:
    source_row = _source_row(session, source) if source else None
    page = session.scalar(select(m.Page).where(m.Page.url == url))
    if page is None:
        page = m.Page(url=url, first_seen=now)
        session.add(page)
    if source_row is not None and page.source_id is None:
        page.source = source_row
    page.fetched_at = now
    page.http_status = raw.status
    page.content_hash = sha256(raw.body)
    page.state = state
    page.reason = reason
    page.warc_file = raw.warc_file
    page.warc_offset = raw.warc_offset
    session.flush()
    return page


def _source_row(session: Session, key: str) -> m.Source:
    row = session.scalar(select(m.Source).where(m.Source.key == key))
    if row is None:
        row = _insert(session, m.Source(key=key), select(m.Source).where(m.Source.key == key))
    return row
