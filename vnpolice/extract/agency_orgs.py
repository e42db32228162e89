"""Named organisations: companies, banks, shops, centres, institutes, brands ("Công ty CP thép
Cửu Long", "Ngân hàng Nhà nước Chi nhánh TP. Cần Thơ", "tiệm vàng X", "Vietnam Airlines"); how
far such a name runs is :mod:`vnpolice.extract.org_names`.

Rule ids: ``org.named``, ``org.brand``. Tables: :mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.org_names import (
    LOWER_START_RE,
    PLACE_WORD_RE,
    alternatives,
    capital_word,
    org_name_end,
)
from vnpolice.extract.phrases import compile_phrase, words
from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.agencies import ABBREVIATIONS
from vnpolice.extract.rules.bodies import (
    BRAND_HEADS,
    CAPITAL_ONLY_TYPES,
    COMPANY_FORMS,
    LOWER_NAMED_TYPES,
    LOWER_START_TYPES,
    NAME_BREAKS,
    ORG_TYPE_ALIASES,
    ORG_TYPES,
    PLACE_WORDS,
    PROVINCE_NAMED_TYPES,
    SCHOOL_ABBREVIATIONS,
    SCHOOL_LEVEL_WORDS,
    SCHOOL_LEVELS,
)
from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.text import tone_normal

# ---------------------------------------------------------------- named organisations
_TYPES = {t: t for t in ORG_TYPES} | ORG_TYPE_ALIASES
_ORG_RE = compile_phrase("(" + alternatives(list(_TYPES)) + r")")
_SCHOOL_LEVEL = re.compile("(?:" + "|".join(map(re.escape, SCHOOL_LEVEL_WORDS)) + r") (?=[A-ZĐ])")
# Lower-case words that may end a name when a hard boundary follows them ("Trung tâm Đào tạo và
# Phát triển nguồn nhân lực - Viện ..."): punctuation, a line end, or the next organisation.
# A full stop counts only after one syllable ("... Phát triển Nông thôn."): two or more before it
# are more often the verb of the sentence ("Viện X công bố.").
_TAIL = re.compile(
    r"((?: [a-zà-ỹđ]+){1,4})(?=\s*(?:[-–,;:()]|$)|\s(?:thuộc|trực thuộc) |\s"
    + LOWER_START_RE.pattern
    + r")|( [a-zà-ỹđ]+)(?=\.)",
    re.M,
)
# A name in capitals ("SARA", "VNN"); three letters at least, so not a legal form ("CP") or a
# place abbreviation ("TP").
_ALL_CAPS = re.compile(r"[A-ZĐ][A-ZĐ0-9]{2,}(?!\w)")
_FORMS = sorted(COMPANY_FORMS, key=len, reverse=True)
_TP = re.compile(r"(?<!\w)TP\.?\s*(?=[A-ZĐ])")


def _form_at(text: str, pos: int) -> tuple[str, int] | None:
    for form in _FORMS:
        if text.startswith(form, pos) and not text[pos + len(form) : pos + len(form) + 1].isalnum():
            return COMPANY_FORMS[form], pos + len(form) + (text[pos + len(form)] == " ")
    return None


# Words a name's lower-case tail never holds: a conjunction or a place word.
_TAIL_STOPS = frozenset({"và", *(w for w in PLACE_WORDS if w.islower())})
_STATE_ABBREVIATIONS = frozenset(ABBREVIATIONS) | {"KSND", "ND", "NDTC", "KSNDTC"}
_BRANCH_PLACE = re.compile(r"([Cc]hi nhánh) (?!tỉnh |thành phố )(.+)$")
_PLACE_IN = re.compile(r"(?<!\w)(?:" + PLACE_WORD_RE.pattern + ")")


_CAPS_BEFORE = re.compile(r"(?<!\w)[^\W\da-zà-ỹđ]{2,} $")
_ABBR_AFTER = re.compile(r"((?: [^\W\d]+){1,5}) \(([A-ZĐ]{2,8})\)")


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split()).upper()


def _spelled_out(text: str, end: int, kind: str) -> int | None:
    """Lower-case words after a name that its abbreviation in brackets spells out ("Tổng cục
    Quản lý thị trường (QLTT)": Q-L-T-T): the end of the name through them."""
    m = _ABBR_AFTER.match(text, end)
    if not m:
        return None
    start = text.rfind(" ", 0, end - 1)
    head = text[start + 1 : end] if start >= 0 else text[:end]
    for n in range(1, len(head.split()) + 1):
        words_ = " ".join(head.split()[-n:]) + m.group(1)
        if m.group(2) in (_initials(words_), _initials(f"{kind} {words_}")):
            return m.end(1)
    return None


_BRAND_RE = re.compile(
    r"(?<![\w.])((?:[A-Z][A-Za-z&]*[^\S\n]){1,3}(?:"
    + "|".join(map(re.escape, BRAND_HEADS))
    + r"))(?![\w])"
)


def brands(text: str) -> list[Cand]:
    """ "Vietnam Airlines", "Sun Group": a brand-like organisation, Latin-script capitalised
    words ending in an English organisation word (``BRAND_HEADS``)."""
    return [
        Cand(m.start(1), m.end(1), "org.brand", " ".join(m.group(1).split()), kind="other")
        for m in _BRAND_RE.finditer(text)
    ]


_SERVED = re.compile(r"(?:(tỉnh|thành phố|TP)\.?\s*)?(?=[A-ZĐ])")


def _province_named(text: str, at: int) -> tuple[str, int] | None:
    """ "TP. Hà Nội", "tỉnh Nghệ An", "Hà Nội" at ``at``: (its canonical place, end)."""
    m = _SERVED.match(text, at)
    if not m:
        return None
    end = capitalised_run(text, m.end())
    province = lookup_province(text[m.end() : end]) if end > m.end() else None
    if province is None:
        return None
    return province.place, end


# "Công ty TNHH Uni - President VN", "Ngân hàng TMCP Công thương VN": the country written short.
_VN = re.compile(r"(?<!\w)VN(?!\w)")
# A legal form written after the name: the name alone is the organisation's.
_FORM_AFTER = re.compile(r"\s*[-–]\s*(?:CTCP|JSC)$")


def named_orgs(text: str, folded: str) -> list[Cand]:
    """ "Công ty CP thép Cửu Long" -> "Công ty Cổ phần thép Cửu Long", "Nhà hát Múa rối Việt
    Nam", "quán bar Latin", "Hội Văn học Nghệ thuật Đắk Lắk"."""
    out = []
    for m in _ORG_RE.finditer(folded):
        if text[m.end() : m.end() + 1] != " ":
            continue
        written = next(t for t in _TYPES if words(t) == words(m.group(1)))
        if tone_normal(text[m.start() : m.end()]).lower() != written.lower():
            continue  # "Trưởng", "Trương" fold like "Trường"
        if written in ORG_TYPE_ALIASES and text[m.start() : m.end()] != written:
            continue  # "Cty", "CTCP" as written
        kind = _TYPES[written]
        upper = text[m.start()].isupper()
        if (
            _CAPS_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and text[m.start() + 1 : m.end()].isupper()
        ):
            continue  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": a heading in capitals, not a name
        caps = _ALL_CAPS.match(text, m.end() + 1)
        # Not a legal form ("TNHH", "TMCP") nor an abbreviation of a body ("Viện KSND").
        caps_name = bool(caps) and caps.group(0) not in {*COMPANY_FORMS, *_STATE_ABBREVIATIONS}
        school = kind == "Trường" and text[m.end() + 1 :].split(" ", 1)[0] in SCHOOL_LEVELS
        if kind in CAPITAL_ONLY_TYPES | LOWER_NAMED_TYPES and not (upper or caps_name or school):
            continue  # but "tập đoàn SARA", "trường Đại học X": named all the same
        at = m.end() + 1
        if kind in PROVINCE_NAMED_TYPES and (served := _province_named(text, at)):
            out.append(Cand(m.start(), served[1], "org.named", f"{kind} {served[0]}", kind="other"))
            continue
        form = _form_at(text, at) if kind in ("Công ty", "Tổng công ty", "Ngân hàng") else None
        start = form[1] if form else at
        level = _SCHOOL_LEVEL.match(text, start) if kind == "Trường" else None
        end = org_name_end(text, level.end() if level else start, max_words=12 if form else 8)
        if caps_name and not upper:
            end = capitalised_run(text, start)  # "tập đoàn SARA": the name in capitals only
        if level and end == level.end():
            end = start
        if (
            end > start
            and kind in CAPITAL_ONLY_TYPES
            and (spelled := _spelled_out(text, end, kind))
        ):
            end = spelled  # "Tổng cục Quản lý thị trường (QLTT)": its abbreviation spells it
        lower_start = kind in LOWER_START_TYPES and not capital_word(text[start]) and end > start
        tail = (
            _TAIL.match(text, end)
            if kind in LOWER_START_TYPES
            and end > start
            and not (caps_name and not upper)
            and not _PLACE_IN.search(text, start, end)  # a place ends a name (org_name_end)
            else None
        )
        # "... Phát triển nguồn nhân lực - Viện": the name's tail (whichever _TAIL group matched)
        if tail and not set(tail.group(tail.lastindex).split()) & (NAME_BREAKS | _TAIL_STOPS):
            end = tail.end(tail.lastindex)
        if end == start:
            continue
        name = text[start:end]
        first = name.split()[0]
        if level or lower_start:
            first = next((w for w in name.split() if capital_word(w)), first)
        if first in _STATE_ABBREVIATIONS:
            continue  # "Viện KSND huyện": a procuracy (agency_state), not a named institute
        if first.isdigit() and len(name.split()) > 1:
            first = name.split()[1]  # "quán karaoke 67 HiHi": a number, then the name
        if not upper and not form and not first[0].isupper():
            continue  # "ngân hàng 13 tỷ đồng"
        if (kind in CAPITAL_ONLY_TYPES or not form) and not capital_word(first) and not upper:
            continue  # "công ty tài chính": a common noun
        one_word = len(name.split()) < 2 and not (
            _ALL_CAPS.fullmatch(name) and name not in _STATE_ABBREVIATIONS
        )
        if kind in CAPITAL_ONLY_TYPES and (not capital_word(first) or one_word):
            continue  # "Hội nghị", "Trường hợp", "Hội An"; not "Tập đoàn SARA"
        if kind == "Trường" and (
            (first not in SCHOOL_LEVELS and not level) or len(name.split()) < 2
        ):
            continue  # "Trường Chinh", "Trường Giang": a name, not a school
        if not upper and not form and first in SURNAMES:
            continue  # "nhân viên công ty Nguyễn Văn A": a person follows
        if lookup_province(name) is not None:
            continue  # "Ngân hàng Nghệ An" is too vague; "Hội Nghệ An" no name
        name = _VN.sub("Việt Nam", _TP.sub("thành phố ", name))
        name = _FORM_AFTER.sub("", name)  # "Tổng Công ty Hàng không Việt Nam - CTCP"
        if (branch := _BRANCH_PLACE.search(name)) and (p := lookup_province(branch.group(2))):
            # "Ngân hàng Nhà nước chi nhánh Khánh Hòa": the branch of the province, so named
            name = f"{name[: branch.start()]}Chi nhánh {p.level_word} {branch.group(2)}"
        if kind == "Trường" and (short := name.split()[0]) in SCHOOL_ABBREVIATIONS:
            name = f"{SCHOOL_ABBREVIATIONS[short]}{name[len(short) :]}"  # "THCS X"
        canonical = " ".join(p for p in (kind, form[0] if form else "", tone_normal(name)) if p)
        out.append(Cand(m.start(), end, "org.named", canonical, kind="other"))
    return out
