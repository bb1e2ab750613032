"""The queue services on SQLite and PostgreSQL: numbering, lifecycle, transfer, board."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.queue import calls
from desktop_app.services.queue.board import change_seq, read_board, read_counter_queue
from desktop_app.services.queue.config import add_counter, set_area, set_priority_group
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import OutboxOp, QueueTicket, TicketEvent

POLICY = calls.CallPolicy(fairness_n=2, strict=False, recall_limit=2)


@pytest.fixture
def counters(context, office):
    with context.session() as session:
        add_counter(session, office.id, number=1, name="Quầy 1", areas=["A", "B"])
        add_counter(session, office.id, number=2, name="Quầy 2", areas=["B"])


def issue(context, office, now, area="A", minutes=0, priority=None):
    with context.session() as session:
        return issue_ticket(
            session, office.id, area, at=now + timedelta(minutes=minutes),
            tz=context.settings.zone, priority_group=priority,
        )  # fmt: skip


def step(context, office, now, action, counter=1, minutes=30, **kwargs):
    station = calls.Station(
        office.id, counter, now + timedelta(minutes=minutes), context.settings.zone
    )
    with context.session() as session:
        return action(session, station, **kwargs)


def test_numbers_restart_each_local_day_and_respect_cap_and_hours(context, office, now):
    assert [issue(context, office, now, minutes=m).display_number for m in (0, 1)] == [
        "A001",
        "A002",
    ]
    assert issue(context, office, now + timedelta(days=1)).display_number == "A001"
    with context.session() as session:
        set_area(session, office.id, "B", daily_cap=1, opens_at=time(7, 0), closes_at=time(17, 0))
    assert issue(context, office, now, area="B").display_number == "B001"
    with pytest.raises(ServiceError, match="daily cap"):
        issue(context, office, now, area="B")
    with pytest.raises(ServiceError, match="opening hours"):
        issue(context, office, now, area="B", minutes=10 * 60)  # 19:30 local
    with pytest.raises(ServiceError, match="priority group"):
        issue(context, office, now, priority="vip")
    with pytest.raises(NotFound):
        issue(context, office, now, area="ZZ")


def test_priority_first_with_fairness_and_steps_recorded(context, office, now, counters):
    normal = issue(context, office, now, minutes=0)
    priority = [issue(context, office, now, minutes=m, priority="elderly") for m in (1, 2, 3)]
    called = [step(context, office, now, calls.call_next, policy=POLICY, minutes=10 + i)
              for i in range(4)]  # fmt: skip
    assert [t.id for t in called] == [priority[0].id, priority[1].id, normal.id, priority[2].id]
    assert step(context, office, now, calls.call_next, policy=POLICY, minutes=20) is None
    with context.session(read_only=True) as session:
        done = session.scalars(select(QueueTicket).where(QueueTicket.status == "done")).all()
        events = session.scalars(select(TicketEvent).where(TicketEvent.kind == "called")).all()
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity == "ticket")).all()
    assert len(done) == 4  # each call closed the previous ticket, the last call closed the 4th
    assert {e.counter_number for e in events} == {1}
    assert len(ops) >= 4 + 4 + 4  # issued, called, done for each


def test_recall_limit_no_show_and_reactivate_keeps_place(context, office, now, counters):
    first = issue(context, office, now, minutes=0)
    second = issue(context, office, now, minutes=1)
    step(context, office, now, calls.call_next, policy=POLICY)
    for _ in range(2):
        assert step(context, office, now, calls.recall, policy=POLICY).id == first.id
    with pytest.raises(ServiceError, match="recalled"):
        step(context, office, now, calls.recall, policy=POLICY)
    assert step(context, office, now, calls.no_show).status == "no_show"
    assert (
        step(context, office, now, calls.reactivate, text=first.display_number).status == "waiting"
    )
    again = step(context, office, now, calls.call_next, policy=POLICY, minutes=40)
    assert again.id == first.id  # back in its original place, before the second ticket
    assert step(context, office, now, calls.call_next, policy=POLICY, minutes=50).id == second.id


def test_transfer_to_area_and_counter_keeps_arrival_and_number(context, office, now, counters):
    early = issue(context, office, now, area="A", minutes=0)
    later_b = issue(context, office, now, area="B", minutes=5)
    step(context, office, now, calls.call_next, policy=POLICY, minutes=10)
    moved = step(context, office, now, calls.transfer, to_area="B", minutes=11)
    assert (moved.display_number, moved.area_code, moved.status) == ("A001", "B", "waiting")
    assert moved.arrival_at == early.arrival_at
    assert (
        step(context, office, now, calls.call_next, policy=POLICY, counter=2, minutes=12).id
        == early.id
    )
    sent = step(context, office, now, calls.transfer, counter=2, to_counter=1, minutes=13)
    assert sent.status == "waiting"
    assert (
        step(context, office, now, calls.call_next, policy=POLICY, counter=2, minutes=14).id
        == later_b.id
    )
    assert (
        step(context, office, now, calls.call_next, policy=POLICY, counter=1, minutes=15).id
        == early.id
    )


def test_call_by_barcode_pause_resume_and_board(context, office, now, counters):
    first = issue(context, office, now, minutes=0)
    second = issue(context, office, now, minutes=1)
    before = _seq(context, office)
    assert step(context, office, now, calls.call_ticket, text=second.barcode).id == second.id
    assert _seq(context, office) > before
    step(context, office, now, calls.start_serving)
    step(context, office, now, calls.pause_counter, reason="Họp")
    with pytest.raises(ServiceError, match="paused"):
        step(context, office, now, calls.call_next, policy=POLICY)
    with context.session(read_only=True) as session:
        zone = context.settings.zone
        board = read_board(session, office.id, at=now + timedelta(minutes=31), tz=zone)
        panel = read_counter_queue(session, calls.Station(office.id, 1, now, zone))
    tile = next(c for c in board.counters if c.number == 1)
    assert (tile.display_number, tile.status, tile.paused) == ("A002", "serving", True)
    assert [c.display_number for c in board.last_calls] == ["A002"]
    assert next(a.waiting for a in board.waiting if a.code == "A") == 1
    assert panel.paused and panel.pause_reason == "Họp" and panel.current.id == second.id
    step(context, office, now, calls.resume_counter)
    assert step(context, office, now, calls.call_next, policy=POLICY, minutes=40).id == first.id
    with pytest.raises(NotFound):
        step(context, office, now, calls.call_ticket, text="Q261126Z999")


def test_priority_groups_are_configurable(context, office, now):
    with context.session() as session:
        set_priority_group(session, office.id, "veteran", label="Cựu chiến binh")
        set_priority_group(session, office.id, "pregnant", active=False)
    assert issue(context, office, now, priority="veteran").priority_label == "Cựu chiến binh"
    with pytest.raises(ServiceError):
        issue(context, office, now, priority="pregnant")


def _seq(context, office) -> int:
    with context.session(read_only=True) as session:
        return change_seq(session, office.id)
