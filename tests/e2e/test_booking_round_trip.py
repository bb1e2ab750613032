"""A booking's whole trip, the office and the server as real processes: the office offers an area
(``queue booking set``) and syncs; a citizen books a slot on the central server; the office
pulls the booking, checks the citizen in by the code (``queue check-in``) and pushes the visit,
which the centre then reports (``central-server bookings``, run in-process)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from central_server.cli import main
from motcua_core.domain.work_calendar import vietnam_tz
from tests.e2e.test_cli import run_cli
from tests.support.sync_harness import UNIT, CentralServer, Office, init_central

pytestmark = pytest.mark.slow


def _first_slot(server: str) -> dict:
    today = datetime.now(vietnam_tz()).date()
    for offset in range(8):
        day = (today + timedelta(days=offset)).isoformat()
        answer = httpx.get(f"{server}/api/v1/public/offices/{UNIT}/slots",
                           params={"area": "A", "day": day})  # fmt: skip
        assert answer.status_code == 200, answer.text
        if answer.json():
            return dict(answer.json()[0])
    raise AssertionError("no slot offered in the booking window")


def test_a_booking_made_centrally_is_pulled_checked_in_and_reported(tmp_path: Path) -> None:
    central_db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    token = init_central(central_db)
    server = CentralServer(central_db).start(timeout=90)
    office = Office(tmp_path / "office")
    office.folder.mkdir()
    env = office.env()
    try:
        assert run_cli("init", env=env).returncode == 0
        office.enrol(server.url, token)
        offered = run_cli("queue", "booking", "set", "--area", "A", "--minutes", "30",
                          "--places", "2", "--days-ahead", "7", env=env)  # fmt: skip
        assert offered.returncode == 0, offered.stderr
        assert office.sync_once(server_url=server.url).returncode == 0
        slot = _first_slot(server.url)
        body = {"office": UNIT, "area": "A", "start": slot["start"], "name": "Lê Thị Mai",
                "phone": "0912 345 678"}  # fmt: skip
        booked = httpx.post(f"{server.url}/api/v1/public/bookings", json=body)
        assert booked.status_code == 201, booked.text
        code = booked.json()["code"]
        assert office.sync_once(server_url=server.url).returncode == 0  # pulls the booking
        arrival = datetime.fromisoformat(slot["start"]) - timedelta(minutes=5)
        checked = run_cli("queue", "check-in", "--booking", code, "--at",
                          arrival.strftime("%Y-%m-%dT%H:%M"), "--json", env=env)  # fmt: skip
        assert checked.returncode == 0, checked.stderr
        assert json.loads(checked.stdout)["ticket"]["booking"] == code
        assert office.sync_once(server_url=server.url).returncode == 0  # pushes the visit
    finally:
        server.stop()
    day = date.fromisoformat(slot["start"][:10]).isoformat()
    report = run_cli_central(central_db, day)
    assert [(b["code"], b["status"], b["visit"]) for b in report["bookings"]] == [
        (code, "booked", "checked_in")
    ]


def run_cli_central(db: str, day: str) -> dict:

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["bookings", "--db", db, "--office", UNIT, "--day", day, "--json"]) == 0
    return dict(json.loads(out.getvalue()))
