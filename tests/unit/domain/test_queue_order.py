"""The queue ordering rules, with properties checked over many generated queues."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from motcua_core.domain.queue_order import (
    Candidate,
    announcement_sentence,
    choose_next,
    estimate_wait_minutes,
    format_ticket_number,
    order_waiting,
    parse_ticket_ref,
    spoken_number,
    ticket_barcode,
    waiting_ahead,
)

AREA_A, AREA_B = uuid.UUID(int=1), uuid.UUID(int=2)
START = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
PREFERENCE = {AREA_A: 1, AREA_B: 2}


def ticket(n: int, priority: bool = False, area: uuid.UUID = AREA_A, minute: int | None = None,
           target: int | None = None) -> Candidate:  # fmt: skip
    arrival = START + timedelta(minutes=n if minute is None else minute)
    return Candidate(uuid.UUID(int=1000 + n), area, priority, arrival, n, target)


def drain(tickets, *, fairness_n=3, strict=False, counter=1, preference=PREFERENCE):
    """Call until nobody waits; returns the called tickets and the streak before each call."""
    waiting, called, streak = list(tickets), [], 0
    while True:
        choice = choose_next(
            waiting, counter_number=counter, preference=preference, priority_streak=streak,
            fairness_n=fairness_n, strict=strict,
        )  # fmt: skip
        if choice is None:
            return called
        called.append((choice.ticket, streak, list(waiting)))
        waiting.remove(choice.ticket)
        streak = choice.priority_streak


queues = st.lists(
    st.tuples(st.booleans(), st.sampled_from([AREA_A, AREA_B]), st.integers(0, 120)),
    max_size=40,
).map(lambda rows: [ticket(i, p, a, m) for i, (p, a, m) in enumerate(rows)])


@settings(max_examples=200, deadline=None)
@given(queues, st.integers(1, 5), st.booleans())
def test_every_waiting_ticket_is_called_exactly_once(tickets, fairness_n, strict):
    called = [t for t, _, _ in drain(tickets, fairness_n=fairness_n, strict=strict)]
    assert sorted(t.number for t in called) == sorted(t.number for t in tickets)


@settings(max_examples=200, deadline=None)
@given(queues, st.integers(1, 5))
def test_priority_first_unless_fairness_is_due(tickets, fairness_n):
    for chosen, streak, waiting in drain(tickets, fairness_n=fairness_n):
        if not chosen.priority and any(t.priority for t in waiting):
            assert streak >= fairness_n


@settings(max_examples=200, deadline=None)
@given(queues)
def test_strict_calls_every_priority_ticket_before_any_normal(tickets):
    flags = [t.priority for t, _, _ in drain(tickets, strict=True)]
    assert flags == sorted(flags, reverse=True)


@settings(max_examples=200, deadline=None)
@given(queues, st.integers(1, 5))
def test_never_more_than_n_priority_calls_in_a_row_while_normal_wait(tickets, fairness_n):
    run = 0
    for chosen, _streak, waiting in drain(tickets, fairness_n=fairness_n):
        normal_waiting = any(not t.priority for t in waiting)
        run = run + 1 if chosen.priority else 0
        if normal_waiting:
            assert run <= fairness_n


@settings(max_examples=200, deadline=None)
@given(queues)
def test_within_a_class_and_area_arrival_order_is_kept(tickets):
    called = [t for t, _, _ in drain(tickets)]
    for area in (AREA_A, AREA_B):
        for priority in (True, False):
            group = [t for t in called if t.area_id == area and t.priority == priority]
            assert group == sorted(group, key=lambda t: (t.arrival_at, t.number))


@settings(max_examples=100, deadline=None)
@given(queues, st.integers(0, 39))
def test_transfer_keeps_arrival_order(tickets, index):
    if not tickets:
        return
    moved = tickets[index % len(tickets)]
    transferred = replace(moved, area_id=AREA_B)
    others = [t for t in tickets if t is not moved]
    order = order_waiting([*others, transferred], 1, {AREA_B: 1})
    same_class = [t for t in order if t.area_id == AREA_B and t.priority == moved.priority]
    assert same_class == sorted(same_class, key=lambda t: (t.arrival_at, t.number))


def test_fairness_takes_oldest_normal_after_n_priority_calls():
    tickets = [ticket(1), *[ticket(n, priority=True) for n in range(2, 8)]]
    called = [t.number for t, _, _ in drain(tickets, fairness_n=3)]
    assert called == [2, 3, 4, 1, 5, 6, 7]


def test_ticket_sent_to_a_counter_goes_there_first_and_nowhere_else():
    tickets = [ticket(1, priority=True), ticket(2, target=2)]
    first = choose_next(tickets, counter_number=2, preference=PREFERENCE, priority_streak=0)
    assert first is not None and first.ticket.number == 2
    other = choose_next([tickets[1]], counter_number=1, preference=PREFERENCE, priority_streak=0)
    assert other is None


def test_counter_prefers_its_first_area():
    tickets = [ticket(1, area=AREA_B), ticket(2, area=AREA_A)]
    assert [t.number for t, _, _ in drain(tickets)] == [2, 1]


def test_waiting_ahead_counts_priority_first():
    tickets = [ticket(1), ticket(2, priority=True), ticket(3)]
    assert waiting_ahead(tickets, tickets[2], PREFERENCE) == 2
    assert waiting_ahead(tickets, tickets[1], PREFERENCE) == 0


def test_estimated_wait_uses_median_service_time_and_open_counters():
    assert estimate_wait_minutes(0, [600], 1) == 0
    assert estimate_wait_minutes(4, [], 2) == 10  # five minutes default, two counters
    assert estimate_wait_minutes(3, [60, 120, 6000], 1) == 6
    assert estimate_wait_minutes(1, [10], 5) == 1


def test_numbers_barcodes_and_references():
    assert format_ticket_number("A", 12, 3) == "A012"
    assert format_ticket_number("KT", 12345, 4) == "KT12345"
    code = ticket_barcode("A012", date(2026, 11, 26))
    assert code == "Q261126A012"
    assert parse_ticket_ref(code).local_day == date(2026, 11, 26)
    assert parse_ticket_ref(" a012 ").display_number == "A012"
    assert parse_ticket_ref("Q261399A012") is None
    assert parse_ticket_ref("000.00.06.H56-231027-0361") is None


def test_announcement_sentence():
    assert announcement_sentence("A012", 3) == "Mời công dân có số thứ tự A012 đến quầy số 3"
    assert spoken_number("A012") == "A, không, một, hai"
