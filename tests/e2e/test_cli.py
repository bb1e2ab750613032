"""The command line as a user runs it: real processes, exit codes, JSON contracts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__


def run_cli(
    *args: str, db_url: str | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment["XDG_CONFIG_HOME"] = environment.get("XDG_CONFIG_HOME_TEST", "/nonexistent")
    if db_url:
        environment["DESKTOP_APP_DATABASE_URL"] = db_url
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        check=False,
    )


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.strip() == f"desktop-app {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("init", "demo", "due", "doctor"):
        assert command in result.stdout


def test_init_twice_changes_nothing_and_doctor_reports(database_url: str) -> None:
    first = run_cli(
        "init",
        "--office-code",
        "000.00.06.H56",
        "--office-name",
        "UBND Phường Ắ Ầ Ễ",
        "--json",
        db_url=database_url,
    )
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["changed"] is True
    second = run_cli("init", "--json", db_url=database_url)
    summary = json.loads(second.stdout)
    assert summary["changed"] is False
    assert summary["office"] == {"code": "000.00.06.H56", "name": "UBND Phường Ắ Ầ Ễ"}
    doctor = run_cli("doctor", "--json", db_url=database_url)
    report = json.loads(doctor.stdout)
    assert doctor.returncode == 0 and report["ok"]
    assert report["database"]["procedures"] == 12
    assert report["database"]["migration"] == report["database"]["migration_head"]
    sources = {row["name"]: row["source"] for row in report["settings"]}
    assert sources["database_url"] == "environment DESKTOP_APP_DATABASE_URL"


def test_doctor_hides_database_password_and_reports_unreachable() -> None:
    url = "postgresql+psycopg://app:s3cret@127.0.0.1:1/none"
    result = run_cli("doctor", "--json", db_url=url)
    assert result.returncode == 1
    assert "s3cret" not in result.stdout
    report = json.loads(result.stdout)
    assert report["database"]["reachable"] is False and not report["ok"]


def test_doctor_on_empty_database_says_to_run_init(tmp_path: Path) -> None:
    result = run_cli("doctor", db_url=f"sqlite:///{tmp_path}/empty.sqlite3")
    assert result.returncode == 1
    assert "run 'desktop-app init'" in result.stdout


def test_demo_without_display_creates_data_and_explains(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/demo.sqlite3"
    result = run_cli(
        "demo",
        "--json",
        db_url=url,
        env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""},
    )
    assert result.returncode == 2
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    data = json.loads(result.stdout)
    assert data["demo"]["created"] and data["demo"]["dossiers"] > 20
    again = run_cli("demo", "--no-gui", "--json", db_url=url)
    assert json.loads(again.stdout)["demo"]["created"] is False


DUE_CASES = [
    # Friday before Tết 2026 (holiday 14–22 Feb): 3 working days → Wednesday 25 Feb.
    (["--received", "2026-02-13T09:30", "--working-days", "3"], "2026-02-25T09:30:00+07:00"),
    # Tết 2027 (holiday 4–10 Feb): 1 working day from Wednesday 3 Feb → Thursday 11 Feb;
    # received on a Tết day, counting starts 11 Feb 08:00.
    (["--received", "2027-02-03T10:00", "--working-days", "1"], "2027-02-11T10:00:00+07:00"),
    (["--received", "2027-02-04T10:00", "--working-days", "1"], "2027-02-12T08:00:00+07:00"),
    # 29 Apr 2026 (Wed): 30 Apr and 1 May off → 1 working day lands Monday 4 May.
    (["--received", "2026-04-29T14:00", "--working-days", "1"], "2026-05-04T14:00:00+07:00"),
    # 2 Sep 2026 (Wed) and 1 Sep (Tue) off; received Monday 31 Aug is a day off too
    # (swapped with Saturday 22 Aug), so counting starts Thursday 3 Sep 08:00.
    (["--received", "2026-08-31T09:00", "--hours", "4"], "2026-09-03T12:00:00+07:00"),
    # Saturday 22 Aug 2026 is a make-up working day.
    (["--received", "2026-08-22T09:00", "--hours", "2"], "2026-08-22T11:00:00+07:00"),
    # Same-day: before the 15:00 cut-off → end of that day; after → end of next working day.
    (["--received", "2026-11-26T14:59", "--same-day"], "2026-11-26T17:00:00+07:00"),
    (["--received", "2026-11-26T15:01", "--same-day"], "2026-11-27T17:00:00+07:00"),
    # Reception at 12:30 counts from 13:00; at 18:00 from the next morning.
    (["--received", "2026-11-26T12:30", "--hours", "2"], "2026-11-26T15:00:00+07:00"),
    (["--received", "2026-11-26T18:00", "--hours", "2"], "2026-11-27T10:00:00+07:00"),
    # Half days: morning → afternoon, afternoon → next morning.
    (["--received", "2026-11-26T09:00", "--half-days", "1"], "2026-11-26T14:00:00+07:00"),
    (["--received", "2026-11-26T14:00", "--half-days", "1"], "2026-11-27T09:00:00+07:00"),
    # A procedure of the catalogue: marital status certificate, 3 working days.
    (["--received", "2026-11-26T09:30", "--procedure", "1.004873"], "2026-12-01T09:30:00+07:00"),
    # An explicit offset is honoured (02:30 UTC = 09:30 in Hà Nội).
    (["--received", "2026-11-26T02:30+00:00", "--working-days", "1"], "2026-11-27T09:30:00+07:00"),
]


@pytest.mark.parametrize(("args", "expected"), DUE_CASES)
def test_due_gives_the_legal_moment(tmp_path: Path, args: list[str], expected: str) -> None:
    result = run_cli("due", *args, "--json", db_url=f"sqlite:///{tmp_path}/none.sqlite3")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["due_at"] == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["due", "--received", "yesterday", "--hours", "2"], "not an ISO 8601 date-time"),
        (["due", "--received", "2026-01-05T09:00", "--hours", "x"], "--hours expects a number"),
        (["due", "--received", "2026-01-05T09:00", "--procedure", "9.9"], "no procedure"),
        (["due", "--received", "2026-01-05T09:00"], "one of the arguments"),
        (["init", "--office-code", "not a code"], "Unit code"),
        (["--role", "cashier", "doctor"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, db_url=f"sqlite:///{tmp_path}/x.sqlite3")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_bad_settings_file_exits_2_naming_file_and_key(tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text('counter_number = "three"\n', encoding="utf-8")
    result = run_cli("--config", str(config), "doctor")
    assert result.returncode == 2
    assert str(config) in result.stderr and "'counter_number'" in result.stderr
