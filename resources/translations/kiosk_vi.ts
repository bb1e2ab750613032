<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="41"/>
        <source>Booked a time? Scan the QR code of your booking or your ID card</source>
        <translation>Đã đặt lịch hẹn? Mời quét mã QR lịch hẹn hoặc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="45"/>
        <source>…or type your booking code:</source>
        <translation>…hoặc nhập mã đặt hẹn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="70"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="72"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="74"/>
        <source>Check in</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="113"/>
        <source>This is not a booking code. A code looks like {example}.</source>
        <translation>Đây không phải mã đặt hẹn. Mã có dạng {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="125"/>
        <source>Booked for {time}: from then on you are called first.</source>
        <translation>Lịch hẹn lúc {time}: từ giờ hẹn bạn được gọi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/check_in_page.py" line="131"/>
        <source>You came later than your booked time ({time}): this is a walk-in ticket.</source>
        <translation>Bạn đến muộn so với giờ hẹn {time}: đây là số thứ tự thường.</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="145"/>
        <source>Please choose a service area</source>
        <translation>Mời chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="150"/>
        <source>I have booked a time</source>
        <translation>Tôi đã đặt lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="164"/>
        <source>Normal ticket</source>
        <translation>Lấy số thường</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="168"/>
        <source>Priority (please show your papers at the counter):</source>
        <translation>Ưu tiên (vui lòng xuất trình giấy tờ tại quầy):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="174"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="185"/>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="314"/>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="341"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="205"/>
        <source>The ticket system is not available. Please wait…</source>
        <translation>Hệ thống lấy số đang gián đoạn. Vui lòng chờ trong giây lát…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="217"/>
        <source>No service area is open now.</source>
        <translation>Hiện không có lĩnh vực nào đang cấp số.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="247"/>
        <source>{area}: do you belong to a priority group?</source>
        <translation>{area}: bạn có thuộc nhóm ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="292"/>
        <source>This code is not a booking. Please scan the QR code of your booking or your ID card.</source>
        <translation>Mã vừa quét không phải mã đặt hẹn. Mời quét mã QR lịch hẹn hoặc thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="308"/>
        <source>Could not check in</source>
        <translation>Chưa nhận được lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="320"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="323"/>
        <source>Waiting ahead: {ahead}</source>
        <translation>Số người chờ trước: {ahead}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="325"/>
        <source>Estimated wait: about {minutes} min</source>
        <translation>Thời gian chờ dự kiến: khoảng {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="331"/>
        <source>The printer is not working: please remember your number.</source>
        <translation>Máy in đang gặp sự cố: vui lòng ghi nhớ số thứ tự của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="340"/>
        <source>Could not issue a ticket.</source>
        <translation>Không cấp được số thứ tự.</translation>
    </message>
</context>
</TS>
