"""Date rules as named tables: weekday and month words, time-of-day words, relative expressions,
and the regex pieces the date extractor (``extract/dates.py``) assembles.

All word tables are matched case-insensitively on NFC text. Where two entries share a prefix the
longer one is listed first (regex alternation takes the first that matches, not the longest).
Conventions follow ``eval/GUIDE.md``: dates only, never durations, ages or document numbers.
"""

from __future__ import annotations

import re

# --- Months ---------------------------------------------------------------------------------
# Word months as news sites print them ("22 Tháng Tư, 2020", "Tháng Mười Hai"). "mười một" and
# "mười hai" must precede "mười" (and "một"/"hai"), "bốn"/"tư" are both 4.
MONTH_WORDS: dict[str, int] = {
    "mười một": 11,
    "mười hai": 12,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

# "tháng Giêng" and "tháng Chạp" are, in running text, almost always LUNAR months ("23/1/2017 (26
# tháng Chạp)", "mùng 9 tháng Giêng"). A Gregorian value would be false, so dates with them are
# left out; the words are kept here so the extractor can recognise and skip them.
LUNAR_MONTH_WORDS: dict[str, int] = {"giêng": 1, "chạp": 12}

# Bare word months that also read as ordinary words: "tháng năm" is "months and years" (time),
# "tháng một" is rare. They count only with a day or a year attached.
AMBIGUOUS_BARE_MONTHS: frozenset[str] = frozenset({"năm", "một"})

# Quarters: "quý I/2020", "quý 3", "quý IV năm 2019". Roman numerals are the usual form.
QUARTER_WORDS: dict[str, int] = {
    "iv": 4,
    "iii": 3,
    "ii": 2,
    "i": 1,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
}

# --- Weekdays -------------------------------------------------------------------------------
# ISO weekday numbers (Monday = 1). "Thứ 2".."Thứ 7" and word forms; "Chủ nhật" = Sunday.
# The abbreviations "CN" and "T2".."T7" are matched case-sensitively (see WEEKDAY_RE).
WEEKDAY_WORDS: dict[str, int] = {
    "hai": 1,
    "2": 1,
    "ba": 2,
    "3": 2,
    "tư": 3,
    "4": 3,
    "năm": 4,
    "5": 4,
    "sáu": 5,
    "6": 5,
    "bảy": 6,
    "bẩy": 6,
    "7": 6,
}
SUNDAY_WORDS: tuple[str, ...] = ("chủ nhật", "chúa nhật")

# --- Time of day ----------------------------------------------------------------------------
# Prefixes that may open a date phrase ("sáng 28/4", "chiều tối 27/4", "rạng sáng nay"). The
# mention keeps them in its span but the value stays at day grain. Longer forms first.
TIME_OF_DAY: tuple[str, ...] = (
    "rạng sáng",
    "sáng sớm",
    "chiều tối",
    "nửa đêm",
    "tối muộn",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "khuya",
)

# Clock times that may precede a date ("21h30 ngày 27/4", "10 giờ 45 phút ngày 3/3", "08:30
# 28/04/2020"). A clock time alone is never a date (GUIDE).
CLOCK_RE = r"\d{1,2}\s*(?:h|giờ|g|:)\s*(?:\d{2})?(?:\s*phút)?"

# Words that mark a date phrase: the day word itself, kept in the span.
DAY_WORDS_RE = r"(?:ngày|mùng|mồng)"

# Words before a date that are not part of it but make a "28-4"/"8.4" reading safe. Without one
# of these (or a time-of-day/weekday/day word), "-" and "." forms are ranges and decimals.
DATE_CONTEXT_WORDS: tuple[str, ...] = ("từ", "đến", "tới", "dịp", "vào", "và", "trước", "sau")

# --- Relative expressions (resolved against the publication date, omitted without it) --------
# (regex, grain, offset, rule). Offsets are in units of the grain: day -1 = yesterday, week -1
# = the previous ISO week. Time-of-day forms ("chiều qua") come before the bare ones so that the
# longer phrase wins at the same start; overlapping shorter matches are dropped by the engine.
_TOD = "|".join(TIME_OF_DAY)
RELATIVE: tuple[tuple[str, str, int, str], ...] = (
    (rf"(?:{_TOD})\s+(?:ngày\s+)?hôm\s+qua", "day", -1, "rel.hom_qua"),
    (rf"(?:{_TOD})\s+(?:ngày\s+)?hôm\s+nay", "day", 0, "rel.hom_nay"),
    (rf"(?:{_TOD})\s+nay", "day", 0, "rel.sang_nay"),
    (rf"(?:{_TOD})\s+qua", "day", -1, "rel.toi_qua"),
    (r"(?:ngày\s+)?hôm\s+nay", "day", 0, "rel.hom_nay"),
    (r"(?:ngày\s+)?hôm\s+qua", "day", -1, "rel.hom_qua"),
    (r"(?:ngày\s+)?hôm\s+kia", "day", -2, "rel.hom_kia"),
    (r"ngày\s+mai", "day", 1, "rel.ngay_mai"),
    (r"tuần\s+(?:trước|qua|rồi)", "week", -1, "rel.tuan_truoc"),
    (r"tuần\s+này", "week", 0, "rel.tuan_nay"),
    (r"tuần\s+(?:tới|sau|tiếp\s+theo|kế\s+tiếp)", "week", 1, "rel.tuan_toi"),
    (r"tháng\s+(?:trước|rồi)", "month", -1, "rel.thang_truoc"),
    (r"tháng\s+này", "month", 0, "rel.thang_nay"),
    (r"tháng\s+(?:tới|sau|tiếp\s+theo|kế\s+tiếp)", "month", 1, "rel.thang_toi"),
    (r"năm\s+(?:ngoái|trước|rồi)", "year", -1, "rel.nam_ngoai"),
    (r"năm\s+nay", "year", 0, "rel.nam_nay"),
    (r"năm\s+(?:tới|sau|kế\s+tiếp|tiếp\s+theo)", "year", 1, "rel.nam_toi"),
    (r"quý\s+(?:trước|rồi)", "quarter", -1, "rel.quy_truoc"),
    (r"quý\s+(?:này|hiện\s+tại)", "quarter", 0, "rel.quy_nay"),
    (r"quý\s+(?:tới|sau|tiếp(?:\s+theo)?|kế\s+tiếp)", "quarter", 1, "rel.quy_toi"),
)

# "N ngày trước", "cách đây N tuần": counted units for the "ago" rule.
AGO_UNITS: dict[str, str] = {
    "ngày": "day",
    "hôm": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
}
# "3 ngày trước khi ..." is relative to another event, not to the publication date.
NOT_AGO_FOLLOWERS: tuple[str, ...] = (
    "khi",
    "đó",
    "ngày",
    "lúc",
    "thời",
    "hạn",
    "tết",
    "kỳ",
    "dịp",
    "đợt",
)

# A relative word right after one of these is a vague or counted period, not a date:
# "những năm trước", "3 tuần qua", "nhiều tháng trước".
NOT_RELATIVE_AFTER: tuple[str, ...] = (
    "những",
    "các",
    "nhiều",
    "mấy",
    "vài",
    "mọi",
    "hằng",
    "hàng",
    "mỗi",
)

# Words after a bare weekday or month that point to the future (DESIGN: news reports the past,
# so the default is the latest one on or before publication).
FUTURE_MARKERS_RE = r"\s+(?:sắp\s+tới|tới|tuần\s+tới|tuần\s+sau|sau)\b"
PAST_WEEK_MARKERS_RE = r"\s+(?:tuần\s+trước|tuần\s+qua|tuần\s+rồi)\b"
THIS_WEEK_MARKERS_RE = r"\s+tuần\s+này\b"

# Context words before a bare weekday ("sáng thứ Hai", "vào thứ Bảy"): without one, "thứ hai"
# is the ordinal "second" ("lần thứ hai") and "thứ 2" may be a rank.
WEEKDAY_CONTEXT_BEFORE: tuple[str, ...] = (
    *TIME_OF_DAY,
    "vào",
    "hôm",
    "ngày",
    "từ",
    "đến",
    "tới",
    "trong",
)

# --- Not dates ------------------------------------------------------------------------------
# A date right after these is a birth date or belongs to a document or law, not an event date.
NOT_DATE_BEFORE_RE = (
    r"(?:\bsinh(?:\s+ngày|\s+năm)?|\bSN|\bngày\s+sinh|\bsố|\bNghị\s+định|\bThông\s+tư|"
    r"\bQuyết\s+định|\bCông\s+văn|\bChỉ\s+thị|\bKế\s+hoạch|\bĐiều|\bkhoản)\s*[:.]?\s*$"
)
# A bare "2/3" after an address word is a house number ("ngụ tại 2/3 Trần Quốc Toản", "số 6
# 7/2"); so is one followed by a capitalised street name (checked by the extractor).
ADDRESS_BEFORE_RE = (
    r"(?:\b(?:ngụ|trú|cư\s+trú)(?:\s+tại)?|\bđịa\s+chỉ|\b(?:số|hẻm|kiệt|ngõ|ngách|nhà)(?:\s+\d+)?)"
    r"\s*[:,]?\s*$"
)
# "năm 2008" closing a law's title ("Luật Giao thông đường bộ năm 2008", "Bộ luật Hình sự năm
# 2015 sửa đổi, bổ sung năm 2017"): a title word, then up to 10 title words. A comma ends the
# title except inside "Phòng, chống"/"Trật tự, an toàn"; a verb or function word ends it too
# ("Bộ luật Hình sự năm 2015 được áp dụng từ năm 2018": 2018 is a date).
LAW_TITLE_STOP_WORDS: tuple[str, ...] = (
    "được",
    "đã",
    "có",
    "từ",
    "vào",
    "theo",
    "và",
    "là",
    "sẽ",
    "trong",
    "khi",
    "thì",
    "đến",
    "tới",
    "nay",
    "thông qua",
    "ban hành",
    "áp dụng",
    "quy định",
    "hiệu lực",
)
_LAW_STOP = "|".join(r"\s+".join(w.split()) for w in LAW_TITLE_STOP_WORDS)
LAW_TITLE_BEFORE_RE = (
    r"(?:\b(?:Bộ\s+luật|Luật|Hiến\s+pháp|Pháp\s+lệnh)"
    rf"(?:\s+(?!(?:{_LAW_STOP})\b)[\w-]+|,\s*(?:chống|an\s+toàn)){{0,10}}"
    r"|sửa\s+đổi,?\s+bổ\s+sung)\s+$"
)
# Fixed strings that look like d/m but are not dates.
NOT_DATE_STRINGS: frozenset[str] = frozenset({"24/7", "24/24"})


# --- Regex pieces (assembled from the tables above) -----------------------------------------
def alt(words: object) -> str:
    """Regex alternation of ``words``, longest first (alternation takes the first that matches)."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


MONTH_RE = rf"(?:\d{{1,2}}|{alt([*MONTH_WORDS, *LUNAR_MONTH_WORDS])})(?!\w)"
# The year after a month or day: "4/2020", "4-2020", "Tư, 2020", "4 năm 2020", "1 2015".
YEAR_TAIL_RE = r"(?:\s*[/.\-]\s*|\s*,\s*|\s+năm\s+|\s+)(\d{4})(?!\d)"
WEEKDAY_RE = rf"(?:thứ\s+(?:{alt(WEEKDAY_WORDS)})(?!\w)|{alt(SUNDAY_WORDS)}|(?-i:CN|T[2-7])\b)"
_TIME = (
    rf"(?:{CLOCK_RE}(?:\s+(?:{_TOD}))?|(?:{_TOD})(?:\s+{CLOCK_RE})?)"
    r"(?:\s+(?:nay|qua|hôm\s+(?:nay|qua|kia)))?"
)
# What may stand before a day and belongs to its mention: time ("21h30", "sáng nay", "Hôm qua"),
# weekday ("thứ Hai (", "Thứ Ba,"), day word ("ngày", "mồng"). Anchored at the date's start.
PREFIX_RE = (
    rf"(?<![^\W\d_])(?:(?:{_TIME}|(?:ngày\s+)?hôm\s+(?:nay|qua|kia))\s*,?\s+)?"
    rf"(?:{WEEKDAY_RE}\s*(?:,\s*|\(\s*|\s+))?(?:{DAY_WORDS_RE}\s+)?$"
)
# Numeric days. The look-arounds keep out "100/2019/NĐ-CP", "0769.04.04.04", "Covid-19".
_EDGE, _END = r"(?<![\w/.,\-])", r"(?![\w/]|[.,\-]\d)"
FULL_DATE_RE = rf"{_EDGE}(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}})(?!\d){_END}"
PARTIAL_DATE_RE = rf"{_EDGE}(\d{{1,2}})([/.\-])(\d{{1,2}}){_END}"
DAY_RANGE_RE = rf"{_EDGE}(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})([/.])(\d{{1,2}})(?:\3(\d{{4}}))?{_END}"
SPELLED_DATE_RE = rf"(?<!\w)(\d{{1,2}})\s+tháng\s+({MONTH_RE})(?:{YEAR_TAIL_RE})?"
MONTH_PHRASE_RE = rf"(?<!\w)tháng\s+({MONTH_RE})(?:{YEAR_TAIL_RE})?"
MONTH_RANGE_RE = rf"(?<!\w)tháng\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})(?:{YEAR_TAIL_RE})?(?![\d/])"
# "quí" is the old spelling of "quý" (word-segmented corpora keep it).
QUARTER_RE = rf"(?<!\w)qu[ýí]\s+({alt(QUARTER_WORDS)})(?!\w)(?:{YEAR_TAIL_RE})?"
# "6 tháng đầu năm 2018", "đầu năm 2020": the year (GUIDE).
PART_YEAR_RE = (
    r"(?<!\w)(?:(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?|(?:đầu|cuối|giữa)\s+)"
    r"năm\s+(\d{4})(?!\d)"
)
YEAR_RE = r"(?<!\w)năm\s+(\d{4})(?![\d.,]\d)"
# A year written after a holiday or a season: "Tết Nguyên đán 2019", "Tết Nguyên đán Kỷ Hợi
# 2019" (the year's name between), "xuân 2019", "Lễ hội xuân 2019", "mùa hè 2018".
HOLIDAY_YEAR_RE = (
    r"(?<!\w)(?:Tết(?:\s+Nguyên\s+đán)?(?:\s+(?-i:[A-ZĐ]\w*\s+[A-ZĐ]\w*))?|xuân"
    r"|mùa\s+(?:xuân|hè|thu|đông))\s+(\d{4})(?![\d.,]\d)"
)
YEAR_RANGE_RE = (
    r"(?<!\w)(?:năm|giai\s+đoạn|nhiệm\s+kỳ|niên\s+khóa)\s+(\d{4})\s*[-–]\s*(\d{4})(?!\d)"
)
# "ngày 4/12 năm ngoái", "tháng 6 năm nay": a relative year after a day or month.
RELATIVE_YEAR_RE = r"\s+năm\s+(nay|ngoái|trước)(?!\w)"
_COUNT = r"(\d{1,3}|[^\W\d]+(?:\s+[^\W\d]+)?)"
AGO_RE = (
    rf"(?<!\w)(?:cách\s+đây\s+{_COUNT}\s+({alt(AGO_UNITS)})(?:\s+trước)?"
    rf"|{_COUNT}\s+({alt(AGO_UNITS)})\s+(?:trước(?:\s+đây)?|về\s+trước))(?!\w)"
)
