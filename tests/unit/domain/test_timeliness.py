"""Tests for motcua_core.domain.timeliness."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from motcua_core.domain.errors import CalendarError
from motcua_core.domain.timeliness import (
    TIMELINESS_LABELS_VI,
    Timeliness,
    classify,
    classify_open,
    classify_resolved,
)

ICT = timezone(timedelta(hours=7))
DUE = datetime(2026, 3, 10, 10, 0, tzinfo=ICT)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=ICT)


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        (at(9, 16), Timeliness.BEFORE_DUE),
        (at(10, 8), Timeliness.ON_TIME),
        (at(10, 16, 59), Timeliness.ON_TIME),
        (at(11, 8), Timeliness.LATE),
    ],
)
def test_resolved_dossiers_compare_dates_not_times(
    finished: datetime, expected: Timeliness
) -> None:
    assert classify_resolved(DUE, finished, ICT) is expected


def test_resolved_dates_are_local_dates() -> None:
    # 23:30 UTC on the 9th is 06:30 on the 10th in Vietnam: same date as the due moment.
    finished_utc = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)
    assert classify_resolved(DUE, finished_utc, ICT) is Timeliness.ON_TIME
    assert classify_resolved(DUE, finished_utc, UTC) is Timeliness.BEFORE_DUE


def test_open_dossiers_compare_moments() -> None:
    assert classify_open(DUE, DUE - timedelta(minutes=1)) is Timeliness.WITHIN_LIMIT
    assert classify_open(DUE, DUE) is Timeliness.WITHIN_LIMIT
    assert classify_open(DUE, DUE + timedelta(seconds=1)) is Timeliness.OVERDUE


def test_classify_dispatches_on_finished_at() -> None:
    now = at(12, 9)
    assert classify(DUE, at(10, 15), now, ICT) is Timeliness.ON_TIME
    assert classify(DUE, None, now, ICT) is Timeliness.OVERDUE


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(CalendarError):
        classify_open(DUE, datetime(2026, 3, 10, 9))
    with pytest.raises(CalendarError):
        classify_resolved(datetime(2026, 3, 10, 9), DUE, ICT)


def test_vietnamese_labels() -> None:
    assert Timeliness.BEFORE_DUE.label_vi == "Trước hạn"
    assert Timeliness.ON_TIME.label_vi == "Đúng hạn"
    assert Timeliness.LATE.label_vi == "Quá hạn"
    assert Timeliness.WITHIN_LIMIT.label_vi == "Trong hạn"
    assert Timeliness.OVERDUE.label_vi == "Quá hạn"
    assert set(TIMELINESS_LABELS_VI) == set(Timeliness)
