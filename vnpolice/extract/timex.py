"""TIMEX3 values relative to a publication date: the year of a yearless day or month, and
"n days/weeks/months/quarters/years from now".

News reports the past: a yearless date is the latest one on or before publication, with a margin
for announcements of what comes soon after.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# A date partial ("28/4") has its year inferred: the latest such date on or before publication
# plus this margin (GUIDE: "later than the published date by more than ~2 months" = previous year).
MARGIN = timedelta(days=62)


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_day(pub: date | None, m: int, d: int, future: bool = False) -> str | None:
    """Year for a yearless day: latest one on or before ``pub + MARGIN`` (or next one if future)."""
    if not valid_date(2000, m, d):  # 2000 is a leap year: 29/2 stays possible
        return None
    if pub is None:
        return f"XXXX-{m:02d}-{d:02d}"
    found = [x for y in (pub.year + 1, pub.year, pub.year - 1) if (x := valid_date(y, m, d))]
    if future:
        return min((x for x in found if x > pub), default=found[0]).isoformat()
    return max((x for x in found if x <= pub + MARGIN), default=found[-1]).isoformat()


def resolve_month(pub: date | None, m: int, future: bool = False) -> str:
    if pub is None:
        return f"XXXX-{m:02d}"
    starts = [date(y, m, 1) for y in (pub.year + 1, pub.year, pub.year - 1)]
    if future:
        first = min(s for s in starts if s > pub.replace(day=1))
    else:
        first = max(s for s in starts if s <= pub + MARGIN)
    return iso_month(first.year, first.month)


def shift_from(pub: date, grain: str, n: int) -> tuple[str, str]:
    """Value of "n grains from the publication date" (n < 0 = ago)."""
    if grain == "day":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if grain == "week":
        y, w, _ = (pub + timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}", "week"
    if grain == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + n, 12)
        return iso_month(y, m + 1), "month"
    if grain == "quarter":
        y, q = divmod(pub.year * 4 + (pub.month - 1) // 3 + n, 4)
        return f"{y}-Q{q + 1}", "quarter"
    return str(pub.year + n), "year"


def timex_range(value: str | None) -> tuple[date | None, date | None]:
    """First and last day a TIMEX3 value covers; (None, None) when the year is unknown."""
    if not value or value.startswith("X"):
        return None, None
    head = value.split("T", 1)[0]
    try:
        if "-Q" in head:
            year, quarter = head.split("-Q")
            first_month = 3 * (int(quarter) - 1) + 1
            last_month = first_month + 2
            return date(int(year), first_month, 1), date(
                int(year), last_month, calendar.monthrange(int(year), last_month)[1]
            )
        parts = [int(p) for p in head.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except ValueError:
        return None, None
