"""The counter's command-line contracts as real processes: staff, dossier, print, import."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli import run_cli


@pytest.fixture
def office_db(sqlite_url: str) -> str:
    result = run_cli(
        "init",
        "--office-code",
        "000.00.06.H56",
        "--office-name",
        "UBND Phường Ắ",
        db_url=sqlite_url,
    )
    assert result.returncode == 0, result.stderr
    return sqlite_url


def test_staff_add_and_list(office_db: str) -> None:
    add = subprocess.run(
        [
            "python",
            "-m",
            "desktop_app",
            "staff",
            "add",
            "--username",
            "CanBo1",
            "--role",
            "reception",
            "--full-name",
            "lê thị ánh",
            "--password-stdin",
            "--json",
        ],
        input="mat-khau-dai\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**_env(office_db)},
        check=False,
    )
    assert add.returncode == 0, add.stderr
    assert json.loads(add.stdout)["username"] == "canbo1"
    listed = json.loads(run_cli("staff", "list", "--json", db_url=office_db).stdout)
    assert [(s["username"], s["role"]) for s in listed] == [("canbo1", "reception")]
    short = subprocess.run(
        [
            "python",
            "-m",
            "desktop_app",
            "staff",
            "add",
            "--username",
            "x",
            "--role",
            "admin",
            "--password-stdin",
        ],
        input="short\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(office_db),
        check=False,
    )
    assert short.returncode == 2 and "at least 8" in short.stderr


def _env(db_url: str) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    return {**env, "DESKTOP_APP_DATABASE_URL": db_url, "XDG_CONFIG_HOME": "/nonexistent"}


def test_receive_show_search_transition_print(office_db: str, tmp_path: Path) -> None:
    received = run_cli(
        "dossier",
        "receive",
        "--procedure",
        "1.004873",
        "--name",
        "Nguyễn Thị Hồng Nhung",
        "--id-number",
        "001085012345",
        "--phone",
        "0912345678",
        "--at",
        "2026-11-26T09:30",
        "--json",
        db_url=office_db,
    )
    assert received.returncode == 0, received.stderr
    data = json.loads(received.stdout)
    code = data["code"]
    assert code == "000.00.06.H56-261126-0001" and data["due_at"] == "2026-12-01T09:30:00+07:00"
    found = json.loads(
        run_cli("dossier", "search", "nguyen thi hong", "--json", db_url=office_db).stdout
    )
    assert [r["code"] for r in found["results"]] == [code]
    moved = run_cli("dossier", "transition", code, "--to", "4", "--note", "giao", db_url=office_db)
    assert moved.returncode == 0, moved.stderr
    shown = json.loads(run_cli("dossier", "show", code, "--json", db_url=office_db).stdout)
    assert shown["status"] == 4 and [e["kind"] for e in shown["events"]] == [
        "received",
        "status_changed",
    ]
    bad = run_cli("dossier", "transition", code, "--to", "returned", db_url=office_db)
    assert bad.returncode == 2 and "cannot move" in bad.stderr
    missing = run_cli("dossier", "show", code[:-1] + "9", db_url=office_db)
    assert missing.returncode == 2 and "no dossier" in missing.stderr
    bad_id = run_cli(
        "dossier",
        "receive",
        "--procedure",
        "1.004873",
        "--name",
        "A",
        "--id-number",
        "12345",
        db_url=office_db,
    )
    assert bad_id.returncode == 2
    pdf = tmp_path / "f01.pdf"
    printed = run_cli("print", "form", "01", code, "--pdf", str(pdf), db_url=office_db)
    assert printed.returncode == 0, printed.stderr
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "p")], check=True, timeout=60
        )
        out = subprocess.run(
            ["zbarimg", "--nodbus", "--raw", "-q", str(tmp_path / "p-1.png")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert out.stdout.split() == [code]
    assert run_cli("print", "form", "99", code, "--pdf", str(pdf), db_url=office_db).returncode == 2


def test_import_register(office_db: str, tmp_path: Path) -> None:
    path = tmp_path / "reg.csv"
    path.write_text(
        "code,procedure_code,applicant_name,id_number,phone,address,channel,received_at,due_at,"
        "finished_at,returned_at,status,visit_id\n"
        "000.00.06.H56-250103-0001,2.000815,Trần Văn Đức,,,,1,2025-01-03T08:15,,,,2,V1\n"
        "000.00.06.H56-250103-0002,2.000815,Bad,,,,1,2025-01-03T08:15,,,,12,V1\n",
        encoding="utf-8",
    )
    strict = run_cli("import", "register", str(path), "--json", db_url=office_db)
    assert strict.returncode == 2 and json.loads(strict.stdout)["errors"][0]["line"] == 3
    loose = run_cli("import", "register", str(path), "--skip-bad", "--json", db_url=office_db)
    assert loose.returncode == 0 and json.loads(loose.stdout)["imported"] == 1
