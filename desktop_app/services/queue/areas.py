"""Service areas (lĩnh vực): ticket prefix, number width, daily cap and opening hours.

Edited from the CLI (``desktop-app queue area ...``) and the admin window; every change is
audited. Functions take the caller's session and return frozen dataclasses.
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
from desktop_app.storage.models import ServiceArea

_PREFIX_RE = re.compile(r"^[A-Z]{1,4}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,20}$")
NUMBER_WIDTHS = (3, 4)

AREA_FIELDS = (
    "name",
    "ticket_prefix",
    "number_width",
    "daily_cap",
    "opens_at",
    "closes_at",
    "active",
)


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


def within_hours(opens_at: time | None, closes_at: time | None, local_time: time) -> bool:
    """Within the opening hours ``opens_at`` to ``closes_at`` (a missing bound: no limit)."""
    if opens_at is not None and local_time < opens_at:
        return False
    return closes_at is None or local_time < closes_at


def area_is_open(area: AreaInfo, local_time: time) -> bool:
    """Active and within its opening hours (no hours: always)."""
    return area.active and within_hours(area.opens_at, area.closes_at, local_time)


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


def _check_prefix(prefix: str | None) -> None:
    if prefix is not None and not _PREFIX_RE.match(prefix):
        raise ServiceError(
            f"ticket prefix {prefix!r} must be 1 to 4 capital letters A-Z",
            "Ký hiệu số phải gồm 1 đến 4 chữ cái in hoa A-Z.",
        )


def _check_area_values(prefix: str | None, width: int | None, cap: int | None) -> None:
    """Refuse a bad ticket prefix, number width or daily cap (None: not being set)."""
    _check_prefix(prefix)
    if width is not None and width not in NUMBER_WIDTHS:
        raise ServiceError("number width must be 3 or 4", "Độ dài số phải là 3 hoặc 4.")
    if cap is not None and cap < 1:
        raise ServiceError("daily cap must be at least 1", "Số phiếu tối đa phải từ 1 trở lên.")


def _check_unique(session: Session, office_id: uuid.UUID, column: Any, value: str) -> None:
    """Refuse ``value`` when another area of the office has it in ``column``."""
    taken = session.scalar(
        select(func.count())
        .select_from(ServiceArea)
        .where(ServiceArea.office_id == office_id, column == value)
    )
    if taken:
        raise ServiceError(f"{value!r} is already used by another area", f"{value} đã được dùng.")


def _audited_area(
    session: Session,
    area: ServiceArea,
    action: str,
    actor_id: uuid.UUID | None,
    at: datetime | None,
) -> AreaInfo:
    """Write the change, audit it as ``action`` and return the area's plain view."""
    session.flush()
    record_audit(session, action, "service_area", area.code, staff_id=actor_id, at=at)
    return _area_info(area)


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
    return _audited_area(session, area, "area_added", actor_id, at)


def _check_changes(
    session: Session, office_id: uuid.UUID, area: ServiceArea, changes: dict[str, Any]
) -> None:
    """Refuse bad new values, and a new prefix another area of the office uses."""
    _check_area_values(
        changes.get("ticket_prefix"), changes.get("number_width"), changes.get("daily_cap")
    )
    prefix = changes.get("ticket_prefix")
    if prefix is not None and prefix != area.ticket_prefix:
        _check_unique(session, office_id, ServiceArea.ticket_prefix, prefix)


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
    _check_changes(session, office_id, area, changes)
    for name, value in changes.items():
        setattr(area, name, value)
    return _audited_area(session, area, "area_changed", actor_id, at)
