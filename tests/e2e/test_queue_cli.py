"""The queue and print-ticket command lines as real processes (stable contracts)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from tests.e2e.test_cli import run_cli


def _json(*args: str, db: str) -> dict:
    result = run_cli(*args, "--json", db_url=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_queue_contracts_end_to_end(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert run_cli("init", db_url=db).returncode == 0
    assert run_cli("queue", "counter", "add", "3", "--name", "Quầy 3", "--areas", "A,B",
                   db_url=db).returncode == 0  # fmt: skip
    issued = _json("queue", "issue", "--area", "A", "--priority", "elderly", db=db)["ticket"]
    assert issued["number"] == "A001" and issued["area"] == "A"
    assert issued["barcode"].endswith("A001") and issued["waiting_ahead"] == 0
    second = _json("queue", "issue", "--area", "A", db=db)["ticket"]
    assert second["waiting_ahead"] == 1
    called = _json("queue", "call-next", "--counter", "3", db=db)["ticket"]
    assert called["id"] == issued["id"] and called["counter_number"] == 3
    assert _json("queue", "recall", "--counter", "3", db=db)["ticket"]["recall_count"] == 1
    moved = _json("queue", "transfer", "--counter", "3", "--to-area", "B", db=db)["ticket"]
    assert (moved["number"], moved["area"], moved["status"]) == ("A001", "B", "waiting")
    board = _json("queue", "board", db=db)
    assert [c["display_number"] for c in board["last_calls"]] == ["A001", "A001"]
    assert {a["code"]: a["waiting"] for a in board["waiting"]}["B"] == 1
    assert "full_name" not in json.dumps(board)
    assert _json("queue", "call-next", "--counter", "3", db=db)["ticket"]["number"] == "A001"
    assert _json("queue", "no-show", "--counter", "3", db=db)["ticket"]["status"] == "no_show"
    assert _json("queue", "call-next", "--counter", "3", db=db)["ticket"]["number"] == "A002"
    assert _json("queue", "done", "--counter", "3", db=db)["ticket"]["status"] == "done"
    assert _json("queue", "call-next", "--counter", "3", db=db) == {"ticket": None}

    pdf = tmp_path / "ticket.pdf"
    printed = run_cli("print", "ticket", second["id"], "--pdf", str(pdf), db_url=db)
    assert printed.returncode == 0, printed.stderr
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "p")], check=True)
        image = sorted(tmp_path.glob("p*.png"))[0]
        decoded = subprocess.run(["zbarimg", "--nodbus", "--raw", "-q", str(image)],
                                 capture_output=True, text=True).stdout.split()  # fmt: skip
        assert decoded == [second["barcode"]]


def test_queue_configuration_and_bad_input(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert run_cli("init", db_url=db).returncode == 0
    area = _json("queue", "area", "add", "--code", "E", "--name", "Đất đai", "--prefix", "e",
                 "--width", "4", "--cap", "50", "--hours", "07:30-16:30", db=db)  # fmt: skip
    assert area["areas"][0]["ticket_prefix"] == "E"
    assert _json("queue", "issue", "--area", "E", "--at", "2026-11-26T09:00", db=db)[
        "ticket"]["number"] == "E0001"  # fmt: skip
    closed = run_cli("queue", "issue", "--area", "E", "--at", "2026-11-26T18:00", db_url=db)
    assert closed.returncode == 2 and "opening hours" in closed.stderr
    changed = _json("queue", "area", "set", "E", "--cap", "none", "--inactive", db=db)
    assert changed["areas"][0]["daily_cap"] is None and not changed["areas"][0]["active"]
    assert run_cli("queue", "area", "add", "--code", "F", "--name", "X", "--prefix", "A",
                   db_url=db).returncode == 2  # fmt: skip
    bad = run_cli("queue", "call-next", "--counter", "9", db_url=db)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    groups = _json("queue", "priority", "list", db=db)["priority_groups"]
    assert [g["label"] for g in groups][:2] == ["Người cao tuổi", "Người khuyết tật"]
