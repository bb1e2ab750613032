"""The queue ticket's states and allowed moves: one table, refused moves named in Vietnamese."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.queue.calls import ACTIVE_AT_COUNTER
from desktop_app.storage.models import QueueTicket
from motcua_core.domain.errors import DomainError
from motcua_core.domain.ticket_state import (
    ALLOWED_TRANSITIONS,
    AT_COUNTER,
    IllegalTicketTransition,
    TicketState,
    can_transition,
    check_transition,
)

STATES = st.sampled_from(list(TicketState))


@given(STATES, STATES)
def test_a_move_is_refused_exactly_when_the_table_leaves_it_out(
    start: TicketState, target: TicketState
) -> None:
    allowed = target in ALLOWED_TRANSITIONS[start]
    assert can_transition(start.value, target.value) is allowed
    if allowed:
        check_transition(start, target)
    else:
        with pytest.raises(IllegalTicketTransition) as caught:
            check_transition(start.value, target)
        assert isinstance(caught.value, DomainError)
        assert start.label_vi in caught.value.message_vi
        assert target.label_vi in caught.value.message_vi


def test_done_and_cancelled_are_final_and_every_other_state_can_move() -> None:
    final = {s for s, targets in ALLOWED_TRANSITIONS.items() if not targets}
    assert final == {TicketState.DONE, TicketState.CANCELLED}
    assert set(ALLOWED_TRANSITIONS) == set(TicketState)


def test_transferred_is_no_state_though_the_database_still_allows_it() -> None:
    (check,) = [
        c
        for c in QueueTicket.__table__.constraints
        if "status IN" in str(getattr(c, "sqltext", ""))
    ]
    allowed = set(re.findall(r"'([a-z_]+)'", str(check.sqltext)))
    assert allowed - {s.value for s in TicketState} == {"transferred"}
    with pytest.raises(ValueError):
        check_transition(TicketState.CALLED, "transferred")


def test_the_counter_holds_a_called_or_served_ticket() -> None:
    assert ACTIVE_AT_COUNTER == ("called", "serving") == tuple(AT_COUNTER)
    assert TicketState.NO_SHOW.label_vi == "Vắng mặt"
