"""``desktop-app report --form ii06a`` through the real CLI: JSON, XLSX layout, PDF page."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import set_office_setting
from tests.e2e.test_cli import run_cli
from tests.support.form_ii06a_data import PERIOD_NAME, expected_by_field, insert_cases, late_codes

UNIT = "000.00.06.H56"


def _settings(url: str):
    return load_settings(
        config_file=None, environ={}, read_standard_file=False, overrides={"database_url": url}
    )


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('ii06a')}/office.sqlite3"
    assert run_cli("init", "--office-code", UNIT, db_url=url).returncode == 0
    context = build_context(_settings(url))
    try:
        with context.session() as session:
            insert_cases(session, current_office(session).id, UNIT)
    finally:
        context.close()
    return url


def _in_process(url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """The CLI in this process (the exits on bad input need no subprocess each)."""
    from desktop_app.cli import main

    monkeypatch.setenv("DESKTOP_APP_DATABASE_URL", url)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    return main(["report", *args])


def _json(url: str, monkeypatch: pytest.MonkeyPatch, capsys, *args: str) -> dict:
    """The JSON of ``report --form ii06a`` run in this process (the files go through the CLI)."""
    assert _in_process(url, monkeypatch, "--form", "ii06a", *args) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_and_columns(office_db: str, monkeypatch, capsys) -> None:
    data = _json(office_db, monkeypatch, capsys, "--period", PERIOD_NAME)
    assert (data["form"], data["from"], data["to"]) == ("II.06a", "2020-05-15", "2020-06-14")
    rows = {row["field_name"]: row for row in data["rows"]}
    assert {name: row["columns"] for name, row in rows.items()} == {
        name: dict(columns) for name, columns in expected_by_field().items()
    }
    assert rows["Hộ tịch"]["field_code"] == "ho-tich"
    total = data["total"]["columns"]
    assert total["3"] == total["4"] + total["5"] + total["6"] == total["7"] + total["11"]
    assert [line["code"] for line in data["late"]] == late_codes(UNIT)
    assert "đúng hạn" in data["notes"][0]
    custom = _json(office_db, monkeypatch, capsys, "--from", "2020-05-15", "--to", "2020-06-14")
    assert custom["rows"] == data["rows"]


def test_the_office_setting_changes_the_rule_and_the_note(
    office_db: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    db = tmp_path / "copy.sqlite3"
    shutil.copy(office_db.removeprefix("sqlite:///"), db)
    url = f"sqlite:///{db}"
    context = build_context(_settings(url))
    try:
        with context.session() as session:
            office = current_office(session)
            set_office_setting(session, office.id, "report_withdrawn_as_resolved", "false",
                               staff_id=None, at=datetime.now(UTC))  # fmt: skip
    finally:
        context.close()
    data = _json(url, monkeypatch, capsys, "--period", PERIOD_NAME)
    rows = {row["field_name"]: row["columns"] for row in data["rows"]}
    assert rows == expected_by_field(withdrawn_as_resolved=False)
    assert "không được tính" in data["notes"][0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--form", "ii06a", "--period", "2020-q5"), "YYYY-qN"),
        (("--form", "ii06a", "--period", "2020-q2", "--from", "2020-01-01"), "not both"),
        (("--form", "ii06a", "--from", "2020-06-01"), "--period P, or --from DATE and --to DATE"),
        (("--form", "ii06a", "--from", "2020-06-30", "--to", "2020-06-01"), "before it starts"),
        (("--form", "ii06a", "--period", "2020", "--format", "xlsx"), "needs --out FILE"),
        (("--period", "2020-q2"), "--period needs --form"),
        ((), "--from, --to"),
    ],
)
def test_bad_periods_exit_2(
    office_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    assert _in_process(office_db, monkeypatch, *args) == 2
    assert message in capsys.readouterr().err


def test_xlsx_is_laid_out_as_the_printed_form(office_db: str, tmp_path: Path) -> None:
    out = tmp_path / "ii06a.xlsx"
    result = run_cli("report", "--form", "ii06a", "--period", PERIOD_NAME, "--format", "xlsx",
                     "--out", str(out), db_url=office_db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    sheet = book["II.06a"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A7:A9", "B7:B9", "C7:F7", "G7:J7", "K7:M7", "C8:C9", "D8:F8", "G8:G9",
            "J8:J9", "K8:K9", "M8:M9", "A3:M3", "A5:M5"} <= merged  # fmt: skip
    assert sheet["C7"].value == "Số hồ sơ nhận giải quyết"
    assert sheet["D8"].value == "Trong đó" and sheet["E9"].value == "Mới tiếp nhận trực tuyến"
    assert sheet["A5"].value == "Từ ngày 15/05/2020 đến ngày 14/06/2020"
    assert [sheet.cell(10, c).value for c in (1, 2, 13)] == ["(1)", "(2)", "(13)"]
    assert (sheet["A11"].value, sheet["B11"].value) == ("I", "Hộ tịch")
    assert sheet["B12"].value == "Hộ tịch"
    assert [sheet.cell(12, c).value for c in range(3, 14)] == [
        expected_by_field()["Hộ tịch"][str(k)] for k in range(3, 14)
    ]
    total_row = next(r for r in range(11, 30) if sheet.cell(r, 2).value == "Tổng số")
    assert sheet.cell(total_row, 3).value == sum(r["3"] for r in expected_by_field().values())
    annex = book["Phụ lục"]
    codes = [annex.cell(r, 2).value for r in range(4, annex.max_row + 1)]
    assert codes == late_codes(UNIT)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_pdf_is_a4_landscape(office_db: str, tmp_path: Path) -> None:
    out = tmp_path / "ii06a.pdf"
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    result = run_cli("report", "--form", "ii06a", "--period", PERIOD_NAME, "--format", "pdf",
                     "--out", str(out), db_url=office_db, env=offscreen)  # fmt: skip
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert (round(width), round(height)) == (842, 595)
