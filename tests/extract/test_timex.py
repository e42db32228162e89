"""TIMEX3 values: resolution against a publication date, and the days a value covers."""

from __future__ import annotations

from datetime import date

import pytest

from vnpolice.extract.timex import resolve_day, resolve_month, shift_from, timex_range

PUB = date(2020, 4, 28)


@pytest.mark.parametrize(
    ("month", "day", "future", "value"),
    [
        (4, 28, False, "2020-04-28"),
        (4, 21, False, "2020-04-21"),
        (6, 1, False, "2020-06-01"),  # within the ~2-month margin: announced ahead
        (12, 4, False, "2019-12-04"),  # "ngày 4-12" in an April article is last December
        (12, 4, True, "2020-12-04"),
        (2, 29, False, "2020-02-29"),
        (2, 30, False, None),
    ],
)
def test_resolve_day(month: int, day: int, future: bool, value: str | None) -> None:
    assert resolve_day(PUB, month, day, future) == value


def test_resolve_without_publication_date() -> None:
    assert resolve_day(None, 4, 28) == "XXXX-04-28"
    assert resolve_month(None, 4) == "XXXX-04"


@pytest.mark.parametrize(
    ("grain", "n", "value"),
    [("day", -1, ("2020-04-27", "day")), ("week", -1, ("2020-W17", "week")),
     ("month", -4, ("2019-12", "month")), ("quarter", -1, ("2020-Q1", "quarter")),
     ("year", -1, ("2019", "year"))],
)  # fmt: skip
def test_shift_from(grain: str, n: int, value: tuple[str, str]) -> None:
    assert shift_from(PUB, grain, n) == value


def test_timex_range() -> None:
    assert [str(d) for d in timex_range("2020-04-28")] == ["2020-04-28", "2020-04-28"]
    assert [str(d) for d in timex_range("2020-02")] == ["2020-02-01", "2020-02-29"]
    assert [str(d) for d in timex_range("2020-Q2")] == ["2020-04-01", "2020-06-30"]
    assert [str(d) for d in timex_range("2019")] == ["2019-01-01", "2019-12-31"]
    assert timex_range("XXXX-04-28") == (None, None)
    assert timex_range("2020-02-30") == (None, None)
    assert timex_range(None) == (None, None)
