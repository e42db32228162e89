"""Agency candidates of police divisions, teams and functions: "Phòng CSGT Công an tỉnh X",
"Đội CSHS số 2", "Cảnh sát PCCC tỉnh X", "lực lượng CAND".

Rule ids: ``division.*``, ``team.*``, ``function.*``, ``cand``; the engine in
:mod:`vnpolice.extract.agencies` joins them to the Công an written after them.
"""

from __future__ import annotations

import re

from vnpolice.extract.agency_candidates import (
    _LOCAL_KEYS,
    _PROV,
    Cand,
    _capital,
    local_police_name,
    province_division,
)
from vnpolice.extract.locations import capitalised_run, is_type_word
from vnpolice.extract.phrases import alternation, compile_phrase, short_forms, words
from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.agencies import (
    ATTACHED_BODIES,
    CAND,
    DIVISIONS,
    MINISTRY_TEAMS,
    TEAM_FUNCTIONS,
    Division,
)
from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.text import tone_normal

_DIVISION_RE = compile_phrase(
    r"phong\s+(" + alternation([f for d in DIVISIONS for f in d.functions]) + ")"
)
_FUNCTION_RE = compile_phrase("(" + alternation([f for d in DIVISIONS for f in d.functions]) + ")")
_TEAM_FUNCTIONS = [*TEAM_FUNCTIONS, *MINISTRY_TEAMS, *(f for d in DIVISIONS for f in d.functions)]
# "Đội CSGT số 6", also with its abbreviation in brackets: "Đội cảnh sát giao thông (CSGT) số 6".
_TEAM_RE = compile_phrase(
    r"đôi\s+(" + alternation(_TEAM_FUNCTIONS) + r")(?:(?:\s*\(\w{2,8}\))?\s+(?:sô\s+)?(\d+))?"
)
_NUMBER_AFTER = re.compile(r" số (\d+)(?!\w)")
# "Đội CSGT này": the team named before, not a new mention.
_ANAPHOR = re.compile(r" (?:này|nói trên)(?!\w)")
_BODY_RE = compile_phrase("(" + alternation(list(ATTACHED_BODIES)) + ")")
# "Cảnh sát PCCC và CNCH tỉnh X", "Cảnh sát môi trường Hà Nội": a place word may be left out.
_FUNCTION_PLACE = re.compile(rf"\s+(?:(?:tinh|thanh phô|tp\.?)\s*)?({_PROV})(?!\w)")
_CAND_RE = compile_phrase(r"(?:(lưc lương)\s+)(cand|công an nhân dân)|(công an nhân dân viêt nam)")


def _function_of(folded_function: str) -> Division:
    key = tuple(words(folded_function))
    return next(d for d in DIVISIONS for f in d.functions if key in short_forms(f))


def _team_function(folded_function: str) -> str:
    key = tuple(words(folded_function))
    for f in (*MINISTRY_TEAMS, *TEAM_FUNCTIONS):
        if key in short_forms(f):
            return f
    return _function_of(folded_function).name


_LOWER_FUNCTIONS = ("canh sat ", "an ninh ")
_FUNCTION_LOCAL = re.compile(r"\s+(quân|huyên|thi xa)\s+")


def division_cands(text: str, folded: str) -> list[Cand]:
    out = []
    for m in _DIVISION_RE.finditer(folded):
        d = _function_of(m.group(1))
        number = _NUMBER_AFTER.match(text, m.end())
        if number:  # "Phòng cảnh sát PCCC số 12": a numbered unit, its own name as written
            written = tone_normal(text[m.start(1) : m.end(1)])
            name = d.name if any(w.isupper() and len(w) > 1 for w in written.split()) else written
            out.append(Cand(m.start(), number.end(), "division.number",
                             f"Phòng {name[0].upper()}{name[1:]} số {number.group(1)}",
                             kind="other"))  # fmt: skip
            continue
        out.append(Cand(m.start(), m.end(), "division", f"Phòng {d.name}", d.code,
                         kind="division", needs_province=True))  # fmt: skip
    for m in _FUNCTION_RE.finditer(folded):
        # "CSGT Công an tỉnh X" is that province's Phòng CSGT, but only when a Công an follows
        # (the attach pass keeps it then); alone, "CSGT" is the generic "cảnh sát".
        d = _function_of(m.group(1))
        # A function is kept only when a Công an follows it (the attach pass), so a lower-case
        # police function may stand too: "cảnh sát cơ động (Công an tỉnh Hòa Bình)"; not a
        # staff word ("cán bộ tham mưu Công an tỉnh").
        if not _capital(text, m.start()) and not folded.startswith(_LOWER_FUNCTIONS, m.start()):
            continue
        out.append(Cand(m.start(), m.end(), "division.function", f"Phòng {d.name}", d.code,
                         kind="function"))  # fmt: skip
        if _capital(text, m.start()):
            # "Cảnh sát PCCC và CNCH tỉnh Bắc Ninh": the province's division, its Công an unsaid.
            after = _FUNCTION_PLACE.match(folded, m.end())
            rule = "division.function+province"
            if division := province_division(text, m.start(), after, d, rule):
                out.append(division)
            # "Cảnh sát PCCC quận 8": a district's team of that function (districts have Đội).
            elif (local := _FUNCTION_LOCAL.match(folded, m.end())) and is_type_word(
                text[local.start(1) : local.end(1)], _LOCAL_KEYS[local.group(1)]
            ):
                kind = _LOCAL_KEYS[local.group(1)]
                end = capitalised_run(text, local.end(), numbers=kind in ("quận", "phường"))
                if end > local.end() and not lookup_province(text[local.end() : end]):
                    host = local_police_name(kind, text[local.end() : end])
                    out.append(Cand(m.start(), end, "team.function+local", f"Đội {d.name} {host}",
                                     parent=host, kind="team"))  # fmt: skip
    for m in _TEAM_RE.finditer(folded):
        end = m.end()
        place = "" if m.group(2) else _team_place(text, end)
        if place:  # "Đội CSGT Tân Sơn Nhất", "đội CSGT Cát Lái": a team named by its area
            end += 1 + len(place)
        # A lower-case "đội" is a team only when a number or a place names it.
        named = text[m.start()] == "Đ" or bool(m.group(2) or place)
        if not _ANAPHOR.match(text, m.end()):
            number = f" số {m.group(2)}" if m.group(2) else ""
            function = _team_function(m.group(1))
            name = f"Đội {function}{number}" + (f" {tone_normal(place)}" if place else "")
            if function in MINISTRY_TEAMS and number:
                host = MINISTRY_TEAMS[function]
                out.append(Cand(m.start(), m.end(), "team.ministry", f"{name} {host}", parent=host))
                continue
            out.append(Cand(m.start(), end, "team", name, kind="team", attached_only=not named))
    for m in _BODY_RE.finditer(folded):
        # "cơ quan CSĐT Công an quận X": a lower-case "cơ quan" before a capitalised function.
        lower_named = text.startswith("cơ quan ", m.start()) and text[m.start() + 8].isupper()
        name = next(b for b in ATTACHED_BODIES if tuple(words(m.group(1))) in short_forms(b))
        named = _capital(text, m.start()) or lower_named
        out.append(Cand(m.start(), m.end(), "body", name, kind="division", needs_province=named,
                         attached_only=not named))  # fmt: skip
    return out


# Words after a team's function that start something else, not the team's area.
_NOT_TEAM_PLACE = re.compile(r"(?:Công an|Phòng|Cục|Bộ|Đội|CA|TP|UBND|Tổ|Trạm)(?!\w)")


def _team_place(text: str, at: int) -> str:
    """The capitalised area a team is named by ("Tân Sơn Nhất" after "Đội CSGT"), or ""."""
    if text[at : at + 1] != " " or _NOT_TEAM_PLACE.match(text, at + 1):
        return ""
    end = capitalised_run(text, at + 1, max_words=3)
    place = text[at + 1 : end]
    if not place or lookup_province(place) is not None or place.split()[0] in SURNAMES:
        return ""  # "Đội CSGT Hà Nội": the province's force; "Đội CSGT Nguyễn Văn A": a person
    return place


def cand_force_cands(text: str, folded: str) -> list[Cand]:
    """ "lực lượng CAND", "lực lượng Công an nhân dân": the force as a proper name (GUIDE)."""
    out = []
    for m in _CAND_RE.finditer(folded):
        name_at = m.start(2) if m.group(2) else m.start(3)
        if text[name_at] == "C" and (m.group(2) != "cand" or text[name_at : m.end()] == "CAND"):
            out.append(Cand(m.start(), m.end(), "cand.force", CAND))
    return out
