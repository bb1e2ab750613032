<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="86"/>
        <source>The office database cannot be opened: {reason}</source>
        <translation>Không mở được cơ sở dữ liệu của đơn vị: {reason}. Hãy báo cán bộ CNTT (chạy &quot;desktop-app doctor&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="92"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="128"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="132"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="144"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="146"/>
        <source>One-stop counter software</source>
        <translation>Phần mềm Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="148"/>
        <source>Version {version}
Office: {office}</source>
        <translation>Phiên bản {version}
Đơn vị: {office}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="153"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NotifyLabels</name>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="20"/>
        <source>Dossier received</source>
        <extracomment>The media in the order the reception selector cycles through them (Ctrl+M).</extracomment>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="21"/>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="22"/>
        <source>Extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="23"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="24"/>
        <source>Result returned or posted</source>
        <translation>Đã trả hoặc gửi kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="32"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="33"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="34"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="43"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="44"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="45"/>
        <source>Retrying</source>
        <translation>Đang thử lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/notify_labels.py" line="46"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="237"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="221"/>
        <source>An error occurred… The action was not completed. Please try again; if the error keeps happening, contact the IT staff.</source>
        <translation>Đã xảy ra lỗi… Thao tác chưa được thực hiện. Vui lòng thử lại; nếu lỗi vẫn lặp lại, hãy báo cho cán bộ phụ trách công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/operations.py" line="247"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="15"/>
        <source>Counter</source>
        <translation>Quầy tiếp nhận và trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="16"/>
        <source>Kiosk</source>
        <translation>Kiosk lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="17"/>
        <source>Display</source>
        <translation>Màn hình hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="18"/>
        <source>Rating</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/roles.py" line="19"/>
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
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="51"/>
        <source>Sync: starting…</source>
        <extracomment>Not F5–F11: those call, recall, serve, finish, mark no-show, transfer and pause at a counter. Rejections, a clock off the server&apos;s, sync over plain HTTP.</extracomment>
        <translation>Đồng bộ: đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="53"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="84"/>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="89"/>
        <source>Sync: syncing…</source>
        <translation>Đồng bộ: đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="97"/>
        <source>Sync: NOT ENCRYPTED (HTTP)</source>
        <translation>Đồng bộ: KHÔNG MÃ HOÁ (HTTP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="103"/>
        <source>This station syncs over plain HTTP (enrolled with --insecure-http): the network can read and change what is sent. Ask IT to enrol it with https://.</source>
        <translation>Máy này đồng bộ qua HTTP không mã hoá (đăng ký với --insecure-http): người trên mạng có thể đọc và sửa dữ liệu gửi đi. Hãy nhờ bộ phận CNTT đăng ký lại với https://.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="108"/>
        <source>Sync: this station is not enrolled</source>
        <translation>Đồng bộ: máy này chưa được đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="113"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="113"/>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="115"/>
        <source>NOT ENCRYPTED (HTTP)</source>
        <translation>KHÔNG MÃ HOÁ (HTTP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="116"/>
        <source>{count} waiting</source>
        <translation>{count} thao tác chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="119"/>
        <source>last sync {moment}</source>
        <translation>đồng bộ lúc {moment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="122"/>
        <source>{count} rejected</source>
        <translation>{count} bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="128"/>
        <source>Last error: {error}</source>
        <translation>Lỗi gần nhất: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/sync_status.py" line="132"/>
        <source>This PC&apos;s clock is {minutes} min off the server</source>
        <translation>Đồng hồ máy này lệch {minutes} phút so với máy chủ</translation>
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
        <location filename="../../desktop_app/ui/shell/welcome_page.py" line="62"/>
        <source>Counter no. {number}</source>
        <translation>Quầy số {number}</translation>
    </message>
</context>
</TS>
