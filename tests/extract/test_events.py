"""Event extraction: an example table of sentences and the event types they report, negatives
included, plus the seed article's one blood-donation event."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import pytest
from conftest import SEED
from examples import cases

from vnpolice.extract.contract import extract_facts
from vnpolice.extract.types import Context

VN = timezone(timedelta(hours=7))
PUBLISHED = datetime(2020, 4, 28, 10, 15, tzinfo=VN)


class Example(NamedTuple):
    text: str
    types: list[str]


EXAMPLES_DOMAIN = [
    Example("Công an tỉnh Nghệ An đã bắt giữ 3 đối tượng.", ["arrest"]),
    Example("Lực lượng chức năng thu giữ 6 bánh heroin và 2 khẩu súng.", ["seizure"]),
    Example("Cơ quan CSĐT đã khởi tố vụ án, khởi tố bị can đối với Nguyễn Văn A.", ["prosecution"]),
    Example("Phòng CSGT đã xử phạt 254 trường hợp vi phạm nồng độ cồn.", ["sanction"]),
    Example("Vụ tai nạn giao thông làm 2 người chết.", ["accident"]),
    Example("Một vụ cháy lớn xảy ra tại xưởng tái chế phế liệu.", ["fire"]),
    Example("Lực lượng cứu hộ đã giải cứu 5 người mắc kẹt.", ["rescue"]),
    Example("Bộ Công an tổ chức lễ kỷ niệm 75 năm Ngày truyền thống lực lượng CAND.", ["ceremony"]),
    Example("Công an thành phố Hà Nội ra quân cao điểm tấn công trấn áp tội phạm.", ["campaign"]),
    Example("Cục CSGT phát động chương trình hiến máu tình nguyện năm 2020.", ["blood_donation"]),
    Example("Lực lượng CAND trong cả nước đã hiến hơn 32.000 đơn vị máu.", ["blood_donation"]),
    # Two happenings of different types in one sentence: both are reported (GUIDE: the set).
    Example("Công an huyện bắt quả tang và thu giữ 2 kg ma túy.", ["arrest", "seizure"]),
    Example("Công an tạm giữ khẩn cấp 12 người liên quan.", ["arrest"]),
    Example("Công an tỉnh triệt phá đường dây đánh bạc qua mạng.", ["arrest"]),
    Example("Chiếc xe khách tông vào đám tang khiến nhiều người thương vong.", ["accident"]),
    Example("Tòa án tuyên phạt bị cáo 12 năm tù.", ["prosecution"]),
    Example("Đám cháy được dập tắt, 3 người khác đã được cứu hộ.", ["fire", "rescue"]),
    # A ceremony absorbs the achievement it honours.
    Example(
        "Tại buổi lễ khen thưởng thành tích bắt giữ 895 bánh heroin, Bộ trưởng phát biểu.",
        ["ceremony"],
    ),
    Example("Bộ trưởng trao quyết định bổ nhiệm Giám đốc Công an tỉnh.", ["ceremony"]),
    # Police news with nothing typed is "other".
    Example("Công an tỉnh Đắk Lắk đang xác minh thông tin về cơ sở đào tạo lái xe.", ["other"]),
    # Two sentences of the same type and no conflicting date: one happening.
    Example(
        "Sáng 3/5, Công an tỉnh bắt giữ 2 đối tượng. Các đối tượng bị bắt khi đang giao dịch.",
        ["arrest"],
    ),
    # Different dates: two happenings.
    Example(
        "Ngày 3/5, Công an tỉnh bắt giữ 2 đối tượng. Ngày 10/4, đơn vị cũng bắt giữ 1 đối tượng.",
        ["arrest", "arrest"],
    ),
]

EXAMPLES_NEGATIVE = [
    # A purpose, not a happening.
    Example("Chương trình nhằm hướng tới kỷ niệm 75 năm Ngày truyền thống lực lượng CAND.", []),
    # Triggers inside an agency's name are not triggers (the article is still police news).
    Example("Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ cho biết như vậy.", ["other"]),
    # Negated, pending and planned happenings.
    Example("Ông Nhiên nói cơ quan chức năng chưa khởi tố vụ án.", []),
    Example("Vụ án đang được điều tra, nhưng chưa thể tiến hành khởi tố.", []),
    Example("Cơ quan chức năng chưa khởi tố vụ án, khởi tố bị can.", []),
    Example("Người dân muốn kiểm tra ở khu trung tâm, nơi thường xảy ra tai nạn giao thông.", []),
    Example("Đấu tranh phòng chống tội phạm ma túy và phòng cháy chữa cháy trên địa bàn.", []),
    Example("Từ nay đến cuối năm, lực lượng sẽ xử lý nghiêm để kéo giảm tai nạn giao thông.", []),
    # Topics and names hold trigger words too.
    Example(
        "Hội nghị bàn về công tác phòng cháy chữa cháy, cứu nạn, cứu hộ trên địa bàn.", ["ceremony"]
    ),
    Example("Học viên bị cơ sở mạo danh Trung tâm đào tạo Đại học Phòng cháy chữa cháy lừa.", []),
    # "lễ" keeps its tone: the surname Lê is no ceremony.
    Example("Ông Lê Văn Tám cho biết thời tiết tốt.", []),
    # Prevention is not a fire.
    Example("Người dân cần nâng cao ý thức phòng cháy.", []),
    Example("Thời tiết hôm nay đẹp.", []),
    Example("Công an thu giữ 60 loa thùng đựng trong 30 thùng các tông.", ["seizure"]),
    Example("Lực lượng điều máy phun bê tông đến hiện trường.", []),
    # Rush hour and busy seasons are not crackdowns; history and wishes are not happenings.
    Example("Đường Nguyễn Trãi thường ùn tắc vào giờ cao điểm.", []),
    Example("Đối tượng cộm cán, đã nhiều lần bị lập biên bản xử lý vi phạm.", []),
    Example("Người dân mong muốn cơ quan chức năng xử phạt nghiêm các trường hợp vi phạm.", []),
    Example("Xe cứu hỏa đang đi làm nhiệm vụ cứu hộ trên cao tốc.", []),
    Example("Nếu là mèo rừng thì chủ hàng đã bị khởi tố.", []),
    # "đâm vào" is a collision only with a vehicle in the sentence.
    Example("Ông Dinh cầm dao đâm vào chân con dâu.", []),
    Example("Chiếc xe tải đâm vào dải phân cách.", ["accident"]),
    # A Title Case trigger after a lower-case word is still an event.
    Example("Chiều 27/6, Chính phủ tổ chức Hội nghị trực tuyến toàn quốc.", ["ceremony"]),
    # Triggers are whole words: "bắt đầu" (begin), "xem xét xử lý" (consider handling).
    Example("Clip bắt đầu được chia sẻ từ cuối năm.", []),
    Example("Sở sẽ xem xét xử lý trưởng phòng giáo dục.", []),
    # A holiday is no ceremony.
    Example("Giá hoa dịp lễ năm nay tăng mạnh so với mọi năm.", []),
    # ... but a launch day or a festive period does not stop a campaign.
    Example("Trong 15 ngày ra quân, tổ công tác đã xử lý 36 vụ.", ["campaign"]),
    # Busy seasons, statistics, possibilities and the coming period are not happenings.
    Example("Do trùng đợt cao điểm mùa du lịch, các khách sạn đều hết phòng.", []),
    Example("Các vụ tai nạn giao thông do tài xế say rượu đã giảm sâu.", []),
    Example("Năm 2018, tai nạn giao thông kéo giảm trên 3 mặt.", []),
    Example("Hành vi này có thể gây tai nạn chết người.", []),
    Example("Trong thời gian tới, PC08 tiếp tục kéo giảm tai nạn giao thông.", []),
    # A prison term is a court's sentence, not an administrative fine.
    Example(
        "Năm 1998, Tòa án xử phạt Nguyễn Văn A 12 tháng tù cho hưởng án treo.", ["prosecution"]
    ),
    Example("Phòng CSGT đã xử phạt 12 trường hợp vi phạm.", ["sanction"]),
    # A manhunt is not an arrest until it succeeds; "bắt" someone to do something is coercion.
    Example("Công an đang truy bắt đối tượng Trương Văn A.", ["other"]),
    Example("Ngày 22/9, tổ công tác truy bắt thành công Nguyễn Văn Tụ.", ["arrest"]),
    Example("Sau đó, họ bắt tôi cởi áo để giặt.", []),
    Example("Lực lượng chức năng chậm phát hiện, bắt giữ.", []),
    # A vehicle plunging and an explosion are accidents; a law's name reports nothing.
    Example("Chiếc ôtô lao xuống sông Cầu Chày đêm 1-9.", ["accident"]),
    Example("Anh A lao xuống sông cứu người.", []),
    Example("Quả bom phát nổ khiến một người tử vong.", ["accident"]),
    Example("Việc xử lý theo quy định của luật Xử lý vi phạm hành chính.", []),
    # A peak day is no crackdown, a proposal no happening, a ritual of worship no ceremony.
    Example("Riêng ngày cao điểm sau Tết cũng có đến 890 lượt chuyến.", []),
    Example("Công an mở đợt cao điểm tấn công tội phạm dịp Tết.", ["campaign"]),
    Example("Ông A đề nghị Bộ Công an mở các đợt cao điểm về tuần tra.", ["other"]),
    Example("Nhiều người về sớm, trùng với lễ cúng đưa ông Táo.", []),
    Example("Trong giai đoạn cao điểm Tết, một số quầy hàng bị đóng cửa.", []),
    Example('Đặc biệt, trong ngày "cao điểm" có tới 5 người bị tấn công.', []),
    Example("Cao điểm trước Tết là ngày 2/2, có đến 900 lượt máy bay.", []),
    Example("Khánh thành vào lễ Quốc khánh năm 2009, cây cầu dài 2 km.", []),
    # Catching a bus, a tow truck, a cargo and a crime's name are no happenings.
    Example("Tôi vội bắt xe khách quay về thì thấy kho hàng chìm trong biển lửa.", []),
    Example("Xe cứu hộ giao thông chạy hướng Bắc - Nam trên đường tránh.", []),
    Example("Vi phạm nghiêm trọng như vận chuyển chất cháy nổ, hàng giả.", []),
    Example("Các đối tượng sẵn sàng khủng bố, bắt giữ người trái pháp luật.", []),
    # A record of a handover is no penalty; a prosecution considered or denied is none.
    Example("Người thân đã chịu lập biên bản bàn giao thi thể về nhà mai táng.", []),
    Example("Công an xã đến can thiệp, lập biên bản ghi nhận vụ việc.", ["other"]),
    Example("Xem xét khởi tố vụ án", []),
    Example("Bộ Công an phủ nhận thông tin cơ quan điều tra đã khởi tố ông A.", ["other"]),
    Example("Chỉ khi xảy ra cháy nổ thì chính quyền mới vào cuộc.", []),
    Example("Phần vì sợ công an bắt, có khi một ngày tui té 3-4 bận.", ["other"]),
    # A person held is an arrest, goods held are not; a rule and a year's drives are no happening.
    Example("Công an quận 3 có mặt tại hiện trường và tạm giữ bà Hạnh.", ["arrest"]),
    Example("Tổ công tác lập biên bản, tạm giữ phương tiện.", ["sanction"]),
    Example("Nghị định quy định phạt tiền 4 - 6 triệu đồng với người lái ôtô.", []),
    Example("Sau các đợt cao điểm tấn công trấn áp tội phạm, các băng nhóm hoạt động kín.", []),
    Example("Lực lượng chức năng đã thu hồi được một số tài sản.", ["seizure"]),
    Example("8 học sinh bị đuối nước khi tắm sông.", ["accident"]),
    Example("Tai nạn cháy nổ trong nhà xưởng đe doạ tính mạng người lao động.", ["fire"]),
    Example("Các tình nguyện viên còn giúp giải quyết các vụ tai nạn giao thông.", []),
    Example(
        "Công an tỉnh Nghệ An tổ chức trao thưởng cho các lực lượng tham gia vụ án.", ["ceremony"]
    ),
    Example("Cảnh sát PCCC TP HCM đã tổ chức tang lễ cho thượng uý Phạm Phi Long.", ["ceremony"]),
    Example("Báo Công an nhân dân tổ chức toạ đàm về tín dụng đen.", ["ceremony"]),
    # Questions, threats and suspicions report no happening; a licence held is no arrest.
    Example('" Thế có ai ra quân chưa?', []),
    Example("Nhóm đối tượng tự xưng là cơ quan điều tra, doạ bắt giam nạn nhân.", []),
    Example("Nam thanh niên nằm bên đường nghi do bị ô tô tông chết.", []),
    Example("Cảnh sát đã lập biên bản và tạm giữ bằng của tài xế.", ["sanction"]),
    Example("Cao điểm tình trạng ném đá trên tuyến xảy ra vào tháng 6-7.", []),
    # A person already charged is no new prosecution.
    Example("Được biết, nhóm các bị can trên đều thích để tóc ngắn.", []),
]


@pytest.mark.parametrize("example", cases(EXAMPLES_DOMAIN + EXAMPLES_NEGATIVE))
def test_event_types(example: Example) -> None:
    facts = extract_facts(example.text, Context(published=PUBLISHED))
    assert [e.type for e in facts.events] == example.types


def test_seed_is_one_blood_donation_event() -> None:
    text = SEED.read_text(encoding="utf-8")
    body = text.split("\n", 1)[1].split("Công Thắng, Đá Nâu")[0]  # body without title and tail
    title = text.split("\n", 1)[0]
    facts = extract_facts(body, Context(published=PUBLISHED), title=title)
    assert [e.type for e in facts.events] == ["blood_donation"]
    (event,) = facts.events
    assert event.name == "Hành trình giọt máu nghĩa tình 2020"
    assert event.date == "2020-04-28"
    roles = {a.canonical: a.role for a in event.agencies}
    assert roles.pop("Cục Cảnh sát giao thông") == "organiser"
    assert "Cục Hậu cần" in roles and set(roles.values()) == {"participant"}
    assert "Bộ Công an" not in roles  # only named in Đại tướng Tô Lâm's title
    quantities = [facts.quantities[i] for i in event.quantities]
    assert [(q.text, q.value, q.unit, q.qualifier) for q in quantities] == [
        ("hơn 32.000 đơn vị", 32000, "đơn vị máu", "more_than")
    ]
