<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttachmentPages</name>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_pages.py" line="76"/>
        <source>{name}
page {page}</source>
        <translation>{name}
trang {page}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="62"/>
        <source>Digitised copies of the selected document</source>
        <translation>Bản số hóa của thành phần hồ sơ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="74"/>
        <source>Pages: </source>
        <translation>Số trang: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="85"/>
        <source>Newest scan</source>
        <translation>Bản quét mới nhất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="86"/>
        <source>From files…</source>
        <translation>Từ tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="87"/>
        <source>Scan now</source>
        <translation>Quét ngay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="88"/>
        <source>Pages…</source>
        <translation>Sửa trang…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="89"/>
        <source>Details…</source>
        <translation>Thông tin giấy tờ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="90"/>
        <source>Remove attachment</source>
        <translation>Bỏ bản số hóa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="91"/>
        <source>Use the earlier copy</source>
        <translation>Dùng lại bản đã số hóa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="113"/>
        <source>No new scan in the scan folder yet.</source>
        <translation>Chưa có bản quét mới trong thư mục quét.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="118"/>
        <source>Choose the scanned files</source>
        <translation>Chọn các tệp đã quét</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="120"/>
        <source>Scans (PDF, JPEG, PNG, TIFF)</source>
        <translation>Bản quét (PDF, JPEG, PNG, TIFF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="129"/>
        <source>Scanning {count} pages…</source>
        <translation>Đang quét {count} trang…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="143"/>
        <source>Preparing the pages…</source>
        <translation>Đang chuẩn bị các trang…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="186"/>
        <source>This document has no scanned pages to edit.</source>
        <translation>Thành phần này chưa có trang quét nào để sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="196"/>
        <source>Attach the scan first; a reused copy keeps its details.</source>
        <translation>Hãy gắn bản quét trước; bản dùng lại giữ nguyên thông tin của nó.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="212"/>
        <source>This citizen has no valid earlier copy of this document.</source>
        <translation>Công dân chưa có bản số hóa còn hiệu lực của giấy tờ này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="222"/>
        <source>earlier copy available</source>
        <translation>có bản số hóa dùng lại được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="223"/>
        <source>{pages} p., {size}</source>
        <translation>{pages} tr., {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="227"/>
        <source>(reused)</source>
        <translation>(dùng lại)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="229"/>
        <source>permanent</source>
        <translation>vô thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="231"/>
        <source>valid until {day}</source>
        <translation>hiệu lực đến {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="237"/>
        <source>Choose a document in the list above.</source>
        <translation>Chọn một thành phần hồ sơ trong danh sách phía trên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="242"/>
        <source>{number}. {name}: {state}</source>
        <translation>{number}. {name}: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="243"/>
        <source>no attachment</source>
        <translation>chưa có bản số hóa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="255"/>
        <source>No scan folder is set (setting scan_folder).</source>
        <translation>Chưa đặt thư mục quét (thiết lập scan_folder).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="258"/>
        <source>The scan folder {folder} cannot be opened: check the folder or the network share.</source>
        <translation>Không mở được thư mục quét {folder}: kiểm tra thư mục hoặc ổ mạng dùng chung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_panel.py" line="262"/>
        <source>Scan folder {folder}: {count} new scans.</source>
        <translation>Thư mục quét {folder}: {count} bản quét mới.</translation>
    </message>
</context>
<context>
    <name>AttachmentsScanner</name>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_scanner.py" line="39"/>
        <source>The scanning program is not installed on this computer (scanimage, package sane-utils). Ask the IT staff to install it, or scan to the scan folder.</source>
        <translation>Máy tính này chưa cài chương trình quét (scanimage, gói sane-utils). Đề nghị bộ phận CNTT cài đặt, hoặc quét vào thư mục quét.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_scanner.py" line="44"/>
        <source>No scanner was found. Check that it is switched on and connected, then try again.</source>
        <translation>Không tìm thấy máy quét. Kiểm tra máy quét đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_scanner.py" line="48"/>
        <source>The scanner did not answer in time. Check it for jammed paper, then try again.</source>
        <translation>Máy quét không phản hồi kịp. Kiểm tra xem có kẹt giấy không, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_scanner.py" line="53"/>
        <source>The scan did not work. Check the scanner and its paper, then try again.</source>
        <translation>Quét không thành công. Kiểm tra máy quét và giấy, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ChangesNote</name>
    <message>
        <location filename="../../desktop_app/ui/counter/applicant_fill.py" line="92"/>
        <source>Seen (Esc)</source>
        <extracomment>The fields looked at, in order, for where the officer goes on after a fill.</extracomment>
        <translation>Đã xem (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/applicant_fill.py" line="104"/>
        <source>The card differs from the office&apos;s record</source>
        <translation>Thẻ khác với hồ sơ lưu tại cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/applicant_fill.py" line="105"/>
        <source> (last dossier {date})</source>
        <translation> (hồ sơ gần nhất {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/applicant_fill.py" line="108"/>
        <source>The card&apos;s values are in the form; check them with the citizen.</source>
        <translation>Thông tin trên thẻ đã được điền vào phiếu; hãy kiểm tra lại với công dân.</translation>
    </message>
</context>
<context>
    <name>CitizenFill</name>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="78"/>
        <source>Filled from the citizen&apos;s card.</source>
        <translation>Đã điền thông tin từ thẻ căn cước của công dân.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="92"/>
        <source>That dossier names no ID number.</source>
        <translation>Hồ sơ đó không ghi số giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="98"/>
        <source>No dossier has that code.</source>
        <translation>Không có hồ sơ nào mang mã này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="121"/>
        <source>Known citizen: the form is filled from the office&apos;s newest record.</source>
        <translation>Công dân đã có hồ sơ: phiếu được điền theo hồ sơ gần nhất tại cơ quan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="150"/>
        <source>Received already?</source>
        <translation>Hồ sơ đã tiếp nhận rồi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="153"/>
        <source>This citizen&apos;s dossier for this procedure was received at {time}: {code}. Was the form entered a second time (after a break-down)?</source>
        <translation>Hồ sơ của công dân này cho thủ tục này đã được tiếp nhận lúc {time}: {code}. Có phải phiếu được nhập lần thứ hai (sau khi máy bị lỗi)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="156"/>
        <source>&amp;Open {code}</source>
        <translation>&amp;Mở hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="158"/>
        <source>&amp;Save a new dossier</source>
        <translation>&amp;Lưu thành hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="159"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_citizen.py" line="174"/>
        <source>Nothing was saved.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="126"/>
        <source>Sign out (Ctrl+Shift+L)</source>
        <translation>Đăng xuất (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="199"/>
        <source>The scanner&apos;s port {port} cannot be opened ({reason}): check the scanner&apos;s cable and the port in the settings (scanner_serial_port). Until then scan in keyboard mode.</source>
        <translation>Không mở được cổng máy quét {port} ({reason}): kiểm tra dây cáp máy quét và tên cổng trong cài đặt (scanner_serial_port). Trong lúc đó máy quét dùng chế độ bàn phím.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="240"/>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="281"/>
        <source>The database cannot be reached. Please try again.</source>
        <translation>Không kết nối được cơ sở dữ liệu. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/window.py" line="288"/>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="41"/>
        <source>Details of {document}</source>
        <translation>Thông tin giấy tờ: {document}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="47"/>
        <source>Permanent</source>
        <translation>Vô thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="50"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="58"/>
        <source>OK (Enter)</source>
        <translation>Đồng ý (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="59"/>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="63"/>
        <source>Number / reference</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="64"/>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="65"/>
        <source>Issued by</source>
        <translation>Cơ quan cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="66"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="77"/>
        <source>Write the dates as dd/mm/yyyy, e.g. 02/03/2015.</source>
        <translation>Ghi ngày theo dạng dd/mm/yyyy, ví dụ 02/03/2015.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_details.py" line="80"/>
        <source>Either valid until a day or permanent, not both.</source>
        <translation>Giấy tờ có hiệu lực đến một ngày hoặc vô thời hạn, không thể cả hai.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="43"/>
        <source>Dossier {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="63"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="63"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="63"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="63"/>
        <source>From → to</source>
        <translation>Từ → đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="64"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="72"/>
        <source>Print control slip (form 06)</source>
        <translation>In phiếu kiểm soát (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="73"/>
        <source>Reprint receipt (form 01)</source>
        <translation>In lại giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="74"/>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="52"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="115"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="122"/>
        <source>The form could not be printed. Check that the printer is switched on and has paper, or choose another printer (or print to PDF), then press Print again.</source>
        <translation>Chưa in được mẫu. Kiểm tra máy in đã bật và còn giấy, hoặc chọn máy in khác (hoặc in ra tệp PDF), rồi bấm In lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="129"/>
        <source>Form {form} written to {path}.</source>
        <translation>Đã in Mẫu {form} ra tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_dialog.py" line="134"/>
        <source>The printer did not print: check that it is switched on and has paper, or choose another printer; the PDF copy is kept.</source>
        <translation>Máy in chưa in: kiểm tra máy in đã bật và còn giấy, hoặc chọn máy in khác; bản PDF vẫn được lưu.</translation>
    </message>
</context>
<context>
    <name>DossierNotifications</name>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="40"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="40"/>
        <source>Medium</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="40"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="40"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="41"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="41"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="74"/>
        <source>Notifications: the citizen asked for none.</source>
        <translation>Thông báo: công dân không đăng ký nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="76"/>
        <source>Notifications by {medium}.</source>
        <translation>Thông báo qua {medium}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/dossier_notifications.py" line="81"/>
        <source>{count} refused: check the citizen&apos;s phone or e-mail address.</source>
        <translation>{count} tin bị từ chối: hãy kiểm tra số điện thoại hoặc địa chỉ email của công dân.</translation>
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
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="80"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="84"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="85"/>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="90"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="92"/>
        <source>Due within: any</source>
        <translation>Sắp đến hạn: không lọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="93"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="99"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="99"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="99"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="99"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="100"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="100"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="65"/>
        <source>‹ Previous</source>
        <translation>‹ Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="66"/>
        <source>Next ›</source>
        <translation>Trang sau ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="117"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="187"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="213"/>
        <source>No dossier has the code {code}.</source>
        <translation>Không có hồ sơ mã số {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="216"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy hồ sơ nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="219"/>
        <source>{count} result(s) on this page.</source>
        <translation>{count} kết quả trên trang này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/lookup_page.py" line="228"/>
        <source>Page {n}</source>
        <translation>Trang {n}</translation>
    </message>
</context>
<context>
    <name>NotifySelector</name>
    <message>
        <location filename="../../desktop_app/ui/counter/notify_selector.py" line="39"/>
        <source>{key} changes the medium</source>
        <extracomment>Cycles the medium (&quot;M&quot; for medium; F3 is the lookup, F4 the bookings, F5–F12 queue and sync).</extracomment>
        <translation>{key} đổi hình thức nhận thông báo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/notify_selector.py" line="50"/>
        <source>Notify by ({key})</source>
        <translation>Nhận thông báo ({key})</translation>
    </message>
</context>
<context>
    <name>PageEditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="67"/>
        <source>Pages of {document}</source>
        <extracomment>The smallest preview; it grows with the dialog.</extracomment>
        <translation>Các trang của {document}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="90"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="91"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="92"/>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="93"/>
        <source>Remove</source>
        <translation>Bỏ trang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="102"/>
        <source>Keep these pages (Enter)</source>
        <translation>Giữ các trang này (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="103"/>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="164"/>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/attachments_editor.py" line="168"/>
        <source>Page {number}</source>
        <translation>Trang {number}</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="69"/>
        <source>Type a code or a name, accents optional</source>
        <extracomment>The form&apos;s field of a request field the rules name differently. Emitted with the ID number when the officer finishes typing one (a known citizen?).</extracomment>
        <translation>Gõ mã hoặc tên thủ tục, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="71"/>
        <source>Choose the procedure</source>
        <translation>Chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="81"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="87"/>
        <source>9 digits, on the citizen&apos;s card</source>
        <translation>9 chữ số, ghi trên thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="93"/>
        <source>Only if different from the applicant</source>
        <translation>Chỉ khi khác người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="103"/>
        <source>At the counter</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="104"/>
        <source>By post</source>
        <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="110"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="108"/>
        <source>Document (Space: handed in)</source>
        <translation>Giấy tờ (phím cách: đã nộp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="109"/>
        <source>Form (F2)</source>
        <translation>Hình thức (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="111"/>
        <source>Digitised copy</source>
        <translation>Bản số hóa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="116"/>
        <source>What is missing and why (supplement), or the reason of a refusal</source>
        <translation>Nội dung cần bổ sung và lý do, hoặc lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="122"/>
        <source>Find procedure</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="123"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="124"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="125"/>
        <source>ID type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="126"/>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="127"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="128"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="129"/>
        <source>Old ID card (CMND)</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="130"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="131"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="133"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="134"/>
        <source>Dossier owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="135"/>
        <source>Channel</source>
        <translation>Kênh nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="136"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="137"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="138"/>
        <source>Return of the result</source>
        <translation>Nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="139"/>
        <source>Postal address</source>
        <translation>Địa chỉ nhận qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="140"/>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="141"/>
        <source>Supplement / refusal</source>
        <translation>Bổ sung / từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="177"/>
        <source>Longer than {limit} characters: only the first {limit} were kept. Check the text.</source>
        <translation>Dài quá {limit} ký tự: chỉ giữ {limit} ký tự đầu. Hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="295"/>
        <source>Choose the procedure.</source>
        <translation>Hãy chọn thủ tục.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="304"/>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Hãy nhập họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="309"/>
        <source>This is not an e-mail address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="306"/>
        <source>Enter the address the post delivers to.</source>
        <translation>Hãy nhập địa chỉ nhận kết quả qua bưu chính.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="311"/>
        <source>Write what is missing, or why the dossier is refused.</source>
        <translation>Hãy ghi nội dung cần bổ sung hoặc lý do từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="297"/>
        <source>Write the date as dd/mm/yyyy, e.g. 02/03/1985.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 02/03/1985.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_form.py" line="305"/>
        <source>The birth date is in the future.</source>
        <translation>Ngày sinh không được ở tương lai.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="43"/>
        <source>Reception</source>
        <extracomment>The form printed after each outcome. Shortcuts of the page (the queue panel has F5–F11, sync F12, lookup F3 and Ctrl+F; the notification medium cycles with ``NOTIFY_KEY``, Ctrl+M).</extracomment>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="83"/>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="84"/>
        <source>Request supplement (form 02)</source>
        <translation>Yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="85"/>
        <source>Refuse (form 03)</source>
        <translation>Từ chối (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="86"/>
        <source>Print preview ({key})</source>
        <translation>Xem trước bản in ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="88"/>
        <source>New dossier ({key})</source>
        <translation>Hồ sơ mới ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="151"/>
        <source>Due if received now: {moment}</source>
        <translation>Hẹn trả nếu tiếp nhận bây giờ: {moment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="162"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Hãy sửa các ô có thông báo màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="165"/>
        <source>The attachments are being prepared: wait a moment.</source>
        <translation>Bản số hóa đang được chuẩn bị: vui lòng chờ giây lát.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="170"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="193"/>
        <source>The dossier was not saved: the database did not answer. Nothing was lost from the form; please press Receive again.</source>
        <translation>Chưa lưu được hồ sơ: cơ sở dữ liệu không phản hồi. Nội dung đã nhập vẫn còn; hãy bấm Tiếp nhận lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="203"/>
        <source>Saved dossier {code}. Printing form {form}…</source>
        <translation>Đã lưu hồ sơ {code}. Đang in Mẫu {form}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="221"/>
        <source>Dossier {code} saved; form {form} written to {path}.</source>
        <translation>Đã lưu hồ sơ {code}; Mẫu {form} đã in ra tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="226"/>
        <source>The printer did not print: check that it is switched on and has paper, or choose another printer; the PDF copy is kept and the form can be printed again from the dossier view (F3).</source>
        <translation>Máy in chưa in: kiểm tra máy in đã bật và còn giấy, hoặc chọn máy in khác; bản PDF vẫn được lưu và có thể in lại từ màn hình hồ sơ (F3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counter/reception_page.py" line="238"/>
        <source>Dossier {code} is saved, but form {form} could not be printed. Check that the printer is switched on and has paper, or choose another printer (or print to PDF), then print it again from the dossier view (F3, Enter).</source>
        <translation>Đã lưu hồ sơ {code} nhưng chưa in được Mẫu {form}. Kiểm tra máy in đã bật và còn giấy, hoặc chọn máy in khác (hoặc in ra tệp PDF), rồi in lại từ màn hình hồ sơ (F3, Enter).</translation>
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
