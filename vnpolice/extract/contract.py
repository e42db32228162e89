"""The extraction contract: text or HTML in, the JSON of DESIGN.md out.

This is the only place that runs the extractors in order; the CLI, the pipeline and the
evaluation all go through :func:`extract_facts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vnpolice.extract.agencies import extract_agencies
from vnpolice.extract.article import Article, extract_article, source_from_url
from vnpolice.extract.dates import extract_dates
from vnpolice.extract.event_types import article_types
from vnpolice.extract.events import extract_events
from vnpolice.extract.locations import extract_locations
from vnpolice.extract.persons import extract_persons
from vnpolice.extract.quantities import extract_quantities
from vnpolice.extract.text import Document, analyze
from vnpolice.extract.types import (
    AgencyMention,
    Context,
    DateMention,
    Event,
    LocationMention,
    PersonMention,
    QuantityMention,
)

# Bump when a rule or an extractor changes what comes out: every stored record carries it, and
# `reprocess` uses it to find what is stale.
EXTRACTOR_VERSION = "0.3.0"


@dataclass
class Facts:
    """Everything the extractors found in one body text."""

    doc: Document
    dates: list[DateMention]
    quantities: list[QuantityMention]
    agencies: list[AgencyMention]
    persons: list[PersonMention]
    locations: list[LocationMention]
    events: list[Event]
    # The types the article reports, most salient first, at most three (event_types.py).
    event_types: list[str] = field(default_factory=list)

    def mentions(self) -> dict[str, list[Any]]:
        """Mentions by contract field name."""
        return {
            "dates": self.dates,
            "quantities": self.quantities,
            "agencies": self.agencies,
            "persons": self.persons,
            "locations": self.locations,
        }


def extract_facts(text: str, ctx: Context | None = None, title: str | None = None) -> Facts:
    """Run every extractor over ``text`` (normalised to NFC first)."""
    ctx = ctx or Context()
    doc = analyze(text)
    dates = extract_dates(doc, ctx)
    quantities = extract_quantities(doc, ctx, dates)
    agencies = extract_agencies(doc, ctx)
    persons = extract_persons(doc, ctx, agencies)
    locations = extract_locations(doc, ctx)
    events = extract_events(doc, dates, quantities, agencies, persons, locations, title=title)
    title_events = extract_events(analyze(title)) if title and title.strip() else []
    types = article_types(events, doc.text, [e.type for e in title_events])
    return Facts(doc, dates, quantities, agencies, persons, locations, events, types)


def article_facts(article: Article) -> Facts:
    """The facts of an extracted article's body, read against its publication date and title."""
    return extract_facts(
        article.text, Context(published=article.published, source=article.source), article.title
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def contract(
    facts: Facts,
    *,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published: datetime | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """The contract JSON object for one input."""
    out: dict[str, Any] = {
        "id": id,
        "url": url,
        "source": source,
        "title": title,
        "author": author,
        "published": _iso(published),
        "text": facts.doc.text,
    }
    for name, mentions in facts.mentions().items():
        out[name] = [m.to_dict() for m in mentions]
    out["events"] = [e.to_dict() for e in facts.events]
    out["event_types"] = list(facts.event_types)
    out["extractor_version"] = EXTRACTOR_VERSION
    return out


def contract_from_text(
    text: str,
    *,
    id: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """Contract JSON for a plain text body."""
    source = source_from_url(url) if url else None
    facts = extract_facts(text, Context(published=published, source=source), title=title)
    return contract(facts, id=id, url=url, title=title, published=published, source=source)


def contract_from_article(article: Article, *, id: str | None = None) -> dict[str, Any]:
    """Contract JSON for an extracted article; a non-article is reported with its reason."""
    if not article.is_article:
        return {
            "id": id,
            "url": article.url,
            "source": article.source,
            "is_article": False,
            "reason": article.reason,
            "extractor_version": EXTRACTOR_VERSION,
        }
    return contract(
        article_facts(article),
        id=id,
        url=article.url,
        title=article.title,
        author=article.author,
        published=article.published,
        source=article.source,
    )


def contract_from_html(
    html: bytes | str,
    *,
    id: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    headers: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Contract JSON for an HTML page; ``published`` overrides the page's own date."""
    article = extract_article(html, url=url, headers=headers)
    if published is not None:
        article = _with_published(article, published)
    return contract_from_article(article, id=id)


def _with_published(article: Article, published: datetime) -> Article:
    from dataclasses import replace

    return replace(article, published=published)
