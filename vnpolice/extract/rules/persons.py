"""Person rules as named tables: ranks, positions, party posts, name cues, surnames.

Source: reference/domain.md §1.4 (ranks, Luật CAND 2018 Art. 21) and §1.5 (positions). Matching
is on ``fold`` keys, so "Đại uý"/"Đại úy" and "thiếu tướng"/"Thiếu tướng" need no extra entry;
the table value is the normalised spelling the contract stores.
"""

from __future__ import annotations

# ---------------------------------------------------------------- ranks
# Normalised spelling (old tone placement, GUIDE: "thiếu uý" -> "Thiếu úy"), highest first.
RANKS: tuple[str, ...] = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
    "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
    "Thượng sĩ", "Trung sĩ", "Hạ sĩ",
    "Binh nhất", "Binh nhì",
)  # fmt: skip

# ---------------------------------------------------------------- positions (state posts)
# Longer titles first: "Phó Cục trưởng" must win over "Cục trưởng", "Phó Thủ trưởng Cơ quan
# Cảnh sát điều tra" over "Thủ trưởng". A title may be followed by the agency it heads
# ("Phó Cục trưởng Cục CSGT"); the agency extractor expands that part.
POSITIONS: tuple[str, ...] = (
    "Phó Thủ trưởng Cơ quan Cảnh sát điều tra", "Thủ trưởng Cơ quan Cảnh sát điều tra",
    "Phó Thủ tướng", "Thủ tướng", "Chủ tịch nước", "Phó Chủ tịch nước",
    "Thứ trưởng", "Bộ trưởng", "Trợ lý Bộ trưởng",
    "Phó Cục trưởng", "Cục trưởng", "Phó Tư lệnh", "Tư lệnh", "Chính ủy",
    "Phó Giám đốc", "Giám đốc",
    "Phó Chánh Văn phòng", "Chánh Văn phòng", "Phó Viện trưởng", "Viện trưởng",
    "Phó Hiệu trưởng", "Hiệu trưởng",
    "Phó Trưởng phòng", "Trưởng phòng", "Phó Trưởng Công an", "Trưởng Công an",
    "Phó Đội trưởng", "Đội trưởng", "Phó Trưởng trạm", "Trưởng trạm",
    "Trung đoàn trưởng", "Tiểu đoàn trưởng", "Đại đội trưởng", "Trung đội trưởng",
    "Phó Chủ tịch", "Chủ tịch", "Phó Chánh án", "Chánh án",
    "Phó Thủ trưởng", "Thủ trưởng", "Người phát ngôn", "Điều tra viên", "Kiểm sát viên",
    "Thẩm phán",
)  # fmt: skip

# Party posts: kept out of ``title`` (the contract shows the state post only: "Đại tướng Tô
# Lâm, Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an" -> title "Bộ trưởng Bộ Công an"). They are
# skipped when looking for the post after a name, and never open a person mention on their own.
PARTY_POSTS: tuple[str, ...] = (
    "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng",
    "Bí thư Trung ương Đảng", "Tổng Bí thư", "Bí thư Đảng ủy", "Phó Bí thư Đảng ủy",
    "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Bí thư Thành ủy", "Bí thư", "Đại biểu Quốc hội",
    "Ủy viên",
)  # fmt: skip

# ---------------------------------------------------------------- name cues
# Words before a name that make it a person, with no rank or title: honorifics and the roles
# of police news (suspects, victims, witnesses). Stored as nothing (rank="" and title="").
CUES: tuple[str, ...] = (
    "ông", "bà", "anh", "chị", "cháu", "em",
    "đối tượng", "bị can", "bị cáo", "nghi phạm", "nghi can", "phạm nhân", "tài xế", "nạn nhân",
    "tên", "thí sinh", "lái xe", "chủ xe",
    # Roles and jobs written before a name ("thủ quỹ Đinh Thị A", "chiến sĩ trẻ Y Khang B").
    "đồng chí", "chiến sĩ", "chiến sĩ trẻ", "trinh sát", "thủ quỹ", "kế toán", "nhân viên",
    "chủ quán", "chủ nhà", "chủ hộ", "giáo viên", "bác sĩ", "luật sư", "sinh viên", "học sinh",
    "bị hại", "người bị hại", "kỹ thuật viên",
)  # fmt: skip

# Common Vietnamese surnames: a name without a rank/title/cue is taken only when it starts with
# one of these and is marked as a person by an initial ("Nguyễn Văn A.") or a birth year
# ("Lê Văn T. (SN 1990)").
_SURNAME_LIST: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng",
    "Mai", "Tô", "Hà", "Tạ", "Lưu", "Lương", "Chu", "Cao", "Quách", "Thái", "Triệu", "Lã",
    "Lò", "Hứa", "Kiều", "Nghiêm", "Tăng", "Khúc", "Mạc", "Văn", "Thân", "Giang", "Tôn", "Từ",
    "Âu", "Doãn", "Bế", "Nông", "La", "Cù", "Châu", "Diệp", "Lục", "Tống",
    "Đồng", "Điểu", "Khổng", "Ninh", "Thạch", "Danh",
    # Less common Kinh surnames, and surnames of the H'Mông, Thái and Dao of the north
    # ("Lò Văn Xiển", "Giàng A Páo", "Sùng Mí Dính"), frequent in border drug cases.
    "Khương", "Lư", "Mẫn", "Hạng", "Giàng", "Sùng", "Thào", "Vàng", "Mùa", "Lầu",
    "Cầm", "Quàng",
)  # fmt: skip

# Ethnic given-name prefixes of the Central Highlands (Ê Đê, M'nông: "Y Khang Ja", "Y Moan
# Niê"): a one-letter first syllable that is not an initial when a capitalised syllable follows.
ETHNIC_PREFIXES: frozenset[str] = frozenset({"Y"})
# H'Mông surnames, after which a one-letter middle syllable without a dot is part of the name,
# not an initial ("Giàng A Páo", "Hạng A Chinh").
HMONG_SURNAMES: frozenset[str] = frozenset(
    {"Giàng", "Sùng", "Thào", "Vàng", "Mùa", "Lầu", "Hạng", "Vừ", "Hầu", "Chang", "Lý"}
)

# Words before "gồm" that make the list after it a list of people ("các đối tượng gồm: Nguyễn
# Văn A, Trần Văn B (SN 1990) và Lê Thị C"). Folded spellings are compared.
LIST_HEADS: tuple[str, ...] = (
    "đối tượng", "bị can", "bị cáo", "nghi can", "nghi phạm", "phạm nhân", "nạn nhân",
    "người", "thành viên", "can phạm", "bị hại",
)  # fmt: skip
SURNAMES: frozenset[str] = frozenset(_SURNAME_LIST)

# Two-letter initials ("Nguyễn Thị Kh."): consonant clusters that are never a whole syllable.
INITIAL_CLUSTERS: frozenset[str] = frozenset(
    {"Ch", "Gh", "Gi", "Kh", "Ng", "Nh", "Ph", "Qu", "Th", "Tr"}
)

# Words that cannot be part of a name: the next title/agency starts there ("Thiếu tướng Trần
# Quốc Trung Phó Cục trưởng ..."). Compared on the exact (case- and tone-sensitive) text, since
# folding would make the given names "Quân", "Viên", "Chánh" collide with "Quận", "Viện", ...
NAME_STOPS: tuple[str, ...] = (
    "Phó", "Bộ", "Cục", "Công an", "Giám đốc", "Trưởng", "Chủ tịch", "Tổng Bí thư", "Thứ trưởng",
    "Ủy viên", "Uỷ viên", "Bí thư", "Đội", "Phòng", "Viện", "Chánh án", "Chánh Văn phòng",
    "Tư lệnh", "Chính ủy", "Chính uỷ", "Thủ trưởng", "Cảnh sát", "Học viện", "Bệnh viện",
    "Trung tâm", "Thành phố", "TP", "UBND", "TAND", "VKSND", "CSGT", "Sở", "Người",
    "Công ty", "Ngân hàng", "Nhà hát", "Quốc hội", "Tỉnh ủy", "Thành ủy", "Trường Đại học",
    "Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Cao đẳng", "Hội Liên hiệp",
    "Hội Nông dân", "Hội Cựu chiến binh", "Hội Chữ thập đỏ",
)  # fmt: skip
