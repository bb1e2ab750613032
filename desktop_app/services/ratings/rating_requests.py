"""Rating requests: the counter asks the rating station at its desk to show the three choices.

The counter side writes a request when it returns a result or finishes a served ticket; the
rating station polls (one indexed read) for the oldest pending request of its counter, and the
citizen's answer records a ``Rating`` (outbox + audit) tied to the visit ticket, the dossier
and the officer, and marks the request answered. Requests not answered within
``REQUEST_LIFETIME`` expire: the citizen has gone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Row, exists, select, update
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.ratings.rating import RatingInfo, RatingLevel, check_rating, record_rating
from desktop_app.storage.models import (
    Dossier,
    QueueTicket,
    Rating,
    RatingRequest,
    Staff,
    TicketEvent,
)
from motcua_core.domain.ticket_state import AT_COUNTER

REQUEST_LIFETIME = timedelta(minutes=10)
_AT_COUNTER = tuple(state.value for state in AT_COUNTER)


@dataclass(frozen=True)
class RatingPrompt:
    """What the rating station shows: no personal data of the citizen."""

    id: uuid.UUID
    counter_number: int
    created_at: datetime
    dossier_code: str | None
    ticket_number: str | None
    officer_name: str


@dataclass(frozen=True)
class RatingAnswer:
    request_id: uuid.UUID
    rating: RatingInfo | None
    already_rated: bool = False


def expire_old_requests(
    session: Session, office_id: uuid.UUID, counter_number: int, now: datetime
) -> None:
    """Pending requests of a counter older than ``REQUEST_LIFETIME`` become expired."""
    session.execute(
        update(RatingRequest)
        .where(*_pending_at(office_id, counter_number))
        .where(RatingRequest.created_at < now - REQUEST_LIFETIME)
        .values(state="expired")
    )


def _pending_at(office_id: uuid.UUID, counter_number: int) -> tuple[ColumnElement[bool], ...]:
    """The conditions of a counter's pending requests."""
    return (
        RatingRequest.office_id == office_id,
        RatingRequest.counter_number == counter_number,
        RatingRequest.state == "pending",
    )


def request_rating(
    session: Session,
    *,
    office_id: uuid.UUID,
    counter_number: int,
    at: datetime,
    dossier_id: uuid.UUID | None = None,
    ticket_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
) -> uuid.UUID | None:
    """Ask the rating station of ``counter_number``; one request per visit ticket.

    Returns the new request's id, or None when the ticket already has one.
    """
    expire_old_requests(session, office_id, counter_number, at)
    if ticket_id is not None and _ticket_has_request(session, ticket_id):
        return None
    row = RatingRequest(
        id=uuid.uuid4(), office_id=office_id, counter_number=counter_number,
        dossier_id=dossier_id, ticket_id=ticket_id, staff_id=staff_id, created_at=at,
        state="pending",
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def _ticket_has_request(session: Session, ticket_id: uuid.UUID) -> bool:
    taken = session.scalar(select(RatingRequest.id).where(RatingRequest.ticket_id == ticket_id))
    return taken is not None


def counter_of_staff(
    session: Session, office_id: uuid.UUID, staff_id: uuid.UUID | None
) -> tuple[int | None, uuid.UUID | None]:
    """The counter where ``staff_id`` works now and the ticket served there (if any).

    The ticket the officer has called or serves; else the counter of their latest ticket step.
    """
    if staff_id is None:
        return None, None
    current = _ticket_served_by(session, office_id, staff_id)
    if current is not None:
        return current[0], current[1]
    return _latest_counter_of(session, staff_id), None


def _ticket_served_by(
    session: Session, office_id: uuid.UUID, staff_id: uuid.UUID
) -> Row[int | None, uuid.UUID] | None:
    """(counter, ticket) of the ticket the officer called or serves most recently."""
    return session.execute(
        select(QueueTicket.counter_number, QueueTicket.id)
        .where(
            QueueTicket.office_id == office_id,
            QueueTicket.staff_id == staff_id,
            QueueTicket.status.in_(_AT_COUNTER),
        )
        .order_by(QueueTicket.called_at.desc())
        .limit(1)
    ).first()


def _latest_counter_of(session: Session, staff_id: uuid.UUID) -> int | None:
    """The counter of the officer's latest ticket step."""
    return session.scalar(
        select(TicketEvent.counter_number)
        .where(TicketEvent.staff_id == staff_id, TicketEvent.counter_number.is_not(None))
        .order_by(TicketEvent.at.desc())
        .limit(1)
    )


def request_after_return(
    session: Session,
    dossier: Dossier,
    *,
    at: datetime,
    staff_id: uuid.UUID | None,
    ticket_id: uuid.UUID | None,
    counter_number: int | None,
) -> uuid.UUID | None:
    """The rating request written when a result is returned without an immediate rating."""
    found_counter, found_ticket = counter_of_staff(session, dossier.office_id, staff_id)
    ticket_id = ticket_id or found_ticket
    if counter_number is None and ticket_id is not None:
        counter_number = _counter_of_ticket(session, ticket_id)
    counter_number = counter_number or found_counter
    if counter_number is None:
        return None
    return request_rating(
        session, office_id=dossier.office_id, counter_number=counter_number, at=at,
        dossier_id=dossier.id, ticket_id=ticket_id, staff_id=staff_id,
    )  # fmt: skip


def _counter_of_ticket(session: Session, ticket_id: uuid.UUID) -> int | None:
    return session.scalar(select(QueueTicket.counter_number).where(QueueTicket.id == ticket_id))


def request_after_ticket(
    session: Session, ticket: QueueTicket, *, at: datetime, staff_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The rating request written when a counter finishes serving a ticket."""
    if ticket.counter_number is None:
        return None
    return request_rating(
        session, office_id=ticket.office_id, counter_number=ticket.counter_number, at=at,
        ticket_id=ticket.id, staff_id=staff_id or ticket.staff_id,
    )  # fmt: skip


def pending_prompt(
    session: Session, office_id: uuid.UUID, counter_number: int, now: datetime
) -> RatingPrompt | None:
    """The oldest pending, unexpired request of a counter (a read: safe to poll often).

    Requests for a dossier rated meanwhile (at the officer's screen) are skipped.
    """
    rated = exists().where(Rating.dossier_id == RatingRequest.dossier_id)
    row = session.execute(
        select(RatingRequest, Dossier.code, QueueTicket.display_number, Staff.full_name)
        .outerjoin(Dossier, Dossier.id == RatingRequest.dossier_id)
        .outerjoin(QueueTicket, QueueTicket.id == RatingRequest.ticket_id)
        .outerjoin(Staff, Staff.id == RatingRequest.staff_id)
        .where(*_pending_at(office_id, counter_number))
        .where(RatingRequest.created_at >= now - REQUEST_LIFETIME, ~rated)
        .order_by(RatingRequest.created_at)
        .limit(1)
    ).first()
    return None if row is None else _prompt(*row)


def _prompt(
    request: RatingRequest, code: str | None, number: str | None, officer: str | None
) -> RatingPrompt:
    return RatingPrompt(request.id, request.counter_number, request.created_at, code, number,
                        officer or "")  # fmt: skip


def answer_request(
    session: Session,
    request_id: uuid.UUID,
    *,
    level: RatingLevel | str,
    reason: str | None,
    at: datetime,
) -> RatingAnswer:
    """Record the citizen's answer to a request and mark it answered; the caller commits.

    A dossier rated meanwhile at the officer's screen is not rated twice.

    Raises:
        ServiceError: a bad level or a dissatisfied answer without a reason; the request
            was answered already. NotFound: no such request.
    """
    check_rating(level, reason)
    request = _open_request(session, request_id)
    request.state = "answered"
    request.answered_at = at
    code = session.scalar(select(Dossier.code).where(Dossier.id == request.dossier_id))
    if code and _dossier_rated(session, request.dossier_id):
        session.flush()
        return RatingAnswer(request.id, None, already_rated=True)
    rating = _rate_request(session, request, level, reason, code, at)
    session.flush()
    return RatingAnswer(request.id, rating)


def _rate_request(
    session: Session,
    request: RatingRequest,
    level: RatingLevel | str,
    reason: str | None,
    code: str | None,
    at: datetime,
) -> RatingInfo:
    """The rating of the request's visit (its ticket, dossier and officer), linked to it."""
    rating = record_rating(
        session, office_id=request.office_id, level=level, reason=reason, dossier_code=code,
        ticket_id=request.ticket_id, staff_id=request.staff_id, at=at,
    )  # fmt: skip
    request.rating_id = rating.id
    return rating


def _open_request(session: Session, request_id: uuid.UUID) -> RatingRequest:
    """The request, locked, not yet answered."""
    request = session.get(RatingRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(f"no rating request {request_id}", "Không tìm thấy yêu cầu đánh giá.")
    if request.state == "answered":
        raise ServiceError("this request was answered already", "Yêu cầu này đã được đánh giá.")
    return request


def _dossier_rated(session: Session, dossier_id: uuid.UUID | None) -> bool:
    """The dossier got its rating meanwhile (at the officer's screen)."""
    return session.scalar(select(Rating.id).where(Rating.dossier_id == dossier_id)) is not None
