"""Agency candidates outside the police: provincial departments and bodies, district offices,
and party committees (posts, stations and hospitals: agency_facilities; named organisations:
agency_orgs).

Rule ids: ``body.province`` ("Sở GTVT Đắk Lắk", "Thanh tra tỉnh X", "Cục Hải quan tỉnh X"),
``body.party`` ("Thành ủy TP. HCM"), ``office.district`` ("Phòng LĐ-TB&XH TP Buôn Ma Thuột"),
``office.of`` ("phòng quản lý vận tải ... Sở GTVT Đắk Lắk").
Tables: :mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolice.extract.agency_candidates import _LOCAL_KEYS, Cand
from vnpolice.extract.agency_state import BARE_CITY, UNPLACED
from vnpolice.extract.locations import capitalised_run, is_type_word
from vnpolice.extract.org_names import alternatives, phrase_re
from vnpolice.extract.phrases import compile_phrase, words
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.bodies import (
    DEPARTMENT_ABBREVIATIONS,
    DEPARTMENTS,
    DISTRICT_BODIES,
    DISTRICT_COMMITTEES,
    PARTY_COMMITTEES,
    PARTY_DEPARTMENTS,
    PARTY_POST_WORDS,
    PLACE_HELD_BODIES,
    PROVINCIAL_ALIASES,
    PROVINCIAL_BODIES,
)
from vnpolice.extract.text import tone_normal


@lru_cache(maxsize=1)
def _departments() -> list[tuple[re.Pattern[str], str]]:
    names = {d: d for d in DEPARTMENTS} | DEPARTMENT_ABBREVIATIONS
    return [(re.compile(phrase_re(k) + r"(?!\w)"), v) for k, v in names.items()]


def _department_at(folded: str, pos: int) -> tuple[str, int] | None:
    best = None
    for pattern, name in _departments():
        m = pattern.match(folded, pos)
        if m and (best is None or m.end() > best[1]):
            best = (name, m.end())
    return best


_PLACE = rf"(?:(tinh|thanh phô|tp)\.?\s*)?({province_pattern()})(?!\w)"
_PLACE_RE = re.compile(r"\s*" + _PLACE)
_AND_RE = re.compile(r"\s+(?:va|cung)\s+")
# "Bộ Chỉ huy Quân sự tỉnh" with no name after it: the article's province (agency_state).
_BARE_TINH = re.compile(r" tỉnh(?=[^\w\s/]|\s+[a-zđà-ỹ]|$)(?![,/]\s*(?:thành phố|huyện))")
# A place word or a capitalised word after a body: its own place, not the article's.
_BARE_TP = re.compile(r" (?:TP|thành phố)(?=[^\w\s.]|\.?\s+[a-zđà-ỹ]|\.?$)")
_PLACE_NEXT = re.compile(r"\s*(?:tinh|thanh phô|tp|huyên|quân|thi xa|xa|phương)(?!\w)")
# "Ủy viên Ban Thường vụ Tỉnh ủy": a bare committee inside a person's post names no body.
_POST_WORD_BEFORE = re.compile(
    "(?:" + "|".join(map(re.escape, PARTY_POST_WORDS)) + r"|Uỷ viên|Phó Bí thư)\s+$"
)
_SO_RE = re.compile(r"(?<!\w)sơ\s+")
_BARE_COMMITTEES = {"tinh uy": "Tỉnh ủy", "thanh uy": "Thành ủy"}
_COMMITTEE_LEVEL = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
_PARTY_DEPT_BEFORE = re.compile(
    r"(?<!\w)((ban|ủy ban|uỷ ban) (" + "|".join(PARTY_DEPARTMENTS) + r")) $", re.IGNORECASE
)
_BODIES = {b: b for b in PROVINCIAL_BODIES} | PROVINCIAL_ALIASES
_BODY_RE = compile_phrase("(" + alternatives(list(_BODIES)) + r")")
_COMMITTEE_RE = compile_phrase("(" + alternatives(list(PARTY_COMMITTEES)) + r")")
# "Phòng Tài chính - Kế hoạch huyện X", also with a comma: "Phòng ..., huyện X".
_DISTRICT_RE = re.compile(r"\s*,?\s*(huyên|quân|thi xa|thanh phô|tp)\.?(?!\w)\s*")
_DISTRICT_COMMITTEE_RE = compile_phrase("(" + alternatives(list(DISTRICT_COMMITTEES)) + ")")
# "Huyện ủy huyện X", "Thị ủy TX.Phú Mỹ" (also "T X." as the word-segmented corpora write it).
_DISTRICT_TYPE = re.compile(r"[^\S\n]+(?:(?:huyên|quân|thi xa)[^\S\n]+|t ?x\.[^\S\n]*)?")
_DISTRICT_BODY_RE = compile_phrase("(" + alternatives(list(DISTRICT_BODIES)) + ")")
_DISTRICT_LEVEL = re.compile(r"[^\S\n]+(huyên|quân|thi xa|phương|xa|thi trân)[^\S\n]+")
_OFFICE_RE = re.compile(r"(?<!\w)phong\s+")


def _province_after(text: str, folded: str, pos: int) -> tuple[Province, int, str | None] | None:
    """A province written at ``pos`` (after optional "tỉnh"/"TP"): province, end, place word."""
    m = _PLACE_RE.match(folded, pos)
    if not m or not is_capitalised(text[m.start(2) : m.end(2)]):
        return None
    province = lookup_province(text[m.start(2) : m.end(2)])
    if province is None:
        return None
    word = None if not m.group(1) else ("tỉnh" if m.group(1) == "tinh" else "thành phố")
    return province, m.end(), word


def _of_province(body: str, province: Province) -> str:
    return f"{body} {province.name if body in PLACE_HELD_BODIES else province.place}"


def provincial_bodies(text: str, folded: str) -> list[Cand]:
    """ "Sở GTVT Đắk Lắk", "Thanh tra tỉnh Tiền Giang", "Cục Hải quan TP.HCM", "Tỉnh ủy X"."""
    out = []
    for m in _SO_RE.finditer(folded):
        dept = _department_at(folded, m.end())
        if dept is None or not (text[m.start()] == "S" or text[m.end()].isupper()):
            continue  # "sở Tài chính tỉnh X" is named; "sở tài chính" is not
        place = _province_after(text, folded, dept[1])
        if place is None and (city := _BARE_TP.match(text, dept[1])):
            # "Sở GTVT TP" with no name: the centrally-run city the article names (agency_state).
            name = f"Sở {dept[0]} {BARE_CITY}"
            out.append(Cand(m.start(), city.end(), "body.province", name, kind="other"))
        elif place is None and (bare := _BARE_TINH.match(text, dept[1])):
            # "Sở GTVT tỉnh" with no name: the article's province (agency_state).
            name = f"Sở {dept[0]} tỉnh"
            out.append(Cand(m.start(), bare.end(), "body.province", name, kind="other"))
        elif place is None and not _PLACE_NEXT.match(folded, dept[1]):
            # "Sở Khoa học và Công nghệ" alone: the article's province (agency_state).
            out.append(
                Cand(m.start(), dept[1], "body.province", f"Sở {dept[0]} {UNPLACED}", kind="other")
            )
        if place is not None:
            name = _of_province(f"Sở {dept[0]}", place[0])
            out.append(Cand(m.start(), place[1], "body.province", name, kind="other"))
    for m in _BODY_RE.finditer(folded):
        if folded.endswith("chi ", 0, m.start()):
            continue  # "chi cục Quản lý thị trường": a Chi cục (agency_orgs), not the Cục
        place = _province_after(text, folded, m.end())
        upper = text[m.start()].isupper() or text.startswith(("cục ", "chi cục "), m.start())
        bare = _BARE_TINH.match(text, m.end())
        if upper and place is None and bare:
            body = next(v for k, v in _BODIES.items() if words(k) == words(m.group(1)))
            out.append(Cand(m.start(), bare.end(), "body.province", f"{body} tỉnh", kind="other"))
        if upper and place is not None:
            body = next(v for k, v in _BODIES.items() if words(k) == words(m.group(1)))
            out.append(
                Cand(
                    m.start(), place[1], "body.province", _of_province(body, place[0]), kind="other"
                )
            )
            # "Cục Hải quan Quảng Trị và Đà Nẵng": the same body of a second province.
            if (also := _AND_RE.match(folded, place[1])) and (
                second := _province_after(text, folded, also.end())
            ):
                name = _of_province(body, second[0])
                out.append(Cand(also.end(), second[1], "body.province.and", name, kind="other"))
    for m in _COMMITTEE_RE.finditer(folded):
        place = _province_after(text, folded, m.end())
        if text[m.start()].isupper() and place is None and m.group(1) in _BARE_COMMITTEES:
            # "Thường trực Tỉnh ủy", "Thành ủy" alone: the article's province or city
            # (agency_state).
            in_post = _POST_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if not _PLACE_NEXT.match(folded, m.end()) and not in_post:
                name = _BARE_COMMITTEES[m.group(1)]
                out.append(Cand(m.start(), m.end(), "body.party", name, kind="other"))
        if text[m.start()].isupper() and place is not None:
            body = next(b for b in PARTY_COMMITTEES if words(b) == words(m.group(1)))
            province, end, word = place
            name = f"{body} {word + ' ' if word else ''}{province.name}"
            out.append(Cand(m.start(), end, "body.party", name, kind="other"))
            # "Ban Tuyên giáo Thành ủy Hà Nội": a department of the committee, named with it.
            if dept := _PARTY_DEPT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                head = "Ban" if dept.group(2).lower() == "ban" else "Ủy ban"
                function = next(f for f in PARTY_DEPARTMENTS if words(f) == words(dept.group(3)))
                full = f"{head} {function} {name}"
                out.append(Cand(dept.start(1), end, "body.party.department", full, kind="other"))
    return out


def district_committees(text: str, folded: str) -> list[Cand]:
    """ "Huyện ủy huyện Mang Yang" -> "Huyện ủy Mang Yang" (rule ``body.party.district``)."""
    out = []
    for m in _DISTRICT_COMMITTEE_RE.finditer(folded):
        gap = _DISTRICT_TYPE.match(folded, m.end())
        start = gap.end() if gap else m.end()
        end = capitalised_run(text, start, numbers=True)  # "Quận ủy quận 3", "Quận đoàn 5"
        in_post = _POST_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if not text[m.start()].isupper() or in_post:
            continue
        body = next(b for b in DISTRICT_COMMITTEES if words(b) == words(m.group(1)))
        if end > start:
            written = tone_normal(text[start:end])
            level = text[m.end() : start].strip()
            if written.isdigit() and level:  # "Quận ủy quận 3": the level word as written
                written = f"{level.lower()} {written}"
            name = f"{body} {written}"
            out.append(Cand(m.start(), end, "body.party.district", name, kind="other"))
        elif not _PLACE_NEXT.match(folded, m.end()) and (level := _COMMITTEE_LEVEL.get(body)):
            # "Huyện ủy" alone: the district whose police the article named (agency_state).
            name = f"{body} ({level})"
            out.append(Cand(m.start(), m.end(), "body.party.district", name, kind="other"))
    return out


def district_bodies(text: str, folded: str) -> list[Cand]:
    """ "hạt Kiểm lâm huyện Kbang" -> "Hạt Kiểm lâm huyện Kbang" (rule ``body.district``)."""
    out = []
    for m in _DISTRICT_BODY_RE.finditer(folded):
        level = _DISTRICT_LEVEL.match(folded, m.end())
        written = any(w[0].isupper() for w in text[m.start() : m.end()].split())
        if not level or not written:
            continue
        end = capitalised_run(text, level.end(), numbers=True)
        if end > level.end() and not lookup_province(text[level.end() : end]):
            body = next(b for b in DISTRICT_BODIES if words(b) == words(m.group(1)))
            kind = _LOCAL_KEYS[level.group(1)]
            if not is_type_word(text[level.start(1) : level.end(1)], kind):
                continue  # "xa" (far), "Phương" (a name) fold like "xã", "phường"
            name = f"{body} {kind} {tone_normal(text[level.end() : end])}"
            out.append(Cand(m.start(), end, "body.district", name, kind="other"))
    return out


def district_offices(text: str, folded: str, found: list[Cand]) -> list[Cand]:
    """ "Phòng LĐ-TB&XH TP Buôn Ma Thuột" (a district's office), and "phòng quản lý vận tải,
    phương tiện và người lái Sở GTVT Đắk Lắk" (an office of a body named right after it)."""
    out = []
    hosts = {c.start: c for c in found if c.rule == "body.province"}
    for m in _OFFICE_RE.finditer(folded):
        dept = _department_at(folded, m.end())
        if dept is not None and text[m.start()] == "P":
            d = _DISTRICT_RE.match(folded, dept[1])
            end = capitalised_run(text, d.end(), numbers=True) if d else dept[1]
            if d and end > d.end() and not lookup_province(text[d.end() : end]):
                name = (
                    f"Phòng {dept[0]} {_LOCAL_KEYS[d.group(1)]} {tone_normal(text[d.end() : end])}"
                )
                out.append(Cand(m.start(), end, "office.district", name, kind="other"))
            continue
        # An office of a host body within the same clause: "Phòng Quản lý ..." or "phòng quản lý".
        if not (text[m.start()] == "P" or folded.startswith("quan ly", m.end())):
            continue
        stop = re.compile(r"[.;:()\n]").search(text, m.end())
        limit = min(stop.start() if stop else len(text), m.end() + 80)
        host = next((hosts[p] for p in sorted(hosts) if m.end() < p <= limit), None)
        if host is None or len(text[m.end() : host.start].split()) > 10:
            continue
        function = text[m.end() : host.start].strip(" ,")
        if re.search(r"(?<!\w)(?:và|cùng|với)$", function):
            continue  # "Phòng CSGT và Sở GTVT tỉnh X": two bodies, not an office of the second
        name = f"Phòng {function[0].upper()}{function[1:]} {host.canonical}"
        # The span stops before the host, which stays a mention of its own.
        end = m.end() + len(text[m.end() : host.start].rstrip(" ,"))
        out.append(Cand(m.start(), end, "office.of", tone_normal(name), kind="other"))
    return out
