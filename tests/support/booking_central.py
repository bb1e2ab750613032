"""A central server taking bookings: an office that pushed its booking settings and a day.

Every day of the week is a working day with one morning window, so the slots of the day used
(tomorrow, made a working day by the office's own ``office_calendar_day`` op even if it is a
public holiday) are known: 08:00, 08:30, … 11:30. The office pushes through the real push
route with an enrolled device.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from motcua_core.booking_payloads import booking_config_id, office_calendar_day_id
from motcua_core.domain.work_calendar import vietnam_tz

AREA = "TP"
AREA_NAME = "Tư pháp – Hộ tịch"
SLOTS_PER_DAY = 8


def booking_day() -> date:
    """Tomorrow, local time of the office."""
    return datetime.now(vietnam_tz()).date() + timedelta(days=1)


def slot(day: date, hour: int, minute: int = 0) -> str:
    """The ISO start of a slot of ``day`` (local time)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=vietnam_tz()).isoformat()


def op(entity: str, entity_id: uuid.UUID, payload: dict[str, Any], seq: int) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "seq": seq,
        "entity": entity,
        "entity_id": str(entity_id),
        "operation": "upsert",
        "payload": {"id": str(entity_id), **payload},
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }


def config_op(unit: str, seq: int = 1, **changes: Any) -> dict[str, Any]:
    """The area's booking settings: 30 minutes, 2 places, 14 days ahead, 08:00–12:00 daily."""
    payload = {
        "area_code": AREA,
        "area_name": AREA_NAME,
        "minutes": 30,
        "places": 2,
        "days_ahead": 14,
        "enabled": True,
        "windows": [{"start": "08:00", "end": "12:00"}],
        "working_days": [0, 1, 2, 3, 4, 5, 6],
        "updated_at": datetime.now(UTC).isoformat(),
    } | changes
    area = payload["area_code"]
    return op("booking_config", booking_config_id(unit, area), payload, seq)


def day_op(unit: str, day: date, working: bool, seq: int, removed: bool = False) -> dict:
    payload = {
        "day": day.isoformat(),
        "is_working_day": working,
        "removed": removed,
        "updated_at": datetime.now(UTC).isoformat(),
    }
    return op("office_calendar_day", office_calendar_day_id(unit, day.isoformat()), payload, seq)


def visit_op(booking_id: str, code: str, state: str, seq: int) -> dict[str, Any]:
    payload = {"code": code, "state": state, "at": datetime.now(UTC).isoformat()}
    return op("booking_visit", uuid.UUID(booking_id), payload, seq)


def setup_ops(unit: str, **changes: Any) -> list[dict[str, Any]]:
    """Settings, tomorrow a working day, the day after an office's day off."""
    day = booking_day()
    return [
        config_op(unit, 1, **changes),
        day_op(unit, day, True, 2),
        day_op(unit, day + timedelta(days=2), False, 3),
    ]


def push_body(ops: list[dict[str, Any]]) -> dict[str, Any]:
    return {"batch_id": str(uuid.uuid4()), "ops": ops}


def booking_body(unit: str, start: str, phone: str = "0912345678", **extra: Any) -> dict:
    return {
        "office": unit,
        "area": AREA,
        "start": start,
        "name": "Nguyễn Thị Hoa",
        "phone": phone,
    } | extra
