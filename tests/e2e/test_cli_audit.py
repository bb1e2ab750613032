"""Every change made from the command line leaves exactly one audit row, as in the admin window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import run_cli


def _actions(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT action, entity, entity_id FROM audit_entry").fetchall()
    return [(a, e, i or "") for a, e, i in rows]


def _new_rows(path: Path, before: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    rows = list(_actions(path))
    for row in before:
        rows.remove(row)
    return rows


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "office.sqlite3"
    db = f"sqlite:///{path}"
    assert run_cli("init", db_url=db).returncode == 0
    return path, db


def test_staff_added_from_the_cli_is_audited_once(office: tuple[Path, str]) -> None:
    path, db = office
    before = _actions(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    added = subprocess.run(
        [sys.executable, "-m", "desktop_app", "staff", "add", "--username", "canbo9",
         "--role", "reception", "--full-name", "lê thị ánh", "--password-stdin"],
        input="mat-khau-dai\n", capture_output=True, text=True, timeout=120, check=False,
        env={**env, "DESKTOP_APP_DATABASE_URL": db, "XDG_CONFIG_HOME": "/nonexistent"},
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    [(action, entity, _id)] = _new_rows(path, before)
    assert (action, entity) == ("staff_created", "staff")


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([["queue", "area", "add", "--code", "E", "--name", "Đất đai", "--prefix", "E"]],
         ("area_added", "service_area", "E")),
        ([["queue", "area", "set", "A", "--cap", "40"]], ("area_changed", "service_area", "A")),
        ([["queue", "counter", "add", "7", "--name", "Quầy 7", "--areas", "A"]],
         ("counter_added", "counter", "7")),
        ([["queue", "counter", "add", "7", "--name", "Quầy 7", "--areas", "A"],
          ["queue", "counter", "set", "7", "--name", "Quầy bảy"]],
         ("counter_changed", "counter", "7")),
        ([["queue", "priority", "set", "veteran", "--label", "Cựu chiến binh"]],
         ("priority_group_saved", "priority_group", "veteran")),
        ([["queue", "notice", "Nghỉ trưa 11:30-13:30"]],
         ("display_notice_changed", "queue_board", None)),
    ],
)  # fmt: skip
def test_queue_configuration_from_the_cli_is_audited_once(
    office: tuple[Path, str], steps: list[list[str]], expected: tuple[str, str, str | None]
) -> None:
    path, db = office
    for step in steps[:-1]:
        assert run_cli(*step, db_url=db).returncode == 0
    before = _actions(path)
    result = run_cli(*steps[-1], db_url=db)
    assert result.returncode == 0, result.stderr
    [(action, entity, entity_id)] = _new_rows(path, before)
    assert (action, entity) == expected[:2]
    if expected[2] is not None:
        assert entity_id == expected[2]
