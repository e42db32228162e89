"""Example tables for ``parse_when``: one whole string read as one time expression.

EXAMPLES_DATES are what the date rules already read (the whole string one mention), with lead-ins
and the rewrites of ``rules/when.py``; EXAMPLES_CLOCK, EXAMPLES_NOW, EXAMPLES_DAYPART and
EXAMPLES_PERIOD exercise the expression-level tables; EXAMPLES_RANGE are two mentions read as one
range; EXAMPLES_NEGATIVE are strings that are not one time expression. EXAMPLES_XFAIL are known
failures kept as strict xfails with their reason. New rules add one line here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

import pytest
from examples import cases

from vnpolice.extract.when import When, parse_when

VN = timezone(timedelta(hours=7))
PUB = datetime(2020, 4, 28, 10, 15, tzinfo=VN)  # the seed article's publication time (a Tuesday)
REF = datetime(2017, 2, 2, 3, 55, tzinfo=timezone(timedelta(hours=-2)))  # duckling's reference


class Example(NamedTuple):
    text: str
    reference: datetime | date | None
    expected: tuple[str, ...]  # TIMEX3 start [and end]; () = not one time expression
    grain: str = "day"


EXAMPLES_DATES = [
    Example("hôm qua", PUB, ("2020-04-27",)),
    Example("  Hôm qua. ", PUB, ("2020-04-27",)),
    Example("ngay hôm nay", PUB, ("2020-04-28",)),
    Example("tuần trước", PUB, ("2020-W17",), "week"),
    Example("tháng 6/2020", None, ("2020-06",), "month"),
    Example("quý I/2020", None, ("2020-Q1",), "quarter"),
    Example("năm 2020", None, ("2020",), "year"),
    Example("28/4", None, ("XXXX-04-28",)),
    Example("3 ngày trước", PUB, ("2020-04-25",)),  # a point ("ago"), not a period
    Example("sau 5 năm nữa", PUB, ("2025",), "year"),
    Example("tháng 3 tới", REF, ("2017-03",), "month"),  # the marker is read, outside the span
    Example("ngày mồng 3 tháng 3 năm 2017", None, ("2017-03-03",)),
    Example("thứ hai ngày mồng 6 tháng 2", REF, ("2017-02-06",)),
    Example("buổi sáng nay", REF, ("2017-02-02",)),
    Example("tối ngày mai", REF, ("2017-02-03",)),
    Example("thứ hai", REF, ("2017-01-30",)),  # DESIGN: the latest one, not the next
    Example("vào lúc 7:30 chiều ngày 20 tháng 4 năm 2017", REF, ("2017-04-20T19:30",), "minute"),
    Example("21h30 ngày 27/4", PUB, ("2020-04-27T21:30",), "minute"),
    Example("hôm nay lúc 2 giờ chiều", REF, ("2017-02-02T14:00",), "hour"),
    Example("tối qua lúc 9 giờ", PUB, ("2020-04-27T21:00",), "hour"),
    Example("Hôm nay 15:39", PUB, ("2020-04-28T15:39",), "minute"),
    Example("9 Tháng 1 2015 lúc 15:08", None, ("2015-01-09T15:08",), "minute"),
]

EXAMPLES_CLOCK = [
    Example("lúc 3 giờ chiều", REF, ("2017-02-02T15:00",), "hour"),
    Example("vào đúng 3 giờ chiều", REF, ("2017-02-02T15:00",), "hour"),
    Example("3:30 chiều", REF, ("2017-02-02T15:30",), "minute"),
    Example("15:23:24", REF, ("2017-02-02T15:23:24",), "second"),
    Example("10 giờ 45 phút", REF, ("2017-02-02T10:45",), "minute"),
    Example("10g45", REF, ("2017-02-02T10:45",), "minute"),
    Example("2:30", REF, ("2017-02-02T02:30",), "minute"),  # a 24-hour clock
    Example("lúc 2 giờ sáng", REF, ("2017-02-02T02:00",), "hour"),  # on the reference day
    Example("1 giờ trưa", PUB, ("2020-04-28T13:00",), "hour"),
    Example("11 giờ trưa", PUB, ("2020-04-28T11:00",), "hour"),
    Example("11 giờ đêm", PUB, ("2020-04-28T23:00",), "hour"),
    Example("2 giờ đêm", PUB, ("2020-04-28T02:00",), "hour"),
    Example("3 giờ rưỡi chiều", PUB, ("2020-04-28T15:30",), "minute"),
    Example("3 giờ kém 15", PUB, ("2020-04-28T02:45",), "minute"),
    Example("21h", PUB, ("2020-04-28T21:00",), "hour"),
    Example("khoảng 3 giờ chiều", date(2020, 4, 28), ("2020-04-28T15:00",), "hour"),
]

EXAMPLES_NOW = [
    Example("bây giờ", REF, ("2017-02-02T03:55:00",), "second"),
    Example("ngay lúc này", REF, ("2017-02-02T03:55:00",), "second"),
    Example("hiện tại", PUB, ("2020-04-28T10:15:00",), "second"),
    Example("bây giờ", date(2020, 4, 28), ("2020-04-28",)),  # a day has no instant
    Example("quý hiện tại", PUB, ("2020-Q2",), "quarter"),  # the date rules' reading
]

EXAMPLES_DAYPART = [
    Example("sau bữa trưa", REF, ("2017-02-02",)),
    Example("buổi chiều", PUB, ("2020-04-28",)),
    Example("tối", PUB, ("2020-04-28",)),
    Example("trưa nay", PUB, ("2020-04-28",)),
]

EXAMPLES_PERIOD = [
    Example("3 ngày tới", REF, ("2017-02-03", "2017-02-05")),
    Example("trong 3 ngày tới", REF, ("2017-02-03", "2017-02-05")),
    Example("2 ngày vừa rồi", REF, ("2017-01-31", "2017-02-01")),
    Example("3 ngày qua", PUB, ("2020-04-25", "2020-04-27")),
    Example("1 ngày tới", PUB, ("2020-04-29",)),
    Example("2 tháng vừa rồi", REF, ("2016-12", "2017-01"), "month"),
    Example("3 tháng tới", REF, ("2017-03", "2017-05"), "month"),
    Example("3 tuần tới", PUB, ("2020-W19", "2020-W21"), "week"),
    Example("2 quý vừa qua", PUB, ("2019-Q4", "2020-Q1"), "quarter"),
    Example("3 năm tiếp theo", REF, ("2018", "2020"), "year"),
    Example("hai năm gần đây", PUB, ("2018", "2019"), "year"),
    Example("3 giây tới", REF, ("2017-02-02",)),  # sub-day units collapse to their day
    Example("một tiếng vừa rồi", REF, ("2017-02-02",)),
    Example("3 tiếng tới", datetime(2020, 4, 28, 22, 30), ("2020-04-28", "2020-04-29")),
]

EXAMPLES_RANGE = [
    Example("từ ngày 1/4 đến 30/4/2020", PUB, ("2020-04-01", "2020-04-30")),
    Example("từ 15/12 đến 29/2/2024", None, ("2023-12-15", "2024-02-29")),
    Example("1/4 - 30/4", REF, ("2016-04-01", "2016-04-30")),
    Example("20-29/4", PUB, ("2020-04-20", "2020-04-29")),
    Example("tháng 4-5/2020", None, ("2020-04", "2020-05"), "month"),
    Example("năm 2019-2020", None, ("2019", "2020"), "year"),
    Example("từ hôm qua đến hôm nay", PUB, ("2020-04-27", "2020-04-28")),
]

EXAMPLES_NEGATIVE = [
    Example("thu 2 kg", PUB, ()),
    Example("thứ 2 kg", PUB, ()),
    Example("3 tuần", PUB, ()),  # a bare duration
    Example("2 tuần 3 ngày", PUB, ()),
    Example("100/2019/NĐ-CP", PUB, ()),
    Example("23 tuổi", PUB, ()),
    Example("sinh năm 1990", PUB, ()),
    Example("", PUB, ()),
    Example("abc", PUB, ()),
    Example("yesterday", PUB, ()),
    Example("2025-13-01", PUB, ()),
    Example("25:00", PUB, ()),
    Example("3:75", PUB, ()),
    Example("những ngày qua", PUB, ()),  # vague
    Example("0 ngày tới", PUB, ()),
    Example("3 ngày sau", PUB, ()),  # counted from another event
    Example("hôm qua hôm nay", PUB, ()),  # two dates, not one range
    Example("hôm qua, thu 2 kg", PUB, ()),  # not the whole string
    Example("từ 30/4/2020 đến 1/4/2020", PUB, ()),  # a backward range
    Example("hôm qua", None, ()),  # relative: needs a reference
    Example("lúc 3 giờ chiều", None, ()),
    Example("bây giờ", None, ()),
]

EXAMPLES_XFAIL = [
    (Example("hai giờ chiều", PUB, ("2020-04-28T14:00",), "hour"), "hours in words are not read"),
    (Example("mùa hè năm 2020", None, ("2020-SU",), "season"), "seasons are not implemented"),
    (
        Example("12 giờ trưa mai", PUB, ("2020-04-29T12:00",), "hour"),
        'a part of the day with "mai" (tomorrow) is not in the relative table',
    ),
]

CASES = cases(
    EXAMPLES_DATES
    + EXAMPLES_CLOCK
    + EXAMPLES_NOW
    + EXAMPLES_DAYPART
    + EXAMPLES_PERIOD
    + EXAMPLES_RANGE
    + EXAMPLES_NEGATIVE,
    EXAMPLES_XFAIL,
)


@pytest.mark.parametrize("example", CASES)
def test_parse_when(example: Example) -> None:
    found = parse_when(example.text, example.reference)
    if not example.expected:
        assert found is None
        return
    assert found is not None
    assert (found.value, *([found.end] if found.end else [])) == example.expected
    assert found.grain == example.grain


@pytest.mark.parametrize(
    ("when", "first", "last"),
    [
        (When("2020-04-28", "day"), "2020-04-28", "2020-04-28"),
        (When("2020-04-28T15:00", "hour"), "2020-04-28", "2020-04-28"),
        (When("2020-W17", "week"), "2020-04-20", "2020-04-26"),
        (When("2020-Q1", "quarter"), "2020-01-01", "2020-03-31"),
        (When("2016-12", "month", end="2017-01"), "2016-12-01", "2017-01-31"),
        (When("2017-W06", "week", end="2017-W08"), "2017-02-06", "2017-02-26"),
    ],
)
def test_first_and_last_day(when: When, first: str, last: str) -> None:
    assert (str(when.first_day()), str(when.last_day())) == (first, last)


def test_unknown_year_has_no_days() -> None:
    found = parse_when("28/4")
    assert found is not None and (found.first_day(), found.last_day()) == (None, None)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("hôm qua", "rel.hom_qua"),
        ("21h30 ngày 27/4", "dm.partial+clock"),
        ("lúc 3 giờ chiều", "when.clock"),
        ("bây giờ", "when.now"),
        ("sau bữa trưa", "when.daypart"),
        ("3 ngày tới", "when.period"),
        ("từ 1/4 đến 30/4", "dm.partial"),
    ],
)
def test_rule_ids(text: str, rule: str) -> None:
    found = parse_when(text, PUB)
    assert found is not None and found.rule == rule
