"""A database that is not there is reported, never replaced by a new empty one.

The data folder on a network share that is not mounted, a disk not attached, a PostgreSQL
database that does not exist: every command says where it looked and what to do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import run_cli

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def missing_sqlite(tmp_path: Path) -> Path:
    """Where the settings say the office file is, on a share that is not mounted."""
    return tmp_path / "share" / "office.sqlite3"


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desktop-app: error: ")
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [
        ["dossier", "search", "Nguyễn"],
        ["queue", "issue", "--area", "A"],
        ["backup", "--auto"],
        ["sync", "status"],
        ["migrate-db", "--to", "sqlite:///elsewhere.sqlite3"],
    ],
)
def test_a_command_on_a_missing_sqlite_file_says_where_it_looked(
    missing_sqlite: Path, command: list[str]
) -> None:
    result = run_cli(*command, db_url=f"sqlite:///{missing_sqlite.as_posix()}")

    line = _one_line_error(result)
    assert str(missing_sqlite) in line and "desktop-app init" in line
    assert not missing_sqlite.exists() and not missing_sqlite.parent.exists()


def test_doctor_reports_a_missing_database_as_a_failing_check(missing_sqlite: Path) -> None:
    result = run_cli("doctor", "--json", db_url=f"sqlite:///{missing_sqlite.as_posix()}")

    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["database"]["missing"] is True
    assert any(str(missing_sqlite) in problem for problem in report["problems"])
    assert not missing_sqlite.parent.exists()


def test_due_works_without_a_database_and_creates_none(missing_sqlite: Path) -> None:
    result = run_cli(
        "due", "--received", "2026-03-02T09:00", "--working-days", "3",
        db_url=f"sqlite:///{missing_sqlite.as_posix()}",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert not missing_sqlite.parent.exists()


def test_init_and_demo_still_create_the_database(tmp_path: Path) -> None:
    for command, name in ((["init"], "a.sqlite3"), (["demo", "--no-gui"], "b.sqlite3")):
        path = tmp_path / "new" / name
        result = run_cli(*command, db_url=f"sqlite:///{path.as_posix()}")
        assert result.returncode == 0, result.stderr
        assert path.is_file()
        search = run_cli("dossier", "search", "X", db_url=f"sqlite:///{path.as_posix()}")
        assert search.returncode == 0, search.stderr


def test_restore_may_create_the_database(tmp_path: Path) -> None:
    source = tmp_path / "office.sqlite3"
    assert run_cli("init", db_url=f"sqlite:///{source.as_posix()}").returncode == 0
    backup = tmp_path / "office.backup"
    assert run_cli("backup", "--out", str(backup), db_url=f"sqlite:///{source}").returncode == 0
    target = tmp_path / "restored" / "office.sqlite3"

    result = run_cli("restore", str(backup), db_url=f"sqlite:///{target.as_posix()}")

    assert result.returncode == 0, result.stderr
    assert run_cli("doctor", db_url=f"sqlite:///{target.as_posix()}").returncode == 0


@pytest.mark.postgres
def test_a_postgresql_database_that_does_not_exist_is_one_line(postgres_server) -> None:
    admin = postgres_server if isinstance(postgres_server, str) else postgres_server.admin_url
    url = admin.rsplit("/", 1)[0] + "/no_such_office"

    line = _one_line_error(run_cli("dossier", "search", "X", db_url=url))
    assert "no_such_office" in line and "does not exist" in line
    doctor = run_cli("doctor", db_url=url)
    assert doctor.returncode == 1 and "PROBLEM: database unreachable" in doctor.stdout


def test_the_window_shows_the_missing_path_and_quits_without_creating_it(
    missing_sqlite: Path, tmp_path: Path
) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        DESKTOP_APP_QUIT_AFTER_MS="50",
        DESKTOP_APP_DATABASE_URL=f"sqlite:///{missing_sqlite.as_posix()}",
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--role", "counter"],
        cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=90,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert any(line.startswith("start-failed ") for line in done.stdout.splitlines())
    assert "Traceback" not in done.stderr
    assert not missing_sqlite.parent.exists()
