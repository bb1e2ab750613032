"""A batch's new rows as one COPY (PostgreSQL) or one insert (SQLite): the same rows stored,
the same errors raised (``bulk_insert``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError, StatementError

from central_server.bulk_insert import insert_rows
from central_server.db import make_engine, upgrade_to_head
from central_server.models import CentralDossier, CentralOffice

HANOI = timezone(timedelta(hours=7))


@pytest.fixture
def central(database_url: str) -> Iterator[tuple[Engine, uuid.UUID]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    office = uuid.uuid4()
    with engine.begin() as connection:
        connection.execute(
            insert(CentralOffice), [{"id": office, "unit_code": "000.00.01.H56", "name": "UBND"}]
        )
    yield engine, office
    engine.dispose()


def _dossier(office: uuid.UUID, number: int, **values) -> dict:
    return {
        "id": uuid.uuid4(), "office_id": office, "code": f"000.00.01.H56-261202-{number:04d}",
        "procedure_code": "1.001193", "channel": 1, "status": 2, "status_origin": "office",
        "last_office_seq": number,
        "received_at": datetime(2026, 12, 2, 9, 30, tzinfo=HANOI), "due_at": None,
        "owner_name": "Nguyễn Thị Hồng", "payload": {"applicant": {"full_name": "Nguyễn Thị Hồng"},
        "documents": [{"name": "Tờ khai", "copies": 1}]},
        "updated_at": datetime(2026, 12, 2, 2, 30, tzinfo=UTC),
    } | values  # fmt: skip


def test_rows_are_stored_as_an_insert_would_store_them(central) -> None:
    engine, office = central
    rows = [_dossier(office, n) for n in range(1, 201)]
    with engine.begin() as connection:
        insert_rows(connection, CentralDossier.__table__, rows)
        insert_rows(connection, CentralDossier.__table__, [])
    with engine.connect() as connection:
        stored = {row.id: row for row in connection.execute(select(CentralDossier))}
    assert len(stored) == 200
    first = stored[rows[0]["id"]]
    assert first.received_at == datetime(2026, 12, 2, 2, 30, tzinfo=UTC)  # in UTC
    assert first.due_at is None and first.owner_name == "Nguyễn Thị Hồng"
    assert first.payload == rows[0]["payload"]


def test_a_key_clash_is_an_integrity_error_and_stores_nothing(central) -> None:
    engine, office = central
    rows = [_dossier(office, n) for n in range(1, 4)]
    rows[2]["id"] = rows[0]["id"]
    with pytest.raises(IntegrityError), engine.begin() as connection:
        insert_rows(connection, CentralDossier.__table__, rows)
    with engine.connect() as connection:
        assert connection.execute(select(CentralDossier.id)).all() == []


def test_a_value_its_column_refuses_is_a_statement_error(central) -> None:
    engine, office = central
    naive = _dossier(office, 1, received_at=datetime(2026, 12, 2, 9, 30))
    with pytest.raises(StatementError), engine.begin() as connection:
        insert_rows(connection, CentralDossier.__table__, [_dossier(office, 2), naive])
    with engine.connect() as connection:
        assert connection.execute(select(CentralDossier.id)).all() == []
