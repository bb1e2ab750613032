"""Legal time limits of procedures (thời hạn giải quyết)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from motcua_core.domain.errors import CalendarError


class LimitUnit(StrEnum):
    """Unit of a procedure's legal time limit."""

    HOURS = "hours"
    WORKING_DAYS = "working_days"
    HALF_DAYS = "half_days"
    CALENDAR_DAYS = "calendar_days"
    SAME_DAY = "same_day"


_LABELS_VI = {
    LimitUnit.HOURS: "{amount} giờ làm việc",
    LimitUnit.WORKING_DAYS: "{amount} ngày làm việc",
    LimitUnit.HALF_DAYS: "{amount} buổi làm việc",
    LimitUnit.CALENDAR_DAYS: "{amount} ngày",
    LimitUnit.SAME_DAY: "Trong ngày",
}


@dataclass(frozen=True)
class TimeLimit:
    """A legal time limit, e.g. 3 working days; CALENDAR_DAYS needs a whole number."""

    amount: Decimal | float | int
    unit: LimitUnit

    def __post_init__(self) -> None:
        amount = self.as_decimal
        if not amount.is_finite() or amount < 0:
            raise CalendarError(
                f"A time limit must be a non-negative number, got {self.amount!r}.",
                f"Thời hạn giải quyết phải là số không âm (nhận được {self.amount!r}).",
            )
        if self.unit is LimitUnit.CALENDAR_DAYS and amount != amount.to_integral_value():
            raise CalendarError(
                f"A limit in calendar days must be whole, got {self.amount!r}.",
                f"Thời hạn theo ngày lịch phải là số nguyên (nhận được {self.amount!r}).",
            )

    @property
    def label_vi(self) -> str:
        """The limit as the receipt states it, e.g. "3 ngày làm việc", "1,5 ngày làm việc"."""
        shown = f"{self.as_decimal.normalize():f}".replace(".", ",")
        return _LABELS_VI[LimitUnit(self.unit)].format(amount=shown)

    @property
    def as_decimal(self) -> Decimal:
        """The amount as an exact decimal (floats are read from their shortest repr)."""
        if isinstance(self.amount, float):
            return Decimal(repr(self.amount))
        return Decimal(self.amount)
