"""Completion passes of the agency engine over the chosen mentions, in text order: a division
or team written without its Công an takes the one named before it (or the article's only one),
a code alone the division first written with it, a unit named again alone its first full
mention; a host in brackets joins the unit before it; one body written with and without its
place word or legal form is one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.rules.agencies import DIVISIONS, TEAM_FUNCTIONS
from vnpolice.extract.rules.bodies import COMPANY_FORMS

_FORMS = sorted(set(COMPANY_FORMS.values()), key=len, reverse=True)

_CODE_IN = re.compile(r"(?<!\w)P[ACK]\s?\d\d(?!\w)")


def _code_key(code: str) -> str:
    return code.replace(" ", "")


def is_provincial_division(c: Cand) -> bool:
    return c.kind == "division" and c.parent is not None and c.parent.startswith("Công an ")


def same_body(chosen: list[Cand]) -> list[Cand]:
    """One body written with and without its place word or legal form ("Hội Doanh nhân Bình
    Định" / "Hội Doanh nhân tỉnh Bình Định", "Công ty X" / "Công ty TNHH MTV X"): the fuller
    name for both."""
    full = {}
    for c in chosen:
        for word in (" tỉnh ", " thành phố ", *(f" {f} " for f in _FORMS)):
            if word in c.canonical:
                full[c.canonical.replace(word, " ", 1)] = c.canonical
    return [replace(c, canonical=full[c.canonical]) if c.canonical in full else c for c in chosen]


def named_team_function(team: Cand) -> str | None:
    """The division function of a team named by a number or an area ("Đội Cảnh sát giao thông
    số 6" -> "Cảnh sát giao thông"); None for a team named by its function alone."""
    rest = team.canonical.removeprefix("Đội ")
    return next((f for f in _FUNCTIONS if rest.startswith(f + " ")), None)


def _team_of(team: Cand, unit: str, kind: str | None) -> Cand:
    """A team belongs to the unit before it; a team named by a number or an area ("Đội CSGT số
    6", "Đội CSGT Cát Lái") after a division of its function is that division's team, named
    with it."""
    function = named_team_function(team)
    if function and kind == "division" and unit.startswith(f"Phòng {function} "):
        return replace(team, canonical=f"{team.canonical} {unit}", parent=unit)
    return replace(team, parent=unit)


# The functions a team is named by alone ("Đội Cảnh sát giao thông"): a district's team.
_DISTRICT_POLICE = tuple(f"Công an {k} " for k in ("quận", "huyện", "thị xã", "thành phố"))


_TEAM_NAMES = frozenset({d.name for d in DIVISIONS} | set(TEAM_FUNCTIONS))


# Division functions, longest first: the function a named team starts with.
_FUNCTIONS = sorted({d.name for d in DIVISIONS}, key=len, reverse=True)


def bracketed_hosts(chosen: list[Cand], text: str) -> list[Cand]:
    """A team with its division in brackets right after it ("đội CSGT Cát Lái (PC 08, TP.
    HCM)") belongs to that division."""
    out = list(chosen)
    for i, (c, nxt) in enumerate(zip(chosen, chosen[1:], strict=False)):
        if (
            c.kind == "team"
            and c.parent is None
            and nxt.kind == "division"
            and nxt.parent is not None
            and re.fullmatch(r"\s*\(\s*", text[c.end : nxt.start])
        ):
            out[i] = _team_of(c, nxt.canonical, nxt.kind)
    return out


def fill_context(chosen: list[Cand], text: str) -> list[Cand]:
    """A division named without its province belongs to the provincial police named before it
    (or, failing that, to the only one the article names); a local unit whose province is not
    written next to it, to the only provincial police named; a team, to the unit before it.
    A code alone ("PC46") is the division first written with it ("Phòng ..., PC46 Công an Đà
    Nẵng"), and a unit named again alone ("cơ quan CSĐT") the one first written with its Công an.
    A division written with its Công an counts as naming that Công an."""
    provinces = [c for c in chosen if c.kind == "province" or is_provincial_division(c)]
    hosts = {c.canonical if c.kind == "province" else c.parent for c in provinces}
    only = next(iter(hosts)) if len(hosts) == 1 else None
    out, last_province, last_unit, last_kind = [], None, None, None
    by_code: dict[str, Cand] = {}
    by_base: dict[str, Cand] = {}  # "Phòng CSGT" -> the first "Phòng CSGT Công an tỉnh X"
    by_team: dict[str, Cand] = {}  # "Đội CSGT số 6" -> the first "Đội CSGT số 6 Phòng CSGT ..."
    for c in chosen:
        if c.kind == "team" and c.parent is None and (first := by_team.get(c.canonical)):
            c = replace(c, canonical=first.canonical, parent=first.parent)
        if c.rule == "division.code" and (first := by_code.get(_code_key(text[c.start : c.end]))):
            c = replace(c, canonical=first.canonical, parent=first.parent, needs_province=False)
        if c.needs_province and (first := by_base.get(c.canonical)):
            c = replace(c, canonical=first.canonical, parent=first.parent, needs_province=False)
        if is_provincial_division(c):
            for code in _CODE_IN.findall(text[c.start : c.end]):
                by_code.setdefault(_code_key(code), c)
            by_base.setdefault(c.canonical.removesuffix(f" {c.parent}"), c)
            last_province = c.parent
        if c.needs_province and (host := last_province or only):
            c = replace(c, canonical=f"{c.canonical} {host}", parent=host, needs_province=False)
        elif c.kind == "local" and c.parent is None and only:
            c = replace(c, parent=only)
        elif c.kind == "team" and c.parent is None and last_unit:
            c = _team_of(c, last_unit, last_kind)
            district = last_kind == "local" and last_unit.startswith(_DISTRICT_POLICE)
            if district and c.canonical.removeprefix("Đội ") in _TEAM_NAMES:
                # "Công an huyện Bố Trạch ... đội Cảnh sát giao thông": the district's team
                c = replace(c, canonical=f"{c.canonical} {last_unit}", attached_only=False)
        if c.kind == "team" and c.parent and c.canonical.endswith(f" {c.parent}"):
            by_team.setdefault(c.canonical.removesuffix(f" {c.parent}"), c)
        if c.attached_only:
            continue  # a lower-case team with no unit of its own before it: the generic noun
        if (
            c.needs_province
            and c.kind == "division"
            and (c.rule == "body" or text[c.start].islower())
        ):
            # "Cơ quan CSĐT", "phòng Cảnh sát hình sự" whose Công an the article never names: the
            # generic noun (GUIDE); a capitalised "Phòng CSGT" or a code still names the unit.
            continue
        if c.kind == "province":
            last_province = c.canonical
        if c.kind in ("province", "local", "division"):
            last_unit, last_kind = c.canonical, c.kind
        out.append(c)
    return _teams_of_later_divisions(out)


def _teams_of_later_divisions(chosen: list[Cand]) -> list[Cand]:
    """A numbered team first named with no unit before it ("Sáng 14-9, Đội CSGT số 6 phát
    hiện ... Phòng CSGT TP. Hà Nội cho biết") is the team of the article's one division of its
    function."""
    divisions = {c.canonical for c in chosen if c.kind == "division"}
    out = []
    for c in chosen:
        if c.kind == "team" and c.parent is None:
            function = named_team_function(c)
            own = [d for d in divisions if function and d.startswith(f"Phòng {function} ")]
            if len(own) == 1:
                c = replace(c, canonical=f"{c.canonical} {own[0]}", parent=own[0])
        out.append(c)
    return out


_OPEN = re.compile(r"\s*\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def drop_glosses(chosen: list[Cand], text: str) -> list[Cand]:
    """An organisation's brand or abbreviation in brackets right after it ("Tổng Công ty Hàng
    không Việt Nam - CTCP (Vietnam Airlines)") glosses it: one body, not a second mention; a
    named body in brackets ("(Học viện Ngoại giao Việt Nam)") is one of its own."""
    out: list[Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        gloss = (
            prev is not None
            and prev.kind == c.kind == "other"
            and (c.rule == "org.brand" or text[c.start : c.end].isupper())
            and _OPEN.fullmatch(text, prev.end, c.start) is not None
            and _CLOSE.match(text, c.end) is not None
        )
        if not gloss:
            out.append(c)
    return out
