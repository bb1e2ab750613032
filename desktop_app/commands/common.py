"""What every subcommand shares: bad-input errors, JSON output, the context, the Qt printing app."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from desktop_app.config import Settings


class UsageError(Exception):
    """Bad input: the CLI prints the message on one line and exits 2."""


def database_problem(exc: BaseException, database_url: str) -> str | None:
    """The one line the CLI prints when the office database cannot be used, else None.

    A missing SQLite file (never replaced by an empty one, see ``storage.database``) and a
    database server that refuses or is unreachable are both reported as where the command
    looked and what to do. A statement the database refuses (a value too long, a constraint)
    is the driver's first line only: SQLAlchemy's text quotes the statement's parameters,
    a citizen's name and ID number among them. SQLAlchemy is only looked at when loaded.
    """
    from desktop_app.storage.database import DatabaseMissing

    if isinstance(exc, DatabaseMissing):
        return str(exc)
    errors = sys.modules.get("sqlalchemy.exc")
    if (
        errors is not None
        and isinstance(exc, errors.DBAPIError)
        and not isinstance(exc, errors.OperationalError)
    ):
        return f"the office database refused the change: {_first_line(exc.orig or exc)}"
    if errors is None or not isinstance(exc, errors.OperationalError):
        return None
    from sqlalchemy.engine import make_url

    where = make_url(database_url).render_as_string(hide_password=True)
    reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc) else "?"
    return (
        f"cannot open the office database {where}: {reason}; check that the database server "
        "or the disk holding it is reachable, or run 'desktop-app init' to create it"
    )


def _first_line(exc: BaseException) -> str:
    """The first line of an error's text (PostgreSQL puts the row's values on a DETAIL line)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def without_personal_data(message: str, values: Iterable[str | None]) -> str:
    """``message`` with each of ``values`` (a citizen's name, ID number, phone) blanked out.

    Domain messages quote the value they refuse (``'0912' is not a phone number``), which the
    officer at the form needs to see, but a command's stderr ends up in logs.
    """
    for value in sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True):
        message = message.replace(value, "…")
    return message


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def parse_local_datetime(text: str, zone: Any) -> datetime:
    """An ISO 8601 moment; without a UTC offset it is office local time.

    Raises:
        UsageError: not an ISO 8601 date-time.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"'{text}' is not an ISO 8601 date-time such as 2026-02-13T09:30"
        ) from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def read_office_database(settings: Any, reader: Any) -> Any:
    """``reader(session, office, calendar)`` on the office database, or None before ``init``.

    Commands that also work without a database (``due``) use this to prefer the office's own
    catalogue and calendar overrides when they exist.
    """
    from sqlalchemy.exc import OperationalError

    from desktop_app.app import build_context
    from desktop_app.services.errors import NotInitialised
    from desktop_app.services.office.calendar import office_calendar
    from desktop_app.services.office.identity import current_office
    from desktop_app.storage.database import DatabaseMissing
    from desktop_app.storage.migrate import current_revision

    try:
        context = build_context(settings)
    except DatabaseMissing:
        return None
    try:
        if current_revision(context.engine) is None:
            return None
        with context.session(read_only=True) as session:
            office = current_office(session)
            return reader(session, office, office_calendar(session, settings, office.id))
    except (NotInitialised, OperationalError):
        return None
    finally:
        context.close()


def in_office(
    settings: Settings, work: Callable[[Any, Any], Any], *, read_only: bool = False
) -> Any:
    """``work(session, office)`` in one transaction on the office database."""
    from desktop_app.app import build_context
    from desktop_app.services.office.identity import current_office

    context = build_context(settings)
    try:
        with context.session(read_only=read_only) as session:
            return work(session, current_office(session))
    finally:
        context.close()


def gui_application() -> Any:
    """The QGuiApplication printing needs (offscreen when there is no display)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["desktop-app"])
