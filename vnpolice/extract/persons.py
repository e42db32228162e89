"""Persons: a rank, post or cue word, then a capitalised name; the post written after the name.

A mention's text is the rank/post plus the name as written ("Thiếu tướng Trần Quốc Trung",
"Bộ trưởng Bộ Công an Lương Tam Quang"); after a cue word (ông, bà, đối tượng...) it is the name
alone, since the cue is neither rank nor title; initials alone after a cue are a name too
("bà H.T.B"). Names without a rank, title or cue (suspects and victims: "Nguyễn Văn A (SN
1990)", lists after "các đối tượng gồm:", full names written bare) come from
:mod:`vnpolice.extract.person_names`; the dot of a one-letter initial belongs to the name ("Lê
Văn T."). Bylines and two-syllable bare names are never persons.

``title`` is the state post with its agency expanded by the agency extractor ("Phó Cục trưởng
Cục CSGT" -> "Phó Cục trưởng Cục Cảnh sát giao thông"); party posts ("Ủy viên Bộ Chính trị")
are kept out of it and used only when no state post is written.

Rule ids: ``rank+name``, ``title+name``, ``cue+name``, ``cue+initials``, and the rules of
:mod:`vnpolice.extract.person_names` (``name.marked``, ``initials.marked``, ``name.listed``,
``name.bare``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolice.extract.agencies import extract_agencies
from vnpolice.extract.person_names import INITIALS, name_at, unmarked_names
from vnpolice.extract.rules.persons import CUES, PARTY_POSTS, POSITIONS, RANKS
from vnpolice.extract.spans import longest_first
from vnpolice.extract.text import Document, fold
from vnpolice.extract.types import AgencyMention, Context, PersonMention


def _alt(phrases: tuple[str, ...]) -> str:
    keys = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)


def _table(phrases: tuple[str, ...]) -> dict[str, str]:
    return {" ".join(fold(p).split()): p for p in phrases}


_RANKS, _POSTS, _PARTY = _table(RANKS), _table(POSITIONS), _table(PARTY_POSTS)
_RANK_RE = re.compile(rf"(?<!\w)({_alt(RANKS)})\s+")
_POST_RE = re.compile(rf"(?<!\w)({_alt(PARTY_POSTS)}|{_alt(POSITIONS)})(?!\w)")
_CUE_RE = re.compile(rf"(?<!\w)({_alt(CUES)})\s+")
_SEP = re.compile(r"\s*[,–-]\s*|\s+")
_CLAUSE_END = re.compile(r"[,.;:()\n]")
# Between a post and the person: "Trưởng Công an huyện Thường Tín (Hà Nội), ông ..."
_POST_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*,?\s*")
# A cue word that names a firm or a body, not a person: "văn phòng luật sư X", "đoàn luật sư".
_NOT_A_CUE = re.compile(r"(?<!\w)(?:phong|đoan|công ty|hang)\s+$")


def _key(surface: str) -> str:
    return " ".join(fold(surface).split())


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
        if _NOT_A_CUE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "văn phòng luật sư Chính Pháp": a firm, not a person
        if (end := name_at(text, m.end())) > m.end():
            add(m.end(), m.end(), end, "cue+name", "", pre_titles.get(m.start(), ""))
        elif initials := INITIALS.match(text, m.end()):
            add(m.end(), m.end(), initials.end(), "cue+initials", "", "")
    # Suspects and victims without rank, title or cue (rules in person_names).
    for start, end, rule in unmarked_names(text, folded, agencies):
        add(start, start, end, rule, "", "")
    return longest_first(found)
