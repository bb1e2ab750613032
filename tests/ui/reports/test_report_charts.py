"""The report charts' count axes: whole-number ticks, each label different."""

from __future__ import annotations

import pytest

from desktop_app.ui.reports.charts import count_axis


def _ticks(axis) -> list[float]:
    ticks, value = [], axis.tickAnchor()
    while value <= axis.max() + 1e-9:
        ticks.append(value)
        value += axis.tickInterval()
    return ticks


@pytest.mark.parametrize("top", [0, 1, 3, 7, 12, 48, 230.5])
def test_count_axis_ticks_are_distinct_whole_numbers(top):
    axis = count_axis(top)
    ticks = _ticks(axis)
    assert axis.min() == 0 and axis.max() >= top
    assert all(tick == int(tick) for tick in ticks)
    assert len({int(tick) for tick in ticks}) == len(ticks) and 2 <= len(ticks) <= 7
