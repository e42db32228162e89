"""Publication dates of a page: ISO values from its metadata and dates printed by its headline.

Printed dates go through a named table of patterns (trafilatura/dateparser style), tried in table
order on a short piece of header text; the first valid match wins. Naive times are Vietnamese
local time (+07:00) unless the page states its own offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

VN_TZ = timezone(timedelta(hours=7), "ICT")  # Asia/Ho_Chi_Minh has had no DST since 1975

# Word-form months ("22 Tháng Tư, 2020"). Longer names first so that "Mười Một" wins over "Mười".
WORD_MONTHS: dict[str, int] = {
    "mười một": 11,
    "mười hai": 12,
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "chạp": 12,
}
_MONTH_WORD = "|".join(w.replace(" ", r"\s+") for w in WORD_MONTHS)

# Building blocks. Day and month may be unpadded; a year is always four digits. The look-arounds
# keep pieces of longer numbers ("100/2019/NĐ-CP", phone numbers) from reading as dates.
_D = r"(?<![\d/.-])(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)(?![\d/])"
_DMY = _D + r"(?P<sep>[/.-])" + _M + r"(?P=sep)" + _Y
_HM = r"(?<!\d)(?P<H>[0-2]?\d)[:hg](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d)"
_AMPM = r"(?:\s*(?P<ampm>sáng|chiều|tối|SA|CH|AM|PM)\b)?"
_TZ = r"(?:['’]?\s*\(?\s*GMT\s*(?P<tz>[+-]\s*\d{1,2})\s*\)?)?"

# Table order matters: patterns with a time come before the bare date, so that "29/12/2025, 16:09"
# keeps its time.
PAGE_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Thứ Hai, 29/12/2025, 16:09"; "Thứ năm, 22/11/2012, 03:18 (GMT+7)"; "13/12/2016 | 20:40 GMT+7";
    # "29/4/2025 21:52'(GMT+7)"; "11-04-2023 / 2:05:53 Sáng"; baodautu "07/03/2026 08:47"
    ("dmy_time", re.compile(_DMY + r"\s*(?:[,|/-]|lúc)?\s*" + _HM + _AMPM + _TZ, re.I)),
    # AMP cand "11:10 18/07/2022"; "18:00, 12/10/2025"; "11:16 - 18/12/2024"
    (
        "time_dmy",
        re.compile(_HM + _AMPM + r"\s*(?:[,|-]|ngày)?\s*(?:thứ\s+\w+,?\s*)?" + _DMY + _TZ, re.I),
    ),
    # csgt.vn (WordPress vi locale): "22 Tháng Tư, 2020"
    (
        "d_month_word_y",
        re.compile(
            r"(?<!\d)(?P<d>[0-3]?\d)\s+tháng\s+(?P<mw>" + _MONTH_WORD + r")\b,?\s+" + _Y, re.I
        ),
    ),
    # CLDR style "22 tháng 4, 2020"; "ngày 22 tháng 4 năm 2020"
    (
        "d_thang_m_y",
        re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d),?\s+(?:năm\s+)?" + _Y, re.I),
    ),
    # bocongan.gov.vn "09/01/2023"; also "11-04-2023"
    ("dmy", re.compile(_DMY, re.I)),
)


@dataclass(frozen=True)
class PageDate:
    """A printed date: its value, whether a time of day was printed, and the rule that read it."""

    value: datetime
    has_time: bool
    rule: str


def _build(m: re.Match[str], rule: str) -> PageDate | None:
    """Turn a match into a validated, tz-aware datetime (None if the numbers are not a date)."""
    g = m.groupdict()
    month = WORD_MONTHS[" ".join(g["mw"].lower().split())] if g.get("mw") else int(g["m"])
    hour, minute, second = int(g.get("H") or 0), int(g.get("M") or 0), int(g.get("S") or 0)
    ampm = (g.get("ampm") or "").lower()
    # Sáng/SA/AM = morning, Chiều/Tối/CH/PM = afternoon or evening on a 12-hour clock.
    if ampm in ("chiều", "tối", "ch", "pm") and hour < 12:
        hour += 12
    elif ampm in ("sáng", "sa", "am") and hour == 12:
        hour = 0
    tz = VN_TZ
    if g.get("tz"):
        tz = timezone(timedelta(hours=int(g["tz"].replace(" ", ""))))
    try:
        value = datetime(int(g["y"]), month, int(g["d"]), hour, minute, second, tzinfo=tz)
    except ValueError:
        return None
    return PageDate(value, g.get("H") is not None, rule)


def find_page_date(text: str) -> PageDate | None:
    """The first printed date in ``text`` according to the pattern table, or None."""
    text = " ".join(text.split())
    for rule, pattern in PAGE_DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _build(m, rule)
            if found:
                return found
    return None


def parse_page_date(text: str) -> datetime | None:
    """Datetime of the first printed date in ``text`` (midnight +07:00 when no time is printed)."""
    found = find_page_date(text)
    return found.value if found else None


# ---------------------------------------------------------------- machine-readable dates
# <meta> keys in order of trust: Open Graph/schema.org first, then common CMS ones.
META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished")
META_PUBLISHED_OTHER = (
    "pubdate",
    "publishdate",
    "publish-date",
    "published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "article.published",
)
META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "dc.date.modified",
)
_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?",
    re.I,
)


def parse_iso(value: str | None) -> datetime | None:
    """ISO 8601 as pages write it ("…T08:52:11.000 +07:00"); no offset means Vietnamese time."""
    m = _ISO.search(value or "") if isinstance(value, str) else None
    if not m:
        return None
    y, mo, d, hh, mm, ss, off = m.groups()
    tz = VN_TZ
    if off and off.upper() == "Z":
        tz = UTC
    elif off:
        sign = -1 if off[0] == "-" else 1
        tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[-2:])))
    try:
        return datetime(
            int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=tz
        )
    except ValueError:
        return None


# ---------------------------------------------------------------- the printed header date
def header_date(root: Any, headline: Any, skip: Callable[[Any], bool]) -> datetime | None:
    """The printed date nearest the headline element, in a window around it.

    Sites print the date just above or below the headline; related lists and sidebars print other
    articles' dates further away, so the nearest date wins (one with a time on a tie), elements
    for which ``skip`` is true are ignored, and the scan stops where the body starts (long <p>).
    """
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    at = elements.index(headline)
    best: tuple[int, bool, datetime] | None = None
    for i in range(max(0, at - 40), min(len(elements), at + 80)):
        el = elements[i]
        text = " ".join(el.text_content().split()) if el.tag not in ("script", "style") else ""
        if i > at and el.tag == "p" and len(text) > 200:
            break
        found = find_page_date(text) if 0 < len(text) <= 120 else None
        key = (abs(i - at), not found.has_time) if found else None
        if found and key and (best is None or key < best[:2]) and not skip(el):
            best = (*key, found.value)
    return best[2] if best else None
