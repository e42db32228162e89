"""Agency candidates: every rule proposes spans of the folded text with a canonical name.

The rules overlap on purpose ("Bộ Công an" inside "Bệnh viện Y học cổ truyền – Bộ Công an"); the
engine in :mod:`vnpolice.extract.agencies` joins, chooses and completes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolice.extract.locations import capitalised_run, extract_locations, is_type_word
from vnpolice.extract.phrases import alternation, compile_phrase, short_forms, words
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.agencies import (
    ATTACHED_BODIES,
    CAND,
    DIVISIONS,
    MINISTRY,
    MINISTRY_TEAMS,
    TEAM_FUNCTIONS,
    Division,
)
from vnpolice.extract.rules.persons import SURNAMES
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
    # Kept only when the attach pass joins it to the Công an written after it: a lower-case
    # designation ("đội cảnh sát hình sự Công an huyện X", "trại tạm giam Công an tỉnh Y").
    attached_only: bool = False


_PROV = province_pattern()
_CA = r"(công an|ca)"
_PROVINCE_RE = compile_phrase(
    rf"{_CA}\s+(?:(tinh|thanh phô|tp)\.?\s*(?:\(\s*tp\s*\)\s*)?)?({_PROV})|(catp)\.?\s*({_PROV})"
)
# "Công an tỉnh" / "Công an TP" with no name after it (_NEXT_WORD: not a capitalised word).
# Not "Công an tỉnh, thành phố" (the generic plural).
_BARE_PROVINCE_RE = re.compile(
    r"(?<!\w)công an (tinh|tp|thanh phô)(?!\w)\.?(?!\s*[,/]\s*(?:thanh phô|thi xa|huyên|quân))"
    r"(?=[^\S\n]*[^\w\s]|[^\S\n]+\w|\s*$)"
)
# A capitalised word or a number after it is the place's name: "Công an thành phố Vinh" is a
# local force, "Công an tỉnh Nghệ An" a named one (read by province_police).
_NEXT_WORD = re.compile(r"[^\S\n]+(\S)")
_WARD_NUMBER = re.compile(
    r"(?: \d{1,2}(?!\w)|(,? quận (?:\d{1,2}|[A-ZĐ]\w*(?: [A-ZĐ]\w*)?)(?!\w)))"
)
_APOSTROPHE = re.compile(r"\s*['’ʼ]\s*")  # "Cư M ' gar", "Ea H’ Leo" -> "Cư M'gar", "Ea H'Leo"
_LOCAL_TYPES = ("quận", "huyện", "thị xã", "thị trấn", "xã", "phường", "thành phố", "đặc khu")
# Abbreviations: "TP." for thành phố, "TX" for thị xã ("Công an TX Phú Mỹ"); not "TT" (thị
# trấn), which is also "trật tự".
_LOCAL_KEYS = {fold(t): t for t in _LOCAL_TYPES} | {
    "tp": "thành phố",
    "tp.": "thành phố",
    "tx": "thị xã",
    "tx.": "thị xã",
}
_LOCAL_ALT = "|".join(map(re.escape, sorted(_LOCAL_KEYS, key=len, reverse=True)))
_LOCAL_RE = re.compile(rf"(?<!\w){_CA}\s+({_LOCAL_ALT})(?!\w)[^\S\n]*")
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
_PROVINCE_AFTER = re.compile(rf"\s*[,(]\s*(?:tinh\s+|thanh phô\s+|tp\.?\s*)?({_PROV})(?!\w)")


def province_division(
    text: str, start: int, place: re.Match[str] | None, d: Division, rule: str
) -> Cand | None:
    """The division ``d`` of the province whose name ``place`` matched (group 1) right after
    its function or code ("Cảnh sát PCCC và CNCH tỉnh Bắc Ninh", "PC 08, TP. HCM"), or None."""
    if place is None:
        return None
    name = text[place.start(1) : place.end(1)]
    province = lookup_province(name)
    if province is None or not is_capitalised(name):
        return None
    host = provincial_police(province)
    return Cand(start, place.end(), rule, f"Phòng {d.name} {host}", d.code, host, kind="division")


def local_police_name(kind: str, written: str) -> str:
    """ "Công an huyện Cư M'gar" for ("huyện", "Cư M ' gar"): the canonical name of a local force."""
    return f"Công an {kind} {_APOSTROPHE.sub(chr(39), tone_normal(written))}"


def provincial_police(province: Province) -> str:
    return f"Công an {province.place}"


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
        # "Công an TP": the city named last, a centrally-run one ("tại Hà Nội. Công an TP") or not
        # ("TP Vinh": then the local police, which is no province: nothing here); the wards and
        # districts named in between do not count.
        cities = [p for p in every if p.rule.startswith("province.") or p.rule == "local.thanh_pho"]
        before = [p for p in (cities if city else places) if p.end <= m.start()]
        name = (
            before[-1].canonical.removeprefix("Tỉnh ").removeprefix("Thành phố ") if before else ""
        )
        province = (
            lookup_province(name) if name and before[-1].rule.startswith("province.") else None
        )
        after = _NEXT_WORD.match(text, m.end())
        named = after is not None and (after.group(1).isupper() or after.group(1).isdigit())
        if province is not None and text[m.start()] == "C" and province.is_city == city:
            if named:
                continue
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


_LISTED_LOCAL = re.compile(r"(?<!\w)[Cc]ông an các (quận|huyện|thị xã|phường|xã) ")
_LIST_JOIN = re.compile(r"(?:,\s*(?:và\s+)?|\s+và\s+)")


def listed_local_police(text: str) -> list[Cand]:
    """ "Công an các quận Tân Bình, Phú Nhuận và Gò Vấp": the police of each, one mention per
    name (rule ``police.local.listed``)."""
    out = []
    for m in _LISTED_LOCAL.finditer(text):
        kind, pos = m.group(1), m.end()
        for _ in range(8):
            end = capitalised_run(text, pos, numbers=kind in ("quận", "phường"))
            if end == pos:
                break
            out.append(Cand(pos, end, "police.local.listed", local_police_name(kind, text[pos:end]),
                             kind="local"))  # fmt: skip
            join = _LIST_JOIN.match(text, end)
            if not join:
                break
            pos = join.end()
    return out


def local_police(text: str, folded: str) -> list[Cand]:
    out = []
    for m in _LOCAL_RE.finditer(folded):
        kind = _LOCAL_KEYS[m.group(2)]
        end = capitalised_run(text, m.end(), numbers=kind in ("quận", "phường"))
        number = _WARD_NUMBER.match(text, end) if kind in ("phường", "xã") else None
        # "phường Cổ Nhuế 1"; "phường 1, quận 4" (a numbered ward is named with its district)
        if number and (not text[m.end() : end].isdigit() or number.group(1)):
            end = number.end()
        name = text[m.end() : end].strip().replace(",", "")
        written = m.group(2) if m.group(2).startswith(("tp", "tx")) else kind
        if not name or (m.group(1) == "ca" and text[m.start()] != "C"):
            continue  # "công an các quận" names no unit
        if not is_type_word(text[m.start(2) : m.end(2)], written):
            continue  # "quân", "phương" fold like "quận", "phường"
        if written.startswith("tx") and not text[m.start(2) : m.end(2)].startswith("TX"):
            continue  # the abbreviation is written in capitals
        if kind == "thành phố" and lookup_province(name):
            continue  # a province-level city: province_police has it
        name, end = _fuller_name(text, folded, m.start(2), m.end(), name, end)
        canonical = local_police_name(kind, name)
        # "Công an huyện Văn Lâm (Hưng Yên)", "..., tỉnh Hưng Yên": the province says the parent.
        after = _PROVINCE_AFTER.match(folded, end) or re.compile(
            re.escape(fold(name)) + _PROVINCE_AFTER.pattern
        ).search(folded)  # or where the article names the place again: "huyện X, tỉnh Y"
        province = lookup_province(text[after.start(1) : after.end(1)]) if after else None
        parent = provincial_police(province) if province else None
        out.append(Cand(m.start(), end, "police.local", canonical, parent=parent, kind="local"))
    return out


def _fuller_name(
    text: str, folded: str, type_at: int, at: int, name: str, end: int
) -> tuple[str, int]:
    """A one-syllable place name the article writes elsewhere with more capitalised syllables
    after the same type word ("xã Chỉ Đạo" ... "Công an xã Chỉ đạo"): the fuller name, and the
    span runs on over its other syllables when they follow here in any case."""
    if " " in name:
        return name, end
    head = folded[type_at:at]
    for m in re.finditer(re.escape(head + fold(name)) + " ", folded):
        longer_end = capitalised_run(text, m.start() + len(head))
        longer = text[m.start() + len(head) : longer_end]
        if " " in longer and folded.startswith(fold(longer), at):
            return longer, at + len(longer)
    return name, end


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
