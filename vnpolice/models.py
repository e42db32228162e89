"""The store: SQLAlchemy 2.x typed models (DESIGN.md, "The store").

A page is a URL we fetched; each distinct extracted content of a page is an article *version*.
Mentions, events and their links hang off an article version and carry the extractor version
that produced them, so re-extraction can replace exactly what is stale.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime on every backend: stored as UTC, read back as UTC.

    SQLite has no time zones and would hand back a naive "10:15" for 10:15+07:00; a naive value
    given to the store is an error rather than a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to the store")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


class Source(Base):
    """A news site (cand, congan, csgt...) or another origin of pages."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    domain: Mapped[str | None] = mapped_column(String(200))


class CrawlRun(Base):
    """One run of `crawl` or `ingest`: when, what it was asked, what it did."""

    __tablename__ = "crawl_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    command: Mapped[str] = mapped_column(String(40))
    arguments: Mapped[list[Any]] = mapped_column(default=list)
    started: Mapped[datetime] = mapped_column()
    ended: Mapped[datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(20), default="running")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Page(Base):
    """A fetched URL: its latest fetch, status and archival location."""

    __tablename__ = "page"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    first_seen: Mapped[datetime] = mapped_column()
    fetched_at: Mapped[datetime | None] = mapped_column()
    http_status: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # The crawl state of the URL (see vnpolice.crawler.state): discovered -> fetched ->
    # extracted | not_article | failed | blocked | redirected | duplicate | disallowed.
    state: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    warc_file: Mapped[str | None] = mapped_column(String(500))
    warc_offset: Mapped[int | None] = mapped_column(Integer)
    # Validators of the last 200 response, sent back as If-None-Match / If-Modified-Since.
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    discovered_at: Mapped[datetime | None] = mapped_column()
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_run.id"), index=True)

    source: Mapped[Source | None] = relationship()
    articles: Mapped[list[Article]] = relationship(
        back_populates="page", order_by="Article.version"
    )


class Article(Base):
    """One version of a page's extracted content."""

    __tablename__ = "article"
    __table_args__ = (
        UniqueConstraint("page_id", "content_hash", name="uq_article_page_content"),
        UniqueConstraint("page_id", "version", name="uq_article_page_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("page.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    url: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(500))
    lead: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(index=True)
    modified: Mapped[datetime | None] = mapped_column()
    body: Mapped[str] = mapped_column(Text)
    body_folded: Mapped[str] = mapped_column(Text)  # diacritics stripped, for search
    segmented: Mapped[str] = mapped_column(Text)  # underthesea words joined by "_"
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime | None] = mapped_column()
    extractor_version: Mapped[str] = mapped_column(String(40))

    page: Mapped[Page] = relationship(back_populates="articles")
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Mention.start"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Event.id"
    )


class Mention(Base):
    """An extracted fact: a span of an article body with its normalised value and rule."""

    __tablename__ = "mention"
    __table_args__ = (Index("ix_mention_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # date|quantity|agency|person|location
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(String(500))  # canonical, date value, name...
    number: Mapped[float | None] = mapped_column(Float)  # quantities only
    unit: Mapped[str | None] = mapped_column(String(100))
    rule: Mapped[str] = mapped_column(String(100))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the full contract entry
    extractor_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="mentions")


class Agency(Base):
    """A canonical agency, shared across articles."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical: Mapped[str] = mapped_column(String(500), unique=True)
    code: Mapped[str | None] = mapped_column(String(20), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    aliases: Mapped[list[Any]] = mapped_column(default=list)

    parent: Mapped[Agency | None] = relationship(remote_side=[id])


class Campaign(Base):
    """A named campaign across articles and sites ("Hành trình giọt máu nghĩa tình 2020")."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500), unique=True)  # folded name
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)

    events: Mapped[list[Event]] = relationship(back_populates="campaign")


class Event(Base):
    """A typed happening reported by an article version."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"), index=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str | None] = mapped_column(String(500))
    date_value: Mapped[str | None] = mapped_column(String(30))  # TIMEX3 as extracted
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str | None] = mapped_column(String(200))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"))
    extractor_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="events")
    campaign: Mapped[Campaign | None] = relationship(back_populates="events")
    agencies: Mapped[list[EventAgency]] = relationship(cascade="all, delete-orphan")
    quantities: Mapped[list[EventQuantity]] = relationship(cascade="all, delete-orphan")


class EventAgency(Base):
    __tablename__ = "event_agency"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))

    agency: Mapped[Agency] = relationship()


class EventQuantity(Base):
    __tablename__ = "event_quantity"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id"), primary_key=True)

    mention: Mapped[Mention] = relationship()
