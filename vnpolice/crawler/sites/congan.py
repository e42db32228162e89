"""congan.com.vn (Báo Công an TP.HCM): articles ``/{muc}/{slug}_{id}.html``; listings ``/{muc}?page={n}``.

Discovery: the home RSS feed and category listings (``/vu-an``, ``/tin-chinh``), which print
``dd/mm/yyyy HH:MM``; no sitemap. Article pages print the date as ``Thứ Năm, 05/06/2025 | 08:15``.
"""

from __future__ import annotations

from vnpolice.crawler.sites import SiteProfile

PROFILE = SiteProfile(
    key="congan",
    name="Báo Công an TP. Hồ Chí Minh",
    base_url="https://congan.com.vn",
    feeds=("/rss/home.rss",),
    listings=("/vu-an", "/tin-chinh"),
    article_pattern=r"^/[a-z0-9-]+/[a-z0-9-]+_\d+\.html$",
    pagination_pattern=r"^/[a-z0-9-]+\?page=\d+$",
    listing_date_pattern=r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s*\|?\s*(?P<H>\d{1,2}):(?P<M>\d{2}))?",
)
