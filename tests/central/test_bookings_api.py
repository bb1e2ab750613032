"""The public booking routes in-process, on SQLite and PostgreSQL: slots, book, full, cancel,
hostile input, limits, the office's pull of each booking, the booking ops offices push."""

from __future__ import annotations

import base64
import json
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.booking_limits import BookingLimits
from central_server.central_ops import load_catalogue, set_calendar_override
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from motcua_core.booking_payloads import BookingPayload
from motcua_core.domain.booking_code import parse_booking_code
from tests.support.booking_central import (
    AREA,
    SLOTS_PER_DAY,
    booking_body,
    booking_day,
    config_op,
    day_op,
    push_body,
    setup_ops,
    slot,
    visit_op,
)

UNIT, OTHER = "000.00.06.H56", "000.00.07.H56"
BOOK = "/api/v1/public/bookings"
PROCEDURE = {"code": "1.001193", "name": "Đăng ký khai sinh", "limit_amount": 0}


@pytest.fixture
def central(database_url: str) -> Iterator[dict[str, Any]]:
    yield from _central(database_url)


@pytest.fixture
def sqlite_central(sqlite_url: str) -> Iterator[dict[str, Any]]:
    """For the checks of the request's form, which no database sees."""
    yield from _central(sqlite_url)


def _central(database_url: str) -> Iterator[dict[str, Any]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        ensure_server_rows(session)
        load_catalogue(session, [PROCEDURE | {"limit_unit": "same_day"}])
        tokens = {
            unit: create_office(session, unit, f"UBND {unit}").token for unit in (UNIT, OTHER)
        }
        set_calendar_override(session, UNIT, booking_day() + timedelta(days=3), False)
    client = TestClient(create_app(engine))
    central = {"client": client, "factory": factory, "engine": engine, "auth": {}}
    for unit in (UNIT, OTHER):
        enrolled = client.post("/api/v1/enrol", json={"token": tokens[unit]}).json()
        central["auth"][unit] = {
            "Authorization": f"Bearer {enrolled['device_id']}:{enrolled['secret']}"
        }
        assert all(r["outcome"] == "applied" for r in push(central, unit, setup_ops(unit)))
    yield central
    engine.dispose()


def push(central: dict[str, Any], unit: str, ops: list[dict]) -> list[dict[str, Any]]:
    answer = central["client"].post(
        f"/api/v1/offices/{unit}/push", json=push_body(ops), headers=central["auth"][unit]
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def slots(client: TestClient, day: Any, unit: str = UNIT, area: str = AREA) -> Any:
    return client.get(f"/api/v1/public/offices/{unit}/slots", params={"area": area, "day": day})


def booking_changes(central: dict[str, Any], unit: str = UNIT) -> list[dict[str, Any]]:
    page = central["client"].get(
        f"/api/v1/offices/{unit}/changes", params={"after": 0}, headers=central["auth"][unit]
    )
    return [c for c in page.json()["changes"] if c["kind"] == "booking"]


def test_slots_follow_the_office_calendar_and_the_booking_window(central) -> None:
    client, day = central["client"], booking_day()
    answer = slots(client, day.isoformat())
    assert answer.status_code == 200
    assert answer.json() == [
        {"start": slot(day, 8 + n // 2, 30 * (n % 2)), "free": 2} for n in range(SLOTS_PER_DAY)
    ]
    assert slots(client, (day + timedelta(days=2)).isoformat()).json() == []  # office's day off
    assert slots(client, (day + timedelta(days=3)).isoformat()).json() == []  # centre's day off
    assert slots(client, (day + timedelta(days=14)).isoformat()).json() == []  # past the window
    assert slots(client, (day - timedelta(days=2)).isoformat()).json() == []  # a past day
    assert slots(client, day.isoformat(), area="XX").status_code == 404
    assert slots(client, day.isoformat(), unit="000.00.99.H56").status_code == 404
    for bad in ("2026-13-01", "tomorrow", "1899-01-01"):
        assert slots(client, bad).status_code == 422


def test_a_booking_is_answered_with_its_code_and_qr_and_pulled_by_its_office(
    central, tmp_path: Path
) -> None:
    client, day = central["client"], booking_day()
    start = slot(day, 9)
    answer = client.post(BOOK, json=booking_body(UNIT, start, procedure="1.001193"))
    assert answer.status_code == 201, answer.text
    data = answer.json()
    assert parse_booking_code(data["code"]) == data["code"]
    assert data["cancel"] == f"/dat-hen/huy?code={data['code']}"
    assert _qr_text(data["qr"], tmp_path) == data["code"]
    free = {s["start"]: s["free"] for s in slots(client, day.isoformat()).json()}
    assert free[start] == 1
    [change] = booking_changes(central)
    pulled = BookingPayload.model_validate(change["payload"])
    assert (pulled.code, pulled.status, pulled.phone, pulled.area_code) == (
        data["code"], "booked", "0912345678", AREA,
    )  # fmt: skip
    assert pulled.procedure_code == "1.001193" and pulled.start.isoformat() == start
    assert booking_changes(central, OTHER) == []


def _qr_text(uri: str, folder: Path) -> str:
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    image = folder / "qr.png"
    image.write_bytes(base64.b64decode(uri[len(prefix) :]))
    scan = subprocess.run(
        ["zbarimg", "--nodbus", "--raw", "-q", str(image)], capture_output=True, text=True
    )
    return scan.stdout.strip()


def test_a_full_slot_is_409_and_a_cancel_gives_the_place_back(central) -> None:
    client, day = central["client"], booking_day()
    start = slot(day, 10, 30)
    codes = [
        client.post(BOOK, json=booking_body(UNIT, start, phone=f"091234500{n}")).json()["code"]
        for n in range(2)
    ]
    full = client.post(BOOK, json=booking_body(UNIT, start, phone="0912345002"))
    assert full.status_code == 409 and full.json() == {"detail": "the slot is full"}
    assert client.delete(f"{BOOK}/{codes[0]}", params={"phone": "0999999999"}).status_code == 404
    assert client.delete(f"{BOOK}/DH00000000", params={"phone": "0912345000"}).status_code == 404
    cancelled = client.delete(f"{BOOK}/{codes[0].lower()}", params={"phone": "091 234 5000"})
    assert cancelled.json() == {"code": codes[0], "status": "cancelled"}
    again = client.delete(f"{BOOK}/{codes[0]}", params={"phone": "0912345000"})
    assert again.json()["status"] == "cancelled"  # once only: the place is given back once
    assert client.post(BOOK, json=booking_body(UNIT, start, phone="0912345003")).status_code == 201
    assert client.post(BOOK, json=booking_body(UNIT, start, phone="0912345004")).status_code == 409
    statuses = [c["payload"]["status"] for c in booking_changes(central)]
    assert statuses == ["booked", "booked", "cancelled", "booked"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "Nguyễn\x00 Hoa"}, "name"),
        ({"name": "A" * 201}, "name"),
        ({"name": "   "}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"phone": "0912\n345678"}, "phone"),
        ({"id_number": "12345"}, "id_number"),
        ({"procedure": "9.999999"}, "procedure"),
        ({"start": "not a time"}, "start"),
        ({"start": "2026-12-03T09:00:00"}, "start"),  # no time zone
        ({"start": "9999-12-03T09:00:00+07:00"}, "start"),
        ({"secret": "x"}, "secret"),
    ],
)
def test_bad_input_is_422_and_books_nothing(sqlite_central, change: dict, field: str) -> None:
    central = sqlite_central
    client = central["client"]
    answer = client.post(BOOK, json=booking_body(UNIT, slot(booking_day(), 9)) | change)
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["detail"][0]["loc"]
    assert booking_changes(central) == []


def test_a_start_that_is_no_slot_is_422(central) -> None:
    client, day = central["client"], booking_day()
    for start in (slot(day, 9, 10), slot(day, 13), slot(day + timedelta(days=2), 9)):
        answer = client.post(BOOK, json=booking_body(UNIT, start))
        assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == ["body", "start"]
    assert client.post(BOOK, json=booking_body(UNIT, slot(day, 9), area="XX")).status_code == 404


def test_limits_per_phone_and_per_address_answer_429(central) -> None:
    client, day = central["client"], booking_day()
    client.app.state.booking_limits = BookingLimits(per_address=6, per_phone=2)
    answers = [client.post(BOOK, json=booking_body(UNIT, slot(day, 8 + n))) for n in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 429]
    assert 1 <= int(answers[2].headers["Retry-After"]) <= 3600
    other = [
        client.post(BOOK, json=booking_body(UNIT, slot(day, 11), phone=f"098765432{n}"))
        for n in range(4)
    ]  # the address's 4th to 7th requests
    assert [a.status_code for a in other] == [201, 201, 409, 429]
    assert client.delete(f"{BOOK}/DH00000000", params={"phone": "0912345678"}).status_code == 429


def test_booking_ops_are_checked_and_a_visit_to_another_offices_booking_rejected(central) -> None:
    client, day = central["client"], booking_day()
    booked = client.post(BOOK, json=booking_body(UNIT, slot(day, 9))).json()
    [change] = booking_changes(central)
    booking_id = change["entity_id"]
    [foreign] = push(central, OTHER, [visit_op(booking_id, booked["code"], "checked_in", 10)])
    assert foreign["outcome"] == "rejected" and "another office" in foreign["reason"]
    wrong_code = push(central, UNIT, [visit_op(booking_id, "DH00000000", "checked_in", 10)])
    assert wrong_code[0]["outcome"] == "rejected"
    assert (
        push(central, UNIT, [visit_op(booking_id, booked["code"], "late", 12)])[0]["reason"] is None
    )
    older = push(central, UNIT, [visit_op(booking_id, booked["code"], "no_show", 11)])
    assert older[0]["outcome"] == "applied" and "kept the newer" in older[0]["reason"]
    forged = config_op(UNIT, 20)
    forged["payload"]["area_code"] = "OTHER"
    assert push(central, UNIT, [forged])[0]["outcome"] == "rejected"
    assert push(central, OTHER, [day_op(UNIT, day, False, 21)])[0]["outcome"] == "rejected"
    from central_server.booking_cli import office_day_bookings

    with session_scope(central["factory"]) as session:
        [row] = office_day_bookings(session, UNIT, day)
    assert (row["code"], row["visit"], row["status"]) == (booked["code"], "late", "booked")


def test_settings_off_and_a_withdrawn_day_change_the_slots(central) -> None:
    client, day = central["client"], booking_day()
    assert push(central, UNIT, [day_op(UNIT, day + timedelta(days=2), False, 5, removed=True)])
    assert len(slots(client, (day + timedelta(days=2)).isoformat()).json()) == SLOTS_PER_DAY
    push(central, UNIT, [config_op(UNIT, 6, minutes=60, places=5, area_opens_at="09:00")])
    assert [s["free"] for s in slots(client, day.isoformat()).json()] == [5, 5, 5]
    push(central, UNIT, [config_op(UNIT, 4, minutes=15)])  # older: kept the newer
    assert len(slots(client, day.isoformat()).json()) == 3
    push(central, UNIT, [config_op(UNIT, 7, enabled=False)])
    assert slots(client, day.isoformat()).status_code == 404


def test_cli_lists_the_offices_bookings_of_a_day(central, database_url, capsys) -> None:
    from central_server.cli import main

    client, day = central["client"], booking_day()
    codes = [
        client.post(
            BOOK, json=booking_body(UNIT, slot(day, hour), phone=f"098765432{hour - 8}")
        ).json()["code"]
        for hour in (10, 8)
    ]
    client.delete(f"{BOOK}/{codes[0]}", params={"phone": "0987654322"})
    assert (
        main(["bookings", "--db", database_url, "--office", UNIT, "--day", str(day), "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert [(b["code"], b["status"], b["start"]) for b in report["bookings"]] == [
        (codes[1], "booked", slot(day, 8)),
        (codes[0], "cancelled", slot(day, 10)),
    ]
    assert report["bookings"][0]["phone"] == "0987654320"
    assert main(["bookings", "--db", database_url, "--office", UNIT, "--day", str(day)]) == 0
    text = capsys.readouterr().out
    assert f"08:00  {AREA}" in text and "*******320" in text and "0987654320" not in text
    assert (
        main(["bookings", "--db", database_url, "--office", "000.00.99.H56", "--day", str(day)])
        == 2
    )
    assert "no office" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["bookings", "--db", database_url, "--office", UNIT, "--day", "31/12/2026"])
    assert exited.value.code == 2
