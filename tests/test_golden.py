"""Golden test: the whole contract JSON of each reviewed page equals its reviewed expected file."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from make_golden import REVIEWED, dump, golden_for  # noqa: E402


@pytest.mark.parametrize("name", REVIEWED)
def test_golden(name: str) -> None:
    path = FIXTURES / "golden" / (name.split(".")[0] + ".json")
    expected = json.loads(path.read_text(encoding="utf-8"))
    actual = json.loads(dump(golden_for(name)))
    assert actual == expected, (
        f"output changed: run `python scripts/make_golden.py {name.split('.')[0]}` and review the diff"
    )


def test_seed_golden_facts() -> None:
    """What DESIGN.md asks of the seed, checked on the reviewed file itself."""
    seed = json.loads((FIXTURES / "golden" / "csgt_seed.json").read_text(encoding="utf-8"))
    assert seed["published"].startswith("2020-04-28T")
    (event,) = seed["events"]
    assert event["type"] == "blood_donation" and event["date"] == "2020-04-28"
    assert event["name"] == "Hành trình giọt máu nghĩa tình 2020"
    roles = {a["canonical"]: a["role"] for a in event["agencies"]}
    assert roles["Cục Cảnh sát giao thông"] == "organiser"
    assert {r for c, r in roles.items() if c != "Cục Cảnh sát giao thông"} == {"participant"}
    assert {"Cục Hậu cần"} <= set(roles)
    agencies = {a["canonical"]: a for a in seed["agencies"]}
    assert agencies["Cục Cảnh sát giao thông"]["code"] == "C08"
    assert agencies["Cục Cảnh sát giao thông"]["parent"] == "Bộ Công an"
    (blood,) = [seed["quantities"][i] for i in event["quantities"]]
    assert (blood["text"], blood["value"], blood["unit"], blood["qualifier"]) == (
        "hơn 32.000 đơn vị",
        32000,
        "đơn vị máu",
        "more_than",
    )
    assert not [q for q in seed["quantities"] if q["text"].startswith(("45", "75"))]
    persons = {p["name"]: p for p in seed["persons"]}
    assert persons["Trần Quốc Trung"]["rank"] == "Thiếu tướng"
    assert persons["Trần Quốc Trung"]["title"] == "Phó Cục trưởng Cục Cảnh sát giao thông"
    assert persons["Tô Lâm"]["rank"] == "Đại tướng"
    assert "Bộ trưởng Bộ Công an" in persons["Tô Lâm"]["title"]
    for field in ("dates", "quantities", "agencies", "persons", "locations"):
        for mention in seed[field]:
            assert seed["text"][mention["start"] : mention["end"]] == mention["text"]
