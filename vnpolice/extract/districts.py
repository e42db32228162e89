"""Districts before the 2025 reorganisation, from underthesea's administrative mapping.

The 2025 merger abolished the district level, so the maintained province packages
(vietnam-provinces) list provinces and wards only; the news of 2016-2025 names districts on
every page. underthesea ships the mapping of every old ward to its new one
(``underthesea/address/data/mapping.json``, source vietnamadminunits), and every old ward row
carries its district ("Quận Ninh Kiều", "Huyện Bố Trạch") and province: read once, that is the
table of the old districts with their level and province.

Used where the text names a district without its level word ("Công an Ninh Kiều"): the level
and the province come from here when the name is one district only (or the article's province
picks one of several "Châu Thành").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from vnpolice.extract.text import fold

# Level words of the mapping's district names, longest first ("Thị xã" before a bare word).
_LEVELS: tuple[tuple[str, str], ...] = (
    ("thành phố ", "thành phố"),
    ("thị xã ", "thị xã"),
    ("quận ", "quận"),
    ("huyện ", "huyện"),
)


@dataclass(frozen=True)
class District:
    name: str  # "Ninh Kiều"
    level: str  # "quận" | "huyện" | "thị xã" | "thành phố"
    province: str  # "Thành phố Cần Thơ", "Tỉnh Quảng Bình"


def _key(name: str) -> str:
    return " ".join(fold(name).replace("'", " ").replace("’", " ").split())


@lru_cache(maxsize=1)
def districts() -> dict[str, frozenset[District]]:
    """Folded district name -> the districts of that name (several provinces have a "Châu
    Thành")."""
    path = resources.files("underthesea") / "address" / "data" / "mapping.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["ward_mapping"]
    table: dict[str, set[District]] = {}
    for row in rows:
        written = row.get("old_district") or ""
        for prefix, level in _LEVELS:
            if written.lower().startswith(prefix):
                name = written[len(prefix) :].strip()
                district = District(name, level, row["old_province"])
                table.setdefault(_key(name), set()).add(district)
                break
    return {k: frozenset(v) for k, v in table.items()}


def lookup_district(name: str, provinces: frozenset[str] = frozenset()) -> District | None:
    """The one district called ``name``; of several, the one in ``provinces`` (full province
    names, "Tỉnh Quảng Bình") if exactly one is; else None."""
    found = districts().get(_key(name), frozenset())
    if len(found) > 1 and provinces:
        found = frozenset(d for d in found if d.province in provinces)
    return next(iter(found)) if len(found) == 1 else None
