"""How reports classify a dossier against its due moment.

Resolved dossiers compare local dates (finished before / on / after the due date); open
dossiers compare moments (within the limit until the due moment passes).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from enum import StrEnum
from types import MappingProxyType

from motcua_core.domain.errors import CalendarError


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
