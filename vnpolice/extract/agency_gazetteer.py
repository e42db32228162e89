"""Gazetteer candidates: units of the Bộ Công an and other named bodies by name or alias
(rule ``unit.name``) and by code ("C08", "PC46" -> today's unit; rules ``unit.code``,
``division.code``). Tables: :mod:`vnpolice.extract.rules.agencies`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolice.extract.agency_candidates import Cand, province_division
from vnpolice.extract.phrases import alternation, compile_phrase
from vnpolice.extract.provinces import province_pattern
from vnpolice.extract.rules.agencies import DIVISIONS, OTHER_UNITS, UNITS, Division, Unit
from vnpolice.extract.rules.bodies import NATIONAL_BODIES, PARTY_BODIES, PARTY_POST_WORDS
from vnpolice.extract.text import fold, tone_normal


def _capital(text: str, at: int) -> bool:
    return text[at].isupper() or text[at].isdigit()


@lru_cache(maxsize=1)
def _gazetteer() -> list[tuple[re.Pattern[str], Unit]]:
    table = []
    for unit in UNITS + OTHER_UNITS:
        names = [unit.canonical, *unit.aliases]
        if unit.canonical.startswith("Cục "):
            names += [f"Cục {c}" for c in (unit.code, *unit.old_codes) if c]
        table.append((compile_phrase(alternation(names)), unit))
    return table


def _unit_codes() -> dict[str, Unit]:
    codes = {}
    for unit in UNITS:
        for c in (unit.code, *unit.old_codes):
            if c:
                codes[c] = unit
    return codes


def _division_codes() -> dict[str, Division]:
    return {c: d for d in DIVISIONS for c in (d.code, *d.old_codes) if c}


_CODE_RE = re.compile(
    r"(?<![\w/\-])(P?[ACKVX]\d\d[A-Z]?)(?![\w/\-])"
    r"|(?<=\()\s*(P?[ACKVX]) (\d\d[A-Z]?)(?=\s*[),])"  # "(C 04)", "(PC 45)", "(PC 08, TP. HCM)"
)
# A province after a division's code: "PC 08, TP. HCM", "PC45 Công an tỉnh X" is the attach
# pass's; this is the bare place.
_CODE_PLACE = re.compile(
    rf"[^\S\n]*,?[^\S\n]*(?:(?:tinh|thanh phô|tp)\.?\s*)?({province_pattern()})(?!\w)"
)


def gazetteer_cands(text: str, folded: str) -> list[Cand]:
    out = []
    for pattern, unit in _gazetteer():
        for m in pattern.finditer(folded):
            surface = text[m.start() : m.end()]
            if not (_capital(text, m.start()) or _lower_type_word(surface)):
                continue
            if not _capital(text, m.start()) and _STAFF_BEFORE.search(
                folded, max(0, m.start() - 8), m.start()
            ):
                continue  # "cán bộ Công an", "toàn bộ Công an xã": not the ministry
            if _OUTLET_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "trên báo Chính Phủ": a news outlet (GUIDE), not the body
            if unit.canonical in _IN_POSTS and _PARTY_POST_BEFORE.search(
                folded, max(0, m.start() - 30), m.start()
            ):
                continue  # "Ủy viên Bộ Chính trị": part of a person's post
            if " " not in surface and (
                not (surface.isupper() or surface in (unit.canonical, *unit.aliases))
                or _in_number(text, m.start(), m.end())
            ):
                continue  # a one-word alias is an abbreviation ("BCA") in upper case, or a name
                # written exactly as listed ("Interpol"); never inside "/KH-BCA"
            out.append(
                Cand(m.start(), m.end(), "unit.name", unit.canonical, unit.code, unit.parent)
            )
    return out


_PARTY_POST_BEFORE = re.compile(
    "(?:"
    + "|".join(r"\s+".join(map(re.escape, fold(w).split())) for w in PARTY_POST_WORDS)
    + r")\s+$"
)
_OUTLET_BEFORE = re.compile(r"(?<!thông )(?<!\w)(?:báo|tờ báo) $")
_STAFF_BEFORE = re.compile(r"(?<!\w)(?:can|toan|nôi)\s+$")
_IN_POSTS = frozenset(PARTY_BODIES + NATIONAL_BODIES)
_LOWER_TYPE = re.compile(
    r"(?:tổng cục|cục|bộ|viện|học viện|trường|bệnh viện|văn phòng|ngân hàng) (?=[A-ZĐ])"
)


def _lower_type_word(surface: str) -> bool:
    """A type word written in lower case before a proper name ("bộ Công an", "cục Cảnh sát
    điều tra ...", "tổng cục Cảnh sát"), as tokenised sources write it."""
    return bool(_LOWER_TYPE.match(tone_normal(surface)))


def _in_number(text: str, start: int, end: int) -> bool:
    """Inside a document number ("Kế hoạch số 113/KH-BCA-C04"): the drafting unit's code, not
    a mention of the unit."""
    # The spaced form "30/2012 / TT - BCA" comes from word-segmented sources.
    return bool(
        _NUMBER_BEFORE.search(text, max(0, start - 3), start) or _NUMBER_AFTER.match(text, end)
    )


_NUMBER_BEFORE = re.compile(r"[-/] ?$")
_NUMBER_AFTER = re.compile(r" ?[-/](?! )|[-/]")


def code_cands(text: str) -> list[Cand]:
    """Bare unit codes ("C08", "C45" -> C02, "PC08"); not inside document numbers ("/KH-BCA-C04").
    A division's code with a province right after it ("PC 08, TP. HCM") is that province's."""
    units, divisions = _unit_codes(), _division_codes()
    folded = fold(text)
    out = []
    for m in _CODE_RE.finditer(text):
        code = m.group(1) or m.group(2) + m.group(3)
        if code in units:
            u = units[code]
            out.append(Cand(m.start(), m.end(), "unit.code", u.canonical, u.code, u.parent))
        elif code in divisions:
            d = divisions[code]
            place = _CODE_PLACE.match(folded, m.end())
            if division := province_division(text, m.start(), place, d, "division.code+province"):
                out.append(division)
            out.append(Cand(m.start(), m.end(), "division.code", f"Phòng {d.name}", d.code,
                             kind="division", needs_province=True))  # fmt: skip
    return out
