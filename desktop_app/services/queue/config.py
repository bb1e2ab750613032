"""Queue configuration, one door for the CLI and the admin window: areas, counters, priority
groups, and the notice line every display shows.

The rules of each live in their own module (``areas``, ``counters``, ``priority_groups``);
this module names them together for the callers that edit the configuration. Functions take
the caller's session and return frozen dataclasses.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.queue.areas import (
    AREA_FIELDS,
    AreaInfo,
    add_area,
    area_is_open,
    get_area_row,
    list_areas,
    set_area,
)
from desktop_app.services.queue.change_number import bump_board
from desktop_app.services.queue.counters import (
    CounterInfo,
    add_counter,
    list_counters,
    open_counter_count,
    set_counter,
)
from desktop_app.services.queue.priority_groups import (
    DEFAULT_PRIORITY_GROUPS,
    PriorityGroupInfo,
    effective_priority_groups,
    set_priority_group,
)
from desktop_app.storage.models import QueueBoard, utc_now

__all__ = [
    "AREA_FIELDS",
    "DEFAULT_PRIORITY_GROUPS",
    "AreaInfo",
    "CounterInfo",
    "PriorityGroupInfo",
    "add_area",
    "add_counter",
    "area_is_open",
    "effective_priority_groups",
    "get_area_row",
    "list_areas",
    "list_counters",
    "open_counter_count",
    "set_area",
    "set_counter",
    "set_notice",
    "set_priority_group",
]


def set_notice(
    session: Session,
    office_id: uuid.UUID,
    text: str,
    *,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> str:
    """The notice line every display shows (empty: none); the change is audited."""
    bump_board(session, office_id)
    board = session.get(QueueBoard, office_id)
    assert board is not None
    board.notice = text.strip()
    board.updated_at = utc_now()
    session.flush()
    record_audit(
        session, "display_notice_changed", "queue_board", office_id, staff_id=actor_id, at=at
    )
    return board.notice
