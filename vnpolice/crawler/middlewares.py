"""Downloader middlewares: retries with backoff, blocked-response detection, redirect state.

Order (settings.DOWNLOADER_MIDDLEWARES; responses travel from high numbers to low):
``WarcMiddleware`` 950 archives the raw exchange, ``RedirectStateMiddleware`` 650 records each
redirect before Scrapy's ``RedirectMiddleware`` (600) follows it, ``BackoffRetryMiddleware`` 550
retries with growing delays, and ``BlockedMiddleware`` 540 judges the final answer.
"""

from __future__ import annotations

import logging
import re
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

log = logging.getLogger(__name__)


class RobotsMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, also for requests that waited for the robots.txt.

    Scrapy 2.19 hands the parsed robots.txt to the first request waiting for it and ``None``
    ("no robots.txt: allowed") to the others waiting at the same time, so with several start
    requests a disallowed URL could slip through. The parser is stored before the waiters are
    woken, so it is read again from there.
    """

    async def robot_parser(self, request: Request) -> Any:
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser


class Blocked(IgnoreRequest):
    """The site refused us (403, 429 after retries, a captcha page); the reason is the message."""


class RedirectLoop(IgnoreRequest):
    """A redirect leads back to a URL of its own chain."""


class AlreadySeen(IgnoreRequest):
    """A redirect target this run fetches anyway: the redirect is recorded, not followed twice."""


async def _sleep(seconds: float) -> None:
    try:
        from scrapy.utils.asyncio import sleep  # Scrapy >= 2.18
    except ImportError:  # pragma: no cover - older Scrapy
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        await maybe_deferred_to_future(deferLater(reactor, seconds))  # type: ignore[arg-type]
        return
    await sleep(seconds)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, each one after ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (capped by
    ``RETRY_BACKOFF_MAX``; a ``Retry-After`` header asks for longer, within the same cap)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        o = super().from_crawler(crawler)
        o.base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        o.cap = crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        return o

    def _delay(self, retry: Request, response: Response | None = None) -> float:
        times = int(retry.meta.get("retry_times", 1))
        delay = self.base * 2 ** (times - 1)
        after = response.headers.get(b"Retry-After") if response is not None else None
        if after:
            text = after.decode("latin-1").strip()
            try:
                delay = max(delay, float(text))
            except ValueError:
                try:
                    from datetime import UTC, datetime

                    when = parsedate_to_datetime(text)
                    delay = max(delay, (when - datetime.now(UTC)).total_seconds())
                except (TypeError, ValueError):
                    pass
        return max(0.0, min(delay, self.cap))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        if result is not response and self.base > 0:
            await _sleep(self._delay(result, response))  # type: ignore[arg-type]
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if result is not None and self.base > 0:
            await _sleep(self._delay(result))  # type: ignore[arg-type]
        return result


# Markers of anti-bot interstitials and captcha walls (Cloudflare, reCAPTCHA, hCaptcha, the
# CAPTCHA form of csgt.vn's lookup). Checked only on short pages: an article may name them.
CAPTCHA = re.compile(
    rb"g-recaptcha|recaptcha/api\.js|h-captcha|hcaptcha\.com|cf-chl-|challenge-platform"
    rb"|<title>\s*(?:just a moment|attention required|access denied)"
    rb"|<(?:input|img)[^>]+(?:name|id|class)=[\"'][^\"']*captcha",
    re.I,
)
CAPTCHA_MAX_BYTES = 40_000


def blocked_reason(response: Response) -> str | None:
    """Why ``response`` is a refusal rather than the page, or None."""
    if response.status == 403:
        return "HTTP 403 forbidden"
    if response.status == 429:
        return "HTTP 429 too many requests (after retries)"
    ctype = response.headers.get(b"Content-Type", b"").lower()
    if response.status == 200 and (b"html" in ctype or not ctype):
        body = response.body
        if len(body) <= CAPTCHA_MAX_BYTES and CAPTCHA.search(body):
            return "captcha or anti-bot page"
    return None


class BlockedMiddleware:
    """Turn refusals into :class:`Blocked` (the request's errback records them as ``blocked``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BlockedMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("vnpolice_kind") == "robots":
            return response
        reason = blocked_reason(response)
        if reason:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("vnpolice/blocked")
            log.warning("blocked: %s (%s)", response.url, reason)
            request.meta["vnpolice_status"] = response.status
            raise Blocked(reason)
        return response


REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class RedirectStateMiddleware:
    """Record each redirect hop as ``redirected`` before Scrapy follows it; stop loops at once."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectStateMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        spider: Any = self.crawler.spider
        if (
            response.status not in REDIRECT_CODES
            or not location
            or "vnpolice_site" not in request.meta
            or not hasattr(spider, "redirected")
        ):
            return response
        target = response.urljoin(location.decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            request.meta["vnpolice_status"] = response.status
            raise RedirectLoop("redirect loop: " + " -> ".join([*chain, target]))
        if spider.redirected(request, response, target):
            raise AlreadySeen(f"redirect to {target}, fetched by this run anyway")
        return response
