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
from vnpolice.extract.rules.bodies import (
    AGENCY_STARTS,
    BRAND_HEADS,
    BUSINESS_WORDS,
    CAPITAL_ONLY_TYPES,
    COMPANY_FORMS,
    LOWER_NAMED_TYPES,
    NAME_BREAKS,
    ORG_TYPES,
    PLACE_WORDS,
    SCHOOL_LEVELS,
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


# ---------------------------------------------------------------- named organisations
_ORG_RE = compile_phrase("(" + _alt(list(ORG_TYPES)) + r")")
_FORMS = sorted(COMPANY_FORMS, key=len, reverse=True)
_WORD = re.compile(r"[\w&]+(?:[-.][\w]+)*")
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


def org_name_end(text: str, pos: int, max_words: int = 8) -> int:
    """End of an organisation's name at ``pos``: words separated by single spaces, ending on a
    capitalised word; lower-case words only before or between capitalised ones (at most four
    in a row, none from ``NAME_BREAKS``; words of a line of business, ``BUSINESS_WORDS``, do
    not count and "và" may join them), never into the next agency (``AGENCY_STARTS``) except a
    branch ("Chi nhánh X"); a place ("tỉnh X", "TP. X", a bare "tỉnh") ends the name; ``pos``
    when there is no capitalised word."""
    end, at, lower_run = pos, pos, 0
    for _ in range(max_words):
        m = _WORD.match(text, at)
        if not m:
            break
        word = m.group(0)
        if at > pos and end > pos and (place := _place_end(text, at)):
            if place[1] and _LEVEL_BEFORE.search(text, 0, at):
                return pos  # "Trung tâm ... cấp tỉnh": a level of office, no named body
            return place[0]
        branch = at > pos and end > pos and _BRANCH.match(text, at)
        if (
            at > pos
            and not branch
            and any(
                text.startswith(s, at) and not text[at + len(s) : at + len(s) + 1].isalnum()
                for s in AGENCY_STARTS
            )
        ):
            break  # the next agency starts here
        nxt = _WORD.match(text, m.end() + 1)
        business = _BUSINESS.match(text, at)
        if business and text[business.end() : business.end() + 1] == " ":
            at = business.end() + 1  # a line of business: not a stray lower-case run
            continue
        if _capital(word):
            end, lower_run = m.end(), 0
        elif (word in NAME_BREAKS or word == "và") and not (
            word == "và" and nxt and _capital(nxt.group(0))
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
        if (
            _CAPS_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and text[m.start() + 1 : m.end()].isupper()
        ):
            continue  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": a heading in capitals, not a name
        if kind in CAPITAL_ONLY_TYPES | LOWER_NAMED_TYPES and not upper:
            continue
        at = m.end() + 1
        form = _form_at(text, at) if kind in ("Công ty", "Tổng công ty", "Ngân hàng") else None
        start = form[1] if form else at
        end = org_name_end(text, start, max_words=12 if form else 8)
        if (
            end > start
            and kind in CAPITAL_ONLY_TYPES
            and (spelled := _spelled_out(text, end, kind))
        ):
            end = spelled  # "Tổng cục Quản lý thị trường (QLTT)": its abbreviation spells it
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
        name = _TP.sub("thành phố ", name)
        canonical = " ".join(p for p in (kind, form[0] if form else "", tone_normal(name)) if p)
        out.append(Cand(m.start(), end, "org.named", canonical, kind="other"))
    return out
