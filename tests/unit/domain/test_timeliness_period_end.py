"""Tests for motcua_core.domain.timeliness.classify_at_period_end: the report's rule on classify."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.lifecycle import RESOLVED_STATUSES, DossierStatus
from motcua_core.domain.timeliness import (
    UNCLASSED_STATUSES,
    Timeliness,
    classify,
    classify_at_period_end,
)

ICT = timezone(timedelta(hours=7))
END = datetime(2026, 3, 31, 17, 0, tzinfo=UTC)  # midnight after 31 March in Hà Nội
moments = st.integers(-24 * 20, 24 * 5).map(lambda hours: END + timedelta(hours=hours))


@given(st.sampled_from(DossierStatus), moments, st.none() | moments, moments)
def test_a_dossier_with_a_due_date_is_classed_by_classify(
    status: DossierStatus, due: datetime, finished: datetime | None, now: datetime
) -> None:
    """Resolved by the end → classify with its finish; otherwise open at the earlier moment."""
    got = classify_at_period_end(status, due, finished, period_end=END, now=now, tz=ICT)
    if status in UNCLASSED_STATUSES:
        assert got is None
        return
    resolved = status in RESOLVED_STATUSES and finished is not None and finished < END
    assert got is classify(due, finished if resolved else None, min(now, END), ICT)


def test_a_result_after_the_period_leaves_the_dossier_open_at_its_end() -> None:
    due = END + timedelta(days=2)
    got = classify_at_period_end(
        DossierStatus.RETURNED, due, END + timedelta(days=1), period_end=END, now=END, tz=ICT
    )
    assert got is Timeliness.WITHIN_LIMIT


def test_without_a_due_date_resolved_counts_late_and_open_stays_within_the_limit() -> None:
    finished = END - timedelta(days=1)
    kwargs = {"period_end": END, "now": END + timedelta(days=9), "tz": ICT}
    assert classify_at_period_end(DossierStatus.RESULT_READY, None, finished, **kwargs) is (
        Timeliness.LATE
    )
    assert classify_at_period_end(DossierStatus.IN_PROGRESS, None, None, **kwargs) is (
        Timeliness.WITHIN_LIMIT
    )
    assert classify_at_period_end(DossierStatus.WITHDRAWN, None, None, **kwargs) is None
