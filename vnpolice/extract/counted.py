"""Open-class counted nouns: the noun after a number when the unit lexicon has none.

News counts anything ("4 thi thể", "65 tài xế", "9 sổ tiết kiệm", "1.000 nhân dân tệ"), so a
closed lexicon cannot list every unit. underthesea's part-of-speech tagger (N noun, Nc classifier,
Nu unit, Np proper noun, M number, V verb, A adjective, E preposition, CH punctuation ...) tells
whether the word after a number is a common noun. Each sentence is tagged once (cached) and the
tagger's words are aligned back to the body by their folded form, as ``text.tokenize`` does, so
every offset points into the stored text.

The head noun is the unit ("tài xế"); after a classifier ("con", "chai", "tờ") the noun it
classifies is kept with it ("con dao", "chai rượu"): GUIDE asks for units "as short as still
meaningful". Which heads are never counts (durations, ages, deixis) is in ``rules/units.py``.
Spelled numbers inside a dictionary word ("ba lô") are checked against the word list shipped with
underthesea (read once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpolice.extract.rules import units as U
from vnpolice.extract.text import Document, fold, match_key

NOUN_TAGS = frozenset({"N", "Nc", "Nu"})
_WORD = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")


@dataclass(frozen=True)
class Tagged:
    start: int  # offsets into the document body
    end: int
    tag: str


@lru_cache(maxsize=8192)
def _tag_chunk(chunk: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, tag) of the tagger's words in ``chunk``; words it rewrote beyond folding
    (and so cannot be found) are skipped."""
    from underthesea import pos_tag

    folded = fold(chunk)
    out: list[tuple[int, int, str]] = []
    cursor = 0
    for word, tag in pos_tag(chunk):
        key = fold(word).strip()
        if not key:
            continue
        at = folded.find(key, cursor)
        if at < 0:
            m = re.compile(r"\s+".join(map(re.escape, key.split()))).search(folded, cursor)
            if not m:
                continue
            at, end = m.start(), m.end()
        else:
            end = at + len(key)
        out.append((at, end, tag))
        cursor = end
    return tuple(out)


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    if doc.sentences:
        s = doc.sentences[doc.sentence_index(offset)]
        if s.start <= offset <= s.end:
            return s.start, s.end
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return start, len(doc.text) if end < 0 else end


def tagged_words(doc: Document, offset: int) -> list[Tagged]:
    """The tagged words of the sentence containing ``offset``, with body offsets."""
    start, end = _sentence_bounds(doc, offset)
    return [Tagged(start + a, start + b, t) for a, b, t in _tag_chunk(doc.text[start:end])]


def word_before(doc: Document, offset: int) -> Tagged | None:
    """The word ending right before ``offset`` (spaces skipped), None at a sentence start."""
    words = [w for w in tagged_words(doc, offset) if w.end <= offset]
    return words[-1] if words else None


def tag_after(doc: Document, offset: int) -> str | None:
    """Tag of the first word starting at or after ``offset``, None at a sentence end."""
    return next((w.tag for w in tagged_words(doc, offset) if w.start >= offset), None)


def tag_at(doc: Document, offset: int) -> str | None:
    """Tag of the word starting at ``offset``."""
    return next((w.tag for w in tagged_words(doc, offset) if w.start == offset), None)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Ho Ngoc Duc's word list shipped with underthesea (74K words), as matching keys."""
    from underthesea.corpus import viet_dict_74K

    return frozenset(match_key(w.strip()) for w in viet_dict_74K.words if " " in w.strip())


def starts_compound(doc: Document, start: int, end: int, syllables: int = 3) -> bool:
    """True when the word at [start, end) and the next syllables form a dictionary word: a spelled
    number inside a compound is no number ("ba lô" backpack, "ba gác", "chín chắn")."""
    tail = re.match(rf"(?:\s+[^\W\d_]+){{1,{syllables}}}", doc.text[end:])
    if not tail:
        return False
    words = [doc.text[start:end], *tail.group().split()]
    return any(match_key(" ".join(words[:n])) in _dictionary() for n in range(2, len(words) + 1))


def _is_time_word(word: str) -> bool:
    """Durations, ages, times of day, house-number streets: never the counted noun."""
    low = " ".join(word.lower().split())
    return low.split()[0] in U.TIME_HEADS or low in U.NOT_COUNTED_HEADS


def counted_noun(doc: Document, offset: int) -> tuple[int, str] | None:
    """(end, unit) of the common noun that starts after ``offset`` (the end of a number), or None.

    The tagger sometimes glues a number to its noun ("13.479 lượt" is one word): the part after
    ``offset`` is then the noun. Proper nouns ("quận 1 Bình Thạnh", "20.000 Yên" is in the
    lexicon), durations and ages (``NOT_COUNTED_HEADS``) and anything that is not a noun are not
    counted nouns.
    """
    text = doc.text
    words = tagged_words(doc, offset)
    i = next((k for k, w in enumerate(words) if w.end > offset), None)
    if i is None:
        return None
    first = words[i]
    if first.start < offset:  # "30,5 lượng" tagged as one word: tag the rest on its own
        start = offset + len(text[offset : first.end]) - len(text[offset : first.end].lstrip())
        _, stop = _sentence_bounds(doc, offset)
        rest = [Tagged(start + a, start + b, t) for a, b, t in _tag_chunk(text[start:stop])]
        words, i = rest, 0
        if not words:
            return None
        first = words[0]
    head = text[first.start : first.end]
    if first.tag not in NOUN_TAGS or not _WORD.fullmatch(head) or _is_time_word(head):
        return None
    if len(head) < 2:  # "16 h" (a clock time), stray letters
        return None
    end, unit = first.end, head.lower()
    if first.tag == "Nc" or unit in U.OPEN_CLASSIFIERS or unit in U.PERSON_CLASSIFIERS:
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (
            nxt
            and nxt.tag == "N"
            and not text[end : nxt.start].strip()
            and _WORD.fullmatch(text[nxt.start : nxt.end])
            and text[nxt.start].islower()
            and not _is_time_word(text[nxt.start : nxt.end])
        ):
            noun = text[nxt.start : nxt.end].lower()
            # "8 em học sinh", "ba đứa con": the persons' classifier is no part of the unit
            end, unit = nxt.end, noun if unit in U.PERSON_CLASSIFIERS else f"{unit} {noun}"
    return end, re.sub(r"\s+", " ", unit)
