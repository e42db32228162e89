"""Places: provinces (the 34 of 2025 and the 63 before the merger), and named districts/communes.

Provinces and their canonical names come from :mod:`vnpolice.extract.provinces`. Local names
are written with the old tone placement of vietnam-provinces ("Minh Hoá" -> "Minh Hóa"), so a
canonical name does not depend on the writer's habit.

A province named inside an agency ("Công an tỉnh Thanh Hóa") IS also emitted here as a place: the
extractors are independent, and an event's place may only be written that way.

Rule ids: ``province.name``, ``province.prefixed`` ("tỉnh X", "TP X"), ``local.<type>``
(``local.xa``, ``local.phuong``, ``local.huyen``, ``local.quan``, ``local.thi_xa``,
``local.thi_tran``, ``local.thanh_pho`` incl. a provincial capital "TP Thanh Hóa", ``local.dac_khu``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolice.extract.provinces import is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.spans import longest_first
from vnpolice.extract.text import Document, fold, nfc, strip_diacritics, tone_normal
from vnpolice.extract.types import Context, LocationMention

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
# A syllable; the apostrophe of Central Highlands names belongs to it ("Cư M'gar", "Ea H’ Leo").
_SYLLABLE = re.compile(r"[^\S\n]*(\w+(?: ?['’ʼ] ?\w+)?)")
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
        canonical = f"{kind} {tone_normal(name)}"
        found.append(LocationMention(text[m.start() : end], m.start(), end, rule, canonical))
    return longest_first(found)
