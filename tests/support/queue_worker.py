"""Worker process for the queue concurrency tests.

``issue URL COUNT AREAS``: issue COUNT tickets, one transaction each, cycling over AREAS
(comma-separated); prints each ticket's area and sequence number.
``call URL COUNTER``: call next at COUNTER until nobody waits; prints each called ticket's id.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue.calls import CallPolicy, Station, call_next
from desktop_app.services.queue.tickets import issue_ticket

MOMENT = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


def issue(context, count: int, areas: list[str]) -> None:
    zone = context.settings.zone
    with context.session(read_only=True) as session:
        office = current_office(session)
    for index in range(count):
        with context.session() as session:
            ticket = issue_ticket(session, office.id, areas[index % len(areas)], at=MOMENT, tz=zone)
        print(ticket.area_code, ticket.number, flush=True)


def call(context, counter: int) -> None:
    with context.session(read_only=True) as session:
        office = current_office(session)
    station = Station(office.id, counter, MOMENT, context.settings.zone)
    while True:
        with context.session() as session:
            ticket = call_next(session, station, CallPolicy())
        if ticket is None:
            return
        print(ticket.id, flush=True)


def main(argv: list[str]) -> None:
    mode, url = argv[0], argv[1]
    settings = load_settings(environ={}, overrides={"database_url": url}, read_standard_file=False)
    context = build_context(settings)
    try:
        if mode == "issue":
            issue(context, int(argv[2]), argv[3].split(","))
        else:
            call(context, int(argv[2]))
    finally:
        context.close()


if __name__ == "__main__":
    main(sys.argv[1:])
