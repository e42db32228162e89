"""Quantity mentions: a number (digits, scale words or spelled out) attached to a counted noun or
a measure, with its qualifier ("hơn 32.000 đơn vị" -> 32000, "đơn vị máu", more_than).

A number is only a quantity when a unit follows it: first a unit from the lexicon in
``rules/units.py`` (longest match: "đơn vị máu", "viên ma túy tổng hợp"), else an open-class
common noun found by part-of-speech tags (``counted.py``: "4 thi thể", "65 tài xế"), else, in a
sentence about money, a bare "triệu"/"tỷ" (an amount of đồng). That already keeps out most
non-quantities (durations "3 tuần", ages "23 tuổi", clock times, "Covid-19"). The rest is
excluded explicitly: dates (their spans are masked), labels and ordinals ("Điều 249", "lần thứ
3", "Điều 3, 4"; for open-class nouns also "thôn 4 xã Y", "Đội 10 Phòng", "Trung đoàn 2"),
vague amounts ("hàng trăm"), numbers glued to letters or dashes (plates, unit codes "C08").
The context rules (unit, qualifier, exclusions) live in ``quantity_context.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vnpolice.extract.numbers import (
    DIGIT_PHRASE_RE,
    LEAD_WORDS,
    NUMBER_PHRASE_RE,
    SCALES,
    parse_number,
)
from vnpolice.extract.quantity_context import (
    SPACES,
    SUFFIX,
    UNIT,
    Unit,
    after_label,
    canonical,
    excluded,
    mot_counts,
    qualifier_before,
    unit_after,
)
from vnpolice.extract.rules import units as U
from vnpolice.extract.spans import leftmost_longest
from vnpolice.extract.text import Document
from vnpolice.extract.types import Context, DateMention, QuantityMention

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses


# Left edge of a number: not glued to a letter, digit, "/", "-", "." ("C08", "29A-123.45", "3/5").
_EDGE = r"(?<![\w/.,\-+:])"
_NEXT = r"(?![.,]?\d|/|-\d)"
_NUM = re.compile(rf"{_EDGE}(?P<num>{NUMBER_PHRASE_RE}){_NEXT}", I)
_DASH = re.compile(rf"{_EDGE}(?P<a>{DIGIT_PHRASE_RE})\s*[-–—]\s*(?P<b>{DIGIT_PHRASE_RE}){_NEXT}", I)
# "5 đến 7 người": a range without "từ" (labels before it are checked as for a dash range).
_DEN = re.compile(
    rf"{_EDGE}(?P<a>{NUMBER_PHRASE_RE})(?:\s*(?P<ua>{UNIT}))?"
    rf"\s+(?P<qb>đến|tới)\s+(?P<b>{NUMBER_PHRASE_RE}){_NEXT}",
    I,
)
_TU_DEN = re.compile(
    rf"(?<!\w)(?P<qa>từ|giữa)\s+(?P<a>{NUMBER_PHRASE_RE})(?:\s*(?P<ua>{UNIT}))?"
    rf"\s+(?P<qb>đến|tới|và)\s+(?P<b>{NUMBER_PHRASE_RE}){_NEXT}",
    I,
)
# "4, 5 quán bar": two consecutive small numbers joined by a comma before their noun.
_SMALL = rf"\d{{1,2}}|{'|'.join(sorted(LEAD_WORDS, key=len, reverse=True))}"
_PAIR = re.compile(rf"{_EDGE}(?P<a>{_SMALL})\s*,\s*(?P<b>{_SMALL})(?![\w.,/\-])", I)
_LIST_BEFORE = re.compile(r"\w\s*,\s*$")
_FRACTION = re.compile(rf"{_EDGE}(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,5}})(?![\w.,/\-])")
_PART_OF = re.compile(
    rf"{_EDGE}(?P<a>\d{{1,5}})\s+trong\s+(?:tổng\s+)?(?:số\s+)?(?P<b>\d{{1,6}})(?![\w.,/\-])"
)
_AND_PAIR = re.compile(rf"{_EDGE}(?P<a>\d{{1,5}})\s+và\s+(?P<b>\d{{1,6}})(?![\w.,/\-])")
# (pattern, rule, the first is a part of the second, the least second): a whole after "/" is past
# 12, so that it cannot be a month.
_TWO_COUNTS = (
    (_FRACTION, "num.part_of", True, 13),
    (_PART_OF, "num.part_of", True, 0),
    (_AND_PAIR, "num.pair", False, 0),
)

_PREFIX_ALT = "|".join(re.escape(c) for c in sorted(U.PREFIX_CURRENCIES, key=len, reverse=True))
# "$10", "USD1,23", "Rs 20", "xấp xỉ VND1000-VND2000" (a range repeats or drops the currency).
_PREFIXED = re.compile(
    rf"(?<![\w$])(?P<cur>{_PREFIX_ALT})\s?(?P<a>{DIGIT_PHRASE_RE})"
    rf"(?:\s*[-–]\s*(?P<hb>(?:(?P=cur)\s?)?(?P<b>{DIGIT_PHRASE_RE})))?{_NEXT}(?!\w)"
)
_UNIT_NEXT = re.compile(rf"\s*{UNIT}", I)
_CENT_WORD = "|".join(U.CENT_WORDS)
# Hundredths after a currency: "và 23 xen", " 23" at the end of the phrase.
_CENTS = re.compile(
    rf"\s+(?:và\s+)?(?P<c>{NUMBER_PHRASE_RE})(?:\s+(?P<w>{_CENT_WORD})(?!\w)|(?=\s*(?:[.,;:)]|$)))",
    I,
)


@dataclass
class _Cand:
    start: int
    end: int
    mentions: list[QuantityMention]


def _scale_tail(phrase: str) -> str:
    """Trailing scale words of a number phrase ("60 tỷ" -> "tỷ"), shared with a range's lower end."""
    words = phrase.split()
    n = 0
    while n < len(words) - 1 and words[-1 - n].lower() in SCALES:
        n += 1
    return " ".join(words[len(words) - n :])


_RULES = {"noun": "num.noun", "money": "money.bare_scale"}


def _single(doc: Document, num: str, s: int, value: int | float, u: Unit) -> _Cand:
    text = doc.text
    if u.unit == "tiền" and num.lower().split()[-1] in U.BARE_MONEY_SCALES:
        u = Unit(u.end, "đồng", u.kind)  # "hơn 4 tỷ tiền của dân": an amount of đồng
    qualifier, end = "exact", u.end
    q = qualifier_before(text, s)
    if q:
        qualifier, s = q
    suffix = SUFFIX.match(text, end)
    if suffix:  # "từ 8 chỗ ngồi trở lên"
        qualifier, end = U.SUFFIX_QUALIFIERS[SPACES.sub(" ", suffix["w"].lower())], suffix.end()
        s = s - 3 if text[max(0, s - 3) : s].lower() == "từ " else s
    rule = _RULES.get(u.kind) or ("num.words" if num[0].isalpha() else "num.unit")
    rule += ".blood" if u.kind == "blood" else ""
    cents = None
    if u.unit in U.CENT_CURRENCIES and u.kind == "lexicon" and not suffix:
        cents = _CENTS.match(text, end)
    cent_value = parse_number(cents["c"]) if cents else None
    if cents and isinstance(cent_value, int) and 0 < cent_value < 100:  # "hai đô la và 23 xen"
        value, end, rule = value + cent_value / 100, cents.end(), rule + ".cents"
    return _Cand(s, end, [QuantityMention(text[s:end], s, end, rule, value, u.unit, qualifier)])


_MEASURE_UNITS = frozenset(U.MEASURES.values())


def _singles(doc: Document) -> Iterator[_Cand]:
    text = doc.text
    for m in _NUM.finditer(text):
        num, s = m["num"], m.start("num")
        value = parse_number(num)
        if value is None or excluded(text, s):
            continue
        u = unit_after(doc, num, s, m.end("num"), s)
        if u is None or (
            num.lower() == "một"
            and u.unit not in U.MOT_COUNTED
            and u.unit not in _MEASURE_UNITS  # "khoảng một km", "hơn một tấn": a measure
            and (u.unit in U.MOT_VAGUE or not mot_counts(text, s, u.end))
        ):
            continue  # "một người đàn ông": an article, not a count (GUIDE)
        yield _single(doc, num, s, value, u)


def _range_cand(
    doc: Document,
    s: int,
    lo_end: int,
    hi_start: int,
    hi_end: int,
    rule: str,
    lo,
    hi,
    unit: str,
    lo_q: str,
) -> _Cand:
    text = doc.text
    return _Cand(
        s,
        hi_end,
        [
            QuantityMention(text[s:lo_end], s, lo_end, rule, lo, unit, lo_q),
            QuantityMention(text[hi_start:hi_end], hi_start, hi_end, rule, hi, unit, "at_most"),
        ],
    )


def _ranges(doc: Document) -> Iterator[_Cand]:
    """ "50-60 tỷ đồng", "từ 1000 đồng đến 2000 đồng", "giữa 1,1 và 1,3 USD", "từ 8 đến 10
    triệu" (học phí), "5 đến 7 người": a lower bound (at_least, or more_than after "trên"/"hơn") and an upper
    bound (at_most), per GUIDE."""
    text = doc.text
    for rx, rx_rule in ((_DASH, "range.dash"), (_TU_DEN, "range.tu_den"), (_DEN, "range.den")):
        for m in rx.finditer(text):
            if excluded(text, m.start()):
                continue
            dash, bare = rx_rule == "range.dash", rx_rule != "range.tu_den"
            u = unit_after(doc, m["b"], m.start("b"), m.end("b"), m.start() if bare else None)
            if u is None:
                continue
            rule = "range.giua_va" if (m.groupdict().get("qa") or "").lower() == "giữa" else rx_rule
            a = m["a"] if _scale_tail(m["a"]) else f"{m['a']} {_scale_tail(m['b'])}"
            lo, hi = parse_number(a), parse_number(m["b"])
            ua = m.groupdict().get("ua")
            if lo is None or hi is None or lo >= hi or (ua and canonical(ua) != u.unit):
                continue
            s, lo_q = m.start(), "at_least"
            q = qualifier_before(text, s)
            if q and bare:  # "trên 50-60 người", "khoảng 5 đến 7 người"
                s, lo_q = q[1], "more_than" if q[0] == "more_than" else "at_least"
            lo_end = m.end("ua") if ua else m.end("a")
            hi_start = m.start("b") if dash else m.start("qb")
            yield _range_cand(doc, s, lo_end, hi_start, u.end, rule, lo, hi, u.unit, lo_q)


def _pairs(doc: Document) -> Iterator[_Cand]:
    """ "4, 5 quán bar": consecutive small numbers joined by a comma are a range (at_least,
    at_most), unless they continue a list ("3, 4, 5") or follow a label ("Điều 3, 4")."""
    text = doc.text
    for m in _PAIR.finditer(text):
        s = m.start()
        lo, hi = parse_number(m["a"]), parse_number(m["b"])
        if lo is None or hi != lo + 1 or m["a"].lower() == "một" or excluded(text, s):
            continue
        if _LIST_BEFORE.search(text, max(0, s - 5), s) or after_label(doc, s):
            continue
        u = unit_after(doc, m["b"], m.start("b"), m.end("b"), None)
        if u is None or u.kind == "money":
            continue
        yield _range_cand(
            doc, s, m.end("a"), m.start("b"), u.end, "range.pair", lo, hi, u.unit, "at_least"
        )


def _two_counts(doc: Document) -> Iterator[_Cand]:
    """Two counts of one noun written after the second: a part of a whole ("30/52 người", "6
    trong 7 trận", "62 trong tổng số 114 rào chắn") and two numbers joined by "và" ("123 và
    104 toà chung cư"). A part is not larger than its whole; a whole after "/" is past 12, so
    that it cannot be a month ("bắt 3/5 đối tượng" may be a day and month)."""
    text = doc.text
    for pattern, rule, is_part, least_whole in _TWO_COUNTS:
        for m in pattern.finditer(text):
            a, b = parse_number(m["a"]), parse_number(m["b"])
            if a is None or b is None or excluded(text, m.start()) or after_label(doc, m.start()):
                continue
            if (is_part and a > b) or b < least_whole:
                continue
            u = unit_after(doc, m["b"], m.start("b"), m.end("b"), None)
            if u is None or u.kind == "money":
                continue
            yield _two(text, m, u, rule, a, b)


def _two(text: str, m: re.Match[str], u: Unit, rule: str, a: int | float, b: int | float) -> _Cand:
    """The two exact counts of ``m`` (groups a and b), both of the unit ``u`` after b."""
    part = QuantityMention(m["a"], m.start(), m.end("a"), rule, a, u.unit, "exact")
    whole = QuantityMention(
        text[m.start("b") : u.end], m.start("b"), u.end, rule, b, u.unit, "exact"
    )
    return _Cand(m.start(), u.end, [part, whole])


def _prefixed(doc: Document) -> Iterator[_Cand]:
    """Currency before the number: "$10", "USD1,23", "từ $1,42 trở lên", "VND1000-VND2000"."""
    text = doc.text
    for m in _PREFIXED.finditer(text):
        unit = U.PREFIX_CURRENCIES[m["cur"]]
        values = [parse_number(m["a"]), *([parse_number(m["b"])] if m["b"] else [])]
        if None in values or excluded(text, m.start()) or _UNIT_NEXT.match(text, m.end()):
            continue  # "tỷ giá USD 23.000 đồng": the number belongs to the unit after it
        s, end, rule = m.start(), m.end(), "money.prefix"
        if len(values) == 2:  # a range: lower and upper bound (GUIDE)
            if values[0] >= values[1]:
                continue
            lo_end, hi_start = m.end("a"), m.start("hb")
            lo = QuantityMention(text[s:lo_end], s, lo_end, rule, values[0], unit, "at_least")
            hi = QuantityMention(
                text[hi_start:end], hi_start, end, rule, values[1], unit, "at_most"
            )
            yield _Cand(s, end, [lo, hi])
            continue
        qualifier = "exact"
        q = qualifier_before(text, s)
        if q:
            qualifier, s = q
        suffix = SUFFIX.match(text, end)
        if suffix:  # "từ $1,42 trở lên"
            qualifier = U.SUFFIX_QUALIFIERS[SPACES.sub(" ", suffix["w"].lower())]
            end = suffix.end()
            s = s - 3 if text[max(0, s - 3) : s].lower() == "từ " else s
        yield _Cand(
            s, end, [QuantityMention(text[s:end], s, end, rule, values[0], unit, qualifier)]
        )


def extract_quantities(
    doc: Document, ctx: Context, dates: list[DateMention] | None = None
) -> list[QuantityMention]:
    """Quantity mentions of ``doc``, sorted and non-overlapping; spans of ``dates`` (computed
    here when not given) are never quantities."""
    if dates is None:
        from vnpolice.extract.dates import extract_dates

        dates = extract_dates(doc, ctx)
    masked = [(d.start, d.end) for d in dates]
    cands = [
        c
        for c in [*_ranges(doc), *_pairs(doc), *_two_counts(doc), *_prefixed(doc), *_singles(doc)]
        if not any(c.start < e and s < c.end for s, e in masked)
    ]
    return [m for c in leftmost_longest(cands) for m in c.mentions]
