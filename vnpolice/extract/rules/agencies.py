"""Agency gazetteer: units of the Bộ Công an and other named bodies, as named tables.

Source: reference/domain.md §1.2 (codes, official names, aliases, old codes) and §1.6
(abbreviations). A code is given only where domain.md states it (✔ or ~); "?" codes are left out.

Matching (see ``extract/agencies.py``) is on ``fold`` keys with flexible separators, so an alias
never needs a tone-placement, NFD, case, comma or "&"/"và" variant. Short forms are generated from
``ABBREVIATIONS`` ("Cục Cảnh sát giao thông" -> "Cục CSGT"); list here only the aliases that
cannot be generated (other words, old names, codes).
"""

from __future__ import annotations

from dataclasses import dataclass

from vnpolice.extract.rules.bodies import (
    INTERNATIONAL_BODIES,
    NATIONAL_ALIASES,
    NATIONAL_BODIES,
    PARTY_BODIES,
)

MINISTRY = "Bộ Công an"
CAND = "Công an nhân dân"

# ---------------------------------------------------------------- abbreviations
# Short form -> long form, as written in police news (domain.md §1.6, GUIDE.md "agencies").
# Order matters for generating short forms: longer long forms first, so that
# "Cơ quan Cảnh sát điều tra" becomes "CQCSĐT" before "Cảnh sát điều tra" becomes "CSĐT".
ABBREVIATIONS: dict[str, str] = {
    "CQCSĐT": "Cơ quan Cảnh sát điều tra",
    "PCCC & CNCH": "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "QLHC về TTXH": "quản lý hành chính về trật tự xã hội",
    "THAHS & HTTP": "thi hành án hình sự và hỗ trợ tư pháp",
    "VKSND": "Viện Kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân",
    "UBND": "Ủy ban nhân dân",
    "QLXNC": "Quản lý xuất nhập cảnh",
    "CATP": "Công an thành phố",
    "CAND": "Công an nhân dân",
    "CSND": "Cảnh sát nhân dân",
    "ANND": "An ninh nhân dân",
    "CSGT": "Cảnh sát giao thông",
    "CSHS": "Cảnh sát hình sự",
    "CSKT": "Cảnh sát kinh tế",
    "CSĐT": "Cảnh sát điều tra",
    "ĐTTP": "điều tra tội phạm",  # "Phòng Cảnh sát ĐTTP về ma túy"
    "CSCĐ": "Cảnh sát cơ động",
    "CSMT": "Cảnh sát môi trường",
    "ANKT": "An ninh kinh tế",
    "ANĐT": "An ninh điều tra",
    "PCCC": "phòng cháy, chữa cháy",
    "CNCH": "cứu nạn, cứu hộ",
    "PCTP": "phòng, chống tội phạm",
    "ANM": "An ninh mạng",
    "CNC": "công nghệ cao",
    "XNC": "xuất nhập cảnh",
    "KTHS": "kỹ thuật hình sự",
    "BTL": "Bộ Tư lệnh",
    "BCA": "Bộ Công an",
    "BV": "Bệnh viện",
    "ĐH": "Đại học",
    "TT": "trật tự",  # "Đội CSGT-TT": Cảnh sát giao thông - trật tự
    # Used for expansion only (never generated: "CA" and "TP" would make every name ambiguous).
    "CA": "Công an",
    "TP": "thành phố",
}
NOT_GENERATED = frozenset({"CA", "TP", "BV", "CATP"})


@dataclass(frozen=True)
class Unit:
    """A named agency. ``parent`` is the canonical name of the unit above it (None at the top)."""

    canonical: str
    code: str | None = None
    aliases: tuple[str, ...] = ()
    old_codes: tuple[str, ...] = ()
    parent: str | None = MINISTRY
    police: bool = True


# ---------------------------------------------------------------- ministry-level units
# Cục and commands with codes (domain.md §1.2). Old codes map here, never to their own unit:
# "C45" is read as C02 (GUIDE: old codes map to the current unit).
UNITS: tuple[Unit, ...] = (
    Unit(MINISTRY, aliases=("BCA",), parent=None),
    Unit("Cục An ninh chính trị nội bộ", "A03", ("ANCTNB",)),
    Unit("Cục An ninh kinh tế", "A04"),
    Unit(
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        "A05",
        (
            "Cục An ninh mạng và phòng, chống tội phạm công nghệ cao",
            "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao",  # C50B's old name
        ),
        ("C50B",),
    ),
    Unit("Cục Quản lý xuất nhập cảnh", "A08", ("Cục XNC",)),
    Unit("Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an", "C01", ("Văn phòng CQCSĐT",)),
    Unit(
        "Cục Cảnh sát hình sự",
        "C02",
        ("Cục Cảnh sát điều tra tội phạm về trật tự xã hội",),
        ("C45",),
    ),
    Unit(
        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        "C03",
        ("Cục Cảnh sát kinh tế",),
        ("C46", "C48", "C74"),
    ),
    # C47 (pre-2018) is "?" in domain.md; the annotation conventions map it to C04.
    Unit("Cục Cảnh sát điều tra tội phạm về ma túy", "C04", ("Cục Cảnh sát ma túy",), ("C47",)),
    Unit("Cục Cảnh sát phòng, chống tội phạm về môi trường", "C05", ("Cục Cảnh sát môi trường",)),
    Unit("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "C06", ("Cục QLHC về TTXH",)),
    Unit(
        "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "C07",
        ("Cục Cảnh sát phòng cháy chữa cháy", "Cục Cảnh sát PCCC"),
    ),
    Unit(
        "Cục Cảnh sát giao thông",
        "C08",
        ("Cục Cảnh sát giao thông đường bộ - đường sắt",),
        ("C67",),
    ),
    Unit(
        "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
        "C10",
        (),
        ("V26",),
    ),
    Unit("Cục Cảnh sát thi hành án hình sự và hỗ trợ tư pháp", "C11"),
    Unit("Bộ Tư lệnh Cảnh vệ", "K01"),
    Unit("Bộ Tư lệnh Cảnh sát cơ động", "K02"),
    Unit("Văn phòng Bộ Công an", "X01", ("VP Bộ Công an",)),
    # Named units without a sourced code.
    Unit("Cục An ninh điều tra"),
    Unit("Cục An ninh nội địa"),
    Unit("Cục An ninh cửa khẩu"),
    Unit("Viện Khoa học hình sự", aliases=("Viện Khoa học kỹ thuật hình sự",)),
    Unit("Cục Tổ chức cán bộ"),
    Unit("Cục Đào tạo"),
    Unit("Cục Đối ngoại"),
    Unit("Cục Pháp chế và cải cách hành chính, tư pháp"),
    Unit("Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
    Unit("Viện Chiến lược và Khoa học Công an"),
    Unit("Cục Hồ sơ nghiệp vụ"),
    Unit("Cục Kỹ thuật nghiệp vụ"),
    Unit("Cục Viễn thông và cơ yếu"),
    Unit("Cục Quản lý xây dựng và doanh trại"),
    Unit("Cục Hậu cần"),
    Unit("Cục Truyền thông Công an nhân dân", aliases=("Cục Truyền thông CAND",)),
    Unit("Cục Công tác đảng và công tác chính trị"),
    Unit("Cơ quan Cảnh sát điều tra Bộ Công an"),
    # The ministry's security investigation agency; the Cục An ninh điều tra is its standing
    # apparatus, as the Văn phòng CQCSĐT (C01) is the Cơ quan CSĐT's: named apart.
    Unit("Cơ quan An ninh điều tra Bộ Công an"),
    # The six Tổng cục abolished in 8/2018 (domain.md §1.1), still named in older articles.
    Unit("Tổng cục An ninh"),
    Unit("Tổng cục Cảnh sát"),
    Unit("Tổng cục Chính trị Công an nhân dân"),
    Unit("Tổng cục Hậu cần - Kỹ thuật"),
    Unit("Tổng cục Tình báo"),
    Unit("Tổng cục Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"),
    # Academies and schools (the codes in domain.md are admission codes, not unit codes).
    Unit("Học viện An ninh nhân dân", aliases=("HVANND",)),
    Unit("Học viện Cảnh sát nhân dân", aliases=("HVCSND",)),
    Unit("Học viện Chính trị Công an nhân dân"),
    Unit("Trường Đại học An ninh nhân dân"),
    Unit("Trường Đại học Cảnh sát nhân dân"),
    Unit("Trường Đại học Phòng cháy chữa cháy"),
    Unit("Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân"),
    # Hospitals. The dash in "Bệnh viện Y học cổ truyền – Bộ Công an" varies (–, -, none) in
    # news; the canonical drops it, and matching ignores it.
    Unit("Bệnh viện Y học cổ truyền Bộ Công an"),
    Unit("Bệnh viện 19-8"),
    Unit("Bệnh viện 199"),
    Unit("Bệnh viện 30-4"),
    # Press and museum.
    Unit("Báo Công an nhân dân", aliases=("Báo CAND",)),
    Unit("Truyền hình Công an nhân dân", aliases=("ANTV", "Truyền hình CAND")),
    Unit("Báo An ninh Thủ đô"),
    Unit("Báo Công an Thành phố Hồ Chí Minh", aliases=("Báo Công an TP.HCM",)),
    Unit("Bảo tàng Công an nhân dân"),
)

# Bodies outside the police named in police news (GUIDE: other state bodies, courts, hospitals).
# Party bodies ("Bộ Chính trị") are listed when they act, never inside a post ("Ủy viên Bộ
# Chính trị"): see rules/bodies.py.
_MINISTRIES = (
    # After the 2025 reorganisation.
    "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
    # Merged in 2025, still named in older articles.
    "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Thông tin và Truyền thông",
)  # fmt: skip
# Ministries by their usual short names; the "&" is written with and without spaces in the
# word-segmented corpora ("Bộ GD & ĐT").
_MINISTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Bộ Giao thông vận tải": ("Bộ GTVT", "Bộ GT-VT", "Bộ GT - VT"),
    "Bộ Giáo dục và Đào tạo": ("Bộ GD&ĐT", "Bộ GD & ĐT", "Bộ GD-ĐT", "Bộ GD - ĐT"),
    "Bộ Lao động - Thương binh và Xã hội": (
        "Bộ LĐ-TB&XH", "Bộ LĐ - TB & XH", "Bộ LĐTB&XH", "Bộ LĐTB & XH",
    ),
    "Bộ Văn hóa, Thể thao và Du lịch": (
        "Bộ VH-TT&DL", "Bộ VH - TT & DL", "Bộ VHTT&DL", "Bộ VHTT & DL", "Bộ VHTTDL",
    ),
    "Bộ Thông tin và Truyền thông": ("Bộ TT&TT", "Bộ TT & TT", "Bộ Thông tin & Truyền thông"),
    "Bộ Tài nguyên và Môi trường": ("Bộ TN&MT", "Bộ TN & MT", "Bộ TN-MT"),
    "Bộ Nông nghiệp và Phát triển nông thôn": ("Bộ NN&PTNT", "Bộ NN & PTNT", "Bộ NN-PTNT"),
    "Bộ Kế hoạch và Đầu tư": ("Bộ KH&ĐT", "Bộ KH & ĐT", "Bộ KH-ĐT"),
    "Bộ Khoa học và Công nghệ": ("Bộ KH&CN", "Bộ KH & CN", "Bộ KH-CN"),
    "Bộ Nông nghiệp và Môi trường": ("Bộ NN&MT", "Bộ NN & MT"),
}  # fmt: skip
OTHER_UNITS: tuple[Unit, ...] = (
    *(
        Unit(m, aliases=_MINISTRY_ALIASES.get(m, ()), parent=None, police=False)
        for m in _MINISTRIES
    ),
    Unit("Tòa án nhân dân tối cao", parent=None, police=False),
    Unit("Viện Kiểm sát nhân dân tối cao", parent=None, police=False),
    Unit("Viện Huyết học - Truyền máu Trung ương", parent="Bộ Y tế", police=False),
    Unit("Hội Chữ thập đỏ Việt Nam", parent=None, police=False),
    Unit("Bộ đội Biên phòng", parent="Bộ Quốc phòng", police=False),
    Unit("Tổng cục Hải quan", parent="Bộ Tài chính", police=False),
    Unit("Cục Điều tra chống buôn lậu", parent="Tổng cục Hải quan", police=False),
    # Investigation agencies outside the police (Luật Tổ chức cơ quan điều tra hình sự 2015).
    Unit(
        "Cơ quan điều tra Viện Kiểm sát nhân dân tối cao",
        aliases=("Cơ quan điều tra VKSND tối cao", "Cơ quan điều tra Viện KSND tối cao"),
        parent="Viện Kiểm sát nhân dân tối cao",
        police=False,
    ),
    Unit("Cơ quan điều tra hình sự Bộ Quốc phòng", parent="Bộ Quốc phòng", police=False),
    # International bodies named in police news (cooperation, awards), by their usual names.
    *(
        Unit(name, aliases=aliases, parent=None, police=False)
        for name, aliases in INTERNATIONAL_BODIES.items()
    ),
    *(
        Unit(b, aliases=NATIONAL_ALIASES.get(b, ()), parent=None, police=False)
        for b in NATIONAL_BODIES + PARTY_BODIES
    ),
)

# Bodies of a Công an tỉnh/huyện named with it ("Cơ quan CSĐT Công an tỉnh X", "Trại tạm giam
# Công an tỉnh X"); named alone they belong to the provincial police named before them.
ATTACHED_BODIES: tuple[str, ...] = (
    "Cơ quan Cảnh sát điều tra",
    "Cơ quan An ninh điều tra",
    "Trại tạm giam",
    "Cơ quan Thi hành án hình sự",
)

# ---------------------------------------------------------------- provincial divisions
# "Phòng <function>" of a Công an tỉnh: provincial code = "P" + the ministry counterpart's code
# (domain.md §1.2 "provincial counterpart takes a P prefix"). ``functions`` are the words after
# "Phòng"/"Đội" (short forms are generated); the first is the canonical one.


@dataclass(frozen=True)
class Division:
    functions: tuple[str, ...]
    code: str | None = None
    old_codes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.functions[0]


DIVISIONS: tuple[Division, ...] = (
    Division(
        (
            "Cảnh sát giao thông",
            "Cảnh sát giao thông đường bộ - đường sắt",
        ),
        "PC08",
        ("PC67",),
    ),
    Division(("Cảnh sát hình sự",), "PC02", ("PC45",)),
    # The pre-2018 names of the economic-crime division map to today's unit (GUIDE: old codes
    # and names map to the current unit), like its old code PC46.
    Division(
        (
            "Cảnh sát kinh tế",
            "Cảnh sát điều tra tội phạm về kinh tế và chức vụ",
            "Cảnh sát điều tra tội phạm về kinh tế và tham nhũng",
        ),
        "PC03",
        ("PC46",),
    ),
    # "về" is often dropped: "phòng Cảnh sát điều tra tội phạm ma túy".
    Division(
        (
            "Cảnh sát điều tra tội phạm về ma túy",
            "Cảnh sát điều tra tội phạm ma túy",
            "Cảnh sát điều tra về tội phạm ma túy",
            "Cảnh sát ma túy",
        ),
        "PC04",
        ("PC47",),
    ),
    # Named like its ministry counterpart C05 (domain.md §1.2); "Cảnh sát môi trường" is the
    # pre-2018 name, still written.
    Division(("Cảnh sát phòng, chống tội phạm về môi trường", "Cảnh sát môi trường"), "PC05"),
    Division(("Cảnh sát quản lý hành chính về trật tự xã hội", "Cảnh sát QLHC về TTXH"), "PC06"),
    Division(
        (
            "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Cảnh sát phòng cháy chữa cháy",
            "Cảnh sát PCCC",
            # named by its other task: "cảnh sát cứu hộ - cứu nạn Công an tỉnh Gia Lai"
            "Cảnh sát cứu hộ, cứu nạn",
            "Cảnh sát cứu nạn, cứu hộ",
        ),
        "PC07",
        ("PC66",),
    ),
    Division(
        (
            "Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
            "Cảnh sát thi hành án hình sự và hỗ trợ tư pháp hình sự",
        ),
        "PC11",
    ),
    # "Phòng Cảnh sát bảo vệ - cơ động": the name before the 2018 reorganisation.
    Division(
        ("Cảnh sát cơ động", "Cảnh sát bảo vệ - cơ động", "Cảnh sát bảo vệ và cơ động"), "PK02"
    ),
    Division(("An ninh kinh tế",), "PA04"),
    Division(
        (
            "An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
            "An ninh mạng và phòng, chống tội phạm công nghệ cao",
        ),
        "PA05",
    ),
    Division(("Quản lý xuất nhập cảnh", "Xuất nhập cảnh"), "PA08"),
    # Staff, security and support departments every Công an tỉnh has; their codes are not in
    # domain.md.
    Division(("Tham mưu",)),
    Division(("Kỹ thuật hình sự",)),
    Division(("An ninh đối nội",)),
    Division(("An ninh điều tra",)),
    Division(("An ninh chính trị nội bộ",)),
    Division(("Tổ chức cán bộ",)),
    Division(("Hậu cần",)),
    Division(("Cảnh sát bảo vệ",)),
    # TP.HCM kept a waterway traffic division beside its PC08 ("Phòng CSGT đường bộ – đường sắt",
    # domain.md §1.2): a unit of its own, not PC08; code not in domain.md.
    Division(("Cảnh sát giao thông đường thủy", "Cảnh sát đường thủy")),
)

# Functions a district "Đội" has that no provincial Phòng has under that name.
TEAM_FUNCTIONS: tuple[str, ...] = (
    "Cảnh sát điều tra tội phạm về trật tự xã hội",
    "Cảnh sát điều tra tội phạm về kinh tế và chức vụ",
    "Cảnh sát điều tra",
    "Cảnh sát giao thông - trật tự",
    "Cảnh sát trật tự",
    "Cảnh sát khu vực",
    "Tuần tra kiểm soát",
)
# Teams of a ministry department, named with a number ("Đội tuần tra kiểm soát đường bộ cao tốc
# số 1"): the expressway patrol teams belong to the Cục Cảnh sát giao thông.
MINISTRY_TEAMS: dict[str, str] = {
    "Tuần tra kiểm soát đường bộ cao tốc": "Cục Cảnh sát giao thông",
    # The same teams as often written without "kiểm soát"; named as written.
    "Tuần tra đường bộ cao tốc": "Cục Cảnh sát giao thông",
}
