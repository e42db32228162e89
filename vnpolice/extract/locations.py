"""Places: provinces (the 34 of 2025 and the 63 before the merger), and named districts/communes.

Province names come from vietnam-provinces (current 34) plus ``OLD_PROVINCES`` (the 63 before
1/7/2025, with the 2025 successor from the merger table of reference/domain.md §1.3). Canonical
names follow vietnam-provinces ("Thành phố Hà Nội") and prefix "Tỉnh" where it leaves the type off
("Tỉnh Thanh Hóa"); an old province keeps its historical name ("Tỉnh Bình Dương") and
``successor()`` gives its 2025 province. Spelling uses the old tone placement of vietnam-provinces
("Hòa", "Hóa"); matching is on ``fold`` keys, so "Hoà Bình" and NFD input match too.

A province named inside an agency ("Công an tỉnh Thanh Hóa") IS also emitted here as a place: the
extractors are independent, and an event's place may only be written that way.

Rule ids: ``province.name``, ``province.prefixed`` ("tỉnh X", "TP X"), ``local.<type>``
(``local.xa``, ``local.phuong``, ``local.huyen``, ``local.quan``, ``local.thi_xa``,
``local.thi_tran``, ``local.thanh_pho`` incl. a provincial capital "TP Thanh Hóa", ``local.dac_khu``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.text import Document, fold, nfc, strip_diacritics
from vnpolice.extract.types import Context, LocationMention, Mention

_M = TypeVar("_M", bound=Mention)

# Centrally-run cities before 1/7/2025 (Huế counted as "Thừa Thiên Huế", a province, until then).
_OLD_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")

# The 63 provinces before the 2025 merger -> their 2025 province (short names). Ordered as
# domain.md §1.3 lists the merger; the unchanged ones map to themselves.
OLD_PROVINCES: dict[str, str] = {
    "Hà Giang": "Tuyên Quang", "Tuyên Quang": "Tuyên Quang",
    "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên", "Thái Nguyên": "Thái Nguyên",
    "Hòa Bình": "Phú Thọ", "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh", "Bắc Ninh": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên", "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng", "Hải Phòng": "Hải Phòng",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Ninh Bình": "Ninh Bình",
    "Quảng Bình": "Quảng Trị", "Quảng Trị": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Quảng Ngãi": "Quảng Ngãi",
    "Bình Định": "Gia Lai", "Gia Lai": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa",
    "Bình Thuận": "Lâm Đồng", "Đắk Nông": "Lâm Đồng", "Lâm Đồng": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk", "Phú Yên": "Đắk Lắk",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh", "Hồ Chí Minh": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai", "Đồng Nai": "Đồng Nai",
    "Long An": "Tây Ninh", "Tây Ninh": "Tây Ninh",
    "Cần Thơ": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Sóc Trăng": "Cần Thơ",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Vĩnh Long": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau", "Cà Mau": "Cà Mau",
    "An Giang": "An Giang", "Kiên Giang": "An Giang",
    "Thừa Thiên Huế": "Huế",
    "Hà Nội": "Hà Nội", "Cao Bằng": "Cao Bằng", "Điện Biên": "Điện Biên", "Lai Châu": "Lai Châu",
    "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn", "Quảng Ninh": "Quảng Ninh",
    "Thanh Hóa": "Thanh Hóa", "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh",
}  # fmt: skip

# Other spellings seen in news -> short name. Tone placement and NFD need no entry (fold).
PROVINCE_ALIASES: dict[str, str] = {
    "TP.HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh", "HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh",
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh", "TP Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh", "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu",
    "Đắc Lắc": "Đắk Lắk", "Bắc Cạn": "Bắc Kạn", "Kontum": "Kon Tum",
}  # fmt: skip


@dataclass(frozen=True)
class Province:
    name: str  # short name: "Thanh Hóa", "Hồ Chí Minh"
    full: str  # official name: "Tỉnh Thanh Hóa", "Thành phố Hồ Chí Minh"
    is_city: bool  # centrally-run city ("Công an thành phố X") vs province ("Công an tỉnh X")
    current: bool  # one of the 34 after 1/7/2025
    successor: str  # full name of the 2025 province it belongs to (itself when current)


# New-style tone placement on the last vowel of open oa/oe/uy -> old style on the first, as
# vietnam-provinces writes "Thanh Hóa", "Khánh Hòa": canonical names must not depend on the
# writer's habit ("Minh Hoá" and "Minh Hóa" are one district).
_TONES = {
    "\u0300": "àèìòùỳ",
    "\u0301": "áéíóúý",
    "\u0303": "ãẽĩõũỹ",
    "\u0309": "ảẻỉỏủỷ",
    "\u0323": "ạẹịọụỵ",
}
_NEW_STYLE = re.compile(r"(?<![qQ])([oOuU])([àáãảạèéẽẻẹỳýỹỷỵ])(?!\w)")


def old_style(text: str) -> str:
    """ "Hoá" -> "Hóa", "Thuỷ" -> "Thủy", "Uỷ" -> "Ủy" (only open oa/oe/uy; "hoàn" is unchanged)."""

    def move(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        mark = next(k for k, v in _TONES.items() if second in v)
        base = unicodedata.normalize("NFD", second)[0]
        return nfc(first + mark) + base

    return _NEW_STYLE.sub(move, text)


def _short(name: str) -> str:
    return name.removeprefix("Thành phố ").removeprefix("Tỉnh ")


@lru_cache(maxsize=1)
def provinces() -> dict[str, Province]:
    """Every province, current and old, by short name."""
    from vietnam_provinces import Province as VPProvince

    current: dict[str, Province] = {}
    for p in VPProvince.iter_all():
        city = p.name.startswith("Thành phố ")
        full = p.name if city else f"Tỉnh {p.name}"
        current[_short(p.name)] = Province(_short(p.name), full, city, True, full)
    table = dict(current)
    for old, new in OLD_PROVINCES.items():
        if old not in table:
            city = old in _OLD_CITIES
            full = f"Thành phố {old}" if city else f"Tỉnh {old}"
            table[old] = Province(old, full, city, False, current[new].full)
    return table


def successor(province: Province) -> Province:
    """The 2025 province an old province was merged into (itself when current)."""
    return next(p for p in provinces().values() if p.full == province.successor and p.current)


def _phrase(text: str) -> str:
    """Regex for a folded phrase, flexible about spaces, dots and dashes between its words."""
    return r"(?:\s*[-–.]\s*|\s+)".join(map(re.escape, re.findall(r"\w+", fold(text))))


@lru_cache(maxsize=1)
def _province_keys() -> dict[str, Province]:
    """Folded, space-normalised key -> province, for resolving a matched span."""
    table = provinces()
    keys = {" ".join(re.findall(r"\w+", fold(n))): p for n, p in table.items()}
    for alias, name in PROVINCE_ALIASES.items():
        keys[" ".join(re.findall(r"\w+", fold(alias)))] = table[name]
    return keys


@lru_cache(maxsize=1)
def province_pattern() -> str:
    """Alternation (on folded text) of every province name and alias, longest first."""
    names = list(provinces()) + list(PROVINCE_ALIASES)
    return "(?:" + "|".join(_phrase(n) for n in sorted(names, key=len, reverse=True)) + ")"


def lookup_province(surface: str) -> Province | None:
    """Province for a matched name ("Hoà Bình", "TP.HCM"), or None."""
    return _province_keys().get(" ".join(re.findall(r"\w+", fold(surface))))


def is_capitalised(surface: str) -> bool:
    """Every syllable starts upper case ("Hà Nội", "TP.HCM"); rules out "hòa bình" (peace)."""
    return all(w[0].isupper() or w[0].isdigit() for w in re.findall(r"\w+", surface))


# ---------------------------------------------------------------- the extractor

# "tỉnh Thanh Hóa", "TP Hà Nội", "thủ đô Hà Nội": the prefix joins the span (group 1).
_PREFIX = r"(?:(tinh|thanh phô|thu đô|tp\.?)[^\S\n]*)?"
# Lower-level units: the type word, then capitalised syllables (or a number: "quận 1").
_LOCAL_TYPES = {
    fold(t): t.capitalize()
    for t in ("quận", "huyện", "thị xã", "thị trấn", "xã", "phường", "thành phố", "đặc khu")
}
_LOCAL_TYPES["tp"] = _LOCAL_TYPES["tp."] = "Thành phố"
_LOCAL_RE = re.compile(
    r"(?<!\w)("
    + "|".join(map(re.escape, sorted(_LOCAL_TYPES, key=len, reverse=True)))
    + r")(?!\w)[^\S\n]*"
)
_SYLLABLE = re.compile(r"[^\S\n]*(\w+)")
# Where a place name ends although the next syllable is capitalised: the next unit starts there.
_STOP = re.compile(
    r"(?:công an|cuc|đôi|phong (?:canh|cs|an ninh|pc)|bô công an|ubnd|tand|vksnd|tp)(?!\w)"
)


_WORD_BEFORE = re.compile(r"(\S? *|\n)(\w+) $")


@lru_cache(maxsize=1)
def _province_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_PREFIX}({province_pattern()})(?!\w)")


def _province_at(text: str, pos: int) -> bool:
    m = _province_re().match(fold(text[pos : pos + 30]))
    return bool(m and not m.group(1) and is_capitalised(text[pos : pos + m.end()]))


def capitalised_run(text: str, pos: int, max_words: int = 4, numbers: bool = False) -> int:
    """End of the run of capitalised syllables starting at ``pos`` (``pos`` when there is none).

    Syllables must be separated by single spaces; a number is taken alone ("quận 1").
    """
    end, count = pos, 0
    while count < max_words:
        m = _SYLLABLE.match(text, end)
        if not m or (count and text[end : m.start(1)] != " "):
            break
        word = m.group(1)
        if numbers and count == 0 and word.isdigit():
            return m.end()
        if not word[0].isupper() or (
            count and _STOP.match(fold(text[m.start(1) : m.start(1) + 20]))
        ):
            break
        if count >= 2 and word in SURNAMES and capitalised_run(text, m.end(), 1) > m.end():
            break  # "xã Yên Hòa Phạm Văn Bình": a person's name follows the place
        if count >= 2 and _province_at(text, m.start(1)):
            break  # "Bệnh viện Việt Đức Hà Nội": the province is not part of the name
        end, count = m.end(), count + 1
    return end


def is_type_word(surface: str, word: str) -> bool:
    """The type word as written, tone-sensitive: "Phương Nga" (a name) is not "phường",
    "quân" (army) is not "quận", although they fold alike."""
    return nfc(surface).lower().replace(".", "") == word.lower().replace(".", "")


def extract_locations(doc: Document, ctx: Context) -> list[LocationMention]:
    """Provinces and named local units, sorted, non-overlapping (longest match wins)."""
    text, folded = doc.text, fold(doc.text)
    found: list[LocationMention] = []
    for m in _province_re().finditer(folded):
        name = text[m.start(2) : m.end(2)]
        province = lookup_province(name)
        if province is None or not is_capitalised(name):
            continue
        if not m.group(1):
            # "Nguyễn Thái Bình", "Hà Nam Ninh": a capitalised syllable glued on either side
            # makes the province name part of a longer name; "tỉnh"/"TP" would settle it.
            # A sentence-opening capital ("Tại Hà Nội") does not count.
            before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if (
                before
                and before.group(2)[0].isupper()
                and before.group(1).strip(" ") not in ("", ".", "\n")
            ):
                continue
            if text[m.end() : m.end() + 1] == " " and capitalised_run(text, m.end(), 1) > m.end():
                continue
        rule = "province.prefixed" if m.group(1) else "province.name"
        full = province.full
        if m.group(1) not in (None, "tinh", "thu đô") and not province.is_city:
            full, rule = f"Thành phố {province.name}", "local.thanh_pho"  # the provincial capital
        found.append(LocationMention(text[m.start() : m.end()], m.start(), m.end(), rule, full))
    for m in _LOCAL_RE.finditer(folded):
        kind = _LOCAL_TYPES[m.group(1)]
        written = m.group(1) if m.group(1).startswith("tp") else kind
        if not is_type_word(text[m.start(1) : m.end(1)], written):
            continue
        if kind == "Thành phố" and _province_re().match(folded, m.start()):
            continue  # "TP. HCM", "thành phố Bắc Giang": the province rule has it
        end = capitalised_run(text, m.end(), numbers=kind in ("Quận", "Phường"))
        name = text[m.end() : end].strip()
        if not name:
            continue
        rule = "local." + strip_diacritics(kind).replace(" ", "_")
        canonical = f"{kind} {old_style(name)}"
        found.append(LocationMention(text[m.start() : end], m.start(), end, rule, canonical))
    return longest_first(found)


def longest_first(mentions: list[_M]) -> list[_M]:
    """Keep the longest of overlapping mentions (earliest on ties), in text order."""
    chosen: list[_M] = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
