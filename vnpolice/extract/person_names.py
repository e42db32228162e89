"""Person names: the shape of a Vietnamese name, and the rules that take a name without a rank,
title or cue word before it.

A suspect or victim is often named alone: "Nguyễn Văn A (SN 1990)", "Đỗ Văn B (33 tuổi, trú
tại ...)", "H.T.B, 71 tuổi", a list after "các đối tượng gồm:", or a full name written bare in
the story ("Trước đó, Võ Văn C và ..."). Names of streets, places and organisations that are
named after people ("đường Nguyễn Văn Linh", "Trường THPT Lê Quý Đôn") are not persons.

Rule ids: ``name.marked`` (an initial, a birth year, an age or a residence after the name),
``initials.marked`` ("N.T. H.Y. (43 tuổi)"), ``name.listed`` (after a person noun and
"gồm"/"là"), ``name.bare`` (three or four syllables from a common surname, written alone).
"""

from __future__ import annotations

import re

from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.persons import (
    CUES,
    ETHNIC_PREFIXES,
    HMONG_SURNAMES,
    INITIAL_CLUSTERS,
    LIST_HEADS,
    NAME_STOPS,
    SURNAMES,
)
from vnpolice.extract.text import fold
from vnpolice.extract.types import AgencyMention


def _alt(phrases: tuple[str, ...]) -> str:
    keys = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)


_CUES = frozenset(fold(c) for c in CUES)
_SYLLABLE = re.compile(r"(\w+)(\.?)")
# A birth year or an age right after a name marks a person: "(SN 1990)", "(sinh năm 2005)",
# "(cùng sinh năm 2006)", ", SN 1994", "(33 tuổi", ", 71 tuổi".
_BIRTH = re.compile(
    r"\s*(?:\(\s*(?:cùng\s+)?|,\s*)(?:(?:SN|sinh năm|sinh)\s*\d{4}|\d{1,3}\s*tuổi)", re.IGNORECASE
)
# The same inside a bracket that starts with something else: "(còn gọi Quang Rambo, 35 tuổi".
_BIRTH_IN_BRACKET = re.compile(
    r"\s*\([^()\n]{0,40}?(?<!\w)(?:(?:SN|sinh năm)\s*\d{4}|\d{1,3}\s*tuổi)", re.IGNORECASE
)
# A residence right after a surname-initial name: "Nguyễn Văn A, trú tại ...", "(ngụ quận 5)".
_RESIDENCE = re.compile(r"\s*[,(]\s*(?:cùng\s+)?(?:trú|ngụ|quê|thường trú|HKTT)(?!\w)")
# Names written as initials only ("H.T.B", "V.V. Đ", "N.T. H.Y.", "P. B.B. N."): taken after a
# cue word or before a birth year/age, never alone ("TP. HCM" is not one: no dot between T, P).
INITIALS = re.compile(r"(?<![\w.])[A-ZĐ](?:\. ?[A-ZĐ](?!\w))+\.?")
# A list of people: "<person noun> ... gồm: A, B (SN 1990) và C".
_LIST_RE = re.compile(
    r"(?<!\w)(?:" + _alt(LIST_HEADS) + r")(?!\w)[^.;:\n]{0,60}?\s(?:gôm(?: co)?|la)\s*:?\s*"
)
_LIST_SEP = re.compile(r"\s*(?:\([^()\n]{0,80}\))?\s*(?:,\s*(?:va\s+)?|\s+va\s+)")


_GLUED_INITIALS = re.compile(r"(?:[A-ZĐ]\.)+")


def name_at(text: str, pos: int, surname: bool = False, min_words: int = 2) -> int:
    """End of a 2-4 syllable capitalised name starting exactly at ``pos``, or ``pos``.

    An initial ("T.", "Kh.") ends the name and keeps its dot ("Lê Văn T."); the name stops
    before a word that starts a title or agency (``NAME_STOPS``). With ``surname`` the name
    must start with a common surname (after a post, where "Hội Doanh nghiệp" also fits).
    """
    end, count, first = pos, 0, ""
    while count < 4:
        at = end + 1 if count else end
        if count and text[end : end + 1] != " ":
            break
        m = _SYLLABLE.match(text, at)
        if not m:
            break
        word = m.group(1)
        if not (word[0].isupper() and (len(word) == 1 or word[1:].islower())):
            break
        if any(
            text.startswith(s, at) and not text[at + len(s) : at + len(s) + 1].isalpha()
            for s in NAME_STOPS
        ):
            break
        if count == 0 and surname and word not in SURNAMES:
            break
        count += 1
        first = first or word
        ethnic = not m.group(2) and (
            (count == 1 and word in ETHNIC_PREFIXES) or (count == 2 and first in HMONG_SURNAMES)
        )
        if (len(word) == 1 and not ethnic) or (word in INITIAL_CLUSTERS and m.group(2)):
            end = m.end()  # an initial ends the name; its dot is part of it
            if m.group(2) and (glued := _GLUED_INITIALS.match(text, end)):
                end = glued.end()  # "Nguyễn H.A.": initials written together
            break
        end = m.end(1)
    if count < min_words or lookup_province(text[pos:end]) is not None:
        return pos
    return end


_SURNAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(SURNAMES)) + r") ")
_WORD_BEFORE = re.compile(r"(\S? *|\n)(\w+) $")


def _extend_back(text: str, start: int) -> int:
    """Take in a capitalised syllable written before a surname ("Quàng Văn Quý"), unless it
    opens the sentence or is a cue word ("Anh Hồ Viết N.")."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if not before or not before.group(2).istitle() or fold(before.group(2)) in _CUES:
        return start
    if before.group(1).strip(" ") in ("", ".", "\n"):
        return start
    return before.start(2)


# Words after which a capitalised run is a place, not a person: "trú tại xã Phú Hòa, 30 tuổi".
_PLACE_WORDS = frozenset(
    fold(w)
    for w in ("xã", "phường", "huyện", "quận", "tỉnh", "thị trấn", "thị xã", "thành phố", "TP",
              "đường", "phố", "thôn", "ấp", "bản", "làng", "xóm", "khu", "tổ", "quê", "tại", "ở",
              "ngụ", "trú", "xứ", "nước", "tịch", "chùa", "thị", "trấn", "làng",
              "gọi", "danh", "tức", "hiệu")  # an alias: "còn gọi Quang Rambo, 35 tuổi"
)  # fmt: skip


_LIST_BEFORE = re.compile(r"[:;,]\s*$")


def _run_before(text: str, end: int) -> int:
    """Start of the 2-4 capitalised syllables written right before a birth year or an age
    ("do Didonna Quốc Anh Phillip (26 tuổi"), or ``end``; not after a sentence start or a
    place word, not a province, no title or agency word inside."""
    start, count = end, 0
    while count < 4:
        m = re.search(r"(?<!\w)(\w+)$", text[max(0, start - 20) : start - (1 if count else 0)])
        if not m or (count and text[start - 1] != " "):
            break
        word = m.group(1)
        if not (word[0].isupper() and word[1:].islower()):
            break
        count += 1
        start -= len(word) + (1 if count > 1 else 0)
    if count < 2 or lookup_province(text[start:end]) is not None:
        return end
    if any(text.startswith(s, start) or f" {s}" in text[start:end] for s in NAME_STOPS):
        return end
    if _LIST_BEFORE.search(text, max(0, start - 4), start):
        return start  # an item of a list: "gồm: Lin Sheng Hsiun (SN 1976); Lin Kun Jund (SN 1978)"
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if not before or before.group(1).strip(" ") in ("", ".", "\n") or not before.group(2).islower():
        return end  # a sentence start: the first capitalised word may be anything
    if fold(before.group(2)) in _PLACE_WORDS:
        return end
    return start


def _listed(text: str, folded: str) -> list[tuple[int, int]]:
    """Names listed after a person noun and "gồm"/"là": "các đối tượng gồm: Nguyễn Văn A,
    Trần Văn B (SN 1990) và Lê Thị C" (each must start with a surname, or be initials)."""
    out = []
    for m in _LIST_RE.finditer(folded):
        pos = m.end()
        for _ in range(12):
            end = name_at(text, pos, surname=True)
            if end == pos and (initials := INITIALS.match(text, pos)):
                end = initials.end()
            if end == pos:
                break
            out.append((pos, end))
            sep = _LIST_SEP.match(folded, end)
            if not sep:
                break
            pos = sep.end()
    return out


def unmarked_names(
    text: str, folded: str, agencies: list[AgencyMention]
) -> list[tuple[int, int, str]]:
    """(start, end, rule) of every name taken without a rank, title or cue word before it."""
    out: list[tuple[int, int, str]] = []
    for m in INITIALS.finditer(text):
        if _BIRTH.match(text, m.end()):
            out.append((m.start(), m.end(), "initials.marked"))
    for start, end in _listed(text, folded):
        out.append((start, end, "name.listed"))
    for m in _BIRTH.finditer(text):
        if (start := _run_before(text, m.start())) < m.start():
            out.append((start, m.start(), "name.marked"))
    # Suspects marked by an initial or a birth year only ("Quàng Văn Quý (sinh năm 2009)": a
    # capitalised syllable before the surname belongs to the name too).
    for m in _SURNAME_RE.finditer(text):
        start = _extend_back(text, m.start())
        end = name_at(text, start)
        marked = (
            _BIRTH.match(text, end)
            or _BIRTH_IN_BRACKET.match(text, end)
            or _RESIDENCE.match(text, end)
        )
        if end > start and (text[end - 1] == "." or marked):
            out.append((start, end, "name.marked"))
        elif end > start == m.start() and _bare_name(text, start, end, agencies):
            out.append((start, end, "name.bare"))
    return out


# Words before a surname-initial run that make it a place or a thing named after a person:
# "đường Nguyễn Văn Linh", "phường Hà Huy Tập", "số 2/152 Lương Khánh Thiện", "cầu Trần Thị Lý".
_NAMED_AFTER = frozenset(
    fold(w)
    for w in ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "phường", "xã", "quận", "huyện",
              "thị trấn", "trấn", "thị xã", "tỉnh", "thành phố", "TP", "cầu", "chợ", "viên", "khu",
              "ấp", "thôn", "bản", "tổ", "số", "trường", "chùa", "đền", "lăng", "đại lộ", "lộ",
              "tuyến", "ngã", "bến", "cảng", "sân", "tượng", "giải", "tên", "kênh", "sông", "núi",
              "đảo", "hầm", "nhà", "dự", "án", "khóa", "khoá", "lớp", "tàu", "xứ", "tại", "ở",
              "trú", "ngụ", "quê", "Cty", "ty", "hiệu", "thương", "tỉnh", "mang", "THPT", "THCS",
              "PTTH", "học", "non", "niệm", "bảo", "tàng", "Tp")
)  # fmt: skip


def _bare_name(text: str, start: int, end: int, agencies: list[AgencyMention]) -> bool:
    """A full name (3-4 syllables from a common surname) written alone: a person unless it
    names a street, place or organisation ("đường Nguyễn Văn Linh", "Trường THPT Lê Quý Đôn")."""
    if len(text[start:end].split()) < 3 or text[end - 1] == ".":
        return False
    if any(a.start <= start < a.end for a in agencies):
        return False
    if _HOUSE_NUMBER.search(text, max(0, start - 12), start):
        return False  # "(số 507, Nguyễn Chí Thanh, phường Rạch Sỏi)": an address
    if _STREET_LIST.search(text, max(0, start - 200), start):
        return False  # "các tuyến đường như: Tôn Đức Thắng, Nguyễn Hữu Cảnh, ..."
    if _CROSSING.search(text, max(0, start - 60), start):
        return False  # "ngã tư Phạm Hùng - Dương Đình Nghệ", "giao lộ đường A với Lý Chính Thắng"
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return True
    word = before.group(2)
    address = word.isdigit() or "/" in text[before.start(2) - 1 : start]
    return not (address or fold(word) in _NAMED_AFTER)


# The second street of a crossing: "ngã tư Phạm Hùng - Dương Đình Nghệ", "nút giao A - B".
_CROSSING = re.compile(
    r"(?<!\w)(?:giao lộ|ngã tư|ngã ba|ngã năm|nút giao|giao cắt)(?:\s+đường)?\s+[^.;:!?]{2,40}?"
    r"\s*(?:[-–]|với(?:\s+đường)?)\s*$"
)
_HOUSE_NUMBER = re.compile(r"(?<!\w)số \d+[A-Za-z]?(?:/\d+)*,\s*$")
# A list of streets: "nhiều tuyến đường trung tâm như: A, B, C", "các tuyến đường quanh sân bay
# như Hoàng Văn Thụ, Trần Quốc Hoàn, nút giao Lăng Cha Cả, ..." (the list runs to the clause end).
_STREET_LIST = re.compile(
    r"(?<!\w)(?:đường|phố|tuyến)(?:\s+[^\s.;:!?]+){0,6}?\s+như\s*:?\s*(?:[^.;:!?]*,\s*)?$"
)
