"""Counters (quầy) and the service areas each serves, most preferred first.

Edited from the CLI (``desktop-app queue counter ...``) and the admin window; every change is
audited with the counter's areas. Functions take the caller's session and return frozen
dataclasses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.queue.areas import get_area_row
from desktop_app.storage.models import Counter, CounterArea, QueueCounterState, ServiceArea


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    active: bool
    areas: tuple[str, ...]
    paused: bool = False
    pause_reason: str = ""


def _counter_row(session: Session, office_id: uuid.UUID, number: int) -> Counter:
    counter = session.scalars(
        select(Counter).where(Counter.office_id == office_id, Counter.number == number)
    ).one_or_none()
    if counter is None:
        raise NotFound(f"no counter {number}", f"Không có quầy số {number}.")
    return counter


def _area_codes_by_id(session: Session) -> dict[uuid.UUID, str]:
    return {a.id: a.code for a in session.scalars(select(ServiceArea))}


def _counter_info(session: Session, counter: Counter) -> CounterInfo:
    codes = _area_codes_by_id(session)
    areas = tuple(codes[link.area_id] for link in counter.areas)
    state = session.get(QueueCounterState, counter.id)
    paused, reason = (bool(state.paused), state.pause_reason) if state else (False, "")
    return CounterInfo(counter.number, counter.name, bool(counter.active), areas, paused, reason)


def list_counters(session: Session, office_id: uuid.UUID) -> list[CounterInfo]:
    """Every counter of the office, by number, with its areas in order of preference."""
    rows = session.scalars(
        select(Counter).where(Counter.office_id == office_id).order_by(Counter.number)
    )
    return [_counter_info(session, c) for c in rows]


def _area_links(session: Session, office_id: uuid.UUID, codes: list[str]) -> list[CounterArea]:
    if len(set(codes)) != len(codes):
        raise ServiceError("an area is listed twice", "Một lĩnh vực bị lặp lại.")
    return [
        CounterArea(area_id=get_area_row(session, office_id, code).id, preference=index + 1)
        for index, code in enumerate(codes)
    ]


def _check_new_number(session: Session, office_id: uuid.UUID, number: int) -> None:
    """A new counter's number is positive and not taken."""
    if number < 1:
        raise ServiceError("a counter number is at least 1", "Số quầy phải từ 1 trở lên.")
    exists = session.scalars(
        select(Counter.id).where(Counter.office_id == office_id, Counter.number == number)
    ).first()
    if exists:
        raise ServiceError(f"counter {number} exists already", f"Quầy số {number} đã có.")


def add_counter(
    session: Session,
    office_id: uuid.UUID,
    *,
    number: int,
    name: str,
    areas: list[str],
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> CounterInfo:
    """Add a counter serving ``areas`` (area codes, most preferred first) and audit it.

    Raises:
        ServiceError: the number is taken or not positive; NotFound: an unknown area.
    """
    _check_new_number(session, office_id, number)
    counter = Counter(id=uuid.uuid4(), office_id=office_id, number=number, name=name, active=True)
    counter.areas = _area_links(session, office_id, areas)
    session.add(counter)
    session.flush()
    return _audited_counter(session, counter, "counter_added", actor_id, at)


def _audited_counter(
    session: Session,
    counter: Counter,
    action: str,
    actor_id: uuid.UUID | None,
    at: datetime | None,
) -> CounterInfo:
    """Audit the change as ``action`` (its detail: the counter's areas); the plain view."""
    info = _counter_info(session, counter)
    areas = ",".join(info.areas)
    record_audit(
        session, action, "counter", str(info.number), staff_id=actor_id, at=at, detail=areas
    )
    return info


def _replace_areas(
    session: Session, office_id: uuid.UUID, counter: Counter, codes: list[str]
) -> None:
    """The counter serves ``codes`` now (the old links are deleted first)."""
    counter.areas = []
    session.flush()
    counter.areas = _area_links(session, office_id, codes)


def set_counter(
    session: Session,
    office_id: uuid.UUID,
    number: int,
    *,
    name: str | None = None,
    areas: list[str] | None = None,
    active: bool | None = None,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> CounterInfo:
    """Rename a counter, replace its areas, or (de)activate it; the change is audited.

    Raises:
        NotFound: no such counter or area.
    """
    counter = _counter_row(session, office_id, number)
    if name is not None:
        counter.name = name
    if active is not None:
        counter.active = active
    if areas is not None:
        _replace_areas(session, office_id, counter, areas)
    session.flush()
    return _audited_counter(session, counter, "counter_changed", actor_id, at)


def open_counter_count(session: Session, area_id: uuid.UUID) -> int:
    """Active counters serving ``area_id`` that are not paused."""
    count = session.scalar(
        select(func.count())
        .select_from(CounterArea)
        .join(Counter, Counter.id == CounterArea.counter_id)
        .outerjoin(QueueCounterState, QueueCounterState.counter_id == Counter.id)
        .where(
            CounterArea.area_id == area_id,
            Counter.active.is_(True),
            func.coalesce(QueueCounterState.paused, False).is_(False),
        )
    )
    return int(count or 0)
