"""``due``: the legal due moment of a dossier received at a given moment."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.commands.common import (
    UsageError,
    parse_local_datetime,
    print_json,
    read_office_database,
)
from desktop_app.config import Settings


def register(sub: Any) -> None:
    due = sub.add_parser("due", help="compute the due moment on the office's work calendar")
    due.add_argument(
        "--received",
        required=True,
        metavar="ISO-DATETIME",
        help="reception moment; without an offset it is office local time",
    )
    limit = due.add_mutually_exclusive_group(required=True)
    limit.add_argument("--procedure", metavar="CODE", help="the procedure's time limit")
    limit.add_argument("--working-days", metavar="N", help="N working days")
    limit.add_argument("--half-days", metavar="N", help="N half working days")
    limit.add_argument("--hours", metavar="N", help="N working hours")
    limit.add_argument("--calendar-days", metavar="N", help="N calendar days")
    limit.add_argument("--same-day", action="store_true", help="a same-day procedure")
    due.add_argument("--json", action="store_true", help="print the result as JSON")
    due.set_defaults(handler=run_due)


def _amount(text: str, flag: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise UsageError(f"{flag} expects a number, got '{text}'") from None
    if value < 0 or not value.is_finite():
        raise UsageError(f"{flag} expects a number of at least 0, got '{text}'")
    return value


def _limit_from_args(args: argparse.Namespace, procedure: Any) -> Any:
    from motcua_core.domain.work_calendar import LimitUnit, TimeLimit

    if args.procedure:
        return procedure.limit
    if args.same_day:
        return TimeLimit(0, LimitUnit.SAME_DAY)
    for flag, unit in (
        ("working_days", LimitUnit.WORKING_DAYS),
        ("half_days", LimitUnit.HALF_DAYS),
        ("hours", LimitUnit.HOURS),
        ("calendar_days", LimitUnit.CALENDAR_DAYS),
    ):
        value = getattr(args, flag)
        if value is not None:
            return TimeLimit(_amount(value, "--" + flag.replace("_", "-")), unit)
    raise UsageError("give one time limit")  # argparse's required group makes this unreachable


def _calendar_and_procedure(args: argparse.Namespace, settings: Settings) -> tuple[Any, Any]:
    """The office's calendar and procedure from its database, or the shipped ones before init."""
    from desktop_app.services.errors import NotFound
    from desktop_app.services.office.calendar import calendar_from_settings
    from desktop_app.services.office.catalog import (
        get_procedure,
        procedure_from_entry,
        read_catalogue_file,
    )

    def read(session: Any, _office: Any, calendar: Any) -> tuple[Any, Any]:
        try:
            found = get_procedure(session, args.procedure) if args.procedure else None
        except NotFound:
            found = None
        return calendar, found

    calendar, procedure = read_office_database(settings, read) or (None, None)
    calendar = calendar or calendar_from_settings(settings)
    if args.procedure and procedure is None:
        entries = {e["code"]: e for e in read_catalogue_file()}
        if args.procedure not in entries:
            raise UsageError(f"no procedure with code '{args.procedure}' in the catalogue")
        procedure = procedure_from_entry(entries[args.procedure])
    return calendar, procedure


def run_due(args: argparse.Namespace, settings: Settings) -> int:
    received = parse_local_datetime(args.received, settings.zone).astimezone(settings.zone)
    calendar, procedure = _calendar_and_procedure(args, settings)
    limit = _limit_from_args(args, procedure)
    due_at = calendar.due_at(received, limit).astimezone(settings.zone)
    counting_from = calendar.next_working_moment(received).astimezone(settings.zone)
    result = {
        "received_at": received.isoformat(),
        "counting_from": counting_from.isoformat(),
        "limit": {"amount": limit.amount, "unit": str(limit.unit)},
        "procedure": procedure.code if procedure else None,
        "due_at": due_at.isoformat(),
    }
    if args.json:
        print_json(result)
    else:
        print(f"Hạn trả kết quả: {due_at:%H:%M %d/%m/%Y} ({due_at.isoformat()})")
    return 0
