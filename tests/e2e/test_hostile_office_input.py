"""Hostile input at the office's doors: one line on stderr, exit 2, no citizen data, no crash.

The register import (bad encodings, a huge cell, a broken workbook, junk in rows) and
``dossier receive`` (over-long and control-character values) as a user runs them.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.services.dossiers.register_file import REGISTER_COLUMNS
from tests.e2e.test_cli import run_cli

NAME = "Nguyễn Văn Ánh"
ID_NUMBER = "001085012345"
PHONE = "0912345678"
HEADER = ",".join(REGISTER_COLUMNS)


def _row(number: int, name: str = NAME, address: str = "Số 1 Hàng Bạc") -> str:
    return (
        f"000.00.06.H56-250101-{number:04d},1.004873,{name},{ID_NUMBER},{PHONE},{address},1,"
        "2025-01-01T08:00,,,,2,"
    )


def _cp1258(text: str) -> bytes:
    """Windows' Vietnamese code page: a letter with two marks is the base letter and a tone."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", parts[:-1]).encode("cp1258")
            out += parts[-1].encode("cp1258")
    return out


def _csv(path: Path, *rows: str, encoding: str = "utf-8") -> Path:
    text = "\n".join((HEADER, *rows)) + "\n"
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


@pytest.fixture
def office(database_url: str) -> str:
    init = run_cli(
        "init", "--office-code", "000.00.06.H56", "--office-name", "UBND", db_url=database_url
    )
    assert init.returncode == 0, init.stderr
    return database_url


def _one_line_refusal(result, *where: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for text in where:
        assert text in lines[0]
    for secret in (NAME, ID_NUMBER, PHONE):
        assert secret not in result.stderr


def _import(office: str, path: Path, *flags: str):
    return run_cli("import", "register", str(path), *flags, db_url=office)


def test_file_that_is_not_utf8_is_one_line_naming_row_and_column(office: str, tmp_path: Path):
    cp1258 = _csv(tmp_path / "cp1258.csv", _row(1), encoding="cp1258")
    _one_line_refusal(_import(office, cp1258), "line 2, column applicant_name", "UTF-8")
    broken = tmp_path / "bad.csv"
    broken.write_bytes(f"{HEADER}\n{_row(1)}\n".encode().replace("Hàng".encode(), b"H\xe0ng"))
    _one_line_refusal(_import(office, broken, "--skip-bad"), "line 2, column address")
    utf16 = _csv(tmp_path / "utf16.csv", _row(1), encoding="utf-16")
    _one_line_refusal(_import(office, utf16), "utf16.csv", "UTF-16")


def test_broken_workbooks_are_one_line(office: str, tmp_path: Path):
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04 not a zip")
    _one_line_refusal(_import(office, garbage), "garbage.xlsx", "XLSX")
    book = Workbook()
    book.active.append(list(REGISTER_COLUMNS))
    for number in range(1, 4):
        book.active.append(_row(number).split(","))
    good = io.BytesIO()
    book.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    _one_line_refusal(_import(office, damaged), "damaged.xlsx", "XLSX")


def test_junk_rows_are_refused_one_by_one_and_the_others_imported(office: str, tmp_path: Path):
    path = _csv(
        tmp_path / "hostile.csv",
        _row(1, name="Le\x00Van"),
        _row(2, name="Le\x07Van\x1b[31m"),
        _row(3, name="A" * 201),
        _row(4, address="x" * 1_000_000),
        _row(5),
        _row(6, name="Trần\u200bThị"),
    )
    result = _import(office, path, "--skip-bad", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["imported"], report["bad_rows"]) == (1, 5)
    messages = {e["line"]: e["message"] for e in report["errors"]}
    assert messages == {
        2: "applicant_name holds a NUL character",
        3: "applicant_name holds a control or unprintable character",
        4: "applicant_name is longer than 200 characters (201)",
        5: "address is longer than 500 characters (1000000)",
        7: "applicant_name holds a control or unprintable character",
    }
    plain = _import(office, path)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert len(plain.stderr.strip().splitlines()) == 5
    for secret in (NAME, ID_NUMBER, PHONE):
        assert secret not in plain.stderr + result.stdout


def test_bad_id_number_and_phone_in_a_row_are_not_quoted(office: str, tmp_path: Path):
    row = _row(1).replace(ID_NUMBER, "99908501234").replace(PHONE, "0123456")
    path = _csv(tmp_path / "ids.csv", row, _row(2).replace(PHONE, "0123456"))
    result = _import(office, path)
    assert result.returncode == 2
    assert "99908501234" not in result.stderr and "0123456" not in result.stderr
    assert "ids.csv:2: id_number is not a valid CMND number" in result.stderr
    assert "ids.csv:3: phone is not a Vietnamese phone number" in result.stderr


@pytest.mark.parametrize(
    "flags",
    [
        ("--name", "A" * 257, "--id-number", ID_NUMBER),
        ("--name", "B" * 256, "--id-number", ID_NUMBER, "--phone", PHONE),
        ("--name", "Lê\x07Văn", "--id-number", ID_NUMBER),
        ("--name", NAME, "--id-number", ID_NUMBER, "--address", "x" * 501),
        ("--name", NAME, "--id-number", "00108501234", "--phone", PHONE),
        ("--name", NAME, "--id-number", ID_NUMBER, "--phone", "0123456"),
    ],
)
def test_receive_refuses_in_one_line_without_the_citizens_data(office: str, flags) -> None:
    result = run_cli("dossier", "receive", "--procedure", "1.004873", *flags, db_url=office)
    _one_line_refusal(result, "desktop-app: error:")
    for secret in ("A" * 200, "B" * 200, "00108501234", "0123456"):
        assert secret not in result.stderr
    good = run_cli(
        "dossier", "receive", "--procedure", "1.004873", "--name", NAME, "--id-number",
        ID_NUMBER, "--json", db_url=office,
    )  # fmt: skip
    assert json.loads(good.stdout)["code"].endswith("-0001"), "nothing of the refusal is kept"


def test_enroll_and_sync_refuse_plain_http_to_another_computer(tmp_path: Path) -> None:
    from tests.support.sync_harness import CentralServer, init_central

    central_db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    token = init_central(central_db)
    credential = tmp_path / "office" / "device-credential.json"
    office_db = f"sqlite:///{(tmp_path / 'office' / 'office.sqlite3').as_posix()}"
    env = {"DESKTOP_APP_SYNC_CREDENTIAL_FILE": str(credential)}
    refused = run_cli("enroll", "--server", "http://10.0.0.5:8000", "--token", token, env=env)
    _one_line_refusal(refused, "plain http://", "--insecure-http")
    assert not credential.exists()
    server = CentralServer(central_db).start()
    try:
        enrolled = run_cli(
            "enroll", "--server", server.url, "--token", token, "--insecure-http", "--json",
            env=env,
        )  # fmt: skip
        assert enrolled.returncode == 0, enrolled.stderr
    finally:
        server.stop()
    stored = json.loads(credential.read_text())
    assert stored["insecure_http"] is True
    stored.update(server_url="http://10.0.0.5:8000", insecure_http=False)
    credential.write_text(json.dumps(stored))
    init = run_cli("init", "--office-code", "000.00.06.H56", "--office-name", "U", db_url=office_db)
    assert init.returncode == 0, init.stderr
    sync = run_cli("sync", "--once", db_url=office_db, env=env)
    _one_line_refusal(sync, "plain http://", "--insecure-http")
