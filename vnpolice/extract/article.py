"""One HTML page -> one ``Article``: decoded, repaired, with body text, dates, byline and lead.

Pure: no network, no database. Trafilatura finds the body; the rest (dates with their time and
offset, titles without site suffixes, bylines, the visible sapo) is read here, because trafilatura
and htmldate keep only the day of a date and often take the site name for the author.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError

from vnpolice.extract.decode import decode_html, mojibake_left, unrepairable
from vnpolice.extract.metadata import (
    ARTICLE_TYPES,
    clean_title,
    find_author,
    find_category,
    ld_text,
    ld_types,
    norm_space,
    read_jsonld,
    read_metas,
)
from vnpolice.extract.pagedates import (
    META_MODIFIED,
    META_PUBLISHED,
    META_PUBLISHED_OTHER,
    header_date,
    parse_iso,
)
from vnpolice.extract.rules.boilerplate import JUNK_CLASS_WORDS, JUNK_LABELS, RELATED_CLASS_WORDS
from vnpolice.extract.text import fold, nfc


@dataclass(frozen=True)
class Article:
    """What one page says about itself; ``text`` is the NFC body, one paragraph per line."""

    title: str | None
    author: str | None
    lead: str | None
    published: datetime | None
    modified: datetime | None
    text: str
    source: str | None
    is_article: bool
    reason: str | None
    url: str | None
    category: str | None


# ---------------------------------------------------------------- sources
# Police sites get stable short keys and their sub-hosts (amp.cand.com.vn) map to them. Checked in
# order: the more specific congan.hanoi.gov.vn first.
SITE_KEYS: tuple[tuple[str, str], ...] = (
    ("congan.hanoi.gov.vn", "congan_hanoi"),
    ("cand.com.vn", "cand"),
    ("congan.com.vn", "congan"),
    ("bocongan.gov.vn", "bocongan"),
    ("csgt.vn", "csgt"),
    ("anninhthudo.vn", "antd"),
)
_SECOND_LEVEL = frozenset(
    ["com", "gov", "org", "net", "edu", "ac", "co", "info", "int", "biz", "health", "name"]
)


def source_from_url(url: str | None) -> str | None:
    """Site key of a URL: a known police site's key, else the registrable domain's first label."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".") if url else ""
    labels = [part for part in host.split(".") if part]
    if len(labels) < 2:
        return None
    for domain, key in SITE_KEYS:
        if host == domain or host.endswith("." + domain):
            return key
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]  # dantri.com.vn: a country's second-level domain
    return labels[-2]


# ---------------------------------------------------------------- page structure
_WORDS = "concat(' ', translate(@{}, '-_ABCDEFGHIJKLMNOPQRSTUVWXYZ', '  abcdefghijklmnopqrstuvwxyz'), ' ')"
_JUNK = " or ".join(
    f"contains({_WORDS.format(a)}, ' {w} ')" for a in ("class", "id") for w in JUNK_CLASS_WORDS
)
_RELATED = " or ".join(f"contains({_WORDS.format('class')}, ' {w} ')" for w in RELATED_CLASS_WORDS)
_LABEL = " or ".join(
    f"normalize-space(.)='{v}'" for w in JUNK_LABELS for v in sorted({w, w.upper()})
)
# Never prune what holds the headline or long paragraphs: VnExpress calls its main column
# "sidebar-1", cafef opens its body container with a "TIN MỚI" box, and ASP.NET sites (DNN:
# bocongan.gov.vn, congan.hanoi.gov.vn) wrap the whole page in one <form>.
_KEEP = "not(.//h1) and not(.//p[string-length(normalize-space(.)) > 250])"
PRUNE_XPATH = [
    f"//body//*[({_JUNK}) and {_KEEP}]",
    f"//body//*[*[1][{_LABEL}] and {_KEEP}]",  # a block headed "Tin liên quan" goes whole
    f"//body//*[(self::nav or self::footer or self::aside or self::form) and {_KEEP}]",
]
# A label line ("Xem thêm:", "Tin liên quan") or a view counter ("Lượt xem: 10191", bocongan).
_LABEL_LINE = re.compile(
    r"^(?:"
    + "|".join(map(re.escape, JUNK_LABELS))
    + r")\s*(?::|$)|^lượt (?:xem|đọc)\s*:?\s*[\d.,]+$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:Theo\s+)?(?P<name>[^\W\d][^\d.!?:;\"“”]{2,60}?)\s*(?:\((?:tổng hợp|theo [^)]*)\))?$", re.I
)
_HOME_PATHS = frozenset({"", "index.html", "index.php", "home", "trang-chu"})


def _in_related(el: Any) -> bool:
    """Inside a related-articles list, where other articles' dates are printed."""
    return bool(el.xpath(f"ancestor-or-self::*[{_RELATED}]"))


def _headline(root: Any, title: str | None) -> Any:
    """The element showing the headline: the matching <h1>, else one whose whole text is the title."""
    h1s = root.xpath("//body//h1")
    match = [h for h in h1s if title and fold(norm_space(h.text_content())) == fold(title)]
    if not match and title:
        match = root.xpath("//body//*[normalize-space(.)=$t][not(ancestor-or-self::a)]", t=title)
    return next(iter(match + h1s), None)


def _visible_lead(root: Any, description: str | None) -> str | None:
    """The sapo as the page shows it (with its "(Dân trí) -" prefix), if it is shown."""
    snippet = re.sub(r"^\([^)]{2,30}\)\s*-\s*", "", norm_space(description))[:50]
    if len(snippet) < 20:
        return None
    query = "//body//*[not(self::script or self::style)][contains(normalize-space(.), $s)]"
    shown = [norm_space(el.text_content()) for el in root.xpath(query, s=snippet)]
    shown = [t for t in shown if len(t) <= len(description or "") + 80]
    return min(shown, key=len) if shown else None


def _byline(line: str) -> str | None:
    """Names in a closing byline line ("Công Thắng, Đá Nâu", "Hà Thu (tổng hợp)"), else None."""
    m = _BYLINE.match(line)
    words = [w for w in re.split(r"[\s,;/&–-]+", m["name"]) if w] if m else []
    return (
        m["name"].strip(" ,-")
        if m and 2 <= len(words) <= 8 and all(w[0].isupper() for w in words)
        else None
    )


def _trafilatura_lines(root: Any, url: str | None) -> list[str]:
    """Trafilatura's body lines, precision first, without comments, tables and images."""
    doc = trafilatura.bare_extraction(
        root,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        prune_xpath=PRUNE_XPATH,
    )
    return [norm_space(line) for line in ((doc.text if doc else "") or "").splitlines()]


def _body(
    root: Any, url: str | None, title: str | None, lead: str | None
) -> tuple[str, str | None]:
    """Body text (one paragraph a line) and the closing byline trafilatura left in it."""
    # Whole lines that are just another page's link text come from related-article lists.
    links = {
        norm_space(a.text_content()) for a in root.iter("a") if (a.get("href") or "#")[0] != "#"
    }
    lines = _trafilatura_lines(root, url)
    if sum(map(len, lines)) < 150:
        # Tables are left out for their junk, but older portals lay the whole page out in one:
        # as <div>s, trafilatura reads such a page like any other.
        for el in root.xpath("//table | //tbody | //thead | //tfoot | //tr | //td | //th"):
            el.tag = "div"
        lines = _trafilatura_lines(root, url)
    lines = [
        ln for ln in lines if ln and ln.lstrip("-• ") not in links and not _LABEL_LINE.match(ln)
    ]
    if lines and title and fold(lines[0]) == fold(title):
        lines.pop(0)  # some CMSs repeat the headline inside the body container
    byline = _byline(lines[-1]) if lines else None
    if byline:
        lines.pop()
    if lead and fold(lead)[:40] not in fold("\n".join(lines)):
        lines.insert(0, lead)  # the sapo carries facts (who, when, how many); trafilatura drops it
    return nfc("\n".join(lines)), byline


def _not_article(url: str | None, source: str | None, reason: str) -> Article:
    """An empty ``Article`` that says why the page is not one."""
    return Article(None, None, None, None, None, "", source, False, reason, url, None)


def extract_article(
    html: bytes | str, url: str | None = None, headers: Mapping[str, str] | None = None
) -> Article:
    """Extract one page; pages that are not articles come back with ``is_article=False`` and a reason."""
    page = decode_html(html, headers)
    source = source_from_url(url)
    if unrepairable(page):
        return _not_article(url, source, "mojibake that could not be repaired")
    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", page))
    except (ParserError, ValueError):
        return _not_article(url, source, "empty page")
    metas, ld = read_metas(root), read_jsonld(root)
    canonical = (
        next(iter(root.xpath("//link[@rel='canonical']/@href")), None) or metas.get("og:url") or url
    )
    source = source or source_from_url(canonical)
    item = next((i for i in ld if ld_types(i) & ARTICLE_TYPES), {})
    site = metas.get("og:site_name")
    h1 = next((norm_space(h.text_content()) for h in root.xpath("//body//h1")), "")
    raw_title = (
        metas.get("og:title")
        or ld_text(item.get("headline"))
        or h1
        or norm_space(root.findtext(".//title"))
    )
    title = clean_title(raw_title, source, site) or None
    headline = _headline(root, title)

    def meta_date(*keys: str) -> datetime | None:
        return next((d for d in (parse_iso(metas.get(k)) for k in keys) if d), None)

    published = (
        meta_date(*META_PUBLISHED)
        or parse_iso(item.get("datePublished"))
        or meta_date(*META_PUBLISHED_OTHER)
    )
    dated_by_meta = published is not None
    if published is None and headline is not None:
        published = header_date(root, headline, skip=_in_related)
    if published is None:
        # htmldate keeps only the day, and its extensive search reads related-article dates.
        published = parse_iso(htmldate.find_date(page, original_date=True, extensive_search=False))
    modified = meta_date(*META_MODIFIED) or parse_iso(item.get("dateModified"))
    description = (
        metas.get("og:description") or metas.get("description") or ld_text(item.get("description"))
    )
    shown_lead = _visible_lead(root, description)
    author, category = (
        find_author(metas, item, source, site),
        find_category(root, metas, ld, title, headline),
    )
    many_links = sum(len(norm_space(a.text_content())) >= 20 for a in root.iter("a")) > 40
    text, byline = _body(root, canonical, title, shown_lead)  # last: trafilatura may alter the tree

    reason = None
    if mojibake_left(text + (title or "")):
        return _not_article(canonical, source, "mojibake that could not be repaired")
    if (
        (canonical and urlsplit(canonical).path.strip("/") in _HOME_PATHS)
        or (metas.get("og:type", "").lower() == "website" and not dated_by_meta)
        or (not dated_by_meta and many_links and len(text) < 1000)
    ):
        reason = "not an article: homepage/listing"
    elif len(text) < 150:
        reason = "empty body"
    return Article(
        title=nfc(title) if title else None,
        author=nfc(author or byline or "") or None,
        lead=nfc(shown_lead or norm_space(description)) or None,
        published=published,
        modified=modified,
        text=text,
        source=source,
        is_article=reason is None,
        reason=reason,
        url=canonical,
        category=category,
    )
