"""``central-server prune``: applied ops and replaced changes go, what an epoch re-send needs
stays (on SQLite and PostgreSQL; the volume test bulk-loads 100,000 applied ops)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update

from central_server.admin import new_epoch
from central_server.app import create_app
from central_server.central_ops import load_catalogue
from central_server.cli import main as central_cli
from central_server.db import make_engine, make_session_factory, session_scope
from central_server.models import AppliedOp, CentralOffice, ChangeLog, Device, utc_now
from central_server.retention import prune
from desktop_app.sync.outbox_queue import _next_pending_ops
from motcua_core.protocol import MAX_BATCH_OPS
from tests.support.push_ops import push_body
from tests.support.receive_worker import main as receive
from tests.support.sync_harness import UNIT, Office, init_central

OPERATOR = "operator-token-for-tests"
ROWS = 100_000
OLD = timedelta(days=200)


@pytest.fixture
def central(database_url: str) -> Iterator[tuple[Engine, TestClient, dict[str, str]]]:
    token = init_central(database_url)
    engine = make_engine(database_url)
    client = TestClient(create_app(engine, operator_token=OPERATOR))
    device = client.post("/api/v1/enrol", json={"token": token}).json()
    auth = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
    yield engine, client, auth
    engine.dispose()


def _outbox(folder: Path, dossiers: int) -> list[dict[str, Any]]:
    """An office's real outbox: each dossier received at the counter and its first event."""
    office = Office(folder).init()
    receive(office.db_url, dossiers, 0)
    engine = make_engine(office.db_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return [
                op.model_dump(mode="json")
                for op in _next_pending_ops(session, MAX_BATCH_OPS, 10**9)
            ]
    finally:
        engine.dispose()


def _pull_all(client: TestClient, auth: dict[str, str]) -> dict[tuple[str, str], Any]:
    """The state a pull from cursor 0 ends in: the last change of every entity."""
    state: dict[tuple[str, str], Any] = {}
    cursor, more = 0, True
    while more:
        page = client.get(f"/api/v1/offices/{UNIT}/changes?after={cursor}", headers=auth).json()
        for change in page["changes"]:
            state[(change["kind"], change["entity_id"])] = (change["operation"], change["payload"])
        cursor, more = page["next_cursor"], page["has_more"]
    return state


def _stats(client: TestClient) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {OPERATOR}"}
    return client.get(f"/api/v1/offices/{UNIT}/stats", headers=headers).json()  # type: ignore[no-any-return]


def test_prune_keeps_what_an_epoch_resend_needs(central, tmp_path, database_url, capsys) -> None:
    engine, client, auth = central
    ops = _outbox(tmp_path / "office", 20)
    assert client.post(f"/api/v1/offices/{UNIT}/push", json=push_body(ops), headers=auth).is_success
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        entry = {"code": "9.999001", "name": "Thủ tục thử", "limit_amount": 1, "limit_unit": "day"}
        load_catalogue(session, [entry])
        load_catalogue(session, [{**entry, "name": "Thủ tục thử (sửa)"}])
        session.execute(update(AppliedOp).values(applied_at=utc_now() - OLD))
        session.execute(update(ChangeLog).values(at=utc_now() - OLD))
    state, stats = _pull_all(client, auth), _stats(client)

    assert central_cli(["prune", "--db", database_url, "--json"]) == 0
    assert f'"applied_ops_deleted": {len(ops)}' in capsys.readouterr().out
    with session_scope(factory) as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 0
        replaced = select(func.count()).where(ChangeLog.entity_id == "9.999001")
        assert session.scalar(replaced) == 1
        new_epoch(session)

    again = client.post(f"/api/v1/offices/{UNIT}/push", json=push_body(ops), headers=auth)
    assert {result["outcome"] for result in again.json()["results"]} == {"applied"}
    assert _stats(client) == stats  # nothing doubled: same dossiers, events, applied ops
    assert _pull_all(client, auth) == state  # a pull from 0 ends in the same state


def test_prune_on_100k_applied_ops(central, database_url) -> None:
    engine = central[0]
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        office = session.scalars(select(CentralOffice)).one()
        device = session.scalars(select(Device)).one()
    _bulk_applied_ops(engine, office.id, device.id)

    result = prune(factory, 90)
    # every other row is old; one in twenty was rejected and stays whatever its age
    assert result.applied_ops_deleted == ROWS // 2 - ROWS // 20
    with session_scope(factory) as session:
        counts = select(AppliedOp.outcome, func.count()).group_by(AppliedOp.outcome)
        left = {outcome: count for outcome, count in session.execute(counts).all()}
    assert left == {"applied": ROWS // 2, "rejected": ROWS // 20}
    assert prune(factory, 90).applied_ops_deleted == 0


def _bulk_applied_ops(engine: Engine, office_id: uuid.UUID, device_id: uuid.UUID) -> None:
    """ROWS applied ops, fast: COPY on PostgreSQL, the driver's executemany on SQLite (values
    converted by the columns' own types)."""
    now, batch = utc_now(), uuid.uuid4()
    rows = [
        {
            "office_id": office_id, "op_id": uuid.uuid4(), "device_id": device_id,
            "batch_id": batch, "entity": "dossier", "entity_id": str(n), "office_seq": n,
            "device_time": now, "applied_at": now - (OLD if n % 2 == 0 else timedelta(days=1)),
            "outcome": "rejected" if n % 20 == 0 else "applied", "reason": None,
        }
        for n in range(ROWS)
    ]  # fmt: skip
    columns = list(rows[0])
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        if engine.dialect.name == "postgresql":
            copying = f"COPY applied_op ({', '.join(columns)}) FROM STDIN"
            with raw.cursor() as cursor, cursor.copy(copying) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row([row[c] for c in columns])
            return
        table = AppliedOp.__table__.c
        convert = {
            c: table[c].type.bind_processor(engine.dialect) or (lambda v: v) for c in columns
        }
        varying = {"op_id", "entity_id", "office_seq", "applied_at", "outcome"}
        same = {c: convert[c](v) for c, v in rows[0].items() if c not in varying}
        ages = {at: convert["applied_at"](at) for at in {row["applied_at"] for row in rows}}
        values = sorted(
            [*same.values(), convert["op_id"](row["op_id"]), row["entity_id"], row["office_seq"],
             ages[row["applied_at"]], row["outcome"]]
            for row in rows
        )  # fmt: skip
        columns = [*same, "op_id", "entity_id", "office_seq", "applied_at", "outcome"]
        marks = ", ".join("?" for _ in columns)
        raw.executemany(f"INSERT INTO applied_op ({', '.join(columns)}) VALUES ({marks})", values)  # type: ignore[union-attr]


def test_prune_refuses_a_window_under_a_day(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        central_cli(["prune", "--db", "sqlite://", "--older-than-days", "0"])
    assert stopped.value.code == 2
    assert "at least 1" in capsys.readouterr().err
