<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="181"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Mất kết nối cơ sở dữ liệu — đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="91"/>
        <source>NOW SERVING</source>
        <translation>ĐANG PHỤC VỤ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="93"/>
        <source>LAST CALLS</source>
        <translation>SỐ VỪA GỌI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="92"/>
        <source>Counter {counter}</source>
        <translation>Quầy {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="92"/>
        <source>Booked</source>
        <translation>Đặt hẹn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="95"/>
        <source>{name}: {count} waiting</source>
        <translation>{name}: {count} người chờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="179"/>
        <source>The office database is not set up yet.</source>
        <translation>Cơ sở dữ liệu của đơn vị chưa được khởi tạo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="222"/>
        <source>COUNTER {counter}</source>
        <translation>QUẦY {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="226"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="226"/>
        <source>BOOKED</source>
        <translation>ĐẶT HẸN</translation>
    </message>
</context>
</TS>
