"""The texts printed with form II.06a: title, header lines, the notes under the form.

The JSON, the XLSX and the PDF print the same notes, so a reader of any of them knows which
counting rule applied (withdrawn and stopped dossiers, the office setting
``report_withdrawn_as_resolved``) and where the period's cut-offs come from.
"""

from __future__ import annotations

from motcua_core.reports.form_ii06a_report import FormII06aReport

FORM_CODE = "II.06a"
FORM_LABEL = "Biểu số II.06a/VPCP/KSTT"
REPORTING_UNIT = "Đơn vị báo cáo"
TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
SUBTITLE = "TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
UNIT_LINE = "Đơn vị tính: số hồ sơ TTHC"
RECEIVING_UNIT = "Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân cấp trên"
TOTAL_LABEL = "Tổng số"
ANNEX_TITLE = "PHỤ LỤC: DANH SÁCH HỒ SƠ QUÁ HẠN VÀ LÝ DO"
ANNEX_COLUMNS = (
    "TT", "Mã hồ sơ", "Lĩnh vực", "Thủ tục", "Ngày tiếp nhận", "Hạn giải quyết",
    "Ngày có kết quả", "Lý do quá hạn (văn bản xin lỗi)",
)  # fmt: skip
NO_REASON = "(chưa có văn bản xin lỗi)"

_WITHDRAWN_COUNTED = (
    "Hồ sơ rút (trạng thái 7) và dừng xử lý (trạng thái 8) trong kỳ được tính là đã giải "
    "quyết đúng hạn (thiết lập report_withdrawn_as_resolved: bật)."
)
_WITHDRAWN_LEFT_OUT = (
    "Hồ sơ rút (trạng thái 7) và dừng xử lý (trạng thái 8) không được tính vào báo cáo "
    "(thiết lập report_withdrawn_as_resolved: tắt)."
)
_WITHDRAWN_BY_OFFICE = (
    "Hồ sơ rút (trạng thái 7) và dừng xử lý (trạng thái 8) được tính theo thiết lập "
    "report_withdrawn_as_resolved của từng đơn vị: tính là đã giải quyết đúng hạn ({on}); "
    "không tính vào báo cáo ({off})."
)
_FIXED_NOTES = (
    "Không tính hồ sơ trực tuyến chưa tiếp nhận (trạng thái 1) và hồ sơ từ chối tiếp nhận "
    "(trạng thái 3).",
    "Hồ sơ đã giải quyết được phân loại trước hạn, đúng hạn, quá hạn theo ngày có kết quả so "
    "với ngày hẹn trả; hồ sơ không có hạn giải quyết được tính là đúng hạn.",
    "Hồ sơ đang chờ bổ sung khi hết kỳ được tính là đang giải quyết trong hạn; thời gian bổ "
    "sung không tính vào thời hạn giải quyết.",
)


def period_line(report: FormII06aReport) -> str:
    """``Từ ngày 15/05/2020 đến ngày 14/06/2020``."""
    period = report.period
    return f"Từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y}"


def withdrawn_note(report: FormII06aReport) -> str:
    """The rule withdrawn and stopped dossiers were counted by (per office, when they differ)."""
    if report.office_rules:
        on = ", ".join(code for code, rule in report.office_rules if rule)
        off = ", ".join(code for code, rule in report.office_rules if not rule)
        return _WITHDRAWN_BY_OFFICE.format(on=on, off=off)
    return _WITHDRAWN_COUNTED if report.withdrawn_as_resolved else _WITHDRAWN_LEFT_OUT


def form_notes(report: FormII06aReport) -> list[str]:
    """The notes printed under the form, the counting rule in force first."""
    notes = [withdrawn_note(report)]
    notes.extend(_FIXED_NOTES)
    if report.period.name:
        notes.append("Kỳ báo cáo theo Điều 12 Nghị định 09/2019/NĐ-CP (số liệu chốt ngày 14).")
    if not report.period_over:
        as_of = report.as_of.astimezone(report.tz)
        notes.append(f"Kỳ báo cáo chưa kết thúc: số liệu tính đến {as_of:%H:%M ngày %d/%m/%Y}.")
    if report.late:
        notes.append(f"Danh sách hồ sơ quá hạn và lý do: xem phụ lục ({len(report.late)} hồ sơ).")
    return notes
