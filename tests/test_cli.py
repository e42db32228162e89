"""The `vnpolice` command, run in-process; results checked through the library and the store."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import PAGES, SEED
from sqlalchemy import func, select

from vnpolice import models as m
from vnpolice.cli import base, cli, main
from vnpolice.db import open_store

SEED_TEXT = SEED


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--type", "robbery"],
        ["events", "--limit", "0"],
        ["extract"],
        ["extract", "--published", "hôm qua", str(SEED_TEXT)],
        ["extract", "no/such/file.html"],
        ["ingest"],
        ["nonsense"],
        ["events", "--db", "foo://nowhere"],
        ["crawl", "nosuchsite"],
        ["crawl", "cand", "--since", "yesterday"],
        ["crawl", "cand", "--until", "2025-13-01"],
        ["crawl", "cand", "--since", "3 tuần"],
        ["crawl", "cand", "--until", "thu 2 kg"],
        ["demo", "--since", "ngày mai kia"],
        ["crawl", "cand", "--max-pages", "0"],
        ["crawl", "cand", "--base", "http://127.0.0.1:1"],
        ["crawl", "cand", "--base", "csgt=http://127.0.0.1:1"],
        ["crawl", "--start-url", "ftp://example.vn/"],
        ["crawl", "cand", "--set", "DOWNLOAD_TIMEOUT"],
        ["crawl", "cand", "--db", "foo://nowhere"],
        ["demo", "nosuchsite"],
        ["runs", "--limit", "0"],
    ],
    ids=lambda a: " ".join(a),
)
def test_bad_argument_prints_one_line_and_exits_2(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("vnpolice: error: ")


def test_unreachable_store_fails_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "events", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "cannot open the store" in err


def test_extract_text_prints_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "extract", "--text", "--published", "2020-04-28T10:15:00+07:00", str(SEED_TEXT)
    )
    assert code == 0
    (line,) = out.splitlines()
    obj = json.loads(line)
    assert obj["published"] == "2020-04-28T10:15:00+07:00"
    assert {
        "dates",
        "quantities",
        "agencies",
        "persons",
        "locations",
        "events",
        "extractor_version",
    } <= set(obj)
    assert any(e["type"] == "blood_donation" for e in obj["events"])


def test_extract_jsonl_keeps_order_and_reports_bad_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = (
        gzip.decompress((PAGES / "csgt_seed.html.gz").read_bytes()).decode()
        if (PAGES / "csgt_seed.html.gz").exists()
        else (PAGES / "csgt_seed.html").read_text()
    )
    lines = [
        {
            "id": "a",
            "text": "Sáng 3/5, Công an tỉnh Nghệ An bắt giữ 2 đối tượng.",
            "published": "2021-05-03",
        },
        {"id": "b", "nothing": 1},
        {"id": "c", "html": html},
        {"id": "d", "text": "Cháy lớn tại Hà Nội", "published": "not a date"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "extract", "--jsonl", str(path))
    objs = [json.loads(x) for x in out.splitlines()]
    assert [o["id"] for o in objs] == ["a", "b", "c", "d"]
    assert "error" in objs[1] and "error" in objs[3]
    assert objs[0]["events"] and objs[0]["events"][0]["type"] == "arrest"
    assert objs[2]["title"].startswith("Cục Cảnh sát giao thông")
    assert code == 1 and "2 input line(s)" in err


def test_ingest_events_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    code, out, _ = run(capsys, "ingest", "--db", db, "-q", str(PAGES))
    assert code == 0 and out.startswith("ingested: new=")
    with open_store(db)() as s:
        stored_events = s.scalar(select(func.count()).select_from(m.Event))
        seed = s.scalars(select(m.Article).where(m.Article.url.like("%csgt.vn%"))).one()
    assert stored_events

    code, out, _ = run(capsys, "events", "--db", db, "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(rows) == stored_events
    blood = [r for r in rows if r["type"] == "blood_donation" and r["article_id"] == seed.id]
    assert blood and blood[0]["organisers"] == ["Cục Cảnh sát giao thông"]

    code, out, _ = run(capsys, "events", "--db", db, "--csv", "--type", "blood_donation")
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and table and {r["type"] for r in table} == {"blood_donation"}

    code, out, _ = run(capsys, "events", "--db", db)
    assert code == 0 and out.rstrip().endswith(f"{stored_events} event(s)")

    code, out, _ = run(capsys, "show", "--db", db, str(seed.id))
    assert code == 0
    assert "⟦hơn 32.000 đơn vị⟧" in out and "blood_donation 2020-04-28" in out
    code, out2, _ = run(capsys, "show", "--db", db, seed.url)
    assert code == 0 and out2 == out

    code, _, err = run(capsys, "show", "--db", db, "999999")
    assert code == 2 and "no article" in err


def test_runs_lists_ingest_runs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'runs.db'}"
    code, out, _ = run(capsys, "runs", "--db", db)
    assert code == 0 and out.strip().endswith("0 run(s)")
    assert run(capsys, "ingest", "-q", str(PAGES / "csgt_seed.html"), "--db", db)[0] == 0
    code, out, _ = run(capsys, "runs", "--db", db)
    assert code == 0 and "ingest" in out and "finished" in out and "new=1" in out
    code, out, _ = run(capsys, "runs", "--db", db, "--json")
    record = json.loads(out.splitlines()[-1])
    assert record["command"] == "ingest" and record["counts"]["new"] == 1


# --since/--until read Vietnamese date expressions against today in Vietnam: 00:30 on Wednesday
# 18 June 2025 there is still 17 June in UTC.
TODAY_VN = datetime(2025, 6, 18, 0, 30, tzinfo=base.VN_TZ)


@pytest.mark.parametrize(
    ("typed", "since", "until"),
    [
        ("2025-01-01", "2025-01-01", "2025-01-01"),  # ISO as before, passed through
        ("2025-01-01T08:00:00+07:00", "2025-01-01T08:00:00+07:00", "2025-01-01T08:00:00+07:00"),
        ("hôm qua", "2025-06-17", "2025-06-17"),
        ("3 ngày qua", "2025-06-15", "2025-06-17"),
        ("tuần trước", "2025-06-09", "2025-06-15"),
        ("tháng 6/2020", "2020-06-01", "2020-06-30"),
        ("quý I/2020", "2020-01-01", "2020-03-31"),
        ("từ 1/4 đến 30/4/2020", "2020-04-01", "2020-04-30"),
        ("bây giờ", "2025-06-18T00:30:00", "2025-06-18T00:30:00"),
    ],
)
@pytest.mark.parametrize("command", ["crawl", "demo"])
def test_since_until_take_vietnamese_expressions(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: str,
    typed: str,
    since: str,
    until: str,
) -> None:
    requests: list[Any] = []

    def no_crawl(request: Any) -> None:
        requests.append(request)  # the crawl is not run: the resolved bounds are what we check

    monkeypatch.setattr(base, "now_vn", lambda: TODAY_VN)
    monkeypatch.setattr("vnpolice.crawler.process.run_crawl", no_crawl)
    db = f"sqlite:///{tmp_path / 'bounds.db'}"
    args = [command, "csgt", "--since", typed, "--until", typed, "--db", db, "-q"]
    result = CliRunner().invoke(cli, args)
    assert "could not start" in result.output, result.output
    (request,) = requests
    assert (request.since, request.until) == (since, until)
    assert request.arguments[-4:] == ["--since", since, "--until", until]  # recorded resolved


def test_today_is_vietnam_time() -> None:
    assert base.now_vn().utcoffset() == timedelta(hours=7)
