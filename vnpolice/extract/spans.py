"""Choosing among overlapping candidate spans: every extractor keeps non-overlapping mentions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def leftmost_longest(cands: Iterable[S]) -> list[S]:
    """Scan left to right; at each start take the longest candidate, skip what it overlaps.

    For patterns read in text order (dates, quantities): "20-29/4" is taken before "29/4".
    """
    out: list[S] = []
    last = 0
    for c in sorted(cands, key=lambda c: (c.start, c.start - c.end)):
        if c.start >= last:
            out.append(c)
            last = c.end
    return out


def longest_first(cands: Iterable[S], tiebreak: Callable[[S], Any] = lambda c: 0) -> list[S]:
    """The longest candidates win wherever they overlap (earliest, then ``tiebreak``, on ties);
    returned in text order. For names ("Bệnh viện Y học cổ truyền – Bộ Công an" over "Bộ Công an").
    """
    chosen: list[S] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start, tiebreak(c))):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
