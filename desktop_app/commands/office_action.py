"""What the handover and processing commands share: one transaction with office, calendar, staff.

Not a command module itself (its name does not end in ``_cmd``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.commands.common import parse_local_datetime
from desktop_app.config import Settings


@dataclass(frozen=True)
class ActionScope:
    """What a command's action needs: the session, the office, its calendar, who, when."""

    session: Any
    office: Any
    calendar: Any
    staff: Any  # storage Staff row or None
    at: datetime

    @property
    def staff_id(self) -> Any:
        return self.staff.id if self.staff is not None else None

    @property
    def unit(self) -> str | None:
        return self.staff.department if self.staff is not None else None


def add_common_flags(parser: argparse.ArgumentParser, *, staff_help: str = "") -> None:
    """``--staff``, ``--at`` and ``--json``, shared by every action."""
    parser.add_argument(
        "--staff", metavar="USERNAME", help=staff_help or "the officer doing it (username)"
    )
    parser.add_argument(
        "--at", metavar="ISO-DATETIME", help="when it happened (default now; no offset = local)"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_action(
    args: argparse.Namespace,
    settings: Settings,
    action: Callable[[ActionScope], Any],
    *,
    read_only: bool = False,
) -> Any:
    """Run ``action`` in one transaction on the office database and return its result."""
    from desktop_app.app import build_context
    from desktop_app.services.handover.access import staff_by_username
    from desktop_app.services.office.calendar import office_calendar
    from desktop_app.services.office.identity import current_office

    at = datetime.now(UTC)
    if getattr(args, "at", None):
        at = parse_local_datetime(args.at, settings.zone)
    context = build_context(settings)
    try:
        with context.session(read_only=read_only) as session:
            office = current_office(session)
            calendar = office_calendar(session, settings, office.id)
            username = getattr(args, "staff", None)
            staff = staff_by_username(session, username) if username else None
            return action(ActionScope(session, office, calendar, staff, at))
    finally:
        context.close()


def local_text(moment: datetime | None, calendar: Any) -> str:
    """``hh:mm dd/mm/yyyy`` in office time, as the forms print it; empty for None."""
    if moment is None:
        return ""
    return f"{calendar.to_local(moment):%H:%M %d/%m/%Y}"
