"""Build the offline site mirrors under ``fixtures/mirror/<site>/`` (run from the repo root).

    python scripts/make_mirrors.py

Every article body is a real Vietnamese police news text from ``fixtures/eval/texts.jsonl`` (a copy of ``../shared/eval/texts.jsonl``), kept
verbatim (split into paragraphs at its line breaks, or at sentence ends when it is one block);
the titles are the records' titles. Everything around the text is written by the team: the page
templates (one per site, shaped like the real site), the URLs, slugs, ids and the publication
dates, which are synthetic. The tables below say which text goes where; ``manifest.json`` of each
site lists what a full crawl must find. Absolute URLs are written as ``{{BASE}}``, which the mirror
server (``vnpolice.crawler.mirror``) replaces by the site's address when serving.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "fixtures" / "eval" / "texts.jsonl"
SEED = ROOT / "fixtures" / "pages" / "csgt_seed.html"
OUT = ROOT / "fixtures" / "mirror"
PER_PAGE = 4  # items on one listing page: 12 items give 3 pages
TZ = timezone(timedelta(hours=7))

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORDS = [
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Which text goes to which site, under which id and date. (texts.jsonl line, id, date, meta?)
# meta=False: the page has no article:published_time, only the printed date.
# The first row is the newest; the listing shows them in this order.

ARTICLES: dict[str, list[tuple[int, int, str, bool]]] = {
    "cand": [
        (27, 792411, "2019-04-21 17:30", True),
        (41, 790263, "2019-04-06 10:20", True),
        (46, 788105, "2019-03-12 19:45", True),
        (81, 785520, "2019-03-01 07:10", False),
        (44, 783017, "2019-02-15 21:05", True),
        (45, 780466, "2018-10-12 17:50", True),
        (43, 777912, "2018-07-05 10:20", True),
        (79, 775380, "2018-05-18 09:15", False),
        (42, 772846, "2018-05-14 14:00", True),
        (29, 770201, "2018-04-30 06:35", True),
    ],
    "congan": [
        (78, 187452, "2019-08-13 16:25", True),
        (32, 187016, "2019-01-02 09:00", True),
        (94, 186570, "2018-12-25 13:45", True),
        (92, 186044, "2018-11-28 07:20", False),
        (77, 185612, "2018-10-31 11:30", True),
        (90, 185180, "2018-08-05 20:05", True),
        (91, 184733, "2018-08-05 18:30", True),
        (47, 184290, "2018-05-03 16:55", True),
        (30, 183801, "2018-01-15 12:30", False),
        (33, 183355, "2017-12-28 15:40", True),
    ],
    "bocongan": [
        (26, 35218, "2019-05-11 10:00", True),
        (34, 35104, "2019-03-29 15:30", True),
        (21, 34987, "2019-02-16 08:45", False),
        (20, 34860, "2019-01-18 14:10", True),
        (100, 34712, "2018-12-11 16:00", True),
        (71, 34589, "2018-09-10 08:00", True),
        (76, 34455, "2018-07-31 15:15", False),
        (40, 34321, "2018-07-16 09:00", True),
        (38, 34190, "2018-07-14 11:05", True),
        (35, 34079, "2018-06-17 09:20", True),
    ],
    "antd": [
        (97, 881940, "2019-08-21 09:10", True),
        (96, 881202, "2019-08-02 14:30", True),
        (28, 880515, "2019-07-26 21:40", True),
        (93, 879830, "2019-06-24 06:00", False),
        (39, 879104, "2019-05-12 16:15", True),
        (36, 878377, "2019-04-28 18:20", True),
        (37, 877650, "2019-01-21 08:05", True),
        (80, 876921, "2018-05-11 10:50", False),
        (95, 876198, "2018-01-16 13:35", True),
        (55, 875460, "2017-01-22 07:45", True),
    ],
    # csgt: line 0 is the team's seed page (fixtures/pages/csgt_seed.html), id 1234.
    "csgt": [
        (0, 1234, "2020-04-28 10:15", True),
        (61, 1219, "2019-10-20 09:00", True),
        (58, 1203, "2019-05-25 15:00", True),
        (62, 1198, "2019-04-29 14:20", False),
        (59, 1176, "2019-01-15 10:30", True),
        (31, 1169, "2018-12-24 08:00", True),
        (60, 1162, "2018-12-11 16:10", True),
        (57, 1108, "2017-06-26 07:50", True),
        (63, 1051, "2016-10-05 09:40", False),
        (56, 1017, "2016-04-20 11:25", True),
    ],
    # The texts of congan_hanoi are of 27-28/6/2025 (baomoi.com); the portal posts them over
    # the following three weeks.
    "congan_hanoi": [
        (16, 219874, "2025-07-18 15:55", True),
        (15, 219322, "2025-07-11 08:50", True),
        (3, 218790, "2025-07-01 07:40", True),
        (13, 218245, "2025-06-30 10:00", False),
        (14, 217701, "2025-06-29 17:30", True),
        (9, 217166, "2025-06-29 09:25", True),
        (8, 216620, "2025-06-29 08:10", True),
        (2, 216083, "2025-06-28 20:10", True),
        (10, 215540, "2025-06-28 18:35", False),
        (1, 215002, "2025-06-28 17:45", True),
    ],
}

# The special pages of each site: a broken one (with what is wrong), the internal page robots.txt
# forbids, and a page that looks like an article but is a video/photo page.
# broken: (texts.jsonl line for its title, id, date, kind); kind is how it breaks.
BROKEN: dict[str, tuple[int, int, str, str]] = {
    "cand": (86, 779301, "2018-09-14 12:00", "status 500"),
    "congan": (64, 185900, "2018-09-02 10:00", "truncated transfer"),
    "bocongan": (66, 34001, "2018-03-29 09:00", "truncated html"),
    "antd": (65, 878811, "2018-07-23 12:00", "status 404"),
    "csgt": (17, 1122, "2018-02-05 09:00", "status 503"),
    "congan_hanoi": (11, 216455, "2025-06-29 12:00", "empty body"),
}
INTERNAL_DATE = {
    "cand": "2018-11-15 08:00",
    "congan": "2018-09-20 08:00",
    "bocongan": "2018-10-01 08:00",
    "antd": "2019-03-01 08:00",
    "csgt": "2019-03-01 08:00",
    "congan_hanoi": "2025-07-05 08:00",
}
INTERNAL_TITLE = "Thông báo nội bộ về lịch giao ban tuần"
INTERNAL_TEXT = (
    "Trang dành cho cán bộ, chiến sĩ trong đơn vị. Nội dung chỉ phục vụ công tác nội bộ, không "
    "phải tin bài; máy tìm kiếm và chương trình thu thập tự động không được truy cập."
)
NONARTICLE_TITLE = {
    "cand": "Video: Toàn cảnh lễ ra quân bảo đảm an ninh trật tự cuối năm",
    "congan": "Video: Cảnh sát cơ động tuần tra đêm trên các tuyến phố",
    "bocongan": "Lịch tiếp công dân của lãnh đạo Bộ Công an",
    "antd": "Video: Hình ảnh lực lượng công an ra quân đầu năm",
    "csgt": "Hình ảnh: Lực lượng CSGT ra quân tổng kiểm soát",
    "congan_hanoi": "Ảnh: Công an Thủ đô ra quân cao điểm",
}
NONARTICLE_CAPTION = "Một số hình ảnh ghi lại tại buổi ra quân."


# ---------------------------------------------------------------------------------------------
# Helpers


def texts() -> list[dict]:
    return [json.loads(line) for line in TEXTS.read_text(encoding="utf-8").splitlines()]


def slugify(title: str, words: int = 12) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z0-9]+", s)
    return "-".join(parts[:words])


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: its lines, or groups of three sentences when it is one block."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1:
        return lines
    sentences = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“(])", text.strip())
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def when(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


@dataclass
class Page:
    """One page of a site: an article (or a special page shaped like one)."""

    path: str
    title: str
    published: datetime
    paras: list[str]
    meta: bool = True
    category: tuple[str, str] = ("", "")  # (label, listing path)
    canonical: str | None = None  # path of the canonical page, for duplicates
    kind: str = "article"  # article | duplicate | broken | internal | nonarticle | seed
    line: int = 0  # texts.jsonl line (1-based), 0 when team-written
    related: list[tuple[str, str, datetime]] = field(default_factory=list)

    @property
    def lead(self) -> str:
        """The meta description: the first paragraph, as news sites use their sapo."""
        return self.paras[0] if self.paras else ""


# ---------------------------------------------------------------------------------------------
# Site definitions: URLs, date formats and the page chrome


class Site:
    key = ""
    name = ""
    category = ("", "")  # main listing: (label, first page path)
    second = ("", "")  # second listing with the duplicate, the redirect and the video page
    dup_category = ""

    # -- URLs
    def article_path(self, slug: str, id_: int, category: str | None = None) -> str:
        raise NotImplementedError

    def listing_page(self, first: str, n: int) -> str:
        raise NotImplementedError

    def internal_path(self, slug: str, id_: int) -> str:
        raise NotImplementedError

    def nonarticle_path(self, slug: str, id_: int) -> str:
        raise NotImplementedError

    # -- dates
    def printed(self, d: datetime) -> str:
        raise NotImplementedError

    def listing_date(self, d: datetime) -> str:
        return d.strftime("%d/%m/%Y %H:%M")

    # -- chrome
    def nav(self) -> list[tuple[str, str]]:
        return [
            ("/", "Trang chủ"),
            (self.category[1], self.category[0]),
            (self.second[1], self.second[0]),
            ("/gioi-thieu/", "Giới thiệu"),
        ]

    def head(self, title: str, desc: str, canonical: str | None, extra: str = "") -> str:
        canon = f'<link rel="canonical" href="{{{{BASE}}}}{esc(canonical)}">' if canonical else ""
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} - {esc(self.name)}</title>\n"
            f'<meta name="description" content="{esc(desc)}">\n{canon}\n'
            f'<meta property="og:site_name" content="{esc(self.name)}">\n{extra}'
            f'<link rel="stylesheet" href="/static/css/main.css">\n</head>\n'
        )

    def article_metas(self, p: Page) -> str:
        out = (
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(p.title)}">\n'
            f'<meta property="og:url" content="{{{{BASE}}}}{esc(p.canonical or p.path)}">\n'
            f'<meta property="article:section" content="{esc(p.category[0])}">\n'
        )
        if p.meta:
            out += f'<meta property="article:published_time" content="{iso(p.published)}">\n'
        return out

    def header(self) -> str:
        items = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in self.nav())
        return (
            f'<header class="site-header"><div class="logo"><a href="/">{esc(self.name)}</a></div>'
            f'<nav class="main-menu"><ul>{items}</ul></nav></header>\n'
        )

    def footer(self) -> str:
        return (
            f'<footer class="site-footer"><p>© {esc(self.name)}. Ghi rõ nguồn khi phát hành lại '
            "thông tin từ website này.</p></footer>\n"
        )

    def share(self, p: Page) -> str:
        u = "{{BASE}}" + p.path
        return (
            '<div class="share-bar"><span>Chia sẻ:</span> '
            f'<a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
            f'<a rel="nofollow" href="https://sp.zalo.me/share_inline?u={u}">Zalo</a></div>\n'
        )

    def related(self, p: Page) -> str:
        if not p.related:
            return ""
        items = "".join(
            f'<li><a href="{esc(path)}">{esc(t)}</a> <span class="time">{self.listing_date(d)}</span></li>'
            for path, t, d in p.related
        )
        return f'<div class="related-news"><h3>Tin liên quan</h3><ul>{items}</ul></div>\n'

    def body(self, p: Page) -> str:
        return "".join(f"<p>{esc(x)}</p>\n" for x in p.paras)

    def article(self, p: Page) -> str:
        raise NotImplementedError

    def listing(self, title: str, items: list[Page], page: int, pages: list[str]) -> str:
        raise NotImplementedError

    def pager(self, page: int, pages: list[str], cls: str = "pagination") -> str:
        if len(pages) < 2:
            return ""
        links = []
        for i, href in enumerate(pages, 1):
            links.append(
                f'<span class="current">{i}</span>'
                if i == page
                else f'<a href="{esc(href)}">{i}</a>'
            )
        if page < len(pages):
            links.append(f'<a class="next" rel="next" href="{esc(pages[page])}">Trang sau »</a>')
        return f'<div class="{cls}">{" ".join(links)}</div>\n'

    def simple(self, title: str, inner: str) -> str:
        return (
            self.head(title, title, None)
            + "<body>\n"
            + self.header()
            + f'<main class="container"><h1 class="page-title">{esc(title)}</h1>\n{inner}</main>\n'
            + self.footer()
            + "</body>\n</html>\n"
        )

    def about(self) -> str:
        return self.simple(
            "Giới thiệu",
            f"<p>{esc(self.name)} là cơ quan thông tin của lực lượng Công an nhân dân.</p>\n"
            "<p>Địa chỉ liên hệ và đường dây nóng được đăng ở chân trang.</p>\n",
        )

    def home(self, latest: list[Page]) -> str:
        items = "".join(f'<li><a href="{esc(p.path)}">{esc(p.title)}</a></li>\n' for p in latest)
        return self.simple(self.name, f'<ul class="home-latest">\n{items}</ul>\n')

    def nonarticle(self, p: Page) -> str:
        return (
            self.head(p.title, p.title, p.path, '<meta property="og:type" content="video.other">\n')
            + "<body>\n"
            + self.header()
            + f'<main class="container"><h1>{esc(p.title)}</h1>\n'
            + '<div class="video-player"><video src="/media/video.mp4" controls></video></div>\n'
            + f'<p class="caption">{esc(NONARTICLE_CAPTION)}</p>\n</main>\n'
            + self.footer()
            + "</body>\n</html>\n"
        )


def vn_weekday(d: datetime) -> str:
    return WEEKDAYS[d.weekday()]


class Cand(Site):
    key, name = "cand", "Báo Công an nhân dân"
    category = ("Pháp luật", "/phap-luat/")
    second = ("Bản tin 113", "/ban-tin-113/")

    def article_path(self, slug, id_, category=None):
        return f"/{category or 'Phap-luat'}/{slug}-i{id_}/"

    def listing_page(self, first, n):
        return first if n == 1 else f"{first}page-{n}/"

    def internal_path(self, slug, id_):
        return f"/Noi-bo/{slug}-i{id_}/"

    def nonarticle_path(self, slug, id_):
        return f"/Video/{slug}-i{id_}/"

    def printed(self, d):
        return f"{vn_weekday(d)}, {d:%d/%m/%Y, %H:%M}"

    def article(self, p):
        crumbs = (
            f'<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
            f'<li><a href="{esc(p.category[1])}">{esc(p.category[0])}</a></li></ul>\n'
        )
        return (
            self.head(
                p.title,
                p.lead,
                p.canonical or p.path,
                self.article_metas(p),
            )
            + '<body>\n<div class="wrapper">\n'
            + self.header()
            + '<div class="box-detail">\n'
            + crumbs
            + f'<h1 class="box-title-detail">{esc(p.title)}</h1>\n'
            + f'<div class="box-date">{self.printed(p.published)}</div>\n'
            + '<div class="detail-content-body">\n'
            + self.body(p)
            + "</div>\n"
            + self.share(p)
            + self.related(p)
            + "</div>\n</div>\n"
            + self.footer()
            + "</body>\n</html>\n"
        )

    def listing(self, title, items, page, pages):
        lis = "".join(
            f'<article class="box-category-item"><h3><a href="{esc(p.path)}">{esc(p.title)}</a></h3>'
            f'<span class="time">{self.listing_date(p.published)}</span>'
            f'<p class="sapo">{esc(p.lead)}</p></article>\n'
            for p in items
        )
        return self.simple(
            title, f'<div class="box-category">\n{lis}</div>\n' + self.pager(page, pages)
        )


class Congan(Site):
    key, name = "congan", "Báo Công an TP. Hồ Chí Minh"
    category = ("Vụ án", "/vu-an")
    second = ("Tin chính", "/tin-chinh")

    def article_path(self, slug, id_, category=None):
        return f"/{category or 'vu-an'}/{slug}_{id_}.html"

    def listing_page(self, first, n):
        return first if n == 1 else f"{first}?page={n}"

    def internal_path(self, slug, id_):
        return f"/tin-noi-bo/{slug}_{id_}.html"

    def nonarticle_path(self, slug, id_):
        return f"/video/{slug}_{id_}.html"

    def printed(self, d):
        return f"{vn_weekday(d)}, {d:%d/%m/%Y | %H:%M}"

    def article(self, p):
        return (
            self.head(
                p.title,
                p.lead,
                p.canonical or p.path,
                self.article_metas(p),
            )
            + '<body>\n<div id="wrapper">\n'
            + self.header()
            + f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{esc(p.category[1])}">{esc(p.category[0])}</a></li></ol>\n'
            + '<div class="news_detail">\n<div class="news_header">\n'
            + f"<h1>{esc(p.title)}</h1>\n"
            + f'<p style="white-space: nowrap;">{self.printed(p.published)}</p>\n'
            + "</div>\n"
            + '<div class="content_detail">\n'
            + self.body(p)
            + "</div>\n"
            + self.share(p)
            + "</div>\n"
            + self.related(p)
            + "</div>\n"
            + self.footer()
            + "</body>\n</html>\n"
        )

    def listing(self, title, items, page, pages):
        lis = "".join(
            f'<li><h3><a href="{esc(p.path)}">{esc(p.title)}</a></h3>'
            f'<span class="time">{self.listing_date(p.published)}</span>'
            f'<div class="hidden-xs news_lead">{esc(p.lead)}</div></li>\n'
            for p in items
        )
        return self.simple(title, f'<ul class="list_news">\n{lis}</ul>\n' + self.pager(page, pages))


class Bocongan(Site):
    key, name = "bocongan", "Cổng Thông tin điện tử Bộ Công an"
    category = (
        "Tin hoạt động của Bộ",
        "/tin-tuc-su-kien/hoat-dong-cua-luc-luong-cong-an/tin-hoat-dong-cua-bo-2.html",
    )
    second = (
        "Hoạt động của địa phương",
        "/tin-tuc-su-kien/hoat-dong-cua-luc-luong-cong-an/hoat-dong-cua-dia-phuong-23.html",
    )

    def article_path(self, slug, id_, category=None):
        return (
            f"/tin-tuc-su-kien/{category or 'hoat-dong-cua-luc-luong-cong-an'}/{slug}-t{id_}.html"
        )

    def listing_page(self, first, n):
        return first if n == 1 else f"{first}?Page={n}"

    def internal_path(self, slug, id_):
        return f"/tin-tuc-su-kien/tin-noi-bo/{slug}-t{id_}.html"

    def nonarticle_path(self, slug, id_):
        return f"/tin-tuc-su-kien/thong-bao/{slug}-t{id_}.html"

    def printed(self, d):
        return f"{d:%d/%m/%Y}"

    def listing_date(self, d):
        return f"{d:%d/%m/%Y}"

    def dnn(self, inner: str) -> str:
        """DNN pages wrap everything in one ASP.NET form."""
        return (
            '<body id="Body">\n<form method="post" action="/" id="Form">\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">\n'
            + self.header()
            + inner
            + self.footer()
            + "</form>\n</body>\n</html>\n"
        )

    def simple(self, title, inner):
        return self.head(title, title, None) + self.dnn(
            f'<div class="ContentPane"><h1 class="page-title">{esc(title)}</h1>\n{inner}</div>\n'
        )

    def article(self, p, cut: bool = False):
        top = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{esc(p.category[1])}">{esc(p.category[0])}</a></div>\n'
            f'<div class="news-detail">\n<h1 class="title-detail">{esc(p.title)}</h1>\n'
            f'<div class="date-view"><span class="date">{self.printed(p.published)}</span> '
            f'<span class="view">Lượt xem: {1000 + p.published.day * 313}</span></div>\n'
        )
        head = self.head(p.title, p.lead, p.canonical or p.path, self.article_metas(p))
        if cut:
            page = head + self.dnn(top)
            return page[: page.index('<div class="news-detail">') + 40]
        inner = (
            top
            + '<div class="content-detail">\n'
            + self.body(p)
            + "</div>\n"
            + self.share(p)
            + "</div>\n"
            + self.related(p)
        )
        return head + self.dnn(inner)

    def listing(self, title, items, page, pages):
        lis = "".join(
            f'<div class="item-news"><a class="title" href="{esc(p.path)}">{esc(p.title)}</a>'
            f'<span class="date">{self.listing_date(p.published)}</span></div>\n'
            for p in items
        )
        return self.simple(
            title, f'<div class="list-news">\n{lis}</div>\n' + self.pager(page, pages)
        )


class Antd(Site):
    key, name = "antd", "Báo An ninh Thủ đô"
    category = ("Pháp luật", "/phap-luat/")
    second = ("Xã hội", "/xa-hoi/")

    def article_path(self, slug, id_, category=None):
        return f"/{category or 'phap-luat'}/{slug}/{id_}.antd"

    def listing_page(self, first, n):
        return first if n == 1 else f"{first}trang-{n}/"

    def internal_path(self, slug, id_):
        return f"/thong-tin-noi-bo/{slug}/{id_}.antd"

    def nonarticle_path(self, slug, id_):
        return f"/video/{slug}/{id_}.antd"

    def printed(self, d):
        return f"{vn_weekday(d)}, {d:%d/%m/%Y - %H:%M}"

    def body(self, p):
        first, rest = p.paras[0], p.paras[1:]
        return f'<div class="sapo">ANTD.VN - {esc(first)}</div>\n' + "".join(
            f"<p>{esc(x)}</p>\n" for x in rest
        )

    def article(self, p):
        return (
            self.head(
                p.title,
                p.lead,
                p.canonical or p.path,
                self.article_metas(p),
            )
            + "<body>\n"
            + self.header()
            + '<div class="main-article">\n'
            + f'<div class="breadcrumbs"><a href="/">ANTĐ</a> <a href="{esc(p.category[1])}">{esc(p.category[0])}</a></div>\n'
            + f'<h1 class="article__title">{esc(p.title)}</h1>\n'
            + f'<div class="article__meta"><time>{self.printed(p.published)}</time></div>\n'
            + '<div class="article__body">\n'
            + self.body(p)
            + "</div>\n"
            + self.share(p)
            + self.related(p)
            + "</div>\n"
            + self.footer()
            + "</body>\n</html>\n"
        )

    def listing(self, title, items, page, pages):
        lis = "".join(
            f'<div class="story"><h3 class="story__title"><a href="{esc(p.path)}">{esc(p.title)}</a></h3>'
            f'<time class="story__time">{self.listing_date(p.published)}</time></div>\n'
            for p in items
        )
        return self.simple(
            title, f'<div class="box-stream">\n{lis}</div>\n' + self.pager(page, pages)
        )


class Csgt(Site):
    key, name = "csgt", "Cục Cảnh sát giao thông"
    category = ("Tin tức - Sự kiện", "/tin-tuc/")
    second = ("Hoạt động của lực lượng CSGT", "/tin-tuc/hoat-dong-cua-luc-luong-csgt/")

    def nav(self):
        return [
            ("/", "Trang chủ"),
            ("/gioi-thieu/", "Giới thiệu"),
            (self.category[1], self.category[0]),
            (self.second[1], self.second[0]),
            ("/tra-cuu-phat-nguoi", "Tra cứu phạt nguội"),
        ]

    def article_path(self, slug, id_, category=None):
        return f"/tin-tuc/{slug}-{id_}.html"

    def listing_page(self, first, n):
        return first if n == 1 else f"{first}page/{n}/"

    def internal_path(self, slug, id_):
        return f"/tin-tuc/noi-bo-{slug}-{id_}.html"

    def nonarticle_path(self, slug, id_):
        return f"/tin-tuc/{slug}-{id_}.html"

    def printed(self, d):
        return f"{d.day:02d} Tháng {MONTH_WORDS[d.month - 1]}, {d.year}"

    def listing_date(self, d):
        return f"{d:%d/%m/%Y}"

    def article(self, p):
        return (
            self.head(
                p.title,
                p.lead,
                p.canonical or p.path,
                self.article_metas(p),
            )
            + '<body class="single single-post jnews">\n<div class="jeg_viewport">\n'
            + self.header()
            + f'<div class="jeg_breadcrumbs"><a href="/">Trang chủ</a> » <a href="/tin-tuc/">Tin tức</a> » <span class="breadcrumb_last">{esc(p.title)}</span></div>\n'
            + '<div class="jeg_inner_content">\n'
            + f'<h1 class="jeg_post_title">{esc(p.title)}</h1>\n'
            + f'<div class="jeg_meta_date"><a href="{esc(p.path)}">{self.printed(p.published)}</a></div>\n'
            + '<div class="content-inner">\n'
            + self.body(p)
            + "</div>\n"
            + self.share(p)
            + self.related(p)
            + "</div>\n</div>\n"
            + self.footer()
            + "</body>\n</html>\n"
        )

    def listing(self, title, items, page, pages):
        lis = "".join(
            f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{esc(p.path)}">{esc(p.title)}</a></h3>'
            f'<div class="jeg_meta_date">{self.listing_date(p.published)}</div></article>\n'
            for p in items
        )
        return self.simple(
            title,
            f'<div class="jeg_posts">\n{lis}</div>\n' + self.pager(page, pages, "jeg_navigation"),
        )


class CongAnHanoi(Site):
    key, name = "congan_hanoi", "Công an thành phố Hà Nội"
    category = ("Tin ANTT và cảnh báo tội phạm", "698")  # API module ids
    second = ("An toàn giao thông", "419")

    def nav(self):
        return [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")]

    def article_path(self, slug, id_, category=None):
        return f"/tin-tuc/{slug}-{id_}"

    def listing_page(self, first, n):
        return (
            "/DesktopModules/cmsview/api/NewsContent/listnew"
            f"?PortalId=0&ModuleId={first}&GetType=3&PageIndex={n}&txtKeyword="
        )

    def internal_path(self, slug, id_):
        return f"/tin-tuc/thong-bao-noi-bo-{slug}-{id_}"

    def nonarticle_path(self, slug, id_):
        return f"/tin-tuc/{slug}-{id_}"

    def printed(self, d):
        return f"{d:%d/%m/%Y %H:%M}"

    def simple(self, title, inner):
        return self.head(title, title, None) + (
            '<body>\n<form method="post" action="/" id="Form">\n'
            + self.header()
            + f'<div class="DnnModule"><h1 class="page-title">{esc(title)}</h1>\n{inner}</div>\n'
            + self.footer()
            + "</form>\n</body>\n</html>\n"
        )

    def article(self, p, empty: bool = False):
        content = "" if empty else self.body(p)
        return (
            self.head(
                p.title,
                p.lead,
                p.canonical or p.path,
                self.article_metas(p),
            )
            + '<body>\n<form method="post" action="/" id="Form">\n'
            + self.header()
            + '<div class="DnnModule news-detail">\n'
            + f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>{esc(p.category[0])}</span></div>\n'
            + f'<h1 class="news-title">{esc(p.title)}</h1>\n'
            + f'<div class="news-date">{self.printed(p.published)}</div>\n'
            + f'<div class="news-content">\n{content}</div>\n'
            + self.share(p)
            + self.related(p)
            + "</div>\n"
            + self.footer()
            + "</form>\n</body>\n</html>\n"
        )

    def api(self, items: list[Page]) -> str:
        data = [
            {
                "Id": int(re.search(r"-(\d+)$", p.path)[1]),
                "Url": p.path,
                "Name": p.title,
                "Description": p.lead,
                "PublishTime": p.published.strftime("%Y-%m-%dT%H:%M:00"),
            }
            for p in items
        ]
        return (
            json.dumps({"ListData": data, "ListMoreData": []}, ensure_ascii=False, indent=1) + "\n"
        )


SITES: list[Site] = [Cand(), Congan(), Bocongan(), Antd(), Csgt(), CongAnHanoi()]


# ---------------------------------------------------------------------------------------------
# Feeds and sitemaps


def rss(site: Site, title: str, pages: list[Page]) -> str:
    items = "".join(
        "<item>"
        f"<title>{esc(p.title)}</title>"
        f"<link>{{{{BASE}}}}{esc(p.path)}</link>"
        f'<guid isPermaLink="true">{{{{BASE}}}}{esc(p.path)}</guid>'
        f"<description>{esc(p.lead)}</description>"
        f"<pubDate>{format_datetime(p.published.replace(tzinfo=TZ))}</pubDate>"
        "</item>\n"
        for p in pages
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"<title>{esc(title)}</title>\n<link>{{{{BASE}}}}/</link>\n"
        f"<description>{esc(site.name)}</description>\n<language>vi</language>\n"
        f"{items}</channel>\n</rss>\n"
    )


def news_sitemap(site: Site, pages: list[Page]) -> str:
    urls = "".join(
        f"<url><loc>{{{{BASE}}}}{esc(p.path)}</loc>"
        f"<lastmod>{iso(p.published)}</lastmod>"
        "<news:news><news:publication>"
        f"<news:name>{esc(site.name)}</news:name><news:language>vi</news:language>"
        f"</news:publication><news:publication_date>{iso(p.published)}</news:publication_date>"
        f"<news:title>{esc(p.title)}</news:title></news:news></url>\n"
        for p in pages
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{urls}</urlset>\n"
    )


def plain_sitemap(pages: list[Page]) -> str:
    urls = "".join(
        f"<url><loc>{{{{BASE}}}}{esc(p.path)}</loc><lastmod>{p.published:%Y-%m-%d}</lastmod></url>\n"
        for p in pages
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    )


def sitemap_index(entries: list[tuple[str, datetime]]) -> str:
    items = "".join(
        f"<sitemap><loc>{{{{BASE}}}}{esc(path)}</loc><lastmod>{iso(d)}</lastmod></sitemap>\n"
        for path, d in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{items}</sitemapindex>\n"
    )


# ---------------------------------------------------------------------------------------------
# Building one site


def write(folder: Path, path: str, content: str | bytes) -> None:
    """Write the file that serves ``path`` (see the mirror server's path mapping)."""
    rel = path.split("?")[0].lstrip("/")
    if rel == "" or rel.endswith("/"):
        target = folder / rel / "index.html"
    elif Path(rel).suffix:
        target = folder / rel
    else:
        target = folder / (rel + ".html")
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    target.write_bytes(content)


def write_query(folder: Path, path: str, content: str) -> None:
    base, query = path.split("?", 1)
    target = folder / base.strip("/") / "__q" / query.replace("/", "_")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")


def seed_page() -> Page:
    src = SEED.read_text(encoding="utf-8")
    title = re.search(r'<h1 class="jeg_post_title">(.*?)</h1>', src)[1]
    path = (
        "/tin-tuc/cuc-canh-sat-giao-thong-huong-ung-hanh-trinh-giot-mau-nghia-tinh-2020-1234.html"
    )
    return Page(path, html.unescape(title), when("2020-04-28 10:15"), [], kind="seed")


def build(site: Site, records: list[dict], out: Path = OUT) -> dict:
    folder = out / site.key
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    main_label, main_first = site.category
    second_label, second_first = site.second

    # Articles.
    arts: list[Page] = []
    for line, id_, d, meta in ARTICLES[site.key]:
        if line == 0:
            p = seed_page()
            p.category = (main_label, main_first)
            arts.append(p)
            continue
        rec = records[line - 1]
        title = rec["title"].strip()
        path = site.article_path(slugify(title), id_)
        arts.append(
            Page(
                path,
                title,
                when(d),
                paragraphs(rec["text"]),
                meta,
                (main_label, main_first),
                line=line,
            )
        )
    seed = next((a for a in arts if a.kind == "seed"), arts[0])
    # The duplicate: the second article again, under another category (another id on csgt and
    # congan.hanoi.gov.vn), with <link rel=canonical> to the first URL.
    orig = arts[1]
    if site.key in ("csgt", "congan_hanoi"):
        slug = slugify(orig.title) + "-2"
        dup_id = int(re.search(r"(\d+)(?:\.html)?/?$", orig.path)[1]) + 1
    else:
        slug = slugify(orig.title)
        dup_id = int(re.search(r"(\d+)(?:\.html|\.antd)?/?$", orig.path)[1])
    dup_cat = {
        "cand": "Ban-tin-113",
        "congan": "tin-chinh",
        "bocongan": "hoat-dong-cua-dia-phuong",
        "antd": "xa-hoi",
    }.get(site.key)
    dup = Page(
        site.article_path(slug, dup_id, dup_cat), orig.title, orig.published, orig.paras, orig.meta,
        (second_label, second_first), canonical=orig.path, kind="duplicate", line=orig.line,
    )  # fmt: skip
    # The redirect: the sixth article's old URL (a shorter slug) answers 301 -> its URL.
    moved = arts[5]
    if moved.kind == "seed":
        moved = arts[6]
    old_slug = "-".join(slugify(moved.title).split("-")[:5])
    moved_id = int(re.search(r"(\d+)(?:\.html|\.antd)?/?$", moved.path)[1])
    old_path = site.article_path(old_slug, moved_id)
    old = Page(old_path, moved.title, moved.published, [], kind="redirect")
    # Broken, internal (robots.txt forbids it) and non-article pages.
    bline, bid, bdate, bkind = BROKEN[site.key]
    btitle = records[bline - 1]["title"].strip()
    broken = Page(
        site.article_path(slugify(btitle), bid), btitle, when(bdate),
        paragraphs(records[bline - 1]["text"]), True, (main_label, main_first), kind="broken", line=bline,
    )  # fmt: skip
    iid = 90000 + bid % 10000 if site.key != "csgt" else 1199
    internal = Page(
        site.internal_path(slugify(INTERNAL_TITLE), iid), INTERNAL_TITLE, when(INTERNAL_DATE[site.key]),
        [INTERNAL_TEXT], True, (main_label, main_first), kind="internal",
    )  # fmt: skip
    ntitle = NONARTICLE_TITLE[site.key]
    nid = 1270 if site.key == "csgt" else int(arts[0].published.strftime("%y%m%d"))
    nonart = Page(
        site.nonarticle_path(slugify(ntitle), nid), ntitle, arts[0].published - timedelta(hours=5),
        [], True, (second_label, second_first), kind="nonarticle",
    )  # fmt: skip

    # Related blocks: the next three articles by date; two of them point at the old URL.
    pool = list(arts)
    for i, a in enumerate(arts + [dup]):
        others = [o for o in pool if o.path != a.path and o.path != (a.canonical or "")]
        others.sort(key=lambda o: abs((o.published - a.published).total_seconds()))
        rel = []
        for o in others[:3]:
            path = old.path if o is moved and i % 2 == 0 else o.path
            rel.append((path, o.title, o.published))
        a.related = rel

    # Listings: the main one (12 items, 3 pages), the second one (one page).
    main_items = sorted(arts + [broken, internal], key=lambda p: p.published, reverse=True)
    second_items = sorted(
        [dup, nonart, old, arts[0], arts[2]], key=lambda p: p.published, reverse=True
    )
    listing_paths: list[str] = []
    routes: dict[str, dict] = {}
    for label, first, items in (
        (main_label, main_first, main_items),
        (second_label, second_first, second_items),
    ):
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        pages = [site.listing_page(first, n) for n in range(1, len(chunks) + 1)]
        if isinstance(site, CongAnHanoi):
            # The API answers every PageIndex; past the last page its lists are empty.
            for n, chunk in enumerate(chunks + [[]], 1):
                write_query(folder, site.listing_page(first, n), site.api(chunk))
        else:
            for n, chunk in enumerate(chunks, 1):
                content = site.listing(label, chunk, n, pages)
                path = pages[n - 1]
                if "?" in path and path.split("?")[0].endswith(".html"):
                    # bocongan: the listing path is a file, so its ?Page=N pages cannot live in
                    # a __q folder beside it; _routes.json maps them to files under _q/.
                    name = (
                        "_q/" + Path(path.split("?")[0]).stem + "." + path.split("?")[1] + ".html"
                    )
                    (folder / "_q").mkdir(exist_ok=True)
                    (folder / name).write_text(content, encoding="utf-8")
                    routes[path] = {"body_file": name}
                elif "?" in path:
                    write_query(folder, path, content)
                else:
                    write(folder, path, content)
        listing_paths += pages

    # Pages.
    for a in arts:
        if a.kind == "seed":
            src = SEED.read_text(encoding="utf-8").replace("https://www.csgt.vn", "{{BASE}}")
            write(folder, a.path, src)
        else:
            write(folder, a.path, site.article(a))
    write(folder, dup.path, site.article(dup))
    write(folder, internal.path, site.article(internal))
    write(folder, nonart.path, site.nonarticle(nonart))
    routes[old.path] = {"redirect": moved.path}
    broken_note = {
        "status 500": "answers 500 (server error)",
        "status 404": "answers 404 (article removed, still listed)",
        "status 503": "answers 503 with Retry-After (server overloaded)",
        "truncated transfer": "promises a longer Content-Length than it sends, then closes",
        "truncated html": "200, but the HTML ends right after the headline (no body)",
        "empty body": "200, article markup with an empty content block",
    }[bkind]
    if bkind == "status 500":
        routes[broken.path] = {"status": 500}
    elif bkind == "status 503":
        routes[broken.path] = {"status": 503, "headers": {"Retry-After": "120"}}
    elif bkind == "truncated transfer":
        write(folder, broken.path, site.article(broken))
        routes[broken.path] = {"truncate": 1500}
    elif bkind == "truncated html":
        write(folder, broken.path, site.article(broken, cut=True))
    elif bkind == "empty body":
        write(folder, broken.path, site.article(broken, empty=True))
    write(folder, "/gioi-thieu/", site.about())
    write(folder, "/", site.home(arts[:6]))

    # Feeds, sitemaps and robots.txt.
    robots = ["User-agent: *"]
    disallowed = [internal.path]
    newest = sorted(arts + [broken], key=lambda p: p.published, reverse=True)
    if site.key == "cand":
        robots += ["Disallow: /Noi-bo/", "Disallow: /tim-kiem/"]
        months: dict[str, list[Page]] = {}
        for p in newest + [nonart, old]:
            months.setdefault(p.published.strftime("%Y-%m"), []).append(p)
        entries = []
        for m, ps in sorted(months.items(), reverse=True):
            path = f"/sitemaps/news-{m}.xml.gz"
            write(folder, path, gzip.compress(news_sitemap(site, ps).encode(), mtime=0))
            entries.append((path, max(p.published for p in ps)))
        write(folder, "/sitemap.xml", sitemap_index(entries))
        write(folder, "/rss/trang-chu.rss", rss(site, "Trang chủ - Báo CAND", newest[:8]))
        robots += ["", "Sitemap: {{BASE}}/sitemap.xml"]
    elif site.key == "congan":
        robots += ["Disallow: /tin-noi-bo/", "Disallow: /tim-kiem"]
        write(folder, "/rss/home.rss", rss(site, "Báo Công an TP.HCM", newest[:8] + [old]))
    elif site.key == "bocongan":
        robots += ["Disallow: /tin-tuc-su-kien/tin-noi-bo/", "Disallow: /DesktopModules/"]
        write(folder, "/sitemap.xml", plain_sitemap(newest + [nonart, old]))
        robots += ["", "Sitemap: {{BASE}}/sitemap.xml"]
    elif site.key == "antd":
        robots += ["Disallow: /thong-tin-noi-bo/", "Disallow: /tim-kiem/"]
        half = len(newest) // 2
        parts = [newest[:half] + [nonart], newest[half:] + [old]]
        entries = []
        for n, ps in enumerate(parts, 1):
            path = f"/sitemaps/news-{n}.xml.gz"
            write(folder, path, gzip.compress(news_sitemap(site, ps).encode(), mtime=0))
            entries.append((path, max(p.published for p in ps)))
        write(folder, "/sitemap.xml", sitemap_index(entries))
        write(folder, "/rss/home.rss", rss(site, "An ninh Thủ đô", newest[:8]))
        robots += ["", "Sitemap: {{BASE}}/sitemap.xml"]
    elif site.key == "csgt":
        robots += [
            "Disallow: /wp-admin/",
            "Disallow: /tin-tuc/noi-bo-",
            "Disallow: /tra-cuu-phat-nguoi",
            "Disallow: /tra-cuu-phuong-tien-vi-pham.html",
            "Allow: /wp-admin/admin-ajax.php",
        ]
        disallowed += ["/tra-cuu-phat-nguoi", "/tra-cuu-phuong-tien-vi-pham.html"]
        write(folder, "/feed/", rss(site, "Cục Cảnh sát giao thông", newest[:8] + [old]))
        routes["/feed/"] = {"headers": {"Content-Type": "application/rss+xml; charset=UTF-8"}}
        routes["/?p=1234"] = {"redirect": seed.path}  # WordPress short link of the seed page
    elif site.key == "congan_hanoi":
        robots += ["Disallow: /tin-tuc/thong-bao-noi-bo-", "Disallow: /Admin/"]
    write(folder, "/robots.txt", "\n".join(robots) + "\n")
    if routes:
        write(
            folder,
            "/_routes.json",
            json.dumps(routes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        )

    # The manifest.
    broken_map = {broken.path: broken_note}
    if site.key == "csgt":
        seed_src = SEED.read_text(encoding="utf-8")
        for m in sorted(
            set(
                re.findall(r'href="https://www\.csgt\.vn(/tin-tuc/[a-z0-9-]+-\d+\.html)"', seed_src)
            )
        ):
            if m not in {a.path for a in arts}:
                broken_map[m] = "linked from the seed page only; not mirrored (404)"
    # --since cases: dates at which a crawler walking the main listing newest first stops on
    # page 1 or 2 (the first page holding an older item), before the last page.
    since_cases = []
    pages_of = [main_items[i : i + PER_PAGE] for i in range(0, len(main_items), PER_PAGE)]
    for n in (0, 1):
        for item in pages_of[n][1:] + pages_of[n][:1]:
            since = item.published.date()
            stop = next(
                i for i, ps in enumerate(pages_of) if min(p.published.date() for p in ps) < since
            )
            if stop == n:
                break
        else:
            raise AssertionError(f"{site.key}: no --since date stops on listing page {n + 1}")
        since_cases.append(
            {
                "since": since.isoformat(),
                "articles": [a.path for a in arts if a.published.date() >= since],
            }
        )
    return {
        "site": site.key,
        "articles": [a.path for a in arts],
        "published": {a.path: iso(a.published) for a in arts},
        "not_articles": [nonart.path],
        "other_pages": ["/", "/gioi-thieu/"],
        "broken": broken_map,
        "disallowed": disallowed,
        "redirects": {old.path: moved.path}
        | ({"/?p=1234": seed.path} if site.key == "csgt" else {}),
        "duplicates": {dup.path: orig.path},
        "listings": listing_paths,
        "since_cases": since_cases,
        "texts": {a.path: a.line for a in arts if a.line} | {broken.path: bline},
    }


def main(out: Path = OUT, quiet: bool = False) -> None:
    records = texts()
    for site in SITES:
        manifest = build(site, records, out)
        (out / site.key / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        if not quiet:
            print(
                site.key,
                len(manifest["articles"]),
                "articles,",
                len(manifest["listings"]),
                "listing pages",
            )


if __name__ == "__main__":
    main()
