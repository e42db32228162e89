"""What stands around a number in a quantity: the unit after it (lexicon, open-class noun or a
bare money scale word), the qualifier before it ("hơn", "ít nhất đã có") and the words that make
it no count (vague amounts, labels, lists of labels). Used by ``quantities.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolice.extract.counted import (
    NOUN_TAGS,
    counted_noun,
    starts_compound,
    tag_after,
    tag_at,
    word_before,
)
from vnpolice.extract.rules import units as U
from vnpolice.extract.text import Document

I = re.IGNORECASE  # noqa: E741 - local shorthand for the flag every pattern uses


def _surface_re(surface: str) -> str:
    """Regex for a surface such as "cán bộ, chiến sĩ": spacing and the comma may vary."""
    parts = (r"\s+".join(map(re.escape, p.split())) for p in surface.split(","))
    return r"\s*,\s*".join(parts)


def _measure_re(surface: str) -> str:
    """Case-sensitive regex for a measure; spaces around "/" may vary ("mg / l", "mg/1 lít")."""
    parts = (r"\s*".join(map(re.escape, p.split())) for p in surface.split("/"))
    return "(?-i:" + r"\s*/\s*".join(parts) + ")"


# One alternation, longest surface first across both tables ("đơn vị máu" before "đơn vị", "kg"
# before "g"). Counted nouns match in any case; measures are case-sensitive ("5G" is no gram).
_SURFACES = sorted([*U.COUNTED_NOUNS, *U.MEASURES], key=len, reverse=True)
_UNIT_ALT = "|".join(
    _measure_re(s) if s in U.MEASURES and s not in U.COUNTED_NOUNS else _surface_re(s)
    for s in _SURFACES
)
UNIT = rf"(?:{_UNIT_ALT})(?!\w)"
# An ungrouped four-digit 19xx/20xx is a year: Vietnamese writes a count of that size "2.019".
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLASSIFIER = rf"(?:(?:{'|'.join(U.CLASSIFIERS)})\s+)"
_UNIT_AT = re.compile(rf"(?P<gap>\s*)(?:{_CLASSIFIER}(?={UNIT}))?(?P<unit>{UNIT})", I)

# Earlier members of a list or span of numbers before a number: "3, " in "Điều 3, 4", "5 đến ".
_LIST_TAIL = re.compile(
    r"(?<![\w.,])(?:\d+[a-zđ]?\s*(?:,|và|hoặc|&|đến|tới|[-–])\s*)+$", re.IGNORECASE
)


def _alternation(words: object) -> str:
    return "|".join(map(_surface_re, sorted((str(w) for w in words), key=len, reverse=True)))


def _words_before(alts: object) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<w>{_alternation(alts)})\s*$", I)


_QUALIFIER = re.compile(
    rf"(?<!\w)(?P<w>{_alternation(U.QUALIFIERS)})(?:\s+(?:{_alternation(U.QUALIFIER_FILLERS)}))?\s*$",
    I,
)
_TREN_PREPOSITION = _words_before(U.TREN_PREPOSITION_AFTER)
_VAGUE = _words_before(U.VAGUE_BEFORE)
_LABEL = _words_before(U.LABEL_BEFORE)
_OPEN_LABEL = _words_before(U.OPEN_LABEL_BEFORE)
SUFFIX = re.compile(rf"\s+(?P<w>{'|'.join(map(_surface_re, U.SUFFIX_QUALIFIERS))})(?!\w)", I)
_BLOOD = re.compile(U.BLOOD_CONTEXT_RE, I)
_MONEY = re.compile(U.MONEY_CONTEXT_RE, I)
_ORG_AFTER = re.compile(U.ORG_AFTER_DON_VI_RE, I)
SPACES = re.compile(r"[\s,]+")
_CANON = {SPACES.sub(" ", k.lower()): v for k, v in U.COUNTED_NOUNS.items()}
_MEASURE_CANON = {re.sub(r"\s+", "", k): v for k, v in U.MEASURES.items()}


@dataclass
class Unit:
    """The unit found after a number: where it ends, its canonical form, and how it was found."""

    end: int
    unit: str
    kind: str  # lexicon | blood | noun (open class) | money (bare scale word)


def canonical(surface: str) -> str:
    """Canonical unit of a lexicon surface ("tỷ đồng" never occurs: scales are in the number)."""
    return (
        _MEASURE_CANON.get(re.sub(r"\s+", "", surface)) or _CANON[SPACES.sub(" ", surface.lower())]
    )


def _sentence_start(doc: Document, offset: int) -> int:
    if doc.sentences:
        return doc.sentences[doc.sentence_index(offset)].start
    return max(doc.text.rfind(c, 0, offset) for c in ".!?\n") + 1


def _unit_ok(text: str, m: re.Match[str]) -> bool:
    """False when the unit word starts another word ("năm tấn công", "hai đồng chí"), or is a
    capitalised place ("ba Đồng": a commune, not the currency)."""
    nxt = re.match(r"\s+(\w+)", text[m.end("unit") :])
    follow = U.NOT_UNIT_CONTINUATIONS.get(m["unit"].lower(), ())
    if m["unit"].lower() in U.LOWER_CASE_UNITS and m["unit"][0].isupper():
        return False
    return not (nxt and nxt[1].lower() in follow)


def _unit(doc: Document, m: re.Match[str], start: int) -> tuple[str, bool]:
    """Canonical unit; "đơn vị" becomes "đơn vị máu" after a donation word in the same sentence."""
    unit = canonical(m["unit"])
    if unit != "đơn vị" or _ORG_AFTER.match(doc.text, m.end("unit")):
        return unit, False
    blood = _BLOOD.search(doc.text, _sentence_start(doc, start), start)
    return ("đơn vị máu", True) if blood else (unit, False)


def _list_head(text: str, start: int) -> int:
    """Start of the list a number closes: "Điều 3, 4" and "khoản 1 và 2" -> the first number."""
    m = _LIST_TAIL.search(text, max(0, start - 40), start)
    return m.start() if m else start


def excluded(text: str, start: int) -> bool:
    """Vague amounts ("hàng trăm"), labels and ordinals ("Điều 249", "lần thứ 3"), also for
    the later numbers of a labelled list ("Điều 3, 4", "khoản 1 và 2")."""
    before = text[max(0, start - 20) : start]
    if _VAGUE.search(before):
        return True
    head = _list_head(text, start)
    return bool(_LABEL.search(text[max(0, head - 20) : head]))


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """(qualifier, its start) right before a number ("hơn", "ít nhất đã có"); "trên" after a verb
    of moving is the preposition "on" ("di chuyển trên 3-4 xe máy")."""
    q = _QUALIFIER.search(text, max(0, start - 30), start)
    if not q:
        return None
    word = SPACES.sub(" ", q["w"].lower())
    qs = q.start("w")
    if word == "trên" and _TREN_PREPOSITION.search(text, max(0, qs - 20), qs):
        return None
    return U.QUALIFIERS[word], qs


def after_label(doc: Document, start: int) -> bool:
    """A number right after a label noun (qualifier aside) is a label: "thôn 4 xã Y", "Đội 10
    Phòng", "Trung đoàn 2" (a proper or capitalised noun, or one of OPEN_LABEL_BEFORE)."""
    q = qualifier_before(doc.text, start)
    left = q[1] if q else _list_head(doc.text, start)
    if _OPEN_LABEL.search(doc.text, max(0, left - 20), left):
        return True
    word = word_before(doc, left)
    return word is not None and (
        word.tag in {"Np", "Ny"} or (word.tag in NOUN_TAGS and doc.text[word.start].isupper())
    )


_MOT_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(U.MOT_COUNT_BEFORE) + r")\s+$", re.I)
_MOT_AFTER = re.compile(r"\s+(?:" + "|".join(U.MOT_COUNT_AFTER) + r")(?!\w)", re.I)
# A list of seized goods: "thu giữ một con dao", "thu giữ được gồm một xe máy, một máy cắt".
_SEIZED_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(U.MOT_SEIZED_BEFORE) + r")(?:\s+được)?(?:\s+(?:gồm|là))?\s*:?\s+"
    r"(?:[^.;:!?\n]{0,80},\s+)?$",
    re.I,
)


def mot_counts(text: str, start: int, unit_end: int) -> bool:
    """ "một" at ``start`` that counts (not an article): victims ("khiến một người chết", "có
    một người dương tính") and seized goods ("thu giữ một con dao")."""
    return bool(
        _MOT_BEFORE.search(text, max(0, start - 12), start)
        or _MOT_AFTER.match(text, unit_end)
        or _SEIZED_BEFORE.search(text, max(0, start - 120), start)
    )


def unit_after(doc: Document, num: str, start: int, end: int, left: int | None) -> Unit | None:
    """The unit after the number ``num`` at [start, end): lexicon first, then an open-class noun,
    then (in a money sentence) a bare scale word. ``left`` is where a label word would stand
    before the number (None: not checked, as after "từ")."""
    text = doc.text
    m = _UNIT_AT.match(text, end)
    if m:
        glued = not m["gap"] and re.sub(r"\s+", "", m["unit"]) not in _MEASURE_CANON
        if glued or not _unit_ok(text, m):
            return None  # "5G"; "năm tấn công"
        unit, blood = _unit(doc, m, start)
        return Unit(m.end(), unit, "blood" if blood else "lexicon")
    low = num.lower()
    seized = low == "một" and _SEIZED_BEFORE.search(text, max(0, start - 120), start)
    if (low in U.NOT_OPEN_NUMBER_WORDS and not seized) or _YEAR.fullmatch(num):
        return None  # "một" (an article), "năm" (year); "năm học 2019-2020 nhà trường"
    if num[0].isalpha() and (
        tag_at(doc, start) != "M" or (" " not in num and starts_compound(doc, start, end))
    ):
        return None  # "Ba" (father), "Hai Bà Trưng", "ba lô" (backpack)
    noun = counted_noun(doc, end) if text[end : end + 1].isspace() else None
    if noun:
        if left is not None and after_label(doc, left):
            return None
        return Unit(noun[0], noun[1], "noun")
    if (
        low.split()[-1] in U.BARE_MONEY_SCALES
        and tag_after(doc, end) not in {*NOUN_TAGS, "Np", "Ny"}
        and _MONEY.search(text, max(_sentence_start(doc, start), start - 120), start)
    ):
        return Unit(end, "đồng", "money")
    return None
