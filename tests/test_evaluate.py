"""The evaluation itself: keys, set scoring, misses, and the CLI on a small gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnpolice.cli import main
from vnpolice.evaluate import (
    Score,
    designation_hosts,
    evaluate,
    load_gold,
    name_key,
    unit_compatible,
)

SENTENCE = "Sáng 3/5, Công an tỉnh Thanh Hóa bắt giữ 2 đối tượng, thu giữ 1,5 kg ma túy."
GOLD = {
    "id": "t1",
    "text": SENTENCE,
    "published": "2021-05-03T10:00:00+07:00",
    "dates": [{"text": "3/5", "value": "2021-05-03"}],
    "quantities": [
        {"text": "2 đối tượng", "value": 2, "unit": "đối tượng", "qualifier": "exact"},
        {"text": "1,5 kg", "value": 1.5, "unit": "kg", "qualifier": "exact"},
    ],
    "agencies": [{"text": "Công an tỉnh Thanh Hóa", "canonical": "Công an tỉnh Thanh Hoá"}],
    "persons": [{"text": "Nguyễn Văn A", "name": "Nguyễn Văn A", "rank": ""}],
    "event_types": ["arrest", "seizure"],
}


def test_score_arithmetic() -> None:
    s = Score(tp=8, fp=2, fn=8)
    assert (s.precision, s.recall) == (0.8, 0.5)
    assert s.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Score().f1 == 1.0  # nothing expected, nothing found


def test_name_key_ignores_tone_placement_case_and_punctuation() -> None:
    assert name_key("Phòng CSGT, Công an tỉnh Thanh Hoá") == name_key(
        "phòng csgt công an tỉnh thanh hóa"
    )
    assert name_key("m²") == name_key("m2")  # compatibility forms (NFKC)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("xe", "xe container", True), ("viên ma túy tổng hợp", "viên", True), ("kg", "kg", True),
     ("xe", "xe máy", True), ("", "", True), ("đối tượng", "bị can", False), ("ô tô", "xe ô tô", False), ("", "kg", False)],
)  # fmt: skip
def test_unit_compatible(a: str, b: str, same: bool) -> None:
    assert unit_compatible(a, b) is same


def test_quantity_units_pair_by_head_noun_once() -> None:
    record = {
        **GOLD,
        "quantities": [
            {"text": "2 đối tượng", "value": 2, "unit": "đối tượng nghiện", "qualifier": "exact"}
        ],
    }
    report = evaluate([record])
    q = report.scores["quantities"]
    assert (q.tp, q.fn) == (1, 0)  # "đối tượng" extracted, "đối tượng nghiện" in gold


def test_evaluate_counts_hits_misses_and_spurious() -> None:
    report = evaluate([GOLD])
    assert report.articles == 1
    assert report.scores["dates"].tp == 1
    assert report.scores["agencies"].tp == 1  # "Hoá" in gold, "Hóa" extracted
    assert report.scores["quantities"].tp == 2
    persons = report.scores["persons"]
    assert (persons.tp, persons.fn) == (0, 1)  # the gold names someone the text does not
    assert any(m.field == "persons" and m.kind == "missed" for m in report.misses)


def test_load_gold_joins_texts_and_annotations(tmp_path: Path) -> None:
    (tmp_path / "annotations").mkdir()
    text = {k: GOLD[k] for k in ("id", "text", "published")} | {"split": "dev"}
    (tmp_path / "texts.jsonl").write_text(
        json.dumps(text, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    note = {k: v for k, v in GOLD.items() if k not in ("text", "published")}
    (tmp_path / "annotations" / "a.jsonl").write_text(
        json.dumps(note, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert [r["text"] for r in load_gold(tmp_path)] == [SENTENCE]
    assert load_gold(tmp_path, "heldout") == []


def test_evaluate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "field" in out and "dates" in out and "t1  persons" in out
    assert main(["evaluate", "--json", str(path)]) == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert scores["dates"]["f1"] == 1.0
    assert main(["evaluate", "--split", "heldout", str(path)]) == 2


def test_parent_inside_a_designation_may_be_listed_or_not() -> None:
    """GUIDE: a parent named inside a unit's designation may be listed or not."""
    text = "Phòng CSGT Công an tỉnh Nghệ An đã xử phạt 5 trường hợp vi phạm."
    unit = {
        "text": "Phòng CSGT Công an tỉnh Nghệ An",
        "canonical": "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An",
    }
    parent = {"text": "Công an tỉnh Nghệ An", "canonical": "Công an tỉnh Nghệ An"}
    with_parent = evaluate([{"id": "a", "text": text, "agencies": [unit, parent]}]).scores[
        "agencies"
    ]
    without = evaluate([{"id": "b", "text": text, "agencies": [unit]}]).scores["agencies"]
    assert (with_parent.tp, with_parent.fn, with_parent.fp) == (2, 0, 0)
    assert (without.tp, without.fn) == (1, 0)
    assert designation_hosts({(name_key(unit["canonical"]),)}) == {(name_key(parent["canonical"]),)}
    assert designation_hosts({(name_key("Bệnh viện 19-8 Bộ Công an"),)}) == {
        (name_key("Bộ Công an"),)
    }


def test_predictions_of_a_second_annotator_are_scored_by_the_same_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    second = {
        "id": "t1",
        "dates": [{"text": "3/5", "value": "2021-05-03"}],
        "quantities": [
            {"text": "2 đối tượng", "value": 2, "unit": "đối tượng", "qualifier": "exact"}
        ],
        "agencies": [{"text": "Công an tỉnh Thanh Hóa", "canonical": "Công an tỉnh Thanh Hóa"}],
        "persons": [],
        "event_types": ["arrest"],
    }
    report = evaluate([GOLD], {"t1": second})
    scores = {name: (s.tp, s.fp, s.fn) for name, s in report.scores.items()}
    assert scores == {
        "dates": (1, 0, 0),
        "quantities": (1, 0, 1),
        "agencies": (1, 0, 0),  # tone placement does not count
        "persons": (0, 0, 1),
        "event_types": (1, 0, 1),
    }
    assert evaluate([GOLD], {}).articles == 0  # only the articles the predictions cover
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--predictions", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scores"]["persons"]["recall"] == 0.0
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({**second, "id": "zz"}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--predictions", str(other)]) == 2
