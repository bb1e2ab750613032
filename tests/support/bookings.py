"""Pulled bookings for tests: a ``booking`` change as the centre sends it, applied here."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from desktop_app.sync.booking_inbox import apply_booking
from motcua_core.domain.booking_code import new_booking_code
from motcua_core.protocol import Change

ID_NUMBER = "001090012345"
CARD = f"{ID_NUMBER}|123456789|Nguyễn Văn An|15031990|Nam|Số 12 phố Lê Lợi, Hà Nội|01022021"


def booking_change(start: datetime, *, area: str = "A", seq: int = 1, **fields: Any) -> Change:
    """A pulled booking of ``area`` at ``start`` (a new id and code unless given)."""
    payload = {
        "id": str(uuid.uuid4()), "code": new_booking_code(), "area_code": area,
        "start": start.isoformat(), "minutes": 30, "name": "Nguyễn Văn An",
        "phone": "0912345678", "id_number": ID_NUMBER, "status": "booked",
        "created_at": start.isoformat(), **fields,
    }  # fmt: skip
    return Change(seq=seq, kind="booking", entity_id=payload["id"], operation="upsert",
                  payload=payload)  # fmt: skip


def pull_booking(session: Any, office_id: uuid.UUID, start: datetime, **fields: Any) -> dict:
    """Apply one pulled booking; its payload (``code``, ``id``)."""
    change = booking_change(start, **fields)
    apply_booking(session, office_id, change)
    session.flush()
    return change.payload
