"""Staff sign-in: argon2, lock-out after five failures, inactive accounts, audit rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.staff.accounts import StaffRole, add_staff, list_staff, set_staff_active
from desktop_app.services.staff.auth import (
    LOCKOUT,
    MAX_FAILED_ATTEMPTS,
    SignInFailure,
    SignInRefused,
    require_success,
    sign_in,
)
from desktop_app.storage.models import AuditEntry

PASSWORD = "dung-mat-khau"


@pytest.fixture
def officer(context, office):
    with context.session() as session:
        return add_staff(
            session,
            office.id,
            username="CanBo1",
            full_name="lê thị ánh",
            role=StaffRole.RECEPTION,
            password=PASSWORD,
        )


def attempt(context, password, now, username="canbo1"):
    with context.session() as session:
        return sign_in(session, username, password, now=now)


def test_sign_in_with_the_right_password_and_audit(context, officer, now):
    outcome = attempt(context, PASSWORD, now)
    assert outcome.ok and require_success(outcome, now).full_name == "Lê Thị Ánh"
    assert not attempt(context, "wrong", now).ok
    assert (
        attempt(context, PASSWORD, now, username="nobody").failure is SignInFailure.BAD_CREDENTIALS
    )
    with context.session(read_only=True) as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.at)))
    assert actions.count("signed_in") == 1 and actions.count("sign_in_failed") == 2


def test_five_failures_lock_the_account_for_a_while(context, officer, now):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert attempt(context, "wrong", now).failure is SignInFailure.BAD_CREDENTIALS
    locked = attempt(context, "wrong", now)
    assert locked.failure is SignInFailure.LOCKED
    refused = attempt(context, PASSWORD, now + timedelta(minutes=1))
    assert refused.failure is SignInFailure.LOCKED
    with pytest.raises(SignInRefused) as info:
        require_success(refused, now + timedelta(minutes=1))
    assert "4 phút" in info.value.message_vi
    assert attempt(context, PASSWORD, now + LOCKOUT + timedelta(seconds=1)).ok


def test_inactive_account_is_refused(context, officer, now):
    with context.session() as session:
        set_staff_active(session, "canbo1", False)
        assert [s.active for s in list_staff(session)] == [False]
    outcome = attempt(context, PASSWORD, now)
    assert outcome.failure is SignInFailure.INACTIVE
    with pytest.raises(SignInRefused):
        require_success(outcome, now)
