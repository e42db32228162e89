"""Agency candidates: every rule proposes spans of the folded text with a canonical name.

The rules overlap on purpose ("Bộ Công an" inside "Bệnh viện Y học cổ truyền – Bộ Công an"); the
engine in :mod:`vnpolice.extract.agencies` joins, chooses and completes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpolice.extract.locations import capitalised_run, extract_locations, is_type_word
from vnpolice.extract.phrases import alternation, compile_phrase, short_forms, words
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.agencies import (
    ATTACHED_BODIES,
    CAND,
    DIVISIONS,
    MINISTRY,
    MINISTRY_TEAMS,
    OTHER_UNITS,
    TEAM_FUNCTIONS,
    UNITS,
    Division,
    Unit,
)
from vnpolice.extract.rules.bodies import NATIONAL_BODIES, PARTY_BODIES, PARTY_POST_WORDS
from vnpolice.extract.text import Document, fold, tone_normal
from vnpolice.extract.types import Context


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    rule: str
    canonical: str
    code: str | None = None
    parent: str | None = None
    kind: str = "unit"  # unit | province | local | division | team | body | other
    needs_province: bool = False  # a division named without its Công an tỉnh


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
    r"|(?<=\()\s*(P?[ACKVX]) (\d\d[A-Z]?)(?=\s*\))"  # "(C 04)", "(PC 45)"
)
_PROV = province_pattern()
_CA = r"(công an|ca)"
_PROVINCE_RE = compile_phrase(
    rf"{_CA}\s+(?:(tinh|thanh phô|tp)\.?\s*(?:\(\s*tp\s*\)\s*)?)?({_PROV})|(catp)\.?\s*({_PROV})"
)
# "Công an tỉnh" / "Công an TP" with no name after it: at the end of a clause, or before a verb.
# Not "Công an tỉnh, thành phố" (the generic plural).
_BARE_PROVINCE_RE = re.compile(
    r"(?<!\w)công an (tinh|tp|thanh phô)(?!\w)\.?(?!\s*[,/]\s*(?:thanh phô|thi xa|huyên|quân))"
    r"(?=[^\S\n]*[^\w\s]|[^\S\n]+(?:đa|đang|cung|vưa|se|va|cho|đê|phôi)(?!\w)|\s*$)"
)
_LOCAL_TYPES = ("quận", "huyện", "thị xã", "thị trấn", "xã", "phường", "thành phố", "đặc khu")
_LOCAL_KEYS = {fold(t): t for t in _LOCAL_TYPES} | {"tp": "thành phố", "tp.": "thành phố"}
_LOCAL_ALT = "|".join(map(re.escape, sorted(_LOCAL_KEYS, key=len, reverse=True)))
_LOCAL_RE = re.compile(rf"(?<!\w){_CA}\s+({_LOCAL_ALT})(?!\w)[^\S\n]*")
_DIVISION_RE = compile_phrase(
    r"phong\s+(" + alternation([f for d in DIVISIONS for f in d.functions]) + ")"
)
_FUNCTION_RE = compile_phrase("(" + alternation([f for d in DIVISIONS for f in d.functions]) + ")")
_TEAM_FUNCTIONS = [*TEAM_FUNCTIONS, *MINISTRY_TEAMS, *(f for d in DIVISIONS for f in d.functions)]
_TEAM_RE = compile_phrase(r"đôi\s+(" + alternation(_TEAM_FUNCTIONS) + r")(?:\s+(?:sô\s+)?(\d+))?")
_BODY_RE = compile_phrase("(" + alternation(list(ATTACHED_BODIES)) + ")")
# Courts, procuracies, people's committees: body + level (+ place).
_STATE = {fold(k): v for k, v in {"Tòa án nhân dân": "Tòa án nhân dân",
          "TAND": "Tòa án nhân dân", "Viện Kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
          "VKSND": "Viện Kiểm sát nhân dân", "Viện KSND": "Viện Kiểm sát nhân dân",
          "Ủy ban nhân dân": "Ủy ban nhân dân",
          "UBND": "Ủy ban nhân dân"}.items()}  # fmt: skip
_STATE_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(_STATE, key=len, reverse=True)) + r")\s+"
    rf"(?:(tôi cao)|(câp cao tai)|({_LOCAL_ALT}|tinh))?(?!\w)\.?[^\S\n]*"
)
_STATE_RULES = {"Tòa án nhân dân": "court", "Viện Kiểm sát nhân dân": "procuracy",
                "Ủy ban nhân dân": "committee"}  # fmt: skip
_PROV_AT = re.compile(rf"({_PROV})(?!\w)")
_FUNCTION_PLACE = re.compile(rf"\s+(?:tinh|thanh phô|tp\.?)\s*({_PROV})(?!\w)")
_CAND_RE = compile_phrase(r"(?:(lưc lương)\s+)(cand|công an nhân dân)|(công an nhân dân viêt nam)")
_PROVINCE_AFTER = re.compile(rf"\s*[,(]\s*(?:tinh\s+|thanh phô\s+|tp\.?\s*)?({_PROV})(?!\w)")


def provincial_police(province: Province) -> str:
    return f"Công an {'thành phố' if province.is_city else 'tỉnh'} {province.name}"


def _capital(text: str, at: int) -> bool:
    return text[at].isupper() or text[at].isdigit()


def province_police(text: str, folded: str, ctx: Context) -> list[Cand]:
    out = []
    for m in _PROVINCE_RE.finditer(folded):
        ca, prefix, name_g = (1, 2, 3) if m.group(1) else (4, 4, 5)
        name = text[m.start(name_g) : m.end(name_g)]
        province = lookup_province(name)
        if province is None or not is_capitalised(name):
            continue
        if text[m.start() : m.start() + 2] == "ca" or (
            m.group(ca) == "ca" and text[m.start()] != "C"
        ):
            continue  # "CA" must be written upper case; "ca" is a common word
        if not m.group(prefix) and not _capital(text, m.start()):
            continue  # "công an Nghệ An" without "tỉnh" is too loose in lower case
        span = (m.start(), m.end(), "police.province")
        said_city = m.group(prefix) not in (None, "tinh")
        old_hue = province.name == "Huế" and ctx.published and ctx.published.year < 2025
        if said_city and (not province.is_city or old_hue):
            # "Công an thành phố Thanh Hóa": the provincial capital's police, one level down.
            parent_prov = lookup_province("Thừa Thiên Huế") if old_hue else province
            assert parent_prov is not None
            out.append(Cand(*span[:2], "police.local", f"Công an thành phố {province.name}",
                             parent=provincial_police(parent_prov), kind="local"))  # fmt: skip
            continue
        out.append(Cand(*span, provincial_police(province), parent=MINISTRY, kind="province"))
    return out


def bare_provincial_police(text: str, folded: str, ctx: Context) -> list[Cand]:
    """ "Công an tỉnh" alone: the police of the province the article named last before it
    ("... tỉnh Nghệ An. Công an tỉnh đã vào cuộc"); nothing when no province came before.
    "Công an TP" alone: the police of the centrally-run city named last ("tại Hà Nội. Công an TP
    đã vào cuộc")."""
    # The location extractor reads only the text, so a bare Document is enough here.
    every = extract_locations(Document(text, [], []), ctx)
    places = [p for p in every if p.rule.startswith("province.")]
    out = []
    for m in _BARE_PROVINCE_RE.finditer(folded):
        city = m.group(1) != "tinh"
        # "Công an TP": only right after a centrally-run city (not "TP Vinh", a provincial city).
        before = [p for p in (every if city else places) if p.end <= m.start()]
        name = (
            before[-1].canonical.removeprefix("Tỉnh ").removeprefix("Thành phố ") if before else ""
        )
        province = (
            lookup_province(name) if name and before[-1].rule.startswith("province.") else None
        )
        if province is not None and text[m.start()] == "C" and province.is_city == city:
            police = provincial_police(province)
            out.append(
                Cand(
                    m.start(),
                    m.end(),
                    "police.province.bare",
                    police,
                    parent=MINISTRY,
                    kind="province",
                )
            )
    return out


def local_police(text: str, folded: str) -> list[Cand]:
    out = []
    for m in _LOCAL_RE.finditer(folded):
        kind = _LOCAL_KEYS[m.group(2)]
        end = capitalised_run(text, m.end(), numbers=kind in ("quận", "phường"))
        name = text[m.end() : end].strip()
        written = m.group(2) if m.group(2).startswith("tp") else kind
        if not name or (m.group(1) == "ca" and text[m.start()] != "C"):
            continue  # "công an các quận" names no unit
        if not is_type_word(text[m.start(2) : m.end(2)], written):
            continue  # "quân", "phương" fold like "quận", "phường"
        if kind == "thành phố" and lookup_province(name):
            continue  # a province-level city: province_police has it
        canonical = f"Công an {kind} {tone_normal(name)}"
        # "Công an huyện Văn Lâm (Hưng Yên)", "..., tỉnh Hưng Yên": the province says the parent.
        after = _PROVINCE_AFTER.match(folded, end) or re.compile(
            re.escape(fold(name)) + _PROVINCE_AFTER.pattern
        ).search(folded)  # or where the article names the place again: "huyện X, tỉnh Y"
        province = lookup_province(text[after.start(1) : after.end(1)]) if after else None
        parent = provincial_police(province) if province else None
        out.append(Cand(m.start(), end, "police.local", canonical, parent=parent, kind="local"))
    return out


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
        if not _capital(text, m.start()):
            continue
        if m.group(2):
            rule = f"{_STATE_RULES[body]}.supreme"
            out.append(Cand(m.start(), m.end(2), rule, f"{body} tối cao", kind="other"))
            continue
        level = "cấp cao tại" if m.group(3) else _LOCAL_KEYS.get(m.group(4) or "", m.group(4))
        province, end = _place_at(text, folded, m.end(), numbers=True)
        name = text[m.end() : end].strip()
        if province is not None and level in (None, "tinh", "thành phố"):
            if level == "thành phố" and not province.is_city:
                canonical = f"{body} thành phố {province.name}"  # a provincial capital
            else:
                canonical = f"{body} {'thành phố' if province.is_city else 'tỉnh'} {province.name}"
        elif name and level not in (None, "tinh"):
            canonical = f"{body} {level} {tone_normal(name)}"
        else:
            continue  # "VKSND cùng cấp": no body named
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
            if unit.canonical in _IN_POSTS and _PARTY_POST_BEFORE.search(
                folded, max(0, m.start() - 30), m.start()
            ):
                continue  # "Ủy viên Bộ Chính trị": part of a person's post
            if " " not in surface and (
                not surface.isupper() or _in_number(text, m.start(), m.end())
            ):
                continue  # a one-word alias is an abbreviation ("BCA"): upper case, not "/KH-BCA"
            out.append(
                Cand(m.start(), m.end(), "unit.name", unit.canonical, unit.code, unit.parent)
            )
    return out


_PARTY_POST_BEFORE = re.compile(
    "(?:"
    + "|".join(r"\s+".join(map(re.escape, fold(w).split())) for w in PARTY_POST_WORDS)
    + r")\s+$"
)
_STAFF_BEFORE = re.compile(r"(?<!\w)(?:can|toan|nôi)\s+$")
_IN_POSTS = frozenset(PARTY_BODIES + NATIONAL_BODIES)
_LOWER_TYPE = re.compile(r"(?:tổng cục|cục|bộ|viện|học viện|trường|bệnh viện|văn phòng) (?=[A-ZĐ])")


def _lower_type_word(surface: str) -> bool:
    """A type word written in lower case before a proper name ("bộ Công an", "cục Cảnh sát
    điều tra ...", "tổng cục Cảnh sát"), as tokenised sources write it."""
    return bool(_LOWER_TYPE.match(tone_normal(surface)))


def _in_number(text: str, start: int, end: int) -> bool:
    """Inside a document number ("Kế hoạch số 113/KH-BCA-C04"): the drafting unit's code, not
    a mention of the unit."""
    return text[start - 1 : start] in ("-", "/") or text[end : end + 1] in ("-", "/")


def code_cands(text: str) -> list[Cand]:
    """Bare unit codes ("C08", "C45" -> C02, "PC08"); not inside document numbers ("/KH-BCA-C04")."""
    units, divisions = _unit_codes(), _division_codes()
    out = []
    for m in _CODE_RE.finditer(text):
        code = m.group(1) or m.group(2) + m.group(3)
        if code in units:
            u = units[code]
            out.append(Cand(m.start(), m.end(), "unit.code", u.canonical, u.code, u.parent))
        elif code in divisions:
            d = divisions[code]
            out.append(Cand(m.start(), m.end(), "division.code", f"Phòng {d.name}", d.code,
                             kind="division", needs_province=True))  # fmt: skip
    return out


def _function_of(folded_function: str) -> Division:
    key = tuple(words(folded_function))
    return next(d for d in DIVISIONS for f in d.functions if key in short_forms(f))


def _team_function(folded_function: str) -> str:
    key = tuple(words(folded_function))
    for f in (*MINISTRY_TEAMS, *TEAM_FUNCTIONS):
        if key in short_forms(f):
            return f
    return _function_of(folded_function).name


def division_cands(text: str, folded: str) -> list[Cand]:
    out = []
    for m in _DIVISION_RE.finditer(folded):
        d = _function_of(m.group(1))
        out.append(Cand(m.start(), m.end(), "division", f"Phòng {d.name}", d.code,
                         kind="division", needs_province=True))  # fmt: skip
    for m in _FUNCTION_RE.finditer(folded):
        # "CSGT Công an tỉnh X" is that province's Phòng CSGT, but only when a Công an follows
        # (the attach pass keeps it then); alone, "CSGT" is the generic "cảnh sát".
        if _capital(text, m.start()):
            d = _function_of(m.group(1))
            out.append(Cand(m.start(), m.end(), "division.function", f"Phòng {d.name}", d.code,
                             kind="function"))  # fmt: skip
            # "Cảnh sát PCCC và CNCH tỉnh Bắc Ninh": the province's division, its Công an unsaid.
            after = _FUNCTION_PLACE.match(folded, m.end())
            province = lookup_province(text[after.start(1) : after.end(1)]) if after else None
            if after and province and is_capitalised(text[after.start(1) : after.end(1)]):
                host = provincial_police(province)
                out.append(Cand(m.start(), after.end(), "division.function+province",
                                 f"Phòng {d.name} {host}", d.code, host, kind="division"))  # fmt: skip
    for m in _TEAM_RE.finditer(folded):
        if text[m.start()] == "Đ":
            number = f" số {m.group(2)}" if m.group(2) else ""
            function = _team_function(m.group(1))
            name = f"Đội {function}{number}"
            if function in MINISTRY_TEAMS and number:
                host = MINISTRY_TEAMS[function]
                out.append(Cand(m.start(), m.end(), "team.ministry", f"{name} {host}", parent=host))
                continue
            out.append(Cand(m.start(), m.end(), "team", name, kind="team"))
    for m in _BODY_RE.finditer(folded):
        # "cơ quan CSĐT Công an quận X": a lower-case "cơ quan" before a capitalised function.
        lower_named = text.startswith("cơ quan ", m.start()) and text[m.start() + 8].isupper()
        if _capital(text, m.start()) or lower_named:
            name = next(b for b in ATTACHED_BODIES if tuple(words(m.group(1))) in short_forms(b))
            out.append(Cand(m.start(), m.end(), "body", name, kind="division", needs_province=True))
    return out


def cand_force_cands(text: str, folded: str) -> list[Cand]:
    """ "lực lượng CAND", "lực lượng Công an nhân dân": the force as a proper name (GUIDE)."""
    out = []
    for m in _CAND_RE.finditer(folded):
        name_at = m.start(2) if m.group(2) else m.start(3)
        if text[name_at] == "C" and (m.group(2) != "cand" or text[name_at : m.end()] == "CAND"):
            out.append(Cand(m.start(), m.end(), "cand.force", CAND))
    return out
