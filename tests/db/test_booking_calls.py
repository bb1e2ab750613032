"""Calling checked-in bookings on SQLite and PostgreSQL: first at their slot, fair to walk-ins."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.queue import calls
from desktop_app.services.queue.bookings import check_in
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import OutboxOp, QueueTicket, ServiceArea
from motcua_core.domain.booking_order import DEFAULT_BOOKING_K
from tests.support.bookings import pull_booking
from tests.support.queue_worker import MOMENT

POLICY = calls.CallPolicy()


@pytest.fixture
def counters(context, office):
    with context.session() as session:
        add_counter(session, office.id, number=1, name="Quầy 1", areas=["A", "B"])
        add_counter(session, office.id, number=2, name="Quầy 2", areas=["B"])


def arrive(context, office, now, minutes, area="A", slot=None):
    """A walk-in ticket, or (``slot`` minutes after ``now``) a checked-in booking's ticket."""
    with context.session() as session:
        info = issue_ticket(
            session, office.id, area, at=now + timedelta(minutes=minutes), tz=context.settings.zone
        )
        if slot is not None:
            row = session.get_one(QueueTicket, info.id)
            row.booking_start = now + timedelta(minutes=slot)
    return info.display_number


def call(context, office, now, minutes, counter=1):
    station = calls.Station(
        office.id, counter, now + timedelta(minutes=minutes), context.settings.zone
    )
    with context.session() as session:
        info = calls.call_next(session, station, POLICY)
    return None if info is None else info.display_number


def streak(context, office, code):
    with context.session(read_only=True) as session:
        return session.scalars(
            select(ServiceArea.booking_streak).where(
                ServiceArea.office_id == office.id, ServiceArea.code == code
            )
        ).one()


def test_a_checked_in_booking_is_called_first_at_its_slot(context, office, now, counters):
    first, second = arrive(context, office, now, 0), arrive(context, office, now, 1)
    booked = arrive(context, office, now, 2, slot=30)  # checked in at 09:32 for 10:00
    assert call(context, office, now, 15) == first  # 09:45: its slot has not started
    assert call(context, office, now, 30) == booked  # 10:00: before the earlier walk-in
    assert streak(context, office, "A") == 1
    assert call(context, office, now, 31) == second
    assert streak(context, office, "A") == 0
    assert call(context, office, now, 32) is None


def test_a_walk_in_is_not_overtaken_more_than_k_times(context, office, now, counters):
    walk_in = arrive(context, office, now, 0)
    booked = [arrive(context, office, now, 1, slot=0) for _ in range(DEFAULT_BOOKING_K + 2)]
    order = [call(context, office, now, 10 + i) for i in range(len(booked) + 1)]
    assert order == booked[:DEFAULT_BOOKING_K] + [walk_in] + booked[DEFAULT_BOOKING_K:]
    assert streak(context, office, "A") == 0  # nobody walked in after the fairness call


def test_counters_of_one_area_share_its_streak(context, office, now, counters):
    walk_in = arrive(context, office, now, 0, area="B")
    booked = [arrive(context, office, now, 1, area="B", slot=0) for _ in range(4)]
    order = [call(context, office, now, 10 + i, counter=1 + i % 2) for i in range(5)]
    assert order == booked[:3] + [walk_in] + booked[3:]


def _called_in_order(context) -> list[str]:
    """Display numbers in the order their calls committed (the outbox is written in it)."""
    with context.session(read_only=True) as session:
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity == "ticket").order_by(OutboxOp.seq)
        ).all()
    return [op.payload["display_number"] for op in ops if op.payload["status"] == "called"]


def test_two_counters_calling_at_once_keep_the_fairness(context, office_settings, office, counters):
    # Area B, served by both counters: two walk-ins, then eight bookings whose slot started.
    at = MOMENT - timedelta(minutes=30)
    walk_ins = [arrive(context, office, at, m, area="B") for m in (0, 1)]
    booked = [arrive(context, office, at, 2, area="B", slot=10) for _ in range(8)]
    url = office_settings.database_url
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.queue_worker", "call", url, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for n in (1, 2)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    k = DEFAULT_BOOKING_K
    expected = booked[:k] + walk_ins[:1] + booked[k : 2 * k] + walk_ins[1:] + booked[2 * k :]
    assert _called_in_order(context) == expected


def test_a_booking_checked_in_by_code_is_called_at_its_slot(context, office, now, counters):
    start = now + timedelta(minutes=30)  # 10:00
    with context.session() as session:
        pulled = pull_booking(session, office.id, start)
    first, second = arrive(context, office, now, 0), arrive(context, office, now, 1)
    with context.session() as session:
        booked = check_in(
            session, office.id, booking_code=pulled["code"], now=now + timedelta(minutes=5),
            tz=context.settings.zone,
        ).display_number  # fmt: skip
    assert call(context, office, now, 20) == first  # 09:50: its slot has not started
    assert call(context, office, now, 30) == booked
    assert call(context, office, now, 31) == second
