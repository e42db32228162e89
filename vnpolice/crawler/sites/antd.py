"""anninhthudo.vn (Báo An ninh Thủ đô): articles ``/{muc}/{slug}/{id}.antd``; listings ``/{muc}/trang-{n}/``.

Discovery: robots.txt names a sitemap index of gzipped news sitemaps; the home RSS feed; category
listings, which print ``dd/mm/yyyy HH:MM``. Ledes start with "ANTD.VN -".
"""

from __future__ import annotations

from vnpolice.crawler.sites import SiteProfile

PROFILE = SiteProfile(
    key="antd",
    name="Báo An ninh Thủ đô",
    base_url="https://anninhthudo.vn",
    sitemaps=("/sitemap.xml",),
    feeds=("/rss/home.rss",),
    listings=("/phap-luat/", "/xa-hoi/"),
    article_pattern=r"^/[a-z0-9-]+/[a-z0-9-]+/\d+\.antd$",
    pagination_pattern=r"^/[a-z0-9-]+/trang-\d+/?$",
    listing_date_pattern=r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?",
)
