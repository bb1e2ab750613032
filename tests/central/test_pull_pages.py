"""A pull page reads only the office's own and the common index entries (``changes``).

The plan is checked on PostgreSQL after VACUUM ANALYZE (what autovacuum does on a growing log)
on 10,000 changes of 126 offices; the pages themselves on both backends against a plain filter.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, insert, text
from sqlalchemy.dialects import postgresql

from central_server.changes import page_numbers, read_page
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import CentralOffice, ChangeLog, ServerState

OFFICES, CHANGES = 126, 10_000


@pytest.fixture
def change_log(database_url: str) -> Iterator[tuple[Engine, list[uuid.UUID]]]:
    engine, offices = _filled_log(database_url)
    yield engine, offices
    engine.dispose()


def _filled_log(url: str) -> tuple[Engine, list[uuid.UUID]]:
    """A central database whose change log holds CHANGES changes: every tenth for every office,
    the others spread over OFFICES offices."""
    engine = make_engine(url)
    upgrade_to_head(engine)
    offices = [uuid.uuid4() for _ in range(OFFICES)]
    rows = [_change(n + 1, None if n % 10 == 0 else offices[n % OFFICES]) for n in range(CHANGES)]
    with engine.begin() as connection:
        connection.execute(insert(ServerState), [{"id": 1, "epoch": "e1"}])
        connection.execute(
            insert(CentralOffice),
            [{"id": o, "unit_code": f"000.{i // 100:02d}.{i % 100:02d}.H56", "name": "UBND"}
             for i, o in enumerate(offices)],
        )  # fmt: skip
        connection.execute(insert(ChangeLog), rows)
    return engine, offices


def _change(seq: int, office_id: uuid.UUID | None) -> dict[str, Any]:
    return {
        "seq": seq,
        "office_id": office_id,
        "kind": "procedure" if office_id is None else "dossier_event",
        "entity_id": str(seq),
        "operation": "upsert",
        "payload": {"n": seq},
    }


def test_pages_hold_the_office_and_common_changes_in_order(change_log) -> None:
    engine, offices = change_log
    office = offices[5]
    expected = [n + 1 for n in range(CHANGES) if n % 10 == 0 or n % OFFICES == 5]
    seen, cursor, has_more = [], 0, True
    with session_scope(make_session_factory(engine)) as session:
        while has_more:
            page = read_page(session, office, cursor, 97)
            assert page.epoch == "e1" and len(page.changes) <= 97
            seen += [change.seq for change in page.changes]
            cursor, has_more = page.next_cursor, page.has_more
        assert read_page(session, office, cursor, 97).changes == []
    assert seen == expected and cursor == expected[-1]


@pytest.mark.postgres
def test_a_page_is_read_from_index_only_scans_on_postgresql(postgres_url: str) -> None:
    engine, offices = _filled_log(postgres_url)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE change_log"))
        for after in (0, CHANGES - 500):
            plan = _plan(engine, page_numbers(offices[5], after, 201))
            assert "Index Only Scan using ix_change_log_office_seq" in plan, plan
            assert "Index Only Scan using ix_change_log_common_seq" in plan, plan
            assert "Seq Scan" not in plan and "Sort" not in plan.replace("Sort Key", ""), plan
    finally:
        engine.dispose()


def test_a_page_is_read_from_covering_index_searches_on_sqlite(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        upgrade_to_head(engine)
        compiled = page_numbers(uuid.uuid4(), 0, 201).compile(engine)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            values = [compiled.params[name] for name in compiled.positiontup or ()]
            values = [v if isinstance(v, int) else str(v) for v in values]
            plan = [row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {compiled}", values)]
    finally:
        engine.dispose()
    searches = [step for step in plan if step.startswith("SEARCH change_log USING COVERING")]
    assert len(searches) == 2, plan  # the office's range and the common range, index only
    assert not any(step.startswith("SCAN change_log") for step in plan), plan


def _plan(engine: Engine, statement: Any) -> str:
    compiled = statement.compile(dialect=postgresql.dialect())
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        return "\n".join(row[0] for row in rows)
