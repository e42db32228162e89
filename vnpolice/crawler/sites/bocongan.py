"""bocongan.gov.vn (Cổng TTĐT Bộ Công an, DNN): articles ``/tin-tuc-su-kien/{muc}/{slug}-t{id}.html``.

Discovery: ``/sitemap.xml`` (a plain urlset with ``lastmod``, also named in robots.txt) and the
category listings ``…-{n}.html?Page={n}``, which print ``dd/mm/yyyy`` without a time. Article pages
print ``09/01/2023`` followed by ``Lượt xem: 10191``; the whole page sits in one ``<form>``.
"""

from __future__ import annotations

from vnpolice.crawler.sites import SiteProfile

PROFILE = SiteProfile(
    key="bocongan",
    name="Cổng Thông tin điện tử Bộ Công an",
    base_url="https://bocongan.gov.vn",
    sitemaps=("/sitemap.xml",),
    listings=(
        "/tin-tuc-su-kien/hoat-dong-cua-luc-luong-cong-an/tin-hoat-dong-cua-bo-2.html",
        "/tin-tuc-su-kien/hoat-dong-cua-luc-luong-cong-an/hoat-dong-cua-dia-phuong-23.html",
    ),
    article_pattern=r"^/tin-tuc-su-kien/[a-z0-9-]+/[a-z0-9-]+-t\d+\.html$",
    pagination_pattern=r"^/tin-tuc-su-kien/[a-z0-9-]+/[a-z0-9-]+-\d+\.html\?Page=\d+$",
    listing_date_pattern=r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
)
