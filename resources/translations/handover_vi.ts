<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="44"/>
        <source>Extend the due date (form 04)</source>
        <translation>Gia hạn thời gian giải quyết (Mẫu 04)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="57"/>
        <source>New due date</source>
        <translation>Ngày hẹn trả mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/dialogs.py" line="58"/>
        <source>Reason for the delay</source>
        <translation>Lý do chậm trễ</translation>
    </message>
</context>
<context>
    <name>HandoverCommon</name>
    <message>
        <location filename="../../desktop_app/ui/handover/common.py" line="22"/>
        <source>The action could not be completed. Please try again.</source>
        <translation>Không thực hiện được thao tác. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="32"/>
        <source>Handover</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="46"/>
        <source>To a department</source>
        <translation>Chuyển phòng chuyên môn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="47"/>
        <source>To the postal service</source>
        <translation>Gửi qua bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="50"/>
        <source>Name of the postal worker</source>
        <translation>Họ tên nhân viên bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="52"/>
        <source>Scan or type a dossier code, then Enter</source>
        <translation>Quét hoặc nhập mã hồ sơ rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="53"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="53"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="53"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="54"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="54"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="55"/>
        <source>Hand over (Ctrl+Enter)</source>
        <translation>Bàn giao (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="56"/>
        <source>Print preview of the list</source>
        <translation>Xem trước danh sách bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="59"/>
        <source>Receive the selected batch of results</source>
        <translation>Nhận lô kết quả đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="74"/>
        <source>Batch</source>
        <translation>Lô bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="75"/>
        <source>Receiving department</source>
        <translation>Phòng chuyên môn nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="76"/>
        <source>Postal worker</source>
        <translation>Nhân viên bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="77"/>
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="79"/>
        <source>Refresh (F5)</source>
        <translation>Làm mới (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="83"/>
        <source>Results handed back by departments, waiting for receipt</source>
        <translation>Kết quả phòng chuyên môn chuyển về, chờ nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="129"/>
        <source>No. {number}: {unit}, {count} dossiers, sent {at}</source>
        <translation>Số {number}: {unit}, {count} hồ sơ, gửi lúc {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="157"/>
        <source>Added {code}.</source>
        <translation>Đã thêm {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="167"/>
        <source>Tick or scan the dossiers to hand over first.</source>
        <translation>Hãy đánh dấu hoặc quét các hồ sơ cần bàn giao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="188"/>
        <source>Batch No. {number} handed over to {unit}: {count} dossiers. Printing the list…</source>
        <translation>Đã bàn giao lô số {number} cho {unit}: {count} hồ sơ. Đang in danh sách…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="201"/>
        <source>The list was saved to {path}.</source>
        <translation>Danh sách đã được lưu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="203"/>
        <source>The printer is not available; print it from the preview.</source>
        <translation>Không có máy in; hãy in từ màn hình xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="216"/>
        <source>Select a batch of results first.</source>
        <translation>Hãy chọn một lô kết quả.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/handover_page.py" line="228"/>
        <source>Batch No. {number} received: {count} results.</source>
        <translation>Đã nhận lô số {number}: {count} kết quả.</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="28"/>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="41"/>
        <source>Receive the selected batch</source>
        <translation>Nhận lô hồ sơ đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="42"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="42"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="42"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="43"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="43"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="51"/>
        <source>Batches handed to the department, waiting for receipt</source>
        <translation>Hồ sơ được chuyển đến, chờ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="57"/>
        <source>Start processing</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="58"/>
        <source>Request a supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="59"/>
        <source>Supplement received</source>
        <translation>Đã bổ sung, xử lý tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="60"/>
        <source>Extend (form 04)…</source>
        <translation>Gia hạn (Mẫu 04)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="61"/>
        <source>Stop (form 05)…</source>
        <translation>Dừng xử lý (Mẫu 05)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="62"/>
        <source>Result ready…</source>
        <translation>Đã có kết quả…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="63"/>
        <source>Hand results to the counter</source>
        <translation>Chuyển kết quả về Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="64"/>
        <source>Refresh (F5)</source>
        <translation>Làm mới (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="93"/>
        <source>Department: {unit}</source>
        <translation>Phòng chuyên môn: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="113"/>
        <source>No. {number}: {count} dossiers from {unit}, sent {at}</source>
        <translation>Số {number}: {count} hồ sơ từ {unit}, gửi lúc {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="133"/>
        <source>No batch is waiting.</source>
        <translation>Không có lô hồ sơ nào đang chờ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="145"/>
        <source>Batch No. {number} received: {count} dossiers.</source>
        <translation>Đã nhận lô số {number}: {count} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="156"/>
        <source>Tick a dossier first.</source>
        <translation>Hãy chọn một hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="189"/>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="189"/>
        <source>What is missing, and why</source>
        <translation>Nội dung cần bổ sung và lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="195"/>
        <source>Stop processing</source>
        <translation>Dừng xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="195"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="201"/>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="201"/>
        <source>The result (document issued)</source>
        <translation>Kết quả (giấy tờ đã cấp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/processing_page.py" line="239"/>
        <source>Batch No. {number} handed to the counter: {count} results.</source>
        <translation>Đã chuyển lô số {number} về Bộ phận Một cửa: {count} kết quả.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="26"/>
        <source>Rate the service</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="28"/>
        <source>How satisfied are you with the service?</source>
        <translation>Ông/Bà có hài lòng với việc giải quyết hồ sơ không?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="30"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="30"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="30"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="44"/>
        <source>Please tell us why (required):</source>
        <translation>Xin cho biết lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="48"/>
        <source>Send the rating</source>
        <translation>Gửi đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="50"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/rating_dialog.py" line="82"/>
        <source>Please enter the reason you are dissatisfied.</source>
        <translation>Vui lòng nhập lý do không hài lòng.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="28"/>
        <source>Return of results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="43"/>
        <source>Scan the receipt&apos;s barcode or type the code, Enter</source>
        <translation>Quét mã vạch trên giấy hẹn hoặc nhập mã hồ sơ, nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="47"/>
        <source>The applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="48"/>
        <source>An authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="56"/>
        <source>Amount in dong, e.g. 30000</source>
        <translation>Số tiền (đồng), ví dụ 30000</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="57"/>
        <source>Return the result (Ctrl+Enter)</source>
        <translation>Trả kết quả (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="70"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="73"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="74"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="75"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="76"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="77"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="78"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="79"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="80"/>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="84"/>
        <source>Who takes the result</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="90"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="91"/>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="92"/>
        <source>Fee collected</source>
        <translation>Phí, lệ phí đã thu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="109"/>
        <source>Required for an authorised person</source>
        <translation>Bắt buộc với người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="109"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="146"/>
        <source>Check the receiver, then return the result.</source>
        <translation>Kiểm tra người nhận rồi trả kết quả.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="149"/>
        <source>This dossier cannot be returned: {status}.</source>
        <translation>Không thể trả kết quả hồ sơ này: {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="190"/>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="193"/>
        <source>Result of {code} returned to {name} ({timeliness}).</source>
        <translation>Đã trả kết quả hồ sơ {code} cho {name} ({timeliness}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/handover/return_page.py" line="230"/>
        <source>Thank you: rating “{level}” recorded.</source>
        <translation>Cảm ơn Ông/Bà: đã ghi nhận đánh giá “{level}”.</translation>
    </message>
</context>
</TS>
