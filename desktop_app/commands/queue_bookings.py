"""``queue booking set`` and ``queue check-in``: bookings from the command line.

Not a command module itself: ``queue_cmd`` registers these under ``queue``. Examples::

    desktop-app queue booking set --area A --minutes 30 --places 2 --days-ahead 14
    desktop-app queue booking set --area A --minutes 30 --places 2 --off
    desktop-app queue check-in --booking DH7K3M9Q2X --json
    desktop-app queue check-in --cccd-qr '001090000123|...' --json
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from desktop_app.commands.common import in_office, parse_local_datetime, print_json
from desktop_app.commands.ticket_json import ticket_dict
from desktop_app.config import Settings


def register_bookings(qsub: Any) -> None:
    """Add ``booking set`` and ``check-in`` under the ``queue`` parser."""
    booking = qsub.add_parser("booking", help="booking settings of the service areas")
    bsub = booking.add_subparsers(dest="booking_command", metavar="ACTION", required=True)
    change = bsub.add_parser("set", help="set an area's bookable slots (pushed to the centre)")
    change.add_argument("--area", required=True, metavar="CODE", help="service area code")
    change.add_argument("--minutes", required=True, type=int, metavar="M", help="slot length")
    change.add_argument("--places", required=True, type=int, metavar="N", help="places per slot")
    change.add_argument(
        "--days-ahead", type=int, default=14, metavar="D", help="booking window in days (14)"
    )
    change.add_argument("--off", action="store_true", help="offer no slot for this area")
    change.add_argument("--json", action="store_true", help="print the result as JSON")
    change.set_defaults(handler=run_booking_set)
    check_in = qsub.add_parser("check-in", help="check a booked citizen in: gives the ticket")
    way = check_in.add_mutually_exclusive_group(required=True)
    way.add_argument("--booking", metavar="CODE", help="the booking code (its QR's text)")
    way.add_argument("--cccd-qr", metavar="PAYLOAD", help="the chip card's QR text")
    check_in.add_argument("--at", metavar="ISO-DATETIME", help="moment (default now; local)")
    check_in.add_argument("--json", action="store_true", help="print the result as JSON")
    check_in.set_defaults(handler=run_check_in)


def run_booking_set(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue.booking_settings import set_booking

    at = datetime.now(UTC)
    view = in_office(
        settings,
        lambda s, _office: set_booking(
            s, args.area, args.minutes, args.places, args.days_ahead, not args.off,
            settings=settings, at=at,
        ),
    )  # fmt: skip
    if args.json:
        print_json({"booking_setting": asdict(view)})
    else:
        state = "off" if not view.enabled else f"{view.places} per {view.minutes}-minute slot"
        print(f"Area {view.area_code} bookings: {state}, {view.days_ahead} days ahead.")
    return 0


def run_check_in(args: argparse.Namespace, settings: Settings) -> int:
    at = parse_local_datetime(args.at, settings.zone) if args.at else datetime.now(UTC)
    ticket, code = in_office(settings, lambda s, office: _check_in(s, office, args, at, settings))
    if args.json:
        print_json({"ticket": {**(ticket_dict(ticket) or {}), "booking": code}})
    else:
        booked = "booked" if ticket.booking_start else "walk-in (late)"
        print(f"{ticket.display_number} ({ticket.area_code} {ticket.area_name}) {booked}; "
              f"booking {code}; waiting ahead {ticket.waiting_ahead}")  # fmt: skip
    return 0


def _check_in(
    session: Any, office: Any, args: argparse.Namespace, at: datetime, settings: Settings
) -> tuple[Any, str | None]:
    """The checked-in ticket as people see it, with its booking's code."""
    from sqlalchemy import select

    from desktop_app.services.queue.bookings import check_in
    from desktop_app.services.queue.tickets import ticket_for_print
    from desktop_app.storage.models import Booking

    row = check_in(session, office.id, booking_code=args.booking, cccd_payload=args.cccd_qr,
                   now=at, tz=settings.zone)  # fmt: skip
    session.flush()
    code = session.scalar(select(Booking.code).where(Booking.ticket_id == row.id))
    return ticket_for_print(session, row.id), code
