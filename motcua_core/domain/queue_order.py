"""Which waiting ticket a counter calls next, and the other pure rules of the queue.

The rules (issue "Queue"):

* tickets sent to this very counter (a transfer to a given counter) come first;
* then priority tickets (the elderly, people with disabilities, ...) before normal ones;
* among equals, the area the counter prefers most, then the arrival order (a transferred ticket
  keeps its original arrival time, so it keeps its place);
* fairness: after ``fairness_n`` priority calls in a row the counter takes the oldest waiting
  normal ticket if there is one, so normal tickets are never starved; ``strict`` turns this off.

No database, no Qt: the services load the candidates and apply the choice.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

DEFAULT_FAIRNESS_N = 3
DEFAULT_SERVICE_SECONDS = 300.0
BARCODE_PREFIX = "Q"
_BARCODE_RE = re.compile(r"^Q(\d{2})(\d{2})(\d{2})([A-Z]{1,4}\d{3,6})$")
_DISPLAY_RE = re.compile(r"^[A-Z]{1,4}\d{3,6}$")


@dataclass(frozen=True)
class Candidate:
    """A waiting ticket as the ordering sees it."""

    id: uuid.UUID
    area_id: uuid.UUID
    priority: bool
    arrival_at: datetime
    number: int = 0
    target_counter: int | None = None
    #: The slot's start of a checked-in booking (``booking_order`` uses it); None: a walk-in.
    booking_start: datetime | None = None


@dataclass(frozen=True)
class Choice:
    """The ticket to call and the counter's priority streak after calling it."""

    ticket: Candidate
    priority_streak: int
    by_fairness: bool


def eligible(candidates: Iterable[Candidate], counter_number: int) -> list[Candidate]:
    """The tickets this counter may call: not sent to another counter."""
    return [c for c in candidates if c.target_counter in (None, counter_number)]


def _key(
    candidate: Candidate, counter_number: int, preference: Mapping[uuid.UUID, int]
) -> tuple[bool, bool, int, datetime, int]:
    return (
        candidate.target_counter != counter_number,
        not candidate.priority,
        preference.get(candidate.area_id, 999),
        candidate.arrival_at,
        candidate.number,
    )


def order_waiting(
    candidates: Iterable[Candidate],
    counter_number: int,
    preference: Mapping[uuid.UUID, int],
) -> list[Candidate]:
    """The eligible tickets in calling order, fairness aside."""
    return sorted(
        eligible(candidates, counter_number), key=lambda c: _key(c, counter_number, preference)
    )


def choose_next(
    candidates: Iterable[Candidate],
    *,
    counter_number: int,
    preference: Mapping[uuid.UUID, int],
    priority_streak: int,
    fairness_n: int = DEFAULT_FAIRNESS_N,
    strict: bool = False,
) -> Choice | None:
    """The ticket ``counter_number`` calls next, or None when nobody waits for it.

    Args:
        candidates: Waiting tickets of the areas the counter serves.
        counter_number: The calling counter.
        preference: Area id → rank (1 = the counter's first area).
        priority_streak: Priority tickets this counter called in a row just before.
        fairness_n: After this many priority calls in a row a waiting normal ticket goes first.
        strict: Priority always first (fairness off).
    """
    ordered = order_waiting(candidates, counter_number, preference)
    if not ordered:
        return None
    first = ordered[0]
    fairness_due = not strict and fairness_n > 0 and priority_streak >= fairness_n
    if first.priority and fairness_due:
        normal = [c for c in ordered if not c.priority]
        if normal:
            oldest = min(normal, key=lambda c: (c.arrival_at, c.number))
            return Choice(oldest, 0, True)
    streak = priority_streak + 1 if first.priority else 0
    return Choice(first, streak, False)


def waiting_ahead(
    candidates: Iterable[Candidate], ticket: Candidate, preference: Mapping[uuid.UUID, int]
) -> int:
    """How many tickets of the same area come before ``ticket`` (priority first, then arrival)."""
    same_area = [c for c in candidates if c.area_id == ticket.area_id and c.id != ticket.id]
    mine = _key(ticket, -1, preference)
    return sum(1 for c in same_area if _key(c, -1, preference) < mine)


def estimate_wait_minutes(
    ahead: int, recent_service_seconds: Sequence[float], open_counters: int
) -> int:
    """Estimated minutes before a new ticket is called.

    Uses the median of recent service times (or five minutes without history), shared among
    the counters open for the area; always at least 1 minute when someone waits ahead.
    """
    if ahead <= 0:
        return 0
    if recent_service_seconds:
        ordered = sorted(recent_service_seconds)
        per_ticket = ordered[len(ordered) // 2]
    else:
        per_ticket = DEFAULT_SERVICE_SECONDS
    minutes = ahead * per_ticket / max(1, open_counters) / 60
    return max(1, round(minutes))


def format_ticket_number(prefix: str, number: int, width: int) -> str:
    """``A`` + 12 with width 3 → ``A012``; numbers past the width keep all their digits."""
    return f"{prefix}{number:0{width}d}"


def ticket_barcode(display_number: str, local_day: date) -> str:
    """The compact barcode value of a ticket: ``Q`` + YYMMDD + number, e.g. ``Q261126A012``.

    Ticket numbers are unique per office and local day, so the value names exactly one ticket.
    """
    return f"{BARCODE_PREFIX}{local_day:%y%m%d}{display_number}"


@dataclass(frozen=True)
class TicketRef:
    """What a typed or scanned text names: a display number, on a day when the barcode says."""

    display_number: str
    local_day: date | None


def parse_ticket_ref(text: str) -> TicketRef | None:
    """A ticket barcode (``Q261126A012``) or a typed number (``A012``, ``a12``); else None."""
    value = text.strip().upper()
    match = _BARCODE_RE.match(value)
    if match:
        yy, mm, dd, number = match.groups()
        try:
            return TicketRef(number, date(2000 + int(yy), int(mm), int(dd)))
        except ValueError:
            return None
    if _DISPLAY_RE.match(value):
        return TicketRef(value, None)
    return None


def announcement_sentence(display_number: str, counter_number: int) -> str:
    """The Vietnamese call: "Mời công dân có số thứ tự A012 đến quầy số 3"."""
    return f"Mời công dân có số thứ tự {display_number} đến quầy số {counter_number}"


def spoken_number(display_number: str) -> str:
    """The number as a speech engine should read it: letters and digits one by one.

    "A012" → "A, không, một, hai" so that no engine reads "twelve" or "A zero".
    """
    digits = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
    parts = [digits[int(ch)] if ch.isdigit() else ch for ch in display_number]
    return ", ".join(parts)


def spoken_sentence(display_number: str, counter_number: int) -> str:
    """The sentence handed to the speech engine (the number spelt out)."""
    return (
        f"Mời công dân có số thứ tự {spoken_number(display_number)}, đến quầy số {counter_number}"
    )
