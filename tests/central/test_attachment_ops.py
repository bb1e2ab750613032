"""Attachment metadata ops: validated like every op kind, applied to ``central_attachment``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import CentralAttachment

UNIT, OTHER = "000.00.06.H56", "000.00.07.H56"


@pytest.fixture
def pushers(database_url: str) -> Iterator[tuple[Engine, dict[str, TestClient]]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        tokens = {unit: create_office(session, unit, unit).token for unit in (UNIT, OTHER)}
    clients = {}
    for unit, token in tokens.items():
        client = TestClient(create_app(engine))
        data = client.post("/api/v1/enrol", json={"token": token}).json()
        client.headers["Authorization"] = f"Bearer {data['device_id']}:{data['secret']}"
        clients[unit] = client
    yield engine, clients
    engine.dispose()


def _op(entity: str, seq: int, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "seq": seq,
        "entity": entity,
        "entity_id": payload["id"],
        "operation": "upsert",
        "payload": payload,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }


def _dossier(code: str, seq: int = 1) -> dict[str, Any]:
    payload = {
        "id": str(uuid.uuid4()),
        "code": code,
        "procedure_code": "1.001193",
        "status": 2,
        "channel": 1,
        "received_at": "2026-11-26T02:30:00+00:00",
    }
    return _op("dossier", seq, payload)


def _attachment(dossier: dict[str, Any], seq: int, **changes: Any) -> dict[str, Any]:
    payload = {
        "id": str(uuid.uuid4()),
        "dossier_id": dossier["payload"]["id"],
        "dossier_code": dossier["payload"]["code"],
        "role": "document",
        "document_index": 1,
        "sha256": "a" * 64,
        "bytes": 1234,
        "pages": 2,
        "name": "Giấy khai sinh",
        "digitised_at": "2026-11-26T02:31:00+00:00",
        **changes,
    }
    return _op("attachment", seq, payload)


def _push(client: TestClient, unit: str, *ops: dict[str, Any]) -> list[tuple[str, str | None]]:
    body = {"batch_id": str(uuid.uuid4()), "ops": list(ops)}
    answer = client.post(f"/api/v1/offices/{unit}/push", json=body)
    assert answer.status_code == 200, answer.text
    return [(r["outcome"], r["reason"]) for r in answer.json()["results"]]


def _rows(engine: Engine) -> list[CentralAttachment]:
    with session_scope(make_session_factory(engine)) as session:
        return list(session.scalars(select(CentralAttachment)))


def test_an_attachment_op_is_applied_and_the_newest_wins(pushers) -> None:
    engine, clients = pushers
    dossier = _dossier(f"{UNIT}-261126-0001")
    first = _attachment(dossier, 2)
    assert _push(clients[UNIT], UNIT, dossier, first) == [("applied", None)] * 2
    newer = _attachment(dossier, 4, id=first["payload"]["id"], sha256="b" * 64, pages=3)
    older = _attachment(dossier, 3, id=first["payload"]["id"], sha256="c" * 64)
    assert _push(clients[UNIT], UNIT, newer)[0] == ("applied", None)
    assert _push(clients[UNIT], UNIT, older)[0][1] == (
        "older than the state held centrally: kept the newer"
    )
    (row,) = _rows(engine)
    assert (row.sha256, row.role, row.document_index, row.payload["pages"]) == (
        "b" * 64,
        "document",
        1,
        3,
    )
    assert str(row.dossier_id) == dossier["payload"]["id"]


def test_an_attachment_of_another_offices_dossier_is_rejected(pushers) -> None:
    engine, clients = pushers
    theirs = _dossier(f"{OTHER}-261126-0001")
    assert _push(clients[OTHER], OTHER, theirs) == [("applied", None)]
    by_code = _attachment(theirs, 1)
    own_code = _attachment(theirs, 2, dossier_code=f"{UNIT}-261126-0009")
    outcomes = _push(clients[UNIT], UNIT, by_code, own_code)
    assert outcomes == [
        ("rejected", "the dossier code belongs to another office"),
        ("rejected", "names a record of another office"),
    ]
    assert _rows(engine) == []


def test_an_invalid_attachment_op_is_rejected_with_a_reason(pushers) -> None:
    engine, clients = pushers
    dossier = _dossier(f"{UNIT}-261126-0002")
    bad_hash = _attachment(dossier, 2, sha256="not-a-hash")
    bad_role = _attachment(dossier, 3, role="selfie")
    outcomes = _push(clients[UNIT], UNIT, dossier, bad_hash, bad_role)
    assert outcomes[0] == ("applied", None)
    assert outcomes[1][0] == "rejected" and "sha256" in (outcomes[1][1] or "")
    assert outcomes[2][0] == "rejected" and "role" in (outcomes[2][1] or "")
    assert _rows(engine) == []
