"""A push of valid ops costs a bounded number of SQL statements, whatever the batch size.

The ops are an office's real outbox (dossiers received at the counter: the dossier and its
first event); statements are counted with SQLAlchemy's ``before_cursor_execute`` event (an
``executemany`` counts once: one round trip group, not one per row).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from central_server.db import make_engine
from desktop_app.sync.outbox_queue import _next_pending_ops
from motcua_core.protocol import MAX_BATCH_OPS
from tests.support.receive_worker import main as receive
from tests.support.sync_harness import UNIT, Office

#: Statements of one push: the credential, the office lock, the repeats, one preload per
#: kind, one insert per table touched, the device's stamp, the epoch (measured: 12 on SQLite).
MAX_STATEMENTS = 20


@pytest.fixture
def outbox_ops(tmp_path: Path) -> list[dict[str, Any]]:
    office = Office(tmp_path / "office").init()
    receive(office.db_url, 105, 0)  # 210 ops: a batch of 10 and one of 200
    engine = make_engine(office.db_url)
    try:
        with Session(engine) as session:
            ops = _next_pending_ops(session, 10 * MAX_BATCH_OPS, 10**9)
    finally:
        engine.dispose()
    return [op.model_dump(mode="json") for op in ops]


@pytest.fixture
def central(enrolled_device) -> tuple[TestClient, dict[str, str], list[int]]:
    statements: list[int] = []
    event.listen(enrolled_device.engine, "before_cursor_execute", lambda *_: statements.append(1))
    return enrolled_device.client, enrolled_device.auth, statements


def test_a_push_costs_the_same_few_statements_for_10_or_200_ops(central, outbox_ops):
    client, auth, statements = central
    assert {op["entity"] for op in outbox_ops} >= {"dossier", "dossier_event"}
    counts = {}
    for size, ops in ((10, outbox_ops[:10]), (MAX_BATCH_OPS, outbox_ops[10 : 10 + MAX_BATCH_OPS])):
        statements.clear()
        body = {"batch_id": f"00000000-0000-4000-8000-{size:012d}", "ops": ops}
        answer = client.post(f"/api/v1/offices/{UNIT}/push", json=body, headers=auth)
        assert answer.status_code == 200, answer.text
        assert {r["outcome"] for r in answer.json()["results"]} == {"applied"}
        counts[size] = len(statements)
    assert counts[MAX_BATCH_OPS] == counts[10] <= MAX_STATEMENTS, counts
