"""Exponential backoff with full jitter, capped; the server's Retry-After is honoured.

A Retry-After is a floor, spread too: the wait is drawn between the server's wish and twice it
(or is the backoff's own draw when that is longer), so the clients one 503 turned away do not
all come back in the same second.
"""

from __future__ import annotations

import random
from collections.abc import Callable

DEFAULT_BASE_SECONDS = 2.0
DEFAULT_CAP_SECONDS = 300.0
#: A Retry-After longer than this is not believed (a misconfigured proxy must not stall sync).
MAX_RETRY_AFTER_SECONDS = 3600.0


class Backoff:
    """Delays between failed attempts: uniform in [0, min(cap, base·2^n)] (full jitter).

    Full jitter spreads a hundred offices that lost the network at the same moment, so they do
    not all come back in the same second.
    """

    def __init__(
        self,
        base: float = DEFAULT_BASE_SECONDS,
        cap: float = DEFAULT_CAP_SECONDS,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base, self.cap, self.rng = base, cap, rng
        self.failures = 0

    def reset(self) -> None:
        self.failures = 0

    def ceiling(self) -> float:
        return min(self.cap, self.base * 2.0 ** min(self.failures, 30))

    def next_delay(self, retry_after: float | None = None) -> float:
        """Count a failure and return how long to wait before the next attempt."""
        self.failures += 1
        delay = self.rng() * self.ceiling()
        if retry_after is not None:
            wished = min(retry_after, MAX_RETRY_AFTER_SECONDS)
            delay = max(delay, wished + self.rng() * wished)
        return delay
