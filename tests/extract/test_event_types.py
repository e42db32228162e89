"""The article-level event types (GUIDE "event_types": the 0 to 3 types the article reports):
the events' types ranked by salience, the title's types first, at most three."""

from __future__ import annotations

from vnpolice.extract.contract import extract_facts
from vnpolice.extract.event_types import MAX_TYPES, article_types
from vnpolice.extract.types import Event


def event(etype: str, start: int, end: int) -> Event:
    return Event(type=etype, sentence=(start, end), name=None, date=None, agencies=[],
                 quantities=[], locations=[], trigger="")  # fmt: skip


TEXT = "a" * 400


def test_no_events_no_types() -> None:
    assert article_types([], TEXT) == []
    assert article_types([], TEXT, ["other"]) == []


def test_at_most_three_and_a_seizure_inside_the_arrest_sentence_goes_first() -> None:
    events = [
        event("campaign", 0, 50),
        event("arrest", 100, 150),
        event("seizure", 100, 150),  # written in the arrest's sentence
        event("prosecution", 300, 350),
    ]
    types = article_types(events, TEXT)
    assert len(types) == MAX_TYPES
    assert types == ["campaign", "prosecution", "arrest"]


def test_the_title_comes_first_and_counts_on_its_own() -> None:
    events = [event("ceremony", 0, 50), event("ceremony", 60, 90), event("arrest", 100, 150)]
    assert article_types(events, TEXT, ["arrest"]) == ["arrest", "ceremony"]
    assert article_types(events, TEXT, ["sanction"])[0] == "sanction"


def test_more_events_beat_an_earlier_one() -> None:
    events = [event("sanction", 0, 50), event("accident", 60, 90), event("accident", 100, 150)]
    assert article_types(events, TEXT) == ["accident", "sanction"]


def test_background_counts_half() -> None:
    text = "Công an bắt giữ 2 đối tượng. Trước đó, công an đã mở đợt cao điểm tấn công tội phạm."
    facts = extract_facts(text)
    assert {e.type for e in facts.events} == {"arrest", "campaign"}
    assert facts.event_types == ["arrest", "campaign"]


def test_contract_lists_the_article_types() -> None:
    facts = extract_facts(
        "Công an tỉnh Nghệ An đã bắt giữ 3 đối tượng, thu giữ 2 kg ma túy.",
        title="Bắt 3 đối tượng vận chuyển ma túy",
    )
    assert facts.event_types[0] == "arrest" and "seizure" in facts.event_types


def test_other_only_when_no_typed_happening() -> None:
    events = [event("other", 0, 50), event("other", 60, 90)]
    assert article_types(events, TEXT) == ["other"]
    assert article_types(events, TEXT, ["arrest"]) == ["arrest"]
    assert article_types([*events, event("accident", 100, 150)], TEXT) == ["accident"]
