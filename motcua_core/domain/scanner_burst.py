"""Telling a keyboard-wedge scanner's burst apart from a person typing, by the keys' timing.

A barcode or QR scanner in keyboard mode "types" its code: one key every 2–8 ms, then Enter.
A person types one key every 60–250 ms; a fast typist 30–50 ms; held keys repeat at 25–40 ms
(the window leaves auto-repeated keys out before they get here). So:

* The first keys are **held** while they come faster than ``burst_gap`` (20 ms). A longer gap
  before ``min_length`` keys, any other key, or the hold timing out means a person: the held
  keys are **replayed** to the field as typed, at most ``burst_gap`` late.
* Once ``min_length`` keys came that fast it is a **burst**; it may then stall up to
  ``max_gap`` (a busy computer, a USB hiccup) and ends with Enter, or with ``max_gap`` of
  silence for scanners set up without the Enter suffix: the whole text is **scanned**.

The detector is pure: every call takes the moment of the key from the caller's clock (seconds,
monotonic), so tests replay real timings. The caller runs a timer for :meth:`expire_at`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    """What to do with the key just given (and the keys held before it)."""

    HELD = "held"  # keep the key back, more may follow
    REPLAY = "replay"  # give ``keys`` back to the field as typed, then handle the current key
    SCANNED = "scanned"  # ``text`` was scanned; nothing reaches the field


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    keys: tuple[str, ...] = ()
    text: str = ""


HELD = Outcome(Verdict.HELD)


@dataclass
class BurstDetector:
    """Collects key presses until it is sure they are typing or a scan.

    Args:
        burst_gap: The longest gap between two keys of a scan before it is recognised.
        max_gap: The longest stall inside a recognised scan.
        min_length: How many fast keys make a scan (shorter codes are typed through).
    """

    burst_gap: float = 0.020
    max_gap: float = 0.100
    min_length: int = 6
    _keys: list[str] = field(default_factory=list)
    _last: float = 0.0

    @property
    def holding(self) -> bool:
        return bool(self._keys)

    @property
    def in_burst(self) -> bool:
        return len(self._keys) >= self.min_length

    def expire_at(self) -> float | None:
        """When the held keys must be settled if no key comes (None: nothing held)."""
        if not self._keys:
            return None
        return self._last + (self.max_gap if self.in_burst else self.burst_gap)

    def press(self, text: str, now: float) -> Outcome:
        """A key with ``text`` was pressed at ``now``; HELD, or what ended before it.

        When the outcome is REPLAY or SCANNED the current key was NOT taken: the caller
        settles the outcome, then gives the same key again (it starts a new sequence).
        """
        if self._keys and now - self._last > self._allowed_gap():
            return self._settle()
        self._keys.append(text)
        self._last = now
        return HELD

    def enter(self, now: float) -> Outcome:
        """Enter was pressed: a scan's end, or typing (the held keys, then the Enter)."""
        if self.in_burst and now - self._last <= self.max_gap:
            return self._take(Verdict.SCANNED)
        return self._take(Verdict.REPLAY)

    def other_key(self) -> Outcome:
        """A key without text (arrows, Backspace, shortcuts): whatever is held was typing."""
        if self.in_burst:
            return self._take(Verdict.SCANNED)
        return self._take(Verdict.REPLAY)

    def expire(self, now: float) -> Outcome:
        """The timer of :meth:`expire_at` fired; HELD when a key came in the meantime."""
        deadline = self.expire_at()
        if deadline is None or now < deadline:
            return HELD
        return self._settle()

    def _allowed_gap(self) -> float:
        return self.max_gap if self.in_burst else self.burst_gap

    def _settle(self) -> Outcome:
        return self._take(Verdict.SCANNED if self.in_burst else Verdict.REPLAY)

    def _take(self, verdict: Verdict) -> Outcome:
        keys = tuple(self._keys)
        self._keys.clear()
        if verdict is Verdict.SCANNED:
            return Outcome(verdict, keys, "".join(keys))
        return Outcome(verdict, keys)
