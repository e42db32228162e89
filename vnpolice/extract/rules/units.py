"""Quantity rules as named tables: counted nouns and measures (with their canonical unit),
qualifiers, and the words that make a number not a quantity.

Units are matched LONGEST FIRST (the extractor sorts the surfaces by length), so "đơn vị máu" wins
over "đơn vị", "viên ma túy tổng hợp" over "viên", "xe mô tô" over "xe". Canonical units are lower
case and as short as still meaningful (GUIDE): scale words are folded into the value, so
"tỷ đồng" is not a unit, "đồng" is.
"""

from __future__ import annotations

# --- Counted nouns (need a space after the number) ------------------------------------------
# surface -> canonical unit. Matched case-insensitively, whitespace-flexible.
COUNTED_NOUNS: dict[str, str] = {
    # blood donation
    "đơn vị máu": "đơn vị máu",
    "túi máu": "đơn vị máu",
    "đơn vị": "đơn vị",  # -> "đơn vị máu" in a blood-donation sentence (BLOOD_CONTEXT_RE)
    "lượt người hiến máu": "lượt người",
    "lượt người": "lượt người",
    "lượt": "lượt",
    "tình nguyện viên": "tình nguyện viên",
    # people
    "cán bộ, chiến sĩ": "cán bộ chiến sĩ",
    "cán bộ chiến sĩ": "cán bộ chiến sĩ",
    "CBCS": "cán bộ chiến sĩ",
    "cán bộ": "cán bộ",
    "chiến sĩ": "chiến sĩ",
    "đối tượng": "đối tượng",
    "bị can": "bị can",
    "bị cáo": "bị cáo",
    "nghi phạm": "nghi phạm",
    "nghi can": "nghi can",
    "phạm nhân": "phạm nhân",
    "nạn nhân": "nạn nhân",
    "đồng phạm": "đồng phạm",  # before "đồng" (money)
    "viên chức": "viên chức",  # before "viên"
    "công dân": "công dân",
    "người": "người",
    "hộ chiếu": "hộ chiếu",  # before "hộ" (household)
    "hộ gia đình": "hộ",
    "hộ": "hộ",
    # cases and groups
    "vụ án": "vụ án",
    "vụ việc": "vụ việc",
    "vụ": "vụ",
    "chuyên án": "chuyên án",
    "trường hợp vi phạm": "trường hợp vi phạm",
    "trường hợp": "trường hợp",
    "lỗi vi phạm": "lỗi vi phạm",
    "hành vi vi phạm": "hành vi vi phạm",
    "đường dây": "đường dây",
    "băng, nhóm": "băng nhóm",
    "băng nhóm": "băng nhóm",
    "ổ nhóm": "ổ nhóm",
    "tụ điểm": "tụ điểm",
    "địa điểm": "địa điểm",
    "điểm": "điểm",
    "tổ công tác": "tổ công tác",
    # vehicles and papers
    "xe mô tô": "xe mô tô",
    "xe môtô": "xe mô tô",
    "mô tô": "mô tô",  # the noun as written: "264.626 mô tô" (GUIDE: the counted noun)
    "xe gắn máy": "xe máy",
    "xe máy": "xe máy",
    "xe ô tô": "ô tô",
    "xe ôtô": "ô tô",
    "ô tô": "ô tô",
    "ôtô": "ô tô",
    "xe tải": "xe tải",
    "xe khách": "xe khách",
    "xe": "xe",
    "phương tiện": "phương tiện",
    "chỗ ngồi": "chỗ ngồi",
    "giấy phép lái xe": "giấy phép lái xe",
    "GPLX": "giấy phép lái xe",
    "điện thoại di động": "điện thoại di động",
    "ĐTDĐ": "điện thoại di động",  # both spellings of the abbreviation are written
    "ĐTDD": "điện thoại di động",
    "điện thoại": "điện thoại",
    "camera": "camera",
    # drugs, weapons, goods
    "bánh heroin": "bánh heroin",
    "bánh hêrôin": "bánh heroin",
    "bánh": "bánh",
    "viên ma túy tổng hợp": "viên ma túy tổng hợp",
    "viên ma tuý tổng hợp": "viên ma túy tổng hợp",
    "viên hồng phiến": "viên hồng phiến",
    "viên thuốc lắc": "viên thuốc lắc",
    "viên đạn": "viên đạn",
    "viên": "viên",
    "tép heroin": "tép heroin",
    "tép": "tép",
    "khẩu trang": "khẩu trang",  # before "khẩu" (gun)
    "khẩu súng": "khẩu súng",
    "khẩu": "khẩu súng",
    "quả lựu đạn": "quả lựu đạn",
    "gói": "gói",
    "túi": "túi",
    "lọ": "lọ",
    "bao": "bao",
    "thùng": "thùng",
    "kiện": "kiện",
    "chiếc": "chiếc",
    # money (words). "đô" alone is the spoken dollar ("mười đô"); after a number it is rarely
    # anything else, and "đô thị", "đô vật" are kept out by NOT_UNIT_CONTINUATIONS.
    "đô la Mỹ": "USD",
    "đô la": "USD",
    "đô Mỹ": "USD",
    "đô": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "rupees": "INR",
    "rupee": "INR",
    "xen": "cent",  # cents, spoken: "hai đô la và 23 xen"
    "xu": "cent",
    "cent": "cent",
    "đồng": "đồng",
    "phần trăm": "%",
    # other currencies, written as words ("1.000 nhân dân tệ", "20.000 Yên": the tagger reads
    # a capitalised "Yên" as a proper noun, so it cannot come from the open-class rule).
    "nhân dân tệ": "nhân dân tệ",
    "yên Nhật": "yên",
    "yên": "yên",
    "won": "won",
    "bảng Anh": "bảng Anh",
    "ringgit": "ringgit",
    "baht": "baht",
    "bạt": "baht",
    "kíp": "kíp",
    "riel": "riel",
    # records of a suspect: counted even after "một" ("có một tiền án", MOT_COUNTED)
    "tiền án": "tiền án",
    "tiền sự": "tiền sự",
    # floors: "căn nhà 2 tầng" (after the number; "tầng 4" before it is a label)
    "tầng": "tầng",
    # measures spelled out
    "kilôgam": "kg",
    "kilogam": "kg",
    "ki-lô-gam": "kg",
    "gam": "gam",
    "gram": "gam",
    "tấn": "tấn",
    "lít": "lít",
    "mét vuông": "m2",
    "mét khối": "m3",
    "mét": "m",
    "ki-lô-mét": "km",
    "cây số": "km",
    "héc-ta": "ha",
    "hecta": "ha",
}

# --- Measures and symbols (may be glued to the number: "15kg", "50%") -----------------------
# Matched case-sensitively: "5G" is a network, "5g" is five grams.
MEASURES: dict[str, str] = {
    # concentrations (breath alcohol): "0,315 mg/l", "0,25 mg / l khí thở", "0,4 miligam/1 lít"
    "mg/l": "mg/l",
    "mg/lít": "mg/l",
    "mg/1 lít": "mg/l",
    "miligam/lít": "mg/l",
    "miligam/1 lít": "mg/l",
    "mg/100ml": "mg/100ml",
    "mg/100 ml": "mg/100ml",
    "mg": "mg",
    "NDT": "nhân dân tệ",
    "CNY": "nhân dân tệ",
    "JPY": "yên",
    "KRW": "won",
    "kg": "kg",
    "Kg": "kg",
    "KG": "kg",
    "g": "gam",
    "gr": "gam",
    "ml": "ml",
    "tấn": "tấn",
    "m2": "m2",
    "m²": "m2",
    "m3": "m3",
    "m": "m",
    "cm": "cm",
    "mm": "mm",
    "km/h": "km/h",
    "km/giờ": "km/h",
    "km": "km",
    "ha": "ha",
    "%": "%",
    "USD": "USD",
    "$": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "GBP": "GBP",
    "£": "GBP",
    "Rs": "INR",
    "INR": "INR",
    "AED": "AED",
    "VNĐ": "đồng",
    "VND": "đồng",
    "đ": "đồng",
}

# A unit word followed by one of these is another word: "năm tấn công" (attack), "hai đồng chí"
# (comrade). Checked after the longest-first match, so "đồng phạm" is already a unit of its own.
NOT_UNIT_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    "tấn": ("công",),
    "đồng": ("chí", "bào", "hồ", "nghiệp", "đội", "thời", "loạt", "ý", "tình", "lòng", "bằng"),
    "bao": ("gồm", "giờ", "nhiêu", "vây"),
    "điểm": ("danh",),
    "đô": ("thị", "vật", "hộ", "đốc", "úy", "uý", "thành"),
    "xu": ("hướng", "thế", "nịnh"),
    # "yên xe" (saddle), "yên tâm"; place names ("Yên Bái", "Yên Lạc", "Yên Mỹ")
    "yên": (
        *("xe", "tâm", "ổn", "bình", "tĩnh", "lặng", "ả", "bái", "lạc", "mỹ", "thế", "dũng"),
        *("định", "phong", "khánh", "sơn", "thành", "lập", "mô", "hưng", "châu", "thủy"),
        *("lãng", "minh", "hòa", "hoà", "phụ", "nghĩa", "trung", "thuỷ", "hồ", "ninh"),
    ),
}

# Units never written with a capital: a capitalised form is a name ("ba Đồng": a commune). Not
# "yên": "20.000 Yên" is written so.
LOWER_CASE_UNITS: frozenset[str] = frozenset({"đồng"})

# --- Money written the other way round -------------------------------------------------------
# Currency codes and symbols written BEFORE the number ("$10", "USD1,23", "VN$1000", "Rs 20",
# "£9"), longest first; the value is the number after them.
PREFIX_CURRENCIES: dict[str, str] = {
    "VN$": "đồng",
    "VND": "đồng",
    "VNĐ": "đồng",
    "USD": "USD",
    "US$": "USD",
    "$": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "GBP": "GBP",
    "£": "GBP",
    "Rs": "INR",
    "INR": "INR",
    "AED": "AED",
}
# Currencies with hundredths spoken after them: "hai đô 23", "20 Rupees 43", "hai đô la và 23 xen"
# -> 2.23 and 20.43. The cents are 1-99, a bare number only at the end of the phrase.
CENT_CURRENCIES: frozenset[str] = frozenset({"USD", "EUR", "GBP", "INR"})
CENT_WORDS: tuple[str, ...] = ("xen", "xu", "cent", "cents")

# A classifier between the number and the noun ("3 chiếc xe máy", "2 con dao"): skipped, the
# noun after it is the unit. Alone ("3 chiếc") it is the unit itself (COUNTED_NOUNS).
CLASSIFIERS: tuple[str, ...] = ("chiếc", "cái")

# "đơn vị" counts blood in a sentence where donation was mentioned BEFORE the number ("đã hiến
# hơn 32.000 đơn vị"); a trigger after it ("20 đơn vị tham gia hiến máu") counts organisations.
# "hiến" alone also starts "Hiến pháp", "hiến kế", "cống hiến".
BLOOD_CONTEXT_RE = r"(?<!cống\s)\bhiến(?!\s+(?:pháp|kế|tặng\s+đất))|\bmáu\b"
# ...unless the noun continues as an organisation ("đơn vị công an", "đơn vị trực thuộc").
ORG_AFTER_DON_VI_RE = (
    r"\s+(?:công\s+an|cảnh\s+sát|trực\s+thuộc|tham\s+gia|địa\s+phương|nghiệp\s+vụ)\b"
)

# --- Open-class counted nouns (extract/counted.py) -------------------------------------------
# With no lexicon unit after a number, the common noun after it is the unit ("4 thi thể", "65 tài
# xế", "9 sổ tiết kiệm"), found with underthesea's POS tags. Heads that are never counts:
# durations and times (GUIDE: "3 năm", "2 tuần", "10 giờ"), ages ("23 tuổi"). TIME_HEADS also
# rule out the words they start ("2 ngày đêm", "hai năm học", "2 tuần lễ").
TIME_HEADS: frozenset[str] = frozenset(
    {"năm", "tháng", "tuần", "ngày", "đêm", "hôm", "giờ", "tiếng", "phút", "giây", "tuổi", "quý"}
    | {"tết"}  # "26 Tết": a day of the lunar new year, not a count
)
# Whole words only ("sáng" is a morning, "2 sáng kiến" are counted; "3 đường ống" too).
NOT_COUNTED_HEADS: frozenset[str] = frozenset(
    {
        *("thế kỷ", "thế kỉ", "thập kỷ", "thập niên", "mùa", "sáng", "trưa", "chiều", "tối"),
        *("lúc", "khi"),
        "thứ",  # "2 thứ" (things), and weekdays
        "số",
        "bên",  # "hai bên" (both sides, the parties): a reference, not a count
        # A family named by its members is no count (GUIDE notes: "hai vợ chồng", "ba mẹ con").
        *("vợ chồng", "mẹ con", "cha con", "bố con", "anh em", "chị em", "ông cháu", "bà cháu"),
        *("mẹ", "bố", "cha"),  # "ba mẹ con" is tagged "mẹ" + "con"
        # Parts of the body: "dùng hai tay ôm", "hai chân" (GUIDE counts things and people).
        *("tay", "chân", "mắt", "vai", "đầu"),
        # house numbers: "29 Đường Nguyễn Bính", "12 phố Huế", "5 ngõ 10"
        *("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"),
    }
)
# Before a number, these nouns make it a label, not a count, for open-class nouns ("thôn 4 xã
# Y", "lớp 12 trường", "đợt 2 tổng kiểm soát"); LABEL_BEFORE already holds the ones that block
# every unit. Capitalised nouns and proper nouns ("Đội 10 Phòng", "Trung đoàn 2") block too.
OPEN_LABEL_BEFORE: tuple[str, ...] = (
    *("thôn", "ấp", "xóm", "bản", "khóm", "khu", "khu phố", "tổ dân phố", "khu vực", "đường"),
    *("lớp", "khóa", "khoá", "khối", "hạng", "top", "mã", "cấp", "bậc", "cửa", "cổng"),
    *("đợt", "giai đoạn", "kỳ", "kì", "phần", "tập", "chặng", "vòng", "lần", "trang", "phiên"),
    *("căn hộ", "nhà", "tòa", "toà", "block", "phân khu", "điểm", "bảng", "nhóm", "mẫu"),
    *("năm", "tháng", "ngày", "tuần", "quý", "giờ"),
)
# Number words that never take an open-class noun: "một" is an article ("một người đàn ông"),
# "năm" is also "year" ("năm nay", "năm học").
NOT_OPEN_NUMBER_WORDS: frozenset[str] = frozenset({"một", "năm"})
# Classifiers: the noun after them is part of the unit ("5 con dao", "354 chai rượu").
OPEN_CLASSIFIERS: frozenset[str] = frozenset(
    {
        "chiếc",
        "cái",
        "con",
        "quả",
        "khẩu",
        "viên",
        "bánh",
        "tờ",
        "bộ",
        "chai",
        "thùng",
        "bao",
        "gói",
        "lọ",
        "cuốn",
        "quyển",
        "căn",
        "ngôi",
        "tấm",
        "cây",
        "bức",
        "hộp",
        "túi",
        "can",
        "bình",
        "cặp",
        "đôi",
        "bịch",
        "lá",
        "sợi",
        "thanh",
    }
)
# Classifiers of persons: the noun after them is the unit ("8 em học sinh" -> học sinh, "ba đứa
# con" -> con); alone they are the unit ("4 em bị thương").
PERSON_CLASSIFIERS: frozenset[str] = frozenset({"em", "đứa"})
# "một" is an article ("một người đàn ông", GUIDE) except before nouns that are always counted:
# a suspect "có một tiền án, hai tiền sự".
MOT_COUNTED: tuple[str, ...] = ("tiền án", "tiền sự")
# ...and in a casualty count, where "một" is the number of victims: "khiến một người chết",
# "làm một người bị thương", "có một người dương tính với ma túy".
MOT_COUNT_BEFORE: tuple[str, ...] = ("khiến", "làm", "làm cho")
MOT_SEIZED_BEFORE: tuple[str, ...] = ("thu giữ", "tịch thu", "thu")
# ...but not before words of an unmeasured amount: "thu giữ một khoảng tiền", "một vật".
MOT_VAGUE: frozenset[str] = frozenset({"khoảng", "vật", "lượng", "ít", "số", "phần", "loạt"})
MOT_COUNT_AFTER: tuple[str, ...] = (
    "chết", "tử vong", "thiệt mạng", "bị thương", "bị trọng thương", "trọng thương", "dương tính",
)  # fmt: skip
# A bare scale word after a number ("từ 8 đến 10 triệu", "giá 5 triệu/tháng") is an amount of
# đồng only when the sentence talks about money before it (the gold guide's convention).
BARE_MONEY_SCALES: frozenset[str] = frozenset({"triệu", "tỷ", "tỉ"})
MONEY_CONTEXT_RE = (
    r"(?<!\w)(?:giá|tiền|phí|học\s+phí|lừa|chiếm\s+đoạt|thiệt\s+hại|trị\s+giá|lương|"
    r"phạt|nộp|vay|nợ|bồi\s+thường|doanh\s+thu|lãi|thu\s+lợi|"
    r"thu(?!\s+(?:hút|thập|nhận|hẹp))|chi(?!\s+(?:tiết|nhánh|bộ|cục|đoàn|hội))|"
    r"đóng(?!\s+(?:cửa|quân|vai|góp\s+ý)))(?!\w)"
)

# --- Qualifiers (matched right before the number, longest first) -----------------------------
# GUIDE: gần = about (the domain notes read it as an upper bound; the gold files say about).
QUALIFIERS: dict[str, str] = {
    "nhiều hơn": "more_than",
    "cao hơn": "more_than",
    "không dưới": "at_least",
    "không ít hơn": "at_least",
    "thấp nhất là": "at_least",
    "tối thiểu là": "at_least",
    "ít nhất là": "at_least",
    "tối thiểu": "at_least",
    "ít nhất": "at_least",
    "cao nhất là": "at_most",
    "tối đa là": "at_most",
    "tối đa": "at_most",
    "không quá": "at_most",
    "không cao hơn": "at_most",
    "không nhiều hơn": "at_most",
    "kém hơn": "less_than",
    "không vượt quá": "at_most",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "ít hơn": "less_than",
    "dưới": "less_than",
    "hơn": "more_than",
    "trên": "more_than",
    "vượt": "more_than",
    "trên dưới": "about",  # "trên dưới 100 người": around, not "dưới" (less than)
    "ngót nghét": "about",
    "ngót": "about",
    "cỡ": "about",
    "chưa đầy": "less_than",
    "không đến": "less_than",
    "không tới": "less_than",
    "xấp xỉ": "about",
    "ước tính": "about",
    "khoảng": "about",
    "chừng": "about",
    "gần": "about",
    "tầm": "about",
    "ước": "about",
}
# Words that may stand between a qualifier and its number: "ít nhất đã có 4 người".
QUALIFIER_FILLERS: tuple[str, ...] = ("đã có", "đã", "có", "cũng có")
# "trên" after a verb of moving or placing is the preposition "on", not "more than": "di chuyển
# trên 3-4 xe máy", "ngồi trên 2 xe".
TREN_PREPOSITION_AFTER: tuple[str, ...] = (
    "di chuyển",
    "đi",
    "ngồi",
    "chở",
    "chạy",
    "đứng",
    "nằm",
    "lái",
    "cưỡi",
    "đèo",
    "đăng",
    "đăng tải",
    "in",
    "ghi",
)
# After the unit: "từ 8 chỗ ngồi trở lên" -> at_least.
SUFFIX_QUALIFIERS: dict[str, str] = {"trở lên": "at_least", "trở xuống": "at_most"}

# --- Not quantities -------------------------------------------------------------------------
# Vague amounts (GUIDE): "hàng trăm", "vài trăm nghìn", "mấy chục". A number right after these
# is dropped.
VAGUE_BEFORE: tuple[str, ...] = ("hàng", "vài", "mấy", "dăm", "mươi", "một vài")
# A number right after these is an ordinal, a label or an address, not a count: "lần thứ 3",
# "Điều 249", "khoản 1", "số 5", "Đội 3", "Quận 1", "Km 15", "tầng 4".
LABEL_BEFORE: tuple[str, ...] = (
    "thứ",
    "số",
    "điều",
    "khoản",
    "chương",
    "mục",
    "đội",
    "tổ",
    "phòng",
    "quận",
    "phường",
    "tầng",
    "lô",
    "km",
    "quốc lộ",
    "tỉnh lộ",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "sn",
    "tuổi",
)
