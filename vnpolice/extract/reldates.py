"""Relative dates: expressions resolved against the publication date ("hôm qua", "tuần trước",
"3 ngày trước", "5 năm nữa"), weekdays ("thứ Bảy", "thứ ba vừa rồi", "thứ tư của tuần tới"),
ordinal days and weeks of a month ("ngày đầu tiên của tháng ba", "tuần đầu tiên của tháng 9"),
and the year a written weekday picks for a yearless date ("chủ nhật ngày 9 tháng 4").

Split out of ``dates.py``, which assembles these finders with its own. Relative expressions need
a publication date and are left out without one (GUIDE); the ordinal ones resolve like any
yearless date (``XXXX-..`` without one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from vnpolice.extract.numbers import parse_number
from vnpolice.extract.rules import dates as R
from vnpolice.extract.rules import reldates as RR
from vnpolice.extract.rules.units import COUNTED_NOUNS, MEASURES
from vnpolice.extract.timex import MARGIN, resolve_day, resolve_month, shift_from, valid_date
from vnpolice.extract.types import DateMention

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses

_alt = R.alt
_UNITS = _alt([*COUNTED_NOUNS, *MEASURES, "triệu", "tỷ", "tỉ", "nghìn", "ngàn"])
# A "date" followed by a unit or a time span is a count or a range: "3/5 đối tượng", "3-5 năm".
NOT_DATE_AFTER = re.compile(
    rf"\s*(?:{_UNITS}|năm|tháng|tuần|ngày|giờ|phút|tuổi|lần|tiếng)(?!\w)", I
)


@dataclass
class Cand:
    start: int
    end: int
    mentions: list[DateMention]


def mention(text: str, s: int, e: int, rule: str, value: str, grain: str) -> DateMention:
    return DateMention(text[s:e], s, e, rule, value, grain)


def _cand(text: str, s: int, e: int, rule: str, value: str, grain: str) -> Cand:
    return Cand(s, e, [mention(text, s, e, rule, value, grain)])


_FUTURE_COUNT = re.compile(
    rf"(?<!\w)(?:sau\s+)?{R._COUNT}\s+({_alt(RR.FUTURE_COUNT_UNITS)})\s+nữa(?!\w)", I
)
_HOUR_AGO = re.compile(
    rf"(?<!\w)(?:cách\s+đây\s+{R._COUNT}\s+({_alt(RR.HOUR_UNITS)})(?:\s+trước)?"
    rf"|{R._COUNT}\s+({_alt(RR.HOUR_UNITS)})\s+trước)(?!\w)",
    I,
)


def _counted(text: str, pub_dt: datetime) -> Iterator[Cand]:
    """ "3 ngày trước", "cách đây 2 năm", "21 giờ trước", "sau 5 năm nữa"."""
    pub = pub_dt.date()
    for m in re.finditer(R.AGO_RE, text, I):
        count, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
        n = parse_number(count)
        after = text[m.end() : m.end() + 12].lower().split()
        if not isinstance(n, int) or (after and after[0] in R.NOT_AGO_FOLLOWERS):
            continue
        yield _cand(text, *m.span(), "rel.ago", *shift_from(pub, R.AGO_UNITS[unit.lower()], -n))
    for m in _HOUR_AGO.finditer(text):
        n = parse_number(m[1] or m[3])
        before = text[max(0, m.start() - 10) : m.start()]
        if (
            not isinstance(n, int)
            or re.search(RR.CLOCK_WORDS_BEFORE_RE, before, I)
            or not re.match(RR.HOUR_AGO_END_RE, text[m.end() :])
        ):
            continue  # "lúc 21 giờ trước cổng": a clock time in front of something
        day = (pub_dt - timedelta(hours=n)).date().isoformat()
        yield _cand(text, *m.span(), "rel.ago_hours", day, "day")
    for m in _FUTURE_COUNT.finditer(text):
        n = parse_number(m[1])
        if not isinstance(n, int) or re.search(
            RR.NOT_FUTURE_BEFORE_RE, text[max(0, m.start() - 8) : m.start()], I
        ):
            continue  # "phạt tù thêm 2 năm nữa": a duration
        value, g = shift_from(pub, RR.FUTURE_COUNT_UNITS[m[2].lower()], n)
        yield _cand(text, *m.span(), "rel.in", value, g)


def _weekdays(text: str, pub: date) -> Iterator[Cand]:
    """Bare weekdays: the latest on or before publication unless a marker says otherwise."""
    context = rf"(?:{_alt(R.WEEKDAY_CONTEXT_BEFORE)})\s+$"
    markers = [
        (rf"(?:\s+của(?=\s+tuần))?{R.FUTURE_MARKERS_RE}", 7),
        (rf"(?:\s+của(?=\s+tuần))?{R.PAST_WEEK_MARKERS_RE}", -7),
        (rf"(?:\s+của(?=\s+tuần))?{R.THIS_WEEK_MARKERS_RE}", 0),
        (RR.LAST_WEEKDAY_MARKERS_RE, -1),
    ]
    for m in re.finditer(rf"(?<!\w){R.WEEKDAY_RE}", text, I):
        iso = R.WEEKDAY_WORDS.get(m.group().lower().split()[-1], 7)
        rest, end = text[m.end() :], m.end()
        shift = next(((k, mk) for p, k in markers if (mk := re.match(p, rest, I))), None)
        alone = re.search(RR.STANDALONE_LINE_RE, text[: m.start()]) and re.match(
            RR.LINE_END_RE, rest
        )
        if not (
            shift
            or iso == 7
            or alone
            or re.search(context, text[max(0, m.start() - 12) : m.start()], I)
        ):
            continue  # "lần thứ hai", "thứ 2 kg"
        if shift is None and NOT_DATE_AFTER.match(text, end):
            continue
        if shift is None:  # latest such weekday on or before publication
            day = pub - timedelta(days=(pub.isoweekday() - iso) % 7)
        else:
            end += shift[1].end()
            monday = pub - timedelta(days=pub.isoweekday() - 1)
            if shift[0] == -1:  # "vừa rồi": strictly before publication
                day = pub - timedelta(days=(pub.isoweekday() - iso - 1) % 7 + 1)
            elif shift[0] == 7 and "tuần" not in shift[1].group():
                day = pub + timedelta(days=(iso - pub.isoweekday() - 1) % 7 + 1)  # next one
            else:
                day = monday + timedelta(days=shift[0] + iso - 1)
        yield _cand(text, m.start(), end, "wd.bare", day.isoformat(), "day")


def relative_cands(text: str, pub_dt: datetime | None) -> Iterator[Cand]:
    """Relative expressions and bare weekdays: only with a publication date (GUIDE)."""
    if pub_dt is None:
        return
    pub = pub_dt.date()
    vague = re.compile(rf"(?:\d|\b(?:{_alt(R.NOT_RELATIVE_AFTER)}|mươi|hai|ba|bốn|năm))\s+$", I)
    for pattern, grain, offset, rule in R.RELATIVE:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, I):
            if grain != "day" and vague.search(text, max(0, m.start() - 12), m.start()):
                continue  # "3 tuần qua", "những năm trước": periods, not dates
            yield _cand(text, *m.span(), rule, *shift_from(pub, grain, offset))
    yield from _counted(text, pub_dt)
    yield from _weekdays(text, pub)


_ORD = _alt(RR.ORDINAL_DAYS)
_ORD_WEEK = _alt(RR.ORDINAL_WEEKS)
_OF_MONTH = rf"(?:\s+của)?\s+tháng\s+({R.MONTH_RE})(?:{R.YEAR_TAIL_RE})?"
_ORDINAL_DAY = re.compile(rf"(?<!\w)ngày\s+({_ORD}){_OF_MONTH}", I)
_ORDINAL_WEEK = re.compile(rf"(?<!\w)tuần\s+({_ORD_WEEK}){_OF_MONTH}", I)


def _month_start(month_word: str, year: str | None, pub: date | None) -> date | None:
    """First day of "tháng ba", "tháng 9 năm 2017" (yearless: resolved like a bare month)."""
    w = month_word.lower()
    mo = int(w) if w.isdigit() else R.MONTH_WORDS.get(w)
    if mo is None or not 1 <= mo <= 12:
        return None
    if year:
        return date(int(year), mo, 1)
    if pub is None:
        return None
    y, m = resolve_month(pub, mo).split("-")
    return date(int(y), int(m), 1)


def ordinal_cands(text: str, pub_dt: datetime | None) -> Iterator[Cand]:
    """ "ngày đầu tiên của tháng ba" (a day) and "tuần đầu tiên của tháng 9 năm 2017" (a week)."""
    pub = pub_dt.date() if pub_dt else None
    for m in _ORDINAL_DAY.finditer(text):
        first = _month_start(m[2], m[3], pub)
        if first is None:
            continue
        if RR.ORDINAL_DAYS[m[1].lower()] == "last":
            first = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if not m[3] and pub is not None:  # the year as for any yearless day
            value = resolve_day(pub, first.month, first.day)
        else:
            value = first.isoformat()
        yield _cand(text, *m.span(), "dm.ordinal", value, "day")
    for m in _ORDINAL_WEEK.finditer(text):
        first = _month_start(m[2], m[3], pub)
        if first is None:
            continue
        thursday = first + timedelta(days=(4 - first.isoweekday()) % 7)
        y, w, _ = (thursday + timedelta(weeks=RR.ORDINAL_WEEKS[m[1].lower()] - 1)).isocalendar()
        yield _cand(text, *m.span(), "week.ordinal", f"{y}-W{w:02d}", "week")


_WEEKDAY_AT = re.compile(rf"(?<!\w){R.WEEKDAY_RE}", I)
# How far after publication a written weekday may move a yearless date: an announced event some
# months ahead, never into the next year's news.
WEEKDAY_AHEAD = 4 * MARGIN


def weekday_year(found: list[DateMention], pub_dt: datetime | None) -> list[DateMention]:
    """A weekday written with a yearless day picks the year it fits ("chủ nhật ngày 9 tháng 4"
    published 2017-02-02: 9/4/2017 is a Sunday, 9/4/2016 is not), nearest the usual one first."""
    if pub_dt is None:
        return found
    pub, out = pub_dt.date(), []
    for d in found:
        wd = _WEEKDAY_AT.search(d.text)
        if d.rule in ("dm.partial", "dm.text") and wd:
            iso = R.WEEKDAY_WORDS.get(wd.group().lower().split()[-1], 7)
            usual = date.fromisoformat(d.value)
            years = sorted(range(pub.year - 1, pub.year + 2), key=lambda y: abs(y - usual.year))
            fits = [x for y in years if (x := valid_date(y, usual.month, usual.day))]
            fits = [x for x in fits if x.isoweekday() == iso and x <= pub + WEEKDAY_AHEAD]
            if fits and usual.isoweekday() != iso:
                d = replace(d, value=fits[0].isoformat())
        out.append(d)
    return out
