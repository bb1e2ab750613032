<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="160"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Mất kết nối cơ sở dữ liệu — đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="95"/>
        <source>NOW SERVING</source>
        <translation>ĐANG PHỤC VỤ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="103"/>
        <source>LAST CALLS</source>
        <translation>SỐ VỪA GỌI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="106"/>
        <source>Counter {counter}</source>
        <translation>Quầy {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="110"/>
        <source>{name}: {count} waiting</source>
        <translation>{name}: {count} người chờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="158"/>
        <source>The office database is not set up yet.</source>
        <translation>Cơ sở dữ liệu của đơn vị chưa được khởi tạo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="200"/>
        <source>COUNTER {counter}</source>
        <translation>QUẦY {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/display/window.py" line="203"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
</TS>
