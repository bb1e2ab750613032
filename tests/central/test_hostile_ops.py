"""Hostile pushes on SQLite and PostgreSQL: a bad op is rejected alone, never a 500.

Every op is checked on its own before the batch is applied; one the database still refuses is
rejected on a second pass with a savepoint per op. Either way the ops behind it are applied in
the same pass, and neither the answer nor the server log quotes the citizen's data.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from central_server import ingest, projections
from central_server.admin import AdminError, create_office, ensure_server_rows
from central_server.app import create_app
from central_server.central_ops import load_catalogue, submit_online
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import AppliedOp, CentralDossier, CentralRating

UNIT, OTHER = "000.00.06.H56", "000.00.07.H56"
#: A citizen planted in hostile ops: none of this may reach an answer or the log.
PLANTED_NAME = "Hoàng Thị Planted"
PLANTED_ID = "079123456789"


class Central:
    """A central server with two offices, each with one enrolled device."""

    def __init__(self, database_url: str) -> None:
        self.engine = make_engine(database_url)
        upgrade_to_head(self.engine)
        self.factory = make_session_factory(self.engine)
        with session_scope(self.factory) as session:
            ensure_server_rows(session)
            tokens = {unit: create_office(session, unit, unit).token for unit in (UNIT, OTHER)}
        self.client = TestClient(create_app(self.engine))
        self.auth = {unit: self._enrol(token) for unit, token in tokens.items()}

    def _enrol(self, token: str) -> dict[str, str]:
        answer = self.client.post("/api/v1/enrol", json={"token": token})
        assert answer.status_code == 200, answer.text
        data = answer.json()
        return {"Authorization": f"Bearer {data['device_id']}:{data['secret']}"}

    def push_raw(self, ops: list[dict[str, Any]], unit: str = UNIT) -> Any:
        body = {"batch_id": str(uuid.uuid4()), "ops": ops}
        url = f"/api/v1/offices/{unit}/push"
        return self.client.post(url, json=body, headers=self.auth[unit])

    def push(self, ops: list[dict[str, Any]], unit: str = UNIT) -> list[dict[str, Any]]:
        answer = self.push_raw(ops, unit)
        assert answer.status_code == 200, answer.text
        return list(answer.json()["results"])

    def count(self, model: type, *conditions: Any) -> int:
        with session_scope(self.factory) as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*conditions)))


@pytest.fixture
def central(database_url: str) -> Iterator[Central]:
    made = Central(database_url)
    yield made
    made.engine.dispose()


def _op(entity: str, operation: str, payload: dict[str, Any], seq: int = 1) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "seq": seq,
        "entity": entity,
        "entity_id": str(payload["id"]),
        "operation": operation,
        "payload": payload,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }


def dossier_op(number: int, unit: str = UNIT, **extra: Any) -> dict[str, Any]:
    payload = {
        "id": str(uuid.uuid4()),
        "code": f"{unit}-261126-{number:04d}",
        "procedure_code": "1.001193",
        "status": 2,
        "channel": 1,
        "received_at": "2026-11-26T02:30:00+00:00",
        "due_at": "2026-11-27T10:00:00+00:00",
        "applicant": {"full_name": "Nguyễn Văn An", "id_number": "001090000123"},
        **extra,
    }
    return _op("dossier", "upsert", payload, seq=number)


def rating_op(**extra: Any) -> dict[str, Any]:
    payload = {"id": str(uuid.uuid4()), "level": "satisfied", "at": "2026-11-26T03:00:00+00:00"}
    return _op("rating", "insert", payload | extra)


def ticket_op(**extra: Any) -> dict[str, Any]:
    payload = {"id": str(uuid.uuid4()), "display_number": "A001", "status": "waiting"}
    return _op("ticket", "upsert", payload | {"local_day": "2026-11-26"} | extra)


def _batches(ops: list[dict[str, Any]], size: int = 200) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(ops), size):
        yield ops[start : start + size]


def _push_all(central: Central, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [result for batch in _batches(ops) for result in central.push(batch)]


def test_a_poisoned_op_is_rejected_and_the_1000_behind_it_are_applied(central, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    poison = dossier_op(1, applicant={"full_name": PLANTED_NAME * 15, "id_number": PLANTED_ID})
    behind = [dossier_op(n) for n in range(2, 1002)]
    results = _push_all(central, [poison, *behind])
    assert results[0]["outcome"] == "rejected" and "full_name" in results[0]["reason"]
    assert [r["outcome"] for r in results[1:]] == ["applied"] * 1000
    assert central.count(CentralDossier) == 1000
    assert PLANTED_NAME not in results[0]["reason"] and PLANTED_NAME not in caplog.text


def test_an_op_the_database_refuses_is_rejected_alone(central, caplog, monkeypatch) -> None:
    """A clash the checks cannot see (the code lookup switched off) fails at the database: the
    batch is applied again op by op, and the log names the op, never the citizen."""
    first = dossier_op(1)
    assert central.push([first])[0]["outcome"] == "applied"
    monkeypatch.setattr(projections, "load_codes", lambda context, codes: None)
    caplog.set_level(logging.DEBUG)
    clash = dossier_op(1, owner_name=PLANTED_NAME, applicant={"id_number": PLANTED_ID})
    behind = [dossier_op(n) for n in range(2, 1002)]
    results = _push_all(central, [clash, *behind])
    assert results[0]["outcome"] == "rejected"
    assert [r["outcome"] for r in results[1:]] == ["applied"] * 1000
    assert central.count(CentralDossier) == 1001
    assert clash["op_id"] in caplog.text and "refused by the database" in caplog.text
    for planted in (PLANTED_NAME, PLANTED_ID):
        assert planted not in caplog.text and planted not in results[0]["reason"]


@pytest.mark.parametrize("name", [PLANTED_NAME * 15, PLANTED_NAME + "\x00"], ids=["long", "NUL"])
def test_a_value_postgresql_refuses_is_rejected_alone(central, caplog, monkeypatch, name) -> None:
    """With the payload checks bypassed, PostgreSQL refuses the value (a DataError, not a key
    clash): that op alone is rejected, the rest applied, the name in neither answer nor log."""
    if central.engine.dialect.name != "postgresql":
        pytest.skip("SQLite stores any text")
    real = ingest.validated_payload

    def unchecked_name(op: Any) -> Any:
        data = real(op.model_copy(update={"payload": {**op.payload, "owner_name": None}}))
        data.owner_name = op.payload.get("owner_name")  # type: ignore[attr-defined]
        return data

    monkeypatch.setattr(ingest, "validated_payload", unchecked_name)
    caplog.set_level(logging.DEBUG)
    results = central.push([dossier_op(n, owner_name=name if n == 1 else None) for n in (1, 2, 3)])
    assert [r["outcome"] for r in results] == ["rejected", "applied", "applied"]
    assert "DataError" in results[0]["reason"] or "Truncation" in results[0]["reason"]
    assert PLANTED_NAME not in caplog.text and PLANTED_NAME not in results[0]["reason"]


HOSTILE_DOSSIERS = {
    "NUL in the owner's name": {"owner_name": f"{PLANTED_NAME}\x00"},
    "NUL in the applicant's name": {"applicant": {"full_name": f"{PLANTED_NAME}\x00"}},
    "NUL in an unknown key": {"legacy_note": f"{PLANTED_NAME}\x00"},
    "NUL in a document": {"documents": [{"name": f"{PLANTED_NAME}\x00"}]},
    "NUL in a key": {f"{PLANTED_NAME}\x00": 1},
    "control character in a name": {"owner_name": f"{PLANTED_NAME}\x1b[2J"},
    "a 256-letter name": {"owner_name": "A" * 256},
    "a 21-digit ID number": {"applicant": {"id_number": "1" * 21}},
    "a count beyond 32 bits": {"sets_count": 2**31},
    "a number beyond 64 bits": {"legacy_count": 2**64},
    "a moment overflowing in UTC": {"received_at": "9999-12-31T23:59:00-23:59"},
    "a moment overflowing backwards": {"received_at": "0001-01-01T00:00:00+23:59"},
    "year 0001": {"received_at": "0001-01-01T00:00:00+00:00", "due_at": None},
    "year 9999": {"finished_at": "9999-12-31T00:00:00+00:00"},
    "just before 2000": {"received_at": "1999-12-31T23:59:59+00:00", "due_at": None},
    "just after 2100": {"due_at": "2101-01-01T00:00:00+07:00"},
    "due before reception": {"due_at": "2026-11-25T10:00:00+00:00"},
    "original due before reception": {"original_due_at": "2026-11-25T10:00:00+00:00"},
    "a birth date before 1900": {"applicant": {"birth_date": "1899-12-31"}},
}


@pytest.mark.parametrize("case", HOSTILE_DOSSIERS, ids=list(HOSTILE_DOSSIERS))
def test_hostile_dossier_values_are_rejected_with_a_clean_reason(central, caplog, case) -> None:
    caplog.set_level(logging.DEBUG)
    results = central.push([dossier_op(1, **HOSTILE_DOSSIERS[case]), dossier_op(2)])
    assert [r["outcome"] for r in results] == ["rejected", "applied"], results
    assert PLANTED_NAME not in results[0]["reason"] and PLANTED_NAME not in caplog.text
    assert central.count(CentralDossier) == 1


HOSTILE_OTHERS = {
    "ticket day before 2000": ticket_op(local_day="1999-12-31"),
    "ticket day after 2100": ticket_op(local_day="2101-01-01"),
    "ticket counter beyond 32 bits": ticket_op(counter_number=2**40),
    "ticket number beyond 64 bits": ticket_op(number=2**70),
    "ticket display number too long": ticket_op(display_number="A" * 11),
    "rating reason with NUL": rating_op(reason=f"{PLANTED_NAME}\x00"),
    "rating moment in year 9999": rating_op(at="9999-12-31T23:59:00-23:59"),
    "rating reason too long": rating_op(reason="x" * 1001),
}


@pytest.mark.parametrize("case", HOSTILE_OTHERS, ids=list(HOSTILE_OTHERS))
def test_hostile_values_of_other_kinds_are_rejected(central, case) -> None:
    results = central.push([HOSTILE_OTHERS[case], ticket_op()])
    assert [r["outcome"] for r in results] == ["rejected", "applied"], results
    assert PLANTED_NAME not in results[0]["reason"]


def test_the_limits_still_accept_the_edges(central) -> None:
    """The checks refuse junk, not the longest or earliest values an office may hold."""
    edge = dossier_op(
        1,
        owner_name="A" * 200,
        received_at="2000-01-01T00:00:00+00:00",
        due_at="2100-12-31T16:59:59+00:00",
        fee_text="Lệ phí:\n50.000 đ\t(miễn)",
        applicant={"full_name": "B" * 200, "birth_date": "1900-01-01", "id_number": "9" * 20},
    )
    assert central.push([edge])[0]["outcome"] == "applied"


def test_a_rating_naming_another_office_dossier_or_ticket_is_rejected(central) -> None:
    other_dossier, other_ticket = dossier_op(1, unit=OTHER), ticket_op()
    assert [r["outcome"] for r in central.push([other_dossier, other_ticket], OTHER)] == [
        "applied",
        "applied",
    ]
    own = dossier_op(1)
    ratings = [
        rating_op(dossier_id=other_dossier["payload"]["id"]),
        rating_op(ticket_id=other_ticket["payload"]["id"]),
        rating_op(dossier_id=own["payload"]["id"]),
    ]
    results = central.push([own, *ratings])
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert results[1]["reason"] == "names a record of another office"
    assert central.count(CentralRating) == 1


def test_a_handover_naming_another_office_dossier_is_rejected(central) -> None:
    other = dossier_op(1, unit=OTHER)
    central.push([other], OTHER)
    item = {"id": str(uuid.uuid4()), "dossier_id": other["payload"]["id"]}
    batch = _op("handover_batch", "upsert", {"id": str(uuid.uuid4()), "items": [item]})
    assert central.push([batch])[0]["outcome"] == "rejected"


def test_an_op_id_repeated_in_a_batch_is_rejected_the_second_time(central) -> None:
    first = dossier_op(1)
    again = dossier_op(2) | {"op_id": first["op_id"]}
    body = {"batch_id": str(uuid.uuid4()), "ops": [first, again, dossier_op(3)]}
    url = f"/api/v1/offices/{UNIT}/push"
    for expected in (["applied", "rejected", "applied"], ["duplicate", "rejected", "duplicate"]):
        answer = central.client.post(url, json=body, headers=central.auth[UNIT])
        results = answer.json()["results"]
        assert [r["outcome"] for r in results] == expected
        assert results[1]["reason"] == "repeated in this batch"
    codes = {code for (code,) in _rows(central, CentralDossier.code)}
    assert codes == {first["payload"]["code"], f"{UNIT}-261126-0003"}  # not the repeat's
    assert central.count(AppliedOp) == 2


def _rows(central: Central, *columns: Any) -> list[Any]:
    with session_scope(central.factory) as session:
        return list(session.execute(select(*columns)).all())


@pytest.mark.parametrize(
    "applicant",
    [
        {"full_name": "A" * 201},
        {"full_name": f"{PLANTED_NAME}\x00"},
        {"full_name": "An", "phone": "1" * 21},
    ],
    ids=["long name", "NUL in the name", "long phone"],
)
def test_an_online_submission_the_office_could_not_store_is_refused(central, applicant) -> None:
    with pytest.raises(AdminError) as refused, session_scope(central.factory) as session:
        load_catalogue(session, [{"code": "1.001193", "name": "Khai sinh"}])
        submit_online(session, UNIT, "1.001193", applicant)
    assert str(refused.value).startswith("invalid applicant details")
    assert PLANTED_NAME not in str(refused.value)
    assert central.count(CentralDossier) == 0
