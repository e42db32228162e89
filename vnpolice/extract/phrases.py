"""Official names -> regexes on folded text, with every abbreviated form ("Cục CSGT").

Names are matched on ``fold(text)``: words may be separated by spaces, commas, dots or dashes, "&"
and "và" are one word, and each long phrase of ``ABBREVIATIONS`` may stand in its short form.
"""

from __future__ import annotations

import re

from vnpolice.extract.rules.agencies import ABBREVIATIONS, NOT_GENERATED
from vnpolice.extract.text import fold

_SEP = r"(?:\s*[,.\-–—]\s*|\s+)"


def words(phrase: str) -> list[str]:
    """Folded words of a phrase; "&" and "và" are the same word."""
    return ["va" if w == "&" else w for w in re.findall(r"\w+|&", fold(phrase))]


def _words_re(words: list[str]) -> str:
    out = ""
    for i, w in enumerate(words):
        if w == "va":
            out += r"\s*,?\s*(?:va|&)\s*"
        else:
            out += (_SEP if i and words[i - 1] != "va" else "") + re.escape(w)
    return out


def short_forms(phrase: str) -> set[tuple[str, ...]]:
    """The phrase and every form with long words abbreviated ("Cục CSGT" for C08's name)."""
    forms = {tuple(words(phrase))}
    for short, long in ABBREVIATIONS.items():
        if short in NOT_GENERATED:
            continue
        s, lng = tuple(words(short)), tuple(words(long))
        for f in list(forms):
            for i in range(len(f) - len(lng) + 1):
                if f[i : i + len(lng)] == lng:
                    forms.add(f[:i] + s + f[i + len(lng) :])
    return forms


def alternation(phrases: list[str]) -> str:
    forms = {f for p in phrases for f in short_forms(p)}
    # Longest first: a regex alternation takes the first alternative that matches.
    ordered = sorted(forms, key=lambda f: (-sum(map(len, f)), f))
    return "(?:" + "|".join(_words_re(list(f)) for f in ordered) + ")"


def compile_phrase(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){body}(?!\w)")
