<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="56"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="57"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="62"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="63"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="70"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="72"/>
        <source>One-stop counter software</source>
        <translation>Phần mềm Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="74"/>
        <source>Version {version}
Office: {office}</source>
        <translation>Phiên bản {version}
Đơn vị: {office}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="79"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="184"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="186"/>
        <source>An error occurred… The action was not completed. Please try again; if the error keeps happening, contact the IT staff.</source>
        <translation>Đã xảy ra lỗi… Thao tác chưa được thực hiện. Vui lòng thử lại; nếu lỗi vẫn lặp lại, hãy báo cho cán bộ phụ trách công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="195"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="13"/>
        <source>Counter</source>
        <translation>Quầy tiếp nhận và trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="14"/>
        <source>Kiosk</source>
        <translation>Kiosk lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="15"/>
        <source>Display</source>
        <translation>Màn hình hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="16"/>
        <source>Rating</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="17"/>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="25"/>
        <source>in memory</source>
        <translation>trong bộ nhớ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="37"/>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="52"/>
        <source>Office: {code} — {name}</source>
        <translation>Đơn vị: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="59"/>
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="71"/>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/status_bar.py" line="72"/>
        <source>User: {name}</source>
        <translation>Người dùng: {name}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome_page.py" line="31"/>
        <source>This station is ready. The work screens for this role will appear here.</source>
        <translation>Máy trạm đã sẵn sàng. Các màn hình nghiệp vụ của vai trò này sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome_page.py" line="46"/>
        <source>Counter no. {number}</source>
        <translation>Quầy số {number}</translation>
    </message>
</context>
</TS>
