<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="62"/>
        <source>Extend the due date (form 04)</source>
        <translation>Gia hạn thời gian giải quyết (Mẫu 04)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="72"/>
        <source>New due date</source>
        <translation>Ngày hẹn trả mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="73"/>
        <source>Reason for the delay</source>
        <translation>Lý do chậm trễ</translation>
    </message>
</context>
<context>
    <name>HandoverCommon</name>
    <message>
        <location filename="../../desktop_app/ui/handover/common.py" line="26"/>
        <source>The action could not be completed. Please try again.</source>
        <translation>Không thực hiện được thao tác. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="35"/>
        <source>Handover</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="50"/>
        <source>To a department</source>
        <translation>Chuyển phòng chuyên môn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="51"/>
        <source>To the postal service</source>
        <translation>Gửi qua bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="54"/>
        <source>Name of the postal worker</source>
        <translation>Họ tên nhân viên bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="56"/>
        <source>Scan or type a dossier code, then Enter</source>
        <translation>Quét hoặc nhập mã hồ sơ rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="57"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="57"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="57"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="58"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="58"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="59"/>
        <source>Hand over (Ctrl+Enter)</source>
        <translation>Bàn giao (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="60"/>
        <source>Print preview of the list</source>
        <translation>Xem trước danh sách bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="62"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="65"/>
        <source>Receive the selected batch of results</source>
        <translation>Nhận lô kết quả đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="84"/>
        <source>Batch</source>
        <translation>Lô bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="85"/>
        <source>Receiving department</source>
        <translation>Phòng chuyên môn nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="86"/>
        <source>Postal worker</source>
        <translation>Nhân viên bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="87"/>
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="91"/>
        <source>Results handed back by departments, waiting for receipt</source>
        <translation>Kết quả phòng chuyên môn chuyển về, chờ nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="149"/>
        <source>No. {number}: {unit}, {count} dossiers, sent {at}</source>
        <translation>Số {number}: {unit}, {count} hồ sơ, gửi lúc {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="182"/>
        <source>Added {code}.</source>
        <translation>Đã thêm {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="190"/>
        <source>Tick or scan the dossiers to hand over first.</source>
        <translation>Hãy đánh dấu hoặc quét các hồ sơ cần bàn giao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="205"/>
        <source>Batch No. {number} handed over to {unit}: {count} dossiers. Printing the list…</source>
        <translation>Đã bàn giao lô số {number} cho {unit}: {count} hồ sơ. Đang in danh sách…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="218"/>
        <source>The list was saved to {path}.</source>
        <translation>Danh sách đã được lưu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="220"/>
        <source>The printer is not available; print it from the preview.</source>
        <translation>Không có máy in; hãy in từ màn hình xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="233"/>
        <source>Select a batch of results first.</source>
        <translation>Hãy chọn một lô kết quả.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="239"/>
        <source>Batch No. {number} received: {count} results.</source>
        <translation>Đã nhận lô số {number}: {count} kết quả.</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="54"/>
        <source>Processing</source>
        <extracomment>The department&apos;s steps: (key, shortcut); the texts are in ``_action_texts``.</extracomment>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="76"/>
        <source>Scan a dossier code or a handover list&apos;s barcode, then Enter</source>
        <translation>Quét mã hồ sơ hoặc mã vạch của giấy bàn giao, rồi Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="79"/>
        <source>Receive the selected batch</source>
        <translation>Nhận lô hồ sơ đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="80"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="80"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="80"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="81"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="81"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="102"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="106"/>
        <source>Batches handed to the department, waiting for receipt</source>
        <translation>Hồ sơ được chuyển đến, chờ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="95"/>
        <source>Start processing</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="96"/>
        <source>Request a supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="97"/>
        <source>Supplement received</source>
        <translation>Đã bổ sung, xử lý tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="98"/>
        <source>Extend (form 04)…</source>
        <translation>Gia hạn (Mẫu 04)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="99"/>
        <source>Stop (form 05)…</source>
        <translation>Dừng xử lý (Mẫu 05)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="100"/>
        <source>Result ready…</source>
        <translation>Đã có kết quả…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="101"/>
        <source>Hand results to the counter</source>
        <translation>Chuyển kết quả về Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="143"/>
        <source>Department: {unit}</source>
        <translation>Phòng chuyên môn: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="160"/>
        <source>No. {number}: {count} dossiers from {unit}, sent {at}</source>
        <translation>Số {number}: {count} hồ sơ từ {unit}, gửi lúc {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="204"/>
        <source>Batch No. {number} ({count} dossiers) selected: Ctrl+B receives it.</source>
        <translation>Đã chọn lô số {number} ({count} hồ sơ): nhấn Ctrl+B để nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="187"/>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="209"/>
        <source>{code} is not in the department&apos;s list.</source>
        <translation>Hồ sơ {code} không có trong danh sách của phòng.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="218"/>
        <source>{code} ticked ({status}).</source>
        <translation>Đã chọn {code} ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="226"/>
        <source>No batch is waiting.</source>
        <translation>Không có lô hồ sơ nào đang chờ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="232"/>
        <source>Batch No. {number} received: {count} dossiers.</source>
        <translation>Đã nhận lô số {number}: {count} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="241"/>
        <source>Tick a dossier first.</source>
        <translation>Hãy chọn một hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="272"/>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="272"/>
        <source>What is missing, and why</source>
        <translation>Nội dung cần bổ sung và lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="279"/>
        <source>Stop processing</source>
        <translation>Dừng xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="279"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="348"/>
        <source>No result or stop notice to hand back.</source>
        <translation>Không có kết quả hoặc thông báo dừng nào để chuyển về.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="351"/>
        <source>Batch No. {number} handed to the counter: {count} results.</source>
        <translation>Đã chuyển lô số {number} về Bộ phận Một cửa: {count} kết quả.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="32"/>
        <source>Rate the service</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="34"/>
        <source>How satisfied are you with the service?</source>
        <translation>Ông/Bà có hài lòng với việc giải quyết hồ sơ không?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="62"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="63"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="64"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="39"/>
        <source>Please tell us why (required):</source>
        <translation>Xin cho biết lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="42"/>
        <source>Type the reason, then Enter</source>
        <translation>Nhập lý do, rồi Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="46"/>
        <source>Send the rating (Enter)</source>
        <translation>Gửi đánh giá (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="93"/>
        <source>Skip (Esc)</source>
        <translation>Bỏ qua (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="121"/>
        <source>Please enter the reason you are dissatisfied.</source>
        <translation>Vui lòng nhập lý do không hài lòng.</translation>
    </message>
</context>
<context>
    <name>ResultFileBox</name>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="58"/>
        <source>Open ({key})</source>
        <translation>Mở ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="59"/>
        <source>Save a copy… ({key})</source>
        <translation>Lưu bản sao… ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="88"/>
        <source>No electronic result (paper only).</source>
        <translation>Không có kết quả điện tử (chỉ bản giấy).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="90"/>
        <source>Electronic result: {pages} pages, {size}</source>
        <translation>Có kết quả điện tử: {pages} trang, {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="106"/>
        <source>Save the electronic result</source>
        <translation>Lưu kết quả điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="108"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="126"/>
        <source>Electronic result saved to {path}.</source>
        <translation>Đã lưu kết quả điện tử vào {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_box.py" line="131"/>
        <source>The stored electronic result is damaged or missing: ask the IT staff to run the check (doctor) and restore it from a backup.</source>
        <translation>Tệp kết quả điện tử đã lưu bị hỏng hoặc bị mất: đề nghị bộ phận CNTT chạy kiểm tra (doctor) và khôi phục từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ResultReadyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="43"/>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="48"/>
        <source>No file: paper result only</source>
        <translation>Chưa chọn tệp: chỉ có kết quả bản giấy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="51"/>
        <source>Signed PDF… ({key})</source>
        <translation>Tệp PDF đã ký số… ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="58"/>
        <source>OK (Enter)</source>
        <translation>Đồng ý (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="60"/>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="67"/>
        <source>The result (document issued)</source>
        <translation>Kết quả (giấy tờ đã cấp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="68"/>
        <source>Electronic result</source>
        <translation>Kết quả điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="73"/>
        <source>Choose the signed result (PDF)</source>
        <translation>Chọn tệp kết quả đã ký số (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/result_file_ready.py" line="75"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="42"/>
        <source>Return of results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="59"/>
        <source>Scan the receipt&apos;s barcode or the citizen&apos;s card, or type the code, Enter</source>
        <translation>Quét mã vạch giấy hẹn hoặc thẻ căn cước của công dân, hoặc nhập mã, Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="67"/>
        <source>The applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="68"/>
        <source>An authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="76"/>
        <source>Amount in dong, e.g. 30000</source>
        <translation>Số tiền (đồng), ví dụ 30000</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="77"/>
        <source>Return the result (Ctrl+Enter)</source>
        <translation>Trả kết quả (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="96"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="99"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="100"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="101"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="102"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="103"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="104"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="105"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="106"/>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="110"/>
        <source>Who takes the result</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="116"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="117"/>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="118"/>
        <source>Fee collected</source>
        <translation>Phí, lệ phí đã thu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="137"/>
        <source>Required for an authorised person</source>
        <translation>Bắt buộc với người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="137"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="184"/>
        <source>No result of {name} is ready to return.</source>
        <translation>Không có kết quả nào của {name} đang chờ trả.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="196"/>
        <source>{count} results of {name} are ready: choose one, Enter.</source>
        <translation>Có {count} kết quả của {name} đang chờ trả: chọn một, Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="220"/>
        <source>Check the receiver, then return the result.</source>
        <translation>Kiểm tra người nhận rồi trả kết quả.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="223"/>
        <source>This dossier cannot be returned: {status}.</source>
        <translation>Không thể trả kết quả hồ sơ này: {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="259"/>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="262"/>
        <source>Result of {code} returned to {name} ({timeliness}).</source>
        <translation>Đã trả kết quả hồ sơ {code} cho {name} ({timeliness}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="296"/>
        <source>Thank you: rating “{level}” recorded.</source>
        <translation>Cảm ơn Ông/Bà: đã ghi nhận đánh giá “{level}”.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="29"/>
        <source>OK (Enter)</source>
        <translation>Đồng ý (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="31"/>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
</context>
</TS>
