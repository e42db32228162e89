"""Courts, procuracies and people's committees ("TAND tỉnh X", "VKSND tối cao", "UBND huyện
X"), and the place a body written with a bare "tỉnh" belongs to ("UBND tỉnh", "Bộ Chỉ huy Quân
sự tỉnh" in an article about one province: that province).

Rule ids: ``court|procuracy|committee.local|supreme``; a bare-province body keeps its rule.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from vnpolice.extract.agency_candidates import _LOCAL_ALT, _LOCAL_KEYS, _PROV, Cand, _capital
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province
from vnpolice.extract.text import fold, tone_normal
from vnpolice.extract.types import LocationMention

# Courts, procuracies, people's committees: body + level (+ place).
_STATE = {fold(k): v for k, v in {"Tòa án nhân dân": "Tòa án nhân dân",
          "TAND": "Tòa án nhân dân", "Viện Kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
          "VKSND": "Viện Kiểm sát nhân dân", "Viện KSND": "Viện Kiểm sát nhân dân",
          "Ủy ban nhân dân": "Ủy ban nhân dân",
          "UBND": "Ủy ban nhân dân", "Hội đồng nhân dân": "Hội đồng nhân dân",
          "HĐND": "Hội đồng nhân dân",
          # "Toà án Hà Nội": the people's court of the place (never alone: "tòa án" is generic).
          "Tòa án": "Tòa án nhân dân"}.items()}  # fmt: skip
_STATE_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(_STATE, key=len, reverse=True)) + r")\s+"
    rf"(?:(tôi cao)|(câp cao tai)|({_LOCAL_ALT}|tinh)|(cung câp))?(?:(?<=[\s.])|(?!\w))\.?[^\S\n]*"
)
_STATE_RULES = {"Tòa án nhân dân": "court", "Viện Kiểm sát nhân dân": "procuracy",
                "Ủy ban nhân dân": "committee", "Hội đồng nhân dân": "council"}  # fmt: skip
_PROV_AT = re.compile(rf"({_PROV})(?!\w)")
# "UBND tỉnh, thành phố", "UBND tỉnh/huyện": the generic plural, no one body.
_BARE_PLURAL = re.compile(r"\s*[,/]\s*(?:thanh phô|tp|huyên|thi xa)(?!\w)")
BARE = "tỉnh"
# A body written with no place word at all ("Sở Y tế" alone): the article's province or city.
UNPLACED = "(nơi)"
# A body written with a bare "TP"/"thành phố" ("UBND TP.", "Thành ủy" alone): the centrally-run
# city the article names.
BARE_CITY = "(thành phố)"
_CITY_COMMITTEE = "Thành ủy"
_DISTRICT_LEVELS = ("huyện", "quận", "thị xã")
_BARE_DISTRICT = re.compile(r" \((huyện|quận|thị xã)\)$")
# A party committee's name holds its place without the place word: "Tỉnh ủy Nghệ An".
_PLACE_DOUBLED = {"Tỉnh ủy tỉnh ": "Tỉnh ủy ", "Thành ủy thành phố ": "Thành ủy "}
SAME_LEVEL = "cùng cấp"


def _place_at(text: str, folded: str, pos: int, numbers: bool) -> tuple[Province | None, int]:
    """A province name at ``pos`` (with its end), else a run of capitalised syllables."""
    m = _PROV_AT.match(folded, pos)
    if m and is_capitalised(text[m.start() : m.end()]):
        return lookup_province(text[m.start() : m.end()]), m.end()
    return None, capitalised_run(text, pos, numbers=numbers)


def state_bodies(text: str, folded: str) -> list[Cand]:
    """ "TAND tỉnh X", "VKSND tối cao", "UBND huyện X": courts, procuracies, committees."""
    out = []
    for m in _STATE_RE.finditer(folded):
        body = _STATE[m.group(1)]
        # Lower case only before a local level and its name: "toà án quận Bình Tân".
        lower_named = m.group(4) not in (None, "tinh") and _capital(text, m.end())
        if not _capital(text, m.start()) and not lower_named:
            continue
        if m.group(5):
            # "Viện KSND cùng cấp": the procuracy (court) at the level of the police force named
            # before it; resolved by ``same_level``.
            rule = f"{_STATE_RULES[body]}.same_level"
            out.append(Cand(m.start(), m.end(5), rule, f"{body} {SAME_LEVEL}", kind="other"))
            continue
        if m.group(2):
            rule = f"{_STATE_RULES[body]}.supreme"
            out.append(Cand(m.start(), m.end(2), rule, f"{body} tối cao", kind="other"))
            continue
        level = "cấp cao tại" if m.group(3) else _LOCAL_KEYS.get(m.group(4) or "", m.group(4))
        province, end = _place_at(text, folded, m.end(), numbers=True)
        if province is not None and level not in (None, "tinh", "thành phố"):
            # "UBND xã Bình Định Bắc": a commune named after a province is no province
            province, end = None, capitalised_run(text, m.end(), numbers=True)
        name = text[m.end() : end].strip()
        if province is not None and level in (None, "tinh", "thành phố"):
            if level == "thành phố" and not province.is_city:
                canonical = f"{body} thành phố {province.name}"  # a provincial capital
            else:
                canonical = f"{body} {province.place}"
        elif name and level not in (None, "tinh"):
            canonical = f"{body} {level} {tone_normal(name)}"
        elif level == "tinh" and not _BARE_PLURAL.match(folded, m.end(4)):
            canonical, end = f"{body} {BARE}", m.end(4)  # the article's province: bare_province
        elif level == "thành phố" and not name and not _BARE_PLURAL.match(folded, m.end(4)):
            canonical, end = f"{body} {BARE_CITY}", m.end(4)  # "UBND TP." alone: the city
        elif level in _DISTRICT_LEVELS and not name and not _BARE_PLURAL.match(folded, m.end(4)):
            # "Viện KSND huyện" alone: the district whose police the article named (same_level)
            canonical, end = f"{body} ({level})", m.end(4)
        else:
            continue
        out.append(
            Cand(
                m.start(),
                end,
                f"{_STATE_RULES[body]}.local",
                canonical,
                kind="other",
            )
        )
    return out


def same_level(chosen: list[Cand]) -> list[Cand]:
    """ "Viện KSND cùng cấp" after "Cơ quan CSĐT Công an TP. HCM": the body of the same place
    as the last police force (provincial or local) named before it ("Viện Kiểm sát nhân dân
    thành phố Hồ Chí Minh"); dropped when no force came before. "Viện KSND huyện" alone: the
    body of the district whose police was named last."""
    out, force = [], None
    district: dict[str, str] = {}  # level word -> the last local force of that level
    for c in chosen:
        if c.canonical.endswith(f" {SAME_LEVEL}"):
            if force is not None:
                body = c.canonical.removesuffix(f" {SAME_LEVEL}")
                out.append(replace(c, canonical=f"{body} {force.removeprefix('Công an ')}"))
            continue
        if bare := _BARE_DISTRICT.search(c.canonical):
            # "Viện KSND huyện" after "Công an huyện Ea H'leo": that district's procuracy
            if place := district.get(bare.group(1)):
                body = c.canonical[: bare.start()]
                if body.endswith(" ủy"):  # a party committee holds its place bare: "Huyện ủy X"
                    place = place.removeprefix(f"{bare.group(1)} ")
                out.append(replace(c, canonical=f"{body} {place}"))
            continue
        police = c.canonical if c.kind in ("province", "local") else c.parent
        if police and police.startswith("Công an ") and police != "Công an nhân dân":
            force = police
            for level in _DISTRICT_LEVELS:
                if police.startswith(f"Công an {level} "):
                    district[level] = police.removeprefix("Công an ")
        out.append(c)
    return out


def _province_name(mention_canonical: str) -> Province | None:
    return lookup_province(mention_canonical.removeprefix("Tỉnh ").removeprefix("Thành phố "))


def _bare(c: Cand) -> bool:
    return c.canonical.endswith((f" {BARE}", f" {UNPLACED}", f" {BARE_CITY}")) or c.canonical in (
        "Tỉnh ủy",
        _CITY_COMMITTEE,
    )


def bare_province(cands: list[Cand], locations: list[LocationMention]) -> list[Cand]:
    """A body written with a bare "tỉnh" (its canonical ends in "tỉnh": "UBND tỉnh", "Trung
    tâm Phục vụ hành chính công tỉnh") belongs to the province (not a centrally-run city: those
    are "thành phố") the article named last before it, or else to the only one it names; a body
    written with no place word ("Sở Y tế" alone) likewise, a centrally-run city included ("Sở Y
    tế thành phố Hồ Chí Minh"); with none, it names no body and is dropped. ``locations`` are
    the article's."""
    if not any(_bare(c) for c in cands):
        return cands
    places = [
        (p.end, province)
        for p in locations
        if p.rule.startswith("province.") and (province := _province_name(p.canonical)) is not None
    ]
    out = []
    for c in cands:
        if not _bare(c):
            out.append(c)
            continue
        unplaced = c.canonical.endswith(f" {UNPLACED}")
        city = c.canonical.endswith(f" {BARE_CITY}") or c.canonical == _CITY_COMMITTEE
        usable = [
            (end, p) for end, p in places if (p.is_city if city else unplaced or not p.is_city)
        ]
        named = {p.name: p for _, p in usable}
        before = [p for end, p in usable if end <= c.start]
        # The province the article names most (its story's; a victim's home province named once
        # last before is not the body's), then the one named last before it.
        count = Counter(p.name for p in before)
        place = (
            max(reversed(before), key=lambda p: count[p.name])
            if before
            else (next(iter(named.values())) if len(named) == 1 else None)
        )
        if place is not None:
            base = c.canonical.removesuffix(f" {UNPLACED}").removesuffix(f" {BARE_CITY}")
            canonical = f"{base.removesuffix(f' {BARE}')} {place.place}"
            for doubled, single in _PLACE_DOUBLED.items():
                canonical = canonical.replace(doubled, single)
            out.append(replace(c, canonical=canonical))
    return out
