<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="59"/>
        <location filename="../../desktop_app/ui/admin/window.py" line="119"/>
        <source>Administration: sign in</source>
        <translation>Quản trị: đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="71"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="97"/>
        <source>The database cannot be reached. Please try again.</source>
        <translation>Không kết nối được cơ sở dữ liệu. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="103"/>
        <source>Administrator: {name}</source>
        <translation>Quản trị viên: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="136"/>
        <source>Office and calendar</source>
        <translation>Đơn vị và lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="137"/>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="138"/>
        <source>Queue and display</source>
        <translation>Xếp hàng và màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="139"/>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="140"/>
        <source>Audit log</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="180"/>
        <source>The change could not be saved. Please try again.</source>
        <translation>Chưa lưu được thay đổi. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/window.py" line="188"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="24"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="25"/>
        <source>Sign-in refused</source>
        <translation>Đăng nhập bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="26"/>
        <source>Dossier received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="27"/>
        <source>Dossier refused</source>
        <translation>Từ chối hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="28"/>
        <source>Dossier viewed</source>
        <translation>Xem hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="29"/>
        <source>Time limit extended</source>
        <translation>Gia hạn hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="30"/>
        <source>Handover sent</source>
        <translation>Bàn giao hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="31"/>
        <source>Handover received</source>
        <translation>Nhận bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="32"/>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="33"/>
        <source>Rating recorded</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="34"/>
        <source>Counter paused</source>
        <translation>Quầy tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="35"/>
        <source>Counter resumed</source>
        <translation>Quầy tiếp tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="36"/>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="37"/>
        <source>Account changed</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="38"/>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="39"/>
        <source>Office changed</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="40"/>
        <source>Office setting changed</source>
        <translation>Sửa cấu hình đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="43"/>
        <source>Office setting cleared</source>
        <translation>Xoá cấu hình đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="46"/>
        <source>Calendar day set</source>
        <translation>Đặt ngày đặc biệt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="47"/>
        <source>Calendar day removed</source>
        <translation>Bỏ ngày đặc biệt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="50"/>
        <source>Local fee set</source>
        <translation>Đặt lệ phí riêng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="51"/>
        <source>Local fee removed</source>
        <translation>Bỏ lệ phí riêng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="52"/>
        <source>Service area added</source>
        <translation>Thêm khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="53"/>
        <source>Service area changed</source>
        <translation>Sửa khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="54"/>
        <source>Counter added</source>
        <translation>Thêm quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="55"/>
        <source>Counter changed</source>
        <translation>Sửa quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="56"/>
        <source>Priority group saved</source>
        <translation>Lưu nhóm ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="57"/>
        <source>Display notice changed</source>
        <translation>Sửa dòng thông báo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="65"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="66"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="67"/>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="68"/>
        <source>Office setting</source>
        <translation>Cấu hình đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="69"/>
        <source>Calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="70"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="71"/>
        <source>Service area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="72"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="73"/>
        <source>Priority group</source>
        <translation>Nhóm ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="74"/>
        <source>Display</source>
        <translation>Màn hình hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="75"/>
        <source>Handover batch</source>
        <translation>Lô bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="76"/>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="89"/>
        <source>Status changed: {status}</source>
        <translation>Chuyển trạng thái: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="102"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="103"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="104"/>
        <source>full name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="105"/>
        <source>department</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="106"/>
        <source>activated</source>
        <translation>kích hoạt lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="107"/>
        <source>deactivated</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="108"/>
        <source>extra working day</source>
        <translation>ngày làm việc thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="109"/>
        <source>extra day off</source>
        <translation>ngày nghỉ thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="110"/>
        <source>unknown username</source>
        <translation>tên đăng nhập không tồn tại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="111"/>
        <source>inactive account</source>
        <translation>tài khoản đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="112"/>
        <source>locked out</source>
        <translation>tạm khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="113"/>
        <source>to an authorised person</source>
        <translation>cho người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="114"/>
        <source>to the applicant</source>
        <translation>cho người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="122"/>
        <source>Working windows</source>
        <translation>Khung giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="123"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="124"/>
        <source>Same-day cut-off</source>
        <translation>Giờ chốt nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="125"/>
        <source>Fairness</source>
        <translation>Xen kẽ số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="126"/>
        <source>Strict priority</source>
        <translation>Ưu tiên tuyệt đối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="127"/>
        <source>Printers</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="128"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="138"/>
        <source>role: {role}</source>
        <translation>vai trò: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="140"/>
        <source>{count} dossiers</source>
        <translation>{count} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_labels.py" line="142"/>
        <source>wrong password ({count} in a row)</source>
        <translation>sai mật khẩu ({count} lần liên tiếp)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="52"/>
        <source>username</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="54"/>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="121"/>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="56"/>
        <source>dossier code</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="61"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="62"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="63"/>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="88"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="64"/>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="89"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="65"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="75"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="75"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="76"/>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="86"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="87"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="90"/>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="91"/>
        <source>Object id</source>
        <translation>Mã đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="92"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="93"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="139"/>
        <source>{count} entries</source>
        <translation>{count} dòng nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="142"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_tab.py" line="155"/>
        <source>Saved {file}.</source>
        <translation>Đã lưu {file}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="19"/>
        <source>Search by code or name (accents optional)</source>
        <translation>Tìm theo mã hoặc tên (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="21"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="21"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="21"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="22"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="22"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="22"/>
        <source>Fee source</source>
        <translation>Nguồn mức phí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="30"/>
        <source>Save local fee</source>
        <translation>Lưu mức phí địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="31"/>
        <source>Back to the catalogue fee</source>
        <translation>Dùng lại mức phí của danh mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="38"/>
        <source>Local fee (marked as local; the catalogue is not changed)</source>
        <translation>Mức phí địa phương (được đánh dấu; danh mục không bị thay đổi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="52"/>
        <source>local</source>
        <translation>Riêng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="52"/>
        <source>catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="61"/>
        <source>{n} hours</source>
        <translation>{n} giờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="61"/>
        <source>{n} working days</source>
        <translation>{n} ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="62"/>
        <source>{n} half days</source>
        <translation>{n} buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="63"/>
        <source>{n} calendar days</source>
        <translation>{n} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/catalogue_tab.py" line="66"/>
        <source>Same day</source>
        <translation>Trong ngày</translation>
    </message>
</context>
<context>
    <name>NotifySettingsBox</name>
    <message>
        <location filename="../../desktop_app/ui/admin/notify_settings.py" line="26"/>
        <source>Citizens&apos; notifications (SMS, Zalo, e-mail)</source>
        <extracomment>The setting of each channel&apos;s events, in the rule&apos;s order (in person, online, by post).</extracomment>
        <translation>Thông báo cho công dân (SMS, Zalo, email)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/notify_settings.py" line="42"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/notify_settings.py" line="44"/>
        <source>Medium offered at reception</source>
        <translation>Hình thức mặc định khi tiếp nhận</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="39"/>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="40"/>
        <source>Working hours (for every station)</source>
        <translation>Giờ làm việc (áp dụng cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="59"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="152"/>
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="61"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="62"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="63"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="66"/>
        <source>Choose PNG…</source>
        <translation>Chọn ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="67"/>
        <source>Logo for printing</source>
        <translation>Logo in trên biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="68"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="83"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="131"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="78"/>
        <source>Working windows</source>
        <translation>Khung giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="79"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="80"/>
        <source>Same-day cut-off</source>
        <translation>Giờ chốt nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="81"/>
        <source>Stored in the office database: they win over each station&apos;s settings file.</source>
        <translation>Lưu trong cơ sở dữ liệu của đơn vị: được ưu tiên hơn tệp cấu hình của từng máy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="87"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="87"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="87"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="87"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="88"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="88"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="88"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="107"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="107"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="107"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="116"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="113"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="154"/>
        <source>Extra day off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="114"/>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="154"/>
        <source>Extra working day</source>
        <translation>Ngày làm việc bù</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="120"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="122"/>
        <source>Remove selected</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="123"/>
        <source>Calendar overrides</source>
        <translation>Điều chỉnh lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="126"/>
        <source>Ticket printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="126"/>
        <source>Station (e.g. Counter 2)</source>
        <translation>Máy trạm (vd. Quầy 2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="127"/>
        <source>Form printer</source>
        <translation>Máy in biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="130"/>
        <source>Add station</source>
        <translation>Thêm máy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="132"/>
        <source>Printers per station</source>
        <translation>Máy in theo từng máy trạm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/office_tab.py" line="170"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="33"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="33"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="36"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="33"/>
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="34"/>
        <source>Digits</source>
        <translation>Số chữ số</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="34"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="70"/>
        <source>Daily cap</source>
        <translation>Giới hạn mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="34"/>
        <source>Opens</source>
        <translation>Giờ mở</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="35"/>
        <source>Closes</source>
        <translation>Giờ đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="35"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="37"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="39"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="61"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="81"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="96"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="36"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="37"/>
        <source>Areas (in order)</source>
        <translation>Lĩnh vực (theo thứ tự ưu tiên)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="39"/>
        <source>Priority group</source>
        <translation>Nhóm ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="39"/>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="101"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="42"/>
        <source>Service areas</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="43"/>
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="44"/>
        <source>Priority groups</source>
        <translation>Nhóm ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="46"/>
        <source>Fairness and display</source>
        <translation>Công bằng và màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="51"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="59"/>
        <source>no cap</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="68"/>
        <source>Code / name</source>
        <translation>Mã / tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="69"/>
        <source>Prefix / digits</source>
        <translation>Tiền tố / số chữ số</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="71"/>
        <source>Hours</source>
        <translation>Giờ phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="80"/>
        <source>area codes, most preferred first: A, B</source>
        <translation>mã lĩnh vực, ưu tiên trước: A, B</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="83"/>
        <source>Number / name</source>
        <translation>Số / tên quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="84"/>
        <source>Areas</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="97"/>
        <source>New group</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="100"/>
        <source>Label</source>
        <translation>Tên nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="131"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="131"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="108"/>
        <source>Priority tickets always first (no fairness)</source>
        <translation>Luôn ưu tiên tuyệt đối (không xen kẽ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="111"/>
        <source>A normal ticket after N priority calls</source>
        <translation>Gọi một số thường sau N số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="114"/>
        <source>Notice line on the displays</source>
        <translation>Dòng thông báo trên màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/queue_tab.py" line="214"/>
        <source>Counter {number}</source>
        <translation>Quầy số {number}</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="27"/>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="40"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="27"/>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="41"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="27"/>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="41"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="27"/>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="42"/>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="28"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="43"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="46"/>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="47"/>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="48"/>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="49"/>
        <source>Deactivate</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="50"/>
        <source>Activate</source>
        <translation>Cho sử dụng lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="57"/>
        <source>Account (accounts are never deleted, only deactivated)</source>
        <translation>Tài khoản (không bao giờ xóa, chỉ ngừng sử dụng)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="71"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="71"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="107"/>
        <source>Account {name} created.</source>
        <translation>Đã tạo tài khoản {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/staff_tab.py" line="128"/>
        <source>Password of {name} reset.</source>
        <translation>Đã đặt lại mật khẩu của {name}.</translation>
    </message>
</context>
<context>
    <name>StationNames</name>
    <message>
        <location filename="../../desktop_app/ui/admin/stations.py" line="18"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/stations.py" line="19"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/stations.py" line="20"/>
        <source>Display</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/stations.py" line="21"/>
        <source>Rating tablet</source>
        <translation>Máy đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/stations.py" line="22"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
</context>
</TS>
