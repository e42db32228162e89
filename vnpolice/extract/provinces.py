"""Provinces: the 34 of 2025 (vietnam-provinces) and the 63 before the merger, with successors.

Canonical names follow vietnam-provinces ("Thành phố Hà Nội") and prefix "Tỉnh" where it leaves
the type off ("Tỉnh Thanh Hóa"); an old province keeps its historical name ("Tỉnh Bình Dương") and
:func:`successor` gives its 2025 province. Look-ups are on ``fold`` keys, so "Hoà Bình", "Hòa
Bình" and NFD input find the same province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpolice.extract.rules.places import OLD_CITIES, OLD_PROVINCES, PROVINCE_ALIASES
from vnpolice.extract.text import fold


@dataclass(frozen=True)
class Province:
    name: str  # short name: "Thanh Hóa", "Hồ Chí Minh"
    full: str  # official name: "Tỉnh Thanh Hóa", "Thành phố Hồ Chí Minh"
    is_city: bool  # centrally-run city ("Công an thành phố X") vs province ("Công an tỉnh X")
    current: bool  # one of the 34 after 1/7/2025
    successor: str  # full name of the 2025 province it belongs to (itself when current)

    @property
    def level_word(self) -> str:
        """ "thành phố" for a centrally-run city, else "tỉnh": the word bodies of it are named with."""
        return "thành phố" if self.is_city else "tỉnh"

    @property
    def place(self) -> str:
        """ "tỉnh Thanh Hóa", "thành phố Hồ Chí Minh": how a body's canonical name ends."""
        return f"{self.level_word} {self.name}"


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
            city = old in OLD_CITIES
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
