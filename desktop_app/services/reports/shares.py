"""Shares the reports state: a part over a whole, in percent with one decimal, halves up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def percent(part: int, whole: int) -> float:
    """``part`` over ``whole`` in percent, e.g. 3882 of 5554 → 69.9; 0.0 when nothing to share."""
    if not whole:
        return 0.0
    value = Decimal(part) * 100 / Decimal(whole)
    return float(value.quantize(Decimal("0.1"), ROUND_HALF_UP))
