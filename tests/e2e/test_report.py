"""The period report on a generated register with known figures, through the real CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.test_cli import run_cli
from tests.support.register_generator import half_year_register

UNIT = "000.00.06.H56"
SENTENCE = (
    "Trong kỳ, đã tiếp 2.401 lượt công dân với 5.554 hồ sơ, trong đó 3.882 hồ sơ giải "
    "quyết trước hạn (69,9%); 1.672 hồ sơ giải quyết đúng hạn (30,1%)."
)


@pytest.fixture(scope="module")
def half_year_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("halfyear")
    url = f"sqlite:///{folder}/office.sqlite3"
    assert run_cli("init", "--office-code", UNIT, db_url=url).returncode == 0
    register = folder / "register.csv"
    half_year_register(register, UNIT)
    result = run_cli("import", "register", str(register), "--json", db_url=url, timeout=300)
    assert result.returncode == 0, result.stderr
    return url


def test_half_year_report_gives_the_published_figures(half_year_db: str) -> None:
    result = run_cli("report", "--from", "2020-01-01", "--to", "2020-06-30", db_url=half_year_db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["sentence"] == SENTENCE
    assert (report["visits"], report["dossiers_received"]) == (2401, 5554)
    assert (report["resolved_before_due"], report["resolved_on_time"], report["resolved_late"]) == (
        3882,
        1672,
        0,
    )
    assert (report["before_due_pct"], report["on_time_pct"], report["late_pct"]) == (
        69.9,
        30.1,
        0.0,
    )
    assert (report["open_within_limit"], report["open_overdue"]) == (0, 0)


def test_report_by_procedure_adds_up_to_the_total(half_year_db: str) -> None:
    result = run_cli(
        "report",
        "--from",
        "2020-01-01",
        "--to",
        "2020-06-30",
        "--by",
        "procedure",
        db_url=half_year_db,
    )
    rows = json.loads(result.stdout)["breakdown"]
    assert sum(r["dossiers_received"] for r in rows) == 5554
    assert sum(r["resolved_before_due"] for r in rows) == 3882


def test_xlsx_reopened_gives_the_same_numbers(half_year_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = run_cli(
        "report",
        "--from",
        "2020-01-01",
        "--to",
        "2020-06-30",
        "--format",
        "xlsx",
        "--out",
        str(out),
        db_url=half_year_db,
    )
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out)["Tổng hợp"]
    values = {row[0]: (row[1], row[2]) for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert sheet["A3"].value == SENTENCE
    assert values["Lượt công dân"] == (2401, None)
    assert values["Giải quyết trước hạn"] == (3882, 69.9)
    assert values["Giải quyết đúng hạn"] == (1672, 30.1)
    assert isinstance(values["Hồ sơ tiếp nhận"][0], int)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm not installed")
def test_pdf_report_renders(half_year_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(
        "report",
        "--from",
        "2020-01-01",
        "--to",
        "2020-06-30",
        "--format",
        "pdf",
        "--out",
        str(out),
        db_url=half_year_db,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    assert list(tmp_path.glob("page*.png"))


def test_bad_period_exits_2(half_year_db: str) -> None:
    result = run_cli("report", "--from", "2020-06-30", "--to", "2020-01-01", db_url=half_year_db)
    assert result.returncode == 2 and "--to is before --from" in result.stderr
