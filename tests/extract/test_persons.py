"""Example tables for ``extract_persons`` (price-parser style).

EXAMPLES_DOMAIN come from the mention shapes of reference/domain.md §1.4-1.5 ("[rank] [name],
[party title,] [position] [unit]") and the "persons" rules of eval/GUIDE.md (suspects with
initials, normalised rank spelling); EXAMPLES_NEGATIVE are posts without a name, bylines and
capitalised words that are not names. EXAMPLES_XFAIL are known failures kept as strict xfails
with their reason. A new rule adds one entry to rules/persons.py and one Example here.
"""

from __future__ import annotations

import json
import unicodedata
from typing import NamedTuple

import pytest
from conftest import EVAL, SEED
from examples import cases

from vnpolice.extract.agencies import extract_agencies
from vnpolice.extract.locations import extract_locations
from vnpolice.extract.persons import extract_persons
from vnpolice.extract.text import analyze
from vnpolice.extract.types import Context, PersonMention

EVAL_TEXTS = EVAL / "texts.jsonl"


class Example(NamedTuple):
    text: str
    mention: str  # the mention's text
    name: str
    rank: str = ""
    title: str = ""


class Negative(NamedTuple):
    text: str
    name: str | None = None  # None: no person at all; else: not this name


def persons(text: str) -> list[PersonMention]:
    return extract_persons(analyze(text), Context())


EXAMPLES_DOMAIN = [
    Example(
        "Thiếu tướng Trần Quốc Trung, Phó Cục trưởng Cục CSGT phát động",
        "Thiếu tướng Trần Quốc Trung",
        "Trần Quốc Trung",
        "Thiếu tướng",
        "Phó Cục trưởng Cục Cảnh sát giao thông",
    ),
    Example(
        "Thư của Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an kêu gọi",
        "Đại tướng Tô Lâm",
        "Tô Lâm",
        "Đại tướng",
        "Bộ trưởng Bộ Công an",
    ),
    Example(
        "thiếu tướng Nguyễn Minh Chính cho biết",
        "thiếu tướng Nguyễn Minh Chính",
        "Nguyễn Minh Chính",
        "Thiếu tướng",
    ),
    Example(
        "Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an",
        "Thượng tướng Lương Tam Quang",
        "Lương Tam Quang",
        "Thượng tướng",
        "Bộ trưởng Bộ Công an",
    ),
    Example(
        "Bộ trưởng Bộ Công an Lương Tam Quang chỉ đạo",
        "Bộ trưởng Bộ Công an Lương Tam Quang",
        "Lương Tam Quang",
        "",
        "Bộ trưởng Bộ Công an",
    ),
    Example(
        "Phó Giám đốc Công an tỉnh Nghệ An, Đại tá Nguyễn Văn Hùng cho biết",
        "Đại tá Nguyễn Văn Hùng",
        "Nguyễn Văn Hùng",
        "Đại tá",
        "Phó Giám đốc Công an tỉnh Nghệ An",
    ),
    Example(
        "Đại tá Đào Vịnh Thắng, Trưởng phòng CSGT Công an TP Hà Nội",
        "Đại tá Đào Vịnh Thắng",
        "Đào Vịnh Thắng",
        "Đại tá",
        "Trưởng phòng Cảnh sát giao thông Công an thành phố Hà Nội",
    ),
    Example(
        "Trung tá Phan Văn Thương, Phó Trưởng phòng PC08 Công an TP Đà Nẵng",
        "Trung tá Phan Văn Thương",
        "Phan Văn Thương",
        "Trung tá",
        "Phó Trưởng phòng Cảnh sát giao thông Công an thành phố Đà Nẵng",
    ),
    Example(
        "Trưởng Công an xã Yên Hòa Phạm Văn Bình",
        "Trưởng Công an xã Yên Hòa Phạm Văn Bình",
        "Phạm Văn Bình",
        "",
        "Trưởng Công an xã Yên Hòa",
    ),
    Example(
        "Chủ tịch UBND quận Ninh Kiều Dương Tấn Hiển",
        "Chủ tịch UBND quận Ninh Kiều Dương Tấn Hiển",
        "Dương Tấn Hiển",
        "",
        "Chủ tịch Ủy ban nhân dân quận Ninh Kiều",
    ),
    Example(
        "Thủ tướng Nguyễn Xuân Phúc",
        "Thủ tướng Nguyễn Xuân Phúc",
        "Nguyễn Xuân Phúc",
        "",
        "Thủ tướng",
    ),
    Example(
        "Đại úy Vũ Quang, Đội trưởng, cho biết",
        "Đại úy Vũ Quang",
        "Vũ Quang",
        "Đại úy",
        "Đội trưởng",
    ),
    Example(
        "thiếu uý Hoàng Thị Mai trực chốt", "thiếu uý Hoàng Thị Mai", "Hoàng Thị Mai", "Thiếu úy"
    ),
    Example("Thượng uý Vũ Đình Nam", "Thượng uý Vũ Đình Nam", "Vũ Đình Nam", "Thượng úy"),
    Example("Binh nhất Lò Văn Sơn", "Binh nhất Lò Văn Sơn", "Lò Văn Sơn", "Binh nhất"),
    Example("ông Trần Văn Nam cho biết", "Trần Văn Nam", "Trần Văn Nam"),
    Example("Bà Nguyễn Thị Ngọc Thuý bán hàng", "Nguyễn Thị Ngọc Thuý", "Nguyễn Thị Ngọc Thuý"),
    Example(
        "Ông Võ Thành Thống, Chủ tịch UBND TP Cần Thơ",
        "Võ Thành Thống",
        "Võ Thành Thống",
        "",
        "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",
    ),
    Example("bắt giữ đối tượng Lê Văn T. (SN 1990) trú tại", "Lê Văn T.", "Lê Văn T."),
    Example("cùng Nguyễn Văn A. đi xe máy", "Nguyễn Văn A.", "Nguyễn Văn A."),
    Example("người mẹ đẻ là bà Nguyễn Thị Kh. (SN 1951)", "Nguyễn Thị Kh.", "Nguyễn Thị Kh."),
    Example(
        "Bắc Giang; Quàng Văn Quý (sinh năm 2009, trú tại huyện Sốp Cộp)",
        "Quàng Văn Quý",
        "Quàng Văn Quý",
    ),
    Example("Trần Thị Lý (SN 1985)", "Trần Thị Lý", "Trần Thị Lý"),
    # Items of a list, each marked by its birth year or age; foreign names too.
    Example(
        "truy nã 2 người Đài Loan gồm: Chen Wei Ling (SN 1980); Wang Li Hua (SN 1985)",
        "Wang Li Hua",
        "Wang Li Hua",
    ),
    Example(
        "tạm giữ Nguyễn Văn Hoàng (24 tuổi), Lư Quốc Phú (25 tuổi) và",
        "Lư Quốc Phú",
        "Lư Quốc Phú",
    ),
    Example(
        "các đối tượng gồm: Phạm Văn A, Khương Đình Bảo và", "Khương Đình Bảo", "Khương Đình Bảo"
    ),
    Example("bắt Giàng A Páo (SN 1990) khi đang", "Giàng A Páo", "Giàng A Páo"),
    Example("anh Xệng Vàng Dế cho biết", "Xệng Vàng Dế", "Xệng Vàng Dế"),
    Example("bị can Phan Văn Vĩnh, nguyên Tổng cục trưởng", "Phan Văn Vĩnh", "Phan Văn Vĩnh"),
    Example("ông Nguyễn Đức Huyện, người lái xe", "Nguyễn Đức Huyện", "Nguyễn Đức Huyện"),
    Example(
        "Trưởng Công an huyện Thường Tín (Hà Nội), ông Đỗ Đức Cường",
        "Đỗ Đức Cường",
        "Đỗ Đức Cường",
        "",
        "Trưởng Công an huyện Thường Tín",
    ),
]

# Suspects and victims named without rank, title or ông/bà: marked by an age or birth year, by a
# list after a person noun and "gồm"/"là", or written as initials only (GUIDE: "suspects named
# with initials or full names count too"). Invented names.
EXAMPLES_UNMARKED = [
    Example("Nạn nhân là Nguyễn H.A. (SN 1990) trú tại", "Nguyễn H.A.", "Nguyễn H.A."),
    Example("bắt giữ Lê Thành Đạt (29 tuổi, trú tại xã X)", "Lê Thành Đạt", "Lê Thành Đạt"),
    Example("tạm giữ Hà Văn Tú, SN 1994, ngụ quận 5", "Hà Văn Tú", "Hà Văn Tú"),
    Example("Phan Thị Gấm (cùng sinh năm 2006) trú tại", "Phan Thị Gấm", "Phan Thị Gấm"),
    Example("phạt Điểu Văn Lanh (30 tuổi)", "Điểu Văn Lanh", "Điểu Văn Lanh"),
    Example(
        "do Martin Văn Quý (40 tuổi, quốc tịch Pháp) cầm đầu", "Martin Văn Quý", "Martin Văn Quý"
    ),
    Example(
        "Các đối tượng gồm: Đinh Văn Hải, Lương Thị Mơ và Đồng Văn Lực.",
        "Lương Thị Mơ",
        "Lương Thị Mơ",
    ),
    Example(
        "bắt ba nghi can của đường dây gồm: Tạ Văn Hòa (SN 1980), Chu Văn An",
        "Chu Văn An",
        "Chu Văn An",
    ),
    Example("hai đối tượng bị bắt là Mai Thị Hoa, SN 1970", "Mai Thị Hoa", "Mai Thị Hoa"),
    Example("trường hợp bà K.T.M, 70 tuổi, trú tại", "K.T.M", "K.T.M"),
    Example("phát hiện anh L.V. K (25 tuổi) nằm bất tỉnh", "L.V. K", "L.V. K"),
    Example("tạm giữ 2 đối tượng là T.T. H.Y.\n(43 tuổi) và D. B.B. N.", "T.T. H.Y.", "T.T. H.Y."),
    Example(
        "tạm giữ 2 đối tượng là T.T. H.Y.\n(43 tuổi) và D. B.B. N.", "D. B.B. N.", "D. B.B. N."
    ),
    Example("Chiến sĩ trẻ Y Moan Ksor, dân tộc Ê Đê", "Y Moan Ksor", "Y Moan Ksor"),
    Example("và thủ quỹ Đỗ Thị Hằng chiếm giữ", "Đỗ Thị Hằng", "Đỗ Thị Hằng"),
    Example(
        "đồng chí Lê Quang Huy, Phó Giám đốc", "Lê Quang Huy", "Lê Quang Huy", "", "Phó Giám đốc"
    ),
]

EXAMPLES_SPELLING = [
    Example(
        unicodedata.normalize("NFD", "Thiếu tướng Trần Quốc Trung"),
        "Thiếu tướng Trần Quốc Trung",
        "Trần Quốc Trung",
        "Thiếu tướng",
    ),
    Example("Đại uý Phạm Quang Minh", "Đại uý Phạm Quang Minh", "Phạm Quang Minh", "Đại úy"),
    Example(
        "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an",
        "Đại tướng Tô Lâm",
        "Tô Lâm",
        "Đại tướng",
        "Bộ trưởng Bộ Công an",
    ),
    Example(
        "ĐẠI TÁ nguyễn văn a; Đại tá Lê Văn Bình", "Đại tá Lê Văn Bình", "Lê Văn Bình", "Đại tá"
    ),
]

EXAMPLES_NEGATIVE = [
    Negative("hưởng ứng lời kêu gọi của Tổng Bí thư, Chủ tịch nước"),
    Negative("Một số hình ảnh tại chương trình:\nCông Thắng, Đá Nâu"),
    Negative("Thiếu tướng Bộ Công an"),
    Negative("Đại tá Hà Nội"),
    Negative("ông Trung cho biết"),  # one syllable: too weak to take
    Negative("Giám đốc Công an tỉnh Nghệ An cho biết"),
    Negative("Cục Cảnh sát giao thông phát động"),
    Negative("Hiệu trưởng Trường Đại học An ninh nhân dân"),
    Negative("chủ tịch Hội Doanh nghiệp trẻ"),
    Negative("Anh Hồ Viết N. cho biết", "Anh Hồ Viết N."),
    # Streets named after people: a list of streets, a crossing, an address.
    Negative("ùn tắc tại nhiều tuyến đường trung tâm như: Tôn Đức Thắng, Nguyễn Hữu Cảnh"),
    Negative("tai nạn xảy ra gần ngã tư Phạm Hùng - Dương Đình Nghệ"),
    Negative("truy đuổi tới giao lộ đường Nam Kỳ Khởi Nghĩa với Lý Chính Thắng, phường 7"),
    Negative("trụ sở ở số 507, Nguyễn Chí Thanh, phường Rạch Sỏi"),
    Negative("cán bộ, chiến sĩ Công an tỉnh Nghệ An"),
    Negative("Thư của Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị", "Tô Lâm, Uỷ"),
    Negative("Nguyễn Nam đi làm về"),  # a bare two-syllable name is too weak to take
    Negative("nhà ở số 7, đường Phùng Chí Kiên, phường Hà Huy Tập"),
    Negative("trú tại 2/152 Lương Khánh Thiện"),
    Negative("tại cầu Trần Thị Lý và chợ Nguyễn Văn Trỗi"),
    Negative("Trường THPT Lê Quý Đôn tổ chức"),
    Negative("học sinh trường THPT Trần Hưng Đạo"),
    Negative("tại TP Hồ Chí Minh và Bảo tàng Hồ Chí Minh"),
    Negative("trú tại xã Phú Hòa, 30 tuổi"),  # a place before an age
    Negative("Sau Khi Về (30 tuổi)"),  # a sentence start: the run may be anything
    Negative("tại TP. HCM (SN 1990)"),
    Negative("đến Công an tỉnh Nghệ An (30 tuổi)"),
    Negative("lực lượng gồm: Công an tỉnh Nghệ An, Bộ đội Biên phòng"),
    Negative("các đối tượng gồm: Hà Nội, Hải Phòng"),
    Negative("đường Nguyễn Huệ (quận 1), Trường THPT Lê Quý Đôn"),
    Negative("các tỉnh gồm: Lê Chân, Ngô Quyền"),  # no person noun before "gồm"
    Negative("chiến sĩ Cảnh sát cơ động"),
    Negative("Y tế cơ sở"),
    Negative("Trưởng văn phòng luật sư Chính Pháp cho biết"),
    Negative("Đỗ Văn Hùng (còn gọi Hùng Rambo, 35 tuổi)", "Hùng Rambo"),
    Negative("tại Hà Nam (nơi anh 35 tuổi làm việc)"),
    Negative("tại Hà Nội, trú tại quận 1"),
]

EXAMPLES_XFAIL = [
    (
        Example("ông Trung cho biết thêm", "Trung", "Trung"),
        "one-syllable names after ông/bà are not taken (too many false positives)",
    ),
    (
        Example(
            "Đại tá Nguyễn Văn Y, Giám đốc Công an tỉnh",
            "Đại tá Nguyễn Văn Y",
            "Nguyễn Văn Y",
            "Đại tá",
            "Giám đốc Công an tỉnh",
        ),
        "a post whose agency is generic ('Công an tỉnh') keeps only the post word",
    ),
    (
        Example(
            "bà Nguyễn Thị Ngọc Thanh Tâm", "Nguyễn Thị Ngọc Thanh Tâm", "Nguyễn Thị Ngọc Thanh Tâm"
        ),
        "names are capped at 4 syllables",
    ),
]


def _check(example: Example) -> None:
    got = {(m.text, m.name, m.rank, m.title) for m in persons(example.text)}
    assert (example.mention, example.name, example.rank, example.title) in got


@pytest.mark.parametrize(
    "example", cases(EXAMPLES_DOMAIN + EXAMPLES_UNMARKED + EXAMPLES_SPELLING, EXAMPLES_XFAIL)
)
def test_person(example: Example) -> None:
    _check(example)


@pytest.mark.parametrize("example", cases(EXAMPLES_NEGATIVE))
def test_not_a_person(example: Negative) -> None:
    names = {m.name for m in persons(example.text)}
    if example.name is None:
        assert names == set()
    else:
        assert example.name not in names


def test_seed_article() -> None:
    doc = analyze(SEED.read_text(encoding="utf-8"))
    got = {(m.text, m.name, m.rank, m.title) for m in extract_persons(doc, Context())}
    assert got == {
        ("Đại tướng Tô Lâm", "Tô Lâm", "Đại tướng", "Bộ trưởng Bộ Công an"),
        (
            "Thiếu tướng Trần Quốc Trung",
            "Trần Quốc Trung",
            "Thiếu tướng",
            "Phó Cục trưởng Cục Cảnh sát giao thông",
        ),
    }


def test_seed_offsets_sorted_and_disjoint() -> None:
    doc = analyze(SEED.read_text(encoding="utf-8"))
    mentions = extract_persons(doc, Context())
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.text.endswith(m.name)
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start


def test_agencies_passed_in_are_used() -> None:
    """The caller's agency mentions (from the same document) give the title's agency."""
    doc = analyze("Thiếu tướng Trần Quốc Trung, Phó Cục trưởng Cục CSGT")
    assert extract_persons(doc, Context(), agencies=[])[0].title == "Phó Cục trưởng"


def test_offsets_on_real_articles() -> None:
    """All three extractors on real articles (eval/texts.jsonl, first records): every mention
    slices back to its text; mentions are sorted and disjoint."""
    for line in EVAL_TEXTS.read_text(encoding="utf-8").splitlines()[:8]:
        doc = analyze(json.loads(line)["text"])
        agencies = extract_agencies(doc, Context())
        for mentions in (
            agencies,
            extract_persons(doc, Context(), agencies),
            extract_locations(doc, Context()),
        ):
            for m in mentions:
                assert doc.text[m.start : m.end] == m.text
            for a, b in zip(mentions, mentions[1:], strict=False):
                assert a.end <= b.start
