"""Read the store: events for listing and export, one article with its facts by sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vnpolice import models as m
from vnpolice.extract.text import split_sentences

EVENT_COLUMNS = (
    "id",
    "date",
    "type",
    "name",
    "organisers",
    "participants",
    "quantities",
    "title",
    "url",
    "article_id",
)


def list_events(
    session: Session, type: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Events of the current article versions, newest date first, as flat rows."""
    stmt = (
        select(m.Event)
        .join(m.Event.article)
        .where(m.Article.is_current.is_(True))
        .options(
            selectinload(m.Event.article),
            selectinload(m.Event.agencies).selectinload(m.EventAgency.agency),
            selectinload(m.Event.quantities).selectinload(m.EventQuantity.mention),
        )
        .order_by(m.Event.date_start.desc().nulls_last(), m.Event.id)
    )
    if type:
        stmt = stmt.where(m.Event.type == type)
    if limit:
        stmt = stmt.limit(limit)
    return [_event_row(e) for e in session.scalars(stmt)]


def _event_row(event: m.Event) -> dict[str, Any]:
    def by_role(role: str) -> list[str]:
        return [link.agency.canonical for link in event.agencies if link.role == role]

    return {
        "id": event.id,
        "date": event.date_value,
        "type": event.type,
        "name": event.name,
        "organisers": by_role("organiser"),
        "participants": by_role("participant") + by_role("subject"),
        "quantities": [q.mention.surface for q in event.quantities],
        "title": event.article.title,
        "url": event.article.url,
        "article_id": event.article_id,
    }


@dataclass
class SentenceFacts:
    start: int
    end: int
    text: str
    mentions: list[m.Mention]


def find_article(session: Session, ref: str) -> m.Article | None:
    """The current version of an article given its id or its URL; a given id is taken as is."""
    stmt = select(m.Article).options(
        selectinload(m.Article.mentions), selectinload(m.Article.events)
    )
    if ref.isdigit():
        return session.scalar(stmt.where(m.Article.id == int(ref)))
    return session.scalar(
        stmt.where(m.Article.url == ref).order_by(
            m.Article.is_current.desc(), m.Article.version.desc()
        )
    )


def facts_by_sentence(article: m.Article) -> list[SentenceFacts]:
    """The article body cut into sentences, each with the mentions that start inside it."""
    out = []
    for s in split_sentences(article.body):
        inside = [x for x in article.mentions if s.start <= x.start < s.end]
        out.append(SentenceFacts(s.start, s.end, article.body[s.start : s.end], inside))
    return out
