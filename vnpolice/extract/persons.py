"""Persons: a rank, post or cue word, then a capitalised name; the post written after the name.

A mention's text is the rank/post plus the name as written ("Thiếu tướng Trần Quốc Trung",
"Bộ trưởng Bộ Công an Lương Tam Quang"); after a cue word (ông, bà, đối tượng...) it is the name
alone, since the cue is neither rank nor title. Suspects without a cue are taken only when an
initial ("Nguyễn Văn A.") or a birth year ("(SN 1990)") marks them; the dot of a one-letter
initial belongs to the name ("Lê Văn T."). Bylines and bare names are never persons.

``title`` is the state post with its agency expanded by the agency extractor ("Phó Cục trưởng
Cục CSGT" -> "Phó Cục trưởng Cục Cảnh sát giao thông"); party posts ("Ủy viên Bộ Chính trị")
are kept out of it and used only when no state post is written.

Rule ids: ``rank+name``, ``title+name``, ``cue+name``, ``name.marked`` (initial or birth year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolice.extract.agencies import extract_agencies
from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.persons import (
    CUES,
    INITIAL_CLUSTERS,
    NAME_STOPS,
    PARTY_POSTS,
    POSITIONS,
    RANKS,
    SURNAMES,
)
from vnpolice.extract.spans import longest_first
from vnpolice.extract.text import Document, fold
from vnpolice.extract.types import AgencyMention, Context, PersonMention


def _alt(phrases: tuple[str, ...]) -> str:
    keys = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)


def _table(phrases: tuple[str, ...]) -> dict[str, str]:
    return {" ".join(fold(p).split()): p for p in phrases}


_RANKS, _POSTS, _PARTY = _table(RANKS), _table(POSITIONS), _table(PARTY_POSTS)
_CUES = frozenset(fold(c) for c in CUES)
_RANK_RE = re.compile(rf"(?<!\w)({_alt(RANKS)})\s+")
_POST_RE = re.compile(rf"(?<!\w)({_alt(PARTY_POSTS)}|{_alt(POSITIONS)})(?!\w)")
_CUE_RE = re.compile(rf"(?<!\w)({_alt(CUES)})\s+")
_SYLLABLE = re.compile(r"(\w+)(\.?)")
_SEP = re.compile(r"\s*[,–-]\s*|\s+")
_CLAUSE_END = re.compile(r"[,.;:()\n]")
# Between a post and the person: "Trưởng Công an huyện Thường Tín (Hà Nội), ông ..."
_POST_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*,?\s*")
_BIRTH = re.compile(r"\s*\(\s*(?:SN|sinh năm|sinh)\s*\d{4}", re.IGNORECASE)


def _key(surface: str) -> str:
    return " ".join(fold(surface).split())


def name_at(text: str, pos: int, surname: bool = False, min_words: int = 2) -> int:
    """End of a 2-4 syllable capitalised name starting exactly at ``pos``, or ``pos``.

    An initial ("T.", "Kh.") ends the name and keeps its dot ("Lê Văn T."); the name stops
    before a word that starts a title or agency (``NAME_STOPS``). With ``surname`` the name
    must start with a common surname (after a post, where "Hội Doanh nghiệp" also fits).
    """
    end, count = pos, 0
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
        if len(word) == 1 or (word in INITIAL_CLUSTERS and m.group(2)):
            end = m.end()  # an initial ends the name; its dot is part of it
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


@dataclass
class _Post:
    start: int
    end: int
    title: str
    party: bool


def _post_at(text: str, folded: str, pos: int, agencies: dict[int, AgencyMention]) -> _Post | None:
    """A post written at ``pos``, joined with the agency right after it (or inside it:
    "Trưởng Công an xã X")."""
    m = _POST_RE.match(folded, pos)
    if not m:
        return None
    key = _key(m.group(1))
    party = key in _PARTY
    title, end = (_PARTY if party else _POSTS)[key], m.end()
    gap = re.compile(r"\s*").match(text, end)
    assert gap is not None
    agency = agencies.get(gap.end()) or next(
        (a for a in agencies.values() if m.start() < a.start < m.end() < a.end), None
    )
    if agency is not None and not party:
        canonical = agency.canonical
        if agency.start < m.end():
            # The post ends inside the agency ("Trưởng phòng" + "phòng CSGT ..."): keep the
            # post's spelling and drop the agency's words it already wrote.
            n = len(text[agency.start : m.end()].split())
            canonical = canonical.split(" ", n)[n] if canonical.count(" ") >= n else ""
        elif title.lower().endswith(" " + canonical.split()[0].lower()):
            canonical = canonical.split(" ", 1)[1]  # "Trưởng phòng" + "Phòng CSGT" (via "PC08")
        title, end = f"{title} {canonical}".strip(), agency.end
    return _Post(m.start(), end, title, party)


def _appositive(text: str, folded: str, pos: int, agencies: dict[int, AgencyMention]) -> str:
    """The post written after a name: ", Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an" -> the
    first state post; the first party post when no state post follows."""
    party_title = ""
    for _ in range(4):
        sep = _SEP.match(text, pos)
        if not sep:
            break
        post = _post_at(text, folded, sep.end(), agencies)
        if post is None:
            break
        if not post.party:
            return post.title
        party_title = party_title or post.title
        # A party post runs to the next comma ("Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương").
        stop = _CLAUSE_END.search(text, post.end)
        pos = stop.start() if stop else len(text)
    return party_title


def extract_persons(
    doc: Document, ctx: Context, agencies: list[AgencyMention] | None = None
) -> list[PersonMention]:
    """Named persons with rank and title, sorted, non-overlapping."""
    text, folded = doc.text, fold(doc.text)
    if agencies is None:
        agencies = extract_agencies(doc, ctx)
    by_start = {a.start: a for a in agencies}
    found: list[PersonMention] = []

    def add(start: int, name_start: int, name_end: int, rule: str, rank: str, title: str) -> None:
        title = title or _appositive(text, folded, name_end, by_start)
        name = text[name_start:name_end]
        found.append(PersonMention(text[start:name_end], start, name_end, rule, name, rank, title))

    # Posts before a name, with or without a rank or cue in between: "Bộ trưởng Bộ Công an
    # Lương Tam Quang", "Giám đốc Công an tỉnh X, Đại tá Nguyễn Văn Y", "Trưởng Công an huyện
    # X (Hà Nội), ông Đỗ Đức Cường".
    pre_titles: dict[int, str] = {}
    for m in _POST_RE.finditer(folded):
        post = _post_at(text, folded, m.start(), by_start)
        if post is None:
            continue
        gap = _POST_GAP.match(text, post.end)
        assert gap is not None
        if _RANK_RE.match(folded, gap.end()) or _CUE_RE.match(folded, gap.end()):
            pre_titles[gap.end()] = post.title
        elif (
            text[post.end : gap.end()] == " "
            and (end := name_at(text, gap.end(), True)) > gap.end()
        ):
            add(post.start, gap.end(), end, "title+name", "", post.title)
    for m in _RANK_RE.finditer(folded):
        if (end := name_at(text, m.end())) > m.end():
            rank = _RANKS[_key(m.group(1))]
            add(m.start(), m.end(), end, "rank+name", rank, pre_titles.get(m.start(), ""))
    for m in _CUE_RE.finditer(folded):
        if (end := name_at(text, m.end())) > m.end():
            add(m.end(), m.end(), end, "cue+name", "", pre_titles.get(m.start(), ""))
    # Suspects marked by an initial or a birth year only ("Quàng Văn Quý (sinh năm 2009)": a
    # capitalised syllable before the surname belongs to the name too).
    for m in _SURNAME_RE.finditer(text):
        start = _extend_back(text, m.start())
        end = name_at(text, start)
        if end > start and (text[end - 1] == "." or _BIRTH.match(text, end)):
            add(start, start, end, "name.marked", "", "")
    return longest_first(found)
