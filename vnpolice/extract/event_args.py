"""Arguments of events: the campaign name in quotes, the date of a sentence, and the role of
each agency (organiser or participant), from the cues of ``rules/events.py``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnpolice.extract.rules import events as R
from vnpolice.extract.text import Sentence, match_key
from vnpolice.extract.types import AgencyMention, DateMention


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Alternation of phrases on word boundaries, longest first."""
    alts = sorted({re.escape(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


_QUOTED = re.compile(r"[“\"«]([^”\"»\n]{3,120})[”\"»]")
_SLOGAN_CUE = phrase_pattern(R.SLOGAN_CUES)
_NAME_CUE = phrase_pattern(R.NAME_CUES)
_TITLE_HEAD = re.compile(r"(?:" + phrase_pattern(R.TITLE_HEADS).pattern + r")[\s,]*$")
_PARTICIPANT = phrase_pattern(R.PARTICIPANT_CUES)
_ORGANISER = phrase_pattern(R.ORGANISER_CUES)


def quoted_name(text: str) -> str | None:
    """A quoted campaign name (after a naming cue, or standing alone), never a slogan."""
    for m in _QUOTED.finditer(text):
        before = match_key(text[max(0, m.start() - 40) : m.start()])
        if _SLOGAN_CUE.search(before):
            continue
        inner = m.group(1).strip()
        if _NAME_CUE.search(before) or _NAME_CUE.search(match_key(inner)):
            return inner
    return None


def title_agency_spans(key: str, agencies: Sequence[AgencyMention]) -> set[int]:
    """Indexes of agencies written as part of a title ("Bộ trưởng Bộ Công an")."""
    return {
        i for i, a in enumerate(agencies) if _TITLE_HEAD.search(key[max(0, a.start - 40) : a.start])
    }


def agency_roles(
    key: str, sent: Sentence, agencies: Sequence[AgencyMention], skip: set[int]
) -> dict[str, str]:
    """organiser for the actor(s) before an organiser cue, participant after a participant cue."""
    roles: dict[str, str] = {}
    text = key[sent.start : sent.end]
    participant = _PARTICIPANT.search(text)
    organiser = _ORGANISER.search(text)
    for i, a in enumerate(agencies):
        if i in skip or not (sent.start <= a.start < sent.end):
            continue
        rel = a.start - sent.start
        if participant and (not organiser or participant.start() < organiser.start()):
            role = "participant"
        elif organiser and rel < organiser.start():
            role = "organiser"
        else:
            role = "participant"
        roles.setdefault(a.canonical, role)
    return roles


def first_date(dates: Sequence[DateMention], sent: Sentence) -> str | None:
    for d in dates:
        if sent.start <= d.start < sent.end and not d.value.startswith("XXXX-XX"):
            return d.value
    return None
