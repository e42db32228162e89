"""A profile for any other news site, given one start URL.

Discovery: the Sitemap lines of its robots.txt, the feeds its start page announces
(``<link rel="alternate" type="application/rss+xml">``), the start page as a listing and its
pagination; article URLs are same-host paths that look like a news article: a long hyphenated
slug with a numeric id (``/phap-luat/bat-giu-doi-tuong-trom-cap-xe-may-20240512.html``,
``/tin-tuc/khoi-to-vu-an-123456``).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from vnpolice.crawler.sites import SiteProfile
from vnpolice.extract.article import source_from_url

# A slug of at least four hyphenated words with a numeric id of 4+ digits somewhere after it.
ARTICLE_PATTERN = r"/[\w%]+(?:-[\w%]+){3,}[-_/.]?(?:[a-z]{0,3})\d{4,}(?:[./?#-]|$)"
PAGINATION_PATTERN = r"(?:[/-](?:page|trang|p)[-/]?\d+/?$|[?&](?:page|p|trang|PageIndex)=\d+)"
DATE_PATTERN = (
    r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?:\D{1,4}(?P<H>\d{1,2})[:h](?P<M>\d{2}))?"
)


def generic_profile(start_url: str) -> SiteProfile:
    """The profile of the site at ``start_url`` (its key is the site's registrable name)."""
    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{start_url!r} is not an http(s) URL")
    base = f"{parts.scheme}://{parts.netloc}"
    start = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host = parts.hostname or "generic"
    try:
        ipaddress.ip_address(host)
        key = host  # a bare address has no registrable name
    except ValueError:
        key = source_from_url(start_url) or host
    return SiteProfile(
        key=key,
        name=parts.hostname or key,
        base_url=base,
        listings=(start,),
        article_pattern=ARTICLE_PATTERN,
        pagination_pattern=PAGINATION_PATTERN,
        listing_date_pattern=DATE_PATTERN,
        extra={"autodiscover_feeds": True},
    )
