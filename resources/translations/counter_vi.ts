<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="112"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="228"/>
        <source>The database cannot be reached. Please try again.</source>
        <translation>Không kết nối được cơ sở dữ liệu. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="235"/>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="42"/>
        <source>Dossier {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="47"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="47"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="47"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="47"/>
        <source>From → to</source>
        <translation>Từ → đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="48"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="54"/>
        <source>Print control slip (form 06)</source>
        <translation>In phiếu kiểm soát (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="55"/>
        <source>Reprint receipt (form 01)</source>
        <translation>In lại giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="56"/>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="66"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="111"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="117"/>
        <source>Form {form} written to {path}.</source>
        <translation>Đã in Mẫu {form} ra tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="121"/>
        <source>The printer is not available; the PDF copy is kept.</source>
        <translation>Máy in không sẵn sàng; bản PDF đã được lưu.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="40"/>
        <source>Lookup</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="60"/>
        <source>Dossier code (scan), name without accents, ID number or phone — Enter</source>
        <translation>Mã hồ sơ (quét mã vạch), họ tên (gõ không dấu được), số giấy tờ hoặc số điện thoại — nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="63"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="67"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="68"/>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="71"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="73"/>
        <source>Due within: any</source>
        <translation>Sắp đến hạn: không lọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="74"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="78"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="78"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="78"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="78"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="79"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="79"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="85"/>
        <source>‹ Previous</source>
        <translation>‹ Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="86"/>
        <source>Next ›</source>
        <translation>Trang sau ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="99"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="151"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="177"/>
        <source>No dossier has the code {code}.</source>
        <translation>Không có hồ sơ mã số {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="180"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy hồ sơ nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="183"/>
        <source>{count} result(s) on this page.</source>
        <translation>{count} kết quả trên trang này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="192"/>
        <source>Page {n}</source>
        <translation>Trang {n}</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="50"/>
        <source>Type a code or a name, accents optional</source>
        <translation>Gõ mã hoặc tên thủ tục, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="58"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="63"/>
        <source>Only if different from the applicant</source>
        <translation>Chỉ khi khác người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="70"/>
        <source>At the counter</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="71"/>
        <source>By post</source>
        <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="75"/>
        <source>Document (tick if handed in)</source>
        <translation>Giấy tờ (đánh dấu nếu đã nộp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="75"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="75"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="81"/>
        <source>What is missing and why (supplement), or the reason of a refusal</source>
        <translation>Nội dung cần bổ sung và lý do, hoặc lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="92"/>
        <source>Find procedure</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="93"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="94"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="95"/>
        <source>ID type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="96"/>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="97"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="98"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="99"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="100"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="101"/>
        <source>Dossier owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="102"/>
        <source>Channel</source>
        <translation>Kênh nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="103"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="104"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="105"/>
        <source>Return of the result</source>
        <translation>Nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="106"/>
        <source>Postal address</source>
        <translation>Địa chỉ nhận qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="107"/>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="108"/>
        <source>Supplement / refusal</source>
        <translation>Bổ sung / từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="205"/>
        <source>Choose the procedure.</source>
        <translation>Hãy chọn thủ tục.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="207"/>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Hãy nhập họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="217"/>
        <source>This is not an e-mail address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="219"/>
        <source>Enter the address the post delivers to.</source>
        <translation>Hãy nhập địa chỉ nhận kết quả qua bưu chính.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="221"/>
        <source>Write what is missing, or why the dossier is refused.</source>
        <translation>Hãy ghi nội dung cần bổ sung hoặc lý do từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="231"/>
        <source>Write the date as dd/mm/yyyy, e.g. 02/03/1985.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 02/03/1985.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="34"/>
        <source>Reception</source>
        <extracomment>The form printed after each outcome.</extracomment>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="56"/>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="57"/>
        <source>Request supplement (form 02)</source>
        <translation>Yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="58"/>
        <source>Refuse (form 03)</source>
        <translation>Từ chối (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="59"/>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="60"/>
        <source>New dossier</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="111"/>
        <source>Due if received now: {moment}</source>
        <translation>Hẹn trả nếu tiếp nhận bây giờ: {moment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="121"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Hãy sửa các ô có thông báo màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="127"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="154"/>
        <source>The dossier was not saved: the database did not answer. Nothing was lost from the form; please press Receive again.</source>
        <translation>Chưa lưu được hồ sơ: cơ sở dữ liệu không phản hồi. Nội dung đã nhập vẫn còn; hãy bấm Tiếp nhận lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="162"/>
        <source>Saved dossier {code}. Printing form {form}…</source>
        <translation>Đã lưu hồ sơ {code}. Đang in Mẫu {form}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="174"/>
        <source>Dossier {code} saved; form {form} written to {path}.</source>
        <translation>Đã lưu hồ sơ {code}; Mẫu {form} đã in ra tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="179"/>
        <source>The printer is not available: print again from the dossier view.</source>
        <translation>Máy in không sẵn sàng: hãy in lại từ màn hình xem hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="187"/>
        <source>Dossier {code} is saved, but printing failed: reprint it from the dossier view.</source>
        <translation>Hồ sơ {code} đã được lưu nhưng in không thành công: hãy in lại từ màn hình xem hồ sơ.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="30"/>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="41"/>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="83"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="43"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="53"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="54"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/sign_in.py" line="93"/>
        <source>Locked after a pause. {name}, enter your password to continue.</source>
        <translation>Màn hình đã khóa do không sử dụng. {name}, hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
</context>
</TS>
