"""Which moments a dossier's status change records, for every status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.status_timestamps import stamp_status_change, status_timestamps

AT = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
EARLIER = AT - timedelta(days=1)


@dataclass
class Record:
    finished_at: datetime | None = None
    returned_at: datetime | None = None


@pytest.mark.parametrize("target", list(DossierStatus))
def test_each_status_sets_only_its_moments(target: DossierStatus) -> None:
    expected = {
        DossierStatus.RESULT_READY: {"finished_at": AT},
        DossierStatus.RETURNED: {"finished_at": AT, "returned_at": AT},
    }.get(target, {})
    assert status_timestamps(target, AT, None) == expected


def test_finished_is_kept_from_the_first_time_the_result_came_out() -> None:
    record = Record(finished_at=EARLIER)
    stamp_status_change(record, DossierStatus.RETURNED, AT)
    assert record == Record(finished_at=EARLIER, returned_at=AT)


def test_a_change_that_resolves_nothing_leaves_the_record_alone() -> None:
    record = Record()
    stamp_status_change(record, DossierStatus.IN_PROGRESS, AT)
    assert record == Record()
