"""``desktop-app report --form index766``: the JSON contract, the XLSX and PDF files, bad input."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desktop_app.cli import main
from tests.support.index766_month import TOTAL_POINTS, seed_index_month


@pytest.fixture
def office_db(context, office, calendar, monkeypatch):
    seed_index_month(context, office, calendar)
    monkeypatch.setenv("DESKTOP_APP_DATABASE_URL", context.settings.database_url)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    return context


def _run(capsys, *args):
    code = main(["report", "--form", "index766", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_keys_are_the_contract(office_db, capsys):
    code, out, err = _run(capsys, "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"]) == ("2026-11-01", "2026-11-30")
    assert [g["key"] for g in data["groups"]] == [
        "timeliness",
        "online",
        "digitisation",
        "satisfaction",
    ]
    keys = {"key", "name", "value", "threshold", "points", "max", "measured"}
    assert all(keys <= set(i) for g in data["groups"] for i in g["indicators"])
    assert data["total"]["points"] == float(TOTAL_POINTS)
    assert data["total"]["max_measured"] == 44.0


def test_an_official_period_by_name(office_db, capsys):
    code, out, err = _run(capsys, "--period", "2026-m11")
    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"], data["period"]) == ("2026-10-15", "2026-11-14", "2026-m11")


def test_xlsx_and_pdf_are_written(office_db, capsys, tmp_path, qapp):
    """``qapp``: the PDF is drawn in this process, on the QApplication the GUI tests share."""
    xlsx, pdf = tmp_path / "index.xlsx", tmp_path / "index.pdf"
    assert _run(capsys, "--period", "2026-m12", "--format", "xlsx", "--out", str(xlsx))[0] == 0
    sheet = load_workbook(xlsx)["Chỉ số 766"]
    names = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "Tiến độ giải quyết" in names and "Công khai, minh bạch" in names
    assert _run(capsys, "--period", "2026-m12", "--format", "pdf", "--out", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_bad_period_is_a_usage_error(office_db, capsys):
    code, _out, err = _run(capsys, "--period", "2026-m13")
    assert code == 2 and "2026-m13" in err
