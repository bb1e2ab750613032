"""The kiosk's work off the UI thread: what can be chosen, a ticket issued or a booking
checked in, then printed.

One session per step, like the counter's ``CounterQueue``. The ticket is committed before
printing starts, so a printer fault never loses a ticket: the kiosk then shows the number on
screen and the fault goes to the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.app import AppContext
from desktop_app.config import user_data_dir
from desktop_app.printing.output import PrinterNotFound
from desktop_app.printing.ticket import TicketPrint, print_ticket
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue.areas import AreaInfo, area_is_open, list_areas
from desktop_app.services.queue.priority_groups import (
    PriorityGroupInfo,
    effective_priority_groups,
)
from desktop_app.services.queue.tickets import TicketInfo, issue_ticket
from desktop_app.ui.queue.booking_actions import check_in_ticket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskChoices:
    office_name: str
    areas: tuple[AreaInfo, ...]
    priority_groups: tuple[PriorityGroupInfo, ...]


@dataclass(frozen=True)
class KioskResult:
    ticket: TicketInfo
    printed: bool
    output: str
    late_for: datetime | None = None  # a late booking's slot start: the ticket is a walk-in's


class KioskTickets:
    """The tickets as one kiosk issues them; methods block (call them through run_operation)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def choices(self, now: datetime | None = None) -> KioskChoices:
        """The areas open now and the priority groups."""
        now = now or datetime.now(UTC)
        local_time = now.astimezone(self.context.settings.zone).time()
        with self.context.session(read_only=True) as session:
            office = current_office(session)
            areas = [a for a in list_areas(session, office.id) if area_is_open(a, local_time)]
            groups = effective_priority_groups(session, office.id)
        return KioskChoices(office.name, tuple(areas), tuple(groups))

    def issue_and_print(
        self, area_code: str, priority_group: str | None, now: datetime | None = None
    ) -> KioskResult:
        """Issue a ticket (committed), then print it; a print fault is logged, not raised."""
        ticket, office_name = self._issue(area_code, priority_group, now or datetime.now(UTC))
        return self._print(ticket, office_name)

    def _issue(
        self, area_code: str, priority_group: str | None, now: datetime
    ) -> tuple[TicketInfo, str]:
        """Issue the ticket in its own transaction; the ticket and the office's name."""
        with self.context.session() as session:
            office = current_office(session)
            ticket = issue_ticket(
                session,
                office.id,
                area_code,
                at=now,
                tz=self.context.settings.zone,
                priority_group=priority_group,
            )
            return ticket, office.name

    def check_in_and_print(
        self,
        *,
        booking_code: str | None = None,
        cccd_payload: str | None = None,
        now: datetime | None = None,
    ) -> KioskResult:
        """Check a booking in by its code or the holder's card (committed), then print.

        Raises:
            ServiceError: unknown, cancelled or another day's booking (a Vietnamese message).
        """
        at = now or datetime.now(UTC)
        with self.context.session() as session:
            office = current_office(session)
            done = check_in_ticket(session, office.id, booking_code=booking_code,
                                   cccd_payload=cccd_payload, now=at,
                                   tz=self.context.settings.zone)  # fmt: skip
            office_name = office.name
        return replace(self._print(done.ticket, office_name), late_for=done.late_for)

    def _print(self, ticket: TicketInfo, office_name: str) -> KioskResult:
        """Print on the ticket printer, or to a PDF file when none is named."""
        settings = self.context.settings
        printer = settings.ticket_printer
        output = printer or str(self.pdf_path_for(ticket))
        try:
            if not printer:
                Path(output).parent.mkdir(parents=True, exist_ok=True)
            print_ticket(
                TicketPrint.from_ticket(ticket, office_name),
                settings.zone,
                pdf_path=None if printer else output,
                printer_name=printer,
            )
        except (PrinterNotFound, OSError) as exc:
            log.error("ticket %s saved but not printed: %s", ticket.display_number, exc)
            return KioskResult(ticket, False, output)
        return KioskResult(ticket, True, output)

    def pdf_path_for(self, ticket: TicketInfo) -> Path:
        """Where a ticket's PDF goes when no ticket printer is named."""
        folder = Path(self.context.settings.ticket_pdf_dir or user_data_dir() / "tickets")
        day = ticket.local_day.isoformat() if ticket.local_day else "today"
        return folder / day / f"{ticket.display_number}.pdf"
