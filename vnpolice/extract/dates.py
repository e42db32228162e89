"""Date mentions: numeric and spelled dates, months, quarters, years, ranges and relative
expressions, each with a TIMEX3 value (``2020-04-28``, ``2020-04``, ``2020``, ``2020-Q1``,
``2020-W17``, ``XXXX-04-28``) and its grain.

Rules are tables in ``rules/dates.py`` (and ``rules/reldates.py``); this module assembles them with
the relative, weekday and ordinal finders of ``reldates.py``. Every finder yields candidate
spans; overlaps are settled by ``spans.leftmost_longest`` (earliest start, then longest), so a phrase like "Sáng
nay 28/4" beats both the relative "Sáng nay" and the bare "28/4".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime

from vnpolice.extract.reldates import NOT_DATE_AFTER as _NOT_DATE_AFTER
from vnpolice.extract.reldates import Cand as _Cand
from vnpolice.extract.reldates import mention as _mention
from vnpolice.extract.reldates import ordinal_cands, relative_cands, weekday_year
from vnpolice.extract.rules import dates as R
from vnpolice.extract.spans import leftmost_longest
from vnpolice.extract.text import Document
from vnpolice.extract.timex import (
    MARGIN,
    iso_month,
    resolve_day,
    resolve_month,
    valid_date,
)
from vnpolice.extract.types import Context, DateMention

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses


_alt = R.alt
_PREFIX = re.compile(R.PREFIX_RE, I)
_NOT_BEFORE = re.compile(R.NOT_DATE_BEFORE_RE, I)
_ADDRESS_BEFORE = re.compile(R.ADDRESS_BEFORE_RE, I)
_LAW_BEFORE = re.compile(R.LAW_TITLE_BEFORE_RE)  # case-sensitive: "Luật" is a title, "luật" is not
_CONTEXT_WORD = re.compile(rf"(?<!\w)(?:{_alt(R.DATE_CONTEXT_WORDS)})\s+$", I)


def _month_no(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else R.MONTH_WORDS.get(w)


def _prefix(text: str, start: int) -> tuple[int, bool]:
    """Extend a day-grain match back over "sáng nay", "21h30", "thứ Hai (", "ngày"; say whether
    anything date-like (or a context word such as "từ", "dịp") stands before it."""
    lo = max(0, start - 60)
    m = _PREFIX.search(text, lo, start)
    new = m.start() if m and m.end() == start else start
    if new < start:
        return new, True
    ctx = _CONTEXT_WORD.search(text, lo, start)
    if ctx and ctx[0].strip().lower() == "từ":  # "từ 20-4 đến 29-4", but not "từ 1-4 camera"
        return new, bool(re.match(r"\S+\s+(?:đến|tới)\s", text[start : start + 20], I))
    return new, bool(ctx)


_REL_YEAR = re.compile(R.RELATIVE_YEAR_RE, I)
_Item = tuple[int, int, str, str | None]


def _relative_year(text: str, pub: date | None, items: list[_Item], m: int, d: int) -> list[_Item]:
    """ "ngày 4/12 năm ngoái": the year comes from the relative word (only with a publication date)."""
    start, end = items[0][:2]
    rel = _REL_YEAR.match(text, end)
    if not rel or pub is None:
        return items
    day = valid_date(pub.year - (rel[1].lower() != "nay"), m, d)
    return [(start, rel.end(), "dm.rel", day and day.isoformat())]


def _day_cands(text: str, pub: date | None) -> Iterator[_Cand]:
    """dd/mm/yyyy, d/m, d-m, d.m, day ranges "20-29/4", and "21 tháng 4 năm 2020"."""
    kinds = (
        ("full", R.FULL_DATE_RE),
        ("part", R.PARTIAL_DATE_RE),
        ("range", R.DAY_RANGE_RE),
        ("text", R.SPELLED_DATE_RE),
    )
    for kind, pattern in kinds:
        for m in re.finditer(pattern, text, I):
            s, e = m.span()
            if _NOT_BEFORE.search(text, max(0, s - 30), s) or m.group() in R.NOT_DATE_STRINGS:
                continue
            new_s, has_context = _prefix(text, s)
            if kind == "full":
                d, sep, mo, y = int(m[1]), m[2], int(m[3]), m[4]
                if len(y) == 2 and sep != "/":
                    continue
                year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 30 else 1900 + int(y))
                value = valid_date(year, mo, d)
                items = [(new_s, e, "dmy.full", value.isoformat() if value else None)]
            elif kind == "part":
                if m[2] != "/" and not has_context or m[2] == "." and new_s == s:
                    continue  # "8.4 tấn", "1-2": decimals and ranges unless a date word is near
                if new_s == s and (
                    _NOT_DATE_AFTER.match(text, e)
                    or _ADDRESS_BEFORE.search(text, max(0, s - 20), s)
                    or text[e : e + 1] == " "
                    and text[e + 1 : e + 2].isupper()  # "2/3 Trần Quốc"
                ):
                    continue
                items = [(new_s, e, "dm.partial", resolve_day(pub, int(m[3]), int(m[1])))]
                items = _relative_year(text, pub, items, int(m[3]), int(m[1]))
            elif kind == "range":
                d1, d2, mo, y = int(m[1]), int(m[2]), int(m[4]), m[5]
                if d1 >= d2 or _NOT_DATE_AFTER.match(text, e) or m[3] == "." and new_s == s:
                    continue  # "1-2.5 tấn" is a range of weights
                if y:
                    v1, v2 = valid_date(int(y), mo, d1), valid_date(int(y), mo, d2)
                    vals = [v1 and v1.isoformat(), v2 and v2.isoformat()]
                else:
                    end_value = resolve_day(pub, mo, d2)
                    yy = end_value[:4] if end_value else "XXXX"
                    vals = [
                        f"{yy}-{mo:02d}-{d1:02d}" if valid_date(2000, mo, d1) else None,
                        end_value,
                    ]
                items = [
                    (new_s, m.end(1), "range.days", vals[0]),
                    (m.start(2), e, "range.days", vals[1]),
                ]
            else:
                mo_word = m[2].lower()
                if mo_word in R.LUNAR_MONTH_WORDS:
                    continue
                mo = _month_no(mo_word)
                has_dayword = re.search(rf"{R.DAY_WORDS_RE}\s+$", text[new_s:s], I)
                if mo is None or (not m[3] and not has_dayword and _NOT_DATE_AFTER.match(text, e)):
                    continue
                if m[3]:
                    value = valid_date(int(m[3]), mo, int(m[1]))
                    items = [(new_s, e, "dmy.text", value.isoformat() if value else None)]
                else:
                    items = [(new_s, e, "dm.text", resolve_day(pub, mo, int(m[1])))]
                    items = _relative_year(text, pub, items, mo, int(m[1]))
            if "(" in text[new_s:s] and text.startswith(")", items[-1][1]):
                items[-1] = (items[-1][0], items[-1][1] + 1, *items[-1][2:])  # "thứ Hai (28/4)"
            if all(v for *_, v in items):
                yield _Cand(
                    items[0][0],
                    items[-1][1],
                    [_mention(text, a, b, r, v, "day") for a, b, r, v in items],
                )


# A capitalised word right before a capitalised "Tháng": the month is inside a name.
_NAME_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-ZĐÀ-Ỹ][\w]* $")


def _period_cands(text: str, pub: date | None) -> Iterator[_Cand]:
    """Months ("tháng 4/2020", "tháng 6 tới"), quarters ("quý I/2020") and years ("năm 2020")."""
    for m in re.finditer(R.MONTH_PHRASE_RE, text, I):
        word, y, end = m[1].lower(), m[2], m.end()
        mo = _month_no(word)
        if mo is None or not 1 <= mo <= 12:
            continue  # lunar "tháng Chạp", "tháng 13"
        rel = None if y else _REL_YEAR.match(text, end)
        if rel:  # "tháng 6 năm nay": the year is relative, so only with a publication date
            if pub is not None:
                y, end = str(pub.year - (rel[1].lower() != "nay")), rel.end()
                yield _Cand(
                    m.start(),
                    end,
                    [_mention(text, m.start(), end, "my.rel", iso_month(int(y), mo), "month")],
                )
            continue
        if not y and (word in R.AMBIGUOUS_BARE_MONTHS or _NOT_DATE_AFTER.match(text, m.end())):
            continue
        if not y and text[m.start()] == "T" and _NAME_BEFORE.search(text, 0, m.start()):
            continue  # "đường Cách Mạng Tháng Tám", "Ba Tháng Hai": a street's name
        if not y and re.search(
            rf"(?:\d|{_alt(R.NOT_RELATIVE_AFTER)})\s+$", text[max(0, m.start() - 10) : m.start()], I
        ):
            continue  # "3 tháng 4 ngày", "mỗi tháng 4 vụ"
        if y:
            value, rule = iso_month(int(y), mo), "my.text"
        else:
            future = bool(re.match(R.FUTURE_MARKERS_RE, text[m.end() :], I))
            value, rule = resolve_month(pub, mo, future), "m.bare"
        yield _Cand(m.start(), m.end(), [_mention(text, *m.span(), rule, value, "month")])
    for m in re.finditer(R.MONTH_RANGE_RE, text, I):  # "từ tháng 4-5": two months
        m1, m2, y = int(m[1]), int(m[2]), m[3]
        if 1 <= m1 < m2 <= 12:
            vals = [iso_month(int(y), k) if y else resolve_month(pub, k) for k in (m1, m2)]
            spans = [(m.start(), m.end(1)), (m.start(2), m.end())]
            mentions = [
                _mention(text, a, b, "range.months", v, "month")
                for (a, b), v in zip(spans, vals, strict=True)
            ]
            yield _Cand(m.start(), m.end(), mentions)
    for m in re.finditer(R.QUARTER_RE, text, I):
        q = R.QUARTER_WORDS[m[1].lower()]
        if m[2]:
            value, rule = f"{m[2]}-Q{q}", "quarter.year"
        elif pub is None:
            value, rule = f"XXXX-Q{q}", "quarter.bare"
        else:
            y = pub.year if date(pub.year, 3 * q - 2, 1) <= pub + MARGIN else pub.year - 1
            value, rule = f"{y}-Q{q}", "quarter.bare"
        yield _Cand(m.start(), m.end(), [_mention(text, *m.span(), rule, value, "quarter")])
    for rule, pattern in (
        ("year.part", R.PART_YEAR_RE),
        ("year.nam", R.YEAR_RE),
        ("year.holiday", R.HOLIDAY_YEAR_RE),
        ("range.years", R.YEAR_RANGE_RE),
    ):
        for m in re.finditer(pattern, text, I):
            s = m.start()
            if _NOT_BEFORE.search(text, max(0, s - 30), s) or _LAW_BEFORE.search(
                text, max(0, s - 80), s
            ):
                continue  # "sinh năm 1977", "Luật Giao thông đường bộ năm 2008"
            if not all(1800 <= int(y) <= 2100 for y in m.groups()):
                continue
            if rule == "range.years":
                mentions = [
                    _mention(text, s, m.end(1), rule, m[1], "year"),
                    _mention(text, m.start(2), m.end(), rule, m[2], "year"),
                ]
            else:
                mentions = [_mention(text, s, m.end(), rule, m[1], "year")]
            yield _Cand(s, m.end(), mentions)


_FINDERS: tuple[Callable[[str, date | None], Iterator[_Cand]], ...] = (_day_cands, _period_cands)
# Finders that need the publication time, not only its day ("21 giờ trước").
_TIMED_FINDERS: tuple[Callable[[str, datetime | None], Iterator[_Cand]], ...] = (
    relative_cands,
    ordinal_cands,
)


def extract_dates(doc: Document, ctx: Context) -> list[DateMention]:
    """Date mentions of ``doc`` sorted by start; yearless and relative ones resolved against
    ``ctx.published`` (relative ones are left out without it)."""
    pub = ctx.published.date() if ctx.published else None
    cands = [c for finder in _FINDERS for c in finder(doc.text, pub)]
    cands += [c for finder in _TIMED_FINDERS for c in finder(doc.text, ctx.published)]
    return weekday_year([m for c in leftmost_longest(cands) for m in c.mentions], ctx.published)
