"""The counter's queue work, run off the UI thread: each action, then the panel's fresh view.

One transaction per action (the step), then one read-only transaction for the view, so the
panel always shows what is committed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.app import AppContext
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue import calls
from desktop_app.services.queue.areas import AreaInfo, list_areas
from desktop_app.services.queue.board import CounterQueueView, read_counter_queue
from desktop_app.services.queue.change_number import change_seq
from desktop_app.services.queue.counters import CounterInfo, list_counters
from desktop_app.services.queue.station import CallPolicy, Station


class CounterQueue:
    """The queue as one counter works it; methods block (call them through run_operation)."""

    def __init__(self, context: AppContext, counter_number: int) -> None:
        self.context = context
        self.counter_number = counter_number
        self.staff_id: uuid.UUID | None = None
        self.office_id: uuid.UUID | None = None
        self.policy = CallPolicy.from_settings(context.settings)

    def _station(self, session: Session) -> Station:
        if self.office_id is None:
            self.office_id = current_office(session).id
        return Station(
            self.office_id,
            self.counter_number,
            datetime.now(UTC),
            self.context.settings.zone,
            self.staff_id,
        )

    def view(self) -> CounterQueueView:
        with self.context.session(read_only=True) as session:
            return read_counter_queue(session, self._station(session))

    def changed_since(self, seq: int) -> CounterQueueView | None:
        """The fresh view if the office's change number moved past ``seq``, else None."""
        with self.context.session(read_only=True) as session:
            station = self._station(session)
            if change_seq(session, station.office_id) == seq:
                return None
            return read_counter_queue(session, station)

    def act(self, step: Callable[[Session, Station], Any]) -> CounterQueueView:
        """Run one step in its own transaction, then read the view."""
        with self.context.session() as session:
            step(session, self._station(session))
        return self.view()

    def call_next(self) -> CounterQueueView:
        return self.act(lambda s, st: calls.call_next(s, st, self.policy))

    def call_ticket(self, text: str) -> CounterQueueView:
        return self.act(lambda s, st: calls.call_ticket(s, st, text))

    def recall(self) -> CounterQueueView:
        return self.act(lambda s, st: calls.recall(s, st, self.policy))

    def start_serving(self) -> CounterQueueView:
        return self.act(calls.start_serving)

    def finish(self) -> CounterQueueView:
        return self.act(calls.finish)

    def no_show(self) -> CounterQueueView:
        return self.act(calls.no_show)

    def transfer(self, to_area: str | None, to_counter: int | None) -> CounterQueueView:
        return self.act(lambda s, st: calls.transfer(s, st, to_area=to_area, to_counter=to_counter))

    def pause(self, reason: str) -> CounterQueueView:
        return self.act(lambda s, st: calls.pause_counter(s, st, reason))

    def resume(self) -> CounterQueueView:
        return self.act(calls.resume_counter)

    def targets(self) -> tuple[list[AreaInfo], list[CounterInfo]]:
        """Where a ticket can be transferred: active areas and other active counters."""
        with self.context.session(read_only=True) as session:
            station = self._station(session)
            areas = [a for a in list_areas(session, station.office_id) if a.active]
            counters = [
                c
                for c in list_counters(session, station.office_id)
                if c.active and c.number != self.counter_number
            ]
        return areas, counters
