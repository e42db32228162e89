"""Example tables for ``extract_locations`` (price-parser style).

EXAMPLES_DOMAIN come from provincial naming and the 2025 merger table of reference/domain.md §1.3
(current 34 names from vietnam-provinces, old 63 names kept with their historical full name);
EXAMPLES_SPELLING are NFD and tone-placement variants; EXAMPLES_NEGATIVE are words that look like
places and are not (GUIDE and DESIGN: "miền Nam", number words, person names). EXAMPLES_XFAIL
are known failures kept as strict xfails with their reason.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import pytest
from conftest import SEED
from examples import cases

from vnpolice.extract.locations import extract_locations
from vnpolice.extract.provinces import lookup_province, provinces, successor
from vnpolice.extract.text import analyze, tone_normal
from vnpolice.extract.types import Context


class Example(NamedTuple):
    text: str
    mention: str
    canonical: str


class Negative(NamedTuple):
    text: str
    canonical: str | None = None  # None: no place at all; else: not this one


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.canonical) for m in extract_locations(analyze(text), Context())}


EXAMPLES_DOMAIN = [
    Example("Hà Nội", "Hà Nội", "Thành phố Hà Nội"),
    Example("tại thủ đô Hà Nội", "thủ đô Hà Nội", "Thành phố Hà Nội"),
    Example("TP.HCM", "TP.HCM", "Thành phố Hồ Chí Minh"),
    Example("TP HCM", "TP HCM", "Thành phố Hồ Chí Minh"),
    Example("TPHCM", "TPHCM", "Thành phố Hồ Chí Minh"),
    Example("TP Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    Example("người dân Sài Gòn", "Sài Gòn", "Thành phố Hồ Chí Minh"),
    Example("tỉnh Thanh Hóa", "tỉnh Thanh Hóa", "Tỉnh Thanh Hóa"),
    Example("tại Nghệ An", "Nghệ An", "Tỉnh Nghệ An"),
    Example(
        "Tại Hà Nội, mưa lớn", "Hà Nội", "Thành phố Hà Nội"
    ),  # a sentence-opening capital before
    Example("TP Đà Nẵng", "TP Đà Nẵng", "Thành phố Đà Nẵng"),
    Example("thành phố Huế", "thành phố Huế", "Thành phố Huế"),
    Example("tỉnh Thừa Thiên Huế", "tỉnh Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"),
    Example("tỉnh Bình Dương", "tỉnh Bình Dương", "Tỉnh Bình Dương"),
    Example("tỉnh Hà Giang", "tỉnh Hà Giang", "Tỉnh Hà Giang"),
    Example("tỉnh Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu"),
    Example(
        "Công an tỉnh Thanh Hóa", "tỉnh Thanh Hóa", "Tỉnh Thanh Hóa"
    ),  # a place inside an agency
    Example("Công an thành phố (TP) Hà Nội", "Hà Nội", "Thành phố Hà Nội"),
    Example(
        "thành phố Thanh Hóa", "thành phố Thanh Hóa", "Thành phố Thanh Hóa"
    ),  # the provincial capital
    Example("huyện Văn Lâm, tỉnh Hưng Yên", "huyện Văn Lâm", "Huyện Văn Lâm"),
    Example("huyện Văn Lâm, tỉnh Hưng Yên", "tỉnh Hưng Yên", "Tỉnh Hưng Yên"),
    Example("xã Minh Hải", "xã Minh Hải", "Xã Minh Hải"),
    Example("quận Ba Đình", "quận Ba Đình", "Quận Ba Đình"),
    Example("quận 1", "quận 1", "Quận 1"),
    Example("Phường 12", "Phường 12", "Phường 12"),
    Example("thị xã Kỳ Anh", "thị xã Kỳ Anh", "Thị xã Kỳ Anh"),
    Example("thị trấn Yên Cát", "thị trấn Yên Cát", "Thị trấn Yên Cát"),
    Example("đặc khu Phú Quốc", "đặc khu Phú Quốc", "Đặc khu Phú Quốc"),
    Example("TP. Thủ Dầu Một", "TP. Thủ Dầu Một", "Thành phố Thủ Dầu Một"),
    Example("Trưởng Công an xã Yên Hòa Phạm Văn Bình", "xã Yên Hòa", "Xã Yên Hòa"),
]

EXAMPLES_SPELLING = [
    Example("tỉnh Hoà Bình", "tỉnh Hoà Bình", "Tỉnh Hòa Bình"),
    Example("tỉnh Thanh Hoá", "tỉnh Thanh Hoá", "Tỉnh Thanh Hóa"),
    Example("Khánh Hoà", "Khánh Hoà", "Tỉnh Khánh Hòa"),
    Example("Đăk Lăk", "Đăk Lăk", "Tỉnh Đắk Lắk"),
    Example("Đắc Lắc", "Đắc Lắc", "Tỉnh Đắk Lắk"),
    Example(unicodedata.normalize("NFD", "tỉnh Quảng Trị"), "tỉnh Quảng Trị", "Tỉnh Quảng Trị"),
    Example("huyện Minh Hoá", "huyện Minh Hoá", "Huyện Minh Hóa"),
    Example("xã Thuỷ Đường", "xã Thuỷ Đường", "Xã Thủy Đường"),
]

EXAMPLES_NEGATIVE = [
    Negative("Ngày Giải phóng miền Nam thống nhất đất nước"),
    Negative("Nam và Ba cùng đi"),
    Negative("hòa bình cho thế giới"),
    Negative("ông Nguyễn Thái Bình cho biết", "Tỉnh Thái Bình"),
    Negative("Hà Nam Ninh cũ", "Tỉnh Hà Nam"),
    Negative("chị Phương Nga cho biết"),
    Negative("quân Cục CSGT"),
    Negative("công an các quận, huyện"),
    Negative("xã hội"),
    Negative("Cục Cảnh sát giao thông"),
    Negative("Bí thư Thành ủy TP. HCM Nguyễn Thiện Nhân", "Thành phố HCM Nguyễn Thiện Nhân"),
    Negative("tỉnh bạn"),
]

EXAMPLES_XFAIL = [
    (
        Example("người dân xứ Nghệ", "xứ Nghệ", "Tỉnh Nghệ An"),
        "nicknames ('xứ Nghệ', 'đất Cảng') are not resolved",
    ),
    (Example("Thủ đô", "Thủ đô", "Thành phố Hà Nội"), "'Thủ đô' alone is not resolved to Hà Nội"),
    (
        Example("Hà Tây", "Hà Tây", "Tỉnh Hà Tây"),
        "provinces merged before 2008 are not in the table",
    ),
]


@pytest.mark.parametrize("example", cases(EXAMPLES_DOMAIN + EXAMPLES_SPELLING, EXAMPLES_XFAIL))
def test_location(example: Example) -> None:
    assert (example.mention, example.canonical) in found(example.text)


@pytest.mark.parametrize("example", cases(EXAMPLES_NEGATIVE))
def test_not_a_location(example: Negative) -> None:
    canonicals = {c for _, c in found(example.text)}
    if example.canonical is None:
        assert canonicals == set()
    else:
        assert example.canonical not in canonicals


def test_seed_article() -> None:
    doc = analyze(SEED.read_text(encoding="utf-8"))
    mentions = extract_locations(doc, Context())
    assert {m.canonical for m in mentions} == {"Thành phố Hà Nội"}
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("old", "new"),
    [("Bình Dương", "Thành phố Hồ Chí Minh"), ("Hà Giang", "Tỉnh Tuyên Quang"), ("Hoà Bình", "Tỉnh Phú Thọ"),
     ("Thừa Thiên Huế", "Thành phố Huế"), ("Thanh Hóa", "Tỉnh Thanh Hóa")],
)  # fmt: skip
def test_successor(old: str, new: str) -> None:
    province = lookup_province(old)
    assert province is not None
    assert successor(province).full == new


def test_current_names_follow_vietnam_provinces() -> None:
    current = {p.full for p in provinces().values() if p.current}
    assert "Thành phố Hà Nội" in current and "Tỉnh Thanh Hóa" in current
    assert len(current) == 34


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Hoá", "Hóa"), ("Thuỷ", "Thủy"), ("Uỷ", "Ủy"), ("hoàn", "hoàn"), ("Quý", "Quý")],
)
def test_old_style_tone_placement(written: str, canonical: str) -> None:
    assert tone_normal(written) == canonical
