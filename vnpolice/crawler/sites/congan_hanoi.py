"""congan.hanoi.gov.vn (Công an TP Hà Nội, DNN): articles ``/tin-tuc/{slug}-{id}``; no sitemap.

Listings are a JSON API, one module id per category (698: tin ANTT và cảnh báo tội phạm, 419:
an toàn giao thông):
``/DesktopModules/cmsview/api/NewsContent/listnew?PortalId=0&ModuleId={m}&GetType=3&PageIndex={n}&txtKeyword=``
answers ``{"ListData": [{"Id", "Url", "Name", "Description", "PublishTime"}], "ListMoreData": [...]}``;
``PublishTime`` is local time without an offset (``2026-01-19T08:50:00``). A page past the last
one has empty lists, so :func:`parse_listing` asks for the next ``PageIndex`` while items remain.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

from vnpolice.crawler.sites import Link, SiteProfile

VN = timezone(timedelta(hours=7))
API = "/DesktopModules/cmsview/api/NewsContent/listnew"


def listing_url(module: int, page: int = 1) -> str:
    return f"{API}?PortalId=0&ModuleId={module}&GetType=3&PageIndex={page}&txtKeyword="


def _published(value: object) -> datetime | None:
    try:
        d = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=VN)


def parse_listing(body: str, url: str) -> Iterator[Link]:
    """Article links (dated by ``PublishTime``) of one API page, then the next page if it had any."""
    try:
        data = json.loads(body)
    except ValueError:
        return
    if not isinstance(data, dict):
        return
    items = [
        i
        for key in ("ListData", "ListMoreData")
        for i in (data.get(key) or [])
        if isinstance(i, dict) and i.get("Url")
    ]
    for item in items:
        yield Link(urljoin(url, str(item["Url"])), _published(item.get("PublishTime")), "article")
    m = re.search(r"([?&]PageIndex=)(\d+)", url)
    if items and m:
        nxt = url[: m.start(2)] + str(int(m[2]) + 1) + url[m.end(2) :]
        yield Link(nxt, None, "listing")


PROFILE = SiteProfile(
    key="congan_hanoi",
    name="Công an thành phố Hà Nội",
    base_url="https://congan.hanoi.gov.vn",
    listings=(listing_url(698), listing_url(419)),
    article_pattern=r"^/tin-tuc/[a-z0-9-]+-\d+$",
    pagination_pattern=r"/DesktopModules/cmsview/api/NewsContent/listnew\?.*PageIndex=\d+",
    parse_listing=parse_listing,
)
