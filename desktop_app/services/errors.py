"""Errors services raise for people: each carries a Vietnamese message for the GUI."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case cannot be carried out; ``message_vi`` tells the officer what to do."""

    def __init__(self, message: str, message_vi: str | None = None) -> None:
        super().__init__(message)
        self.message_vi = message_vi or message


class NotFound(ServiceError):
    """The thing asked for does not exist."""


class NotInitialised(ServiceError):
    """The office database has not been set up yet."""
