"""``queue``: issue tickets, call them at counters, read the board; configure areas and counters.

Stable contracts (README): ``queue issue --area CODE [--priority GROUP] [--json]``,
``queue call-next --counter N [--json]``, ``queue recall|no-show|done --counter N``,
``queue transfer --counter N --to-area CODE``, ``queue board [--json]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from desktop_app.commands.common import UsageError, in_office, parse_local_datetime, print_json
from desktop_app.commands.queue_admin import register_config
from desktop_app.commands.queue_bookings import register_bookings
from desktop_app.commands.ticket_json import ticket_dict
from desktop_app.config import Settings


def _common(parser: argparse.ArgumentParser, *, counter: bool = False) -> None:
    if counter:
        parser.add_argument(
            "--counter",
            dest="counter_n",
            type=int,
            metavar="N",
            help="counter number (default: this station's)",
        )
        parser.add_argument("--staff", metavar="USERNAME", help="the officer acting")
    parser.add_argument("--at", metavar="ISO-DATETIME", help="moment (default now; local time)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


_COUNTER_STEPS = (
    ("call-next", "call the next ticket to the counter"),
    ("recall", "announce the counter's ticket again"),
    ("serve", "the citizen came: service starts"),
    ("no-show", "the called citizen did not come"),
    ("done", "the counter finished its ticket"),
    ("resume", "resume calling at a paused counter"),
)
_TICKET_STEPS = (("reactivate", "put a no-show back in the queue"), ("cancel", "cancel"))


def register(sub: Any) -> None:
    queue = sub.add_parser("queue", help="queue tickets: issue, call, board, areas and counters")
    qsub = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    _add_issue(qsub)
    _add_counter_steps(qsub)
    _add_transfer_and_pause(qsub)
    _add_board_and_notice(qsub)
    register_config(qsub)
    register_bookings(qsub)


def _add_issue(qsub: Any) -> None:
    issue = qsub.add_parser("issue", help="issue a ticket for a service area")
    issue.add_argument("--area", required=True, metavar="CODE", help="service area code")
    issue.add_argument("--priority", metavar="GROUP", help="priority group code (e.g. elderly)")
    _common(issue)
    issue.set_defaults(handler=run_issue)


def _add_counter_steps(qsub: Any) -> None:
    """The steps a counter takes on its own ticket, and those naming a ticket."""
    for name, what in _COUNTER_STEPS:
        parser = qsub.add_parser(name, help=what)
        _common(parser, counter=True)
        parser.set_defaults(handler=run_counter_step, step=name)
    call = qsub.add_parser("call", help="call a given ticket (number, barcode or id)")
    call.add_argument("ticket", metavar="TICKET")
    _common(call, counter=True)
    call.set_defaults(handler=run_counter_step, step="call")
    for name, what in _TICKET_STEPS:
        parser = qsub.add_parser(name, help=what + " (ticket number, barcode or id)")
        parser.add_argument("ticket", metavar="TICKET")
        _common(parser, counter=True)
        parser.set_defaults(handler=run_counter_step, step=name)


def _add_transfer_and_pause(qsub: Any) -> None:
    transfer = qsub.add_parser("transfer", help="send the counter's ticket to an area or counter")
    transfer.add_argument("--to-area", metavar="CODE", help="target service area")
    transfer.add_argument("--to-counter", type=int, metavar="N", help="target counter")
    _common(transfer, counter=True)
    transfer.set_defaults(handler=run_counter_step, step="transfer")
    pause = qsub.add_parser("pause", help="pause calling at a counter")
    pause.add_argument("--reason", required=True, help="why (shown to supervisors)")
    _common(pause, counter=True)
    pause.set_defaults(handler=run_counter_step, step="pause")


def _add_board_and_notice(qsub: Any) -> None:
    board = qsub.add_parser("board", help="what the public display shows")
    _common(board)
    board.set_defaults(handler=run_board)
    notice = qsub.add_parser("notice", help="set the display's notice line (empty clears it)")
    notice.add_argument("text", metavar="TEXT")
    notice.set_defaults(handler=run_notice, json=False)


def moment(args: argparse.Namespace, settings: Settings) -> datetime:
    """``--at`` (local time without an offset) or now."""
    text = getattr(args, "at", None)
    return parse_local_datetime(text, settings.zone) if text else datetime.now(UTC)


def _print_ticket(ticket: Any, as_json: bool, empty: str = "No ticket waiting.") -> None:
    if as_json:
        print_json({"ticket": ticket_dict(ticket)})
    elif ticket is None:
        print(empty)
    else:
        where = f" → quầy {ticket.counter_number}" if ticket.counter_number else ""
        print(
            f"{ticket.display_number} ({ticket.area_code} {ticket.area_name}) "
            f"{ticket.status}{where}; barcode {ticket.barcode}; "
            f"waiting ahead {ticket.waiting_ahead}"
        )


def run_issue(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue.tickets import issue_ticket

    at = moment(args, settings)
    ticket = in_office(
        settings,
        lambda s, office: issue_ticket(
            s, office.id, args.area, at=at, tz=settings.zone, priority_group=args.priority
        ),
    )
    _print_ticket(ticket, args.json)
    return 0


def _staff_id(session: Any, username: str | None) -> Any:
    if not username:
        return None
    from sqlalchemy import select

    from desktop_app.storage.models import Staff

    staff_id = session.scalars(select(Staff.id).where(Staff.username == username)).first()
    if staff_id is None:
        raise UsageError(f"no staff member with username '{username}'")
    return staff_id


def _step(args: argparse.Namespace, session: Any, station: Any, policy: Any) -> Any:
    from desktop_app.services.queue import calls

    steps: dict[str, Callable[[], Any]] = {
        "call-next": lambda: calls.call_next(session, station, policy),
        "call": lambda: calls.call_ticket(session, station, args.ticket),
        "recall": lambda: calls.recall(session, station, policy),
        "serve": lambda: calls.start_serving(session, station),
        "no-show": lambda: calls.no_show(session, station),
        "done": lambda: calls.finish(session, station),
        "reactivate": lambda: calls.reactivate(session, station, args.ticket),
        "cancel": lambda: calls.cancel(session, station, args.ticket),
        "transfer": lambda: calls.transfer(
            session, station, to_area=args.to_area, to_counter=args.to_counter
        ),
        "pause": lambda: calls.pause_counter(session, station, args.reason),
        "resume": lambda: calls.resume_counter(session, station),
    }
    return steps[args.step]()


def run_counter_step(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue.calls import CallPolicy, Station

    if args.step == "transfer" and args.to_area is None and args.to_counter is None:
        raise UsageError("transfer needs --to-area CODE or --to-counter N")
    at = moment(args, settings)
    counter = args.counter_n or settings.counter_number

    def work(session: Any, office: Any) -> Any:
        station = Station(office.id, counter, at, settings.zone, _staff_id(session, args.staff))
        return _step(args, session, station, CallPolicy.from_settings(settings))

    result = in_office(settings, work)
    if args.step in ("pause", "resume"):
        state = "paused" if args.step == "pause" else "resumed"
        if args.json:
            print_json({"counter": counter, "state": state})
        else:
            print(f"Counter {counter} {state}.")
        return 0
    _print_ticket(result, args.json)
    return 0


def board_dict(board: Any, office_name: str) -> dict[str, Any]:
    """The JSON form of the display board (no personal data)."""
    data = asdict(board)
    data["office_name"] = office_name
    return data


def run_board(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue.board import read_board

    at = moment(args, settings)
    board, name = in_office(
        settings,
        lambda s, office: (read_board(s, office.id, at=at, tz=settings.zone), office.name),
        read_only=True,
    )
    if args.json:
        print_json(board_dict(board, name))
        return 0
    print(name)
    for counter in board.counters:
        state = " (tạm dừng)" if counter.paused else ""
        print(f"  Quầy {counter.number}: {counter.display_number or '—'}{state}")
    calls = ", ".join(f"{c.display_number}→{c.counter_number}" for c in board.last_calls)
    print(f"  Vừa gọi: {calls or '—'}")
    print("  Đang chờ: " + ", ".join(f"{a.code} {a.waiting}" for a in board.waiting))
    if board.notice:
        print(f"  {board.notice}")
    return 0


def run_notice(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue.config import set_notice

    text = in_office(settings, lambda s, office: set_notice(s, office.id, args.text))
    print(f"Notice: {text or '(none)'}")
    return 0
