"""Agencies: gazetteer units plus patterns for provincial, local and divisional police and courts.

Every rule matches on ``fold(doc.text)`` (same length as the text), so spans are offsets into the
body and tone placement, NFD and case do not matter; capitalisation is then checked on the
original text where it separates a name from a common noun; a lower-case type word before a
capitalised name is accepted ("bộ Công an", "cục Cảnh sát ...", "cơ quan CSĐT"), as tokenised
sources write it. Candidates from all rules compete: the longest wins ("Bệnh viện Y học cổ truyền
– Bộ Công an" over "Bộ Công an"; "Cục ... (C 04) bộ Công an" is one mention). A last pass fills
parents from context ("Phòng CSGT" after "Công an tỉnh Thanh Hóa" is that province's PC08; a
code or unit named again alone is the one first written with its Công an) and gives one body
written with and without its place word or legal form the fuller name.

Rule ids: ``unit.name`` and ``unit.code`` (gazetteer, :mod:`vnpolice.extract.agency_gazetteer`:
police units, national and party bodies, ministries), ``police.province``,
``police.province.bare`` ("Công an tỉnh" / "Công an TP" after a named province / city),
``police.local`` (:mod:`vnpolice.extract.agency_candidates`), ``division`` / ``division.code``
(:mod:`vnpolice.extract.agency_divisions`; Phòng, PCxx; old codes and pre-2018 names
map to today's unit: PC46 and "Phòng CSĐT tội phạm về kinh tế và chức vụ" -> Phòng Cảnh sát
kinh tế), ``division.number`` ("Phòng cảnh sát PCCC số 12": its own unit),
``division.function+province`` ("Cảnh sát PCCC và CNCH tỉnh X", "Cảnh sát môi trường Hà Nội"),
``team`` (Đội; a numbered team after a division of its function is that division's),
``team.ministry`` (expressway patrol teams of C08), ``team.number+division`` ("đội 10 phòng
CSHS"; not inside a post: "Đội trưởng Đội 2 Phòng X" leaves the division), ``body`` (Cơ quan
CSĐT, Trại tạm giam), ``court|procuracy|committee.local|supreme`` and ``office.<that rule>``
("Văn phòng UBND tỉnh X") of :mod:`vnpolice.extract.agency_state`, ``cand.force``, the bodies
of :mod:`vnpolice.extract.agency_bodies` (``body.province``, ``body.party``,
``office.district``, ``office.of``) and :mod:`vnpolice.extract.agency_facilities` (``station``,
``station.post``, ``hospital.named``, ``hospital.general``, ``army.numbered``), the
organisations of :mod:`vnpolice.extract.agency_orgs` (``org.named``, ``org.brand``; their names'
ends: :mod:`vnpolice.extract.org_names`). The context passes are
:mod:`vnpolice.extract.agency_context`. ``association`` (a force's "Hội Phụ nữ", "Đoàn Thanh niên", joined to the Công an after
it), ``body.party.district`` ("Huyện ủy huyện X"), ``body.province.and`` ("Cục Hải quan A và
B": B's), ``division.code+province`` ("PC 08, TP. HCM"), ``court|procuracy.same_level`` ("Viện
KSND cùng cấp": of the place of the police force named before it). A team named by its area
or number with its division in brackets after it ("đội CSGT Cát Lái (PC 08, TP. HCM)") is
that division's. A body written with a bare "tỉnh" ("UBND tỉnh", "Bộ Chỉ huy
Quân sự tỉnh", "Tỉnh ủy") takes the province the article named before it (``bare_province``).
A unit joined to the Công an written after it (after its code or abbreviation in brackets, its
code, a dash, or a comma for a provincial division or a post "Trạm X, Công an tỉnh Y") gets
"<rule>+<host rule>" ("division+police.province", "division.function+police.province" for
"CSGT Công an tỉnh X").
"""

from __future__ import annotations

import re
from dataclasses import replace

from vnpolice.extract.agency_banks import bank_branches
from vnpolice.extract.agency_bodies import (
    district_bodies,
    district_committees,
    district_offices,
    provincial_bodies,
)
from vnpolice.extract.agency_candidates import (
    Cand,
    bare_provincial_police,
    district_police,
    listed_local_police,
    local_police,
    province_police,
)
from vnpolice.extract.agency_context import (
    bracketed_hosts,
    drop_glosses,
    fill_context,
    named_team_function,
    same_body,
)
from vnpolice.extract.agency_divisions import cand_force_cands, division_cands
from vnpolice.extract.agency_facilities import (
    checkpoints,
    hospitals,
    military_units,
    police_associations,
    stations,
)
from vnpolice.extract.agency_foreign import foreign_police
from vnpolice.extract.agency_gazetteer import code_cands, gazetteer_cands
from vnpolice.extract.agency_orgs import brands, named_orgs
from vnpolice.extract.agency_state import bare_province, same_level, state_bodies
from vnpolice.extract.locations import extract_locations
from vnpolice.extract.rules.agencies import MINISTRY, UNITS
from vnpolice.extract.spans import longest_first
from vnpolice.extract.text import Document, fold
from vnpolice.extract.types import AgencyMention, Context

# Between a unit and the Công an it belongs to: its code or abbreviation in brackets ("(PC 45)",
# "(CSGT)"), a comma (group 1: then only a provincial police is its host), its code ("PC46"), or
# a dash.
_GAP = re.compile(
    r"\s*(?:\(\s*(?:P[ACK]\s?\d\d|[A-ZĐ]{2,6})\s*\)\s*)?(?:(,)\s*)?(?:P[ACK]\s?\d\d\s+)?(?:[-–]\s*)?"
    r"(\(\s*)?"  # the Công an in brackets: "Đội CSĐT tội phạm về ma túy (Công an TP Biên Hòa)"
    r"(?:thuộc\s+)?"  # or after "thuộc": "Đội CSGT số 6 thuộc Phòng CSGT Công an Hà Nội"
)
# After a ministry department: "Bộ Công an" written right after it (after its code or short
# name in brackets, a dash or a comma, or itself in brackets) belongs to its designation ("Cục
# ... (C 04) bộ Công an", "Cục Cảnh sát giao thông (CSGT), Bộ Công an", "Cục Cảnh sát ma túy
# (Bộ Công an)"): the department's parent, not a mention of its own (GUIDE: a parent in a
# designation may be listed or not).
_MINISTRY_AFTER = re.compile(
    r"[^\S\n]*(?:\(\s*(?:[ACKVX]\s?\d\d[A-Z]?|[A-ZĐ]{2,8})\s*\)\s*)?(?:[-–,][^\S\n]*)?"
    r"(?:(\()\s*)?(?:Bộ|bộ) Công an(?!\w)(?(1)\s*\))"
)
# "đội 10 phòng Cảnh sát hình sự", "đội 1, Phòng CSGT ...": a numbered team of the division after it.
_TEAM_NUMBER = re.compile(r"(?:đội|Đội) (\d+),? $")
_POST_BEFORE = re.compile(r"(?<!\w)(?:[Đđ]ội trưởng|[Đđ]ội phó) $")


def _attach(cands: list[Cand], text: str) -> list[Cand]:
    """Join a division/team/body to the Công an written right after it ("Phòng CSGT Công an
    tỉnh Nghệ An", "Đội CSGT Công an huyện X"); the joined span then wins as the longest."""
    by_start: dict[int, list[Cand]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    joined: list[Cand] = []
    for kinds in (("division", "function"), ("team",), ("post",)):
        for c in [c for c in cands + joined if c.kind in kinds]:
            gap = _GAP.match(text, c.end)
            assert gap is not None
            if gap.group(1) and c.kind == "function":
                continue  # "CSGT, Công an tỉnh X": a list, not a designation
            hosts = ("province",) if c.kind == "function" else ("province", "local", "division")
            if gap.group(1):
                hosts = ("province",) if c.kind == "division" else ("local",)
            if c.kind == "post":
                hosts = ("province", "local")
            if gap.group(2):  # in brackets only a force: "(PC67, Công an TP.Đà Nẵng)" is a gloss
                hosts = tuple(h for h in hosts if h in ("province", "local"))
            if c.kind == "team":
                # "Đội CSGT số 7 (Cục CSGT)", "Đội 7, Cục CSGT": a team of a ministry department
                hosts += ("unit",)
            if c.kind == "team" and c.parent is not None:
                continue  # "Cảnh sát hình sự quận 5, Công an phường 5": named with its host
            if c.kind == "team" and c.attached_only:
                # "phòng, đội CSGT Công an tỉnh X": a province has no team of its own; a lower-
                # case team is a district's or a division's.
                hosts = tuple(h for h in hosts if h != "province")
            for host in by_start.get(gap.end(), []) + [j for j in joined if j.start == gap.end()]:
                department = host.kind != "unit" or host.canonical.startswith("Cục ")
                if host.kind in hosts and not host.needs_province and department:
                    kind = {"function": "division", "post": "other"}.get(c.kind, c.kind)
                    end = host.end + (bool(gap.group(2)) and text[host.end : host.end + 1] == ")")
                    owner = host.canonical
                    if (
                        c.kind == "team"
                        and host.kind == "province"
                        and (function := named_team_function(c))
                    ):
                        # a province has no teams of its own: "Đội CSGT số 4 Công an TP Hà Nội"
                        # is a team of the province's Phòng of its function
                        owner = f"Phòng {function} {host.canonical}"
                    joined.append(replace(c, end=end, canonical=f"{c.canonical} {owner}",
                                          parent=owner, kind=kind, rule=c.rule + "+" + host.rule,
                                          needs_province=False, attached_only=False))  # fmt: skip
    # Lower-case teams wait for the context pass (a district named before them); other
    # lower-case designations stand only when joined here.
    kept = [
        c
        for c in cands
        if c.kind not in ("function", "post") and (not c.attached_only or c.kind == "team")
    ]
    return kept + joined


def _numbered_teams(cands: list[Cand], text: str) -> list[Cand]:
    """ "đội 10 phòng Cảnh sát hình sự" -> "Đội 10 Phòng Cảnh sát hình sự" (of the province the
    division belongs to)."""
    out = []
    for c in cands:
        m = _TEAM_NUMBER.search(text, max(0, c.start - 12), c.start)
        if m and _POST_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Đội trưởng Đội 2 Phòng X": a person's post; the division stands
        if c.kind == "division" and c.rule == "division" and m:
            out.append(replace(c, start=m.start(), canonical=f"Đội {m.group(1)} {c.canonical}",
                               rule="team.number+division", code=None))  # fmt: skip
    return out


_OFFICE_BEFORE = re.compile(r"(?<!\w)Văn phòng $")
_UNIT_CODES = {u.canonical: u.code for u in UNITS if u.code}


def _offices(cands: list[Cand], text: str) -> list[Cand]:
    """ "Văn phòng UBND tỉnh X": the office of a committee, court or procuracy named right
    after the word; "Văn phòng Cơ quan CSĐT (C 44) Bộ Công an": the ministry body's office."""
    out = []
    for c in cands:
        m = _OFFICE_BEFORE.search(text, max(0, c.start - 10), c.start)
        ministry_body = c.rule == "body" and c.parent == MINISTRY
        if m and (c.rule.split(".")[0] in ("court", "procuracy", "committee") or ministry_body):
            name = f"Văn phòng {c.canonical}"
            out.append(replace(c, start=m.start(), canonical=name, rule="office." + c.rule,
                               code=_UNIT_CODES.get(name)))  # fmt: skip
    return out


def _with_ministry(cands: list[Cand], text: str) -> list[Cand]:
    """A ministry department with "Bộ Công an" written right after it: one mention. A body
    that every level has ("Cơ quan Cảnh sát điều tra (C 44) Bộ Công an") is then the ministry's."""
    out = []
    for c in cands:
        m = _MINISTRY_AFTER.match(text, c.end)
        if m and c.parent == MINISTRY and c.kind == "unit" and c.canonical != MINISTRY:
            c = replace(c, end=m.end())
        elif m and c.rule == "body":
            c = replace(c, end=m.end(), canonical=f"{c.canonical} {MINISTRY}", parent=MINISTRY,
                        kind="unit", needs_province=False)  # fmt: skip
        out.append(c)
    return out


def extract_agencies(doc: Document, ctx: Context) -> list[AgencyMention]:
    """Every agency mention, sorted by position, non-overlapping (the longest match wins)."""
    text, folded = doc.text, fold(doc.text)
    # Read once for the rules that place a body by the article's provinces and districts; the
    # location extractor reads only the text, so a bare Document is enough.
    locations = extract_locations(Document(text, [], []), ctx)
    cands = (
        gazetteer_cands(text, folded)
        + code_cands(text)
        + province_police(text, folded, ctx)
        + bare_provincial_police(text, folded, locations)
        + local_police(text, folded)
        + district_police(text, locations)
        + foreign_police(text)
        + listed_local_police(text)
        + division_cands(text, folded)
        + state_bodies(text, folded)
        + cand_force_cands(text, folded)
        + hospitals(text, folded)
        + stations(text, folded)
        + checkpoints(text)
        + police_associations(text, folded)
        + military_units(text)
        + district_committees(text, folded)
        + district_bodies(text, folded)
        + brands(text)
        + named_orgs(text, folded)
    )
    bodies = provincial_bodies(text, folded)
    cands += bodies + district_offices(text, folded, bodies)
    cands = bank_branches(_with_ministry(cands + _numbered_teams(cands, text), text), text)
    cands = bare_province(cands + _offices(cands, text), locations)
    chosen = drop_glosses(
        same_body(
            same_level(
                fill_context(
                    bracketed_hosts(
                        longest_first(
                            _attach(cands, text),
                            tiebreak=lambda c: (c.rule.startswith("org."), c.rule),
                        ),
                        text,
                    ),
                    text,
                )
            )
        ),
        text,
    )
    return [
        AgencyMention(text[c.start : c.end], c.start, c.end, c.rule, c.canonical, c.code, c.parent)
        for c in chosen
    ]
