"""``print ticket TICKET_ID [--pdf FILE]``: print (or reprint) a queue ticket."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.common import UsageError, gui_application, in_office, print_json
from desktop_app.config import Settings


def register_print(what: Any) -> None:
    ticket = what.add_parser("ticket", help="a queue ticket (80 mm roll)")
    ticket.add_argument("ticket_id", metavar="TICKET_ID", help="ticket id, barcode or number")
    ticket.add_argument("--pdf", metavar="FILE", help="write a PDF instead of printing")
    ticket.add_argument("--printer", metavar="NAME", help="printer name (default: setting)")
    ticket.add_argument("--json", action="store_true", help="print the result as JSON")
    ticket.set_defaults(handler=run_print_ticket)


def run_print_ticket(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from desktop_app.services.queue.tickets import find_ticket, ticket_for_print

    printer = args.printer or settings.ticket_printer
    if not args.pdf and not printer:
        raise UsageError("give --pdf FILE or --printer NAME (or set ticket_printer)")
    now = datetime.now(UTC)

    def read(session: Any, office: Any) -> Any:
        row = find_ticket(session, office.id, args.ticket_id, at=now, tz=settings.zone)
        return ticket_for_print(session, row.id), office.name

    ticket, office_name = in_office(settings, read, read_only=True)
    gui_application()
    from desktop_app.printing.output import PrinterNotFound
    from desktop_app.printing.ticket import TicketPrint, print_ticket

    try:
        print_ticket(
            TicketPrint.from_ticket(ticket, office_name),
            settings.zone,
            pdf_path=args.pdf,
            printer_name="" if args.pdf else printer,
        )
    except PrinterNotFound as exc:
        raise UsageError(str(exc)) from None
    target = args.pdf or printer
    if args.json:
        print_json({"ticket_id": ticket.id, "number": ticket.display_number, "output": target})
    else:
        print(f"Ticket {ticket.display_number} printed to {target}.")
    return 0
