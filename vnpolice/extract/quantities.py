"""Quantity mentions: a number (digits, scale words or spelled out) attached to a counted noun or
a measure, with its qualifier ("hơn 32.000 đơn vị" -> 32000, "đơn vị máu", more_than).

A number is only a quantity when a unit from ``rules/units.py`` follows it, which already keeps
out most non-quantities (durations "3 tuần", ages "23 tuổi", clock times, "Covid-19"). The rest
is excluded explicitly: dates (their spans are masked), labels and ordinals ("Điều 249", "lần thứ
3"), vague amounts ("hàng trăm"), numbers glued to letters or dashes (plates, unit codes "C08").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vnpolice.extract.numbers import DIGIT_PHRASE_RE, NUMBER_PHRASE_RE, SCALES, parse_number
from vnpolice.extract.rules import units as U
from vnpolice.extract.spans import leftmost_longest
from vnpolice.extract.text import Document
from vnpolice.extract.types import Context, DateMention, QuantityMention

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses


def _surface_re(surface: str) -> str:
    """Regex for a surface such as "cán bộ, chiến sĩ": spacing and the comma may vary."""
    parts = (r"\s+".join(map(re.escape, p.split())) for p in surface.split(","))
    return r"\s*,\s*".join(parts)


# One alternation, longest surface first across both tables ("đơn vị máu" before "đơn vị", "kg"
# before "g"). Counted nouns match in any case; measures are case-sensitive ("5G" is no gram).
_SURFACES = sorted([*U.COUNTED_NOUNS, *U.MEASURES], key=len, reverse=True)
_UNIT_ALT = "|".join(
    f"(?-i:{re.escape(s)})" if s in U.MEASURES and s not in U.COUNTED_NOUNS else _surface_re(s)
    for s in _SURFACES
)
_UNIT = rf"(?:{_UNIT_ALT})(?!\w)"
_CLASSIFIER = rf"(?:(?:{'|'.join(U.CLASSIFIERS)})\s+)"
# Left edge of a number: not glued to a letter, digit, "/", "-", "." ("C08", "29A-123.45", "3/5").
_EDGE = r"(?<![\w/.,\-+:])"
_NEXT = r"(?![.,]?\d|/|-\d)"
_SINGLE = re.compile(
    rf"{_EDGE}(?P<num>{NUMBER_PHRASE_RE}){_NEXT}(?P<gap>\s*)(?:{_CLASSIFIER}(?={_UNIT}))?(?P<unit>{_UNIT})",
    I,
)
_DASH = re.compile(
    rf"{_EDGE}(?P<a>{DIGIT_PHRASE_RE})\s*[-–—]\s*(?P<b>{DIGIT_PHRASE_RE}){_NEXT}\s*{_CLASSIFIER}?(?P<unit>{_UNIT})",
    I,
)
_TU_DEN = re.compile(
    rf"(?<!\w)(?P<qa>từ|giữa)\s+(?P<a>{NUMBER_PHRASE_RE})(?:\s*(?P<ua>{_UNIT}))?"
    rf"\s+(?P<qb>đến|tới|và)\s+(?P<b>{NUMBER_PHRASE_RE})\s*{_CLASSIFIER}?(?P<unit>{_UNIT})",
    I,
)

_PREFIX_ALT = "|".join(re.escape(c) for c in sorted(U.PREFIX_CURRENCIES, key=len, reverse=True))
# "$10", "USD1,23", "Rs 20", "xấp xỉ VND1000-VND2000" (a range repeats or drops the currency).
_PREFIXED = re.compile(
    rf"(?<![\w$])(?P<cur>{_PREFIX_ALT})\s?(?P<a>{DIGIT_PHRASE_RE})"
    rf"(?:\s*[-–]\s*(?P<hb>(?:(?P=cur)\s?)?(?P<b>{DIGIT_PHRASE_RE})))?{_NEXT}(?!\w)"
)
_UNIT_NEXT = re.compile(rf"\s*{_UNIT}", I)
_CENT_WORD = "|".join(U.CENT_WORDS)
# Hundredths after a currency: "và 23 xen", " 23" at the end of the phrase.
_CENTS = re.compile(
    rf"\s+(?:và\s+)?(?P<c>{NUMBER_PHRASE_RE})(?:\s+(?P<w>{_CENT_WORD})(?!\w)|(?=\s*(?:[.,;:)]|$)))",
    I,
)


def _words_before(alts: object) -> re.Pattern[str]:
    words = sorted((str(w) for w in alts), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?P<w>{'|'.join(map(_surface_re, words))})\s*$", I)


_QUALIFIER = _words_before(U.QUALIFIERS)
_VAGUE = _words_before(U.VAGUE_BEFORE)
_LABEL = _words_before(U.LABEL_BEFORE)
_SUFFIX = re.compile(rf"\s+(?P<w>{'|'.join(map(_surface_re, U.SUFFIX_QUALIFIERS))})(?!\w)", I)
_BLOOD = re.compile(U.BLOOD_CONTEXT_RE, I)
_ORG_AFTER = re.compile(U.ORG_AFTER_DON_VI_RE, I)
_SPACES = re.compile(r"[\s,]+")
_CANON = {_SPACES.sub(" ", k.lower()): v for k, v in U.COUNTED_NOUNS.items()}


@dataclass
class _Cand:
    start: int
    end: int
    mentions: list[QuantityMention]


def _canonical(surface: str) -> str:
    return U.MEASURES.get(surface) or _CANON[_SPACES.sub(" ", surface.lower())]


def _unit_ok(text: str, m: re.Match[str]) -> bool:
    """False when the unit word starts another word ("năm tấn công", "hai đồng chí")."""
    nxt = re.match(r"\s+(\w+)", text[m.end("unit") :])
    follow = U.NOT_UNIT_CONTINUATIONS.get(m["unit"].lower(), ())
    return not (nxt and nxt[1].lower() in follow)


def _unit(doc: Document, m: re.Match[str], start: int) -> tuple[str, bool]:
    """Canonical unit; "đơn vị" becomes "đơn vị máu" after a donation word in the same sentence."""
    unit = _canonical(m["unit"])
    if unit != "đơn vị" or _ORG_AFTER.match(doc.text, m.end("unit")):
        return unit, False
    if doc.sentences:
        sent_start = doc.sentences[doc.sentence_index(start)].start
    else:
        sent_start = max(doc.text.rfind(c, 0, start) for c in ".!?\n") + 1
    return ("đơn vị máu", True) if _BLOOD.search(doc.text, sent_start, start) else (unit, False)


def _excluded(text: str, start: int) -> bool:
    """Vague amounts ("hàng trăm"), labels and ordinals ("Điều 249", "lần thứ 3")."""
    before = text[max(0, start - 20) : start]
    return bool(_VAGUE.search(before) or _LABEL.search(before))


def _scale_tail(phrase: str) -> str:
    """Trailing scale words of a number phrase ("60 tỷ" -> "tỷ"), shared with a range's lower end."""
    words = phrase.split()
    n = 0
    while n < len(words) - 1 and words[-1 - n].lower() in SCALES:
        n += 1
    return " ".join(words[len(words) - n :])


def _singles(doc: Document) -> Iterator[_Cand]:
    text = doc.text
    for m in _SINGLE.finditer(text):
        num, s = m["num"], m.start("num")
        glued = not m["gap"]
        if glued and m["unit"] not in U.MEASURES or num.lower() == "một" or not _unit_ok(text, m):
            continue  # "một người đàn ông": an article, not a count (GUIDE)
        value = parse_number(num)
        if value is None or _excluded(text, s):
            continue
        qualifier, end = "exact", m.end()
        q = _QUALIFIER.search(text, max(0, s - 20), s)
        if q:
            qualifier, s = U.QUALIFIERS[_SPACES.sub(" ", q["w"].lower())], q.start("w")
        suffix = _SUFFIX.match(text, end)
        if suffix:  # "từ 8 chỗ ngồi trở lên"
            qualifier, end = (
                U.SUFFIX_QUALIFIERS[_SPACES.sub(" ", suffix["w"].lower())],
                suffix.end(),
            )
            s = s - 3 if text[max(0, s - 3) : s].lower() == "từ " else s
        unit, blood = _unit(doc, m, s)
        rule = "num.words" if num[0].isalpha() else "num.unit"
        rule += ".blood" if blood else ""
        cents = _CENTS.match(text, end) if unit in U.CENT_CURRENCIES and not suffix else None
        cent_value = parse_number(cents["c"]) if cents else None
        if isinstance(cent_value, int) and 0 < cent_value < 100:  # "hai đô la và 23 xen"
            value, end, rule = value + cent_value / 100, cents.end(), rule + ".cents"
        yield _Cand(s, end, [QuantityMention(text[s:end], s, end, rule, value, unit, qualifier)])


def _ranges(doc: Document) -> Iterator[_Cand]:
    """ "50-60 tỷ đồng", "từ 1000 đồng đến 2000 đồng", "giữa 1,1 và 1,3 USD": a lower bound
    (at_least, or more_than after "trên"/"hơn") and an upper bound (at_most), per GUIDE."""
    text = doc.text
    for rx, rx_rule in ((_DASH, "range.dash"), (_TU_DEN, "range.tu_den")):
        for m in rx.finditer(text):
            rule = rx_rule
            if not _unit_ok(text, m) or _excluded(text, m.start()):
                continue
            if m.groupdict().get("qa", "").lower() == "giữa":
                rule = "range.giua_va"
            a = m["a"] if _scale_tail(m["a"]) else f"{m['a']} {_scale_tail(m['b'])}"
            lo, hi = parse_number(a), parse_number(m["b"])
            unit, _ = _unit(doc, m, m.start())
            if (
                lo is None
                or hi is None
                or lo >= hi
                or (m.groupdict().get("ua") and _canonical(m["ua"]) != unit)
            ):
                continue
            s, lo_q = m.start(), "at_least"
            q = _QUALIFIER.search(text, max(0, s - 20), s)
            if q and rule == "range.dash":
                s = q.start("w")
                lo_q = "more_than" if U.QUALIFIERS[q["w"].lower()] == "more_than" else "at_least"
            lo_end = m.end("ua") if m.groupdict().get("ua") else m.end("a")
            hi_start = m.start("qb") if "qb" in m.groupdict() else m.start("b")
            yield _Cand(
                s,
                m.end(),
                [
                    QuantityMention(text[s:lo_end], s, lo_end, rule, lo, unit, lo_q),
                    QuantityMention(
                        text[hi_start : m.end()], hi_start, m.end(), rule, hi, unit, "at_most"
                    ),
                ],
            )


def _prefixed(doc: Document) -> Iterator[_Cand]:
    """Currency before the number: "$10", "USD1,23", "từ $1,42 trở lên", "VND1000-VND2000"."""
    text = doc.text
    for m in _PREFIXED.finditer(text):
        unit = U.PREFIX_CURRENCIES[m["cur"]]
        values = [parse_number(m["a"]), *([parse_number(m["b"])] if m["b"] else [])]
        if None in values or _excluded(text, m.start()) or _UNIT_NEXT.match(text, m.end()):
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
        q = _QUALIFIER.search(text, max(0, s - 20), s)
        if q:
            qualifier, s = U.QUALIFIERS[_SPACES.sub(" ", q["w"].lower())], q.start("w")
        suffix = _SUFFIX.match(text, end)
        if suffix:  # "từ $1,42 trở lên"
            qualifier = U.SUFFIX_QUALIFIERS[_SPACES.sub(" ", suffix["w"].lower())]
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
        for c in [*_ranges(doc), *_prefixed(doc), *_singles(doc)]
        if not any(c.start < e and s < c.end for s, e in masked)
    ]
    return [m for c in leftmost_longest(cands) for m in c.mentions]
