"""What the spider hands to the item pipeline: one fetched HTML page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class FetchedPage:
    site: str  # profile key
    url: str  # the URL as served (after redirects)
    stored_url: str  # the URL that was requested, as the store knows it
    body: bytes
    status: int
    fetched_at: datetime
    headers: dict[str, str] = field(default_factory=dict)
    warc_file: str | None = None
    warc_offset: int | None = None
    kind: str = "article"  # article | listing
