"""Where a site is served versus where it lives: the base-URL override of offline mirrors.

``vnpolice demo`` and the tests crawl ``http://127.0.0.1:PORT`` mirrors of the real sites with the
same spider. The store keeps the real site's URLs (``https://cand.com.vn/...``), so that pages,
sources and canonical links do not depend on a port chosen at random: the pipeline gets each URL
and body with the served base replaced by the real one. The WARC files keep the bytes as served
and name the mapping in their ``warcinfo`` record, so ``ingest`` applies the same mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WARCINFO_FIELD = "vnpolice-base-url-map"


@dataclass(frozen=True)
class UrlMap:
    """Pairs of (served base, stored base), e.g. ("http://127.0.0.1:8001", "https://cand.com.vn")."""

    pairs: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> UrlMap:
        return cls(
            tuple(
                (s.rstrip("/"), t.rstrip("/")) for s, t in pairs if s.rstrip("/") != t.rstrip("/")
            )
        )

    def __bool__(self) -> bool:
        return bool(self.pairs)

    def to_stored(self, url: str) -> str:
        """The URL as the store knows it."""
        for served, stored in self.pairs:
            if url == served or url.startswith(served + "/") or url.startswith(served + "?"):
                return stored + url[len(served) :]
        return url

    def to_served(self, url: str) -> str:
        """The URL to fetch for a stored URL."""
        for served, stored in self.pairs:
            if url == stored or url.startswith(stored + "/") or url.startswith(stored + "?"):
                return served + url[len(stored) :]
        return url

    def body(self, data: bytes) -> bytes:
        """A served body with every served base (also JSON-escaped) written as the stored one."""
        for served, stored in self.pairs:
            data = data.replace(served.encode(), stored.encode())
            data = data.replace(
                served.replace("/", "\\/").encode(), stored.replace("/", "\\/").encode()
            )
        return data

    def to_warcinfo(self) -> list[tuple[str, str]]:
        return [(WARCINFO_FIELD, f"{served} {stored}") for served, stored in self.pairs]

    @classmethod
    def from_warcinfo(cls, text: str) -> UrlMap:
        """Read the mapping back from the body of a ``warcinfo`` record."""
        pairs = []
        for line in text.splitlines():
            name, _, value = line.partition(":")
            if name.strip().lower() == WARCINFO_FIELD:
                served, _, stored = value.strip().partition(" ")
                if served and stored:
                    pairs.append((served, stored.strip()))
        return cls.of(pairs)
