"""Agencies: gazetteer units plus patterns for provincial, local and divisional police and courts.

Every rule matches on ``fold(doc.text)`` (same length as the text), so spans are offsets into the
body and tone placement, NFD and case do not matter; capitalisation is then checked on the
original text where it separates a name from a common noun. Candidates from all rules compete:
the longest wins ("Bệnh viện Y học cổ truyền – Bộ Công an" over "Bộ Công an"). A last pass fills
parents from context ("Phòng CSGT" after "Công an tỉnh Thanh Hóa" is that province's PC08).

Rule ids: ``unit.name`` and ``unit.code`` (gazetteer, rules/agencies.py), ``police.province``,
``police.province.bare`` ("Công an tỉnh" after a named province), ``police.local``,
``division`` / ``division.code`` (Phòng, PCxx), ``team`` (Đội), ``body`` (Cơ quan CSĐT, Trại tạm
giam), ``court|procuracy|committee.local|supreme``, ``hospital.named``, ``cand.force``; a unit
joined to the Công an written after it gets "<rule>+<host rule>" ("division+police.province",
"division.function+police.province" for "CSGT Công an tỉnh X").
"""

from __future__ import annotations

import re
from dataclasses import replace

from vnpolice.extract.agency_candidates import (
    Cand,
    bare_provincial_police,
    cand_force_cands,
    code_cands,
    division_cands,
    gazetteer_cands,
    local_police,
    province_police,
    state_bodies,
)
from vnpolice.extract.spans import longest_first
from vnpolice.extract.text import Document, fold
from vnpolice.extract.types import AgencyMention, Context

# Between a unit and the Công an it belongs to: its code in brackets, or a dash.
_GAP = re.compile(r"\s*(?:\(\s*P[ACK]\d\d\s*\)\s*)?(?:[-–]\s*)?")


def _attach(cands: list[Cand], text: str) -> list[Cand]:
    """Join a division/team/body to the Công an written right after it ("Phòng CSGT Công an
    tỉnh Nghệ An", "Đội CSGT Công an huyện X"); the joined span then wins as the longest."""
    by_start: dict[int, list[Cand]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    joined: list[Cand] = []
    for kinds in (("division", "function"), ("team",)):
        for c in [c for c in cands + joined if c.kind in kinds]:
            gap = _GAP.match(text, c.end)
            assert gap is not None
            hosts = ("province",) if c.kind == "function" else ("province", "local", "division")
            for host in by_start.get(gap.end(), []) + [j for j in joined if j.start == gap.end()]:
                if host.kind in hosts and not host.needs_province:
                    kind = "division" if c.kind == "function" else c.kind
                    joined.append(replace(c, end=host.end, canonical=f"{c.canonical} {host.canonical}",
                                          parent=host.canonical, kind=kind, rule=c.rule + "+" + host.rule,
                                          needs_province=False))  # fmt: skip
    return [c for c in cands if c.kind != "function"] + joined


def _fill_context(chosen: list[Cand]) -> list[Cand]:
    """A division named without its province belongs to the provincial police named before it
    (or, failing that, to the only one the article names); a local unit whose province is not
    written next to it, to the only provincial police named; a team, to the unit before it."""
    provinces = [c for c in chosen if c.kind == "province"]
    only = provinces[0].canonical if len({p.canonical for p in provinces}) == 1 else None
    out, last_province, last_unit = [], None, None
    for c in chosen:
        if c.needs_province and (host := last_province or only):
            c = replace(c, canonical=f"{c.canonical} {host}", parent=host, needs_province=False)
        elif c.kind == "local" and c.parent is None and only:
            c = replace(c, parent=only)
        elif c.kind == "team" and c.parent is None and last_unit:
            c = replace(c, parent=last_unit)
        if c.kind == "province":
            last_province = c.canonical
        if c.kind in ("province", "local", "division"):
            last_unit = c.canonical
        out.append(c)
    return out


def extract_agencies(doc: Document, ctx: Context) -> list[AgencyMention]:
    """Every agency mention, sorted by position, non-overlapping (the longest match wins)."""
    text, folded = doc.text, fold(doc.text)
    cands = (
        gazetteer_cands(text, folded)
        + code_cands(text)
        + province_police(text, folded, ctx)
        + bare_provincial_police(text, folded, ctx)
        + local_police(text, folded)
        + division_cands(text, folded)
        + state_bodies(text, folded)
        + cand_force_cands(text, folded)
    )
    chosen = _fill_context(longest_first(_attach(cands, text), tiebreak=lambda c: c.rule))
    return [
        AgencyMention(text[c.start : c.end], c.start, c.end, c.rule, c.canonical, c.code, c.parent)
        for c in chosen
    ]
