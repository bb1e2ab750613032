"""``queue booking set`` and ``queue check-in`` as real processes (PostgreSQL: tests/db)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.office.identity import current_office
from desktop_app.storage.database import make_engine
from desktop_app.storage.models import Booking, OutboxOp
from tests.e2e.test_cli import run_cli
from tests.support.bookings import CARD, pull_booking

SLOT = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội


def _pull(db: str, *starts_and_fields: tuple[datetime, dict]) -> list[str]:
    """Bookings pulled into the office database; their codes."""
    engine = make_engine(db)
    try:
        with Session(engine) as session, session.begin():
            office_id = current_office(session).id
            return [pull_booking(session, office_id, start, **fields)["code"]
                    for start, fields in starts_and_fields]  # fmt: skip
    finally:
        engine.dispose()


def _rows(db: str, query):  # type: ignore[no-untyped-def]
    engine = make_engine(db)
    try:
        with Session(engine) as session:
            return session.execute(query).all()
    finally:
        engine.dispose()


def _check_in(db: str, *way: str, at: str = "2026-11-26T09:20"):  # type: ignore[no-untyped-def]
    return run_cli("queue", "check-in", *way, "--at", at, "--json", db_url=db)


def test_booking_set_pushes_the_area_settings(sqlite_url: str) -> None:
    db = sqlite_url
    assert run_cli("init", db_url=db).returncode == 0
    done = run_cli("queue", "booking", "set", "--area", "A", "--minutes", "20", "--places", "3",
                   "--days-ahead", "7", "--json", db_url=db)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["booking_setting"]["places"] == 3
    off = run_cli("queue", "booking", "set", "--area", "B", "--minutes", "30", "--places", "2",
                  "--off", db_url=db)  # fmt: skip
    assert off.returncode == 0 and "off" in off.stdout
    bad = run_cli("queue", "booking", "set", "--area", "A", "--minutes", "2", "--places", "3",
                  db_url=db)  # fmt: skip
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--minutes" in bad.stderr
    ops = _rows(db, select(OutboxOp.payload).where(OutboxOp.entity == "booking_config"))
    assert [(p["area_code"], p["minutes"], p["enabled"]) for (p,) in ops] == [
        ("A", 20, True), ("B", 30, False),
    ]  # fmt: skip


def test_check_in_by_code_and_card_and_its_refusals(sqlite_url: str) -> None:
    db = sqlite_url
    assert run_cli("init", db_url=db).returncode == 0
    by_code, by_card, cancelled, tomorrow, late = _pull(
        db,
        (SLOT, {"id_number": "079185000123"}),
        (SLOT + timedelta(minutes=30), {}),
        (SLOT, {"status": "cancelled"}),
        (SLOT + timedelta(days=1), {"id_number": None}),
        (SLOT - timedelta(minutes=40), {"id_number": None}),
    )
    first = _check_in(db, "--booking", by_code)
    assert first.returncode == 0, first.stderr
    ticket = json.loads(first.stdout)["ticket"]
    assert (ticket["booking"], ticket["number"], ticket["area"]) == (by_code, "A001", "A")
    assert ticket["booking_start"].startswith("2026-11-26T02:30")
    card = json.loads(_check_in(db, "--cccd-qr", CARD).stdout)["ticket"]
    assert card["booking"] == by_card and card["waiting_ahead"] == 1
    for code, said in (("DH00000000", "no booking"), (cancelled, "cancelled"),
                       (tomorrow, "another day")):  # fmt: skip
        refused = _check_in(db, "--booking", code)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
        assert said in refused.stderr
    walk_in = json.loads(_check_in(db, "--booking", late).stdout)["ticket"]
    assert walk_in["booking"] == late and walk_in["booking_start"] is None
    states = dict(_rows(db, select(Booking.code, Booking.status)))
    assert (states[by_code], states[by_card], states[late]) == ("checked_in", "checked_in", "late")
