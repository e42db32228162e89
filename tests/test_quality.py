"""Quality floors: F1 per field on the held-out half of the gold set may only go up.

The floors are the figures measured when the rules last changed (`vnpolice evaluate fixtures/gold
--split heldout`). When a change raises a figure, raise its floor here in the same commit; a change
that lowers one fails this test instead of silently making the archive worse. The dev half is
pinned too, so that tuning on it cannot quietly trade one field for another.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from vnpolice.evaluate import evaluate, load_gold

FLOORS = {
    # Measured 2026-12-02 (extractor 0.3.0, commit 6e478f5). heldout: 60 VietNews articles
    # (g341-g400) drawn by scripts/import_vietnews.py, annotated and reviewed before the
    # extractors ran on them; read once, for this figure (its misses have not been read). Issue
    # targets: dates 0.95, quantities 0.90, agencies 0.90, persons 0.90, event types 0.85. dev:
    # the 100 texts of fixtures/eval/texts.jsonl and the four earlier fresh held-out rounds
    # (g101-g340), whose misses were read.
    "heldout": {
        "dates": 0.946,
        "quantities": 0.912,
        "agencies": 0.766,
        "persons": 0.895,
        "event_types": 0.747,
    },
    "dev": {
        "dates": 0.976,
        "quantities": 0.948,
        "agencies": 0.901,
        "persons": 0.956,
        "event_types": 0.889,
    },
}
SIZES = {"dev": 340, "heldout": 60}
# Floors are rounded down to three decimals of the measured F1.
EPSILON = 0.0005


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scores(request: pytest.FixtureRequest) -> tuple[str, dict[str, float]]:
    records = load_gold(FIXTURES / "gold", request.param)
    assert len(records) == SIZES[request.param]
    report = evaluate(records)
    return request.param, {name: s.f1 for name, s in report.scores.items()}


@pytest.mark.parametrize("field", ["dates", "quantities", "agencies", "persons", "event_types"])
def test_f1_does_not_drop(scores: tuple[str, dict[str, float]], field: str) -> None:
    split, f1 = scores
    measured, floor = f1[field], FLOORS[split][field]
    assert measured >= floor - EPSILON, (
        f"{split} {field} F1 fell to {measured:.3f} (floor {floor:.3f})"
    )
