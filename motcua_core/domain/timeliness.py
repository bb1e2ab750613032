"""How reports classify a dossier against its due moment.

Resolved dossiers compare local dates (finished before / on / after the due date); open
dossiers compare moments (within the limit until the due moment passes).

``classify_at_period_end`` is the period report's rule built on these; its SQL form, which the
report runs, is ``desktop_app.storage.timeliness_sql`` and a property test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from enum import StrEnum
from types import MappingProxyType

from motcua_core.domain.errors import CalendarError
from motcua_core.domain.lifecycle import RESOLVED_STATUSES, DossierStatus


class Timeliness(StrEnum):
    """Timeliness class used in reports."""

    BEFORE_DUE = "before_due"
    ON_TIME = "on_time"
    LATE = "late"
    WITHIN_LIMIT = "within_limit"
    OVERDUE = "overdue"

    @property
    def label_vi(self) -> str:
        """Vietnamese label printed in reports."""
        return TIMELINESS_LABELS_VI[self]


TIMELINESS_LABELS_VI: Mapping[Timeliness, str] = MappingProxyType(
    {
        Timeliness.BEFORE_DUE: "Trước hạn",
        Timeliness.ON_TIME: "Đúng hạn",
        Timeliness.LATE: "Quá hạn",
        Timeliness.WITHIN_LIMIT: "Trong hạn",
        Timeliness.OVERDUE: "Quá hạn",
    }
)


#: Closed without a result: neither resolved nor open, so outside the timeliness counts.
UNCLASSED_STATUSES: frozenset[DossierStatus] = frozenset(
    {DossierStatus.REFUSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED}
)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise CalendarError(
            f"{name} must carry a time zone.",
            f"Thời điểm {name} thiếu múi giờ.",
        )


def classify_resolved(due_at: datetime, finished_at: datetime, tz: tzinfo) -> Timeliness:
    """Classify a resolved dossier by comparing local dates in ``tz``.

    Raises:
        CalendarError: A datetime has no time zone.
    """
    _require_aware(due_at, "due_at")
    _require_aware(finished_at, "finished_at")
    due_day = due_at.astimezone(tz).date()
    finished_day = finished_at.astimezone(tz).date()
    if finished_day < due_day:
        return Timeliness.BEFORE_DUE
    if finished_day == due_day:
        return Timeliness.ON_TIME
    return Timeliness.LATE


def classify_open(due_at: datetime, now: datetime) -> Timeliness:
    """Classify an open dossier: within the limit up to and including the due moment.

    Raises:
        CalendarError: A datetime has no time zone.
    """
    _require_aware(due_at, "due_at")
    _require_aware(now, "now")
    return Timeliness.WITHIN_LIMIT if now <= due_at else Timeliness.OVERDUE


def classify(
    due_at: datetime, finished_at: datetime | None, now: datetime, tz: tzinfo
) -> Timeliness:
    """Classify a dossier, resolved when ``finished_at`` is given, open otherwise."""
    if finished_at is not None:
        return classify_resolved(due_at, finished_at, tz)
    return classify_open(due_at, now)


def classify_at_period_end(
    status: DossierStatus,
    due_at: datetime | None,
    finished_at: datetime | None,
    *,
    period_end: datetime,
    now: datetime,
    tz: tzinfo,
) -> Timeliness | None:
    """The class a period report gives a dossier at the end of the period.

    Resolved: the result is ready or returned and was finished before ``period_end`` (a result
    after it leaves the dossier open at the end of the period); with no due date it has no date
    it kept and counts as late. Open: any status but those in ``UNCLASSED_STATUSES``, judged at
    the earlier of ``now`` and ``period_end``; with no due date it stays within the limit.
    ``None`` for refused, withdrawn and stopped dossiers. ``period_end`` is the first moment
    after the period (midnight after its last local day).

    Raises:
        CalendarError: A datetime has no time zone.
    """
    if status in UNCLASSED_STATUSES:
        return None
    if status in RESOLVED_STATUSES and finished_at is not None and finished_at < period_end:
        return Timeliness.LATE if due_at is None else classify_resolved(due_at, finished_at, tz)
    if due_at is None:
        return Timeliness.WITHIN_LIMIT
    return classify_open(due_at, min(now, period_end))
