"""Which waiting ticket a counter calls next when some citizens booked a time.

The rule (issue "Citizens booked"), on top of the queue's rule (``queue_order.choose_next``):

* **The priority rule decides first, unchanged.** Tickets sent to this counter, then priority
  tickets before normal ones (with the priority fairness of ``fairness_n``), then the counter's
  preferred area: ``choose_next`` picks a ticket as if nobody had booked. A ticket sent to the
  counter or a priority ticket is called as it picks it. A booked citizen of a priority group is
  a priority ticket: the priority rule already puts them before every normal ticket, and among
  priority citizens (equally entitled) they keep their arrival place.
* **The booking rule then decides inside the area's normal line.** When the pick is a normal
  ticket of area X, the candidates are the normal tickets of X not sent to a given counter (the
  *line* of X). A booked ticket whose slot has started (``now >= booking_start``) is *due*; due
  tickets go before the walk-ins of the line, the earliest slot first (then arrival). Before its
  slot a booked ticket waits in the line by its arrival, like a walk-in: it overtakes nobody.
* **Fairness to walk-ins.** A due ticket that arrived after a waiting walk-in *overtakes* it.
  The area's ``booking_streak`` counts the calls in a row of X's line in which a booked ticket
  overtook a waiting walk-in. When it has reached ``booking_k`` (K, default 3) and the next due
  ticket would overtake again, the oldest walk-in of the line is called instead. So no walk-in
  is overtaken by more than K booked tickets in a row.
* The streak after a call of X's line: a walk-in called, or nobody left walking in → 0; a
  booked ticket that overtook a walk-in → +1; a booked ticket that overtook nobody → unchanged.
  Calls outside the line (priority tickets, tickets sent to a counter) leave it as it is. The
  streak belongs to the area, not the counter: every counter serving X shares it.

No database, no Qt: the services load the candidates (with ``Candidate.booking_start``) and the
areas' streaks, and store the streaks this returns.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from motcua_core.domain.queue_order import DEFAULT_FAIRNESS_N, Candidate, Choice, choose_next

__all__ = [
    "DEFAULT_BOOKING_K",
    "BookedChoice",
    "choose_with_bookings",
    "is_due",
    "is_walk_in",
]

#: K: booked tickets that may overtake a waiting walk-in in a row.
DEFAULT_BOOKING_K = 3


@dataclass(frozen=True)
class BookedChoice:
    """The ticket to call, and the streaks after calling it.

    Attributes:
        ticket: The ticket to call.
        priority_streak: The counter's priority streak after the call.
        booking_streak: The streak of ``ticket.area_id`` after the call.
        by_fairness: A normal ticket's turn came (the priority fairness).
        by_booking: Called ahead of earlier walk-ins because its slot has started.
        walk_in_turn: A walk-in's turn came (the booking fairness).
    """

    ticket: Candidate
    priority_streak: int
    booking_streak: int
    by_fairness: bool
    by_booking: bool = False
    walk_in_turn: bool = False


def is_walk_in(candidate: Candidate) -> bool:
    """The ticket comes from no booking."""
    return candidate.booking_start is None


def is_due(candidate: Candidate, now: datetime) -> bool:
    """A booked ticket whose slot has started."""
    return candidate.booking_start is not None and candidate.booking_start <= now


def _arrival(candidate: Candidate) -> tuple[datetime, int]:
    return candidate.arrival_at, candidate.number


def _slot(candidate: Candidate) -> tuple[datetime, datetime, int]:
    assert candidate.booking_start is not None
    return candidate.booking_start, candidate.arrival_at, candidate.number


def _line(candidates: Iterable[Candidate], area_id: uuid.UUID) -> list[Candidate]:
    """The area's normal tickets not sent to a given counter."""
    return [
        c
        for c in candidates
        if c.area_id == area_id and not c.priority and c.target_counter is None
    ]


def _overtaken(line: Iterable[Candidate], booked: Candidate) -> list[Candidate]:
    """The waiting walk-ins of the line that arrived before ``booked``."""
    return [c for c in line if is_walk_in(c) and _arrival(c) < _arrival(booked)]


def _streak_after(line: list[Candidate], chosen: Candidate, streak: int) -> int:
    others = [c for c in line if is_walk_in(c) and c.id != chosen.id]
    if is_walk_in(chosen) or not others:
        return 0
    return streak + 1 if _overtaken(line, chosen) else streak


def _pick_in_line(
    line: list[Candidate], plain: Candidate, streak: int, now: datetime, booking_k: int
) -> tuple[Candidate, bool, bool]:
    """The line's ticket to call: (ticket, by_booking, walk_in_turn)."""
    due = sorted((c for c in line if is_due(c, now)), key=_slot)
    if not due:
        return plain, False, False
    overtaken = _overtaken(line, due[0])
    if overtaken and streak >= booking_k:
        return min(overtaken, key=_arrival), False, True
    return due[0], bool(overtaken), False


def choose_with_bookings(
    candidates: Iterable[Candidate],
    *,
    counter_number: int,
    preference: Mapping[uuid.UUID, int],
    priority_streak: int,
    booking_streaks: Mapping[uuid.UUID, int],
    now: datetime,
    fairness_n: int = DEFAULT_FAIRNESS_N,
    strict: bool = False,
    booking_k: int = DEFAULT_BOOKING_K,
) -> BookedChoice | None:
    """The ticket ``counter_number`` calls next, or None when nobody waits for it.

    Args:
        candidates: Waiting tickets of the areas the counter serves (and those sent to it).
        counter_number: The calling counter.
        preference: Area id → rank (1 = the counter's first area).
        priority_streak: Priority tickets this counter called in a row just before.
        booking_streaks: Area id → its booking streak (a missing area counts 0).
        now: The moment of the call (aware, like the slots' starts).
        fairness_n: After this many priority calls in a row a waiting normal ticket goes first.
        strict: Priority always first (priority fairness off).
        booking_k: K of the walk-ins' fairness (at least 1).

    Raises:
        ValueError: ``booking_k`` is below 1.
    """
    if booking_k < 1:
        raise ValueError(f"booking_k must be at least 1, not {booking_k}")
    pool = list(candidates)
    plain = choose_next(
        pool, counter_number=counter_number, preference=preference,
        priority_streak=priority_streak, fairness_n=fairness_n, strict=strict,
    )  # fmt: skip
    return None if plain is None else _with_bookings(pool, plain, booking_streaks, now, booking_k)


def _with_bookings(
    pool: list[Candidate],
    plain: Choice,
    booking_streaks: Mapping[uuid.UUID, int],
    now: datetime,
    booking_k: int,
) -> BookedChoice:
    """The booking rule applied to the priority rule's pick ``plain``."""
    first = plain.ticket
    streak = booking_streaks.get(first.area_id, 0)
    if first.priority or first.target_counter is not None:
        return BookedChoice(first, plain.priority_streak, streak, plain.by_fairness)
    line = _line(pool, first.area_id)
    chosen, by_booking, walk_in_turn = _pick_in_line(line, first, streak, now, booking_k)
    after = _streak_after(line, chosen, streak)
    return BookedChoice(
        chosen, plain.priority_streak, after, plain.by_fairness, by_booking, walk_in_turn
    )
