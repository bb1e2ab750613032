"""A push's lookup of repeats probes the primary key per op, however new the table.

Each push looks up which of its ops the office sent before (``stored_outcomes``). Measured on a
server not analysed yet, a plain ``IN`` read every applied op of the office for each batch,
66 ms a batch at 10,000: the lookup grew with the office's history. The plan is checked here on
a table autovacuum has not analysed (the state of a new server, or of a storm's first minute),
as psycopg runs it once prepared (a generic plan) and unprepared, and the answers on both
backends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, event, insert, text
from sqlalchemy.orm import Session

from central_server.db import make_engine, upgrade_to_head
from central_server.models import AppliedOp, CentralOffice, Device
from central_server.stored_outcomes import KEY_PROBES, stored_outcomes

HELD = 5_000
NEVER_ANALYSED = text("SELECT reltuples FROM pg_class WHERE relname = 'applied_op'")


@pytest.fixture
def history(database_url: str) -> Iterator[tuple[Engine, uuid.UUID, list[uuid.UUID]]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    yield (engine, *_filled(engine))
    engine.dispose()


def _filled(engine: Engine, held: int = HELD) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """An office with ``held`` applied ops (every tenth rejected), and another office's one."""
    office, other = uuid.uuid4(), uuid.uuid4()
    ids = [uuid.uuid4() for _ in range(held)]
    with engine.begin() as connection:
        connection.execute(insert(CentralOffice), [
            {"id": office, "unit_code": "000.00.01.H56", "name": "UBND A"},
            {"id": other, "unit_code": "000.00.02.H56", "name": "UBND B"},
        ])  # fmt: skip
        connection.execute(insert(Device), [
            {"id": office, "office_id": office, "secret_hash": "x"},
            {"id": other, "office_id": other, "secret_hash": "x"},
        ])  # fmt: skip
        rows = [_row(office, op_id, n) for n, op_id in enumerate(ids)]
        connection.execute(insert(AppliedOp), rows + [_row(other, ids[0], 1)])
    return office, ids


def _row(office: uuid.UUID, op_id: uuid.UUID, n: int) -> dict:
    rejected = n % 10 == 1
    return {
        "office_id": office, "op_id": op_id, "device_id": office, "batch_id": office,
        "entity": "ticket", "entity_id": str(n), "office_seq": n,
        "device_time": datetime(2026, 12, 1, tzinfo=UTC),
        "outcome": "rejected" if rejected else "applied",
        "reason": "invalid status" if rejected else None,
    }  # fmt: skip


def test_the_repeats_and_only_they_are_answered_with_what_was_stored(history) -> None:
    engine, office, ids = history
    new = [uuid.uuid4() for _ in range(150)]
    asked = ids[:50] + new
    with Session(engine) as session:
        found = stored_outcomes(session, office, asked)
        assert stored_outcomes(session, office, []) == {}
        assert stored_outcomes(session, uuid.uuid4(), ids[:50]) == {}
    assert set(found) == set(ids[:50])
    assert found[ids[1]] == ("rejected", "invalid status")
    assert found[ids[2]] == ("applied", None)


@pytest.mark.postgres
@pytest.mark.parametrize("held", [600, HELD])
def test_the_lookup_probes_the_primary_key_on_a_table_not_analysed(postgres_url, held) -> None:
    engine = _not_analysed(postgres_url)
    try:
        office, ids = _filled(engine, held)
        asked = ids[:100] + [uuid.uuid4() for _ in range(100)]
        statements: list[tuple[str, dict]] = []

        def record(_conn, _cursor, sql: str, params: dict, *_rest) -> None:
            statements.append((sql, params))

        event.listen(engine, "before_cursor_execute", record)
        with Session(engine) as session:
            assert len(stored_outcomes(session, office, asked)) == 100
        event.remove(engine, "before_cursor_execute", record)
        sql, params = statements[-1]  # the lookup as the driver ran it
        with engine.connect() as connection:
            assert connection.scalar(NEVER_ANALYSED) < 0
            plan = _lines(connection.exec_driver_sql(f"EXPLAIN {sql}", params))
        assert _probes_the_key(plan), plan
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_prepared_lookup_probes_the_primary_key_too(postgres_url: str) -> None:
    """psycopg prepares a statement run 5 times; PostgreSQL may then plan it generically."""
    engine = _not_analysed(postgres_url)
    try:
        office, ids = _filled(engine, HELD)
        with engine.connect() as connection:
            connection.execute(text("SET plan_cache_mode = force_generic_plan"))
            plan = _generic_plan(connection, office, ids[:100] + [uuid.uuid4() for _ in range(100)])
        assert _probes_the_key(plan), plan
    finally:
        engine.dispose()


def _not_analysed(url: str) -> Engine:
    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE applied_op SET (autovacuum_enabled = false)"))
    return engine


def _probes_the_key(plan: str) -> bool:
    """Every read of ``applied_op`` an index condition on both key columns, nothing filtered."""
    return "pk_applied_op" in plan and "(op_id = ids.op_id))" in plan and "Filter" not in plan


def _lines(rows) -> str:
    return "\n".join(row[0] for row in rows)


def _generic_plan(connection, office: uuid.UUID, ids: list[uuid.UUID]) -> str:
    sql = str(KEY_PROBES.compile(connection))
    sql = sql.replace("%(ids)s", "$1::uuid[]").replace("%(office_id)s", "$2::uuid")
    connection.exec_driver_sql(f"PREPARE probes AS {sql}")
    listed = ",".join(str(op_id) for op_id in ids)  # uuids: nothing to quote
    return _lines(connection.exec_driver_sql(f"EXPLAIN EXECUTE probes('{{{listed}}}', '{office}')"))
