"""The one news spider: discovery and fetching for any site profile.

    scrapy crawl news -a sites=cand,congan -a since=2025-01-01
    scrapy crawl news -a start_url=https://example.vn/thoi-su/      # the generic profile
    scrapy crawl news -a sites=cand -a base_cand=http://127.0.0.1:8001   # an offline mirror

Discovery: robots.txt ``Sitemap:`` lines, the profile's sitemaps (indexes, ``.xml.gz``; ``lastmod``
and ``news:publication_date`` bound by ``since``/``until``), RSS/Atom feeds (``pubDate``) and
listing pages with their pagination, followed until the listing's items are older than ``since``
(the profile's ``listing_date_pattern``, or its ``parse_listing`` for non-HTML listings). Only
URLs matching the profile's ``article_pattern`` are fetched as articles; nothing else is followed.
Without date bounds, article pages' own links to other articles (related blocks) are followed too.

The store is the source of truth between runs (``vnpolice.crawler.state``): what is stored is not
fetched again unless ``refresh`` (then with a conditional request) or unless a sitemap or feed date
says it changed after we fetched it; what an earlier, perhaps killed, run found but did not
finish is queued again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urlsplit

import lxml.etree
import lxml.html
import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from vnpolice.crawler import sites as registry
from vnpolice.crawler.items import FetchedPage
from vnpolice.crawler.middlewares import AlreadySeen, Blocked, RedirectLoop
from vnpolice.crawler.sites import Link, SiteProfile
from vnpolice.crawler.sites.generic import generic_profile
from vnpolice.crawler.state import DONE, CrawlState, Known, crawl_state
from vnpolice.crawler.urlmap import UrlMap

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

VN_TZ = timezone(timedelta(hours=7))
ARTICLE_PRIORITY = 10  # fetch articles as they are found: a small frontier, early results
SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)
XML_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, remove_comments=True
)


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 822 date as an aware datetime (Vietnam time when no offset is given)."""
    if not value:
        return None
    value = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


def bound(value: str | None, end: bool = False) -> datetime | None:
    """A ``since``/``until`` argument: a date (``until`` covers its whole day) or a datetime."""
    if not value:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"{value!r} is not an ISO date")
    if end and len(value.strip()) <= 10:
        parsed += timedelta(days=1) - timedelta(microseconds=1)
    return parsed


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: Any, name: str) -> str | None:
    for child in el.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _truthy(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "yes", "on")


def _pairs(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items() if v}


class NewsSpider(scrapy.Spider):
    name = "news"
    state: CrawlState

    def __init__(
        self,
        sites: str | Iterable[str] = "",
        start_url: str | None = None,
        since: str | None = None,
        until: str | None = None,
        max_pages: str | int | None = None,
        refresh: str | bool = False,
        **kwargs: Any,
    ) -> None:
        bases = {k[5:]: str(v) for k, v in kwargs.items() if k.startswith("base_")}
        rest = {k: v for k, v in kwargs.items() if not k.startswith("base_")}
        super().__init__(**rest)
        keys = [k for k in (sites.split(",") if isinstance(sites, str) else sites) if k.strip()]
        real: list[SiteProfile] = [registry.get(k.strip()) for k in keys]
        if start_url:
            real.append(generic_profile(start_url))
        if not real:
            raise ValueError("give sites=KEY[,KEY...] and/or start_url=URL")
        unknown = set(bases) - {p.key for p in real}
        if unknown:
            raise ValueError(f"base_ override for a site not crawled: {', '.join(sorted(unknown))}")
        self.real = {p.key: p for p in real}
        self.profiles = {p.key: p.at(bases[p.key]) if p.key in bases else p for p in real}
        self.url_map = UrlMap.of(
            (self.profiles[k].base_url, self.real[k].base_url) for k in self.real
        )
        self.since = bound(since)
        self.until = bound(until, end=True)
        self.max_pages = int(max_pages) if max_pages not in (None, "", 0, "0") else None
        self.refresh = _truthy(refresh)
        self.seen: set[str] = set()
        self.known: dict[str, dict[str, Known]] = {}
        self.source_ids: dict[str, int] = {}
        self.scheduled: Counter[str] = Counter()
        self.patterns = {
            k: (
                re.compile(p.article_pattern) if p.article_pattern else None,
                re.compile(p.pagination_pattern) if p.pagination_pattern else None,
                re.compile(p.listing_date_pattern) if p.listing_date_pattern else None,
            )
            for k, p in self.profiles.items()
        }

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.state = crawl_state(crawler)
        return spider

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    # -- start ------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        for key, profile in self.profiles.items():
            real = self.real[key]
            self.source_ids[key] = self.state.source_id(key, real.name, real.base_url)
            self.known[key] = self.state.load(real.base_url + "/")
            entries = [
                ("/robots.txt", "robots"),
                *((path, "sitemap") for path in profile.sitemaps),
                *((path, "feed") for path in profile.feeds),
                *((path, "listing") for path in profile.listings),
            ]
            for path, kind in entries:
                request = self.discovery(key, profile.url(path), kind)
                if request is not None:
                    yield request
            # What an earlier run found and did not finish (a kill, an error): the store is
            # the frontier, so nothing found before is lost.
            article_re = self.patterns[key][0]
            for stored in self.state.pending(real.base_url + "/"):
                served = self.url_map.to_served(stored)
                if article_re is None or article_re.search(self._path(served)):
                    request = self.article(key, served)
                    if request is not None:
                        yield request
        self.state.commit()

    # -- requests ---------------------------------------------------------------------------
    @staticmethod
    def _path(url: str) -> str:
        parts = urlsplit(url)
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _meta(self, site: str, url: str, kind: str) -> dict[str, Any]:
        return {
            "vnpolice_site": site,
            "vnpolice_kind": kind,
            "vnpolice_stored": self.url_map.to_stored(url),
            "download_slot": site,  # politeness per site, whatever host or port serves it
        }

    def discovery(self, site: str, url: str, kind: str) -> scrapy.Request | None:
        """A robots.txt, sitemap, feed or listing request (always fetched: they change)."""
        url = urldefrag(url)[0]
        stored = self.url_map.to_stored(url)
        if stored in self.seen:
            return None
        self.seen.add(stored)
        callback = {
            "robots": self.parse_robots,
            "sitemap": self.parse_sitemap,
            "feed": self.parse_feed,
            "listing": self.parse_listing,
        }[kind]
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.failed,
            dont_filter=True,
            meta=self._meta(site, url, kind),
        )

    def article(
        self, site: str, url: str, published: datetime | None = None
    ) -> scrapy.Request | None:
        """The request of an article page, unless the store has it (see the module doc).

        ``published`` is the latest date discovery gives for the page (publication or last
        modification): a stored page fetched before it is re-checked with a conditional request.
        """
        url = urldefrag(url)[0]
        stored = self.url_map.to_stored(url)
        if stored in self.seen:
            return None
        self.seen.add(stored)
        if self.max_pages is not None and self.scheduled[site] >= self.max_pages:
            return None
        known = self.known[site].get(stored)
        headers: dict[str, str] = {}
        if known is not None and known.state in DONE:
            changed = (
                published is not None
                and known.fetched_at is not None
                and published > known.fetched_at
            )
            if not (self.refresh or changed):
                self.state.count(site, "skipped")
                return None
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        elif known is None:
            self.state.discover(stored, self.source_ids[site])
            self.known[site][stored] = Known("discovered", None, None, None)
        self.scheduled[site] += 1
        meta = self._meta(site, url, "article")
        meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.failed,
            dont_filter=True,
            headers=headers or None,
            priority=ARTICLE_PRIORITY,
            meta=meta,
        )

    def redirected(self, request: scrapy.Request, response: Response, target: str) -> bool:
        """Record a redirect hop (RedirectStateMiddleware); True if the target is fetched anyway."""
        site = request.meta["vnpolice_site"]
        here = self.url_map.to_stored(request.url)
        there = self.url_map.to_stored(target)
        self.state.mark(
            here,
            "redirected",
            f"{response.status} to {there}",
            source_id=self.source_ids.get(site),
            status=response.status,
            warc=request.meta.get("warc"),
        )
        if there in self.seen:
            return True
        known = self.known[site].get(there)
        if known is not None and known.state in DONE:
            # Stored already: fetch it (or not) by the rules of any other discovered article,
            # conditional headers included, instead of following the redirect blindly.
            retarget = self.article(site, target)
            if retarget is not None:
                self.crawler.engine.crawl(retarget)
            return True
        self.seen.add(there)
        return False

    def _in_bounds(self, published: datetime | None, modified_only: bool = False) -> bool:
        if published is None:
            return True
        if self.since is not None and published < self.since:
            return False
        return modified_only or self.until is None or published <= self.until

    def _articles(self, site: str, links: Iterable[Link]) -> Iterator[scrapy.Request]:
        for link in links:
            if link.kind == "article" and self._in_bounds(link.published):
                request = self.article(site, link.url, link.published)
                if request is not None:
                    yield request

    def _is_article_url(self, site: str, url: str) -> bool:
        article_re = self.patterns[site][0]
        host = urlsplit(self.profiles[site].base_url).netloc
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            return False
        return article_re is None or bool(article_re.search(self._path(url)))

    # -- callbacks --------------------------------------------------------------------------
    def _fetched(self, response: Response) -> str:
        site: str = response.meta["vnpolice_site"]
        self.state.count(site, "pages")
        return site

    def parse_robots(self, response: Response) -> Iterator[Any]:
        site = self._fetched(response)
        for url in SITEMAP_LINE.findall(response.text if hasattr(response, "text") else ""):
            request = self.discovery(site, response.urljoin(url), "sitemap")
            if request is not None:
                yield request
        self.state.commit()

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        site = self._fetched(response)
        body = response.body
        try:
            if body[:2] == b"\x1f\x8b":
                from scrapy.utils.gz import gunzip

                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            root = lxml.etree.fromstring(body, parser=XML_PARSER) if body.strip() else None
        except (OSError, ValueError, lxml.etree.XMLSyntaxError) as exc:
            self.unreadable(response, f"unreadable sitemap: {exc}")
            return
        if root is None:
            self.unreadable(response, "empty sitemap")
            return
        kind = _local(root.tag)
        for entry in root:
            loc = _child_text(entry, "loc")
            if not loc:
                continue
            lastmod = parse_date(_child_text(entry, "lastmod"))
            if kind == "sitemapindex":
                # A child sitemap last changed before `since` holds nothing newer.
                if self._in_bounds(lastmod, modified_only=True):
                    request = self.discovery(site, response.urljoin(loc), "sitemap")
                    if request is not None:
                        yield request
                continue
            url = response.urljoin(loc)
            if not self._is_article_url(site, url):
                continue
            published = parse_date(_child_text(entry, "publication_date"))
            # news:publication_date bounds both ways; lastmod (>= publication) only `since`.
            # The later of the two says whether a stored copy may be stale.
            if (published is None or self._in_bounds(published)) and self._in_bounds(
                lastmod, modified_only=True
            ):
                changed = max((d for d in (published, lastmod) if d), default=None)
                request = self.article(site, url, changed)
                if request is not None:
                    yield request
        self.state.commit()

    def parse_feed(self, response: Response) -> Iterator[Any]:
        site = self._fetched(response)
        try:
            root = lxml.etree.fromstring(response.body, parser=XML_PARSER)
        except (ValueError, lxml.etree.XMLSyntaxError) as exc:
            root, reason = None, f"unreadable feed: {exc}"
        else:
            reason = "empty or unreadable feed"
        if root is None:
            self.unreadable(response, reason)
            return
        links: list[Link] = []
        for item in root.iter():
            name = _local(item.tag)
            if name == "item":  # RSS 2.0 / RSS 1.0
                url = _child_text(item, "link")
                published = parse_date(_child_text(item, "pubDate") or _child_text(item, "date"))
            elif name == "entry":  # Atom
                hrefs = [
                    el.get("href")
                    for el in item
                    if _local(el.tag) == "link" and el.get("rel", "alternate") == "alternate"
                ]
                url = next((h for h in hrefs if h), None)
                published = parse_date(
                    _child_text(item, "published") or _child_text(item, "updated")
                )
            else:
                continue
            if url and self._is_article_url(site, response.urljoin(url)):
                links.append(Link(response.urljoin(url), published))
        yield from self._articles(site, links)
        self.state.commit()

    def parse_listing(self, response: Response) -> Iterator[Any]:
        site = self._fetched(response)
        profile = self.profiles[site]
        html = "html" in response.headers.get(b"Content-Type", b"text/html").decode().lower()
        if profile.parse_listing is not None:
            links = list(profile.parse_listing(response.text, response.url))
        elif html:
            links = list(self.listing_links(site, response))
        else:
            links = []
        articles = [link for link in links if link.kind == "article"]
        dates = [link.published for link in articles if link.published is not None]
        # Listings run newest first: once an item is older than `since`, later pages are too.
        older = self.since is not None and bool(dates) and min(dates) < self.since
        yield from self._articles(site, articles)
        limit_reached = self.max_pages is not None and self.scheduled[site] >= self.max_pages
        for link in links:
            if link.kind == "article" or (link.kind == "listing" and (older or limit_reached)):
                continue
            request = self.discovery(site, response.urljoin(link.url), link.kind)
            if request is not None:
                yield request
        # A listing is a discovery page, not a candidate article: it is archived (WARC) only.
        self.state.commit()

    def listing_links(self, site: str, response: Response) -> Iterator[Link]:
        """Article links (dated by the text of their item) and pagination links of a page."""
        _, page_re, date_re = self.patterns[site]
        root = lxml.html.fromstring(response.body, base_url=response.url)
        root.make_links_absolute(response.url, resolve_base_href=True)
        if self.profiles[site].extra.get("autodiscover_feeds"):
            for el in root.xpath("//link[@rel='alternate'][@href]"):
                if re.search(r"rss|atom", el.get("type", ""), re.I):
                    yield Link(el.get("href"), kind="feed")
        for a in root.iter("a"):
            href = a.get("href")
            if not href:
                continue
            url = urldefrag(href)[0]
            if self._is_article_url(site, url):
                yield Link(url, self._item_date(a, date_re) if date_re else None)
            elif (
                page_re is not None
                and urlsplit(url).netloc == urlsplit(response.url).netloc
                and page_re.search(self._path(url))
            ):
                yield Link(url, kind="listing")

    @staticmethod
    def _item_date(a: Any, date_re: re.Pattern[str]) -> datetime | None:
        """The one date printed in the smallest block around a listing link that has one."""
        el = a
        for _ in range(5):
            found = {m.group(0): m for m in date_re.finditer(el.text_content())}
            if len(found) == 1:
                match = next(iter(found.values()))
                groups = match.groupdict()
                try:
                    return datetime(
                        int(groups["y"]),
                        int(groups["m"]),
                        int(groups["d"]),
                        int(groups.get("H") or 0),
                        int(groups.get("M") or 0),
                        tzinfo=VN_TZ,
                    )
                except (TypeError, ValueError):
                    return None
            if len(found) > 1:
                return None  # the block holds several items
            el = el.getparent()
            if el is None:
                return None
        return None

    def parse_article(self, response: Response) -> Iterator[Any]:
        site = self._fetched(response)
        if response.status == 304:
            self.state.count(site, "not_modified")
            self.state.touch(self.url_map.to_stored(response.url))
            return
        yield self.item(site, response, "article")
        if not self.bounded and "html" in response.headers.get(
            b"Content-Type", b"text/html"
        ).decode("latin-1"):
            # Related-article blocks: more articles, each fetched once. Under date bounds their
            # dates are unknown, so only dated discovery (sitemaps, feeds, listings) is used.
            try:
                root = lxml.html.fromstring(response.body, base_url=response.url)
            except (lxml.etree.ParserError, ValueError):
                return
            root.make_links_absolute(response.url, resolve_base_href=True)
            urls = [urldefrag(href)[0] for href in root.xpath("//a/@href")]
            yield from self._articles(
                site, [Link(u) for u in dict.fromkeys(urls) if self._is_article_url(site, u)]
            )
        self.state.commit()

    def item(self, site: str, response: Response, kind: str) -> FetchedPage:
        warc = response.meta.get("warc") or (None, None)
        return FetchedPage(
            site=site,
            url=response.url,
            stored_url=response.meta["vnpolice_stored"],
            body=response.body,
            status=response.status,
            fetched_at=datetime.now(UTC),
            headers=_pairs(response.headers),
            warc_file=warc[0],
            warc_offset=warc[1],
            kind=kind,
        )

    # -- failures ---------------------------------------------------------------------------
    def unreadable(self, response: Response, reason: str) -> None:
        """A discovery page that answered but cannot be read (a broken sitemap or feed)."""
        site = response.meta["vnpolice_site"]
        self.state.count(site, "errors")
        self.state.mark(
            self.url_map.to_stored(response.url),
            "failed",
            reason,
            source_id=self.source_ids.get(site),
            status=response.status,
            warc=response.meta.get("warc"),
        )

    def failed(self, failure: Failure) -> None:
        """Record why a request failed; the crawl goes on."""
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        site, kind = meta["vnpolice_site"], meta["vnpolice_kind"]
        if failure.check(AlreadySeen):
            return
        # The URL that failed: after redirects, the last hop (the earlier ones are recorded as
        # redirected); a redirect loop fails its whole chain.
        urls = [request.url]
        if failure.check(RedirectLoop) or "max redirections" in str(failure.value):
            urls = [*meta.get("redirect_urls", []), request.url]
        status = meta.get("vnpolice_status")
        exc = failure.value
        if failure.check(Blocked):
            state, reason = "blocked", str(exc)
            self.state.count(site, "blocked")
        elif failure.check(HttpError):
            status = exc.response.status
            state, reason = "failed", f"HTTP {status}"
            if kind == "robots":  # no robots.txt: nothing to read, nothing wrong
                return
            self.state.count(site, "errors")
        elif failure.check(IgnoreRequest) and "robots.txt" in str(exc):
            state, reason = "disallowed", "forbidden by robots.txt"
            self.state.count(site, "disallowed")
        else:
            state, reason = "failed", describe(exc, self.settings.getfloat("DOWNLOAD_TIMEOUT"))
            self.state.count(site, "errors")
        self.logger.info("%s %s: %s", state, request.url, reason)
        for url in dict.fromkeys(self.url_map.to_stored(u) for u in urls):
            self.state.mark(
                url,
                state,
                reason,
                source_id=self.source_ids.get(site),
                status=status,
                warc=meta.get("warc") if url == self.url_map.to_stored(request.url) else None,
            )


def describe(exc: BaseException, timeout: float) -> str:
    """A failure's reason in words."""
    name = type(exc).__name__
    text = str(exc)
    if "Timeout" in name or "timed out" in text.lower():
        return f"timeout: no complete answer within {timeout:g} s"
    if "DataLoss" in name or "DataLoss" in repr(exc) or "PotentialDataLoss" in text:
        return "truncated body: the connection closed before Content-Length bytes"
    if "max redirections" in text:
        return "redirect loop: max redirections reached"
    if "redirect loop" in text:
        return text
    return f"{name}: {text}" if text else name
