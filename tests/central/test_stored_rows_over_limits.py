"""Rows stored before the limits existed: kept as they are, never cut, replaced by a valid push.

The limits equal the central columns' sizes, so no column is narrowed and no migration
rewrites data. What the database could hold before (a control character, a year-1990 moment,
a due date before reception, on SQLite a name longer than its column) stays untouched until
the office pushes a valid state; a junk push is rejected and leaves the row as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from central_server.db import session_scope, upgrade_to_head
from central_server.models import CentralDossier, CentralOffice
from tests.central.test_hostile_ops import UNIT, Central, dossier_op

LEGACY_AT = datetime(1990, 5, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def central(database_url: str) -> Iterator[Central]:
    made = Central(database_url)
    yield made
    made.engine.dispose()


def _legacy_name(central: Central) -> str:
    """The longest junk this backend holds: SQLite keeps a name over its column's size."""
    name = "Nguyễn\x01Văn\x1bAn"
    return name + "A" * 300 if central.engine.dialect.name == "sqlite" else name


def _plant_legacy_dossier(central: Central, number: int) -> dict[str, Any]:
    op = dossier_op(number)
    with session_scope(central.factory) as session:
        office = session.scalars(select(CentralOffice).where(CentralOffice.unit_code == UNIT)).one()
        session.add(
            CentralDossier(
                id=uuid.UUID(op["payload"]["id"]),
                office_id=office.id,
                code=op["payload"]["code"],
                procedure_code="1.001193",
                channel=1,
                status=2,
                status_origin="office",
                received_at=LEGACY_AT,
                due_at=datetime(1989, 1, 1, tzinfo=UTC),
                owner_name=_legacy_name(central),
                last_office_seq=0,
                payload={"legacy": "x\x01y", "count": 2**70},
            )
        )
    return op


def _stored(central: Central, code: str) -> tuple[Any, ...]:
    with session_scope(central.factory) as session:
        row = session.scalars(select(CentralDossier).where(CentralDossier.code == code)).one()
        return (row.owner_name, row.received_at, row.due_at, row.payload, row.last_office_seq)


def test_legacy_rows_survive_the_upgrade_uncut(central) -> None:
    op = _plant_legacy_dossier(central, 1)
    before = _stored(central, op["payload"]["code"])
    upgrade_to_head(central.engine)
    assert _stored(central, op["payload"]["code"]) == before
    assert before[0] == _legacy_name(central) and before[1] == LEGACY_AT


def test_a_junk_push_leaves_a_legacy_row_as_it_was(central) -> None:
    op = _plant_legacy_dossier(central, 1)
    before = _stored(central, op["payload"]["code"])
    junk = dossier_op(1, id=op["payload"]["id"], owner_name="B" * 201) | {"seq": 5}
    junk["entity_id"] = junk["payload"]["id"] = op["payload"]["id"]
    assert central.push([junk])[0]["outcome"] == "rejected"
    assert _stored(central, op["payload"]["code"]) == before


def test_a_valid_push_replaces_a_legacy_row(central) -> None:
    op = _plant_legacy_dossier(central, 1)
    fresh = dossier_op(1, owner_name="Nguyễn Văn An") | {"seq": 5}
    fresh["entity_id"] = fresh["payload"]["id"] = op["payload"]["id"]
    assert central.push([fresh])[0]["outcome"] == "applied"
    name, received_at, due_at, payload, seq = _stored(central, op["payload"]["code"])
    assert name == "Nguyễn Văn An" and received_at.year == 2026 and due_at >= received_at
    assert "legacy" not in payload and seq == 5
