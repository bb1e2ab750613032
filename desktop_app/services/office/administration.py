"""What the administrator changes: office identity, staff, calendar overrides, fee overrides.

Every function takes the acting administrator's id (``actor_id``) and writes an audit row in
the caller's transaction; ``require_admin`` is checked by the administration window for each
action. Staff accounts are never deleted (their history must stay readable): they are
deactivated. Queue configuration is in ``admin_queue``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.office.catalog import ProcedureInfo, procedure_info
from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.outbox_bookings import record_office_calendar_day
from desktop_app.services.staff.accounts import (
    StaffInfo,
    StaffRole,
    add_staff,
    hash_password,
    staff_info,
)
from desktop_app.storage.models import CalendarOverride, Office, Procedure, Staff
from motcua_core.domain.text import normalise_name


@dataclass(frozen=True)
class CalendarOverrideInfo:
    day: date
    is_working_day: bool
    note: str


def require_admin(session: Session, actor_id: uuid.UUID | None) -> StaffInfo:
    """The acting administrator, or ``ServiceError`` when the account may not administer."""
    row = session.get(Staff, actor_id) if actor_id else None
    if row is None or not _may_administer(row):
        raise ServiceError(
            "only an active administrator can change the office configuration",
            "Chỉ quản trị viên mới được thay đổi cấu hình đơn vị.",
        )
    return staff_info(row)


def _may_administer(row: Staff) -> bool:
    return row.active and row.role == StaffRole.ADMIN.value


# --- office identity ------------------------------------------------------------------------


def update_office_identity(
    session: Session,
    office_id: uuid.UUID,
    *,
    name: str,
    address: str,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> OfficeInfo:
    """Rename the office and change its address (the unit code is fixed)."""
    office = _office_row(session, office_id)
    if not name.strip():
        raise ServiceError("the office name is empty", "Chưa nhập tên đơn vị.")
    changed = _changed_fields(office, {"name": name, "address": address})
    office.name, office.address = name.strip(), address.strip()
    session.flush()
    record_audit(session, "office_changed", "office", office.id, staff_id=actor_id, at=at,
                 detail=",".join(changed))  # fmt: skip
    return OfficeInfo(office.id, office.code, office.name, office.address)


def _office_row(session: Session, office_id: uuid.UUID) -> Office:
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("no such office", "Không tìm thấy đơn vị.")
    return office


def _changed_fields(office: Office, wanted: dict[str, str]) -> list[str]:
    """The names of the fields whose value differs from the office's (as given)."""
    return [name for name, value in wanted.items() if getattr(office, name) != value]


# --- staff -----------------------------------------------------------------------------------


def create_staff(
    session: Session,
    office_id: uuid.UUID,
    *,
    username: str,
    full_name: str,
    role: StaffRole | str,
    password: str,
    department: str | None,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> StaffInfo:
    """A new staff account with its role and first password."""
    known_role = _known_role(role)
    return add_staff(session, office_id, username=username, full_name=full_name, role=known_role,
                     password=password, department=department or None, actor_id=actor_id,
                     at=at)  # fmt: skip


def _known_role(role: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(role)
    except ValueError:
        raise ServiceError(f"unknown role {role!r}", "Vai trò không hợp lệ.") from None


def _staff_row(session: Session, username: str) -> Staff:
    row = session.scalars(
        select(Staff).where(Staff.username == username.strip().lower())
    ).one_or_none()
    if row is None:
        raise NotFound(f"no staff account {username!r}", f"Không có tài khoản {username}.")
    return row


def change_staff(
    session: Session,
    username: str,
    *,
    full_name: str | None = None,
    role: StaffRole | str | None = None,
    department: str | None = None,
    active: bool | None = None,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> StaffInfo:
    """Change a staff member's name, role, department or (de)activate the account.

    Raises:
        ServiceError: the administrator would deactivate or demote themselves.
    """
    row = _staff_row(session, username)
    if row.id == actor_id:
        _refuse_own_lock_out(role, active)
    changes = [
        change
        for change in (
            _rename(row, full_name),
            _move_department(row, department),
            _change_role(row, role),
            _set_active(row, active),
        )
        if change
    ]
    session.flush()
    if changes:
        record_audit(session, "staff_changed", "staff", row.id, staff_id=actor_id, at=at,
                     detail=",".join(changes))  # fmt: skip
    return staff_info(row)


def _refuse_own_lock_out(role: StaffRole | str | None, active: bool | None) -> None:
    """An administrator may not deactivate or demote their own account."""
    if active is False or (role and role != StaffRole.ADMIN):
        raise ServiceError(
            "you cannot deactivate or demote your own account",
            "Không thể tự khóa hoặc hạ quyền tài khoản của chính mình.",
        )


# Each change below returns what the audit row says of it, or None when nothing changed.


def _rename(row: Staff, full_name: str | None) -> str | None:
    if full_name is None or not full_name.strip() or row.full_name == full_name.strip():
        return None
    row.full_name = normalise_name(full_name)
    return "full_name"


def _move_department(row: Staff, department: str | None) -> str | None:
    if department is None or (department.strip() or None) == row.department:
        return None
    row.department = department.strip() or None
    return "department"


def _change_role(row: Staff, role: StaffRole | str | None) -> str | None:
    if role is None or row.role == StaffRole(role).value:
        return None
    row.role = StaffRole(role).value
    return f"role={row.role}"


def _set_active(row: Staff, active: bool | None) -> str | None:
    if active is None or row.active == active:
        return None
    row.active = active
    return "activated" if active else "deactivated"


def reset_password(
    session: Session, username: str, new_password: str, *, actor_id: uuid.UUID | None, at: datetime
) -> StaffInfo:
    """Give an account a new password and lift a lock-out."""
    row = _staff_row(session, username)
    row.password_hash = hash_password(new_password)
    row.failed_attempts = 0
    row.locked_until = None
    session.flush()
    record_audit(session, "password_reset", "staff", row.id, staff_id=actor_id, at=at)
    return staff_info(row)


# --- calendar overrides ----------------------------------------------------------------------


def list_calendar_overrides(session: Session, office_id: uuid.UUID) -> list[CalendarOverrideInfo]:
    rows = session.scalars(
        select(CalendarOverride)
        .where(CalendarOverride.office_id == office_id)
        .order_by(CalendarOverride.day)
    )
    return [_override_info(r) for r in rows]


def set_calendar_override(
    session: Session,
    office_id: uuid.UUID,
    day: date,
    *,
    is_working_day: bool,
    note: str,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> CalendarOverrideInfo:
    """Declare ``day`` an extra day off or an extra working day (replacing an earlier entry)."""
    row = _override_row(session, office_id, day)
    if row is None:
        row = CalendarOverride(id=uuid.uuid4(), office_id=office_id, day=day)
        session.add(row)
    row.is_working_day, row.note = is_working_day, note.strip()
    session.flush()
    kind = "working_day" if is_working_day else "day_off"
    record_audit(session, "calendar_override_set", "calendar_override", day.isoformat(),
                 staff_id=actor_id, at=at, detail=kind)  # fmt: skip
    _for_the_centre(session, office_id, day, is_working_day, removed=False, at=at)
    return _override_info(row)


def remove_calendar_override(
    session: Session, office_id: uuid.UUID, day: date, *, actor_id: uuid.UUID | None, at: datetime
) -> bool:
    """Back to the national calendar for ``day``."""
    row = _override_row(session, office_id, day)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    record_audit(session, "calendar_override_removed", "calendar_override", day.isoformat(),
                 staff_id=actor_id, at=at)  # fmt: skip
    _for_the_centre(session, office_id, day, row.is_working_day, removed=True, at=at)
    return True


def _for_the_centre(
    session: Session,
    office_id: uuid.UUID,
    day: date,
    working: bool,
    *,
    removed: bool,
    at: datetime,
) -> None:
    """The override's op, so the centre's booking slots follow the office's own calendar."""
    unit_code = session.get_one(Office, office_id).code
    record_office_calendar_day(session, unit_code, day, working, removed=removed, at=at)


def _override_row(session: Session, office_id: uuid.UUID, day: date) -> CalendarOverride | None:
    query = select(CalendarOverride).where(
        CalendarOverride.office_id == office_id, CalendarOverride.day == day
    )
    return session.scalars(query).one_or_none()


def _override_info(row: CalendarOverride) -> CalendarOverrideInfo:
    return CalendarOverrideInfo(row.day, row.is_working_day, row.note)


# --- the procedure catalogue -----------------------------------------------------------------


def list_procedures(session: Session) -> list[ProcedureInfo]:
    """The catalogue by code, with the fee in force (local overrides marked)."""
    rows = session.scalars(
        select(Procedure).where(Procedure.active.is_(True)).order_by(Procedure.code)
    )
    return [procedure_info(r) for r in rows]


def set_local_fee(
    session: Session, code: str, fee_text: str | None, *, actor_id: uuid.UUID | None, at: datetime
) -> ProcedureInfo:
    """Override the catalogue's fee text locally (``None`` or empty: back to the catalogue)."""
    row = _procedure_row(session, code)
    text = (fee_text or "").strip()
    row.local_fee_text = text or None
    session.flush()
    record_audit(session, "local_fee_set" if text else "local_fee_cleared", "procedure", code,
                 staff_id=actor_id, at=at)  # fmt: skip
    return procedure_info(row)


def _procedure_row(session: Session, code: str) -> Procedure:
    row = session.scalars(select(Procedure).where(Procedure.code == code)).one_or_none()
    if row is None:
        raise NotFound(f"no procedure {code}", f"Không có thủ tục {code}.")
    return row
