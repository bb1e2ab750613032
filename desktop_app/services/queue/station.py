"""Who acts at a counter (``Station``), by which rules (``CallPolicy``), and the counter's
live state: active or not, paused or not, the ticket it holds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.storage.models import Counter, QueueCounterState, QueueTicket
from motcua_core.domain.booking_order import DEFAULT_BOOKING_K
from motcua_core.domain.ticket_state import AT_COUNTER

if TYPE_CHECKING:
    from desktop_app.config import Settings

#: The stored values of the states in which a counter holds a ticket.
ACTIVE_AT_COUNTER = tuple(state.value for state in AT_COUNTER)


@dataclass(frozen=True)
class CallPolicy:
    """The settings that shape ``call_next``."""

    fairness_n: int = 3
    strict: bool = False
    recall_limit: int = 3
    booking_k: int = DEFAULT_BOOKING_K

    @classmethod
    def from_settings(cls, settings: Settings) -> CallPolicy:
        return cls(settings.priority_fairness_n, settings.priority_strict, settings.recall_limit)


@dataclass(frozen=True)
class Station:
    """Who acts: the office, the counter, the officer (if signed in), when, in which zone."""

    office_id: uuid.UUID
    counter_number: int
    at: datetime
    tz: ZoneInfo
    staff_id: uuid.UUID | None = None


def active_counter(session: Session, station: Station) -> Counter:
    """The station's counter.

    Raises:
        NotFound: no such counter, or it is not active.
    """
    counter = session.scalars(
        select(Counter).where(
            Counter.office_id == station.office_id, Counter.number == station.counter_number
        )
    ).one_or_none()
    if counter is None or not counter.active:
        raise NotFound(
            f"no active counter {station.counter_number}",
            f"Không có quầy số {station.counter_number} đang hoạt động.",
        )
    return counter


def counter_state(session: Session, counter: Counter, *, lock: bool = False) -> QueueCounterState:
    """The counter's live state row, created on first use."""
    query = select(QueueCounterState).where(QueueCounterState.counter_id == counter.id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    state = session.scalars(query).one_or_none()
    return state if state is not None else _new_counter_state(session, counter)


def _new_counter_state(session: Session, counter: Counter) -> QueueCounterState:
    """A counter's first state: open, no priority ticket called yet."""
    state = QueueCounterState(
        counter_id=counter.id, paused=False, pause_reason="", priority_streak=0
    )
    session.add(state)
    session.flush()
    return state


def check_not_paused(state: QueueCounterState, number: int) -> None:
    """Refuse to call at a paused counter."""
    if state.paused:
        raise ServiceError(
            f"counter {number} is paused: resume it first",
            f"Quầy {number} đang tạm dừng: hãy tiếp tục trước khi gọi số.",
        )


def current_ticket_row(session: Session, station: Station) -> QueueTicket | None:
    """The ticket called or being served at the counter, if any."""
    return session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.office_id == station.office_id,
            QueueTicket.counter_number == station.counter_number,
            QueueTicket.status.in_(ACTIVE_AT_COUNTER),
        )
        .order_by(QueueTicket.called_at.desc())
    ).first()


def require_current(session: Session, station: Station) -> QueueTicket:
    """The ticket at the counter.

    Raises:
        ServiceError: the counter has called nobody.
    """
    ticket = current_ticket_row(session, station)
    if ticket is None:
        raise ServiceError(
            f"counter {station.counter_number} has no ticket called",
            "Quầy chưa gọi số nào.",
        )
    return ticket
