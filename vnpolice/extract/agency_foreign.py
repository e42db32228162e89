"""Police of other countries: "Bộ Công an Trung Quốc", "Công an Lào", "Cảnh sát Hàn Quốc".

GUIDE lists the named police bodies of other countries as agencies; written with the country
after the body, they are not Việt Nam's ministry or a province's force. Country names in
Vietnamese come from the CLDR data of babel (already installed with trafilatura's courlan), not
from a hand list. Rule id: ``police.foreign``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from vnpolice.extract.agency_candidates import Cand

# The police bodies written before a country's name, longest first.
_BODIES = ("Bộ Công an", "Cục Cảnh sát", "Cảnh sát", "Công an")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = {n for code, n in Locale("vi").territories.items() if code.isalpha() and code != "VN"}
    countries = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    bodies = "|".join(map(re.escape, _BODIES))
    return re.compile(rf"(?<!\w)({bodies}) ({countries})(?!\w)")


def foreign_police(text: str) -> list[Cand]:
    """ "Bộ Công an Trung Quốc" -> that ministry; "Công an Trung Quốc" -> China's police."""
    return [
        Cand(m.start(), m.end(), "police.foreign", f"{m.group(1)} {m.group(2)}", kind="other")
        for m in _pattern().finditer(text)
    ]
