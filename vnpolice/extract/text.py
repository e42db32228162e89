"""Text layer: NFC, tone-placement folding, sentences and words with offsets into the stored body.

underthesea rewrites some characters while segmenting ("Uỷ" -> "Ủy", NFD -> NFC), so its tokens
are re-aligned on the folded text, which has exactly one character per character of the NFC
input: every offset we hand out points into the original body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng). Vowel-quality marks (circumflex,
# breve, horn) and đ are kept: "Công"/"Cộng" must still differ after folding.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored body and every offset uses."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if c not in TONE_MARKS)
    folded = unicodedata.normalize("NFC", base).lower()
    # lower() may expand a few non-Vietnamese characters ("İ"); keep the 1:1 length guarantee.
    return folded if len(folded) == 1 else ch


def fold(text: str) -> str:
    """Matching key: NFC, tone marks dropped, lower case. Same length as ``nfc(text)``.

    "Uỷ ban" and "Ủy ban", "Hoà" and "Hòa", NFD and NFC input all fold to the same string.
    """
    return "".join(_fold_char(c) for c in nfc(text))


# Old-style ("hòa", "Ủy") versus new-style ("hoà", "Uỷ") tone placement on the open syllables
# oa, oe, uy. We normalise to the old style, as underthesea does, but character for character so
# that lengths (and offsets) never change. A following letter closes the syllable ("hoàn",
# "thuyết"), where both styles agree, so those are left alone.
_PAIR_FIRST = {"o": "ae", "u": "y"}


def _move_tone(first: str, second: str) -> tuple[str, str] | None:
    """("o", "à") -> ("ò", "a") for a pair whose tone sits on the second vowel."""
    decomposed = unicodedata.normalize("NFD", second)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if not tones:
        return None
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if bare.lower() not in _PAIR_FIRST.get(first.lower(), ""):
        return None
    return unicodedata.normalize("NFC", first + tones[0]), bare


def tone_normal(text: str) -> str:
    """NFC text with old-style tone placement ("Uỷ" -> "Ủy", "hoà" -> "hòa"); same length."""
    chars = list(nfc(text))
    for i in range(len(chars) - 1):
        if chars[i].lower() not in ("o", "u"):
            continue
        nxt = chars[i + 2] if i + 2 < len(chars) else ""
        if nxt.isalpha():
            continue
        if chars[i].lower() == "u" and i > 0 and chars[i - 1].lower() == "q":
            continue  # "quý": the u belongs to the consonant qu, the tone stays on y
        moved = _move_tone(chars[i], chars[i + 1])
        if moved:
            chars[i], chars[i + 1] = moved
    return "".join(chars)


def match_key(text: str) -> str:
    """Tone-sensitive matching key: NFC, old-style tone placement, lower case; same length.

    Use it where tones carry meaning ("lễ" must not match "Lê"); use :func:`fold` where they
    may be dropped (gazetteer look-ups of long names).
    """
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in tone_normal(text))


_COMBINING_DIACRITICS = re.compile(r"[\u0300-\u036f]")


def strip_diacritics(text: str) -> str:
    """ASCII-ish key for diacritic-free search ("Công an" -> "cong an"); đ -> d."""
    base = _COMBINING_DIACRITICS.sub("", unicodedata.normalize("NFD", text))
    return base.replace("đ", "d").replace("Đ", "D").lower()


@dataclass(frozen=True)
class Token:
    text: str  # exactly text[start:end] of the body (not underthesea's rewritten form)
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass
class Document:
    """The stored body with its sentences and words; all spans index into ``text``."""

    text: str
    sentences: list[Sentence]
    tokens: list[Token]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the nearest preceding one otherwise)."""
        found = 0
        for i, s in enumerate(self.sentences):
            if s.start <= offset:
                found = i
            else:
                break
        return found

    def segmented(self) -> str:
        """Word-segmented text with multi-syllable words joined by "_" (for the full-text index)."""
        return " ".join(t.text.replace(" ", "_") for t in self.tokens)


def _align(pieces: list[str], folded: str, base: int = 0, cursor: int = 0) -> list[tuple[int, int]]:
    """Find each piece, in order, in ``folded`` (the folded source); return (start, end) spans.

    A piece that cannot be found (underthesea changed it beyond folding) is skipped.
    """
    spans = []
    for piece in pieces:
        key = fold(piece).strip()
        if not key:
            continue
        at = folded.find(key, cursor)
        if at < 0:
            # Tokens may join syllables with a different whitespace than the source.
            pattern = r"\s+".join(re.escape(part) for part in key.split())
            m = re.compile(pattern).search(folded, cursor)
            if not m:
                continue
            at, end = m.start(), m.end()
        else:
            end = at + len(key)
        spans.append((base + at, base + end))
        cursor = end
    return spans


_PARAGRAPH = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of an NFC text; paragraphs (lines) are never joined into one sentence."""
    from underthesea import sent_tokenize

    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        chunk = para.group()
        if not chunk.strip():
            continue
        spans = _align(sent_tokenize(chunk), fold(chunk), base=para.start())
        if not spans:
            spans = [(para.start(), para.end())]
        # Let each sentence run up to the next one so that nothing falls between sentences.
        for i, (start, _end) in enumerate(spans):
            stop = spans[i + 1][0] if i + 1 < len(spans) else para.end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            sentences.append(Sentence(start, stop))
    return sentences


def tokenize(text: str, sentences: list[Sentence]) -> list[Token]:
    """underthesea word segmentation, re-aligned to the source characters."""
    from underthesea import word_tokenize

    tokens: list[Token] = []
    for s in sentences:
        chunk = text[s.start : s.end]
        for start, end in _align(word_tokenize(chunk), fold(chunk), base=s.start):
            tokens.append(Token(text[start:end], start, end))
    return tokens


def analyze(text: str) -> Document:
    """NFC the text and segment it into sentences and words."""
    body = nfc(text)
    sentences = split_sentences(body)
    return Document(body, sentences, tokenize(body, sentences))
