"""Mẫu 07 — Sổ theo dõi hồ sơ: the register of the dossiers received in a period (A4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A4,
    OfficeHeading,
    PrintableForm,
    date_vi,
    esc,
    grid,
)
from desktop_app.printing.forms.registry import FormRequest
from desktop_app.services.office.identity import current_office
from desktop_app.services.reports.register import RegisterRow, register_rows

TITLE = "SỔ THEO DÕI HỒ SƠ"
HEADERS = [
    "STT", "Mã hồ sơ", "Nội dung", "Số bộ", "Chủ hồ sơ, địa chỉ, điện thoại", "Ngày nhận",
    "Hẹn trả", "Ngày nhận kết quả từ CQ giải quyết", "Người giao", "Trả kết quả (người nhận, ký)",
    "Cán bộ trả", "Ghi chú",
]  # fmt: skip
WIDTHS = [3, 12, 14, 4, 14, 7, 7, 7, 8, 11, 7, 6]


def _cells(row: RegisterRow, request: FormRequest) -> list[str]:
    tz = request.tz
    owner = "<br/>".join(esc(part) for part in (row.owner_name, row.address, row.phone) if part)
    returned = esc(row.returned_to)
    if row.returned_at is not None:
        returned += f"<br/>{date_vi(row.returned_at, tz)}"
    received = f"{row.received_at.astimezone(tz):%H:%M}<br/>{date_vi(row.received_at, tz)}"
    cells = [
        str(row.no), esc(row.code), esc(row.content), str(row.sets_count), owner, received,
        date_vi(row.due_at, tz), date_vi(row.result_received_at, tz), esc(row.handed_by),
        returned, esc(row.officer), esc(row.note),
    ]  # fmt: skip
    return [f"<span style='font-size:7.5pt'>{cell}</span>" for cell in cells]


def build_register(
    session: Session, first_day: date, last_day: date, request: FormRequest
) -> PrintableForm:
    """The register from ``first_day`` to ``last_day`` (office local days)."""
    office = current_office(session)
    rows = register_rows(session, office.id, first_day, last_day, request.tz)
    table = grid(HEADERS, [_cells(r, request) for r in rows] or [[""] * len(HEADERS)], WIDTHS)
    period = f"Từ ngày {date_vi(first_day)} đến ngày {date_vi(last_day)} — {len(rows)} hồ sơ"
    return PrintableForm(
        "07", TITLE, OfficeHeading(parent_name=office.name),
        table, page=A4, subtitle=period,
    )  # fmt: skip
