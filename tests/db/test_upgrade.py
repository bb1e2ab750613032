"""Upgrading a database filled under an older schema keeps every row.

No release has shipped yet, so the "previous releases" are the schema levels the project has
gone through; when a release ships, its revision joins ``PREVIOUS_RELEASES``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select

from desktop_app.storage.database import make_engine
from desktop_app.storage.migrate import (
    current_revision,
    head_revision,
    upgrade_to,
    upgrade_to_head,
)
from desktop_app.storage.models import Base

PREVIOUS_RELEASES = ["0001", "0002", "0004", "0006"]
OFFICE, PROC, STAFF, APPL, AREA, TICKET, DOSSIER, EVENT = (uuid.uuid4() for _ in range(8))
MOMENT = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)


def sample_rows() -> dict[str, list[dict[str, object]]]:
    """One of each kind of row, with every column the oldest schema requires."""
    return {
        "office": [
            {
                "id": OFFICE,
                "code": "000.00.06.H56",
                "name": "UBND Phường Hàng Bạc",
                "address": "",
                "created_at": MOMENT,
            }
        ],
        "procedure": [
            {
                "id": PROC,
                "code": "1.004873",
                "name": "Cấp Giấy xác nhận",
                "name_key": "cap giay xac nhan",
                "field": "Hộ tịch",
                "limit_amount": Decimal("3.00"),
                "limit_unit": "working_days",
                "same_day": False,
                "fee_text": "",
                "required_documents": ["Tờ khai"],
                "active": True,
                "updated_at": MOMENT,
            }
        ],
        "staff": [
            {
                "id": STAFF,
                "office_id": OFFICE,
                "username": "canbo1",
                "full_name": "Nguyễn Thị Hồng Nhung",
                "role": "reception",
                "active": True,
                "failed_attempts": 0,
                "created_at": MOMENT,
                "password_hash": "x",
            }
        ],
        "applicant": [
            {
                "id": APPL,
                "full_name": "Lê Văn Đức",
                "name_key": "le van duc",
                "id_type": "cccd",
                "id_number": "001085012345",
                "address": "",
                "created_at": MOMENT,
            }
        ],
        "service_area": [
            {
                "id": AREA,
                "office_id": OFFICE,
                "code": "A",
                "name": "Hộ tịch",
                "ticket_prefix": "A",
                "number_width": 3,
                "active": True,
            }
        ],
        "queue_ticket": [
            {
                "id": TICKET,
                "office_id": OFFICE,
                "area_id": AREA,
                "local_day": date(2026, 3, 2),
                "number": 12,
                "display_number": "A012",
                "status": "done",
                "issued_at": MOMENT,
                "arrival_at": MOMENT,
                "recall_count": 0,
                "counter_number": 1,
            }
        ],
        "dossier": [
            {
                "id": DOSSIER,
                "code": "000.00.06.H56-260302-0001",
                "office_id": OFFICE,
                "procedure_id": PROC,
                "applicant_id": APPL,
                "name_key": "le van duc",
                "id_number": "001085012345",
                "channel": 1,
                "status": 4,
                "received_at": MOMENT,
                "due_at": MOMENT,
                "extended": False,
                "sets_count": 1,
                "fee_text": "",
                "documents": [],
                "return_method": "counter",
                "visit_ticket_id": TICKET,
                "received_by_id": STAFF,
                "updated_at": MOMENT,
            }
        ],
        "dossier_event": [
            {
                "id": EVENT,
                "dossier_id": DOSSIER,
                "at": MOMENT,
                "kind": "received",
                "staff_id": STAFF,
                "to_status": 2,
                "note": "Tiếp nhận",
            }
        ],
        "daily_counter": [
            {"scope": "dossier:000.00.06.H56", "local_day": date(2026, 3, 2), "last_value": 1}
        ],
    }


def _fill(engine, revision_tables: dict[str, set[str]]) -> None:
    rows = sample_rows()
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            for row in rows.get(table.name, []):
                kept = {k: v for k, v in row.items() if k in revision_tables[table.name]}
                connection.execute(table.insert().values(**kept))


@pytest.mark.parametrize("previous", PREVIOUS_RELEASES)
def test_upgrade_from_an_older_schema_keeps_every_row(database_url: str, previous: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade_to(engine, previous)
        inspector = inspect(engine)
        columns = {
            t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()
        }
        _fill(engine, columns)
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            for name, rows in sample_rows().items():
                table = Base.metadata.tables[name]
                stored = [dict(r) for r in connection.execute(select(table)).mappings()]
                assert len(stored) == len(rows), name
                for key, value in rows[0].items():
                    if key in columns[name]:
                        assert stored[0][key] == value, (name, key)
    finally:
        engine.dispose()
