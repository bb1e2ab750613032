"""The period report as an XLSX workbook: one sheet per table, numbers stored as numbers.

Every row goes through :func:`~desktop_app.printing.spreadsheet_text.append_row`: names and
reasons people typed stay text, never formulas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop_app.printing.report_text import opening_sentence
from desktop_app.printing.spreadsheet_text import append_row
from desktop_app.services.reports.period import (
    RATING_LABELS_VI,
    RATING_LEVELS,
    BookingFigures,
    DossierFigures,
    DurationFigures,
    PeriodReport,
)

_FIGURE_LABELS = (
    ("visits", "Lượt công dân"),
    ("dossiers_received", "Hồ sơ tiếp nhận"),
    ("received_in_person", "  Trực tiếp"),
    ("received_online", "  Trực tuyến"),
    ("received_by_post", "  Qua bưu chính"),
    ("resolved_before_due", "Giải quyết trước hạn"),
    ("resolved_on_time", "Giải quyết đúng hạn"),
    ("resolved_late", "Giải quyết quá hạn"),
    ("open_within_limit", "Đang giải quyết trong hạn"),
    ("open_overdue", "Đang giải quyết quá hạn"),
    ("supplements", "Yêu cầu bổ sung"),
    ("refusals", "Từ chối tiếp nhận"),
    ("withdrawals", "Rút hồ sơ"),
    ("stopped", "Dừng xử lý"),
    ("extensions", "Gia hạn (xin lỗi)"),
)
_PERCENT = "0.0"


def write_report_xlsx(report: PeriodReport, path: Path) -> None:
    """Write the workbook: Tổng hợp, Chi tiết (when grouped), Xếp hàng, Đánh giá."""
    book = Workbook()
    _summary_sheet(book.active, report)
    if report.breakdown:
        _breakdown_sheet(book.create_sheet("Chi tiết"), report)
    _queue_sheet(book.create_sheet("Xếp hàng"), report)
    _ratings_sheet(book.create_sheet("Đánh giá"), report)
    book.save(path)


def _header(sheet: Any, titles: list[str]) -> None:
    append_row(sheet, titles)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _summary_sheet(sheet: Any, report: PeriodReport) -> None:
    sheet.title = "Tổng hợp"
    figures = report.figures
    append_row(sheet, [f"Báo cáo kết quả giải quyết TTHC — {report.office_name}"])
    append_row(
        sheet, [f"Từ ngày {report.period.start:%d/%m/%Y} đến ngày {report.period.end:%d/%m/%Y}"]
    )
    append_row(sheet, [opening_sentence(figures)])
    append_row(sheet, [])
    _header(sheet, ["Chỉ tiêu", "Số lượng", "Tỷ lệ (%)"])
    shares = {"resolved_before_due", "resolved_on_time", "resolved_late"}
    for name, label in _FIGURE_LABELS:
        value = getattr(figures, name)
        share = figures.share(value) if name in shares else None
        append_row(sheet, [label, value, share])
        if share is not None:
            sheet.cell(sheet.max_row, 3).number_format = _PERCENT
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 12


def _figure_row(figures: DossierFigures) -> list[Any]:
    return [
        figures.visits, figures.dossiers_received, figures.resolved_before_due,
        figures.share(figures.resolved_before_due), figures.resolved_on_time,
        figures.share(figures.resolved_on_time), figures.resolved_late,
        figures.share(figures.resolved_late), figures.open_within_limit, figures.open_overdue,
    ]  # fmt: skip


def _breakdown_sheet(sheet: Any, report: PeriodReport) -> None:
    _header(
        sheet,
        [
            "Mã",
            "Tên",
            "Lượt công dân",
            "Tiếp nhận",
            "Trước hạn",
            "% trước hạn",
            "Đúng hạn",
            "% đúng hạn",
            "Quá hạn",
            "% quá hạn",
            "Đang GQ trong hạn",
            "Đang GQ quá hạn",
        ],
    )
    for row in report.breakdown:
        append_row(sheet, [row.key, row.label, *_figure_row(row.figures)])
        for column in (6, 8, 10):
            sheet.cell(sheet.max_row, column).number_format = _PERCENT
    sheet.column_dimensions["B"].width = 40


def _queue_rows(sheet: Any, title: str, rows: tuple[DurationFigures, ...]) -> None:
    append_row(sheet, [title])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    _header(
        sheet,
        [
            "Mã",
            "Tên",
            "Số phát",
            "Đã phục vụ",
            "Vắng mặt",
            "Chờ (trung vị, phút)",
            "Chờ (P90)",
            "Phục vụ (trung vị)",
            "Phục vụ (P90)",
        ],
    )
    for r in rows:
        append_row(
            sheet,
            [
                r.key,
                r.label,
                r.issued,
                r.served,
                r.no_shows,
                r.wait_median,
                r.wait_p90,
                r.service_median,
                r.service_p90,
            ],
        )
    append_row(sheet, [])


def _queue_sheet(sheet: Any, report: PeriodReport) -> None:
    _queue_rows(sheet, "Theo lĩnh vực", report.queue_by_area)
    _queue_rows(sheet, "Theo quầy", report.queue_by_counter)
    _queue_rows(sheet, "Theo cán bộ", report.queue_by_officer)
    if report.bookings is not None:
        _booking_rows(sheet, report.bookings)
    sheet.column_dimensions["B"].width = 30


#: The bookings' figures in the queue sheet: (label, field of ``BookingFigures``).
_BOOKING_ROWS = (
    ("Lịch hẹn", "bookings"),
    ("Đến đúng hẹn", "checked_in"),
    ("Đến muộn (lấy số thường)", "late"),
    ("Không đến", "no_shows"),
    ("Đã hủy", "cancelled"),
    ("Số có hẹn đã gọi", "booked_tickets"),
    ("Chờ, có hẹn (trung vị, phút)", "booked_wait_median"),
    ("Chờ, có hẹn (trung bình, phút)", "booked_wait_mean"),
    ("Số không hẹn đã gọi", "walk_in_tickets"),
    ("Chờ, không hẹn (trung vị, phút)", "walk_in_wait_median"),
    ("Chờ, không hẹn (trung bình, phút)", "walk_in_wait_mean"),
)


def _booking_rows(sheet: Any, figures: BookingFigures) -> None:
    append_row(sheet, ["Đặt lịch hẹn"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for label, name in _BOOKING_ROWS:
        append_row(sheet, ["", label, getattr(figures, name)])
    append_row(sheet, [])


def _ratings_sheet(sheet: Any, report: PeriodReport) -> None:
    ratings = report.ratings
    _header(sheet, ["Mức độ", "Số lượt", "Tỷ lệ (%)"])
    for level in RATING_LEVELS:
        append_row(sheet, [RATING_LABELS_VI[level], ratings.counts[level], ratings.shares[level]])
        sheet.cell(sheet.max_row, 3).number_format = _PERCENT
    append_row(sheet, ["Tổng", ratings.total, None])
    append_row(sheet, [])
    append_row(sheet, ["Lý do không hài lòng"])
    for reason in ratings.reasons:
        append_row(sheet, [reason])
    sheet.column_dimensions["A"].width = 40
