"""Event trigger words and argument cues, by event type.

All phrases are written in lower case with old-style tone placement ("hòa", "ủy"): they are
matched against :func:`vnpolice.extract.text.match_key` of the text, which keeps tones (so "lễ"
never matches the surname "Lê") but ignores tone placement and case.
"""

from __future__ import annotations

# Event types of the extraction contract, most specific first. When one sentence carries triggers
# of several types, the earlier type in this tuple wins for the generic triggers of CAMPAIGN:
# "phát động chương trình hiến máu" is a blood donation drive, not a bare campaign.
EVENT_TYPES: tuple[str, ...] = (
    "blood_donation",
    "seizure",
    "arrest",
    "prosecution",
    "sanction",
    "accident",
    "fire",
    "rescue",
    "campaign",
    "ceremony",
    "other",
)

# Trigger phrases. Longer phrases first inside each list only for readability: matching is on
# word boundaries and all phrases are tried.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "blood_donation": (
        "hiến máu",
        "ngày hội hiến máu",
        "giọt máu nghĩa tình",
        "tiếp nhận máu",
        "đơn vị máu",
        "lễ hội xuân hồng",
    ),
    # "thu hồi" is left out: it is mostly money or licences being recovered, not goods seized.
    # "thu hồi được" is the police recovering stolen goods ("thu hồi được một số tài sản").
    "seizure": (
        "thu giữ",
        "tịch thu",
        "thu được",
        "kê biên",
        "tạm giữ tang vật",
        "thu hồi được",
        "thu tang vật",
        "thu nhiều tang vật",
    ),  # fmt: skip
    "arrest": (
        "bắt giữ",
        "bắt quả tang",
        "bắt khẩn cấp",
        "bắt tạm giam",
        "tạm giữ hình sự",
        "tạm giữ khẩn cấp",
        "bị tạm giữ",
        # "tạm giữ Vũ Huy T. để điều tra", "tạm giữ 2 đối tượng": a person held (not goods:
        # NOT_HAPPENING_AFTER).
        "tạm giữ",
        "tạm giam",
        "truy bắt",
        "bắt được",
        "bắt gọn",
        "bắt",
        "đầu thú",
        # domain.md §4: busts of rings and gangs end in arrests.
        "triệt phá",
        "sa lưới",
    ),
    "prosecution": (
        "khởi tố",
        "truy tố",
        "xét xử",
        "tuyên án",
        "tuyên phạt",
        "phạt tù",
        "lĩnh án",
        "hầu tòa",
        # Not "bị can" alone: it names a person already charged ("bị can Trần Văn H., SN 2002"),
        # mostly in the background of another happening.
    ),
    "sanction": (
        "xử phạt",
        "phạt tiền",
        "phạt nguội",
        "tước giấy phép",
        "tước quyền sử dụng giấy phép",
        "lập biên bản",
        "xử lý vi phạm",
    ),
    "accident": (
        "tai nạn giao thông",
        "tai nạn",
        "tngt",
        "va chạm",
        "đâm vào",  # also a stabbing: needs a vehicle in the sentence (VEHICLE_NEEDED)
        # Not "tông" alone: "bê tông", "thùng các tông".
        "tông vào",
        "tông trúng",
        "tông chết",
        "lật xe",
        "lao xuống",  # "chiếc ôtô lao xuống sông": needs a vehicle (VEHICLE_NEEDED)
        "phát nổ",  # "cưa bom phát nổ", "bình gas phát nổ": an accident of its own
        # Drownings, sinkings and falls are accidents too (the gold's reading of GUIDE's "tai nạn").
        "đuối nước",
        "chìm tàu",
        "tàu chìm",
        "trượt chân",
    ),
    "fire": (
        "hỏa hoạn",
        "vụ cháy",
        "đám cháy",
        "bốc cháy",
        "phát hỏa",
        "cháy nổ",
        "chữa cháy",
        "cháy",
    ),
    "rescue": (
        "cứu hộ",
        "cứu nạn",
        "giải cứu",
        "tìm kiếm cứu nạn",
        "cứu người bị nạn",
        "được cứu",
        "cứu sống",
    ),
    "campaign": (
        "phát động",
        "ra quân",
        "cao điểm",
        "tổng kiểm soát",
        "tổng kiểm tra",
        "hưởng ứng",
        "chiến dịch",
        "phong trào",
        "tháng hành động",
    ),
    "ceremony": (
        "lễ",
        "kỷ niệm",
        "trao tặng",
        "khen thưởng",
        "hội nghị",
        "tổng kết",
        "sơ kết",
        "gặp mặt",
        "trao quyết định",
        "công bố quyết định",
        "tặng bằng khen",
        "tặng giấy khen",
        "trao thưởng",
        "thưởng nóng",
        "tuyên dương",
        "truy tặng",
        "trao quà",
        "trao học bổng",
        "tọa đàm",
        # A funeral the force holds for its fallen is a ceremony ("tổ chức tang lễ").
        "tang lễ",
        "lễ tang",
    ),
}

# Triggers that name an accident only when a vehicle is in the sentence ("đâm vào chân" is a
# stabbing).
VEHICLE_NEEDED: frozenset[str] = frozenset({"đâm vào", "va chạm", "lao xuống"})
VEHICLE_WORDS: tuple[str, ...] = (
    "xe", "ô tô", "ôtô", "xe máy", "mô tô", "container", "tàu", "xe khách", "xe tải", "phương tiện",
)  # fmt: skip

# Types that a ceremony sentence absorbs: "lễ khen thưởng thành tích bắt giữ 895 bánh heroin"
# honours an arrest reported elsewhere; the sentence's happening is the ceremony.
CEREMONY_ABSORBS: frozenset[str] = frozenset({"arrest", "seizure", "prosecution", "sanction"})
CEREMONY_WORDS: tuple[str, ...] = ("lễ", "khen thưởng", "trao tặng", "kỷ niệm", "tuyên dương")

# Police news that fits no type is "other" (GUIDE): emitted when an article reports no typed
# happening but is about the police at all.
POLICE_WORDS: tuple[str, ...] = ("công an", "cảnh sát", "csgt", "bộ công an")

# Quantity units that report a happening of a type even without a trigger verb in the sentence:
# "đã hiến hơn 32.000 đơn vị máu" is the result of the blood drive.
UNIT_TYPES: dict[str, str] = {
    "đơn vị máu": "blood_donation",
}

# A trigger right after one of these words is a purpose or a future plan, not a reported
# happening: "hướng tới kỷ niệm 75 năm", "nhằm chào mừng", "chuẩn bị tổ chức lễ".
PURPOSE_CUES: tuple[str, ...] = (
    "hướng tới",
    "chào mừng",
    "nhằm",
    "nhân dịp",
    "để",
    "sẽ",
    "dự kiến",
    "chuẩn bị",
    "nguy cơ",
    # Negated or pending: "chưa khởi tố", "chưa thể tiến hành khởi tố", "hoàn tất hồ sơ, khởi tố".
    "chưa",
    "không",
    "hồ sơ",
    "đề nghị",
    # Habits and duties, not happenings: "nơi thường xảy ra tai nạn giao thông", "tình trạng cháy
    # xe", "đang đi làm nhiệm vụ cứu hộ".
    "thường",
    "tình trạng",
    "nhiệm vụ",
    # What could happen, not what did: "có thể gây tai nạn chết người"; what was slow to come:
    # "lực lượng chức năng chậm phát hiện, bắt giữ".
    "có thể",
    "chậm",
    # Prevention goals: "kéo giảm tai nạn giao thông", "ngăn chặn cháy nổ".
    "giảm",
    "hạn chế",
    "ngăn chặn",
    "phòng ngừa",
    "bảo đảm",
    "đảm bảo",
    # Considered, feared or readily done, not done: "xem xét khởi tố", "sợ công an bắt",
    # "sẵn sàng khủng bố, bắt giữ người".
    "xem xét",
    "sợ",
    "sẵn sàng",
    # A rule, not a happening: "Nghị định 46 quy định phạt tiền 4 - 6 triệu đồng".
    "quy định",
    # Threats and pretences of fraudsters: "doạ bắt giam", "giả danh công an".
    "dọa",
    "đe dọa",
    "giả danh",
)

# Negation holds for the whole clause, through lists: "chưa khởi tố vụ án, khởi tố bị can".
# Only "chưa": "không" is too often "không may", "không chỉ".
# Hypotheses, history and wishes hold through the clause too: "nếu ... thì đã bị khởi tố", "đã
# nhiều lần bị lập biên bản xử lý vi phạm", "từng bị bắt", "mong muốn ... xử phạt nghiêm".
CLAUSE_NEGATION: tuple[str, ...] = (
    "chưa", "nếu", "nhiều lần", "từng", "mong muốn", "kiến nghị",
    # A proposal is not a happening: "đề nghị Bộ Công an mở các đợt cao điểm".
    "đề nghị",
    # Denied or conditional: "phủ nhận thông tin ... đã khởi tố", "chỉ khi xảy ra cháy nổ".
    "phủ nhận", "chỉ khi",
    # Suspected, not established: "nghi do bị ô tô tông chết".
    "nghi do", "nghi bị",
)  # fmt: skip
CLAUSE_BREAKS = r"[;:]|\bnhưng\b|\btuy nhiên\b|\bsau đó\b"

# Sentence-wide markers of what has not happened yet: a trigger anywhere after them in the
# sentence is a plan ("từ nay đến cuối năm, CSGT sẽ ... xử lý ... tai nạn giao thông").
FUTURE_CUES: tuple[str, ...] = (
    "sẽ", "từ nay đến", "dự kiến", "kế hoạch", "phương án", "thời gian tới", "sắp tới", "tới đây",
)  # fmt: skip

# Names of topics or forces in which trigger words are not happenings: "công tác phòng cháy
# chữa cháy, cứu nạn, cứu hộ", "phòng, chống tội phạm". Matched first; triggers inside are skipped.
TOPIC_PHRASES: tuple[str, ...] = (
    r"phòng,? chống(?: (?!và(?!\w))\w+){1,4}",
    r"phòng cháy,? chữa cháy(?:,? (?:và )?cứu nạn,? cứu hộ)?",
    r"cứu nạn,? cứu hộ",
    r"an toàn giao thông",
    r"xe cứu thương",
    # A law's name: "luật Xử lý vi phạm hành chính" holds a sanction trigger, reports none.
    r"luật xử lý vi phạm hành chính",
    r"cấp cứu",
    # Vehicles and goods named after a service: "xe cứu hộ giao thông" (a tow truck) drives into
    # a crash, "xe chữa cháy" passes one, "chất cháy nổ" is a cargo.
    r"xe (?:cứu hộ|chữa cháy|cứu hỏa)",
    r"chất (?:cháy nổ|dễ cháy|gây cháy)",
    # The name of a crime: "bắt giữ người trái pháp luật" (unlawful detention).
    r"bắt giữ người trái pháp luật",
)

# Words that turn the trigger right after them into a topic, not a happening: prevention
# ("phòng cháy", "phòng, chống cháy nổ") and holidays ("dịp lễ", "nghỉ lễ" are days off, not
# ceremonies). Only directly before the trigger: "Phòng CSGT đã xử phạt" is an agency acting.
NOT_HAPPENING_BEFORE: tuple[str, ...] = (
    "phòng",
    "phòng ngừa",
    "phòng, chống",
    "phòng chống",
    "chống",
    "dịp",
    "nghỉ",
    "kỳ nghỉ",
    "ngày",
    # "giờ cao điểm" is rush hour, "mùa cao điểm" the busy season, not a crackdown.
    "giờ",
    "mùa",
    # "giai đoạn cao điểm Tết", "thời điểm cao điểm": the busiest days (HOLIDAY_WORDS).
    "giai đoạn",
    "thời điểm",
    # "giải quyết các vụ tai nạn giao thông": the kind of case in general, not one that happened.
    "các vụ",
    # "sau các đợt cao điểm", "mở nhiều cao điểm": the drives of a year's summary (HOLIDAY_WORDS).
    "các đợt",
    "nhiều đợt",
    "nhiều",
    # A ritual of worship, not a ceremony of the police: "lễ cúng đưa ông Táo" (NOT_HAPPENING_AFTER).
    # "truy bắt" without its success is a manhunt (SUCCESS_NEEDED); its "bắt" alone is none.
    "truy",
)

# Words right after a trigger that make it something else: "cao điểm mùa du lịch" is the peak
# season, "tai nạn ... giảm" a statistic (trend words anywhere in the clause after an accident or
# fire: "các vụ tai nạn giao thông do tài xế say rượu đã giảm sâu").
NOT_HAPPENING_AFTER: dict[str, tuple[str, ...]] = {
    # "cao điểm nhất là ngày 27 Tết", "cao điểm trước Tết là ngày 2/2": the busiest day.
    # "Cao điểm tình trạng ném đá ... vào tháng 6-7": the peak of a trend.
    "cao điểm": (
        "mùa",
        "du lịch",
        "nắng nóng",
        "lễ hội",
        "nhất",
        "trước",
        "là",
        "tình trạng",
        "của",
    ),
    # "tai nạn cháy nổ": a fire (its own trigger), not a crash.
    "tai nạn": ("cháy", "cháy nổ"),
    # Worship and holidays: "lễ cúng", "lễ Quốc khánh" (the national day), "lễ, Tết".
    "lễ": ("cúng", "chùa", "phật", "quốc khánh", "tết"),
    # "bắt tôi cởi áo", "bắt người dân ký": to force someone, not to arrest; "bắt xe khách về"
    # is to catch a bus, "bắt tay" to shake hands.
    "bắt": (
        "tôi",
        "em",
        "anh",
        "chị",
        "mình",
        "họ",
        "nó",
        "người dân",
        "cháu",
        "con",
        "phải",
        "xe",
        "taxi",
        "tay",
    ),
    # Goods held, not a person: "tạm giữ phương tiện", "tạm giữ chiếc xe máy".
    "tạm giữ": (
        "phương tiện",
        "xe",
        "chiếc",
        "tang vật",
        "giấy",
        "giấy tờ",
        "tài sản",
        "hàng",
        "số",
        "giấy phép",
        "bằng",
        "bằng lái",
        "toàn bộ",
    ),
    # A record of a handover or of the scene, not a penalty: "lập biên bản bàn giao thi thể",
    # "lập biên bản ghi nhận vụ việc", "lập biên bản, niêm phong" (the seizure's paperwork).
    "lập biên bản": (
        "bàn giao",
        "ghi nhận",
        "niêm phong",
        "vụ việc",
        "sự việc",
        "hiện trường",
        "khám nghiệm",
    ),
}
# Triggers that report a happening only when its success is written after them: "truy bắt" is a
# manhunt ("đang truy bắt đối tượng") unless "truy bắt thành công"/"truy bắt được".
SUCCESS_NEEDED: dict[str, tuple[str, ...]] = {"truy bắt": ("thành công", "được")}
TREND_WORDS: tuple[str, ...] = ("giảm", "tăng", "kéo giảm", "giảm sâu")
TREND_TYPES: frozenset[str] = frozenset({"accident", "fire"})

# A penalty of prison is a sentence, not an administrative fine: "xử phạt 12 tháng tù",
# "phạt Nguyễn Văn A 3 năm tù" (a prosecution).
PRISON_AFTER = r"(?:\W*\w+){0,6}?\W+tù(?!\w)"
PRISON_SANCTIONS: frozenset[str] = frozenset({"xử phạt"})

# Of NOT_HAPPENING_BEFORE, the words that only make a ceremony a day off ("dịp lễ", "ngày lễ").
HOLIDAY_WORDS: frozenset[str] = frozenset(
    {"ngày", "dịp", "nghỉ", "kỳ nghỉ", "giai đoạn", "thời điểm", "các đợt", "nhiều đợt", "nhiều"}
)
# ...and the triggers they still block: "ngày cao điểm", "dịp cao điểm" are the peak days.
HOLIDAY_BLOCKED: frozenset[str] = frozenset({"cao điểm"})

# Words whose next agency is part of a person's title ("Bộ trưởng Bộ Công an"), not an actor.
TITLE_HEADS: tuple[str, ...] = (
    "bộ trưởng",
    "thứ trưởng",
    "cục trưởng",
    "phó cục trưởng",
    "giám đốc",
    "phó giám đốc",
    "trưởng phòng",
    "phó trưởng phòng",
    "tư lệnh",
    "phó tư lệnh",
    "chánh văn phòng",
    "thủ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "chính ủy",
    "trưởng công an",
    "đội trưởng",
    "ủy viên",
)

# Cues that make the agencies of a sentence participants rather than organisers.
PARTICIPANT_CUES: tuple[str, ...] = ("tham gia", "cũng", "phối hợp", "cùng với", "hưởng ứng")

# Cues that make an agency the organiser (the actor) of the happening.
ORGANISER_CUES: tuple[str, ...] = ("phát động", "tổ chức", "chủ trì", "triển khai", "ra quân")

# Words that, just before a quoted phrase, mark it as the campaign's name; and words that mark it
# as a slogan or a message instead (slogans are quoted too: "Một giọt máu cho đi, ...").
NAME_CUES: tuple[str, ...] = (
    "hưởng ứng",
    "chương trình",
    "chiến dịch",
    "phong trào",
    "cuộc vận động",
    "đợt",
    "ngày hội",
    "cao điểm",
    "tháng hành động",
    "lễ hội",
    "hành trình",
)
SLOGAN_CUES: tuple[str, ...] = ("nghĩa cử", "thông điệp", "khẩu hiệu", "tinh thần", "phương châm")

# Sentence openings of background: what happened before the reported news ("Trước đó, ...").
# Such a sentence counts half towards its type's salience (extract/event_types.py).
BACKGROUND_CUES: tuple[str, ...] = ("trước đó", "trước đây", "như đã đưa tin", "như báo đã đưa")
# ...and a back-reference to an earlier report, the outlet named or not: "Như báo Người Đưa Tin
# đã đưa", "Như trước đó báo X đã phản ánh", "Như tin đã đưa".
BACKGROUND_REPORTED = r"như\s+(?:\S+\s+){0,6}?đã\s+(?:đưa|phản ánh|thông tin)"

# The tie-break of salience: of two types reported as often and as early, the one the story is
# more likely about. A seizure mostly comes with the arrest that made it; a sanction or a
# ceremony is more often the aftermath than the story.
SALIENCE_ORDER: tuple[str, ...] = (
    "blood_donation", "accident", "fire", "rescue", "arrest", "prosecution", "campaign",
    "seizure", "sanction", "ceremony", "other",
)  # fmt: skip

# Same-day markers: the sentence continues the previous sentence's happening.
SAME_DAY_CUES: tuple[str, ...] = ("cùng ngày", "cùng thời điểm", "trong ngày")
