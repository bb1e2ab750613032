"""The administrator's changes to the queue: areas, counters, priority groups, notice, fairness.

Thin wrappers over ``queue_config`` (which audits each change, whichever door it comes
through) that bump the display board's change number, so every display and counter panel shows
a new counter or notice within a second.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.services.office.settings import set_office_setting
from desktop_app.services.queue import config as queue_config
from desktop_app.services.queue.config import AreaInfo, CounterInfo, PriorityGroupInfo
from desktop_app.services.queue.tickets import bump_board


def save_area(
    session: Session,
    office_id: uuid.UUID,
    *,
    code: str,
    name: str,
    ticket_prefix: str,
    number_width: int,
    daily_cap: int | None,
    opens_at: time | None,
    closes_at: time | None,
    active: bool = True,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> AreaInfo:
    """Add the area ``code`` or change it."""
    known = {a.code for a in queue_config.list_areas(session, office_id)}
    values: dict[str, Any] = dict(
        name=name, ticket_prefix=ticket_prefix.strip().upper(), number_width=number_width,
        daily_cap=daily_cap, opens_at=opens_at, closes_at=closes_at,
    )  # fmt: skip
    if code in known:
        info = queue_config.set_area(session, office_id, code, active=active, actor_id=actor_id,
                                     at=at, **values)  # fmt: skip
    else:
        info = queue_config.add_area(session, office_id, code=code, actor_id=actor_id, at=at,
                                     **values)  # fmt: skip
    bump_board(session, office_id)
    return info


def save_counter(
    session: Session,
    office_id: uuid.UUID,
    *,
    number: int,
    name: str,
    areas: list[str],
    active: bool = True,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> CounterInfo:
    """Add counter ``number`` serving ``areas`` (in order of preference) or change it."""
    known = {c.number for c in queue_config.list_counters(session, office_id)}
    if number in known:
        info = queue_config.set_counter(session, office_id, number, name=name, areas=areas,
                                        active=active, actor_id=actor_id, at=at)  # fmt: skip
    else:
        info = queue_config.add_counter(session, office_id, number=number, name=name, areas=areas,
                                        actor_id=actor_id, at=at)  # fmt: skip
    bump_board(session, office_id)
    return info


def save_priority_group(
    session: Session,
    office_id: uuid.UUID,
    code: str,
    *,
    label: str,
    sort_order: int | None,
    active: bool,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> PriorityGroupInfo:
    return queue_config.set_priority_group(session, office_id, code, label=label,
                                           sort_order=sort_order, active=active,
                                           actor_id=actor_id, at=at)  # fmt: skip


def save_fairness(
    session: Session,
    office_id: uuid.UUID,
    *,
    fairness_n: int,
    strict: bool,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> None:
    """The fairness rule every counter of the office follows."""
    set_office_setting(session, office_id, "priority_fairness_n", fairness_n, staff_id=actor_id,
                       at=at)  # fmt: skip
    set_office_setting(session, office_id, "priority_strict", strict, staff_id=actor_id, at=at)


def save_notice(
    session: Session, office_id: uuid.UUID, text: str, *, actor_id: uuid.UUID | None, at: datetime
) -> str:
    """The notice line of the public displays (``set_notice`` bumps the board)."""
    return queue_config.set_notice(session, office_id, text, actor_id=actor_id, at=at)
