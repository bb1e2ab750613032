<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DashboardDossier</name>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_dossier.py" line="35"/>
        <source>Dossier {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_dossier.py" line="39"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_dossier.py" line="53"/>
        <source>The dossier could not be opened.</source>
        <translation>Không mở được hồ sơ.</translation>
    </message>
</context>
<context>
    <name>IndexDashboard</name>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="94"/>
        <source>Compute the index</source>
        <translation>Tính chỉ số</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="101"/>
        <source>All dossiers that cost points</source>
        <translation>Tất cả hồ sơ làm giảm điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="125"/>
        <source>Reporting period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="137"/>
        <source>Dossiers that cost points (double click or Enter opens the dossier):</source>
        <translation>Hồ sơ làm giảm điểm (nhấp đúp hoặc nhấn Enter để mở hồ sơ):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="157"/>
        <source>{name}: {start} – {end}</source>
        <translation>{name}: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="172"/>
        <source>Computing the index…</source>
        <translation>Đang tính chỉ số…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="179"/>
        <source>The index could not be computed.</source>
        <translation>Không tính được chỉ số.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard.py" line="187"/>
        <source>Total {points} of {measured} points measured here (the index counts {maximum})</source>
        <translation>Tổng điểm {points} trên {measured} điểm đo được tại đơn vị (thang điểm của Bộ chỉ số: {maximum})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="42"/>
        <source>Late</source>
        <extracomment>Minimum heights (px): the dashboard scrolls below them, so every part stays readable.</extracomment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="43"/>
        <source>Dissatisfied rating</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="44"/>
        <source>Not digitised</source>
        <translation>Chưa số hóa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="60"/>
        <source>Group / indicator</source>
        <translation>Nhóm / chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="61"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="62"/>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="151"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="63"/>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="82"/>
        <source>nothing due</source>
        <translation>không có hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="85"/>
        <source>{days} days</source>
        <translation>{days} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="118"/>
        <source>not measured here</source>
        <translation>không đo tại đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="149"/>
        <source>Index by month (points of the measured part)</source>
        <translation>Chỉ số theo tháng (điểm phần đo được)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="179"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="180"/>
        <source>Why it costs points</source>
        <translation>Lý do giảm điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="181"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="182"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dashboard_parts.py" line="183"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="63"/>
        <source>Dossiers received per day</source>
        <translation>Hồ sơ tiếp nhận theo ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="65"/>
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="92"/>
        <source>Timeliness of resolved dossiers</source>
        <translation>Tiến độ giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="97"/>
        <source>Before due</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="98"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="99"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="116"/>
        <source>Waiting time per service area (minutes)</source>
        <translation>Thời gian chờ theo lĩnh vực (phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="119"/>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="120"/>
        <source>90th percentile</source>
        <translation>Bách phân vị 90</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="22"/>
        <source>Citizen visits</source>
        <translation>Lượt công dân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="23"/>
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="24"/>
        <source>  in person</source>
        <translation>  Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="25"/>
        <source>  online</source>
        <translation>  Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="26"/>
        <source>  by post</source>
        <translation>  Qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="27"/>
        <source>Resolved before due</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="28"/>
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="29"/>
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="30"/>
        <source>Open, within the limit</source>
        <translation>Đang giải quyết trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="31"/>
        <source>Open, overdue</source>
        <translation>Đang giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="32"/>
        <source>Supplements requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="33"/>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="35"/>
        <source>Stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="36"/>
        <source>Extended (apology letter)</source>
        <translation>Gia hạn (văn bản xin lỗi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="79"/>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="80"/>
        <location filename="../../desktop_app/ui/reports/tables.py" line="195"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="81"/>
        <source>Share of resolved</source>
        <translation>Tỷ lệ trên số đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="107"/>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="108"/>
        <location filename="../../desktop_app/ui/reports/tables.py" line="150"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="109"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="110"/>
        <source>Before due</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="111"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="112"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="113"/>
        <source>% before due</source>
        <translation>% trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="114"/>
        <source>% on time</source>
        <translation>% đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="115"/>
        <source>% late</source>
        <translation>% quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="116"/>
        <source>Open, within limit</source>
        <translation>Đang giải quyết
trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="117"/>
        <source>Open, overdue</source>
        <comment>column header</comment>
        <translation>Đang giải quyết
quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="151"/>
        <source>Tickets issued</source>
        <translation>Số phiếu
đã cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="152"/>
        <source>Served</source>
        <translation>Đã phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="153"/>
        <source>No-shows</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="154"/>
        <source>Wait, median (min)</source>
        <translation>Chờ, trung vị
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="155"/>
        <source>Wait, 90th pct (min)</source>
        <translation>Chờ, bách phân vị 90
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="156"/>
        <source>Service, median (min)</source>
        <translation>Phục vụ, trung vị
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="157"/>
        <source>Service, 90th pct (min)</source>
        <translation>Phục vụ, bách phân vị 90
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="185"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="186"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="187"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="194"/>
        <source>Rating</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="196"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="208"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="214"/>
        <source>Reasons given for “dissatisfied”</source>
        <translation>Lý do “Không hài lòng”</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="70"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="71"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="72"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="73"/>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="74"/>
        <source>First half of the year</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="75"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="76"/>
        <source>Custom period</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="89"/>
        <source>No breakdown</source>
        <translation>Không chia nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="89"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="90"/>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="91"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="164"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="92"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="163"/>
        <source>By counter</source>
        <translation>Theo quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="94"/>
        <source>Show report</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="97"/>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="98"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="99"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="109"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="109"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="110"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="114"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="141"/>
        <source>Breakdown</source>
        <translation>Chia theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="139"/>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="140"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="142"/>
        <source>Queue</source>
        <translation>Xếp hàng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="143"/>
        <source>Ratings</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="145"/>
        <source>Service index (766)</source>
        <translation>Chỉ số phục vụ (766)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="163"/>
        <source>By service area</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="220"/>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="225"/>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="232"/>
        <source>The report could not be built.</source>
        <translation>Không lập được báo cáo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="252"/>
        <source>Report from {start} to {end}.</source>
        <translation>Báo cáo từ ngày {start} đến ngày {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="270"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="309"/>
        <source>Saved {file}.</source>
        <translation>Đã lưu {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="314"/>
        <source>The file could not be written: {error}</source>
        <translation>Không ghi được tệp: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="321"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
</TS>
