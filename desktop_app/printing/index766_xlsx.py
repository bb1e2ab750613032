"""The office's service index (Decision 766) as an XLSX workbook: the scored table (laid out by
``motcua_core.reports.index766_xlsx``, as the centre's) and the late dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop_app.services.reports.index766 import OfficeIndex
from motcua_core.domain.form_ii06a import OFFICE_TZ
from motcua_core.reports.index766_xlsx import header, index_sheet, widths
from motcua_core.spreadsheet_text import append_row


def write_index766_xlsx(result: OfficeIndex, path: Path) -> None:
    """Sheets ``Chỉ số 766`` and ``Hồ sơ quá hạn``."""
    book = Workbook()
    p = result.period
    book.active.title = "Chỉ số 766"
    title = f"Chỉ số phục vụ (Quyết định 766/QĐ-TTg) — {result.office_name}"
    index_sheet(book.active, result.index, title, (p.start, p.end))
    _late_sheet(book.create_sheet("Hồ sơ quá hạn"), result)
    book.save(path)


def _late_sheet(sheet: Any, result: OfficeIndex) -> None:
    header(sheet, ["Mã hồ sơ", "Lĩnh vực", "Thủ tục", "Ngày nhận", "Hạn trả", "Lý do"])
    for d in result.late:
        due = _local(d.due_at) if d.due_at else ""
        append_row(sheet, [d.code, d.field_name, d.procedure_name, _local(d.received_at), due,
                           d.reason])  # fmt: skip
    widths(sheet, (30, 18, 40, 17, 17, 40))


def _local(moment: Any) -> str:
    return f"{moment.astimezone(OFFICE_TZ):%d/%m/%Y %H:%M}"
