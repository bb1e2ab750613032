"""Handover lists: "Giấy bàn giao hồ sơ", "Phiếu bàn giao kết quả", the list for the post.

The barcode is the batch reference (the first 8 characters of its id): the receiving unit
scans it to record the receipt.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A4,
    BARCODE_TAG,
    OfficeHeading,
    PrintableForm,
    date_vi,
    esc,
    field_rows,
    grid,
    moment_vi,
    place_date_vi,
    signatures,
)
from desktop_app.printing.forms.registry import FormRequest
from desktop_app.services.handover.batches import Direction, HandoverBatchInfo, get_batch
from desktop_app.services.office.identity import current_office

TITLES = {
    Direction.TO_DEPARTMENT: "GIẤY BÀN GIAO HỒ SƠ",
    Direction.TO_COUNTER: "PHIẾU BÀN GIAO KẾT QUẢ",
    Direction.TO_POST: "DANH SÁCH BÀN GIAO KẾT QUẢ CHO DỊCH VỤ BƯU CHÍNH CÔNG ÍCH",
}


def batch_reference(batch: HandoverBatchInfo) -> str:
    """The short reference printed as the list's barcode."""
    return str(batch.id)[:8]


def build_handover_list(session: Session, batch_ref: str, request: FormRequest) -> PrintableForm:
    """The printable list of one batch.

    Raises:
        NotFound: no such batch.
    """
    batch = get_batch(session, batch_ref)
    office = current_office(session)
    tz = request.tz
    result_column = batch.direction is not Direction.TO_DEPARTMENT
    headers = ["STT", "Mã số hồ sơ", "Người nộp", "Ngày nhận", "Hẹn trả"]
    widths = [6, 30, 28, 18, 18]
    if result_column:
        headers, widths = headers + ["Kết quả"], [6, 26, 24, 14, 14, 16]
    rows = []
    for item in batch.items:
        row = [str(item.no), esc(item.code), esc(item.applicant_name),
               date_vi(item.dossier_received_at, tz), date_vi(item.due_at, tz)]  # fmt: skip
        rows.append(row + [esc(item.result_note)] if result_column else row)
    facts = [
        ("Lô bàn giao số", f"<b>{batch.number or ''}</b> (mã {esc(batch_reference(batch))})"),
        ("Bên giao", f"{esc(batch.from_unit)} — {esc(batch.sender_name)}"),
        ("Bên nhận", f"{esc(batch.to_unit)} — {esc(batch.receiver_name)}"),
        ("Thời gian giao", moment_vi(batch.sent_at, tz)),
        ("Thời gian nhận", moment_vi(batch.received_at, tz)),
        ("Số lượng hồ sơ", f"<b>{batch.count}</b>"),
    ]
    note = f"<p style='margin:4px 0'>Ghi chú: {esc(batch.note)}</p>" if batch.note else ""
    body = (
        field_rows(facts) + "<p style='margin:4px 0'></p>"
        + grid(headers, rows or [[""] * len(headers)], widths) + note
        + signatures(("BÊN GIAO", batch.sender_name), ("BÊN NHẬN", batch.receiver_name))
        + BARCODE_TAG
    )  # fmt: skip
    return PrintableForm(
        "", TITLES[batch.direction], OfficeHeading(parent_name=office.name), body,
        barcode=batch_reference(batch), page=A4,
        place_date=place_date_vi(batch.sent_at or request.now, tz, request.place),
    )  # fmt: skip


def print_list(
    form: PrintableForm,
    *,
    pdf_path: str | None = None,
    printer_name: str = "",
    landscape: bool = False,
) -> int:
    """Print a list or register, portrait or landscape; returns the number of pages.

    Raises:
        PrinterNotFound: ``printer_name`` is not installed.
    """
    from PySide6.QtGui import QPageLayout

    from desktop_app.printing.forms.base import form_printer, render_form

    printer = form_printer(form, pdf_path=pdf_path, printer_name=printer_name)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return render_form(form, printer)
