"""Rule tables for whole time expressions (``extract/when.py``): one string read as one time
against a reference ("lúc 3 giờ chiều", "bây giờ", "3 ngày tới", "sau bữa trưa"), as a user types
it into a date box or a peer corpus (duckling) parses it.

Only what the date rules (``rules/dates.py``, ``rules/reldates.py``) do not already read is here:
in running text a clock time alone, "bây giờ" or "3 ngày tới" is not a date (GUIDE), so those
tables rightly leave them out. Same conventions: case-insensitive, NFC, longer forms first.
"""

from __future__ import annotations

from vnpolice.extract.rules import dates as R
from vnpolice.extract.rules import reldates as RR

alt = R.alt
_TOD = alt(R.TIME_OF_DAY)

# --- Around the expression ------------------------------------------------------------------
# Punctuation and spaces a typed or quoted expression may carry at either end. Parentheses stay:
# "thứ Hai (28/4)" keeps its closing one inside the date mention.
EDGE_CHARS = " \t\r\n.,;:!?…\"'“”‘’"

# Words that open an expression without changing its value: "vào lúc 7:30 chiều ...", "khoảng 3
# giờ chiều", "vào đúng 3 giờ chiều", "ngay hôm nay", "trong 3 ngày tới". They are stripped one at
# a time and the least-stripped reading that parses wins, so "ngay lúc này" stays "now" and "lúc
# này" is not cut down to "này".
LEAD_INS: tuple[str, ...] = ("vào", "lúc", "khoảng", "chừng", "đúng", "ngay", "trong")

# Rewrites before the date rules read the string (regex, replacement). Each removes a word the
# date rules do not expect inside one mention, without changing the value.
REWRITES: tuple[tuple[str, str], ...] = (
    # "ngày mồng 3 tháng 3", "thứ hai ngày mồng 6 tháng 2": the day word said twice; the date
    # rules take one ("mồng 3 tháng 3", "thứ 2 mồng 6 tháng 2"), and the weekday stays in reach.
    (r"(?<!\w)ngày\s+(?=(?:mồng|mùng)(?!\w))", ""),
    # "buổi sáng nay", "buổi chiều": "buổi" is the classifier of a part of the day.
    (rf"(?<!\w)buổi\s+(?=(?:{_TOD})(?!\w))", ""),
)

# A part of the day before a day mention the date rules read without it: "tối ngày mai", "trưa
# ngày mai" (the relative table has "tối hôm qua", not "tối ngày mai"). The value stays at day
# grain, as for "sáng 28/4".
DAYPART_BEFORE_DAY_RE = rf"(?:{_TOD})\s+"

# Words after a mention that its rule has already read without putting them in the span: a bare
# month followed by "tới" resolves to the next one ("tháng 3 tới"; dates.py checks the marker
# after the match). Keyed by the mention's rule.
MARKER_TAILS: dict[str, str] = {"m.bare": R.FUTURE_MARKERS_RE}

# Two date mentions make one range when joined like this: "từ 1/4 đến 30/4", "20-29/4", "tháng
# 4-5/2020", "năm 2019-2020", "từ hôm qua đến hôm nay".
RANGE_OPEN_RE = r"(?:từ\s+)?"
RANGE_JOIN_RE = r"\s*(?:[-–—]|cho\s+đến|đến\s+hết|đến|tới)\s*"
# A yearless start of a range is the latest such day or month on or before its end: "từ 1/4 đến
# 30/4/2020" is 2020-04-01, "từ 15/12 đến 29/2/2024" is 2023-12-15, "1/4 - 30/4" stays in one
# year. Running text resolves each mention alone against publication; a range read whole knows
# better. The rules whose value has an inferred year:
YEARLESS_RULES: frozenset[str] = frozenset({"dm.partial", "dm.text", "m.bare"})

# --- Now ------------------------------------------------------------------------------------
# The reference instant itself (duckling: "bây giờ", "ngay lúc này"; "ngay" is a lead-in).
NOW_WORDS: tuple[str, ...] = ("bây giờ", "lúc này", "hiện tại", "hiện giờ", "giờ đây")

# --- Clock times ----------------------------------------------------------------------------
# "3 giờ", "10 giờ 45 phút", "10 giờ 45", "10g45", "21h30", "3:30", "15:23:24", "3 giờ rưỡi"
# (half past), "3 giờ kém 15" (a quarter to three). The forms of ``R.CLOCK_RE`` (a clock time
# before a date in running text) plus seconds and the half/to words, with groups for the value.
CLOCK_VALUE_RE = (
    r"(?P<h>\d{1,2})\s*(?:"
    r":\s*(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"|(?:giờ|h|g)(?:\s*(?P<m2>\d{1,2})(?:\s*phút)?|\s+(?P<half>rưỡi)"
    r"|\s+kém\s+(?P<to>\d{1,2})(?:\s*phút)?)?"
    r")(?!\w)"
)
# A clock time with the part of the day before or after it: "3 giờ chiều", "chiều 3 giờ".
CLOCK_PHRASE_RE = rf"(?:(?P<tod1>{_TOD})\s+)?{CLOCK_VALUE_RE}(?:\s+(?P<tod2>{_TOD})(?!\w))?"
# A clock time after a day mention: "hôm nay lúc 2 giờ chiều", "Hôm nay 15:39", "9/1/2015, 15:08".
CLOCK_JOIN_RE = r"\s*,?\s*(?:(?:vào\s+)?(?:lúc|khoảng)\s+)?"

# Hours 1-12 after a part of the day, on a 24-hour clock: the hours in (first, last) get 12
# added ("3 giờ chiều" = 15:00, "1 giờ trưa" = 13:00, "11 giờ đêm" = 23:00); the others are as
# written ("2 giờ sáng" = 02:00, "11 giờ trưa", "2 giờ đêm" = 02:00). An hour past 12 is already
# on a 24-hour clock. duckling reads "3 giờ tối" as 15:00 too.
PM_HOURS: dict[str, tuple[int, int]] = {
    "trưa": (1, 5),
    "chiều": (1, 11),
    "chiều tối": (1, 11),
    "tối": (1, 11),
    "tối muộn": (1, 11),
    "đêm": (6, 11),
    "nửa đêm": (6, 11),
    "khuya": (6, 11),
}
# "12 giờ đêm" is midnight: 00:00 of the day it opens (TIMEX3 values have no 24:00 here).
MIDNIGHT_DAYPARTS: frozenset[str] = frozenset({"đêm", "nửa đêm", "khuya"})

# --- Parts of the day -----------------------------------------------------------------------
# A part of the day with no day word is the reference day, at day grain (as "sáng nay" is):
# "chiều", "buổi tối" (after the "buổi" rewrite), "sau bữa trưa", "trước giờ ăn tối".
DAYPART_ALONE_RES: tuple[str, ...] = (
    rf"(?:{_TOD})",
    r"(?:sau|trước)\s+(?:bữa|giờ)\s+(?:ăn\s+)?(?:sáng|trưa|tối)",
)

# --- Periods counted from now ---------------------------------------------------------------
# "3 ngày tới", "2 tháng vừa rồi", "3 s tiếp theo", "một tiếng vừa rồi": the N whole units after
# (or before) the current one, as duckling reads them ("2 tháng vừa rồi" on 2017-02-02 is
# 2016-12..2017-01). Not here: "3 ngày trước" and "3 ngày nữa" (points: reldates' "ago" and
# "in"), "3 tuần" alone (a duration), "3 ngày sau" and "3 ngày trước đó" (counted from another
# event, not from now). Units are those of the date rules' counted phrases, plus sub-day ones.
PERIOD_UNITS: dict[str, str] = {
    **R.AGO_UNITS,
    "quý": "quarter",
    **dict.fromkeys(RR.HOUR_UNITS, "hour"),
    "phút": "minute",
    "giây": "second",
    "s": "second",
}
NEXT_MARKERS: tuple[str, ...] = ("tới", "sắp tới", "tiếp theo", "tiếp", "kế tiếp")
LAST_MARKERS: tuple[str, ...] = (
    "vừa rồi",
    "vừa qua",
    "qua",
    "gần đây",
    "gần nhất",
    "trở lại đây",
)
PERIOD_RE = rf"{R._COUNT}\s+({alt(PERIOD_UNITS)})\s+({alt([*NEXT_MARKERS, *LAST_MARKERS])})"
