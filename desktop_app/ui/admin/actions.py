"""The administration window's database work: the sign-in check and each admin step.

One transaction per user step; a step that writes first checks that the signed-in account is
still an active administrator (the services audit each change). The methods block: the window
calls them through ``run_operation``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from desktop_app.services.errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.app import AppContext
    from desktop_app.services.office.identity import OfficeInfo
    from desktop_app.services.staff.accounts import StaffInfo

T = TypeVar("T")


@dataclass(frozen=True)
class AdminScope:
    """Who acts on which office, and when: what every admin service call needs."""

    office_id: uuid.UUID
    actor_id: uuid.UUID
    at: datetime


class AdminActions:
    """The administrator's steps on the office database; methods block."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def sign_in(self, username: str, password: str, now: datetime) -> tuple[StaffInfo, OfficeInfo]:
        """The administrator behind ``username`` and the office, or the refusal to say."""
        from desktop_app.services.office.identity import current_office
        from desktop_app.services.staff.auth import require_success, sign_in

        with self.context.session() as session:
            outcome = sign_in(session, username, password, now=now)
        staff = require_success(outcome, now)
        if staff.role.value != "admin":
            raise ServiceError(
                "only administrators can open the administration window",
                "Chỉ quản trị viên mới được vào cửa sổ quản trị. "
                "Lãnh đạo xem báo cáo ở cửa sổ quầy (thẻ Báo cáo).",
            )
        with self.context.session(read_only=True) as session:
            return staff, current_office(session)

    def run(self, work: Callable[[Session, AdminScope], T], scope: AdminScope, *, write: bool) -> T:
        """``work`` in one transaction, as the administrator of ``scope``."""
        from desktop_app.services.office.administration import require_admin

        with self.context.session(read_only=not write) as session:
            if write:
                require_admin(session, scope.actor_id)
            return work(session, scope)
