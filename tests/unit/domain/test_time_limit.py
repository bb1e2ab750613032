"""Tests for motcua_core.domain.time_limit."""

from decimal import Decimal

import pytest

from motcua_core.domain.errors import CalendarError
from motcua_core.domain.time_limit import LimitUnit, TimeLimit

H = LimitUnit.HOURS
WD = LimitUnit.WORKING_DAYS
CD = LimitUnit.CALENDAR_DAYS
SD = LimitUnit.SAME_DAY


@pytest.mark.parametrize(
    ("amount", "unit"), [(-1, H), (Decimal("NaN"), WD), (float("inf"), H), (1.5, CD)]
)
def test_invalid_time_limits(amount: Decimal | float | int, unit: LimitUnit) -> None:
    with pytest.raises(CalendarError):
        TimeLimit(amount, unit)


def test_time_limit_amounts() -> None:
    assert TimeLimit(0, SD).as_decimal == 0
    assert TimeLimit(0.1, H).as_decimal == Decimal("0.1")


def test_units_store_as_text() -> None:
    assert LimitUnit("working_days") is WD
    assert TimeLimit(3, CD).as_decimal == 3


@pytest.mark.parametrize(
    ("amount", "unit", "label"),
    [
        (3, LimitUnit.WORKING_DAYS, "3 ngày làm việc"),
        (Decimal("1.50"), LimitUnit.WORKING_DAYS, "1,5 ngày làm việc"),
        (0.5, LimitUnit.HALF_DAYS, "0,5 buổi làm việc"),
        (4, LimitUnit.HOURS, "4 giờ làm việc"),
        (15, LimitUnit.CALENDAR_DAYS, "15 ngày"),
        (0, LimitUnit.SAME_DAY, "Trong ngày"),
    ],
)
def test_a_limit_reads_as_the_receipt_states_it(amount, unit, label):
    assert TimeLimit(amount, unit).label_vi == label
