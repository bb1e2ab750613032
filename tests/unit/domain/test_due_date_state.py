"""Tests for motcua_core.domain.due_date_state."""

from datetime import datetime

import pytest

from motcua_core.domain.due_date_state import DueDateState, extend_due
from motcua_core.domain.errors import DomainError
from motcua_core.domain.work_calendar import WorkCalendar

CAL = WorkCalendar()


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=CAL.tz)


def test_extension_only_once_and_only_later() -> None:
    current = at(2026, 3, 6, 10)
    later = at(2026, 3, 10, 10)
    assert extend_due(current, later, already_extended=False) == later
    with pytest.raises(DomainError, match="already been extended"):
        extend_due(current, later, already_extended=True)
    with pytest.raises(DomainError, match="not after"):
        extend_due(current, current, already_extended=False)


def test_due_date_state_history() -> None:
    state = DueDateState.start(at(2026, 3, 6, 10))
    state = state.pause(at(2026, 3, 4, 15))
    with pytest.raises(DomainError):
        state.pause(at(2026, 3, 4, 16))
    state = state.resume(CAL, at(2026, 3, 5, 10))
    assert state.due_at == at(2026, 3, 6, 15)
    assert state.paused_at is None
    with pytest.raises(DomainError):
        state.resume(CAL, at(2026, 3, 5, 11))
    state = state.extend(at(2026, 3, 12, 10))
    assert (state.due_at, state.original_due_at, state.extended) == (
        at(2026, 3, 12, 10),
        at(2026, 3, 6, 10),
        True,
    )
    with pytest.raises(DomainError, match="already been extended"):
        state.extend(at(2026, 3, 13, 10))


def test_work_calendar_re_exports_the_due_date_helpers() -> None:
    from motcua_core.domain import work_calendar

    assert work_calendar.extend_due is extend_due
    assert work_calendar.DueDateState is DueDateState
