"""The period report printed on A4 (PDF or a named printer), on the shared form renderer."""

from __future__ import annotations

from pathlib import Path

from desktop_app.printing.forms.base import A4, OfficeHeading, PrintableForm, esc, grid, print_form
from desktop_app.printing.report_text import format_number_vi, format_share_vi, opening_sentence
from desktop_app.services.reports.period import (
    RATING_LABELS_VI,
    RATING_LEVELS,
    DurationFigures,
    PeriodReport,
)

TITLE = "BÁO CÁO KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"


def _n(value: int) -> str:
    return format_number_vi(value)


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",")


def _dossier_table(report: PeriodReport) -> str:
    f = report.figures
    rows = [
        ["Lượt công dân đến giao dịch", _n(f.visits), ""],
        ["Hồ sơ tiếp nhận", _n(f.dossiers_received), ""],
        ["— trực tiếp / trực tuyến / qua bưu chính",
         f"{_n(f.received_in_person)} / {_n(f.received_online)} / {_n(f.received_by_post)}", ""],
        ["Giải quyết trước hạn", _n(f.resolved_before_due),
         format_share_vi(f.share(f.resolved_before_due))],
        ["Giải quyết đúng hạn", _n(f.resolved_on_time),
         format_share_vi(f.share(f.resolved_on_time))],
        ["Giải quyết quá hạn", _n(f.resolved_late), format_share_vi(f.share(f.resolved_late))],
        ["Đang giải quyết trong hạn", _n(f.open_within_limit), ""],
        ["Đang giải quyết quá hạn", _n(f.open_overdue), ""],
        ["Yêu cầu bổ sung / từ chối / rút / dừng",
         f"{_n(f.supplements)} / {_n(f.refusals)} / {_n(f.withdrawals)} / {_n(f.stopped)}", ""],
        ["Gia hạn (có văn bản xin lỗi)", _n(f.extensions), ""],
    ]  # fmt: skip
    return grid(
        ["Chỉ tiêu", "Số lượng", "Tỷ lệ"], [[esc(c) for c in r] for r in rows], [60, 25, 15]
    )


def _breakdown_table(report: PeriodReport) -> str:
    if not report.breakdown:
        return ""
    rows = [
        [esc(r.label), _n(r.figures.dossiers_received), _n(r.figures.resolved_before_due),
         _n(r.figures.resolved_on_time), _n(r.figures.resolved_late),
         _n(r.figures.open_within_limit + r.figures.open_overdue)]
        for r in report.breakdown
    ]  # fmt: skip
    return "<p><b>Chi tiết</b></p>" + grid(
        ["", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
        rows,
        [40, 12, 12, 12, 12, 12],
    )


def _queue_table(title: str, rows: tuple[DurationFigures, ...]) -> str:
    if not rows:
        return ""
    cells = [
        [esc(r.label), _n(r.issued), _n(r.served), _n(r.no_shows), _minutes(r.wait_median),
         _minutes(r.wait_p90), _minutes(r.service_median), _minutes(r.service_p90)]
        for r in rows
    ]  # fmt: skip
    return f"<p><b>{esc(title)}</b> (thời gian tính bằng phút)</p>" + grid(
        ["", "Số phát", "Đã phục vụ", "Vắng", "Chờ TV", "Chờ P90", "Phục vụ TV", "Phục vụ P90"],
        cells,
        [30, 10, 10, 8, 10, 10, 11, 11],
    )


def _ratings_table(report: PeriodReport) -> str:
    ratings = report.ratings
    rows = [
        [
            esc(RATING_LABELS_VI[level]),
            _n(ratings.counts[level]),
            format_share_vi(ratings.shares[level]),
        ]
        for level in RATING_LEVELS
    ]
    table = "<p><b>Đánh giá mức độ hài lòng</b></p>" + grid(
        ["Mức độ", "Số lượt", "Tỷ lệ"], rows, [60, 20, 20]
    )
    if ratings.reasons:
        reasons = "".join(f"<li>{esc(reason)}</li>" for reason in ratings.reasons[:50])
        table += f"<p>Lý do không hài lòng:</p><ul>{reasons}</ul>"
    return table


def report_form(report: PeriodReport) -> PrintableForm:
    period = report.period
    body = (
        f"<p align='center'><i>Từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y}"
        f"</i></p><p>{esc(opening_sentence(report.figures))}</p>"
        + _dossier_table(report)
        + _breakdown_table(report)
        + _queue_table("Xếp hàng theo lĩnh vực", report.queue_by_area)
        + _queue_table("Xếp hàng theo quầy", report.queue_by_counter)
        + _queue_table("Xếp hàng theo cán bộ", report.queue_by_officer)
        + _ratings_table(report)
    )
    return PrintableForm("", TITLE, OfficeHeading(parent_name=report.office_name), body, page=A4)


def write_report_pdf(report: PeriodReport, path: Path, printer_name: str = "") -> int:
    """Print the report; to ``path`` as PDF unless a printer is named. Returns the page count.

    Needs a QGuiApplication (the caller makes one; offscreen is fine).
    """
    if printer_name:
        return print_form(report_form(report), printer_name=printer_name)
    return print_form(report_form(report), pdf_path=path)
