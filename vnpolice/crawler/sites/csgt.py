"""csgt.vn (Cục Cảnh sát giao thông, WordPress): articles ``/tin-tuc/{slug}-{id}.html``.

Discovery: the RSS 2.0 feed ``/feed/`` and the listing ``/tin-tuc/`` with ``/page/{n}/`` pages,
which print ``dd/mm/yyyy``. Article pages print word-month dates ("22 Tháng Tư, 2020"). The fine
lookup pages (``/tra-cuu-phat-nguoi``) are CAPTCHA-protected and disallowed in robots.txt: never
crawled.
"""

from __future__ import annotations

from vnpolice.crawler.sites import SiteProfile

PROFILE = SiteProfile(
    key="csgt",
    name="Cục Cảnh sát giao thông",
    base_url="https://www.csgt.vn",
    feeds=("/feed/",),
    listings=("/tin-tuc/", "/tin-tuc/hoat-dong-cua-luc-luong-csgt/"),
    article_pattern=r"^/tin-tuc/[a-z0-9-]+-\d+\.html$",
    pagination_pattern=r"^/tin-tuc/(?:[a-z0-9-]+/)?page/\d+/?$",
    listing_date_pattern=r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
)
