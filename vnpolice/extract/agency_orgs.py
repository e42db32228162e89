"""Named organisations: companies, banks, shops, centres, institutes, brands ("Công ty CP thép
Cửu Long", "Ngân hàng Nhà nước Chi nhánh TP. Cần Thơ", "tiệm vàng X", "Vietnam Airlines"), and
how far such a name runs (:func:`org_name_end`).

Rule ids: ``org.named``, ``org.brand``. Tables: :mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.phrases import compile_phrase, words
from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.agencies import ABBREVIATIONS
from vnpolice.extract.rules.bodies import (
    AGENCY_STARTS,
    BRAND_HEADS,
    BUSINESS_WORDS,
    CAPITAL_ONLY_TYPES,
    COMPANY_FORMS,
    LOWER_NAMED_TYPES,
    LOWER_START_TYPES,
    NAME_BREAKS,
    ORG_TYPE_ALIASES,
    ORG_TYPES,
    PLACE_WORDS,
    PROVINCE_NAMED_TYPES,
    SCHOOL_LEVEL_WORDS,
    SCHOOL_LEVELS,
)
from vnpolice.extract.rules.persons import SURNAMES
from vnpolice.extract.text import tone_normal

_SEP = r"(?:\s*[,.\-–—]\s*|\s+)"


def _phrase_re(phrase: str) -> str:
    out = ""
    for i, w in enumerate(words(phrase)):
        if w == "va":
            out += r"\s*,?\s*(?:va|&|-|–)\s*"  # "Văn hoá - thể thao" for "Văn hóa và Thể thao"
        else:
            out += (_SEP if i and not out.endswith(r"\s*") else "") + re.escape(w)
    return out


def _alt(phrases: list[str]) -> str:
    return "(?:" + "|".join(_phrase_re(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- named organisations
_TYPES = {t: t for t in ORG_TYPES} | ORG_TYPE_ALIASES
_ORG_RE = compile_phrase("(" + _alt(list(_TYPES)) + r")")
# A lower-case type word before a capitalised word starts another organisation ("Viện Đào tạo
# liên tục trường Đại học Đông Đô"): a name never runs on through it.
_LOWER_START = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted({t.lower() for t in ORG_TYPES}, key=len, reverse=True)))
    + r") (?=[A-ZĐ])"
)
_SCHOOL_LEVEL = re.compile("(?:" + "|".join(map(re.escape, SCHOOL_LEVEL_WORDS)) + r") (?=[A-ZĐ])")
# Lower-case words that may end a name when a hard boundary follows them ("Trung tâm Đào tạo và
# Phát triển nguồn nhân lực - Viện ..."): punctuation, a line end, or the next organisation.
# A full stop counts only after one syllable ("... Phát triển Nông thôn."): two or more before it
# are more often the verb of the sentence ("Viện X công bố.").
_TAIL = re.compile(
    r"((?: [a-zà-ỹđ]+){1,4})(?=\s*(?:[-–,;:()]|$)|\s(?:thuộc|trực thuộc) |\s"
    + _LOWER_START.pattern
    + r")|( [a-zà-ỹđ]+)(?=\.)",
    re.M,
)
# A name in capitals ("SARA", "VNN"); three letters at least, so not a legal form ("CP") or a
# place abbreviation ("TP").
_ALL_CAPS = re.compile(r"[A-ZĐ][A-ZĐ0-9]{2,}(?!\w)")
_FORMS = sorted(COMPANY_FORMS, key=len, reverse=True)
# A word of a name; "HIV/AIDS" (also "HIV / AIDS") is one.
_WORD = re.compile(r"[\w&]+(?:(?:[-.]|\s?/\s?)[\w]+)*")
_TP = re.compile(r"(?<!\w)TP\.?\s*(?=[A-ZĐ])")


def _form_at(text: str, pos: int) -> tuple[str, int] | None:
    for form in _FORMS:
        if text.startswith(form, pos) and not text[pos + len(form) : pos + len(form) + 1].isalnum():
            return COMPANY_FORMS[form], pos + len(form) + (text[pos + len(form)] == " ")
    return None


def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


_PLACE_WORD = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(PLACE_WORDS, key=len, reverse=True)) + r")(?!\w)"
)
_BRANCH = re.compile(r"[Cc]hi nhánh ")
# A dash between capitalised words of one name; not before the next agency ("X - Viện Y").
_NAME_DASH = re.compile(
    r"[-–] (?=[A-ZĐ])(?!(?:" + "|".join(map(re.escape, AGENCY_STARTS)) + r")(?!\w))"
)
# Words a name's lower-case tail never holds: a conjunction or a place word.
_TAIL_STOPS = frozenset({"và", *(w for w in PLACE_WORDS if w.islower())})
_STATE_ABBREVIATIONS = frozenset(ABBREVIATIONS) | {"KSND", "ND", "NDTC", "KSNDTC"}
_BRANCH_PLACE = re.compile(r"([Cc]hi nhánh) (?!tỉnh |thành phố )(.+)$")
_PLACE_IN = re.compile(r"(?<!\w)(?:" + _PLACE_WORD.pattern + ")")
_BUSINESS = re.compile(
    "(?:và )?(?:"
    + "|".join(map(re.escape, sorted(BUSINESS_WORDS, key=len, reverse=True)))
    + r")(?!\w)"
)
_LEVEL_BEFORE = re.compile(r"(?<!\w)cấp $")


def _place_end(text: str, at: int) -> tuple[int, bool] | None:
    """A place word at ``at`` and the capitalised name after it ("tỉnh Gia Lai", "TP. Cần
    Thơ", "phường 3"): its end; or a bare "tỉnh" (end, True) before a lower-case word or
    punctuation."""
    m = _PLACE_WORD.match(text, at)
    if not m:
        return None
    after = m.end() + (text[m.end() : m.end() + 1] == ".")
    gap = len(text[after:]) - len(text[after:].lstrip(" "))
    if gap > 1 or (gap == 0 and not m.group(0).startswith("TP")):
        return (m.end(), True) if m.group(0) == "tỉnh" and gap == 0 else None
    run = capitalised_run(text, after + gap, numbers=True)
    if run > after + gap:
        return run, False
    return (m.end(), True) if m.group(0) == "tỉnh" else None


# A post written before an organisation: a person's name after the organisation is then the
# holder of the post ("Giám đốc Cảng hàng không Quốc tế Tân Sơn Nhất Nguyễn Nam Tiến"), not part
# of its name as in "Viện Bỏng Quốc gia Lê Hữu Trác", "Trường THPT Lê Quý Đôn".
_POST_BEFORE = re.compile(
    r"(?<!\w)(?:[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng|[Pp]hó|[Đđ]ại diện|[Nn]hân viên|[Tt]hư ký)"
    r"(?:[^\S\n]+\S+){1,3}[^\S\n]+$"
)


def _person_at(text: str, at: int, pos: int) -> bool:
    """A surname and two more capitalised syllables at ``at`` after a post before ``pos``: the
    post holder's name, which ends the organisation's name before it."""
    names = text[at:].split(" ", 3)[:3]
    person = len(names) == 3 and names[0] in SURNAMES and all(n[:1].isupper() for n in names[1:])
    return person and bool(_POST_BEFORE.search(text, max(0, pos - 40), pos))


def org_name_end(text: str, pos: int, max_words: int = 8) -> int:
    """End of an organisation's name at ``pos``: words separated by single spaces, ending on a
    capitalised word; lower-case words only before or between capitalised ones (at most four
    in a row, none from ``NAME_BREAKS``; words of a line of business, ``BUSINESS_WORDS``, do
    not count and "và" may join them), never into the next agency (``AGENCY_STARTS``) except a
    branch ("Chi nhánh X"); a place ("tỉnh X", "TP. X", a bare "tỉnh") ends the name; ``pos``
    when there is no capitalised word."""
    end, at, lower_run, capitals = pos, pos, 0, 0
    for _ in range(max_words):
        m = _WORD.match(text, at)
        if not m and end == at - 1 and (dash := _NAME_DASH.match(text, at)):
            if _person_at(text, dash.end(), pos):
                break  # "Tập đoàn Địa ốc Alibaba - Nguyễn Thái Luyện": its head, named after it
            at = dash.end()  # "Uni - President", "ST Club - Làn Sóng Trẻ": one name
            continue
        if not m:
            break
        word = m.group(0)
        if capitals >= 2 and _person_at(text, at, pos):
            break  # "Giám đốc Cảng hàng không Quốc tế Tân Sơn Nhất Nguyễn Nam Tiến"
        if at > pos and end > pos and (place := _place_end(text, at)):
            if place[1] and _LEVEL_BEFORE.search(text, 0, at):
                return pos  # "Trung tâm ... cấp tỉnh": a level of office, no named body
            return place[0]
        branch = at > pos and end > pos and _BRANCH.match(text, at)
        if (
            at > pos
            and not branch
            and (
                any(
                    text.startswith(s, at) and not text[at + len(s) : at + len(s) + 1].isalnum()
                    for s in AGENCY_STARTS
                )
                or _LOWER_START.match(text, at)
            )
        ):
            break  # the next agency starts here
        nxt = _WORD.match(text, m.end() + 1)
        business = _BUSINESS.match(text, at)
        if business and text[business.end() : business.end() + 1] == " ":
            at = business.end() + 1  # a line of business: not a stray lower-case run
            continue
        if word[0].isupper() or (word[0].isdigit() and not lower_run):
            # a number is part of a name right after its capitalised words ("Bệnh viện 199"),
            # not after lower-case ones ("Khu bảo tồn X cưa hạ 3 cây")
            end, lower_run, capitals = m.end(), 0, capitals + 1
        elif (word in NAME_BREAKS or word == "và") and not (
            word == "và" and nxt and _capital(nxt.group(0))
        ):
            break
        elif word == "số" and not (nxt and nxt.group(0).isdigit()):
            break  # "Trường X số 1" is named by its number; "Trường X số tiền 500" is not
        else:
            lower_run += 1
            if lower_run > 4:
                break
        if text[m.end() : m.end() + 1] != " ":
            break
        at = m.end() + 1
    return end


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
        lower_start = kind in LOWER_START_TYPES and not _capital(text[start]) and end > start
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
            first = next((w for w in name.split() if _capital(w)), first)
        if first in _STATE_ABBREVIATIONS:
            continue  # "Viện KSND huyện": a procuracy (agency_state), not a named institute
        if first.isdigit() and len(name.split()) > 1:
            first = name.split()[1]  # "quán karaoke 67 HiHi": a number, then the name
        if not upper and not form and not first[0].isupper():
            continue  # "ngân hàng 13 tỷ đồng"
        if (kind in CAPITAL_ONLY_TYPES or not form) and not _capital(first) and not upper:
            continue  # "công ty tài chính": a common noun
        one_word = len(name.split()) < 2 and not (
            _ALL_CAPS.fullmatch(name) and name not in _STATE_ABBREVIATIONS
        )
        if kind in CAPITAL_ONLY_TYPES and (not _capital(first) or one_word):
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
        if (branch := _BRANCH_PLACE.search(name)) and (p := lookup_province(branch.group(2))):
            # "Ngân hàng Nhà nước chi nhánh Khánh Hòa": the branch of the province, so named
            name = f"{name[: branch.start()]}Chi nhánh {p.level_word} {branch.group(2)}"
        canonical = " ".join(p for p in (kind, form[0] if form else "", tone_normal(name)) if p)
        out.append(Cand(m.start(), end, "org.named", canonical, kind="other"))
    return out
