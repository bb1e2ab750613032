"""Staff sign-in: argon2 password check, temporary lock-out, inactive accounts refused.

Every attempt is audited (``signed_in`` / ``sign_in_failed``). A failed attempt still has to be
written (its counter and audit row), so ``sign_in`` never raises for a wrong password: it returns
a ``SignInOutcome`` that the caller commits, then turns into an error with ``require_success``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.services.staff.accounts import StaffInfo, staff_info
from desktop_app.storage.models import Staff

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)

_hasher = PasswordHasher()


class SignInFailure(StrEnum):
    """Why a sign-in was refused (the message never tells which of name/password was wrong)."""

    BAD_CREDENTIALS = "bad_credentials"
    LOCKED = "locked"
    INACTIVE = "inactive"


@dataclass(frozen=True)
class SignInOutcome:
    """The result of one attempt: the staff member, or why not."""

    staff: StaffInfo | None
    failure: SignInFailure | None = None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.staff is not None


class SignInRefused(ServiceError):
    """A sign-in attempt was refused; ``outcome`` says why."""

    def __init__(self, outcome: SignInOutcome, message: str, message_vi: str) -> None:
        super().__init__(message, message_vi)
        self.outcome = outcome


def sign_in(session: Session, username: str, password: str, *, now: datetime) -> SignInOutcome:
    """Check a username and password; the caller commits whatever the outcome.

    Five failures in a row lock the account for ``LOCKOUT``; a success resets the count and
    upgrades an outdated hash.
    """
    row = _locked_staff_row(session, username)
    if row is None:
        record_audit(session, "sign_in_failed", "staff", None, detail="unknown username", at=now)
        return SignInOutcome(None, SignInFailure.BAD_CREDENTIALS)
    refused = _refused_whatever_the_password(session, row, now)
    if refused is not None:
        return refused
    if not _verify(row, password):
        return _count_failure(session, row, now)
    return _signed_in(session, row, now)


def _locked_staff_row(session: Session, username: str) -> Staff | None:
    """The account, locked so that two attempts at once count both failures."""
    query = select(Staff).where(Staff.username == username.strip().lower()).with_for_update()
    return session.scalars(query).one_or_none()


def _refused_whatever_the_password(
    session: Session, row: Staff, now: datetime
) -> SignInOutcome | None:
    """An inactive or locked-out account is refused (and audited) before its password is tried."""
    if not row.active:
        _audit_failure(session, row, "inactive account", now)
        return SignInOutcome(None, SignInFailure.INACTIVE)
    if _is_locked(row, now):
        _audit_failure(session, row, "locked out", now)
        return SignInOutcome(None, SignInFailure.LOCKED, row.locked_until)
    return None


def _signed_in(session: Session, row: Staff, now: datetime) -> SignInOutcome:
    """A success resets the failure count and lifts a lock-out."""
    row.failed_attempts = 0
    row.locked_until = None
    record_audit(session, "signed_in", "staff", row.id, staff_id=row.id, at=now)
    session.flush()
    return SignInOutcome(staff_info(row))


def _is_locked(row: Staff, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def _audit_failure(session: Session, row: Staff, detail: str, now: datetime) -> None:
    record_audit(session, "sign_in_failed", "staff", row.id, staff_id=row.id, detail=detail, at=now)


def _verify(row: Staff, password: str) -> bool:
    if not row.password_hash:
        return False
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(row.password_hash):
        row.password_hash = _hasher.hash(password)
    return True


def _count_failure(session: Session, row: Staff, now: datetime) -> SignInOutcome:
    row.failed_attempts = (row.failed_attempts or 0) + 1
    detail = f"wrong password ({row.failed_attempts} in a row)"
    if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
        row.locked_until = now + LOCKOUT
        row.failed_attempts = 0
        detail += "; locked out"
    _audit_failure(session, row, detail, now)
    session.flush()
    if _is_locked(row, now):
        return SignInOutcome(None, SignInFailure.LOCKED, row.locked_until)
    return SignInOutcome(None, SignInFailure.BAD_CREDENTIALS)


def require_success(outcome: SignInOutcome, now: datetime) -> StaffInfo:
    """The signed-in staff member, or ``SignInRefused`` with a message for the officer."""
    if outcome.staff is not None:
        return outcome.staff
    if outcome.failure is SignInFailure.LOCKED and outcome.locked_until is not None:
        minutes = _minutes_left(outcome.locked_until, now)
        raise SignInRefused(
            outcome,
            f"too many failed attempts: the account is locked for {minutes} more minute(s)",
            f"Đăng nhập sai quá {MAX_FAILED_ATTEMPTS} lần: tài khoản bị khóa tạm thời, "
            f"hãy thử lại sau {minutes} phút.",
        )
    if outcome.failure is SignInFailure.INACTIVE:
        raise SignInRefused(
            outcome,
            "this account is deactivated",
            "Tài khoản này đã bị ngừng sử dụng. Hãy liên hệ quản trị viên.",
        )
    raise SignInRefused(outcome, "wrong username or password", "Sai tên đăng nhập hoặc mật khẩu.")


def _minutes_left(locked_until: datetime, now: datetime) -> int:
    """Whole minutes until the lock-out ends, rounded up, at least 1."""
    return max(1, int((locked_until - now).total_seconds() + 59) // 60)


def staff_id_of(outcome: SignInOutcome) -> uuid.UUID | None:
    """The id of the signed-in staff member, if any."""
    return outcome.staff.id if outcome.staff else None
