"""Agency candidates of the police forces (provincial, bare "Công an tỉnh", local, listed local
forces) and the candidate type every agency rule proposes: spans of the folded text with a
canonical name. Divisions and teams: :mod:`vnpolice.extract.agency_divisions`.

The rules overlap on purpose ("Bộ Công an" inside "Bệnh viện Y học cổ truyền – Bộ Công an"); the
engine in :mod:`vnpolice.extract.agencies` joins, chooses and completes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolice.extract.districts import lookup_district
from vnpolice.extract.locations import capitalised_run, is_type_word
from vnpolice.extract.phrases import compile_phrase
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.agencies import (
    MINISTRY,
    Division,
)
from vnpolice.extract.text import fold, tone_normal
from vnpolice.extract.types import Context, LocationMention


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
    "t x.": "thị xã",  # "T X.Phú Mỹ": the word-segmented corpora split "TX."
}
_LOCAL_ALT = "|".join(map(re.escape, sorted(_LOCAL_KEYS, key=len, reverse=True)))
# After an abbreviation's dot the name may follow unspaced: "Công an TX.Phú Mỹ", "TP.Vinh".
_LOCAL_RE = re.compile(rf"(?<!\w){_CA}\s+({_LOCAL_ALT})(?:(?<=\.)|(?!\w))[^\S\n]*")
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


def bare_provincial_police(text: str, folded: str, every: list[LocationMention]) -> list[Cand]:
    """ "Công an tỉnh" alone: the police of the province the article named last before it
    ("... tỉnh Nghệ An. Công an tỉnh đã vào cuộc"); nothing when no province came before.
    "Công an TP" alone: the police of the centrally-run city named last ("tại Hà Nội. Công an TP
    đã vào cuộc"). ``every`` are the article's locations."""
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
        if (
            province is not None
            and text[m.start()] == "C"
            and province.is_city == city
            and not named
        ):
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


_DISTRICT_FORCE = re.compile(r"(?<!\w)(?:Công an|CA) (?=[A-ZĐ])")


def district_police(text: str, locations: list[LocationMention]) -> list[Cand]:
    """ "Công an Ninh Kiều", "Công an Bố Trạch": a district named without its level word is
    the local force of the one old district of that name (:mod:`vnpolice.extract.districts`;
    of several, the one in a province the article names); not a province, not a ward."""
    named = frozenset(p.canonical for p in locations if p.rule.startswith("province."))
    out = []
    for m in _DISTRICT_FORCE.finditer(text):
        run = capitalised_run(text, m.end(), max_words=3)
        words_ = text[m.end() : run].split()
        for n in range(len(words_), 0, -1):  # the longest district name written there
            name = " ".join(words_[:n])
            if lookup_province(name) is not None:
                break  # "Công an Nghệ An": province_police
            if (district := lookup_district(name, named)) is None:
                continue
            province = lookup_province(
                district.province.removeprefix("Tỉnh ").removeprefix("Thành phố ")
            )
            parent = provincial_police(province) if province else None
            canonical = local_police_name(district.level, district.name)
            end = m.end() + len(name)
            out.append(Cand(m.start(), end, "police.local.district", canonical, parent=parent,
                            kind="local"))  # fmt: skip
            break
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


def local_police(text: str, folded: str) -> list[Cand]:
    out = []
    for m in _LOCAL_RE.finditer(folded):
        kind = _LOCAL_KEYS[m.group(2)]
        end = capitalised_run(text, m.end(), numbers=kind in ("quận", "phường"))
        number = _WARD_NUMBER.match(text, end) if kind in ("phường", "xã") else None
        # "phường Cổ Nhuế 1"; "phường 1, quận 4" (a numbered ward is named with its district;
        # a named one is not: "Công an phường Hoà Khánh Nam, quận Liên Chiểu" is the ward's)
        numbered = text[m.end() : end].isdigit()
        if number and (numbered if number.group(1) else not numbered):
            end = number.end()
        name = text[m.end() : end].strip().replace(",", "")
        # "T X.": the word-segmented corpora's "TX.", read as written together
        surface, key = text[m.start(2) : m.end(2)].replace("T X", "TX"), m.group(2).replace(" ", "")
        written = key if key.startswith(("tp", "tx")) else kind
        if not name or (m.group(1) == "ca" and text[m.start()] != "C"):
            continue  # "công an các quận" names no unit
        if not is_type_word(surface, written):
            continue  # "quân", "phương" fold like "quận", "phường"
        if written.startswith("tx") and not surface.startswith("TX"):
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
