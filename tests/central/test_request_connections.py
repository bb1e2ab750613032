"""A pull or a status report takes one pooled connection and one transaction, credential check
included, and a pull that finds nothing new reads no change rows.

Under 1,000 devices these are most of the server's requests; a second connection for the
credential check (and its commit) was a third of their cost (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from tests.support.sync_harness import UNIT


@pytest.fixture
def counted(enrolled_device) -> tuple[TestClient, dict[str, str], list[str]]:
    seen: list[str] = []
    engine = enrolled_device.engine
    event.listen(engine.pool, "checkout", lambda *_args: seen.append("checkout"))
    event.listen(engine, "before_cursor_execute", lambda _c, _u, sql, *_a: seen.append(sql))
    return enrolled_device.client, enrolled_device.auth, seen


def _report() -> dict:
    return {"device_time": datetime.now(UTC).isoformat(), "ops_waiting": 0, "ops_rejected": 0,
            "app_version": "test"}  # fmt: skip


def test_a_pull_and_a_report_take_one_connection_each(counted) -> None:
    client, auth, seen = counted
    changes = f"/api/v1/offices/{UNIT}/changes"
    first = client.get(changes, params={"after": 0}, headers=auth)
    assert first.status_code == 200 and first.json()["changes"]  # the catalogue
    seen.clear()
    assert client.get(changes, params={"after": 10**12}, headers=auth).status_code == 200
    assert seen.count("checkout") == 1, seen
    assert not any("FROM change_log WHERE change_log.seq IN" in sql for sql in seen), seen
    seen.clear()
    report = client.post(f"/api/v1/offices/{UNIT}/report", json=_report(), headers=auth)
    assert report.status_code == 200 and seen.count("checkout") == 1, seen
