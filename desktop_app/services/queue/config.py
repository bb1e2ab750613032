"""Queue configuration: service areas, counters with their areas, priority groups, notice line.

Edited from the CLI (``desktop-app queue area|counter|priority ...``) and later the admin
window. Functions take the caller's session and return frozen dataclasses.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.storage.models import (
    Counter,
    CounterArea,
    QueueBoard,
    QueueCounterState,
    QueuePriorityGroup,
    ServiceArea,
    utc_now,
)

DEFAULT_PRIORITY_GROUPS = (
    ("elderly", "Người cao tuổi"),
    ("disability", "Người khuyết tật"),
    ("pregnant", "Phụ nữ mang thai"),
    ("small_child", "Người đi cùng trẻ nhỏ"),
    ("meritorious", "Người có công với cách mạng"),
)
_PREFIX_RE = re.compile(r"^[A-Z]{1,4}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,20}$")
_GROUP_RE = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class AreaInfo:
    code: str
    name: str
    ticket_prefix: str
    number_width: int
    daily_cap: int | None
    opens_at: time | None
    closes_at: time | None
    active: bool


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    active: bool
    areas: tuple[str, ...]
    paused: bool = False
    pause_reason: str = ""


@dataclass(frozen=True)
class PriorityGroupInfo:
    code: str
    label: str
    sort_order: int
    active: bool


def _area_info(area: ServiceArea) -> AreaInfo:
    return AreaInfo(
        area.code,
        area.name,
        area.ticket_prefix,
        area.number_width,
        area.daily_cap,
        area.opens_at,
        area.closes_at,
        bool(area.active),
    )


def area_is_open(area: AreaInfo, local_time: time) -> bool:
    """Active and within its opening hours (no hours: always)."""
    if not area.active:
        return False
    if area.opens_at is not None and local_time < area.opens_at:
        return False
    return not (area.closes_at is not None and local_time >= area.closes_at)


def list_areas(session: Session, office_id: uuid.UUID) -> list[AreaInfo]:
    """Every service area of the office, by code."""
    rows = session.scalars(
        select(ServiceArea).where(ServiceArea.office_id == office_id).order_by(ServiceArea.code)
    )
    return [_area_info(a) for a in rows]


def get_area_row(session: Session, office_id: uuid.UUID, code: str) -> ServiceArea:
    """The area row with ``code``.

    Raises:
        NotFound: no such area.
    """
    area = session.scalars(
        select(ServiceArea).where(ServiceArea.office_id == office_id, ServiceArea.code == code)
    ).one_or_none()
    if area is None:
        raise NotFound(f"no service area {code!r}", f"Không có lĩnh vực {code}.")
    return area


def _check_area_values(prefix: str | None, width: int | None, cap: int | None) -> None:
    if prefix is not None and not _PREFIX_RE.match(prefix):
        raise ServiceError(
            f"ticket prefix {prefix!r} must be 1 to 4 capital letters A-Z",
            "Ký hiệu số phải gồm 1 đến 4 chữ cái in hoa A-Z.",
        )
    if width is not None and width not in (3, 4):
        raise ServiceError("number width must be 3 or 4", "Độ dài số phải là 3 hoặc 4.")
    if cap is not None and cap < 1:
        raise ServiceError("daily cap must be at least 1", "Số phiếu tối đa phải từ 1 trở lên.")


def _check_unique(session: Session, office_id: uuid.UUID, column: Any, value: str) -> None:
    taken = session.scalar(
        select(func.count())
        .select_from(ServiceArea)
        .where(ServiceArea.office_id == office_id, column == value)
    )
    if taken:
        raise ServiceError(f"{value!r} is already used by another area", f"{value} đã được dùng.")


def add_area(
    session: Session,
    office_id: uuid.UUID,
    *,
    code: str,
    name: str,
    ticket_prefix: str,
    number_width: int = 3,
    daily_cap: int | None = None,
    opens_at: time | None = None,
    closes_at: time | None = None,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> AreaInfo:
    """Add a service area and audit it (``actor_id``: who, at ``at``; default now).

    Raises:
        ServiceError: a bad value, or the code or prefix is taken.
    """
    if not _CODE_RE.match(code) or not name.strip():
        raise ServiceError("an area needs a code (letters, digits) and a name", "Thiếu mã/tên.")
    _check_area_values(ticket_prefix, number_width, daily_cap)
    _check_unique(session, office_id, ServiceArea.code, code)
    _check_unique(session, office_id, ServiceArea.ticket_prefix, ticket_prefix)
    area = ServiceArea(
        id=uuid.uuid4(),
        office_id=office_id,
        code=code,
        name=name.strip(),
        ticket_prefix=ticket_prefix,
        number_width=number_width,
        daily_cap=daily_cap,
        opens_at=opens_at,
        closes_at=closes_at,
        active=True,
    )
    session.add(area)
    session.flush()
    record_audit(session, "area_added", "service_area", code, staff_id=actor_id, at=at)
    return _area_info(area)


AREA_FIELDS = (
    "name",
    "ticket_prefix",
    "number_width",
    "daily_cap",
    "opens_at",
    "closes_at",
    "active",
)


def set_area(
    session: Session,
    office_id: uuid.UUID,
    code: str,
    *,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
    **changes: Any,
) -> AreaInfo:
    """Change fields of an area (``AREA_FIELDS``); ``daily_cap=None`` etc. clear a value.

    The change is audited (``actor_id``: who, at ``at``; default now).

    Raises:
        NotFound: no such area.
        ServiceError: a bad value or a prefix another area uses.
    """
    unknown = set(changes) - set(AREA_FIELDS)
    if unknown:
        raise ServiceError(f"unknown area fields: {', '.join(sorted(unknown))}")
    area = get_area_row(session, office_id, code)
    _check_area_values(
        changes.get("ticket_prefix"), changes.get("number_width"), changes.get("daily_cap")
    )
    prefix = changes.get("ticket_prefix")
    if prefix is not None and prefix != area.ticket_prefix:
        _check_unique(session, office_id, ServiceArea.ticket_prefix, prefix)
    for name, value in changes.items():
        setattr(area, name, value)
    session.flush()
    record_audit(session, "area_changed", "service_area", code, staff_id=actor_id, at=at)
    return _area_info(area)


# --- counters ---------------------------------------------------------------------------


def _counter_row(session: Session, office_id: uuid.UUID, number: int) -> Counter:
    counter = session.scalars(
        select(Counter).where(Counter.office_id == office_id, Counter.number == number)
    ).one_or_none()
    if counter is None:
        raise NotFound(f"no counter {number}", f"Không có quầy số {number}.")
    return counter


def _counter_info(session: Session, counter: Counter) -> CounterInfo:
    codes = {a.id: a.code for a in session.scalars(select(ServiceArea))}
    state = session.get(QueueCounterState, counter.id)
    return CounterInfo(
        counter.number,
        counter.name,
        bool(counter.active),
        tuple(codes[link.area_id] for link in counter.areas),
        bool(state and state.paused),
        state.pause_reason if state else "",
    )


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
    if number < 1:
        raise ServiceError("a counter number is at least 1", "Số quầy phải từ 1 trở lên.")
    exists = session.scalars(
        select(Counter.id).where(Counter.office_id == office_id, Counter.number == number)
    ).first()
    if exists:
        raise ServiceError(f"counter {number} exists already", f"Quầy số {number} đã có.")
    counter = Counter(id=uuid.uuid4(), office_id=office_id, number=number, name=name, active=True)
    counter.areas = _area_links(session, office_id, areas)
    session.add(counter)
    session.flush()
    return _audited_counter(session, counter, "counter_added", actor_id, at)


def _audited_counter(
    session: Session, counter: Counter, action: str, actor_id: uuid.UUID | None,
    at: datetime | None,
) -> CounterInfo:  # fmt: skip
    info = _counter_info(session, counter)
    record_audit(session, action, "counter", str(info.number), staff_id=actor_id, at=at,
                 detail=",".join(info.areas))  # fmt: skip
    return info


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
        counter.areas = []
        session.flush()
        counter.areas = _area_links(session, office_id, areas)
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


# --- priority groups --------------------------------------------------------------------


def effective_priority_groups(
    session: Session, office_id: uuid.UUID, *, active_only: bool = True
) -> list[PriorityGroupInfo]:
    """The office's priority groups; the national defaults while none are configured."""
    rows = list(
        session.scalars(
            select(QueuePriorityGroup)
            .where(QueuePriorityGroup.office_id == office_id)
            .order_by(QueuePriorityGroup.sort_order, QueuePriorityGroup.code)
        )
    )
    if not rows:
        return [
            PriorityGroupInfo(code, label, index + 1, True)
            for index, (code, label) in enumerate(DEFAULT_PRIORITY_GROUPS)
        ]
    groups = [PriorityGroupInfo(r.code, r.label, r.sort_order, bool(r.active)) for r in rows]
    return [g for g in groups if g.active or not active_only]


def _materialise_defaults(session: Session, office_id: uuid.UUID) -> None:
    """Store the default groups before the first edit, so that editing one keeps the others."""
    exists = session.scalars(
        select(QueuePriorityGroup.id).where(QueuePriorityGroup.office_id == office_id)
    ).first()
    if exists:
        return
    for index, (code, label) in enumerate(DEFAULT_PRIORITY_GROUPS):
        session.add(
            QueuePriorityGroup(
                id=uuid.uuid4(),
                office_id=office_id,
                code=code,
                label=label,
                sort_order=index + 1,
                active=True,
            )
        )
    session.flush()


def set_priority_group(
    session: Session,
    office_id: uuid.UUID,
    code: str,
    *,
    label: str | None = None,
    sort_order: int | None = None,
    active: bool | None = None,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> PriorityGroupInfo:
    """Add a priority group (a label is needed) or change one; the change is audited.

    Raises:
        ServiceError: a bad code, or a new group without a label.
    """
    if not _GROUP_RE.match(code):
        raise ServiceError("a group code is lower-case letters, digits and _", "Mã nhóm sai.")
    _materialise_defaults(session, office_id)
    row = session.scalars(
        select(QueuePriorityGroup).where(
            QueuePriorityGroup.office_id == office_id, QueuePriorityGroup.code == code
        )
    ).one_or_none()
    if row is None:
        if not label:
            raise ServiceError("a new priority group needs a label", "Nhóm mới cần có tên.")
        count = session.scalar(
            select(func.count()).where(QueuePriorityGroup.office_id == office_id)
        )
        row = QueuePriorityGroup(
            id=uuid.uuid4(), office_id=office_id, code=code, label=label, active=True,
            sort_order=int(count or 0) + 1,
        )  # fmt: skip
        session.add(row)
    if label:
        row.label = label
    if sort_order is not None:
        row.sort_order = sort_order
    if active is not None:
        row.active = active
    session.flush()
    record_audit(session, "priority_group_saved", "priority_group", code, staff_id=actor_id, at=at)
    return PriorityGroupInfo(row.code, row.label, row.sort_order, bool(row.active))


# --- the notice line --------------------------------------------------------------------


def set_notice(
    session: Session,
    office_id: uuid.UUID,
    text: str,
    *,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> str:
    """The notice line every display shows (empty: none); the change is audited."""
    from desktop_app.services.queue.tickets import bump_board

    bump_board(session, office_id)
    board = session.get(QueueBoard, office_id)
    assert board is not None
    board.notice = text.strip()
    board.updated_at = utc_now()
    session.flush()
    record_audit(session, "display_notice_changed", "queue_board", office_id, staff_id=actor_id,
                 at=at)  # fmt: skip
    return board.notice
