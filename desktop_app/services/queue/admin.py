"""The administrator's changes to the queue: areas, counters, priority groups, notice, fairness.

Thin wrappers over ``areas``, ``counters`` and ``priority_groups`` (which audit each change,
whichever door it comes through) that bump the display board's change number, so every display
and counter panel shows a new counter or notice within a second.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.services.office.settings import set_office_setting
from desktop_app.services.queue.areas import AreaInfo, add_area, list_areas, set_area
from desktop_app.services.queue.change_number import bump_board
from desktop_app.services.queue.config import set_notice
from desktop_app.services.queue.counters import (
    CounterInfo,
    add_counter,
    list_counters,
    set_counter,
)
from desktop_app.services.queue.priority_groups import PriorityGroupInfo, set_priority_group


def _has_area(session: Session, office_id: uuid.UUID, code: str) -> bool:
    return code in {a.code for a in list_areas(session, office_id)}


def _has_counter(session: Session, office_id: uuid.UUID, number: int) -> bool:
    return number in {c.number for c in list_counters(session, office_id)}


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
    values: dict[str, Any] = dict(
        name=name,
        ticket_prefix=ticket_prefix.strip().upper(),
        number_width=number_width,
        daily_cap=daily_cap,
        opens_at=opens_at,
        closes_at=closes_at,
    )
    if _has_area(session, office_id, code):
        info = set_area(session, office_id, code, active=active, actor_id=actor_id, at=at, **values)
    else:
        info = add_area(session, office_id, code=code, actor_id=actor_id, at=at, **values)
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
    given: dict[str, Any] = dict(name=name, areas=areas, actor_id=actor_id, at=at)
    if _has_counter(session, office_id, number):
        info = set_counter(session, office_id, number, active=active, **given)
    else:
        info = add_counter(session, office_id, number=number, **given)
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
    """Add or change the priority group ``code`` (audited by ``set_priority_group``)."""
    changes = dict(label=label, sort_order=sort_order, active=active)
    return set_priority_group(session, office_id, code, **changes, actor_id=actor_id, at=at)


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
    audit = dict(staff_id=actor_id, at=at)
    set_office_setting(session, office_id, "priority_fairness_n", fairness_n, **audit)
    set_office_setting(session, office_id, "priority_strict", strict, **audit)


def save_notice(
    session: Session, office_id: uuid.UUID, text: str, *, actor_id: uuid.UUID | None, at: datetime
) -> str:
    """The notice line of the public displays (``set_notice`` bumps the board)."""
    return set_notice(session, office_id, text, actor_id=actor_id, at=at)
