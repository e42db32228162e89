"""How far an organisation's name runs (:func:`org_name_end`): words separated by single
spaces ending on a capitalised one, through a line of business and a dash inside one name, never
into the next agency, a place or a post holder's name; and the folded phrase patterns the agency
rules are compiled from (:func:`alternatives`). Tables: :mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re

from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.phrases import words
from vnpolice.extract.rules.bodies import (
    AGENCY_STARTS,
    BUSINESS_WORDS,
    NAME_BREAKS,
    ORG_TYPES,
    PLACE_WORDS,
)
from vnpolice.extract.rules.persons import SURNAMES

_SEP = r"(?:\s*[,.\-–—]\s*|\s+)"


def phrase_re(phrase: str) -> str:
    out = ""
    for i, w in enumerate(words(phrase)):
        if w == "va":
            out += r"\s*,?\s*(?:va|&|-|–)\s*"  # "Văn hoá - thể thao" for "Văn hóa và Thể thao"
        else:
            out += (_SEP if i and not out.endswith(r"\s*") else "") + re.escape(w)
    return out


def alternatives(phrases: list[str]) -> str:
    return "(?:" + "|".join(phrase_re(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


# A lower-case type word before a capitalised word starts another organisation ("Viện Đào tạo
# liên tục trường Đại học Đông Đô"): a name never runs on through it.
LOWER_START_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted({t.lower() for t in ORG_TYPES}, key=len, reverse=True)))
    + r") (?=[A-ZĐ])"
)


# A word of a name; "HIV/AIDS" (also "HIV / AIDS") is one.
WORD_RE = re.compile(r"[\w&]+(?:(?:[-.]|\s?/\s?)[\w]+)*")


def capital_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


PLACE_WORD_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(PLACE_WORDS, key=len, reverse=True)) + r")(?!\w)"
)


_BRANCH = re.compile(r"[Cc]hi nhánh ")


# A dash between capitalised words of one name; not before the next agency ("X - Viện Y").
_NAME_DASH = re.compile(
    r"[-–] (?=[A-ZĐ])(?!(?:" + "|".join(map(re.escape, AGENCY_STARTS)) + r")(?!\w))"
)


# Written in capitals too: "Cảng vụ Hàng không Miền Nam", "Công ty TNHH Thương mại Dịch vụ X".
BUSINESS_RE = re.compile(
    "(?:và )?(?:"
    + "|".join(map(re.escape, sorted(BUSINESS_WORDS, key=len, reverse=True)))
    + r")(?!\w)",
    re.IGNORECASE,
)


_LEVEL_BEFORE = re.compile(r"(?<!\w)cấp $")


def _place_end(text: str, at: int) -> tuple[int, bool] | None:
    """A place word at ``at`` and the capitalised name after it ("tỉnh Gia Lai", "TP. Cần
    Thơ", "phường 3"): its end; or a bare "tỉnh" (end, True) before a lower-case word or
    punctuation."""
    m = PLACE_WORD_RE.match(text, at)
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
        m = WORD_RE.match(text, at)
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
                or LOWER_START_RE.match(text, at)
            )
        ):
            break  # the next agency starts here
        nxt = WORD_RE.match(text, m.end() + 1)
        business = BUSINESS_RE.match(text, at)
        if business and business.group(0).removeprefix("và ")[:1].isupper():
            # a line of business written as part of the name ("Cảng vụ Hàng không Miền Nam",
            # "Ngân hàng Phát triển"): name words, "không" in it no break
            end, lower_run, capitals = business.end(), 0, capitals + 1
            if text[business.end() : business.end() + 1] != " ":
                break
            at = business.end() + 1
            continue
        if business and text[business.end() : business.end() + 1] == " ":
            at = business.end() + 1  # a line of business: not a stray lower-case run
            continue
        if word[0].isupper() or (word[0].isdigit() and not lower_run):
            # a number is part of a name right after its capitalised words ("Bệnh viện 199"),
            # not after lower-case ones ("Khu bảo tồn X cưa hạ 3 cây")
            end, lower_run, capitals = m.end(), 0, capitals + 1
        elif (word in NAME_BREAKS or word == "và") and not (
            word == "và" and nxt and capital_word(nxt.group(0))
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
