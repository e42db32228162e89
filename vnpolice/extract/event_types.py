"""The event types an article reports: its events' types, most salient first, at most three.

GUIDE ("event_types": "the set of event types the article reports (0 to 3)") asks for what the
article is about, not for every happening a sentence mentions in passing. The events list keeps
every happening (archivists want them all); this is the article-level summary. Salience, in order:

1. the type is reported in the title (read as a sentence of its own; a type only the title
   reports is one of the article's too: "Bắt nóng đối tượng ..." over a body that says "bị
   bắt quả tang" in words the rules miss);
2. the number of the article's events and sentences of that type;
3. a type with a sentence of its own beats one that only shares another type's sentence (a
   seizure written in the arrest's sentence is part of that bust);
4. a sentence of background ("Trước đó, ...") counts half;
5. the earlier first mention, then ``R.SALIENCE_ORDER``.

``other`` is kept only when no typed happening is reported (GUIDE: "police news that fits none").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from vnpolice.extract.rules import events as R
from vnpolice.extract.text import match_key
from vnpolice.extract.types import Event

MAX_TYPES = 3

_BACKGROUND = re.compile(
    r"^\W*(?:"
    + "|".join(map(re.escape, R.BACKGROUND_CUES))
    + "|"
    + R.BACKGROUND_REPORTED
    + r")(?!\w)"
)


def article_types(events: Sequence[Event], text: str, title_types: Sequence[str] = ()) -> list[str]:
    """The article's event types, most salient first, at most ``MAX_TYPES``; ``title_types``
    are the types of the happenings its title reports (read by the same rules as the body)."""
    typed = [t for t in title_types if t != "other"]
    if not events and not typed:
        return []
    sentences: dict[str, set[tuple[int, int]]] = defaultdict(set)
    owners: dict[tuple[int, int], set[str]] = defaultdict(set)  # the types of each sentence
    for e in events:
        sentences[e.type].add(e.sentence)
        owners[e.sentence].add(e.type)
    for etype in typed:  # a type only the title reports still counts, after the body's
        sentences.setdefault(etype, set())

    def weight(span: tuple[int, int]) -> float:
        background = _BACKGROUND.search(match_key(text[span[0] : span[1]]))
        return 0.5 if background else 1.0

    def key(etype: str) -> tuple[float, ...]:
        spans = sentences[etype]
        own = any(owners[s] == {etype} for s in spans)
        first = min((s[0] for s in spans), default=len(text))
        order = (
            R.SALIENCE_ORDER.index(etype) if etype in R.SALIENCE_ORDER else len(R.SALIENCE_ORDER)
        )
        return (-(etype in typed), -sum(weight(s) for s in spans), -own, first, order)

    ranked = sorted(sentences, key=key)
    if any(t != "other" for t in ranked):  # GUIDE: "other" only for news of no typed happening
        ranked = [t for t in ranked if t != "other"]
    return ranked[:MAX_TYPES]
