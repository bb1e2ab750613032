"""Errors raised by the domain rules.

Every error carries an English message (for logs and developers) and a Vietnamese one
(``message_vi``) that the GUI can show to a counter officer as is.
"""

from __future__ import annotations

from typing import Protocol


class DomainError(ValueError):
    """A value or an action breaks a rule of the one-stop counter.

    Args:
        message: English explanation, also the text of ``str(error)``.
        message_vi: Vietnamese explanation for the officer; defaults to ``message``.
    """

    def __init__(self, message: str, message_vi: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_vi = message_vi if message_vi is not None else message


class InvalidDossierCode(DomainError):
    """A dossier code (mã số hồ sơ) or a unit code is malformed."""


class InvalidIdentifier(DomainError):
    """A citizen ID, old ID card, passport number or phone number is malformed."""


class CalendarError(DomainError):
    """A working-calendar setting or a date/time given to it is unusable."""


class _NamedStatus(Protocol):
    """What an error needs to know about a dossier status (avoids importing lifecycle)."""

    @property
    def value(self) -> int: ...

    @property
    def label_vi(self) -> str: ...


def _describe(status: _NamedStatus) -> str:
    return f"{status.value} ({status.label_vi})"


class IllegalTransition(DomainError):
    """A dossier cannot move from one status to another.

    Args:
        from_status: The dossier's current status.
        to_status: The status that was asked for.
    """

    def __init__(self, from_status: _NamedStatus, to_status: _NamedStatus) -> None:
        super().__init__(
            f"A dossier in status {_describe(from_status)} cannot move to status "
            f"{_describe(to_status)}.",
            f"Hồ sơ đang ở trạng thái {_describe(from_status)} không thể chuyển sang "
            f"trạng thái {_describe(to_status)}.",
        )
        self.from_status = from_status
        self.to_status = to_status
