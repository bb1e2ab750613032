"""How many booking requests one client address and one phone may make in an hour.

Counted in the central database (``booking_attempt``, with the atomic upsert of
``rate_limit``), so every worker and every server on the database shares the counts. Every
booking or cancel request of the right form counts against its client address (booked or
refused: a full slot, a phone that is not Vietnamese); one with a Vietnamese phone also counts
against that phone.
Past either limit the request is answered 429 with ``Retry-After`` (seconds to the next hour).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from central_server.booking_models import BookingAttempt
from central_server.client_address import client_address
from central_server.rate_limit import count_attempt

WINDOW_SECONDS = 3600


@dataclass(frozen=True)
class BookingLimits:
    """Requests per hour: per client address, per phone (``app.state.booking_limits``)."""

    per_address: int = 20
    per_phone: int = 4


class TooManyBookings(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


def limits_of(request: Request) -> BookingLimits:
    limits = getattr(request.app.state, "booking_limits", None)
    return limits if isinstance(limits, BookingLimits) else BookingLimits()


def count_address(request: Request) -> None:
    """One more booking request from this client address (``TooManyBookings`` past it)."""
    _count(request, "address:" + client_address(request), limits_of(request).per_address)


def count_phone(request: Request, phone: str) -> None:
    """One more booking request for ``phone`` (national form)."""
    _count(request, "phone:" + phone, limits_of(request).per_phone)


def _count(request: Request, key: str, limit: int) -> None:
    verdict = count_attempt(
        request.app.state.session_factory,
        key,
        limit,
        table=BookingAttempt,
        window_seconds=WINDOW_SECONDS,
    )
    if not verdict.allowed:
        raise TooManyBookings(verdict.retry_after)
