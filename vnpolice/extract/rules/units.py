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
    "mô tô": "xe mô tô",
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
    # measures spelled out
    "kilôgam": "kg",
    "kilogam": "kg",
    "ki-lô-gam": "kg",
    "gam": "gam",
    "gram": "gam",
    "tấn": "tấn",
    "lít": "lít",
    "mét vuông": "m2",
    "héc-ta": "ha",
    "hecta": "ha",
}

# --- Measures and symbols (may be glued to the number: "15kg", "50%") -----------------------
# Matched case-sensitively: "5G" is a network, "5g" is five grams.
MEASURES: dict[str, str] = {
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
}

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
    "xấp xỉ": "about",
    "ước tính": "about",
    "khoảng": "about",
    "chừng": "about",
    "gần": "about",
    "tầm": "about",
    "ước": "about",
}
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
