"""Agency candidates of places that serve: army formations, police posts and stations, police
associations, hospitals.

Rule ids: ``army.numbered`` ("Quân khu 9"), ``station`` ("Đồn Công an X", "Trại giam X"),
``station.post`` ("Trạm CSGT X"), ``association`` ("Hội Cựu Công an nhân dân"), ``hospital.named`` /
``hospital.general`` ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh X"). Tables:
:mod:`vnpolice.extract.rules.bodies`.
"""

from __future__ import annotations

import re

from vnpolice.extract.agency_candidates import Cand
from vnpolice.extract.locations import capitalised_run
from vnpolice.extract.org_names import alternatives, org_name_end
from vnpolice.extract.phrases import compile_phrase, words
from vnpolice.extract.provinces import lookup_province
from vnpolice.extract.rules.bodies import POLICE_ASSOCIATIONS, STATION_ALIASES, STATIONS
from vnpolice.extract.text import tone_normal

_NUMBER = re.compile(r" số \d+(?!\w)")
_STATION_KINDS = {s: s for s in STATIONS} | STATION_ALIASES
_STATION_RE = compile_phrase("(" + alternatives(list(_STATION_KINDS)) + r")")


# A lower-case post word before a capitalised kind ("trạm Cảnh sát đường thủy", "đồn Biên phòng").
_LOWER_HEAD = re.compile(r"[a-zđ]\w* [A-ZĐ]")


# Army formations named by their number ("Quân khu 9", "Bộ Tư lệnh Quân khu 4", "Sư đoàn 5").
_MILITARY = re.compile(r"(?<!\w)(Bộ Tư lệnh )?(Quân khu|Quân đoàn|Sư đoàn) (\d{1,3})(?!\w)")


def military_units(text: str) -> list[Cand]:
    """ "Quân khu 9", "Bộ Tư lệnh Quân khu 4" (rule ``army.numbered``), under the Bộ Quốc phòng."""
    return [
        Cand(m.start(), m.end(), "army.numbered", m.group(0), parent="Bộ Quốc phòng", kind="other")
        for m in _MILITARY.finditer(text)
    ]


_AGENCY_AFTER = re.compile(r"(?:Công an|CA|Bộ|Cục|Tổng cục)(?!\w)")


def stations(text: str, folded: str) -> list[Cand]:
    """ "Đồn Công an Quang Châu", "Đồn Biên phòng X", "Trại giam X": a post or prison named
    by its place."""
    out = []
    for m in _STATION_RE.finditer(folded):
        if _AGENCY_AFTER.match(text, m.end() + 1):
            continue  # "Trại giam Công an TP": the force's prison, not a place's
        end = org_name_end(text, m.end() + 1)
        if number := _NUMBER.match(text, m.end()):
            end = number.end()  # "đồn biên phòng số 11": named by its number, in any case
        elif not text[m.start()].isupper() and not _LOWER_HEAD.match(text, m.start()):
            continue  # "trạm Cảnh sát đường thủy X" is named; "trại giam" alone is not
        if text[m.end() : m.end() + 1] == " " and end > m.end() + 1:
            kind = next(v for k, v in _STATION_KINDS.items() if words(k) == words(m.group(1)))
            name = f"{kind} {tone_normal(text[m.end() + 1 : end])}"
            out.append(Cand(m.start(), end, "station", name, kind="other"))
    return out


_POST_RE = re.compile(r"(?<!\w)Trạm (?=[A-ZĐ])")


def checkpoints(text: str) -> list[Cand]:
    """ "Trạm Mađaguôi, Công an tỉnh Lâm Đồng": a named post of the force written right after
    it (kind ``post``: kept only when the attach pass joins it to that Công an)."""
    out = []
    for m in _POST_RE.finditer(text):
        end = org_name_end(text, m.end())
        if end > m.end() and not _BIG_POST.match(text, m.end()):
            name = f"Trạm {tone_normal(text[m.end() : end])}"
            out.append(Cand(m.start(), end, "station.post", name, kind="post"))
    return out


_ASSOCIATION_RE = compile_phrase(
    "(" + alternatives(list(POLICE_ASSOCIATIONS)) + r")(?=\s+(?:công an|ca)\s)"
)


def police_associations(text: str, folded: str) -> list[Cand]:
    """ "Hội Phụ nữ Công an tỉnh Đắk Lắk": an organisation of the force written right after it
    (kind ``post``: kept only when the attach pass joins it to that Công an)."""
    out = []
    for m in _ASSOCIATION_RE.finditer(folded):
        if text[m.start()].isupper():
            name = next(a for a in POLICE_ASSOCIATIONS if words(a) == words(m.group(1)))
            out.append(Cand(m.start(), m.end(), "association", name, kind="post"))
    return out


# "Trạm Biên phòng X", "Trạm Y tế X": bodies of their own kind, not a force's post.
_BIG_POST = re.compile(r"(?:Biên phòng|Y tế|BĐBP)(?!\w)")


# ---------------------------------------------------------------- hospitals
# Hospitals named by a place or a person ("Bệnh viện Chợ Rẫy", "Bệnh viện Việt Đức"): two or
# more capitalised syllables; general hospitals by "Đa khoa" and a place ("Bệnh viện Đa khoa
# Phố Nối", "Bệnh viện đa khoa tỉnh Hưng Yên").
def _without_place(text: str, start: int, end: int) -> int:
    """End of a hospital's name without the province written after it, unless the name is
    regional ("... Trung ương Huế", "... Đa khoa Nghệ An")."""
    words_ = text[start:end].split()
    for k in (1, 2, 3):
        if len(words_) > k and lookup_province(" ".join(words_[-k:])):
            if " ".join(words_[:-k]).endswith(("Trung ương", "Đa khoa", "đa khoa", *_PLACE_WORDS)):
                return end  # "... Trung ương Huế"; "Bệnh nhiệt đới TP. HCM": the city's own
            return start + len(" ".join(words_[:-k]))
    return end


_PLACE_WORDS = ("TP.", "TP", "tỉnh", "thành phố")
# "Bệnh nhiệt đới TP. HCM": the place written with its place word, named in full.
_WRITTEN_PLACE = re.compile(r"\s(?:" + "|".join(map(re.escape, _PLACE_WORDS)) + r")\s*(\S.*)$")
_HOSPITAL_RE = re.compile(r"(?<!\w)bênh viên +")
_HOSPITAL_KIND = re.compile(r"đa khoa\s+")
_HOSPITAL_LETTER = re.compile(r"([A-Z])(?=[^\w]|$)")
# "Bệnh viện Đa khoa tỉnh X", "... đa khoa trung tâm (tỉnh) Tiền Giang", "... khu vực X".
_HOSPITAL_PLACE = re.compile(
    r"(?:trung tâm\s+|khu vưc\s+)?(?:(?:tinh|huyên|thanh phô|thi xa|tp\.?)(?!\w)\.?\s*)?"
)
# "Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An": a named general hospital of a province, whose
# official name holds the province without "tỉnh".
_GENERAL_OF = re.compile(r"(?<=[Đđ]a khoa) tỉnh (?=[A-ZĐ])")


def hospitals(text: str, folded: str) -> list[Cand]:
    """ "Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Hưng Yên" (rules ``hospital.named``,
    ``hospital.general``)."""
    out = []
    for m in _HOSPITAL_RE.finditer(folded):
        # "Bệnh viện Đa khoa Phố Nối", "Bệnh viện đa khoa tỉnh Hưng Yên": the kind, then a place.
        kind = _HOSPITAL_KIND.match(folded, m.end())
        # "bệnh viện Đa khoa tỉnh Hà Tĩnh": a lower-case type word before a capitalised kind.
        if kind and (text[m.start()] == "B" or text[kind.start()].isupper()):
            place = _HOSPITAL_PLACE.match(folded, kind.end())
            end = capitalised_run(text, place.end() if place else kind.end())
            if end > (place.end() if place else kind.end()):
                written = text[m.end() : end]
                canonical = f"Bệnh viện Đa khoa {tone_normal(written.split(' ', 2)[2])}"
                out.append(Cand(m.start(), end, "hospital.general", canonical, kind="other"))
                continue
        # Names run over lower-case syllables ("Trung ương", "Hữu nghị", "Nhi đồng"); a province
        # at the end is the hospital's place ("Bệnh viện Việt Đức Hà Nội"), except after
        # "Trung ương"/"Đa khoa", where it is part of the name ("Bệnh viện Trung ương Huế").
        full = org_name_end(text, m.end(), max_words=6)
        end = _without_place(text, m.end(), full)
        if len(text[m.end() : end].split()) < 2:
            end = full  # "Bệnh viện Tim Hà Nội": one word and a place make the name
        name = text[m.end() : end]
        general = _GENERAL_OF.search(text, m.end(), full)
        if general and lookup_province(text[general.end() : full]):
            head = text[m.end() : general.start()]
            canonical = f"Bệnh viện {tone_normal(head)} {tone_normal(text[general.end() : full])}"
            out.append(Cand(m.start(), full, "hospital.named", canonical, kind="other"))
            continue
        # "Bệnh viện E", "Bệnh viện K": one capital letter is a name too ("bệnh viện A" hides one).
        letter = _HOSPITAL_LETTER.match(text, m.end()) if text[m.start()] == "B" else None
        if letter and len(name.split()) < 2:
            end, name = letter.end(1), letter.group(1)
        if (len(name.split()) >= 2 or letter) and lookup_province(name) is None:
            canonical = f"Bệnh viện {tone_normal(name)}"
            if (place := _WRITTEN_PLACE.search(name)) and (p := lookup_province(place.group(1))):
                canonical = f"Bệnh viện {tone_normal(name[: place.start()])} {p.place}"
            out.append(Cand(m.start(), end, "hospital.named", canonical, kind="other"))
    return out
