"""``handover`` and ``process`` as real processes: batches, department steps, return, rating."""

from __future__ import annotations

import json
from datetime import datetime

from tests.e2e.test_cli import run_cli

UNIT = "Công chức Tư pháp - Hộ tịch"


def _ok(*args: str, db: str) -> dict:
    result = run_cli(*args, "--json", db_url=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _receive(db: str, name: str, id_number: str) -> str:
    result = run_cli(
        "dossier",
        "receive",
        "--procedure",
        "1.004873",
        "--name",
        name,
        "--id-number",
        id_number,
        "--at",
        "2026-11-26T09:30",
        "--json",
        db_url=db,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["code"]


def test_handover_round_trip_return_and_rating(sqlite_url: str) -> None:
    assert run_cli("demo", "--no-gui", db_url=sqlite_url).returncode == 0
    first = _receive(sqlite_url, "Nguyễn Văn Nam", "001085012345")
    second = _receive(sqlite_url, "Trần Thị Lan", "001190012345")
    batch = _ok(
        "handover",
        "create",
        "--to-unit",
        UNIT,
        first,
        second,
        "--staff",
        "canbo1",
        "--at",
        "2026-11-26T10:00",
        db=sqlite_url,
    )
    assert batch["count"] == 2 and batch["direction"] == "to_department"
    assert batch["sender_name"] and batch["received_at"] is None
    received = _ok(
        "handover",
        "receive",
        batch["id"][:8],
        "--receiver",
        "tuphap",
        "--at",
        "2026-11-26T10:30",
        db=sqlite_url,
    )
    assert _moment(received["received_at"]) == _moment("2026-11-26T10:30:00+07:00")
    assert all(item["receiver_name"] == received["receiver_name"] for item in received["items"])
    for action in ("start", "ready"):
        step = _ok(
            "process", action, first, "--staff", "tuphap", "--at", "2026-11-27T09:00", db=sqlite_url
        )
    assert step["status"] == 9 and step["status_label"] == "Đã có kết quả"
    supplement = _ok(
        "process",
        "supplement",
        second,
        "--missing",
        "Bản sao CCCD",
        "--staff",
        "tuphap",
        "--at",
        "2026-11-26T14:00",
        db=sqlite_url,
    )
    assert supplement["status"] == 5
    resumed = _ok(
        "process", "resume", second, "--staff", "tuphap", "--at", "2026-11-26T16:00", db=sqlite_url
    )
    assert resumed["status"] == 2 and _moment(resumed["due_at"]) == _moment(
        "2026-12-01T11:30:00+07:00"
    )
    late = run_cli(
        "process",
        "extend",
        second,
        "--new-due",
        "2026-12-07T16:00",
        "--reason",
        "Xác minh",
        "--at",
        "2026-12-01T08:00",
        db_url=sqlite_url,
    )
    assert late.returncode == 2 and "one working day before" in late.stderr
    back = _ok(
        "handover",
        "return-results",
        first,
        "--staff",
        "tuphap",
        "--at",
        "2026-11-27T10:00",
        db=sqlite_url,
    )
    assert back["from_unit"] == UNIT and back["to_unit"] == "Bộ phận Một cửa"
    _ok(
        "handover",
        "receive",
        back["id"],
        "--receiver",
        "canbo1",
        "--at",
        "2026-11-27T10:05",
        db=sqlite_url,
    )
    no_reason = run_cli("process", "return", first, "--rating", "dissatisfied", db_url=sqlite_url)
    assert no_reason.returncode == 2 and "reason" in no_reason.stderr
    returned = _ok(
        "process",
        "return",
        first,
        "--receiver-name",
        "Lê Văn Tâm",
        "--receiver-id",
        "001090012345",
        "--authorised",
        "--fee",
        "30000",
        "--rating",
        "satisfied",
        "--staff",
        "canbo1",
        "--at",
        "2026-11-30T09:00",
        db=sqlite_url,
    )
    assert returned["timeliness"] == "before_due" and returned["timeliness_label"] == "Trước hạn"
    assert returned["fee_collected"] == 30000 and returned["rating"]["level"] == "satisfied"
    missing = run_cli("process", "return", "000.00.06.H56-261126-9999", db_url=sqlite_url)
    assert missing.returncode == 2 and "9999" in missing.stderr
