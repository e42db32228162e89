"""Site profiles: one small module per source site plus one entry in ``SITES``.

A profile is data: where discovery starts (sitemaps, feeds, listing pages), which URLs are
articles, how listings paginate, and how listing items print their dates (for ``--since``).
Adding a site means one profile module, one line here, and its mirror under
``fixtures/mirror/<key>/``; nothing in the spider or the pipeline changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Link:
    """A URL found during discovery, with what the source says about its date."""

    url: str
    published: datetime | None = None  # lastmod / news:publication_date / listing date
    kind: str = "article"  # article | listing | sitemap | feed


@dataclass(frozen=True)
class SiteProfile:
    key: str  # short stable key: "cand", also the `source` of stored pages
    name: str  # the publication's name
    base_url: str  # "https://cand.com.vn": every path below is relative to it
    sitemaps: tuple[str, ...] = ()  # sitemap or sitemap-index paths (robots.txt lines are added)
    feeds: tuple[str, ...] = ()  # RSS/Atom paths
    listings: tuple[str, ...] = ()  # first pages of category listings
    article_pattern: str = ""  # regex searched in the URL path+query of article pages
    pagination_pattern: str = ""  # regex of next-page URLs (path+query) on a listing
    listing_date_pattern: str | None = None  # regex with groups d, m, y (and H, M) of item dates
    # A site whose listings are not HTML (congan.hanoi.gov.vn's JSON API) parses them itself:
    # (response body text, response url) -> links to articles and to further listing pages.
    parse_listing: Callable[[str, str], Iterable[Link]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def at(self, base_url: str) -> SiteProfile:
        """The same profile served from another base URL (an offline mirror on 127.0.0.1)."""
        return replace(self, base_url=base_url.rstrip("/"))

    def url(self, path: str) -> str:
        """Absolute URL of a profile path ("/rss/home.rss")."""
        return path if "://" in path else self.base_url + "/" + path.lstrip("/")


def _load() -> dict[str, SiteProfile]:
    from vnpolice.crawler.sites import registry

    return {p.key: p for p in registry.PROFILES}


SITES: dict[str, SiteProfile] = {}


def get(key: str) -> SiteProfile:
    """The profile of a site key; ``KeyError`` names the known ones."""
    if not SITES:
        SITES.update(_load())
    try:
        return SITES[key]
    except KeyError:
        raise KeyError(f"unknown site {key!r}; known: {', '.join(sorted(SITES))}") from None


def all_sites() -> list[SiteProfile]:
    if not SITES:
        SITES.update(_load())
    return list(SITES.values())
