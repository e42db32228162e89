"""Bank branches: "Ngân hàng Agribank chi nhánh huyện Krông Bông", "Vietinbank chi nhánh thị xã
Cửa Lò", "Ngân hàng TMCP Công thương VN (Vietinbank) chi nhánh Đồng Nai".

A branch is named by its bank and the place it serves; the bank is written by its brand as often
as by its name, so the brand is resolved to the bank's full name (``NATIONAL_ALIASES``) and the
branch's place is kept as written. Rule id: ``org.bank_branch``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.rules.bodies import NATIONAL_ALIASES, NATIONAL_BODIES
from vnpolice.extract.text import fold, tone_normal

# After a bank: its brand or short name in brackets, then "chi nhánh" and the place served.
_BRANCH_AFTER = re.compile(
    r"[^\S\n]*(?:\([^()\n]{2,40}\)[^\S\n]*)?,?[^\S\n]*[Cc]hi nhánh[^\S\n]+"
    r"((?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|TX\.?)[^\S\n]*)?"
)
_TP = re.compile(r"^(?:TP\.?|TX\.?)[^\S\n]*")
# The state bank names its branches "Chi nhánh tỉnh X" (agency_orgs reads them so).
_OWN_BRANCH_NAMES = frozenset({"Ngân hàng Nhà nước Việt Nam"})


@lru_cache(maxsize=1)
def _banks() -> dict[str, str]:
    """Folded brand or name of a state bank -> its full name (not the state bank's own
    branches: ``_OWN_BRANCH_NAMES``)."""
    banks = [b for b in NATIONAL_BODIES if b.startswith("Ngân hàng") and b not in _OWN_BRANCH_NAMES]
    out = {fold(b): b for b in banks}
    for bank in banks:
        for alias in NATIONAL_ALIASES.get(bank, ()):
            out[fold(alias)] = bank
            out[fold(f"Ngân hàng {alias}")] = bank
    return out


def _place(written: str) -> str:
    word = _TP.match(written)
    if word:
        level = "thị xã" if written.upper().startswith("TX") else "thành phố"
        return f"{level} {tone_normal(written[word.end() :])}"
    return tone_normal(written)


def bank_branches(cands: list[Cand], text: str) -> list[Cand]:
    """The branch written after a bank ("Vietinbank chi nhánh thị xã Cửa Lò") as one more
    candidate spanning both, so that it wins as the longest; a bank named by its brand inside an
    organisation's name ("Ngân hàng Agribank chi nhánh ...") gets its full name."""
    banks = _banks()
    out = []
    for c in cands:
        folded = fold(c.canonical)
        key = max((k for k in banks if folded.startswith(k + " ")), key=len, default=None)
        if key and c.rule.startswith("org.") and not c.canonical.startswith(banks[key]):
            # "Ngân hàng Agribank chi nhánh X" (org.named): the brand is the bank (fold keeps
            # the length of the text, so the key's length is the written bank's)
            c = replace(c, canonical=banks[key] + c.canonical[len(key) :])
        out.append(c)
        bank = banks.get(fold(c.canonical)) or banks.get(fold(text[c.start : c.end]))
        if bank is None or not (m := _BRANCH_AFTER.match(text, c.end)):
            continue
        end = capitalised_run(text, m.end(), numbers=True)
        if end == m.end():
            continue
        place = _place(text[m.start(1) if m.group(1) else m.end() : end].strip())
        canonical = f"{bank} chi nhánh {place}"
        out.append(Cand(c.start, end, "org.bank_branch", canonical, kind="other"))
    return out
