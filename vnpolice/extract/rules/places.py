"""Province tables: the 63 provinces before the 1/7/2025 merger, their successors, and spellings.

The 34 current provinces come from the vietnam-provinces package; what it does not know (the old
names, and how news writes them) is here.
"""

from __future__ import annotations

# Centrally-run cities before 1/7/2025 (Huế counted as "Thừa Thiên Huế", a province, until then).
OLD_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")

# The 63 provinces before the 2025 merger -> their 2025 province (short names). Ordered as
# domain.md §1.3 lists the merger; the unchanged ones map to themselves.
OLD_PROVINCES: dict[str, str] = {
    "Hà Giang": "Tuyên Quang", "Tuyên Quang": "Tuyên Quang",
    "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên", "Thái Nguyên": "Thái Nguyên",
    "Hòa Bình": "Phú Thọ", "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh", "Bắc Ninh": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên", "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng", "Hải Phòng": "Hải Phòng",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Ninh Bình": "Ninh Bình",
    "Quảng Bình": "Quảng Trị", "Quảng Trị": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Quảng Ngãi": "Quảng Ngãi",
    "Bình Định": "Gia Lai", "Gia Lai": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa",
    "Bình Thuận": "Lâm Đồng", "Đắk Nông": "Lâm Đồng", "Lâm Đồng": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk", "Phú Yên": "Đắk Lắk",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh", "Hồ Chí Minh": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai", "Đồng Nai": "Đồng Nai",
    "Long An": "Tây Ninh", "Tây Ninh": "Tây Ninh",
    "Cần Thơ": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Sóc Trăng": "Cần Thơ",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Vĩnh Long": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau", "Cà Mau": "Cà Mau",
    "An Giang": "An Giang", "Kiên Giang": "An Giang",
    "Thừa Thiên Huế": "Huế",
    "Hà Nội": "Hà Nội", "Cao Bằng": "Cao Bằng", "Điện Biên": "Điện Biên", "Lai Châu": "Lai Châu",
    "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn", "Quảng Ninh": "Quảng Ninh",
    "Thanh Hóa": "Thanh Hóa", "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh",
}  # fmt: skip

# Other spellings seen in news -> short name. Tone placement and NFD need no entry (fold).
PROVINCE_ALIASES: dict[str, str] = {
    "TP.HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh", "HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh",
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh", "TP Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh", "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu",
    "Đắc Lắc": "Đắk Lắk", "Bắc Cạn": "Bắc Kạn", "Kontum": "Kon Tum",
}  # fmt: skip
