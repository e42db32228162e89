"""Agency candidates outside the police: provincial departments and bodies, district offices,
party committees, posts and stations, and named organisations (companies, banks, shops...).

Rule ids: ``body.province`` ("Sở GTVT Đắk Lắk", "Thanh tra tỉnh X", "Cục Hải quan tỉnh X"),
``body.party`` ("Thành ủy TP. HCM"), ``office.district`` ("Phòng LĐ-TB&XH TP Buôn Ma Thuột"),
``office.of`` ("phòng quản lý vận tải ... Sở GTVT Đắk Lắk"), ``station`` ("Đồn Công an X"),
``org.named`` ("Công ty CP thép Cửu Long", "Nhà hát Múa rối Việt Nam", "quán bar Latin"),
``hospital.named`` / ``hospital.general`` ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh X").
Tables: :mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.phrases import compile_phrase, words
from vnpolice.extract.provinces import Province, is_capitalised, lookup_province, province_pattern
from vnpolice.extract.rules.bodies import (
    AGENCY_STARTS,
    CAPITAL_ONLY_TYPES,
    COMPANY_FORMS,
    DEPARTMENT_ABBREVIATIONS,
    DEPARTMENTS,
    NAME_BREAKS,
    ORG_TYPES,
    PARTY_COMMITTEES,
    PROVINCIAL_ALIASES,
    PROVINCIAL_BODIES,
    SCHOOL_LEVELS,
    STATIONS,
)
from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.text import tone_normal

_SEP = r"(?:\s*[,.\-–—]\s*|\s+)"


def _phrase_re(phrase: str) -> str:
    out = ""
    for i, w in enumerate(words(phrase)):
        if w == "va":
            out += r"\s*,?\s*(?:va|&)\s*"
        else:
            out += (_SEP if i and not out.endswith(r"\s*") else "") + re.escape(w)
    return out


def _alt(phrases: list[str]) -> str:
    return "(?:" + "|".join(_phrase_re(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _departments() -> list[tuple[re.Pattern[str], str]]:
    names = {d: d for d in DEPARTMENTS} | DEPARTMENT_ABBREVIATIONS
    return [(re.compile(_phrase_re(k) + r"(?!\w)"), v) for k, v in names.items()]


def _department_at(folded: str, pos: int) -> tuple[str, int] | None:
    best = None
    for pattern, name in _departments():
        m = pattern.match(folded, pos)
        if m and (best is None or m.end() > best[1]):
            best = (name, m.end())
    return best


_PLACE = rf"(?:(tinh|thanh phô|tp)\.?\s*)?({province_pattern()})(?!\w)"
_PLACE_RE = re.compile(r"\s*" + _PLACE)
_SO_RE = re.compile(r"(?<!\w)sơ\s+")
_BODIES = {b: b for b in PROVINCIAL_BODIES} | PROVINCIAL_ALIASES
_BODY_RE = compile_phrase("(" + _alt(list(_BODIES)) + r")")
_COMMITTEE_RE = compile_phrase("(" + _alt(list(PARTY_COMMITTEES)) + r")")
_LOCAL_TYPES = {"huyên": "huyện", "quân": "quận", "thi xa": "thị xã", "thanh phô": "thành phố",
                "tp": "thành phố"}  # fmt: skip
_DISTRICT_RE = re.compile(r"\s*(huyên|quân|thi xa|thanh phô|tp)\.?(?!\w)\s*")
_OFFICE_RE = re.compile(r"(?<!\w)phong\s+")
_STATION_RE = compile_phrase("(" + _alt(list(STATIONS)) + r")")


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
    return f"{body} {'thành phố' if province.is_city else 'tỉnh'} {province.name}"


def provincial_bodies(text: str, folded: str) -> list[Cand]:
    """ "Sở GTVT Đắk Lắk", "Thanh tra tỉnh Tiền Giang", "Cục Hải quan TP.HCM", "Tỉnh ủy X"."""
    out = []
    for m in _SO_RE.finditer(folded):
        dept = _department_at(folded, m.end())
        if text[m.start()] != "S" or dept is None:
            continue
        place = _province_after(text, folded, dept[1])
        if place is not None:
            name = _of_province(f"Sở {dept[0]}", place[0])
            out.append(Cand(m.start(), place[1], "body.province", name, kind="other"))
    for m in _BODY_RE.finditer(folded):
        place = _province_after(text, folded, m.end())
        upper = text[m.start()].isupper() or text.startswith("cục ", m.start())
        if upper and place is not None:
            body = next(v for k, v in _BODIES.items() if words(k) == words(m.group(1)))
            out.append(
                Cand(
                    m.start(), place[1], "body.province", _of_province(body, place[0]), kind="other"
                )
            )
    for m in _COMMITTEE_RE.finditer(folded):
        place = _province_after(text, folded, m.end())
        if text[m.start()].isupper() and place is not None:
            body = next(b for b in PARTY_COMMITTEES if words(b) == words(m.group(1)))
            province, end, word = place
            name = f"{body} {word + ' ' if word else ''}{province.name}"
            out.append(Cand(m.start(), end, "body.party", name, kind="other"))
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
                    f"Phòng {dept[0]} {_LOCAL_TYPES[d.group(1)]} {tone_normal(text[d.end() : end])}"
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
        name = f"Phòng {function[0].upper()}{function[1:]} {host.canonical}"
        # The span stops before the host, which stays a mention of its own.
        end = m.end() + len(text[m.end() : host.start].rstrip(" ,"))
        out.append(Cand(m.start(), end, "office.of", tone_normal(name), kind="other"))
    return out


def stations(text: str, folded: str) -> list[Cand]:
    """ "Đồn Công an Quang Châu", "Đồn Biên phòng X", "Trại giam X": a post or prison named
    by its place."""
    out = []
    for m in _STATION_RE.finditer(folded):
        end = org_name_end(text, m.end() + 1, max_words=6)
        if text[m.start()].isupper() and text[m.end() : m.end() + 1] == " " and end > m.end() + 1:
            kind = next(s for s in STATIONS if words(s) == words(m.group(1)))
            name = f"{kind} {tone_normal(text[m.end() + 1 : end])}"
            out.append(Cand(m.start(), end, "station", name, kind="other"))
    return out


# ---------------------------------------------------------------- hospitals
# Hospitals named by a place or a person ("Bệnh viện Chợ Rẫy", "Bệnh viện Việt Đức"): two or
# more capitalised syllables; general hospitals by "Đa khoa" and a place ("Bệnh viện Đa khoa
# Phố Nối", "Bệnh viện đa khoa tỉnh Hưng Yên").
_HOSPITAL_RE = re.compile(r"(?<!\w)bênh viên +")
_HOSPITAL_KIND = re.compile(r"đa khoa\s+")
_HOSPITAL_PLACE = re.compile(r"(?:tinh|huyên|thanh phô|thi xa|khu vưc|tp\.?)\s*")


def hospitals(text: str, folded: str) -> list[Cand]:
    """ "Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Hưng Yên" (rules ``hospital.named``,
    ``hospital.general``)."""
    out = []
    for m in _HOSPITAL_RE.finditer(folded):
        # "Bệnh viện Đa khoa Phố Nối", "Bệnh viện đa khoa tỉnh Hưng Yên": the kind, then a place.
        kind = _HOSPITAL_KIND.match(folded, m.end())
        if kind and text[m.start()] == "B":
            place = _HOSPITAL_PLACE.match(folded, kind.end())
            end = capitalised_run(text, place.end() if place else kind.end())
            if end > (place.end() if place else kind.end()):
                written = text[m.end() : end]
                canonical = f"Bệnh viện Đa khoa {tone_normal(written.split(' ', 2)[2])}"
                out.append(Cand(m.start(), end, "hospital.general", canonical, kind="other"))
                continue
        end = capitalised_run(text, m.end())
        name = text[m.end() : end]
        if text[m.start()] == "B" and len(name.split()) >= 2 and lookup_province(name) is None:
            canonical = f"Bệnh viện {tone_normal(name)}"
            out.append(Cand(m.start(), end, "hospital.named", canonical, kind="other"))
    return out


# ---------------------------------------------------------------- named organisations
_ORG_RE = compile_phrase("(" + _alt(list(ORG_TYPES)) + r")")
_FORMS = sorted(COMPANY_FORMS, key=len, reverse=True)
_WORD = re.compile(r"[\w&]+(?:[-.][\w]+)*")


def _form_at(text: str, pos: int) -> tuple[str, int] | None:
    for form in _FORMS:
        if text.startswith(form, pos) and not text[pos + len(form) : pos + len(form) + 1].isalnum():
            return COMPANY_FORMS[form], pos + len(form) + (text[pos + len(form)] == " ")
    return None


def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def org_name_end(text: str, pos: int, max_words: int = 8) -> int:
    """End of an organisation's name at ``pos``: words separated by single spaces, ending on a
    capitalised word; lower-case words only before or between capitalised ones (at most four
    in a row, none from ``NAME_BREAKS``), never into the next agency (``AGENCY_STARTS``);
    ``pos`` when there is no capitalised word."""
    end, at, lower_run = pos, pos, 0
    for _ in range(max_words):
        m = _WORD.match(text, at)
        if not m:
            break
        word = m.group(0)
        if at > pos and any(
            text.startswith(s, at) and not text[at + len(s) : at + len(s) + 1].isalnum()
            for s in AGENCY_STARTS
        ):
            break  # the next agency starts here
        if _capital(word):
            end, lower_run = m.end(), 0
        elif word in NAME_BREAKS and not (
            word == "và" and _WORD.match(text, m.end() + 1) and _capital(text[m.end() + 1])
        ):
            break
        else:
            lower_run += 1
            if lower_run > 4:
                break
        if text[m.end() : m.end() + 1] != " ":
            break
        at = m.end() + 1
    return end


def named_orgs(text: str, folded: str) -> list[Cand]:
    """ "Công ty CP thép Cửu Long" -> "Công ty Cổ phần thép Cửu Long", "Nhà hát Múa rối Việt
    Nam", "quán bar Latin", "Hội Văn học Nghệ thuật Đắk Lắk"."""
    out = []
    for m in _ORG_RE.finditer(folded):
        if text[m.end() : m.end() + 1] != " ":
            continue
        kind = next(t for t in ORG_TYPES if words(t) == words(m.group(1)))
        if tone_normal(text[m.start() : m.end()]).lower() != kind.lower():
            continue  # "Trưởng", "Trương" fold like "Trường"
        upper = text[m.start()].isupper()
        if kind in CAPITAL_ONLY_TYPES and not upper:
            continue
        at = m.end() + 1
        form = _form_at(text, at) if kind in ("Công ty", "Tổng công ty", "Ngân hàng") else None
        start = form[1] if form else at
        end = org_name_end(text, start)
        if end == start:
            continue
        name = text[start:end]
        first = name.split()[0]
        if not upper and not form and not first[0].isupper():
            continue  # "ngân hàng 13 tỷ đồng"
        if (kind in CAPITAL_ONLY_TYPES or not form) and not _capital(first) and not upper:
            continue  # "công ty tài chính": a common noun
        if kind in CAPITAL_ONLY_TYPES and (not _capital(first) or len(name.split()) < 2):
            continue  # "Hội nghị", "Trường hợp", "Hội An"
        if kind == "Trường" and first not in SCHOOL_LEVELS:
            continue  # "Trường Chinh", "Trường Giang": a name, not a school
        if not upper and not form and first in SURNAMES:
            continue  # "nhân viên công ty Nguyễn Văn A": a person follows
        if lookup_province(name) is not None:
            continue  # "Ngân hàng Nghệ An" is too vague; "Hội Nghệ An" no name
        canonical = " ".join(p for p in (kind, form[0] if form else "", tone_normal(name)) if p)
        out.append(Cand(m.start(), end, "org.named", canonical, kind="other"))
    return out
