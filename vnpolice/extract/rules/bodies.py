"""Bodies outside the police named in police news, as named tables: national and party bodies,
provincial departments (Sở), district offices (Phòng), bodies written with their province, and
the type words of named organisations (companies, banks, associations, theatres, shops).

Source: the organisation of the Vietnamese state (Hiến pháp 2013: Quốc hội and its Ủy ban Thường
vụ, Chính phủ, ministries; Luật Tổ chức chính quyền địa phương 2015: Sở at province level, Phòng at
district level, each named after the ministry it mirrors) and eval/GUIDE.md "agencies" (state
bodies, party bodies named as actors, companies, banks and hotels are organisations).
"""

from __future__ import annotations

# ---------------------------------------------------------------- national bodies
NATIONAL_BODIES: tuple[str, ...] = (
    "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Văn phòng Chính phủ",
    "Thanh tra Chính phủ", "Kiểm toán Nhà nước", "Ngân hàng Nhà nước Việt Nam",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
    "Ủy ban An toàn giao thông Quốc gia", "Cảnh sát biển Việt Nam", "Kho bạc Nhà nước",
    "Ủy ban Quốc gia về trẻ em",
    "Bảo hiểm xã hội Việt Nam", "Văn phòng Quốc hội",
    # State-owned commercial banks, better known by their brands (NATIONAL_ALIASES).
    "Ngân hàng Chính sách xã hội", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
    "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam",
    "Ngân hàng Thương mại cổ phần Công thương Việt Nam",
    "Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam",
    # Agencies of the transport ministry, written with or without "Việt Nam" (NATIONAL_ALIASES).
    "Cục Đăng kiểm Việt Nam", "Cục Hàng không Việt Nam", "Tổng cục Đường bộ Việt Nam",
    "Cục Đường bộ Việt Nam", "Cục Đường sắt Việt Nam", "Cục Hàng hải Việt Nam",
    "Cục Đường thủy nội địa Việt Nam", "Tổng công ty Đường sắt Việt Nam",
)  # fmt: skip

# Other names of those bodies ("Ngân hàng Nhà nước" without "Việt Nam").
NATIONAL_ALIASES: dict[str, tuple[str, ...]] = {
    "Ngân hàng Nhà nước Việt Nam": ("Ngân hàng Nhà nước", "NHNN"),
    "Ngân hàng Chính sách xã hội": ("Ngân hàng Chính sách xã hội Việt Nam", "NHCSXH"),
    "Ủy ban Thường vụ Quốc hội": ("UBTVQH",),
    "Ủy ban An toàn giao thông Quốc gia": ("Ủy ban ATGT Quốc gia", "UBATGTQG"),
    "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam": ("Agribank", "ngân hàng Agribank"),
    "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam": ("Vietcombank",),
    "Ngân hàng Thương mại cổ phần Công thương Việt Nam": ("VietinBank", "Vietinbank"),
    "Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam": ("BIDV",),
    "Bảo hiểm xã hội Việt Nam": ("BHXH Việt Nam",),
    "Cục Đăng kiểm Việt Nam": ("Cục Đăng kiểm",),
    "Cục Hàng không Việt Nam": ("Cục Hàng không",),
    "Tổng cục Đường bộ Việt Nam": ("Tổng cục Đường bộ",),
    "Cục Đường sắt Việt Nam": ("Cục Đường sắt",),
    "Cục Hàng hải Việt Nam": ("Cục Hàng hải",),
    "Cục Đường thủy nội địa Việt Nam": ("Cục Đường thủy nội địa",),
    "Tổng công ty Đường sắt Việt Nam": ("Tổng công ty Đường sắt",),
}

# International organisations named in police news (cooperation, awards, data): name -> aliases.
# One-word aliases are taken only in capitals ("WHO", never "who" in an English quote's case).
INTERNATIONAL_BODIES: dict[str, tuple[str, ...]] = {
    "Liên Hợp Quốc": ("Liên hiệp quốc", "LHQ"),
    "UNESCO": (),
    "UNICEF": (),
    "UNODC": ("Cơ quan Phòng chống ma túy và tội phạm của Liên Hợp Quốc",),
    "Tổ chức Y tế Thế giới": ("WHO",),
    "INTERPOL": ("Tổ chức Cảnh sát hình sự quốc tế", "Interpol"),
    "ASEANAPOL": ("Hội nghị Tư lệnh Cảnh sát các nước ASEAN",),
    "ASEAN": ("Hiệp hội các quốc gia Đông Nam Á",),
}

# Party bodies: organisations when they act ("chủ trương của Bộ Chính trị"), but not inside a
# person's post ("Ủy viên Bộ Chính trị", "Bí thư Đảng ủy Công an Trung ương"); the same holds
# for the national bodies in fixed posts ("Thủ tướng Chính phủ", "Đại biểu Quốc hội").
PARTY_BODIES: tuple[str, ...] = (
    "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Đảng ủy Công an Trung ương",
    "Quân ủy Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Nội chính Trung ương",
    "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương",
)  # fmt: skip
# Words right before a party body that make it part of a post.
PARTY_POST_WORDS: tuple[str, ...] = (
    "Ủy viên", "Ủy viên dự khuyết", "Bí thư", "Phó Bí thư", "Ban Thường vụ",
    "Thủ tướng", "Phó Thủ tướng", "Đại biểu",  # "Thủ tướng Chính phủ", "Đại biểu Quốc hội"
    "Phó Thủ tướng Thường trực",  # "Phó Thủ tướng Thường trực Chính phủ"
)  # fmt: skip

# ---------------------------------------------------------------- departments
# The functions a province's Sở and a district's Phòng are named after (one per ministry).
DEPARTMENTS: tuple[str, ...] = (
    "Giao thông vận tải", "Lao động - Thương binh và Xã hội", "Y tế", "Tài chính", "Công Thương",
    "Tư pháp", "Nội vụ", "Xây dựng", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
    "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hóa và Thông tin", "Du lịch",
    "Giáo dục và Đào tạo", "Khoa học và Công nghệ", "Thông tin và Truyền thông",
    "Kế hoạch và Đầu tư", "Ngoại vụ", "Dân tộc và Tôn giáo", "Tài chính - Kế hoạch",
    "Kinh tế - Hạ tầng", "Kinh tế", "Quản lý đô thị",
)  # fmt: skip
# Abbreviations of the department names (used for matching only).
DEPARTMENT_ABBREVIATIONS: dict[str, str] = {
    "GTVT": "Giao thông vận tải",
    "GT-VT": "Giao thông vận tải",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "TT&TT": "Thông tin và Truyền thông",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "KH&CN": "Khoa học và Công nghệ",
}

# ---------------------------------------------------------------- bodies of a province
# "<body> tỉnh X" / "<body> TP X" / "<body> X": the canonical name always says "tỉnh"/"thành
# phố" ("Sở GTVT Đắk Lắk" -> "Sở Giao thông vận tải tỉnh Đắk Lắk").
PROVINCIAL_BODIES: tuple[str, ...] = (
    "Thanh tra", "Cục Hải quan", "Cục Thuế", "Cục Thống kê", "Cục Quản lý thị trường",
    "Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Hội đồng nhân dân",
    "Liên đoàn Lao động", "Bảo hiểm xã hội", "Kho bạc Nhà nước", "Hội Chữ thập đỏ",
    "Đoàn Đại biểu Quốc hội", "Tỉnh đoàn", "Thành đoàn",
    # The provincial fire police before 8/2018 (domain.md §1.2: 20 Sở merged into Công an tỉnh).
    "Sở Cảnh sát phòng cháy chữa cháy",
    "Ban An toàn giao thông",
    # Before 2018 the market watch of a province was a Chi cục (now Cục Quản lý thị trường).
    "Chi cục Quản lý thị trường",
)  # fmt: skip
# Bodies whose name holds the level already: "Thành đoàn Đà Nẵng", not "Thành đoàn thành phố".
PLACE_HELD_BODIES: frozenset[str] = frozenset({"Tỉnh đoàn", "Thành đoàn"})
# Abbreviations of those bodies (used for matching only).
PROVINCIAL_ALIASES: dict[str, str] = {
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BĐBP": "Bộ đội Biên phòng",
    "Bộ Chỉ huy BĐBP": "Bộ Chỉ huy Bộ đội Biên phòng",
    "BCH BĐBP": "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ CHQS": "Bộ Chỉ huy Quân sự",
    "LĐLĐ": "Liên đoàn Lao động",
    "BHXH": "Bảo hiểm xã hội",
    "Sở Cảnh sát PCCC": "Sở Cảnh sát phòng cháy chữa cháy",
}
# Party committees: named as written, the place word kept only when written ("Thành ủy TP.
# HCM" -> "Thành ủy thành phố Hồ Chí Minh", "Tỉnh ủy Nghệ An" -> "Tỉnh ủy Nghệ An").
PARTY_COMMITTEES: tuple[str, ...] = ("Tỉnh ủy", "Thành ủy")
# Departments of a party committee, named with it ("Ban Tuyên giáo Thành ủy Hà Nội", "Ủy ban
# Kiểm tra Tỉnh ủy Nghệ An"): the words after "Ban"/"Ủy ban"/"Văn phòng".
PARTY_DEPARTMENTS: tuple[str, ...] = (
    "Tuyên giáo", "Tổ chức", "Dân vận", "Nội chính", "Kiểm tra", "Tuyên giáo và Dân vận",
)  # fmt: skip
# District party committees, named by their district ("Huyện ủy huyện Mang Yang", "Quận ủy Bình
# Thạnh" -> "Huyện ủy Mang Yang", "Quận ủy Bình Thạnh"): the repeated type word is dropped.
DISTRICT_COMMITTEES: tuple[str, ...] = (
    "Huyện ủy", "Quận ủy", "Thị ủy",
    # The district youth unions are named the same way ("Quận đoàn 5", "Huyện đoàn Gia Lâm").
    "Huyện đoàn", "Quận đoàn", "Thị đoàn",
)  # fmt: skip
# Bodies of a district named with it, the type word kept ("hạt Kiểm lâm huyện Kbang" -> "Hạt
# Kiểm lâm huyện Kbang", "trung tâm Y tế quận Liên Chiểu"); a lower-case first word is taken
# when the next is capitalised.
DISTRICT_BODIES: tuple[str, ...] = (
    "Hạt Kiểm lâm", "Trung tâm Y tế", "Bệnh viện", "Chi cục Thuế", "Chi cục Thi hành án dân sự",
    "Ban Chỉ huy Quân sự", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Trạm Y tế",
)  # fmt: skip

# Police and border posts named by the commune they serve ("Đồn Công an Quang Châu"), and
# prisons by their place ("Trại giam Xuân Lộc").
# Waterway and traffic police posts likewise ("Trạm Cảnh sát đường thủy Cát Lái").
STATIONS: tuple[str, ...] = (
    "Đồn Công an", "Đồn Biên phòng", "Trạm Biên phòng", "Trại giam",
    "Trạm Cảnh sát đường thủy", "Trạm Cảnh sát giao thông",
)  # fmt: skip
# Abbreviated post words (matching only) -> the post word of STATIONS.
STATION_ALIASES: dict[str, str] = {"Trạm CSGT": "Trạm Cảnh sát giao thông"}

# Party and mass organisations inside a police force, named with it ("Hội Phụ nữ Công an tỉnh
# Đắk Lắk", "Đoàn Thanh niên Công an TP. HCM"): taken only when its Công an follows, since
# alone they are the civil bodies.
POLICE_ASSOCIATIONS: tuple[str, ...] = (
    "Hội Phụ nữ", "Đoàn Thanh niên", "Công đoàn", "Hội Cựu chiến binh", "Đảng ủy", "Đảng bộ",
)  # fmt: skip

# ---------------------------------------------------------------- named organisations
# Type words before a proper name. A lower-case type word ("công ty", "quán bar") is taken
# when the name after it is capitalised.
ORG_TYPES: tuple[str, ...] = (
    "Tổng công ty", "Công ty", "Tập đoàn", "Ngân hàng", "Khách sạn", "Nhà hàng", "Cửa hàng",
    "Quán bar", "Quán karaoke", "Siêu thị", "Nhà hát", "Hội", "Trường", "Chi cục",
    "Doanh nghiệp tư nhân", "Trung tâm", "Viện", "Cảng hàng không", "Tiệm vàng", "Tiệm cầm đồ",
    "Tổng cục", "Đội Thanh tra", "Học viện", "Văn phòng luật sư", "Đoàn luật sư", "Công ty luật",
    "Nhà xe", "Tạp chí", "Cơ sở xã hội", "Khu bảo tồn thiên nhiên", "Vườn quốc gia", "Câu lạc bộ",
    "Cảng vụ",
)  # fmt: skip
# Abbreviated type words (matching only) -> the type word they stand for.
ORG_TYPE_ALIASES: dict[str, str] = {
    "Cty": "Công ty",
    "CTCP": "Công ty Cổ phần",
    "CLB": "Câu lạc bộ",
}
# Types named by the province they serve ("đoàn luật sư TP. Hà Nội" -> "Đoàn luật sư thành phố
# Hà Nội"); for other types a bare province is too vague a name ("Ngân hàng Nghệ An").
PROVINCE_NAMED_TYPES: frozenset[str] = frozenset({"Đoàn luật sư"})
# Types whose name may start with lower-case words when a capitalised word follows in it ("Viện
# nghiên cứu và Phát triển Nông thôn", "Trung tâm phòng chống HIV/AIDS tỉnh").
LOWER_START_TYPES: frozenset[str] = frozenset({"Viện", "Trung tâm", "Học viện"})
# Lower-case level words of a school before its capitalised name ("Trường tiểu học Hà Linh").
SCHOOL_LEVEL_WORDS: tuple[str, ...] = (
    "tiểu học", "trung học cơ sở", "trung học phổ thông", "mầm non", "đại học", "cao đẳng",
    "trung cấp", "phổ thông",
)  # fmt: skip
# Type words taken only when written with a capital (common nouns otherwise).
CAPITAL_ONLY_TYPES: frozenset[str] = frozenset(
    {
        "Hội",
        "Trường",
        "Nhà hát",
        "Tập đoàn",
        "Chi cục",
        "Trung tâm",
        "Viện",
        "Tổng cục",
        "Đội Thanh tra",
        "Học viện",
        "Cảng vụ",
        "Câu lạc bộ",
    }
)
# Types whose name may start with lower-case words before the proper name ("Cảng hàng không
# quốc tế X"); written with a capital only.
LOWER_NAMED_TYPES: frozenset[str] = frozenset({"Cảng hàng không"})
# Lower-case words of a company's line of business: they run on inside its name without
# counting as a stray lower-case run, and "và" may join them ("Công ty TNHH sản xuất thương mại
# và dịch vụ X").
BUSINESS_WORDS: tuple[str, ...] = (
    "sản xuất", "thương mại", "dịch vụ", "đầu tư", "xây dựng", "vận tải", "xuất nhập khẩu",
    "kinh doanh", "phát triển", "công nghệ", "du lịch", "tư vấn", "thiết kế", "chế biến",
    "bất động sản", "kỹ thuật", "môi trường", "hàng không", "giao thông vận tải", "giao thông",
)  # fmt: skip
# Place words a name may end with ("Trung tâm Phục vụ hành chính công tỉnh X", "... phường X");
# a bare "tỉnh" is the province the article is about.
PLACE_WORDS: tuple[str, ...] = (
    "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "TP.", "TP",
)  # fmt: skip
# The first word of a school's name says its level ("Trường Đại học X", "Trường THPT X");
# otherwise "Trường" is a given name or a street ("Trường Chinh").
SCHOOL_LEVELS: frozenset[str] = frozenset(
    {"Đại", "Cao", "Trung", "Tiểu", "Mầm", "Phổ", "THPT", "THCS", "PTTH", "ĐH", "CĐ", "Quốc"}
)
# School levels written short, expanded in the canonical name (GUIDE: abbreviations expanded).
SCHOOL_ABBREVIATIONS: dict[str, str] = {
    "THPT": "Trung học phổ thông", "THCS": "Trung học cơ sở", "PTTH": "Phổ thông trung học",
    "ĐH": "Đại học", "CĐ": "Cao đẳng",
}  # fmt: skip
# Legal forms after "Công ty": written form -> canonical ("CP" -> "Cổ phần").
COMPANY_FORMS: dict[str, str] = {
    "TNHH MTV": "TNHH MTV",
    "TNHH một thành viên": "TNHH một thành viên",
    "TNHH": "TNHH",
    "CP": "Cổ phần",
    "Cổ phần": "Cổ phần",
    "TMCP": "Thương mại cổ phần",
}
# Words that start the next agency: an organisation's name stops before them ("Hội Văn học
# Nghệ thuật Đắk Lắk và Phòng Cảnh sát cơ động").
AGENCY_STARTS: tuple[str, ...] = (
    "Phòng", "Công an", "Cục", "Bộ", "Sở", "Đội", "UBND", "Ủy ban", "Uỷ ban", "Công ty",
    "Ngân hàng", "Bệnh viện", "Trường", "Viện", "Hội", "Tòa án", "Toà án", "TAND", "VKSND",
    "Tổng cục", "Thanh tra", "Đồn", "Trung tâm", "Tập đoàn", "TP", "Chi nhánh",
)  # fmt: skip

# Lower-case words that end an organisation's name (it never goes on through them).
NAME_BREAKS: frozenset[str] = frozenset(
    [
        "bị",
        "được",
        "đã",
        "đang",
        "sẽ",
        "với",
        "của",
        "cho",
        "tại",
        "ở",
        "trong",
        "ngoài",
        "từ",
        "đến",
        "là",
        "có",
        "do",
        "khi",
        "này",
        "đó",
        "nên",
        "thì",
        "mà",
        "để",
        "về",
        "theo",
        "trên",
        "dưới",
        "sau",
        "trước",
        "cùng",
        "như",
        "hay",
        "hoặc",
        "vừa",
        "không",
        "chưa",
        "cũng",
        "còn",
        "nhưng",
        "vì",
        "nếu",
        "gồm",
        "thuộc",
        "làm",
        "lừa",
        "nhận",
        "chuyển",
        "rồi",
        "ra",
        "vào",
        "lên",
        "xuống",
        "qua",
        "bằng",
        "nằm",
        "phải",
        "chịu",
        "trách",
        "nhiệm",
        # A person named next ("tiệm vàng X và anh Y").
        "anh",
        "chị",
        "ông",
        "bà",
        # Verbs that follow an organisation as subject ("Cảng ... X phát hiện", "X yêu cầu").
        "phát",
        "bắt",
        "kiểm",
        "tiến",
        "yêu",
        "đề",
        "nói",
        "khẳng",
        "xử",
    ]
)

# English words that end a brand-like organisation's name written in Latin script ("Vietnam
# Airlines", "Sun Group").
BRAND_HEADS: tuple[str, ...] = (
    "Airlines", "Airways", "Group", "Bank", "Corporation", "Corp", "JSC", "Hotel", "Resort",
    "Holdings", "Telecom", "Motors", "Logistics", "Pharma",
)  # fmt: skip
