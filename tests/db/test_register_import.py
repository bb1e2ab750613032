"""Importing a legacy register: validation by line, all-or-nothing, --skip-bad, re-runs, XLSX."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop_app.services.dossiers.lookup import search_dossiers
from desktop_app.services.dossiers.register_file import REGISTER_COLUMNS
from desktop_app.services.dossiers.register_import import import_register
from desktop_app.storage.models import Applicant, Dossier

GOOD = [
    "000.00.06.H56-250103-0001,2.000815,Trần Văn Đức,001090001234,0987654321,Hà Nội,1,"
    "2025-01-03T08:15,2025-01-03T16:00,2025-01-03T10:00,2025-01-03T10:30,10,V1",
    "000.00.06.H56-250103-0002,1.004873,lê thị ánh,001090001234,,,in_person,"
    "2025-01-03T08:20+07:00,2025-01-08T08:20+07:00,,,4,V1",
]
BAD = [
    "000.00.06.H56-250103-0003,9.999999,Bad Proc,,,,1,2025-01-03T08:20,,,,2,",
    "000.00.06.H56-250103-0004,1.004873,X,,,,1,yesterday,,,,2,",
    "000.00.06.H56-250103-0005,1.004873,Y,,,,1,2025-01-03T08:20,,,,10,",
]


def write_csv(folder: Path, rows: list[str]) -> Path:
    path = folder / "register.csv"
    path.write_text(",".join(REGISTER_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def count(context, model) -> int:
    with context.session(read_only=True) as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(context, office, calendar, tmp_path):
    path = write_csv(tmp_path, GOOD + BAD)
    report = import_register(context.session, path, office_id=office.id, tz=calendar.tz)
    assert not report.committed and report.imported == 0
    assert [e.line for e in report.errors] == [4, 5, 6]
    assert "9.999999" in report.errors[0].message and "finished_at" in report.errors[2].message
    assert count(context, Dossier) == 0


def test_skip_bad_imports_the_good_rows_and_a_rerun_adds_nothing(
    context, office, calendar, now, tmp_path
):
    path = write_csv(tmp_path, GOOD + BAD)
    report = import_register(
        context.session, path, office_id=office.id, tz=calendar.tz, skip_bad=True, chunk_rows=1
    )
    assert report.committed and report.imported == 2 and report.bad_rows == 3
    again = import_register(
        context.session, path, office_id=office.id, tz=calendar.tz, skip_bad=True
    )
    assert again.imported == 0 and again.skipped_existing == 2
    assert count(context, Dossier) == 2 and count(context, Applicant) == 1  # reused by ID
    with context.session(read_only=True) as session:
        row = session.scalars(select(Dossier).where(Dossier.code.endswith("0002"))).one()
        assert row.visit_key == "V1" and row.status == 4
        assert row.received_at.astimezone(calendar.tz).hour == 8
        page = search_dossiers(session, "anh", now=now, tz=calendar.tz)
    assert [i.code for i in page.items] == [row.code]


def test_xlsx_register(context, office, calendar, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(REGISTER_COLUMNS))
    for line in GOOD:
        sheet.append(line.split(","))
    path = tmp_path / "register.xlsx"
    workbook.save(path)
    report = import_register(context.session, path, office_id=office.id, tz=calendar.tz)
    assert report.committed and report.imported == 2
