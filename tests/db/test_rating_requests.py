"""Rating requests: written by a return or a finished ticket, answered at the rating station."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.department import mark_result_ready
from desktop_app.services.handover.result_return import Receiver, return_result
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.services.ratings.rating import record_rating
from desktop_app.services.ratings.rating_requests import (
    REQUEST_LIFETIME,
    answer_request,
    pending_prompt,
    request_rating,
)
from desktop_app.storage.models import AuditEntry, OutboxOp, Rating, RatingRequest
from tests.support.handover_data import DEPARTMENT, add_people, receive

POLICY = calls.CallPolicy()


@pytest.fixture
def people(context, office):
    with context.session() as session:
        add_counter(session, office.id, number=2, name="Quầy 2", areas=["A"])
        return add_people(session, office)


def _serve(context, office, now, officer, minutes=0):
    """A ticket issued and called to counter 2 by ``officer``; returns the ticket info."""
    with context.session() as session:
        issue_ticket(session, office.id, "A", at=now + timedelta(minutes=minutes),
                     tz=context.settings.zone)  # fmt: skip
    station = calls.Station(office.id, 2, now + timedelta(minutes=minutes + 1),
                            context.settings.zone, officer.id)  # fmt: skip
    with context.session() as session:
        return calls.call_next(session, station, POLICY), station


def test_finished_ticket_asks_the_station_and_the_answer_is_tied_to_visit_and_officer(
    context, office, now, people
):
    officer, _ = people
    ticket, station = _serve(context, office, now, officer)
    with context.session(read_only=True) as session:
        assert pending_prompt(session, office.id, 2, now) is None  # not done yet
    with context.session() as session:
        calls.finish(session, station)
    later = now + timedelta(minutes=3)
    with context.session(read_only=True) as session:
        prompt = pending_prompt(session, office.id, 2, later)
        assert pending_prompt(session, office.id, 1, later) is None  # another counter
    assert prompt is not None and prompt.ticket_number == ticket.display_number
    assert prompt.officer_name == officer.full_name and prompt.dossier_code is None
    with context.session() as session, pytest.raises(ServiceError, match="reason"):
        answer_request(session, prompt.id, level="dissatisfied", reason=" ", at=later)
    with context.session() as session:
        answer = answer_request(session, prompt.id, level="dissatisfied",
                                reason="Chờ lâu", at=later)  # fmt: skip
    with context.session(read_only=True) as session:
        rating = session.scalars(select(Rating)).one()
        request = session.get(RatingRequest, prompt.id)
        assert pending_prompt(session, office.id, 2, later) is None
        ops = session.scalars(select(OutboxOp.entity).where(OutboxOp.entity == "rating")).all()
        actions = set(session.scalars(select(AuditEntry.action)))
    assert answer.rating is not None and rating.id == answer.rating.id
    assert (rating.ticket_id, rating.staff_id, rating.reason) == (ticket.id, officer.id, "Chờ lâu")
    assert request.state == "answered" and request.rating_id == rating.id
    assert ops == ["rating"] and "rating_recorded" in actions
    with context.session() as session, pytest.raises(ServiceError):
        answer_request(session, prompt.id, level="satisfied", reason=None, at=later)


def test_return_without_rating_asks_the_counter_of_the_serving_ticket(
    context, office, calendar, now, people
):
    officer, specialist = people
    with context.session() as session:
        code = receive(session, office, calendar, now, staff_id=officer.id).code
        mark_result_ready(session, code, at=now + timedelta(days=1), staff_id=specialist.id,
                          unit=DEPARTMENT, note="")  # fmt: skip
    back = now + timedelta(days=2)
    ticket, station = _serve(context, office, back, officer)
    with context.session() as session:
        return_result(
            session,
            code,
            receiver=Receiver(),
            fee_collected=None,
            at=back + timedelta(minutes=5),
            tz=calendar.tz,
            staff_id=officer.id,
        )
    with context.session() as session:  # the ticket finishes: no second request for the visit
        calls.finish(session, station)
    with context.session(read_only=True) as session:
        requests = session.scalars(select(RatingRequest)).all()
        prompt = pending_prompt(session, office.id, 2, back + timedelta(minutes=6))
    assert len(requests) == 1
    assert prompt is not None and prompt.dossier_code == code
    assert requests[0].ticket_id == ticket.id and requests[0].staff_id == officer.id
    with context.session() as session:
        answer_request(session, prompt.id, level="very_satisfied", reason=None,
                       at=back + timedelta(minutes=7))  # fmt: skip
    with context.session(read_only=True) as session:
        rating = session.scalars(select(Rating)).one()
        assert rating.dossier_id == requests[0].dossier_id and rating.ticket_id == ticket.id


def test_requests_expire_and_a_dossier_rated_at_the_officer_screen_is_skipped(
    context, office, calendar, now, people
):
    officer, _ = people
    with context.session() as session:
        first = request_rating(session, office_id=office.id, counter_number=2, at=now,
                               staff_id=officer.id)  # fmt: skip
    too_late = now + REQUEST_LIFETIME + timedelta(seconds=1)
    with context.session(read_only=True) as session:
        assert pending_prompt(session, office.id, 2, now).id == first
        assert pending_prompt(session, office.id, 2, too_late) is None
    with context.session() as session:
        dossier = receive(session, office, calendar, now, staff_id=officer.id)
        second = request_rating(session, office_id=office.id, counter_number=2, at=too_late,
                                dossier_id=dossier.id, staff_id=officer.id)  # fmt: skip
        assert session.get(RatingRequest, first).state == "expired"
    with context.session(read_only=True) as session:
        assert pending_prompt(session, office.id, 2, too_late).id == second
    with context.session() as session:
        record_rating(session, office_id=office.id, level="satisfied", dossier_code=dossier.code,
                      staff_id=officer.id, at=too_late)  # fmt: skip
    with context.session(read_only=True) as session:
        assert pending_prompt(session, office.id, 2, too_late) is None
    with context.session() as session:
        answer = answer_request(session, second, level="satisfied", reason=None, at=too_late)
    assert answer.already_rated and answer.rating is None


def test_at_most_one_request_per_ticket(context, office, now, people):
    officer, _ = people
    ticket, _station = _serve(context, office, now, officer)
    with context.session() as session:
        ids = [request_rating(session, office_id=office.id, counter_number=2, at=now,
                              ticket_id=ticket.id) for _ in range(2)]  # fmt: skip
    assert ids[0] is not None and ids[1] is None
