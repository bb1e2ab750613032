"""Form II.06a's counting rule on single dossiers whose every column is known by construction.

The period is ``2020-m06``: local 15 May 2020 – 14 Jun 2020 in Asia/Ho_Chi_Minh (UTC+7), i.e.
the UTC moments 2020-05-14 17:00 to 2020-06-14 17:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.form_ii06a import (
    COUNT_COLUMNS,
    DossierFacts,
    DossierHistory,
    classify,
    facts_from_history,
    field_code,
    invariant_errors,
    sum_columns,
    tally,
)
from motcua_core.domain.lifecycle import DossierStatus as S
from motcua_core.domain.report_periods import parse_report_period
from motcua_core.reports.form_ii06a_report import late_lines

PERIOD = parse_report_period("2020-m06")
PERIOD_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
START = datetime(2020, 5, 14, 17, 0, tzinfo=UTC)  # 15 May 00:00 local
END = datetime(2020, 6, 14, 17, 0, tzinfo=UTC)  # 15 Jun 00:00 local
AFTER = END + timedelta(days=30)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(*args: int) -> datetime:
    """A local (UTC+7) wall-clock moment as UTC."""
    return datetime(*args, tzinfo=UTC) - timedelta(hours=7)


def facts(**values: object) -> DossierFacts:
    defaults: dict[str, object] = {
        "received_at": local(2020, 5, 20, 9),
        "channel": 1,
        "status_at_start": None,
        "status_at_end": S.IN_PROGRESS,
        "due_at": local(2020, 6, 30, 17),
    }
    defaults.update(values)
    return DossierFacts(**defaults)  # type: ignore[arg-type]


def counted(f: DossierFacts, *, withdrawn: bool = True, now: datetime = AFTER) -> set[str]:
    columns = classify(f, PERIOD, withdrawn_as_resolved=withdrawn, now=now)
    assert set(columns.values()) <= {1}
    return set(columns)


def test_carried_over_and_resolved_before_due() -> None:
    f = facts(
        received_at=local(2020, 5, 10, 9),
        status_at_start=S.IN_PROGRESS,
        status_at_end=S.RETURNED,
        finished_at=local(2020, 5, 20, 10),
        due_at=local(2020, 5, 25, 17),
    )
    assert counted(f) == {"3", "4", "7", "8"}


def test_new_online_resolved_on_the_due_date_hours_after_the_due_moment() -> None:
    f = facts(
        channel=2,
        status_at_end=S.RESULT_READY,
        due_at=local(2020, 6, 1, 8),
        finished_at=local(2020, 6, 1, 16),
    )
    assert counted(f) == {"3", "5", "7", "9"}


def test_resolved_late_by_local_date_on_the_same_utc_date() -> None:
    # Due 1 Jun 23:00 local (16:00 UTC), finished 2 Jun 00:30 local (1 Jun 17:30 UTC).
    f = facts(
        status_at_end=S.RESULT_READY,
        due_at=local(2020, 6, 1, 23),
        finished_at=local(2020, 6, 2, 0, 30),
    )
    assert f.due_at is not None and f.finished_at is not None
    assert f.due_at.date() == f.finished_at.date()
    assert counted(f) == {"3", "6", "7", "10"}


def test_resolved_on_time_by_local_date_on_different_utc_dates() -> None:
    # Finished 1 Jun 01:00 local (31 May 18:00 UTC), due 1 Jun 16:00 local.
    f = facts(
        status_at_end=S.RETURNED, due_at=local(2020, 6, 1, 16), finished_at=local(2020, 6, 1, 1)
    )
    assert counted(f) == {"3", "6", "7", "9"}


def test_missing_due_date_counts_on_time_and_within_limit() -> None:
    resolved = facts(status_at_end=S.RESULT_READY, due_at=None, finished_at=local(2020, 6, 1, 9))
    assert counted(resolved) == {"3", "6", "7", "9"}
    assert counted(facts(due_at=None)) == {"3", "6", "11", "12"}


def test_postal_open_past_its_due_moment_is_overdue() -> None:
    f = facts(channel=3, due_at=local(2020, 6, 10, 17))
    assert counted(f) == {"3", "6", "11", "13"}


def test_supplement_paused_across_the_end_is_within_limit() -> None:
    f = facts(status_at_end=S.SUPPLEMENT_REQUESTED, due_at=local(2020, 6, 1, 17))
    assert counted(f) == {"3", "6", "11", "12"}


def test_due_moment_in_the_last_hour_of_the_period() -> None:
    f = facts(due_at=local(2020, 6, 14, 23, 30))
    assert counted(f) == {"3", "6", "11", "13"}
    # Counted before the period is over, the due moment is still ahead.
    assert counted(f, now=local(2020, 6, 14, 23, 0)) == {"3", "6", "11", "12"}
    assert counted(f, now=local(2020, 6, 14, 23, 30)) == {"3", "6", "11", "12"}


@pytest.mark.parametrize("status", [S.WITHDRAWN, S.STOPPED])
def test_withdrawn_and_stopped_follow_the_setting(status: S) -> None:
    f = facts(status_at_end=status, due_at=local(2020, 5, 16, 17))
    assert counted(f, withdrawn=True) == {"3", "6", "7", "9"}
    assert counted(f, withdrawn=False) == set()


@pytest.mark.parametrize("status", [S.NEW, S.REFUSED])
def test_not_received_and_refused_are_counted_nowhere(status: S) -> None:
    assert counted(facts(status_at_end=status, channel=2)) == set()


def test_closed_before_the_period_is_not_carried_over() -> None:
    for status in (S.RETURNED, S.WITHDRAWN, S.REFUSED):
        f = facts(received_at=local(2020, 5, 1, 9), status_at_start=status, status_at_end=status)
        assert counted(f) == set()


def test_registered_online_before_and_received_in_the_period_is_new_online() -> None:
    f = facts(channel=2, received_at=local(2020, 5, 14, 22), status_at_start=S.NEW)
    assert counted(f) == {"3", "5", "11", "12"}


def test_utc_and_local_dates_at_the_start_of_the_period() -> None:
    # 14 May 16:30 UTC is 14 May 23:30 local: the previous period, carried over.
    before = facts(received_at=utc(2020, 5, 14, 16, 30), status_at_start=S.RECEIVED)
    assert counted(before) == {"3", "4", "11", "12"}
    # 14 May 17:30 UTC is 15 May 00:30 local: new in this period.
    inside = facts(received_at=utc(2020, 5, 14, 17, 30))
    assert counted(inside) == {"3", "6", "11", "12"}


def test_utc_and_local_dates_at_the_end_of_the_period() -> None:
    # 14 Jun 16:30 UTC is 14 Jun 23:30 local: in the period.
    assert counted(facts(received_at=utc(2020, 6, 14, 16, 30))) == {"3", "6", "11", "12"}
    # 14 Jun 17:30 UTC is 15 Jun 00:30 local: the next period.
    assert counted(facts(received_at=utc(2020, 6, 14, 17, 30))) == set()


def test_history_gives_the_status_at_both_ends() -> None:
    history = DossierHistory(
        received_at=local(2020, 5, 1, 9), channel=1, status=int(S.RETURNED),
        due_at=local(2020, 5, 20, 17), finished_at=local(2020, 6, 20, 9),
        returned_at=local(2020, 6, 21, 9), status_before_start=int(S.IN_PROGRESS),
        status_before_end=int(S.SUPPLEMENT_REQUESTED), field="Hộ tịch",
    )  # fmt: skip
    f = facts_from_history(history, PERIOD, PERIOD_TZ)
    assert f is not None
    assert (f.status_at_start, f.status_at_end, f.field) == (
        S.IN_PROGRESS,
        S.SUPPLEMENT_REQUESTED,
        "Hộ tịch",
    )
    assert counted(f) == {"3", "4", "11", "12"}


def test_history_without_events_reads_the_timestamps() -> None:
    history = DossierHistory(
        local(2020, 5, 1, 9), 1, int(S.RETURNED), local(2020, 5, 20, 17),
        local(2020, 6, 1, 9), local(2020, 6, 20, 9), None, None,
    )  # fmt: skip
    f = facts_from_history(history, PERIOD, PERIOD_TZ)
    assert f is not None and (f.status_at_start, f.status_at_end) == (S.RECEIVED, S.RESULT_READY)
    assert counted(f) == {"3", "4", "7", "10"}
    later = DossierHistory(local(2020, 6, 20, 9), 1, int(S.RECEIVED), None, None, None, None, None)
    assert facts_from_history(later, PERIOD, PERIOD_TZ) is None


def test_field_code_folds_the_name() -> None:
    assert field_code("Hộ tịch") == "ho-tich"
    assert field_code("Đất đai  ") == "dat-dai"


_MOMENTS = st.integers(min_value=-60 * 24 * 40, max_value=60 * 24 * 70).map(
    lambda minutes: START + timedelta(minutes=minutes)
)
_STATUSES = st.sampled_from(list(S))


@st.composite
def any_facts(draw: st.DrawFn) -> DossierFacts:
    received = draw(_MOMENTS)
    before = received < START
    return DossierFacts(
        received_at=received,
        channel=draw(st.sampled_from([1, 2, 3])),
        status_at_start=draw(_STATUSES) if before else None,
        status_at_end=draw(_STATUSES),
        due_at=draw(st.none() | _MOMENTS),
        finished_at=draw(st.none() | _MOMENTS),
    )


@given(st.lists(any_facts(), max_size=40), st.booleans(), _MOMENTS)
def test_the_form_identities_hold_for_any_dossiers(
    dossiers: list[DossierFacts], withdrawn: bool, now: datetime
) -> None:
    columns = [classify(f, PERIOD, withdrawn_as_resolved=withdrawn, now=now) for f in dossiers]
    total = sum_columns(columns)
    assert set(total) == set(COUNT_COLUMNS)
    assert invariant_errors(total) == []
    assert all(c == {} or len(c) == 4 for c in columns)
    assert total["3"] == sum(1 for c in columns if c)


def test_a_broken_count_names_the_identity_it_breaks() -> None:
    broken = {**sum_columns([]), "3": 1, "4": 1, "7": 1}
    assert invariant_errors(broken) == ["(7) = (8)+(9)+(10)"]


def test_tally_sums_per_field_and_keeps_the_late_for_the_annex() -> None:
    late = DossierHistory(local(2020, 6, 1, 9), 1, int(S.RECEIVED), local(2020, 6, 5, 17),
                          None, None, None, None, "Cư trú")  # fmt: skip
    finished, returned = local(2020, 6, 2, 9), local(2020, 6, 3, 9)
    early = DossierHistory(local(2020, 6, 1, 9), 2, int(S.RETURNED), local(2020, 6, 5, 17),
                           finished, returned, None, None, "Hộ tịch")  # fmt: skip
    result = tally([("A", late), ("B", early)], PERIOD, withdrawn_as_resolved=True, now=AFTER)
    assert result.by_field["Cư trú"]["13"] == 1 and result.by_field["Hộ tịch"]["8"] == 1
    assert result.late_codes == ["A"]
    lines = late_lines(result.late, {"A": ("Đăng ký thường trú", "Chờ xác minh")})
    assert [(x.code, x.procedure_name, x.reason, x.field_name) for x in lines] == [
        ("A", "Đăng ký thường trú", "Chờ xác minh", "Cư trú")
    ]
