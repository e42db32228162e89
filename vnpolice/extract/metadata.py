"""Page metadata: <meta> tags, JSON-LD objects, bylines, titles and the section of an article.

News CMSs disagree on where they put these: the same fact may sit in og/article metas, in one of
several JSON-LD objects (inside @graph or lists, entities escaped twice), or only in the breadcrumb.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from vnpolice.extract.text import strip_diacritics

META_AUTHOR = ("article:author", "dable:author", "author", "byl", "dc.creator")
ARTICLE_TYPES = frozenset(
    ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"]
)


def norm_space(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return " ".join((text or "").split())


def ld_text(value: Any) -> str:
    """A JSON-LD string; some CMSs escape entities twice ("Chi&amp;#7871;n")."""
    return norm_space(unescape(unescape(value))) if isinstance(value, str) else ""


def read_metas(root: Any) -> dict[str, str]:
    """First content of every <meta> under each of its property/name/itemprop keys (lower case)."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        for attr in ("property", "name", "itemprop"):
            if el.get(attr) and norm_space(el.get("content")):
                out.setdefault(el.get(attr).strip().lower(), norm_space(el.get("content")))
    return out


def walk_ld(node: Any) -> Iterator[dict[str, Any]]:
    """JSON-LD objects in document order, through lists and @graph."""
    if isinstance(node, list):
        for item in node:
            yield from walk_ld(item)
    elif isinstance(node, dict):
        yield node
        yield from walk_ld(node.get("@graph"))


def read_jsonld(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, flattened."""
    items: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            items.extend(walk_ld(json.loads(script.text_content() or "null", strict=False)))
        except ValueError:
            continue  # broken JSON-LD is common; the metas usually say the same
    return items


def ld_types(item: dict[str, Any]) -> set[str]:
    """The @type of a JSON-LD object as a set (it may be a string or a list)."""
    kind = item.get("@type") or []
    return {kind} if isinstance(kind, str) else set(kind)


def is_site_name(name: str, source: str | None, site_name: str | None) -> bool:
    """Does ``name`` name the publication (a title suffix or byline that is not a person)?"""
    key, site = (re.sub(r"[^a-z0-9]", "", strip_diacritics(s or "")) for s in (name, site_name))
    return bool(
        (source and source.replace("_", "") in key)
        or (key and key == site)
        or re.search(r"\w\.(vn|com|net|org)\b|^https?:", name.lower())
    )


def clean_title(title: str, source: str | None, site_name: str | None = None) -> str:
    """Drop trailing site names (" - VnExpress", " | Báo Dân trí") from a page title."""
    title = norm_space(title)
    while (m := re.search(r"\s+[|–—-]\s+([^|–—]+)$", title)) and is_site_name(
        m[1], source, site_name
    ):
        title = title[: m.start()]
    return title


def find_author(
    metas: dict[str, str], item: dict[str, Any], source: str | None, site: str | None
) -> str | None:
    """Byline from JSON-LD persons, then author metas; publication names and URLs are skipped."""
    found = item.get("author")
    people = (
        [found]
        if isinstance(found, str)
        else [
            a.get("name")
            for a in walk_ld(found)
            if not any("Organization" in t for t in ld_types(a))
        ]
    )
    for raw in [
        ", ".join(filter(None, map(ld_text, people))),
        *(metas.get(k) for k in META_AUTHOR),
    ]:
        name = re.sub(r"^Theo\s+", "", ld_text(raw).replace(";", ", "), flags=re.I)
        if name and not is_site_name(name, source, site):
            return name
    return None


def find_category(
    root: Any, metas: dict[str, str], ld: list[dict[str, Any]], title: str | None, headline: Any
) -> str | None:
    """Leaf of the breadcrumb (JSON-LD, then HTML), else the section meta, else the link over the headline."""
    home = ("trang chủ", "home")
    for item in (i for i in ld if "BreadcrumbList" in ld_types(i)):
        crumbs = [c for c in walk_ld(item.get("itemListElement")) if isinstance(c, dict)]
        names = [
            ld_text(
                c.get("name") or (c["item"].get("name") if isinstance(c.get("item"), dict) else "")
            )
            for c in crumbs
        ]
        if names := [n for n in names if n and n.lower() not in home and n != title]:
            return names[-1]
    links = [
        norm_space(a.text_content()) for a in root.xpath("//*[contains(@class, 'breadcrumb')]//a")
    ]
    if links := [n for n in links if n and n.lower() not in home and n != title]:
        return links[-1]
    if section := metas.get("article:section") or next(
        (ld_text(i.get("articleSection")) for i in ld if i.get("articleSection")), None
    ):
        return norm_space(section.split(",")[-1])  # "Kinh doanh, Tài chính": the leaf
    above = headline.xpath("preceding::a[normalize-space(.)][1]") if headline is not None else []
    return (
        norm_space(above[0].text_content())
        if above and len(norm_space(above[0].text_content())) <= 40
        else None
    )
