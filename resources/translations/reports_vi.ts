<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="48"/>
        <source>Dossiers received per day</source>
        <translation>Hồ sơ tiếp nhận theo ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="50"/>
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="79"/>
        <source>Timeliness of resolved dossiers</source>
        <translation>Tiến độ giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="84"/>
        <source>Before due</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="85"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="86"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="103"/>
        <source>Waiting time per service area (minutes)</source>
        <translation>Thời gian chờ theo lĩnh vực (phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="106"/>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/charts.py" line="107"/>
        <source>90th percentile</source>
        <translation>Bách phân vị 90</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="23"/>
        <source>Citizen visits</source>
        <translation>Lượt công dân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="24"/>
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="25"/>
        <source>  in person</source>
        <translation>  Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="26"/>
        <source>  online</source>
        <translation>  Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="27"/>
        <source>  by post</source>
        <translation>  Qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="28"/>
        <source>Resolved before due</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="29"/>
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="30"/>
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="31"/>
        <source>Open, within the limit</source>
        <translation>Đang giải quyết trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="32"/>
        <source>Open, overdue</source>
        <translation>Đang giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="33"/>
        <source>Supplements requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="34"/>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="35"/>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="36"/>
        <source>Stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="37"/>
        <source>Extended (apology letter)</source>
        <translation>Gia hạn (văn bản xin lỗi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="80"/>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="81"/>
        <location filename="../../desktop_app/ui/reports/tables.py" line="196"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="82"/>
        <source>Share of resolved</source>
        <translation>Tỷ lệ trên số đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="108"/>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="109"/>
        <location filename="../../desktop_app/ui/reports/tables.py" line="151"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="110"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="111"/>
        <source>Before due</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="112"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="113"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="114"/>
        <source>% before due</source>
        <translation>% trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="115"/>
        <source>% on time</source>
        <translation>% đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="116"/>
        <source>% late</source>
        <translation>% quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="117"/>
        <source>Open, within limit</source>
        <translation>Đang giải quyết
trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="118"/>
        <source>Open, overdue</source>
        <comment>column header</comment>
        <translation>Đang giải quyết
quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="152"/>
        <source>Tickets issued</source>
        <translation>Số phiếu
đã cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="153"/>
        <source>Served</source>
        <translation>Đã phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="154"/>
        <source>No-shows</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="155"/>
        <source>Wait, median (min)</source>
        <translation>Chờ, trung vị
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="156"/>
        <source>Wait, 90th pct (min)</source>
        <translation>Chờ, bách phân vị 90
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="157"/>
        <source>Service, median (min)</source>
        <translation>Phục vụ, trung vị
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="158"/>
        <source>Service, 90th pct (min)</source>
        <translation>Phục vụ, bách phân vị 90
(phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="186"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="187"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="188"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="195"/>
        <source>Rating</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="197"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="209"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/tables.py" line="215"/>
        <source>Reasons given for “dissatisfied”</source>
        <translation>Lý do “Không hài lòng”</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="65"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="66"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="67"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="68"/>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="69"/>
        <source>First half of the year</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="70"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="71"/>
        <source>Custom period</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="84"/>
        <source>No breakdown</source>
        <translation>Không chia nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="84"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="85"/>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="86"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="159"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="87"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="158"/>
        <source>By counter</source>
        <translation>Theo quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="89"/>
        <source>Show report</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="92"/>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="93"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="94"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="104"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="104"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="105"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="109"/>
        <location filename="../../desktop_app/ui/reports/window.py" line="136"/>
        <source>Breakdown</source>
        <translation>Chia theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="134"/>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="135"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="137"/>
        <source>Queue</source>
        <translation>Xếp hàng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="138"/>
        <source>Ratings</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="158"/>
        <source>By service area</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="207"/>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="212"/>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window.py" line="231"/>
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
