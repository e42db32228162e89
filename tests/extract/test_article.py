"""vnpolice.extract.article on real pages (fixtures/pages, see PROVENANCE.md) and on the seed page.

Peer expectations come from fixtures/pages/expectations.json; the VnExpress body gold is fundus'
vnexpress_2.fundus.json. Each assertion message names the fixture so a failure says where to look.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from vnpolice.extract.article import Article, extract_article, source_from_url
from vnpolice.extract.decode import decode_html
from vnpolice.extract.pagedates import find_page_date, parse_page_date
from vnpolice.extract.text import TONE_MARKS

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
VN = timezone(timedelta(hours=7))
EXPECTATIONS = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
SEED_URL = "https://www.csgt.vn/tin-tuc/cuc-canh-sat-giao-thong-huong-ung-hanh-trinh-giot-mau-nghia-tinh-2020-1234.html"
MOJIBAKE = re.compile("[ÃÄÅÆ][\x80-\xbf]|á[º»]|Æ°")


def load(name: str) -> bytes:
    """Raw bytes of a fixture page (``name`` without extension)."""
    plain = PAGES / f"{name}.html"
    return (
        plain.read_bytes()
        if plain.exists()
        else gzip.decompress((PAGES / f"{name}.html.gz").read_bytes())
    )


def expected_datetime(value: str) -> tuple[datetime, str]:
    """A peer's date assertion as an aware datetime and its grain (day/minute/second).

    Parsed with the standard library, not with the code under test. Naive values are Vietnamese
    time: "07/03/2026 08:47" is 2026-03-07T08:47+07:00.
    """
    value = value.replace(" +", "+")
    if re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", value):
        parsed = datetime.strptime(value, "%d/%m/%Y %H:%M")
    else:
        parsed = datetime.fromisoformat(value)
    grain = (
        "day"
        if len(value) == 10
        else "minute"
        if value.count(":") - ("+" in value) < 2
        else "second"
    )
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=VN)), grain


def truncate(value: datetime, grain: str) -> datetime:
    """``value`` in Vietnamese time, cut to the peer's precision."""
    value = value.astimezone(VN)
    if grain == "day":
        return value.replace(hour=0, minute=0, second=0, microsecond=0)
    return (
        value.replace(second=0, microsecond=0)
        if grain == "minute"
        else value.replace(microsecond=0)
    )


def _page_params() -> list[object]:
    params: list[object] = []
    for exp in EXPECTATIONS:
        name = Path(exp["file"]).stem
        params.append(pytest.param(name, exp, id=name))
    return params


# ---------------------------------------------------------------- the 11 pages with peer assertions


@pytest.mark.parametrize(("name", "exp"), _page_params())
def test_peer_expectations(name: str, exp: dict) -> None:
    article = extract_article(load(name), url=exp["url"])
    asserts = exp["asserts"]
    where = f"{name} (fixtures/pages/{name}.html.gz, peer: {exp['peer']})"
    assert article.is_article, f"{where}: {article.reason}"
    if "title" in asserts:
        assert article.title == asserts["title"], where
    if "title_startswith" in asserts:
        assert (article.title or "").startswith(asserts["title_startswith"]), where
    date = asserts.get("published_at") or asserts.get("publishing_date") or asserts.get("date")
    if date:
        want, grain = expected_datetime(date)
        assert article.published is not None, where
        assert article.published.utcoffset() is not None, f"{where}: naive datetime"
        assert truncate(article.published, grain) == truncate(want, grain), where
    for piece in asserts.get("content_contains", []):
        assert piece in article.text, f"{where}: {piece!r} not in body"
    if "category" in asserts:
        assert article.category == asserts["category"], where
    if "authors" in asserts:
        assert article.author == ", ".join(asserts["authors"]), where


def test_offset_is_kept_and_naive_meta_gets_vietnam_time() -> None:
    # cafef writes "2026-03-07T00:01:00" with no offset; it is still Vietnamese local time.
    cafef = extract_article(load("cafef_1"))
    assert cafef.published == datetime(2026, 3, 7, 0, 1, tzinfo=VN)
    assert cafef.published is not None and cafef.published.utcoffset() == timedelta(hours=7)
    assert extract_article(load("tuoitre_1")).published == datetime(2026, 3, 7, 8, 1, 53, tzinfo=VN)


@pytest.mark.parametrize("name", [Path(e["file"]).stem for e in EXPECTATIONS])
def test_printed_header_date_alone_gives_the_same_minute(name: str) -> None:
    """With every <meta> and JSON-LD removed, the date printed by the headline still dates the page."""
    page = decode_html(load(name))
    with_meta = extract_article(page).published
    bare = re.sub(r"<meta[^>]*>|<script[^>]*ld\+json.*?</script>", "", page, flags=re.S | re.I)
    printed = extract_article(bare).published
    assert with_meta is not None and printed is not None, name
    assert truncate(printed, "minute") == truncate(with_meta, "minute"), name


# ---------------------------------------------------------------- VnExpress body against fundus gold


def test_vnexpress_body_against_fundus_gold() -> None:
    gold = json.loads((PAGES / "vnexpress_2.fundus.json").read_text(encoding="utf-8"))["V1"]
    article = extract_article(
        load("vnexpress_2"),
        url="https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html",
    )
    paragraphs = [p for s in gold["body"]["sections"] for p in s["paragraphs"]]
    found = [p for p in paragraphs if p in article.text]
    # The one miss is the image caption ("Y bác sĩ nội soi…"): captions are left out on purpose.
    assert len(found) >= len(paragraphs) - 1, set(paragraphs) - set(found)
    assert gold["body"]["summary"][0] in article.text  # the sapo is kept as the first line
    assert article.text.splitlines()[0] == gold["body"]["summary"][0]
    assert article.author == "Lê Phương" and not article.text.endswith("Lê Phương")
    assert article.title == gold["title"]
    for junk in ("Trở lại Sức khỏe", "Copy link", "Ý kiến", "Chia sẻ", "Bình luận"):
        assert junk not in article.text, junk


# ---------------------------------------------------------------- robustness


def test_laodong_double_encoded_homepage_is_repaired_and_rejected() -> None:
    raw = load("laodong_1")
    assert MOJIBAKE.search(raw.decode("utf-8")), "the fixture is supposed to be double-encoded"
    article = extract_article(raw, url="https://www.laodong.vn/")
    assert not article.is_article
    assert article.reason and article.reason.startswith("not an article")
    assert not MOJIBAKE.search(article.text + (article.title or "") + (article.lead or ""))
    assert "Lao Động" in (article.title or "")
    assert article.source == "laodong"


def test_unrepairable_mojibake_never_comes_out_as_an_article() -> None:
    # Double-encoded, then a sanitizer dropped the C1 controls: the UTF-8 bytes are gone for good.
    garbled = re.sub("[\x80-\x9f]", "", small_page().encode("utf-8").decode("latin-1"))
    assert MOJIBAKE.search(garbled)
    article = extract_article(garbled.encode("utf-8"), url="https://example.vn/a-1.html")
    assert not article.is_article and article.reason == "mojibake that could not be repaired"
    assert article.text == ""


@pytest.mark.parametrize("name", sorted(p.name.split(".")[0] for p in PAGES.glob("*.html*")))
def test_every_fixture_page_goes_through(name: str) -> None:
    article = extract_article(load(name))
    assert isinstance(article, Article)
    assert article.text == unicodedata.normalize("NFC", article.text)
    assert not MOJIBAKE.search(article.text)
    assert article.is_article or article.reason


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(b"", id="empty-bytes"),
        pytest.param("   ", id="blank"),
        pytest.param("<html><body></body></html>", id="empty-body"),
        pytest.param(b"\x00\xff\xfe garbage", id="binary"),
    ],
)
def test_broken_input_is_not_an_article(page: bytes | str) -> None:
    article = extract_article(page, url="https://cand.com.vn/Phap-luat/tin-i1/")
    assert not article.is_article and article.reason


def test_listing_page_is_not_an_article() -> None:
    items = "".join(
        f'<li><h3><a href="https://cand.com.vn/Phap-luat/vu-an-so-{i}-i70{i:04d}/">Bắt giữ đối tượng '
        f"vận chuyển ma túy trong vụ án số {i} tại biên giới</a></h3></li>"
        for i in range(60)
    )
    page = f"<html><head><title>Pháp luật</title></head><body><h1>Pháp luật</h1><ul>{items}</ul></body></html>"
    article = extract_article(page, url="https://cand.com.vn/phap-luat/page-2/")
    assert not article.is_article and article.reason == "not an article: homepage/listing"


def test_page_laid_out_in_a_table_still_has_a_body() -> None:
    # Older provincial portals put the whole page in a layout table; tables are otherwise dropped.
    cell = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(3)) + "<p>Lượt xem: 1019</p>"
    page = (
        '<html><head><meta property="article:published_time" content="2019-03-05T11:02:29"></head>'
        '<body><table><tr><td><a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></td>'
        f"<td><h1>Tăng cường xử lý vi phạm</h1>{cell}</td></tr></table></body></html>"
    )
    article = extract_article(page, url="https://congantuyenquang.vn/tintuc/trong_nganh/4347-abc")
    assert article.is_article, article.reason
    assert article.text.splitlines() == [PARAGRAPH] * 3
    assert article.published == datetime(2019, 3, 5, 11, 2, 29, tzinfo=VN)


def test_page_inside_an_aspnet_form_keeps_its_body() -> None:
    # DNN/ASP.NET portals (bocongan.gov.vn, congan.hanoi.gov.vn) wrap the whole page in a <form>.
    body = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(3))
    page = (
        '<html><head><meta property="article:published_time" content="2026-01-19T08:50:00"></head>'
        '<body><form method="post" action="/tin-tuc/a-1" id="Form"><nav><a href="/">Trang chủ</a></nav>'
        f'<div class="news-detail"><h1>Tăng cường xử lý vi phạm</h1>{body}</div>'
        "<footer>Công an thành phố Hà Nội</footer></form></body></html>"
    )
    article = extract_article(page, url="https://congan.hanoi.gov.vn/tin-tuc/tang-cuong-1")
    assert article.is_article, article.reason
    assert article.text.splitlines() == [PARAGRAPH] * 3
    assert article.source == "congan_hanoi"
    assert article.published == datetime(2026, 1, 19, 8, 50, tzinfo=VN)


# ---------------------------------------------------------------- encodings

PARAGRAPH = "Phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa đã xử lý hơn 1.200 trường hợp vi phạm nồng độ cồn."
SMALL_PAGE = (
    "<html><head>{meta}<title>Tăng cường xử lý vi phạm</title>"
    '<meta property="article:published_time" content="2024-12-18T11:16:00+07:00"></head>'
    "<body><h1>Tăng cường xử lý vi phạm</h1>" + "<p>{p}</p>" * 3 + "</body></html>"
)


# A wrong <meta> under a right HTTP header: the header must win.
MISLEADING_META = '<meta charset="iso-8859-1">'


def small_page(meta: str = "") -> str:
    return SMALL_PAGE.format(meta=meta, p=PARAGRAPH)


def cp1258(text: str) -> bytes:
    """windows-1258 bytes as Vietnamese Windows writes them: base letter, then a combining tone."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones
        )
    return "".join(out).encode("cp1258")


def test_nfd_input_comes_out_nfc() -> None:
    page = unicodedata.normalize("NFD", small_page('<meta charset="utf-8">')).encode("utf-8")
    article = extract_article(page, url="https://congan.com.vn/vu-an/tang-cuong_146086.html")
    assert article.is_article, article.reason
    assert PARAGRAPH in article.text
    assert article.title == "Tăng cường xử lý vi phạm"
    assert unicodedata.is_normalized("NFC", article.text)


@pytest.mark.parametrize(
    ("raw", "headers"),
    [
        pytest.param(cp1258(small_page('<meta charset="windows-1258">')), None, id="cp1258-meta"),
        pytest.param(
            cp1258(small_page(MISLEADING_META)),
            {"Content-Type": "text/html; charset=windows-1258"},
            id="cp1258-header",
        ),
        pytest.param(
            small_page('<meta charset="windows-1258">').encode("utf-8"),
            None,
            id="utf8-mislabelled-cp1258",
        ),
        pytest.param(
            small_page(
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            ).encode("utf-8"),
            None,
            id="utf8-mislabelled-latin1",
        ),
        pytest.param(
            small_page('<meta charset="windows-1258">').encode("utf-8"),
            {"content-type": "text/html; charset=UTF-8"},
            id="header-beats-meta",
        ),
        pytest.param(
            small_page().encode("utf-8").decode("latin-1").encode("utf-8"),
            None,
            id="double-encoded",
        ),
    ],
)
def test_declared_charsets_decode_correctly(raw: bytes, headers: dict[str, str] | None) -> None:
    text = extract_article(
        raw, url="https://bocongan.gov.vn/tin-tuc-su-kien/a-t34079.html", headers=headers
    ).text
    assert text.splitlines() == [PARAGRAPH] * 3


def test_scrapy_headers_are_understood() -> None:
    from scrapy.http import Headers

    headers = Headers({"Content-Type": "text/html; charset=windows-1258"})
    article = extract_article(
        cp1258(small_page(MISLEADING_META)), url="https://congan.com.vn/a_1.html", headers=headers
    )
    assert article.text.splitlines() == [PARAGRAPH] * 3


def test_cp1258_decomposed_tones_are_composed() -> None:
    # windows-1258 writes most tones as combining marks; the body must still be NFC.
    raw = cp1258(small_page('<meta charset="windows-1258">'))
    assert "\u0301".encode("cp1258") in raw or "\u0300".encode("cp1258") in raw
    assert unicodedata.is_normalized("NFC", decode_html(raw))


# ---------------------------------------------------------------- the seed article page (csgt.vn)

SEED_BODY = (
    "Sáng nay 28/4, Cục Cảnh sát giao thông đã phát động chương trình hiến máu tình nguyện năm 2020 nhằm hưởng ứng lời kêu gọi của Tổng Bí thư, Chủ tịch nước và Thư của Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an kêu gọi toàn thể cán bộ, chiến sĩ phát huy tinh thần cách mạng, hăng hái tình nguyện và vận động mọi người cùng tham gia hiến máu cứu người.",
    "Thiếu tướng Trần Quốc Trung, Phó Cục trưởng Cục CSGT phát động chương trình nêu rõ, đây là một trong những hoạt động thiết thực nhằm chào mừng 45 năm Ngày Giải phóng miền Nam thống nhất đất nước, hướng tới kỷ niệm 75 năm Ngày truyền thống lực lượng CAND và chung tay cùng cả nước phòng, chống dịch bệnh COVID -19; đồng thời biểu dương CBCS đã phát huy truyền thống cách mạng, tinh thần vì nhân dân phục vụ, thể hiện nghĩa cử cao đẹp “Một giọt máu cho đi, một cuộc đời ở lại”, hăng hái tình nguyện tham gia hiến máu, giúp người bệnh vượt qua cơn hiểm nghèo, giúp các thầy thuốc có thêm nguồn máu để chữa bệnh, hỗ trợ các bệnh viện trong và ngoài ngành Công an chủ động nguồn máu, kịp thời cấp cứu, chữa bệnh cho người bệnh.",
    "Cùng ngày, Cục An ninh Mạng và Phòng chống tội phạm sử dụng Công nghệ cao, Cục Hậu cần, Bệnh viện Y học cổ truyền – Bộ Công an và nhiều đơn vị công an các địa phương cũng tham gia hiến máu.",
    "Chỉ trong 3 tuần phát động, lực lượng CAND trong cả nước đã hiến hơn 32.000 đơn vị. Mặc dù dịch bệnh COVID-19 diễn biến phức tạp nhưng với tinh thần vì nhân dân phục vụ, lực lượng CAND đã tiên phong, đi đầu hăng hái tham gia hiến máu tình nguyện,kịp thời cứu chữa cho người bệnh.",
)
SEED_NOT_BODY = (
    "Bài viết liên quan",
    "Học viện Chính trị CAND tích cực hiến máu",
    "Tiếp nhận tối thiểu 5.000 đơn vị máu",
    "Phát động hiến máu trong lực lượng công an nhân dân",
    "Ngày 21/4/2020",
    "Tháng Tư",  # related block
    "Tin mới",
    "nồng độ cồn",
    "Đảm bảo trật tự an toàn giao thông",  # sidebar
    "Trang chủ",
    "Giới thiệu",
    "Văn bản pháp luật",
    "Tra cứu phương tiện vi phạm",
    "Đường dây nóng",  # menu
    "Chia sẻ",
    "Facebook",
    "Twitter",
    "Zalo",
    "In bài viết",
    "lượt xem",
    "Tags",  # share bar, meta
    "Lê Duẩn",
    "069.2342.608",
    "©",
    "csgt.vn",
    "CỤC CẢNH SÁT GIAO THÔNG - BỘ CÔNG AN",  # footer, header
    "Công Thắng, Đá Nâu",  # the byline goes to ``author``
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return extract_article(load("csgt_seed"), url=SEED_URL)


def test_seed_metadata(seed: Article) -> None:
    assert seed.is_article, seed.reason
    assert seed.title == "Cục Cảnh sát giao thông hưởng ứng “Hành trình giọt máu nghĩa tình 2020”"
    assert seed.published == datetime(2020, 4, 28, 10, 15, tzinfo=VN)
    assert seed.modified == datetime(2020, 4, 28, 16, 42, 10, tzinfo=VN)
    assert seed.author == "Công Thắng, Đá Nâu"
    assert seed.source == "csgt" and seed.url == SEED_URL
    assert seed.category == "Hoạt động của lực lượng CSGT"
    assert (seed.lead or "").startswith("Sáng nay 28/4, Cục Cảnh sát giao thông")


def test_seed_body(seed: Article) -> None:
    lines = seed.text.splitlines()
    assert lines[0] == SEED_BODY[0]
    assert lines[-1] == "Một số hình ảnh tại chương trình:"
    for paragraph in SEED_BODY:
        assert paragraph in lines
    assert "Sáng nay 28/4, Cục Cảnh sát giao thông đã phát động" in seed.text
    assert seed.text.count("kịp thời cứu chữa cho người bệnh.") == 1
    for junk in SEED_NOT_BODY:
        assert junk not in seed.text, junk


def test_seed_printed_date_when_metadata_is_missing() -> None:
    page = load("csgt_seed").decode("utf-8")
    bare = re.sub(
        r'<meta property="article:[^>]*>|<script type="application/ld\+json".*?</script>',
        "",
        page,
        flags=re.S,
    )
    assert extract_article(bare).published == datetime(
        2020, 4, 28, tzinfo=VN
    )  # "28 Tháng Tư, 2020"
    # Without the header date, a related or sidebar date must not be taken for the page's own.
    headerless = bare.replace(
        ">28 Tháng Tư, 2020</a></div>\n                          </div>", "></a></div></div>", 1
    )
    assert headerless.count("28 Tháng Tư, 2020") == 1  # only the sidebar one is left
    published = extract_article(headerless).published
    assert published is None or published.date() not in {
        datetime(2020, 4, d).date() for d in (8, 20, 21, 22, 24, 27, 28)
    }


# ---------------------------------------------------------------- sources


@pytest.mark.parametrize(
    ("url", "key"),
    [
        pytest.param("https://cand.com.vn/Phap-luat/vu-an-i697108/", "cand", id="cand"),
        pytest.param("https://amp.cand.com.vn/Phap-luat/vu-an-i697108", "cand", id="amp.cand"),
        pytest.param("http://vnca.cand.com.vn/Cong-an/x-i1/", "cand", id="vnca.cand"),
        pytest.param("https://congan.com.vn/vu-an/x_146086.html", "congan", id="congan"),
        pytest.param(
            "https://bocongan.gov.vn/tin-tuc-su-kien/x-t34079.html", "bocongan", id="bocongan"
        ),
        pytest.param("https://pcmatuy.bocongan.gov.vn/tin-tuc/a", "bocongan", id="bocongan-unit"),
        pytest.param("https://www.csgt.vn/tra-cuu-phat-nguoi", "csgt", id="csgt"),
        pytest.param("https://anninhthudo.vn/x/851619.antd", "antd", id="antd"),
        pytest.param("https://congan.hanoi.gov.vn/tin-tuc/x-1", "congan_hanoi", id="congan-hanoi"),
        pytest.param("https://vnexpress.net/x-4672302.html", "vnexpress", id="vnexpress"),
        pytest.param("https://dantri.com.vn/kinh-doanh/x.htm", "dantri", id="dantri.com.vn"),
        pytest.param("https://www.laodong.vn/", "laodong", id="laodong"),
        pytest.param(None, None, id="none"),
        pytest.param("not a url", None, id="garbage"),
    ],
)
def test_source_from_url(url: str | None, key: str | None) -> None:
    assert source_from_url(url) == key


# ---------------------------------------------------------------- printed dates (price-parser style table)


def vn(*args: int, tz: int = 7) -> datetime:
    return datetime(*args, tzinfo=timezone(timedelta(hours=tz)))  # type: ignore[misc]


# Formats documented in reference/domain.md section 2 (cand, congan, bocongan, VnExpress, hvcsnd...).
EXAMPLES_DOMAIN = [
    ("Thứ Hai, 29/12/2025, 16:09", vn(2025, 12, 29, 16, 9)),
    ("Thứ Bảy, 18/07/2015, 08:00", vn(2015, 7, 18, 8, 0)),
    ("Thứ năm, 22/11/2012, 03:18 (GMT+7)", vn(2012, 11, 22, 3, 18)),
    ("Thứ ba, 13/12/2016 | 20:40 GMT+7", vn(2016, 12, 13, 20, 40)),
    ("11:10 18/07/2022", vn(2022, 7, 18, 11, 10)),
    ("18:00, 12/10/2025", vn(2025, 10, 12, 18, 0)),
    ("12:08, 19/08/2019", vn(2019, 8, 19, 12, 8)),
    ("11:16 - 18/12/2024", vn(2024, 12, 18, 11, 16)),
    ("22 Tháng Tư, 2020", vn(2020, 4, 22)),
    ("08 Tháng Tư, 2020", vn(2020, 4, 8)),
    ("1 Tháng Giêng, 2021", vn(2021, 1, 1)),
    ("3 Tháng Mười Một, 2019", vn(2019, 11, 3)),
    ("31 Tháng Mười Hai, 2019", vn(2019, 12, 31)),
    ("10 Tháng Mười, 2019", vn(2019, 10, 10)),
    ("Thứ Ba, 29/4/2025 21:52'(GMT+7)", vn(2025, 4, 29, 21, 52)),
    ("Thứ Ba, 11-04-2023 / 2:05:53 Sáng", vn(2023, 4, 11, 2, 5, 53)),
    ("Thứ Ba, 11-04-2023 / 2:05:53 Chiều", vn(2023, 4, 11, 14, 5, 53)),
    ("09/01/2023 Lượt xem: 10191", vn(2023, 1, 9)),
    ("Thứ ba 05/03/2019 11:02:29", vn(2019, 3, 5, 11, 2, 29)),
    ("Đăng vào Thứ ba, ngày 13/08/2019", vn(2019, 8, 13)),
    ("22 tháng 4, 2020", vn(2020, 4, 22)),
]
# Seen in the article headers of the fixture pages.
EXAMPLES_PAGES = [
    (" - 07/03/2026 08:47", vn(2026, 3, 7, 8, 47)),  # baodautu
    ("01/03/2026 09:51", vn(2026, 3, 1, 9, 51)),  # baochinhphu (an <svg> between date and time)
    ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", vn(2023, 11, 2, 19, 20)),  # vnexpress
    ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", vn(2026, 3, 7, 0, 5)),  # vnexpress
    ("Thứ Ba, 29/4/2025 21:52 (GMT+9)", vn(2025, 4, 29, 21, 52, tz=9)),  # a printed offset is kept
]
# Not page dates: document numbers, phone numbers, counts, impossible days, bare day/month.
EXAMPLES_NEGATIVE = [
    "Nghị định 100/2019/NĐ-CP",
    "Nghị định số 357/2025/NĐ-CP",
    "Đường dây nóng: 069.2342.608",
    "ĐT: 0912-345-678",
    "Lượt xem: 10191",
    "hơn 32.000 đơn vị",
    "Sáng nay 28/4",
    "31/02/2020",
    "thu 2 kg ma túy",
    "45 năm Ngày Giải phóng",
    "",
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(t, w, id=t) for t, w in EXAMPLES_DOMAIN + EXAMPLES_PAGES]
)
def test_printed_date_examples(text: str, want: datetime) -> None:
    got = parse_page_date(text)
    assert got == want and got is not None and got.utcoffset() == want.utcoffset()


@pytest.mark.parametrize("text", [pytest.param(t, id=t or "empty") for t in EXAMPLES_NEGATIVE])
def test_printed_date_negatives(text: str) -> None:
    assert find_page_date(text) is None


def test_printed_date_reports_rule_and_time() -> None:
    found = find_page_date("22 Tháng Tư, 2020")
    assert found is not None and found.rule == "d_month_word_y" and not found.has_time
    found = find_page_date("11:10 18/07/2022")
    assert found is not None and found.rule == "time_dmy" and found.has_time


# ---------------------------------------------------------------- fixture provenance


def test_every_page_fixture_has_a_provenance_line_and_is_unmodified() -> None:
    """fixtures/PROVENANCE.md lists each page; real pages still hash to the listed sha256."""
    provenance = (PAGES.parent / "PROVENANCE.md").read_text(encoding="utf-8")
    listed = dict(
        re.findall(r"^\| `([\w.]+)` \|.*?\| `([0-9a-f]{64})` \|$", provenance, flags=re.M)
    )
    for path in sorted(PAGES.iterdir()):
        assert f"`{path.name}`" in provenance, f"{path.name}: add a line to fixtures/PROVENANCE.md"
        if path.name.endswith(".html.gz"):
            digest = hashlib.sha256(gzip.decompress(path.read_bytes())).hexdigest()
            assert listed.get(path.name) == digest, (
                f"{path.name} differs from its provenance sha256"
            )
