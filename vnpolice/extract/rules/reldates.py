"""Rule tables for relative and ordinal date phrases (``extract/reldates.py``): weekday markers,
counted offsets from publication ("21 giờ trước", "5 năm nữa") and ordinal days and weeks of a
month ("ngày đầu tiên của tháng ba", "tuần đầu tiên của tháng 9").

Same conventions as ``rules/dates.py``: case-insensitive, NFC, longer forms first.
"""

from __future__ import annotations

# --- Weekday markers ------------------------------------------------------------------------
# "thứ ba vừa rồi": the latest such weekday strictly before publication (on the same weekday,
# "vừa rồi" means last week's). "của" may stand before a week marker: "thứ tư của tuần tới".
LAST_WEEKDAY_MARKERS_RE = r"\s+(?:vừa\s+rồi|vừa\s+qua)\b"
WEEK_MARKER_OF = r"(?:\s+của)?"

# A weekday alone on its line ("Thứ sáu" as a dateline or caption) is a date even without a
# context word; inside a sentence "Thứ hai, ..." is the ordinal "secondly".
STANDALONE_LINE_RE = r"(?:^|\n)[ \t]*$"
LINE_END_RE = r"[ \t]*(?:\n|$)"

# --- Counted offsets from publication -------------------------------------------------------
# Hours count back too ("21 giờ trước" = 21 hours before publication, at day grain), but "giờ"
# is also a clock time ("lúc 21 giờ trước cổng", at 21:00 in front of the gate): an hour offset
# counts only right before punctuation or the end, and never after a clock word.
HOUR_UNITS: tuple[str, ...] = ("giờ", "tiếng")
CLOCK_WORDS_BEFORE_RE = r"(?:lúc|vào|khoảng|từ|đến)\s+$"
HOUR_AGO_END_RE = r"\s*(?:[.,;:!?)]|$)"

# "5 năm nữa", "sau 5 năm nữa", "còn 3 ngày nữa": n units after publication. After "thêm",
# "mất", "trong" the phrase is a duration ("phạt tù thêm 2 năm nữa").
FUTURE_COUNT_UNITS: dict[str, str] = {
    "ngày": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
}
NOT_FUTURE_BEFORE_RE = r"(?:thêm|mất|trong|hết|tù)\s+$"

# --- Ordinal days and weeks of a month ------------------------------------------------------
# "ngày đầu tiên của tháng ba" = the 1st; "ngày cuối cùng của tháng 2" = the last day.
ORDINAL_DAYS: dict[str, str] = {"đầu tiên": "first", "cuối cùng": "last"}
# "tuần đầu tiên của tháng 9 năm 2017": as for ISO week 1 of a year, the first week of a month
# is the one that holds its first Thursday (2017-09: the week of Monday 4 September).
ORDINAL_WEEKS: dict[str, int] = {
    "đầu tiên": 1,
    "thứ nhất": 1,
    "thứ hai": 2,
    "thứ ba": 3,
    "thứ tư": 4,
}
