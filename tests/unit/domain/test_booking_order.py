"""The call rule with bookings: examples, and properties over generated days of a queue."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua_core.domain.booking_order import DEFAULT_BOOKING_K, choose_with_bookings
from motcua_core.domain.queue_order import Candidate, choose_next

AREA_A, AREA_B = uuid.UUID(int=1), uuid.UUID(int=2)
START = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
PREFERENCE = {AREA_A: 1, AREA_B: 2}


def minute(m: int) -> datetime:
    return START + timedelta(minutes=m)


def walk_in(n: int, at: int, area: uuid.UUID = AREA_A, priority: bool = False) -> Candidate:
    return Candidate(uuid.UUID(int=1000 + n), area, priority, minute(at), n)


def booked(n: int, at: int, slot: int, area: uuid.UUID = AREA_A, priority: bool = False,
           target: int | None = None) -> Candidate:  # fmt: skip
    return Candidate(uuid.UUID(int=1000 + n), area, priority, minute(at), n, target, minute(slot))


def call(waiting, now, streaks=None, *, priority_streak=0, k=DEFAULT_BOOKING_K, counter=1,
         preference=PREFERENCE, strict=False):  # fmt: skip
    return choose_with_bookings(
        waiting, counter_number=counter, preference=preference, priority_streak=priority_streak,
        booking_streaks=streaks or {}, now=minute(now), booking_k=k, strict=strict,
    )  # fmt: skip


def drain(waiting, now, k=DEFAULT_BOOKING_K):
    """Numbers in calling order at one counter, time standing still."""
    waiting, order, streaks, p_streak = list(waiting), [], {}, 0
    while (choice := call(waiting, now, streaks, priority_streak=p_streak, k=k)) is not None:
        order.append(choice.ticket.number)
        waiting.remove(choice.ticket)
        streaks[choice.ticket.area_id] = choice.booking_streak
        p_streak = choice.priority_streak
    return order


# --- examples -----------------------------------------------------------------------------


def test_a_booking_at_its_slot_goes_before_earlier_walk_ins() -> None:
    waiting = [walk_in(1, 0), walk_in(2, 5), booked(3, 10, slot=30)]
    choice = call(waiting, now=30)
    assert choice is not None and choice.ticket.number == 3
    assert choice.by_booking and choice.booking_streak == 1


def test_before_its_slot_a_booking_waits_by_its_arrival() -> None:
    waiting = [walk_in(1, 0), booked(2, 10, slot=30), walk_in(3, 12)]
    assert drain(waiting, now=20) == [1, 2, 3]


def test_an_early_booking_overtakes_nobody_and_keeps_the_streak() -> None:
    waiting = [booked(1, 0, slot=10), walk_in(2, 5)]
    choice = call(waiting, now=20, streaks={AREA_A: 2})
    assert choice is not None and choice.ticket.number == 1
    assert not choice.by_booking and choice.booking_streak == 2


def test_after_k_bookings_in_a_row_the_oldest_walk_in_goes_first() -> None:
    waiting = [walk_in(1, 0), walk_in(2, 1)] + [booked(10 + i, 5, slot=i) for i in range(6)]
    assert drain(waiting, now=60) == [10, 11, 12, 1, 13, 14, 15, 2]


@pytest.mark.parametrize("k", [1, 2, 5])
def test_k_is_the_longest_run_of_overtaking_bookings(k: int) -> None:
    waiting = [walk_in(1, 0)] + [booked(10 + i, 5, slot=i) for i in range(8)]
    assert drain(waiting, now=60, k=k).index(1) == k


def test_a_booking_that_overtakes_nobody_does_not_restart_the_run() -> None:
    # 2 arrived before walk-in 1: its call breaks no run, so 1 is overtaken by 10, 11, 12 only.
    waiting = [walk_in(1, 5), booked(2, 0, slot=1)] + [booked(10 + i, 9, 2 * i) for i in range(4)]
    assert drain(waiting, now=60) == [10, 2, 11, 12, 1, 13]


def test_the_earliest_slot_first_among_due_bookings() -> None:
    waiting = [booked(1, 0, slot=40), booked(2, 5, slot=30), walk_in(3, 1)]
    assert drain(waiting, now=45) == [2, 1, 3]


def test_the_streak_ends_when_no_walk_in_waits() -> None:
    choice = call([booked(1, 0, slot=0)], now=10, streaks={AREA_A: 3})
    assert choice is not None and choice.booking_streak == 0


def test_a_walk_in_call_resets_the_streak() -> None:
    choice = call([walk_in(1, 0), walk_in(2, 1)], now=10, streaks={AREA_A: 2})
    assert choice is not None and choice.booking_streak == 0


def test_priority_walk_ins_go_before_a_due_booking() -> None:
    waiting = [booked(1, 0, slot=0), walk_in(2, 5, priority=True)]
    choice = call(waiting, now=10, streaks={AREA_A: 1})
    assert choice is not None and choice.ticket.number == 2
    assert choice.booking_streak == 1  # a call outside the normal line leaves it


def test_a_booked_priority_citizen_keeps_the_arrival_place_among_priority() -> None:
    waiting = [walk_in(1, 0, priority=True), booked(2, 5, slot=0, priority=True), walk_in(3, 1)]
    assert drain(waiting, now=10) == [1, 2, 3]


def test_a_ticket_sent_to_the_counter_comes_first() -> None:
    waiting = [booked(1, 0, slot=0), booked(2, 3, slot=50, target=1)]
    choice = call(waiting, now=10)
    assert choice is not None and choice.ticket.number == 2


def test_bookings_lift_a_ticket_only_inside_its_area() -> None:
    waiting = [walk_in(1, 10), booked(2, 0, slot=0, area=AREA_B)]
    choice = call(waiting, now=10)
    assert choice is not None and choice.ticket.number == 1  # the counter prefers area A


def test_priority_fairness_turn_goes_to_the_due_booking_of_the_line() -> None:
    waiting = [walk_in(1, 0, priority=True), walk_in(2, 1), booked(3, 5, slot=0)]
    choice = call(waiting, now=10, priority_streak=3)
    assert choice is not None and choice.ticket.number == 3
    assert choice.by_fairness and choice.priority_streak == 0


def test_k_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        call([walk_in(1, 0)], now=0, k=0)


def test_nobody_waiting() -> None:
    assert call([], now=0) is None


# --- properties ---------------------------------------------------------------------------

COUNTERS = {1: {AREA_A: 1, AREA_B: 2}, 2: {AREA_B: 1}}

arrival = st.tuples(
    st.just("arrive"),
    st.sampled_from([AREA_A, AREA_B]),
    st.booleans(),  # priority
    st.one_of(st.none(), st.integers(-20, 40)),  # booking: slot start minus arrival
)
call_step = st.tuples(st.just("call"), st.sampled_from(sorted(COUNTERS)))
days = st.lists(st.one_of(arrival, call_step), max_size=60)


def _is_line(c: Candidate, area: uuid.UUID) -> bool:
    return c.area_id == area and not c.priority and c.target_counter is None


class Checker:
    """Replays a day and checks every call against the declared guarantees."""

    def __init__(self, k: int) -> None:
        self.k, self.waiting, self.called = k, [], []
        self.streaks: dict[uuid.UUID, int] = {}
        self.p_streaks = dict.fromkeys(COUNTERS, 0)
        self.rows: dict[uuid.UUID, int] = {}  # walk-in → bookings that overtook it in a row

    def arrive(self, now: int, area, priority, offset) -> None:
        n = len(self.waiting) + len(self.called)
        slot = None if offset is None else minute(now + offset)
        self.waiting.append(Candidate(uuid.UUID(int=n + 1), area, priority, minute(now), n,
                                      None, slot))  # fmt: skip

    def call(self, now: int, counter: int) -> None:
        preference = COUNTERS[counter]
        mine = [c for c in self.waiting if c.area_id in preference]
        choice = choose_with_bookings(
            mine, counter_number=counter, preference=preference,
            priority_streak=self.p_streaks[counter], booking_streaks=self.streaks,
            now=minute(now), booking_k=self.k,
        )  # fmt: skip
        if choice is None:
            assert not mine
            return
        self.check(choice, mine, now)
        self.waiting.remove(choice.ticket)
        self.called.append(choice.ticket)
        self.streaks[choice.ticket.area_id] = choice.booking_streak
        self.p_streaks[counter] = choice.priority_streak

    def check(self, choice, mine, now) -> None:
        chosen, area = choice.ticket, choice.ticket.area_id
        line = [c for c in mine if _is_line(c, area) and c != chosen]
        walk_ins = [c for c in line if c.booking_start is None]
        due = [c for c in line if c.booking_start is not None and c.booking_start <= minute(now)]
        if _is_line(chosen, area) and chosen.booking_start is None:
            # A walk-in goes before a due booking of its line only on its fairness turn.
            if due:
                assert choice.walk_in_turn and self.streaks.get(area, 0) >= self.k
                assert all((c.arrival_at, c.number) > (chosen.arrival_at, chosen.number)
                           for c in walk_ins)  # fmt: skip
            for c in walk_ins:
                self.rows[c.id] = 0
        elif _is_line(chosen, area):
            for c in walk_ins:
                if (c.arrival_at, c.number) < (chosen.arrival_at, chosen.number):
                    self.rows[c.id] = self.rows.get(c.id, 0) + 1
                    assert self.rows[c.id] <= self.k
            if chosen.booking_start <= minute(now):
                assert all(c.booking_start >= chosen.booking_start for c in due)


@settings(max_examples=300, deadline=None)
@given(days, st.integers(1, 4))
def test_no_walk_in_is_overtaken_by_more_than_k_bookings_in_a_row(steps, k) -> None:
    checker = Checker(k)
    for now, step in enumerate(steps):
        if step[0] == "arrive":
            checker.arrive(now, *step[1:])
        else:
            checker.call(now, step[1])
    while checker.waiting:  # the day's end: everyone left is called
        before = len(checker.waiting)
        for counter in COUNTERS:
            checker.call(len(steps) + before, counter)
        assert len(checker.waiting) < before
    assert len({c.id for c in checker.called}) == len(checker.called)


walk_in_queues = st.lists(
    st.tuples(st.booleans(), st.sampled_from([AREA_A, AREA_B]), st.integers(0, 120)),
    max_size=30,
).map(lambda rows: [walk_in(i, m, a, p) for i, (p, a, m) in enumerate(rows)])


@settings(max_examples=200, deadline=None)
@given(walk_in_queues, st.integers(0, 5), st.integers(0, 5), st.booleans())
def test_without_bookings_the_priority_rule_is_unchanged(waiting, p_streak, b_streak, strict):
    plain = choose_next(waiting, counter_number=1, preference=PREFERENCE,
                        priority_streak=p_streak, strict=strict)  # fmt: skip
    booked_choice = call(waiting, 200, {AREA_A: b_streak}, priority_streak=p_streak, strict=strict)
    if plain is None:
        assert booked_choice is None
        return
    assert booked_choice is not None
    assert (booked_choice.ticket, booked_choice.priority_streak, booked_choice.by_fairness) == (
        plain.ticket, plain.priority_streak, plain.by_fairness)  # fmt: skip
