"""cand.com.vn (Báo Công an nhân dân): articles end in ``-i{id}/``; listings ``/{muc}/page-{n}/``.

Discovery: robots.txt names a sitemap index of monthly gzipped news sitemaps (with
``news:publication_date``); the home RSS feed; category listings, which print ``dd/mm/yyyy HH:MM``.
The category slug of an article path varies in case (``/Phap-luat/``, ``/lanh-dao-bo-cong-an/``).
"""

from __future__ import annotations

from vnpolice.crawler.sites import SiteProfile

PROFILE = SiteProfile(
    key="cand",
    name="Báo Công an nhân dân",
    base_url="https://cand.com.vn",
    sitemaps=("/sitemap.xml",),
    feeds=("/rss/trang-chu.rss",),
    listings=("/phap-luat/", "/ban-tin-113/"),
    article_pattern=r"^/[A-Za-z0-9-]+/[A-Za-z0-9-]+-i\d{5,}/?$",
    pagination_pattern=r"^/[a-z0-9-]+/page-\d+/?$",
    listing_date_pattern=r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?",
)
