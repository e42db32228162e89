"""Vietnamese number syntax: digit numbers ("32.000", "1,5"), scale words ("1,2 tỷ", "3 tỷ 200
triệu") and spelled-out numbers ("hai mươi mốt", "một trăm linh năm").

Vietnamese writes "." for thousands and "," for decimals (CLDR vi). Spelled-out numbers go through
vietnam-number's ``w2n`` but only after our own checks, because ``w2n`` reads any text: it ignores
digits ("1,2 triệu" -> 1000000), skips unknown words ("một số" -> 1), and gets a scale after a
scale wrong ("mười nghìn tỷ" -> 10000001000). So we split on "tỷ" ourselves and only hand it word
runs that passed ``valid_word_run``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from vietnam_number import w2n

# --- Tables ---------------------------------------------------------------------------------
# Scale words, folded into the value ("1,2 tỷ đồng" -> 1.2e9 "đồng"). "vạn" (10^4) is rare and
# w2n does not know it, so scales are applied here, not by w2n, for digit numbers.
SCALES: dict[str, int] = {
    "tỷ": 10**9,
    "tỉ": 10**9,
    "triệu": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
    "vạn": 10**4,
    "trăm": 100,
    "chục": 10,
}
# Digits that may start a spelled number. "tư" (4), "mốt" (1), "lăm"/"nhăm" (5) only occur after
# "mươi"/"mười" and "không"/"linh"/"lẻ" only inside ("một trăm linh năm"); a run starting with a
# bare scale word ("trăm người") is the vague "hàng trăm" shape, so scales cannot lead either.
LEAD_WORDS: tuple[str, ...] = (
    "một",
    "hai",
    "ba",
    "bốn",
    "năm",
    "sáu",
    "bảy",
    "bẩy",
    "tám",
    "chín",
    "mười",
)
UNIT_DIGITS: frozenset[str] = frozenset(
    {
        "một",
        "hai",
        "ba",
        "bốn",
        "tư",
        "năm",
        "lăm",
        "nhăm",
        "sáu",
        "bảy",
        "bẩy",
        "tám",
        "chín",
        "mốt",
    }
)
# Informal thousands glued to digits: "100k", "10K$", "7k đồng" (prices, fines in quotes).
GLUED_SCALES: dict[str, int] = {"k": 10**3, "K": 10**3}
# Spoken decimal point: "hai phẩy 23" = 2,23 = 2.23.
DECIMAL_WORD = "phẩy"
# Signs a bare number may carry ("- 1.200.000", "âm 1.200.000"); parse_number only: in running
# text a leading "-" is a list dash, so quantities never take a sign.
NEGATIVE_PREFIX_RE = r"^(?:-|âm(?!\w))\s*"
# Zero words stand between a scale and a digit ("một trăm linh năm", "hai nghìn không trăm").
ZERO_WORDS: frozenset[str] = frozenset({"không", "linh", "lẻ"})
INNER_WORDS: tuple[str, ...] = ("mươi", "mốt", "tư", "lăm", "nhăm", "linh", "lẻ", "không", "rưỡi")
# Longest first so that regex alternation never stops inside a longer word.
NUMBER_WORDS: tuple[str, ...] = tuple(
    sorted({*LEAD_WORDS, *INNER_WORDS, *SCALES}, key=len, reverse=True)
)

# --- Regex pieces ---------------------------------------------------------------------------
# A digit number: "32.000", "1,5", "2.150", "1.000.000,5", "15". Validity (grouping, phones) is
# checked by parse_digits, so this may over-match "0769.04.04.04" on purpose: then it is rejected
# whole instead of leaving "0769" as a number.
DIGITS_RE = r"\d+(?:[.,]\d+)*(?:[kK](?!\w))?"
_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
_WORD_ALT = "|".join(NUMBER_WORDS)
_LEAD_ALT = "|".join(sorted(LEAD_WORDS, key=len, reverse=True))
SCALE_RE = rf"(?:{_SCALE_ALT})(?!\w)"
# Digits with optional scale chain: "3 tỷ 200 triệu", "1,2 triệu", "5 nghìn", "1 triệu rưỡi".
DIGIT_PHRASE_RE = (
    rf"{DIGITS_RE}(?:\s*(?:{_SCALE_ALT})(?!\w)(?:\s+(?:{_SCALE_ALT})(?!\w))*"
    rf"(?:\s+rưỡi(?!\w)|\s+{DIGITS_RE}\s*(?:{_SCALE_ALT})(?!\w)(?:\s+(?:{_SCALE_ALT})(?!\w))*)*)?"
)
# Spelled-out run: "hai mươi mốt", "ba trăm nghìn". Checked afterwards by valid_word_run.
WORD_PHRASE_RE = (
    rf"(?<!\w)(?:{_LEAD_ALT})(?!\w)(?:\s+(?:{_WORD_ALT})(?!\w))*"
    rf"(?:\s+{DECIMAL_WORD}\s+\d+(?![\d.,]))?"
)
NUMBER_PHRASE_RE = rf"(?:{DIGIT_PHRASE_RE}|{WORD_PHRASE_RE})"

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_SPACE = re.compile(r"\s+")


def _number(d: Decimal) -> int | float:
    """An int when the value is whole (32000, 1200000000), else a float (1.5)."""
    return int(d) if d == d.to_integral_value() else float(d)


def parse_digits(text: str) -> Decimal | None:
    """Value of a Vietnamese digit string, or None when it is not a plain number.

    "32.000" -> 32000, "1,5" -> 1.5, "1.000.000,5" -> 1000000.5, "8.4" -> 8.4 (a lone "." not
    followed by three digits is read as a decimal point). Phones ("0769.04.04.04",
    "0593.505.999"), dotted versions and long zero-led strings return None.
    """
    scale = 1
    if text[-1:] in GLUED_SCALES:
        text, scale = text[:-1], GLUED_SCALES[text[-1]]
    value = _plain_digits(text)
    return None if value is None else value * scale


def _plain_digits(text: str) -> Decimal | None:
    if _GROUPED.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _COMMA_GROUPED.fullmatch(text):  # "1,000,000": English grouping, seen in copied figures
        return Decimal(text.replace(",", ""))
    if text.count(".") + text.count(",") > 1:
        return None
    if text.startswith("0") and len(text) >= 8:  # phone numbers: 0912345678
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def valid_word_run(words: list[str]) -> bool:
    """True for a well-formed spelled number; False for vague pairs like "năm ba", "một hai"."""
    if not words or words[0] not in LEAD_WORDS:
        return False
    for i, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        if a in UNIT_DIGITS and b in UNIT_DIGITS:
            return False
        if b in ZERO_WORDS and (a not in SCALES or i + 2 >= len(words)):
            return False  # "một không gian" is no 10: zero only inside "một trăm linh năm"
        if a in {"mươi", "mười"} and b == "mươi":
            return False
    return True


def _words_value(words: list[str]) -> Decimal:
    """w2n with "tỷ" split off (w2n misreads a scale under tỷ) and a trailing "rưỡi" (half)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in {"tỷ", "tỉ"}:
            left = _words_value(words[:i]) if i else Decimal(1)
            rest = words[i + 1 :]
            if rest == ["rưỡi"]:
                return left * 10**9 + 5 * 10**8
            return left * 10**9 + (_words_value(rest) if rest else 0)
    return Decimal(w2n(" ".join(words)))


def _digit_phrase_value(text: str) -> Decimal | None:
    """ "3 tỷ 200 triệu" -> 3.2e9, "1,2 triệu" -> 1.2e6, "1 triệu rưỡi" -> 1.5e6."""
    total = Decimal(0)
    last_scale: int | None = None
    for m in re.finditer(rf"({DIGITS_RE})\s*((?:(?:{_SCALE_ALT})(?!\w)\s*)*)|rưỡi", text):
        if m.group(0) == "rưỡi":
            if last_scale is None:
                return None
            total += Decimal(last_scale) / 2
            continue
        value = parse_digits(m.group(1))
        if value is None:
            return None
        scale = 1
        for word in m.group(2).split():
            scale *= SCALES[word]
        if last_scale is not None and scale >= last_scale:
            return None  # "3 triệu 2 tỷ" is not one number
        total += value * scale
        last_scale = scale
    return total


def _spoken_decimal(text: str) -> int | float | None:
    """ "hai phẩy 23" -> 2.23: the whole part as a number, the digits after "phẩy" as written."""
    whole, _, frac = text.partition(f" {DECIMAL_WORD} ")
    left = parse_number(whole)
    if left is None or not frac.isdigit() or isinstance(left, float):
        return None
    return _number(Decimal(f"{left}.{frac}"))


def parse_number(text: str) -> int | float | None:
    """Value of a number phrase matched by NUMBER_PHRASE_RE, or None when it is not one number.

    >>> parse_number("2.150 tỷ"), parse_number("hai mươi mốt"), parse_number("1,5")
    (2150000000000, 21, 1.5)
    """
    text = _SPACE.sub(" ", text.strip())
    sign = re.match(NEGATIVE_PREFIX_RE, text, re.IGNORECASE)
    if sign and sign.end() < len(text):
        value = parse_number(text[sign.end() :])
        return None if value is None else -value
    if not text:
        return None
    if DECIMAL_WORD in text.split():
        return _spoken_decimal(text)
    if re.match(r",\d", text):  # ",77": the integer part left out
        text = "0" + text
    if text[0].isdigit():
        value = _digit_phrase_value(text)
        return None if value is None else _number(value)
    words = text.lower().split()
    if not valid_word_run(words):
        return None
    try:
        return _number(_words_value(words))
    except ValueError:
        return None
