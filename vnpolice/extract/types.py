"""Typed records every extractor returns; ``to_dict`` gives the extraction-contract shape.

Offsets are character offsets into the stored, NFC-normalised body text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Context:
    """What an extractor may know besides the text: the publication datetime (for years and
    relative dates) and the source site."""

    published: datetime | None = None
    source: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of the body text with the rule that matched it."""

    text: str
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rule"] = d.pop("rule")  # the contract lists the rule last
        return d


@dataclass(frozen=True)
class DateMention(Mention):
    value: str = ""  # TIMEX3: 2020-04-28, 2020-04, 2020, 2020-Q1, 2020-04-28T08:30, XXXX-04-28
    grain: str = "day"  # day | month | year | quarter | minute | hour


@dataclass(frozen=True)
class QuantityMention(Mention):
    value: float | int = 0
    unit: str = ""
    qualifier: str = "exact"  # exact|more_than|less_than|about|at_least|at_most


@dataclass(frozen=True)
class AgencyMention(Mention):
    canonical: str = ""
    code: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class PersonMention(Mention):
    name: str = ""
    rank: str = ""
    title: str = ""


@dataclass(frozen=True)
class LocationMention(Mention):
    canonical: str = ""


@dataclass(frozen=True)
class EventAgency:
    canonical: str
    role: str  # organiser | participant | subject


@dataclass
class Event:
    type: str
    sentence: tuple[int, int]
    name: str | None = None
    date: str | None = None
    agencies: list[EventAgency] = field(default_factory=list)
    quantities: list[int] = field(default_factory=list)  # indexes into the document's quantities
    locations: list[int] = field(default_factory=list)  # indexes into the document's locations
    trigger: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "name": self.name,
            "date": self.date,
            "agencies": [asdict(a) for a in self.agencies],
            "quantities": list(self.quantities),
            "locations": list(self.locations),
            "sentence": list(self.sentence),
            "trigger": self.trigger,
        }
