"""Staff accounts: roles and argon2 password hashes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import Staff
from motcua_core.domain.text import normalise_name

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


class StaffRole(StrEnum):
    RECEPTION = "reception"
    SPECIALIST = "specialist"
    LEADER = "leader"
    ADMIN = "admin"


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: StaffRole
    department: str | None
    active: bool


def staff_info(row: Staff) -> StaffInfo:
    return StaffInfo(
        row.id, row.username, row.full_name, StaffRole(row.role), row.department, row.active
    )


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError(
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters",
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.",
        )
    return _hasher.hash(password)


def add_staff(
    session: Session,
    office_id: uuid.UUID,
    *,
    username: str,
    full_name: str,
    role: StaffRole,
    password: str,
    department: str | None = None,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> StaffInfo:
    """Create a staff account and audit it (``actor_id``: who, at ``at``); the caller commits.

    Raises:
        ServiceError: the username is taken or the password too short.
    """
    username = _free_username(session, username)
    row = Staff(
        id=uuid.uuid4(),
        office_id=office_id,
        username=username,
        full_name=normalise_name(full_name) or username,
        role=StaffRole(role).value,
        department=department,
        password_hash=hash_password(password),
    )
    session.add(row)
    session.flush()
    record_audit(session, "staff_created", "staff", row.id, staff_id=actor_id, at=at,
                 detail=f"role={row.role}")  # fmt: skip
    return staff_info(row)


def _free_username(session: Session, username: str) -> str:
    """The username as stored (trimmed, lower case), refused when empty or taken."""
    username = username.strip().lower()
    if not username:
        raise ServiceError("the username is empty", "Chưa nhập tên đăng nhập.")
    if session.scalars(select(Staff.id).where(Staff.username == username)).first():
        raise ServiceError(
            f"the username {username!r} is taken", f"Tên đăng nhập {username} đã tồn tại."
        )
    return username


def find_staff(session: Session, username: str) -> StaffInfo | None:
    row = _staff_named(session, username)
    return staff_info(row) if row else None


def list_staff(session: Session, *, include_inactive: bool = True) -> list[StaffInfo]:
    """Every staff account, by username."""
    query = select(Staff).order_by(Staff.username)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    return [staff_info(row) for row in session.scalars(query)]


def set_staff_active(session: Session, username: str, active: bool) -> StaffInfo:
    """Activate or deactivate an account (deactivated accounts cannot sign in).

    Raises:
        ServiceError: no such account.
    """
    row = _staff_named(session, username)
    if row is None:
        raise ServiceError(f"no staff account {username!r}", f"Không có tài khoản {username}.")
    row.active = active
    session.flush()
    return staff_info(row)


def _staff_named(session: Session, username: str) -> Staff | None:
    return session.scalars(select(Staff).where(Staff.username == username.lower())).one_or_none()
