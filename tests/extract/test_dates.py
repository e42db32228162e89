"""Example tables for ``extract_dates`` (price-parser style).

EXAMPLES_SEED come from the seed article (fixtures/seed/article.txt, from shared/seed), EXAMPLES_DOMAIN from the
date formats and pitfalls in reference/domain.md §3.6-3.7 and eval/GUIDE.md, EXAMPLES_RELATIVE
exercise the relative-expression table, EXAMPLES_NEGATIVE are things that look like dates and
are not. EXAMPLES_XFAIL are known failures kept as strict xfails with their reason: fixing one
makes its test fail until it moves to a passing list. New rules add one line here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import pytest
from conftest import SEED
from examples import cases

from vnpolice.extract.dates import extract_dates
from vnpolice.extract.text import analyze
from vnpolice.extract.types import Context

VN = timezone(timedelta(hours=7))
PUB = datetime(2020, 4, 28, 10, 15, tzinfo=VN)  # the seed article's publication time (a Tuesday)
REF = datetime(2017, 2, 2, 3, 55, tzinfo=timezone(timedelta(hours=-2)))  # duckling's reference


class Example(NamedTuple):
    text: str
    published: datetime | None
    expected: list[tuple[str, str]]  # (mention text, TIMEX3 value)


EXAMPLES_SEED = [
    Example(
        "Sáng nay 28/4, Cục Cảnh sát giao thông đã phát động",
        PUB,
        [("Sáng nay 28/4", "2020-04-28")],
    ),
    Example(
        "Sáng nay 28/4, Cục Cảnh sát giao thông đã phát động",
        None,
        [("Sáng nay 28/4", "XXXX-04-28")],
    ),
    Example(
        "chương trình hiến máu tình nguyện năm 2020 nhằm hưởng ứng", PUB, [("năm 2020", "2020")]
    ),
    Example(
        "22 Tháng Tư, 2020Ngày 21/4/2020, tại Học viện",
        PUB,
        [("22 Tháng Tư, 2020", "2020-04-22"), ("Ngày 21/4/2020", "2020-04-21")],
    ),
    Example(
        "08 Tháng Tư, 2020Chiều 8/4/2020, tại trụ sở Bộ",
        None,
        [("08 Tháng Tư, 2020", "2020-04-08"), ("Chiều 8/4/2020", "2020-04-08")],
    ),
]

EXAMPLES_DOMAIN = [
    Example("Ngày 21/4/2020, tại Học viện", None, [("Ngày 21/4/2020", "2020-04-21")]),
    Example("Ngày 21/4, tại Học viện", None, [("Ngày 21/4", "XXXX-04-21")]),
    Example("ngày 10-10-2025 công an tỉnh", None, [("ngày 10-10-2025", "2025-10-10")]),
    Example("tối ngày 4-12, hai đối tượng", PUB, [("tối ngày 4-12", "2019-12-04")]),
    Example("Ngày 21.5, Công an TP bắt giữ", PUB, [("Ngày 21.5", "2020-05-21")]),
    Example("Hôm qua 8.4, đoàn kiểm tra", PUB, [("Hôm qua 8.4", "2020-04-08")]),
    Example("ngày 28 tháng 4 năm 2020", None, [("ngày 28 tháng 4 năm 2020", "2020-04-28")]),
    Example("mồng 3 tháng ba", REF, [("mồng 3 tháng ba", "2017-03-03")]),
    Example("12 Tháng Mười Hai, 2019 lúc 8:30", None, [("12 Tháng Mười Hai, 2019", "2019-12-12")]),
    Example("trong tháng 4/2020 đã xảy ra", None, [("tháng 4/2020", "2020-04")]),
    Example("tháng 4 năm 2020", None, [("tháng 4 năm 2020", "2020-04")]),
    Example("Trong tháng 6, lực lượng chức năng", PUB, [("tháng 6", "2020-06")]),
    Example("tháng 9 tới sẽ ra quân", PUB, [("tháng 9", "2020-09")]),
    Example("tháng tư", REF, [("tháng tư", "2017-04")]),
    Example("tháng 6 năm ngoái", PUB, [("tháng 6 năm ngoái", "2019-06")]),
    Example(
        "từ tháng 4-5 và từ tháng 8-9",
        None,
        [("tháng 4", "XXXX-04"), ("5", "XXXX-05"), ("tháng 8", "XXXX-08"), ("9", "XXXX-09")],
    ),
    Example("quý I/2020 số vụ giảm", None, [("quý I/2020", "2020-Q1")]),
    Example("trong quí II vừa qua", None, [("quí II", "XXXX-Q2")]),
    # A year after a holiday or a season is that year.
    Example("dịp Tết Nguyên đán Kỷ Hợi 2019", None, [("Tết Nguyên đán Kỷ Hợi 2019", "2019")]),
    Example("phục vụ Lễ hội xuân 2019", None, [("xuân 2019", "2019")]),
    Example("quý IV năm 2019", None, [("quý IV năm 2019", "2019-Q4")]),
    Example("6 tháng đầu năm 2018 xảy ra", None, [("6 tháng đầu năm 2018", "2018")]),
    Example("từ đầu năm 2020 đến nay", None, [("đầu năm 2020", "2020")]),
    Example("từ ngày 1/4 đến 30/4", PUB, [("ngày 1/4", "2020-04-01"), ("30/4", "2020-04-30")]),
    Example(
        "trong 10 ngày (từ 20-4 đến 29-4)", None, [("20-4", "XXXX-04-20"), ("29-4", "XXXX-04-29")]
    ),
    Example("tổ chức từ 20-29/4 tại 14 điểm", PUB, [("20", "2020-04-20"), ("29/4", "2020-04-29")]),
    Example(
        "từ ngày 15/12/2023 đến ngày 29/2/2024",
        None,
        [("ngày 15/12/2023", "2023-12-15"), ("ngày 29/2/2024", "2024-02-29")],
    ),
    Example("dịp 30/4 – 1/5", None, [("30/4", "XXXX-04-30"), ("1/5", "XXXX-05-01")]),
    Example("21h30 ngày 27/4, tổ công tác", PUB, [("21h30 ngày 27/4", "2020-04-27")]),
    Example("10 giờ 45 phút ngày 3/3/2017", None, [("10 giờ 45 phút ngày 3/3/2017", "2017-03-03")]),
    Example("sáng thứ Hai (28/4), đoàn công tác", PUB, [("sáng thứ Hai (28/4)", "2020-04-28")]),
    Example("Thứ Ba, 28/04/2020 08:30 (GMT+7)", None, [("Thứ Ba, 28/04/2020", "2020-04-28")]),
    Example("ngày 4/12 năm ngoái", PUB, [("ngày 4/12 năm ngoái", "2019-12-04")]),
    Example("ngày 4/12, đối tượng", PUB, [("ngày 4/12", "2019-12-04")]),
    Example(
        "năm 2019-2020 và giai đoạn 2016 - 2020",
        None,
        [("năm 2019", "2019"), ("2020", "2020"), ("giai đoạn 2016", "2016"), ("2020", "2020")],
    ),
    Example("3/9/91", None, [("3/9/91", "1991-09-03")]),
    Example("ngày đầu tiên của tháng ba", REF, [("ngày đầu tiên của tháng ba", "2017-03-01")]),
    Example(
        "ngày cuối cùng của tháng 2 năm 2020",
        None,
        [("ngày cuối cùng của tháng 2 năm 2020", "2020-02-29")],
    ),
    Example(
        "tuần đầu tiên của tháng 9 năm 2017",
        None,
        [("tuần đầu tiên của tháng 9 năm 2017", "2017-W36")],
    ),
    Example("chủ nhật ngày 9 tháng 4", REF, [("chủ nhật ngày 9 tháng 4", "2017-04-09")]),
    Example("sáng chủ nhật 9/4", REF, [("sáng chủ nhật 9/4", "2017-04-09")]),
    Example("ngày 9/4", REF, [("ngày 9/4", "2016-04-09")]),
    Example(
        "xâm lược Ethiopia năm 1935 và sát nhập Albania vào ngày 12 tháng 4 năm 1939.",
        None,
        [("năm 1935", "1935"), ("ngày 12 tháng 4 năm 1939", "1939-04-12")],
    ),
    Example(
        "Nghị định 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ",
        None,
        [("ngày 30/12/2019", "2019-12-30")],
    ),
    Example("Bộ luật Hình sự năm 2015 được áp dụng từ năm 2018", None, [("năm 2018", "2018")]),
]

EXAMPLES_RELATIVE = [
    Example("Sáng nay, Cục CSGT phát động", PUB, [("Sáng nay", "2020-04-28")]),
    Example(
        "hôm nay, hôm qua và hôm kia",
        PUB,
        [("hôm nay", "2020-04-28"), ("hôm qua", "2020-04-27"), ("hôm kia", "2020-04-26")],
    ),
    Example("tối qua, hai đối tượng", PUB, [("tối qua", "2020-04-27")]),
    Example("chiều hôm qua", PUB, [("chiều hôm qua", "2020-04-27")]),
    Example("tuần trước, công an huyện", PUB, [("tuần trước", "2020-W17")]),
    Example("năm ngoái và năm nay", PUB, [("năm ngoái", "2019"), ("năm nay", "2020")]),
    Example("tháng trước", PUB, [("tháng trước", "2020-03")]),
    Example("3 ngày trước, đối tượng bỏ trốn", PUB, [("3 ngày trước", "2020-04-25")]),
    Example("cách đây 2 năm, vụ án", PUB, [("cách đây 2 năm", "2018")]),
    Example("vào thứ Bảy, đoàn kiểm tra", PUB, [("thứ Bảy", "2020-04-25")]),
    Example("vào sáng thứ Hai tuần trước", PUB, [("thứ Hai tuần trước", "2020-04-20")]),
    Example("thứ Sáu tới sẽ ra quân", PUB, [("thứ Sáu tới", "2020-05-01")]),
    Example("Chủ nhật, đoàn viên thanh niên", PUB, [("Chủ nhật", "2020-04-26")]),
    Example("thứ ba vừa rồi", REF, [("thứ ba vừa rồi", "2017-01-31")]),
    Example("thứ tư của tuần tới", REF, [("thứ tư của tuần tới", "2017-02-08")]),
    Example("Thứ sáu\nCông an huyện", PUB, [("Thứ sáu", "2020-04-24")]),
    Example("quý sau và năm kế tiếp", PUB, [("quý sau", "2020-Q3"), ("năm kế tiếp", "2021")]),
    Example("cách đây 21 giờ.", PUB, [("cách đây 21 giờ", "2020-04-27")]),
    Example("sau 5 năm nữa", PUB, [("sau 5 năm nữa", "2025")]),
]

EXAMPLES_NEGATIVE = [
    Example("Chỉ trong 3 tuần phát động, lực lượng CAND", PUB, []),
    # A month inside a street's name.
    Example("ùn tắc trên đường Cách Mạng Tháng Tám", PUB, []),
    Example("chào mừng 45 năm Ngày Giải phóng miền Nam", PUB, []),
    Example("kỷ niệm 75 năm Ngày truyền thống lực lượng CAND", PUB, []),
    Example("hiến máu tình nguyện trong mùa dịch Covid-19 và COVID -19", PUB, []),
    Example("hưởng ứng “Hành trình giọt máu nghĩa tình 2020”", PUB, []),
    Example("Công an bắt 3 đối tượng, thu 2 kg ma túy.", PUB, []),
    Example("Nguyễn Văn A (sinh năm 1977) và Lê Văn B (SN 1990)", PUB, []),
    Example("sinh ngày 12/3/1990, trú tại", PUB, []),
    Example("theo Luật Giao thông đường bộ năm 2008", PUB, []),
    Example("vi phạm Luật Phòng, chống ma túy năm 2021", PUB, []),
    Example("Bộ luật Hình sự năm 2015 sửa đổi, bổ sung năm 2017", PUB, []),
    Example("Nghị định 100/2019/NĐ-CP và Thông tư 11/2025/TT-BCA", PUB, []),
    Example("theo Điều 249 Bộ luật Hình sự", PUB, []),
    Example("lúc 21h30, tổ công tác phát hiện", PUB, []),
    Example("liên hệ 0769.04.04.04 hoặc 0593.505.999", PUB, []),
    Example("thu giữ 8.4 tấn hàng, 1,5 tấn pháo và 1-2.5 tấn gỗ", PUB, []),
    Example("tạm giữ trong 10 ngày, đối tượng 23 tuổi", PUB, []),
    Example("hôm qua, tuần trước và năm ngoái", None, []),
    Example("vi phạm lần thứ hai", PUB, []),
    Example("bắt 3/5 đối tượng", PUB, []),
    Example("từ 3-5 năm tù và từ 1-2 triệu đồng", PUB, []),
    Example("Mỗi tổ được phát từ 1-4 camera", PUB, []),
    Example("trực 24/7 tại chốt", PUB, []),
    Example("23 tháng Chạp và mùng 9 tháng Giêng", PUB, []),
    Example("3 tuần trước khi bị bắt", PUB, []),
    Example("trong 3 tuần qua và những năm trước", PUB, []),
    Example("mỗi tháng 4 vụ", PUB, []),
    Example("Thứ hai, cần tăng cường tuần tra", PUB, []),
    Example("lúc 21 giờ trước cổng trụ sở", PUB, []),
    Example("bị phạt tù thêm 2 năm nữa", PUB, []),
    Example("ông Việt (ngụ tại 2/3 Trần Quốc Toản) và quán số 6 7/2 Phó Cơ Điều", PUB, []),
]

EXAMPLES_XFAIL = [
    (
        Example("vào thứ hai", REF, [("thứ hai", "2017-02-06")]),
        "peer (duckling) resolves a bare weekday toward the future; DESIGN: the latest one on or before publication",
    ),
    (
        Example("tháng 6", REF, [("tháng 6", "2017-06")]),
        "peer (duckling) resolves a bare month toward the future; DESIGN/GUIDE: past unless within ~2 months",
    ),
    (Example("những năm 1990", None, [("những năm 1990", "199")]), "decades are not implemented"),
    (
        Example("số liệu 12/2019 cho thấy", None, [("12/2019", "2019-12")]),
        "bare m/yyyy is skipped: it clashes with document numbers",
    ),
    (
        Example(
            "đêm 27 rạng sáng 28/4",
            None,
            [("đêm 27", "XXXX-04-27"), ("rạng sáng 28/4", "XXXX-04-28")],
        ),
        "night spans over two days are not implemented",
    ),
]


CASES = cases(
    EXAMPLES_SEED + EXAMPLES_DOMAIN + EXAMPLES_RELATIVE + EXAMPLES_NEGATIVE, EXAMPLES_XFAIL
)


@pytest.mark.parametrize("example", CASES)
def test_extract_dates(example: Example) -> None:
    doc = analyze(example.text)
    found = extract_dates(doc, Context(published=example.published))
    assert [(m.text, m.value) for m in found] == example.expected
    for m in found:
        assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "rule", "grain"),
    [
        ("ngày 21/4/2020", "dmy.full", "day"),
        ("ngày 21/4", "dm.partial", "day"),
        ("ngày 21 tháng 4 năm 2020", "dmy.text", "day"),
        ("tháng 4/2020", "my.text", "month"),
        ("năm 2020", "year.nam", "year"),
        ("quý I/2020", "quarter.year", "quarter"),
        ("6 tháng đầu năm 2018", "year.part", "year"),
        ("hôm qua", "rel.hom_qua", "day"),
        ("tuần trước", "rel.tuan_truoc", "week"),
        ("năm ngoái", "rel.nam_ngoai", "year"),
    ],
)
def test_rule_ids_and_grains(text: str, rule: str, grain: str) -> None:
    (m,) = extract_dates(analyze(text), Context(published=PUB))
    assert (m.rule, m.grain) == (rule, grain)


def _seed_dates(published: datetime | None) -> list[tuple[str, str]]:
    doc = analyze(SEED.read_text(encoding="utf-8"))
    found = extract_dates(doc, Context(published=published))
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    return [(m.text, m.value) for m in found]


def test_seed_article() -> None:
    assert _seed_dates(PUB) == [
        ("Sáng nay 28/4", "2020-04-28"),
        ("năm 2020", "2020"),
        ("22 Tháng Tư, 2020", "2020-04-22"),
        ("Ngày 21/4/2020", "2020-04-21"),
        ("20 Tháng Tư, 2020", "2020-04-20"),
        ("08 Tháng Tư, 2020", "2020-04-08"),
        ("Chiều 8/4/2020", "2020-04-08"),
    ]


def test_seed_article_without_published_keeps_year_unknown() -> None:
    assert _seed_dates(None)[0] == ("Sáng nay 28/4", "XXXX-04-28")
