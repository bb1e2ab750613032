"""The audit trail as a file: CSV (UTF-8 with a BOM) or XLSX, headings in Vietnamese.

Names and details people typed are escaped by :mod:`desktop_app.printing.spreadsheet_text`,
so none of them opens as a formula.
"""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop_app.printing.spreadsheet_text import append_row, csv_row
from desktop_app.services.reports.audit_log import AuditRow

HEADINGS_VI = ("Thời điểm", "Tài khoản", "Cán bộ", "Thao tác", "Đối tượng", "Mã đối tượng",
               "Mã hồ sơ", "Chi tiết")  # fmt: skip


def _cells(row: AuditRow, tz: ZoneInfo) -> list[str]:
    at = row.at.astimezone(tz).strftime("%d/%m/%Y %H:%M:%S")
    return [at, row.username, row.staff_name, row.action, row.entity, row.entity_id,
            row.dossier_code, row.detail]  # fmt: skip


def write_audit_csv(rows: list[AuditRow], path: Path, tz: ZoneInfo) -> None:
    """UTF-8 with a BOM, so spreadsheet programs show the Vietnamese letters."""
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow(HEADINGS_VI)
        out.writerows(csv_row(_cells(r, tz)) for r in rows)


def write_audit_xlsx(rows: list[AuditRow], path: Path, tz: ZoneInfo) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhật ký"
    sheet.append(list(HEADINGS_VI))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, _cells(row, tz))
    for column, width in zip("ABCDEFGH", (20, 14, 26, 24, 16, 38, 28, 30), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)
