"""Changes to a dossier's due moment: supplement pauses and the one-time extension."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from motcua_core.domain.errors import DomainError


class PauseCalendar(Protocol):
    """What resuming a paused clock needs of the work calendar (``WorkCalendar`` has it)."""

    def resume_after_pause(
        self, due_at: datetime, paused_at: datetime, resumed_at: datetime
    ) -> datetime: ...


def extend_due(current_due: datetime, new_due: datetime, already_extended: bool) -> datetime:
    """Check an extension of the due moment (Mẫu 04) and return the new due moment.

    The appointment may be reset only once, and only to a later moment.

    Raises:
        DomainError: The dossier was already extended or ``new_due`` is not later.
    """
    if already_extended:
        raise DomainError(
            "The due date has already been extended once; it cannot be extended again.",
            "Hồ sơ đã được gia hạn một lần, không thể gia hạn thêm.",
        )
    if new_due <= current_due:
        raise DomainError(
            f"The new due moment {new_due.isoformat()} is not after the current one "
            f"{current_due.isoformat()}.",
            "Thời hạn mới phải sau thời hạn hiện tại.",
        )
    return new_due


@dataclass(frozen=True)
class DueDateState:
    """A dossier's due moment with its pause and extension history.

    Attributes:
        due_at: The current due moment.
        original_due_at: The due moment given at reception (printed on Mẫu 04).
        extended: Whether the appointment was already reset once.
        paused_at: When the clock stopped for a supplement, or None while it runs.
    """

    due_at: datetime
    original_due_at: datetime
    extended: bool = False
    paused_at: datetime | None = None

    @classmethod
    def start(cls, due_at: datetime) -> DueDateState:
        """Return the state of a freshly received dossier."""
        return cls(due_at=due_at, original_due_at=due_at)

    def pause(self, at: datetime) -> DueDateState:
        """Stop the clock for a supplement request.

        Raises:
            DomainError: The clock is already stopped.
        """
        if self.paused_at is not None:
            raise DomainError(
                "The dossier is already waiting for a supplement.",
                "Hồ sơ đang trong thời gian chờ bổ sung.",
            )
        return replace(self, paused_at=at)

    def resume(self, calendar: PauseCalendar, at: datetime) -> DueDateState:
        """Restart the clock, pushing the due moment by the paused working time.

        Raises:
            DomainError: The clock is not stopped.
        """
        if self.paused_at is None:
            raise DomainError(
                "The dossier is not waiting for a supplement.",
                "Hồ sơ không ở trạng thái chờ bổ sung.",
            )
        new_due = calendar.resume_after_pause(self.due_at, self.paused_at, at)
        return replace(self, due_at=new_due, paused_at=None)

    def extend(self, new_due: datetime) -> DueDateState:
        """Reset the appointment (once only) to a later moment."""
        return replace(self, due_at=extend_due(self.due_at, new_due, self.extended), extended=True)
