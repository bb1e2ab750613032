<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="118"/>
        <source>Please choose a service area</source>
        <translation>Mời chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="131"/>
        <source>Normal ticket</source>
        <translation>Lấy số thường</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="135"/>
        <source>Priority (please show your papers at the counter):</source>
        <translation>Ưu tiên (vui lòng xuất trình giấy tờ tại quầy):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="141"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="152"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="171"/>
        <source>The ticket system is not available. Please wait…</source>
        <translation>Hệ thống lấy số đang gián đoạn. Vui lòng chờ trong giây lát…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="183"/>
        <source>No service area is open now.</source>
        <translation>Hiện không có lĩnh vực nào đang cấp số.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="213"/>
        <source>{area}: do you belong to a priority group?</source>
        <translation>{area}: bạn có thuộc nhóm ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="238"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="241"/>
        <source>Waiting ahead: {ahead}</source>
        <translation>Số người chờ trước: {ahead}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="243"/>
        <source>Estimated wait: about {minutes} min</source>
        <translation>Thời gian chờ dự kiến: khoảng {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="250"/>
        <source>The printer is not working: please remember your number.</source>
        <translation>Máy in đang gặp sự cố: vui lòng ghi nhớ số thứ tự của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kiosk/window.py" line="258"/>
        <source>Could not issue a ticket.</source>
        <translation>Không cấp được số thứ tự.</translation>
    </message>
</context>
</TS>
