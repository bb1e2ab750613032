<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="46"/>
        <source>Bookings (F4)</source>
        <translation>Lịch hẹn (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="66"/>
        <source>Check in: scan the booking QR or the ID card, or type the code (Enter)</source>
        <translation>Nhận lịch hẹn: quét mã QR lịch hẹn hoặc thẻ căn cước, hoặc nhập mã (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="83"/>
        <source>Slot</source>
        <translation>Giờ hẹn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="83"/>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="83"/>
        <source>Code</source>
        <translation>Mã hẹn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="83"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="84"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="84"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="84"/>
        <source>Ticket</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="139"/>
        <source>{text} is not a booking code (e.g. DH7K3M9Q2X).</source>
        <translation>{text} không phải mã đặt hẹn (ví dụ DH7K3M9Q2X).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="159"/>
        <source>Late for the booked time {time}: walk-in ticket {number} ({area}).</source>
        <translation>Đến muộn so với giờ hẹn {time}: cấp số thường {number} ({area}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="164"/>
        <source>Checked in: ticket {number} ({area}), booked for {time}.</source>
        <translation>Đã nhận lịch hẹn: số {number} ({area}), giờ hẹn {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="173"/>
        <source>The bookings cannot be read right now.</source>
        <translation>Hiện chưa đọc được danh sách lịch hẹn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="188"/>
        <source>Bookings of {day}: {count}, {arrived} checked in</source>
        <translation>Lịch hẹn ngày {day}: {count}, đã đến {arrived}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="205"/>
        <source>Not arrived yet</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="206"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="207"/>
        <source>Checked in</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="208"/>
        <source>Late (walk-in)</source>
        <translation>Đến muộn (số thường)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/bookings_page.py" line="209"/>
        <source>Did not come</source>
        <translation>Không đến</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="64"/>
        <source>Pause counter</source>
        <translation>Tạm dừng quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Break</source>
        <translation>Nghỉ giải lao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Meeting</source>
        <translation>Họp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Handling a dossier</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="70"/>
        <source>Equipment problem</source>
        <translation>Sự cố thiết bị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="72"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="76"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="77"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="76"/>
        <source>Queue — counter {counter}</source>
        <translation>Hàng đợi — quầy {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="107"/>
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="108"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="109"/>
        <source>Start serving</source>
        <translation>Bắt đầu phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="110"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="111"/>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="112"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="113"/>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="263"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="126"/>
        <source>Call a number, e.g. A012 (Enter)</source>
        <translation>Gọi số cụ thể, ví dụ A012 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="155"/>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="177"/>
        <source>No ticket at the counter.</source>
        <translation>Quầy chưa có số nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="219"/>
        <source>The action failed; please try again.</source>
        <translation>Thao tác không thành công; vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="243"/>
        <source>The queue cannot be read right now.</source>
        <translation>Hiện không đọc được hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="257"/>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="259"/>
        <source>Waiting — {areas}</source>
        <translation>Đang chờ — {areas}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="261"/>
        <source>Paused: {reason}</source>
        <translation>Tạm dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="263"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="267"/>
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="267"/>
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="272"/>
        <source>recalled {n}×</source>
        <translation>đã gọi lại {n} lần</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="28"/>
        <source>Transfer ticket</source>
        <translation>Chuyển số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="31"/>
        <source>(same area)</source>
        <translation>(giữ lĩnh vực)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="35"/>
        <source>(any counter)</source>
        <translation>(quầy bất kỳ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="38"/>
        <source>To area:</source>
        <translation>Sang lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="39"/>
        <source>To counter:</source>
        <translation>Sang quầy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="43"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
