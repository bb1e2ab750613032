"""The service index (Decision 766) as an XLSX workbook: the scored table, the late dossiers.

Values are stored as numbers (fractions shown as percentages), every row goes through
``append_row`` so that texts stay texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from desktop_app.printing.spreadsheet_text import append_row
from desktop_app.services.reports.index766 import OfficeIndex
from motcua_core.domain.form_ii06a import OFFICE_TZ
from motcua_core.domain.index766 import TABLE_HEADINGS, ServiceIndex, index_rows

PERCENT = "0.00%"
POINTS = "0.00"
GROUP_FILL = PatternFill("solid", fgColor="DCE6F1")


def write_index766_xlsx(result: OfficeIndex, path: Path) -> None:
    """Sheets ``Chỉ số 766`` and ``Hồ sơ quá hạn``."""
    book = Workbook()
    p = result.period
    title = f"Chỉ số phục vụ (Quyết định 766/QĐ-TTg) — {result.office_name}"
    book.active.title = "Chỉ số 766"
    index_sheet(book.active, result.index, title, (p.start, p.end))
    _late_sheet(book.create_sheet("Hồ sơ quá hạn"), result)
    book.save(path)


def index_sheet(sheet: Any, index: ServiceIndex, title: str, dates: tuple[Any, Any]) -> None:
    """One index as a table under a title and its period (also used for each office)."""
    append_row(sheet, [title])
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    append_row(sheet, [f"Từ ngày {dates[0]:%d/%m/%Y} đến ngày {dates[1]:%d/%m/%Y}"])
    append_row(sheet, [])
    _header(sheet, list(TABLE_HEADINGS))
    for row in index_rows(index):
        _table_row(sheet, row)
    total = ["Tổng điểm (phần đo được)", None, None, float(index.points), float(index.max_measured)]
    append_row(sheet, total)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    append_row(sheet, [])
    for note in index.notes:
        append_row(sheet, [note])
    _widths(sheet, (70, 11, 10, 9, 12, 14))


def _header(sheet: Any, titles: list[str]) -> None:
    append_row(sheet, titles)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _table_row(sheet: Any, row: dict[str, Any]) -> None:
    name = row["name"] if row["group"] else f"   {row['name']}"
    measured = "Có" if row["measured"] else "Không đo tại đơn vị"
    append_row(sheet, [name, row["value"], row["threshold"], row["points"], row["max"], measured])
    line = sheet[sheet.max_row]
    line[1].number_format = POINTS if row["unit"] == "days" else PERCENT
    line[2].number_format = PERCENT
    line[3].number_format = line[4].number_format = POINTS
    if row["group"]:
        for cell in line:
            cell.font, cell.fill = Font(bold=True), GROUP_FILL


def _late_sheet(sheet: Any, result: OfficeIndex) -> None:
    _header(sheet, ["Mã hồ sơ", "Lĩnh vực", "Thủ tục", "Ngày nhận", "Hạn trả", "Lý do"])
    for d in result.late:
        due = _local(d.due_at) if d.due_at else ""
        append_row(sheet, [d.code, d.field_name, d.procedure_name, _local(d.received_at), due,
                           d.reason])  # fmt: skip
    _widths(sheet, (30, 18, 40, 17, 17, 40))


def _local(moment: Any) -> str:
    return f"{moment.astimezone(OFFICE_TZ):%d/%m/%Y %H:%M}"


def _widths(sheet: Any, widths: tuple[int, ...]) -> None:
    for column, width in zip("ABCDEF", widths, strict=False):
        sheet.column_dimensions[column].width = width
