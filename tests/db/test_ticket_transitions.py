"""Every move the queue services make is one the ticket-state table allows, on both databases.

A hypothesis property drives random counter actions (issue, call, serve, finish, no-show,
reactivate, transfer, cancel, call by number) and compares each ticket's state before and
after every action; a scenario shows that every allowed move is one some service makes.
"""

from __future__ import annotations

import contextlib
import itertools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.services.errors import ServiceError
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import QueueTicket
from motcua_core.domain.ticket_state import ALLOWED_TRANSITIONS, TicketState

POLICY = calls.CallPolicy(fairness_n=2, strict=False, recall_limit=2)
ALLOWED = {(a, b) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets}
ACTIONS = ("issue", "call_next", "call_ticket", "recall", "serve", "finish", "no_show",
           "reactivate", "transfer", "cancel")  # fmt: skip


class Desk:
    """One counter on one day of its own, acting through the services."""

    def __init__(self, context, office, now, counter: int) -> None:  # type: ignore[no-untyped-def]
        self.context, self.office, self.counter = context, office, counter
        self.at = now + timedelta(days=counter)
        self.numbers: list[str] = []
        with context.session() as session:
            add_counter(session, office.id, number=counter, name=f"Quầy {counter}",
                        areas=["A", "B"])  # fmt: skip

    def states(self) -> dict[str, TicketState]:
        with self.context.session(read_only=True) as session:
            rows = session.execute(
                select(QueueTicket.id, QueueTicket.status).where(
                    QueueTicket.issued_at >= self.at - timedelta(hours=1),
                    QueueTicket.issued_at < self.at + timedelta(hours=6),
                )
            )
            return {str(i): TicketState(s) for i, s in rows}

    def act(self, action: str, pick: int) -> set[tuple[TicketState, TicketState]]:
        """Do ``action``; the moves it made (a refused action makes none)."""
        before = self.states()
        self.at += timedelta(minutes=1)
        with contextlib.suppress(ServiceError):  # a refused action changes nothing
            self._do(action, pick)
        after = self.states()
        return {(before[t], after[t]) for t in before if before[t] != after[t]}

    def _do(self, action: str, pick: int) -> None:
        station = calls.Station(self.office.id, self.counter, self.at, self.context.settings.zone)
        number = self.numbers[pick % len(self.numbers)] if self.numbers else "A999"
        with self.context.session() as session:
            if action == "issue":
                ticket = issue_ticket(session, self.office.id, "AB"[pick % 2], at=self.at,
                                      tz=self.context.settings.zone)  # fmt: skip
                self.numbers.append(ticket.display_number)
            elif action in ("call_next", "recall"):
                getattr(calls, action)(session, station, POLICY)
            elif action in ("call_ticket", "reactivate", "cancel"):
                getattr(calls, action)(session, station, number)
            elif action == "transfer":
                calls.transfer(session, station, to_area="B")
            else:
                {"serve": calls.start_serving, "finish": calls.finish,
                 "no_show": calls.no_show}[action](session, station)  # fmt: skip


def test_every_allowed_move_is_one_a_service_makes(context, office, now):
    desk = Desk(context, office, now, 1)
    script = ["issue", "call_next", "serve", "no_show", "reactivate", "call_next", "transfer",
              "call_next", "serve", "transfer", "call_next", "no_show", "call_ticket", "finish",
              "issue", "call_next", "serve", "finish", "issue", "cancel"]  # fmt: skip
    made: set[tuple[TicketState, TicketState]] = set()
    for action in script:
        made |= desk.act(action, pick=len(desk.numbers) - 1)
    assert made == ALLOWED


_counters = itertools.count(2)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 5)), min_size=1, max_size=12))
def test_the_services_make_no_move_the_table_refuses(context, office, now, steps):
    desk = Desk(context, office, now, next(_counters))
    for action, pick in steps:
        assert desk.act(action, pick) <= ALLOWED
