"""Whole time expressions: one string read as one time against a reference ("hôm qua", "lúc 3 giờ
chiều", "3 ngày tới", "quý I/2020"), as a user types it into a date box or a peer corpus
(duckling) parses it, with a TIMEX3 start, an optional end and a grain.

``extract_dates`` finds date mentions in running text under GUIDE's conventions, where a clock
time alone, "bây giờ" or "3 ngày tới" is not a date. ``parse_when`` reuses it for everything the
date rules read (the whole string must be one mention, or a range of two) and adds only the
expression-level rules of ``rules/when.py``: a clock time on the reference day, "now", a part of
the day, a period counted from now. Resolution is ``extract_dates``'s: a bare weekday or month is
the latest one on or before the reference (DESIGN: news reports the past).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from vnpolice.extract.dates import extract_dates
from vnpolice.extract.numbers import parse_number
from vnpolice.extract.rules import dates as R
from vnpolice.extract.rules import when as W
from vnpolice.extract.text import Document, nfc
from vnpolice.extract.timex import shift_from, timex_range
from vnpolice.extract.types import Context, DateMention

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses

_LEAD_IN = re.compile(rf"(?:{W.alt(W.LEAD_INS)})\s+", I)
_REWRITES = [(re.compile(p, I), r) for p, r in W.REWRITES]
_DAYPART_BEFORE = re.compile(W.DAYPART_BEFORE_DAY_RE, I)
_RANGE_OPEN = re.compile(W.RANGE_OPEN_RE, I)
_RANGE_JOIN = re.compile(W.RANGE_JOIN_RE, I)
_NOW = re.compile(W.alt(W.NOW_WORDS), I)
_CLOCK = re.compile(W.CLOCK_PHRASE_RE, I)
_CLOCK_TAIL = re.compile(rf"{W.CLOCK_JOIN_RE}{W.CLOCK_PHRASE_RE}", I)
_TOD_AT = re.compile(rf"(?:{W.alt(R.TIME_OF_DAY)})(?!\w)", I)
_DAYPART_ALONE = re.compile("|".join(W.DAYPART_ALONE_RES), I)
_PERIOD = re.compile(W.PERIOD_RE, I)
_SUB_DAY = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
}


@dataclass(frozen=True)
class When:
    """One time expression: a TIMEX3 start (``2017-02-02``, ``2017-02-02T15:00``, ``2016-12``,
    ``2020-Q1``, ``2017-W05``), the last unit of an interval or range (inclusive) if any, the
    grain of the start and the rule that read it."""

    value: str
    grain: str  # second | minute | hour | day | week | month | quarter | year
    end: str | None = None
    rule: str = ""

    def first_day(self) -> date | None:
        """The first day the expression covers (None when its year is unknown)."""
        return _days(self.value)[0]

    def last_day(self) -> date | None:
        """The last day the expression covers (None when its year is unknown)."""
        return _days(self.end or self.value)[1]


def _days(value: str) -> tuple[date | None, date | None]:
    """First and last day of a TIMEX3 value: ``timex_range`` plus ISO weeks and times of day."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    return timex_range(value)


def _with_time(day: str, t: time, grain: str) -> str:
    clock = f"{t.hour:02d}:{t.minute:02d}" + (f":{t.second:02d}" if grain == "second" else "")
    return f"{day}T{clock}"


def _clock(m: re.Match[str], daypart: str | None = None) -> tuple[time, str] | None:
    """The time and grain of a clock match; hours 1-12 move by the part of the day."""
    h = int(m["h"])
    minute = m["m"] or m["m2"]
    mi, sec = int(minute or 0), int(m["s"] or 0)
    if m["half"]:
        mi = 30
    elif m["to"]:
        h, mi = h - 1, 60 - int(m["to"])
    tod = (m["tod1"] or m["tod2"] or daypart or "").lower()
    first, last = W.PM_HOURS.get(tod, (0, -1))
    if first <= h <= last:
        h += 12
    elif h == 12 and tod in W.MIDNIGHT_DAYPARTS:
        h = 0
    if not (0 <= h <= 23 and 0 <= mi <= 59 and 0 <= sec <= 59):
        return None
    grain = "second" if m["s"] else "minute" if minute or m["half"] or m["to"] else "hour"
    return time(h, mi, sec), grain


def _at_clock(d: DateMention, head: str, tail: str) -> When | None:
    """A day mention with a clock time inside it ("7:30 chiều ngày 20 tháng 4") or after it
    ("hôm nay lúc 2 giờ chiều", "tối qua lúc 9 giờ": the part of the day moves the hour); the
    mention itself when it has neither."""
    inside = _CLOCK.match(d.text)
    if tail:
        clock = _CLOCK_TAIL.fullmatch(tail)
        daypart = _TOD_AT.match(head or d.text)
        read = clock and _clock(clock, daypart and daypart.group())
    elif inside and re.match(r"\s|,", d.text[inside.end() :]):
        read = _clock(inside)
    else:
        return When(d.value, d.grain, rule=d.rule)
    if not read:
        return None
    return When(_with_time(d.value, read[0], read[1]), read[1], rule=f"{d.rule}+clock")


def _range_start(a: DateMention, b: DateMention) -> str:
    """The start of a range; a yearless one is the latest on or before the end."""
    if a.rule not in W.YEARLESS_RULES or not b.value[:4].isdigit():
        return a.value
    year, last = int(b.value[:4]), _days(b.value)[1]
    for y in (year, year - 1):  # 29/2 exists in leap years only
        first = _days(f"{y:04d}{a.value[4:]}")[0]
        if first and last and first <= last:
            return f"{y:04d}{a.value[4:]}"
    return a.value


def _date_expression(s: str, ref: datetime | None) -> When | None:
    """The date rules' reading when one mention (or a range of two) covers the whole string."""
    found = extract_dates(Document(s, [], []), Context(published=ref))
    if len(found) == 2:
        a, b = found
        if (
            _RANGE_OPEN.fullmatch(s[: a.start])
            and _RANGE_JOIN.fullmatch(s[a.end : b.start])
            and b.end == len(s)
        ):
            start = When(_range_start(a, b), a.grain, end=b.value, rule=a.rule)
            first, last = start.first_day(), start.last_day()
            return None if first and last and first > last else start  # not a backward range
        return None
    if len(found) != 1:
        return None
    (d,) = found
    head, tail = s[: d.start], s[d.end :]
    if head and not (d.grain == "day" and _DAYPART_BEFORE.fullmatch(head)):
        return None
    marker = W.MARKER_TAILS.get(d.rule)
    if tail and marker and re.fullmatch(marker, tail, I):
        return When(d.value, d.grain, rule=d.rule)
    if tail and d.grain != "day":
        return None
    return _at_clock(d, head, tail) if d.grain == "day" else When(d.value, d.grain, rule=d.rule)


def _period(m: re.Match[str], ref: datetime) -> When | None:
    """ "3 ngày tới", "2 tháng vừa rồi": the N whole units after or before the current one."""
    n = parse_number(m[1])
    if not isinstance(n, int) or n < 1:
        return None
    unit = W.PERIOD_UNITS[m[2].lower()]
    sign = 1 if m[3].lower() in W.NEXT_MARKERS else -1
    near, far = sign, sign * n  # the unit next to the current one and the farthest
    if unit in _SUB_DAY:  # sub-day units collapse to the days they fall on (our day grain)
        step = _SUB_DAY[unit]
        floor = ref.replace(microsecond=0)
        floor = floor.replace(second=0) if unit != "second" else floor
        floor = floor.replace(minute=0) if unit == "hour" else floor
        first, last = sorted(
            ((floor + near * step).date().isoformat(), (floor + far * step).date().isoformat())
        )
        return When(first, "day", end=None if first == last else last, rule="when.period")
    first, grain = shift_from(ref.date(), unit, min(near, far))
    last, _ = shift_from(ref.date(), unit, max(near, far))
    return When(first, grain, end=None if first == last else last, rule="when.period")


def _expression(s: str, ref: datetime | None, timed: bool) -> When | None:
    """One reading of ``s``: the date rules first, then the expression-level rules."""
    found = _date_expression(s, ref)
    if found or ref is None:
        return found
    day = ref.date().isoformat()
    if _NOW.fullmatch(s):
        if not timed:
            return When(day, "day", rule="when.now")
        return When(_with_time(day, ref.time(), "second"), "second", rule="when.now")
    clock = _CLOCK.fullmatch(s)
    read = clock and _clock(clock)
    if read:
        return When(_with_time(day, read[0], read[1]), read[1], rule="when.clock")
    if _DAYPART_ALONE.fullmatch(s):
        return When(day, "day", rule="when.daypart")
    period = _PERIOD.fullmatch(s)
    return _period(period, ref) if period else None


def _readings(text: str) -> Iterator[str]:
    """The cleaned string, then with its lead-in words stripped one at a time."""
    s = " ".join(nfc(text).split()).strip(W.EDGE_CHARS)
    for pattern, replacement in _REWRITES:
        s = pattern.sub(replacement, s)
    while s:
        yield s
        lead = _LEAD_IN.match(s)
        if not lead:
            return
        s = s[lead.end() :]


def parse_when(text: str, reference: datetime | date | None = None) -> When | None:
    """``text`` read whole as one Vietnamese time expression, resolved against ``reference``
    (its wall-clock time; a date is its midnight, and "now" is then that day). Without a
    reference only absolute dates are read (``XXXX-`` years as in ``extract_dates``). None when
    the string is not one time expression ("3 tuần", "23 tuổi", "100/2019/NĐ-CP")."""
    timed = isinstance(reference, datetime)
    if isinstance(reference, datetime):
        ref: datetime | None = reference.replace(tzinfo=None)
    elif isinstance(reference, date):
        ref = datetime.combine(reference, time())
    else:
        ref = None
    for s in _readings(text):
        found = _expression(s, ref, timed)
        if found:
            return found
    return None
