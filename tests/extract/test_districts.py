"""The old districts table read from underthesea's administrative mapping."""

from __future__ import annotations

import pytest

from vnpolice.extract.districts import District, lookup_district


@pytest.mark.parametrize(
    ("name", "provinces", "expected"),
    [
        ("Ninh Kiều", frozenset(), District("Ninh Kiều", "quận", "Thành phố Cần Thơ")),
        ("Bố Trạch", frozenset(), District("Bố Trạch", "huyện", "Tỉnh Quảng Bình")),
        ("Hóc Môn", frozenset(), District("Hóc Môn", "huyện", "Thành phố Hồ Chí Minh")),
        ("Ea H’leo", frozenset(), District("Ea H'leo", "huyện", "Tỉnh Đắk Lắk")),
        # Ten provinces have a "Châu Thành": the article's province picks one.
        (
            "Châu Thành",
            frozenset({"Tỉnh Tiền Giang"}),
            District("Châu Thành", "huyện", "Tỉnh Tiền Giang"),
        ),
    ],
)
def test_lookup_district(name: str, provinces: frozenset[str], expected: District) -> None:
    assert lookup_district(name, provinces) == expected


@pytest.mark.parametrize("name", ["Châu Thành", "Hoà Khánh", "Nghệ An", "Nguyễn Văn A"])
def test_not_one_district(name: str) -> None:
    assert lookup_district(name) is None
