"""A queue ticket's states and the moves between them.

The values are stored in ``queue_ticket.status``, printed by ``desktop-app queue … --json`` and
sent to the central server; keep them unchanged.

The database's check constraint also allows ``transferred``, which no code sets: a transfer
is an event (``queue_event.kind = 'transferred'``) that puts the ticket back to ``waiting``
with its arrival time. The value stays allowed in the constraint because removing it rebuilds
``queue_ticket`` on every office's SQLite database for no gain; ``TicketState`` refuses it,
so no code path can write it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from motcua_core.domain.errors import DomainError


class TicketState(StrEnum):
    """Where a queue ticket stands (trạng thái số thứ tự)."""

    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def label_vi(self) -> str:
        """The Vietnamese name shown to officers."""
        return _LABELS_VI[self]


_LABELS_VI: Mapping[TicketState, str] = MappingProxyType(
    {
        TicketState.WAITING: "Đang chờ",
        TicketState.CALLED: "Đã gọi",
        TicketState.SERVING: "Đang phục vụ",
        TicketState.DONE: "Đã xong",
        TicketState.NO_SHOW: "Vắng mặt",
        TicketState.CANCELLED: "Đã hủy",
    }
)

_T = TicketState

#: Where a ticket may go from each state:
#:
#: * WAITING → CALLED: a counter calls it (next in line or by its number);
#:   → CANCELLED: the citizen left before being called.
#: * CALLED → SERVING: the citizen came; CALLED or SERVING → DONE: the counter finished (also
#:   when it calls the next citizen); → NO_SHOW: the citizen did not come; → WAITING: a
#:   transfer to another area or counter (the ticket keeps its arrival time).
#: * NO_SHOW → WAITING: reactivated the same day; → CALLED: called again by its number.
#: * DONE and CANCELLED are final.
ALLOWED_TRANSITIONS: Mapping[TicketState, frozenset[TicketState]] = MappingProxyType(
    {
        _T.WAITING: frozenset({_T.CALLED, _T.CANCELLED}),
        _T.CALLED: frozenset({_T.SERVING, _T.DONE, _T.NO_SHOW, _T.WAITING}),
        _T.SERVING: frozenset({_T.DONE, _T.NO_SHOW, _T.WAITING}),
        _T.NO_SHOW: frozenset({_T.WAITING, _T.CALLED}),
        _T.DONE: frozenset(),
        _T.CANCELLED: frozenset(),
    }
)

#: The states in which a ticket is held by a counter.
AT_COUNTER: tuple[TicketState, ...] = (TicketState.CALLED, TicketState.SERVING)

#: The states a counter may call a ticket from by its number.
CALLABLE_BY_NUMBER: tuple[TicketState, ...] = (TicketState.WAITING, TicketState.NO_SHOW)


class IllegalTicketTransition(DomainError):
    """A queue ticket cannot move from one state to another."""

    def __init__(self, from_state: TicketState, to_state: TicketState) -> None:
        super().__init__(
            f"A queue ticket in state {from_state.value} cannot move to {to_state.value}.",
            f"Số thứ tự đang ở trạng thái «{from_state.label_vi}» không thể chuyển sang "
            f"«{to_state.label_vi}».",
        )
        self.from_state = from_state
        self.to_state = to_state


def can_transition(from_state: TicketState | str, to_state: TicketState | str) -> bool:
    """Whether a ticket in ``from_state`` may move to ``to_state``."""
    return TicketState(to_state) in ALLOWED_TRANSITIONS[TicketState(from_state)]


def check_transition(from_state: TicketState | str, to_state: TicketState | str) -> None:
    """Refuse a move the table above does not allow.

    Raises:
        IllegalTicketTransition: the move is not allowed (names both states).
        ValueError: a value that is no ticket state.
    """
    if not can_transition(from_state, to_state):
        raise IllegalTicketTransition(TicketState(from_state), TicketState(to_state))
