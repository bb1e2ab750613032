"""Form II.06a (Circular 01/2020/TT-VPCP): which columns one dossier counts in.

The form's numbered columns: (1) TT, (2) field; dossiers to resolve: (3) total, (4) carried
over from the previous period, (5) newly received online, (6) newly received in person or by
post; resolved: (7) total, (8) before due, (9) on time, (10) late; in progress: (11) total,
(12) within the limit, (13) overdue. (3) = (4)+(5)+(6) = (7)+(11); (7) = (8)+(9)+(10);
(11) = (12)+(13).

The rule, as provincial systems count, each status taken as it stood at the period's end:

* status 1 (online, not yet received) and 3 (refused) are counted nowhere, (3) included;
* *carried over* (4): open at the period's start (received before it, neither closed nor
  finished then); a dossier that was only registered online (status 1) at the start and is
  received during the period is new, by its channel (5) or (6);
* *resolved* (7): the result is ready or returned (9, 10) at the end, classed by comparing the
  office-local DATE finished with the due date: before (8), on (9), after (10); a missing due
  date counts on time. Withdrawn (7) and stopped (8) dossiers count as resolved on time when
  ``withdrawn_as_resolved`` (the office setting ``report_withdrawn_as_resolved``), and are
  counted nowhere otherwise;
* *in progress* (11): open at the end; within the limit (12) while the due MOMENT is not past
  at the end of the period (or now, if the period is not over), or with no due date; a dossier
  waiting for a supplement at the end is within the limit (supplement time is not counted
  against the office); overdue (13) otherwise.

The facts of one dossier (``DossierFacts``) are read from its history by the office's and the
centre's gatherers; this module only judges them, so both count alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime, tzinfo
from types import MappingProxyType
from zoneinfo import ZoneInfo

from motcua_core.domain.lifecycle import RESOLVED_STATUSES, Channel, DossierStatus
from motcua_core.domain.report_periods import ReportPeriod
from motcua_core.domain.text import fold_for_search
from motcua_core.domain.timeliness import Timeliness, classify_resolved
from motcua_core.domain.work_calendar import VIETNAM_TZ_NAME

_S = DossierStatus

#: The form's numbered columns and their printed headings.
COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "1": "TT",
        "2": "Lĩnh vực, công việc giải quyết",
        "3": "Tổng số",
        "4": "Từ kỳ trước",
        "5": "Mới tiếp nhận trực tuyến",
        "6": "Mới tiếp nhận trực tiếp, dịch vụ bưu chính",
        "7": "Tổng số",
        "8": "Trước hạn",
        "9": "Đúng hạn",
        "10": "Quá hạn",
        "11": "Tổng số",
        "12": "Trong hạn",
        "13": "Quá hạn",
    }
)

#: The columns holding counts, (3) to (13), in print order.
COUNT_COLUMNS: tuple[str, ...] = tuple(str(n) for n in range(3, 14))

#: Column groups of the printed header: heading and the columns under it.
COLUMN_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Số hồ sơ nhận giải quyết", ("3", "4", "5", "6")),
    ("Số hồ sơ đã giải quyết", ("7", "8", "9", "10")),
    ("Số hồ sơ đang giải quyết", ("11", "12", "13")),
)

#: Counted nowhere: registered online but not received, refused at the counter.
NOT_COUNTED_STATUSES = frozenset({_S.NEW, _S.REFUSED})
#: Closed without a result: resolved on time, or counted nowhere, by the office setting.
WITHDRAWN_STATUSES = frozenset({_S.WITHDRAWN, _S.STOPPED})
#: Open: received and neither closed nor finished.
OPEN_STATUSES = frozenset(
    {_S.RECEIVED, _S.IN_PROGRESS, _S.SUPPLEMENT_REQUESTED, _S.AWAITING_PAYMENT}
)

OFFICE_TZ = ZoneInfo(VIETNAM_TZ_NAME)

_RESOLVED_COLUMN = {Timeliness.BEFORE_DUE: "8", Timeliness.ON_TIME: "9", Timeliness.LATE: "10"}


@dataclass(frozen=True, slots=True)
class DossierFacts:
    """What one dossier's history says about a period (moments are aware, UTC or any zone).

    Attributes:
        received_at: when the dossier was received (submitted, for online ones).
        channel: the national channel code (1 in person, 2 online, 3 post).
        status_at_start: the status at the period's first moment; ``None`` if the dossier
            did not exist yet.
        status_at_end: the status at the first moment after the period (or now, if earlier).
        due_at: the due moment in force (after extensions and supplement pauses).
        finished_at: when the result was ready (status 9), if it was.
        field: the catalogue field (lĩnh vực) of its procedure, the row it counts in.
    """

    received_at: datetime
    channel: int
    status_at_start: DossierStatus | None
    status_at_end: DossierStatus
    due_at: datetime | None = None
    finished_at: datetime | None = None
    field: str = ""

    @property
    def paused_at_end(self) -> bool:
        """Waiting for a supplement at the end of the period (the clock stopped)."""
        return self.status_at_end == _S.SUPPLEMENT_REQUESTED


def empty_columns() -> dict[str, int]:
    """Columns (3)–(13) at zero."""
    return dict.fromkeys(COUNT_COLUMNS, 0)


def is_counted(facts: DossierFacts, *, withdrawn_as_resolved: bool) -> bool:
    """In (3): new in the period or open at its start, and counted by its status at the end."""
    if facts.status_at_end in NOT_COUNTED_STATUSES:
        return False
    if facts.status_at_end in WITHDRAWN_STATUSES and not withdrawn_as_resolved:
        return False
    return facts.status_at_start is None or facts.status_at_start in OPEN_STATUSES | {_S.NEW}


def received_column(facts: DossierFacts) -> str:
    """(4) carried over, (5) new online, (6) new in person or by post."""
    if facts.status_at_start in OPEN_STATUSES:
        return "4"
    return "5" if facts.channel == Channel.ONLINE else "6"


def resolved_column(facts: DossierFacts, tz: tzinfo) -> str:
    """(8), (9) or (10) by local dates; on time with no due date, or withdrawn or stopped."""
    if facts.status_at_end in WITHDRAWN_STATUSES or facts.due_at is None:
        return "9"
    if facts.finished_at is None:
        return "9"
    return _RESOLVED_COLUMN[classify_resolved(facts.due_at, facts.finished_at, tz)]


def open_column(facts: DossierFacts, judged_at: datetime) -> str:
    """(12) within the limit (due moment not past, no due date, or paused), (13) overdue."""
    if facts.paused_at_end or facts.due_at is None or judged_at <= facts.due_at:
        return "12"
    return "13"


def classify(
    facts: DossierFacts,
    period: ReportPeriod,
    *,
    withdrawn_as_resolved: bool,
    tz: tzinfo = OFFICE_TZ,
    now: datetime | None = None,
) -> dict[str, int]:
    """The columns one dossier adds 1 to (an empty dict when it is counted nowhere).

    ``tz`` is the office's zone (local dates); open dossiers are judged at the end of the
    period, or at ``now`` if it is earlier.
    """
    start_utc, end_utc = period.utc_bounds(tz)
    if facts.received_at >= end_utc or not is_counted(
        facts, withdrawn_as_resolved=withdrawn_as_resolved
    ):
        return {}
    if facts.status_at_start is None and facts.received_at < start_utc:
        return {}
    counted = {"3": 1, received_column(facts): 1}
    if facts.status_at_end in RESOLVED_STATUSES | WITHDRAWN_STATUSES:
        counted.update({"7": 1, resolved_column(facts, tz): 1})
    else:
        judged_at = min(now or datetime.now(UTC), end_utc)
        counted.update({"11": 1, open_column(facts, judged_at): 1})
    return counted


def add_columns(totals: dict[str, int], counted: Mapping[str, int]) -> None:
    """Add one dossier's (or one row's) columns into ``totals`` in place."""
    for key, value in counted.items():
        totals[key] = totals.get(key, 0) + value


def sum_columns(counts: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Columns (3)–(13) summed over dossiers or rows (zeros kept)."""
    totals = empty_columns()
    for counted in counts:
        add_columns(totals, counted)
    return totals


def invariant_errors(columns: Mapping[str, int]) -> list[str]:
    """The form's identities that ``columns`` break (none for a correct count)."""
    c = {key: columns.get(key, 0) for key in COUNT_COLUMNS}
    checks = (
        ("(3) = (4)+(5)+(6)", c["3"], c["4"] + c["5"] + c["6"]),
        ("(3) = (7)+(11)", c["3"], c["7"] + c["11"]),
        ("(7) = (8)+(9)+(10)", c["7"], c["8"] + c["9"] + c["10"]),
        ("(11) = (12)+(13)", c["11"], c["12"] + c["13"]),
    )
    return [name for name, left, right in checks if left != right]


@dataclass(frozen=True, slots=True)
class DossierHistory:
    """What a gatherer reads of one dossier, the office's and the centre's alike.

    ``status_before_start`` / ``status_before_end``: the ``to_status`` of the dossier's last
    event before the period's first moment / before the first moment after it (``None`` when
    there is none, e.g. a register imported without its events).
    """

    received_at: datetime
    channel: int
    status: int
    due_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None
    status_before_start: int | None
    status_before_end: int | None
    field: str = ""


def status_at(
    history: DossierHistory, moment: datetime, last_event: int | None
) -> DossierStatus | None:
    """The status at ``moment``: its last event's, or, with no event, read from the timestamps.

    ``None`` when the dossier was not received yet. Without events a finished dossier was
    received (2) until it finished and resolved (9) until it was returned (10); any other
    status is taken as it stands now.
    """
    if history.received_at >= moment:
        return None
    if last_event is not None:
        return DossierStatus(last_event)
    current = DossierStatus(history.status)
    if current not in RESOLVED_STATUSES:
        return current
    if history.returned_at is not None and history.returned_at < moment:
        return _S.RETURNED
    if history.finished_at is not None and history.finished_at < moment:
        return _S.RESULT_READY
    return _S.RECEIVED


def facts_from_history(
    history: DossierHistory, period: ReportPeriod, tz: tzinfo
) -> DossierFacts | None:
    """The facts of one dossier for ``period`` (``None`` if it was not received by its end)."""
    start_utc, end_utc = period.utc_bounds(tz)
    at_end = status_at(history, end_utc, history.status_before_end)
    if at_end is None:
        return None
    return DossierFacts(
        received_at=history.received_at,
        channel=history.channel,
        status_at_start=status_at(history, start_utc, history.status_before_start),
        status_at_end=at_end,
        due_at=history.due_at,
        finished_at=history.finished_at,
        field=history.field,
    )


def field_code(field_name: str) -> str:
    """The row key of a field: its folded name, words joined by hyphens (``ho-tich``)."""
    return "-".join(fold_for_search(field_name).split()) or "-"


#: The columns a dossier is late in: resolved late, in progress overdue.
LATE_COLUMNS = ("10", "13")


@dataclass
class Tally:
    """Columns per field, and the late dossiers (the annex) with their histories."""

    by_field: dict[str, dict[str, int]] = dataclass_field(default_factory=dict)
    late: list[tuple[str, DossierHistory]] = dataclass_field(default_factory=list)

    @property
    def late_codes(self) -> list[str]:
        """The codes of the late dossiers, in the order they were counted."""
        return [code for code, _ in self.late]

    def add(self, code: str, history: DossierHistory, counted: Mapping[str, int]) -> None:
        """Count one classified dossier."""
        add_columns(self.by_field.setdefault(history.field, empty_columns()), counted)
        if any(key in counted for key in LATE_COLUMNS):
            self.late.append((code, history))


def tally(
    histories: Iterable[tuple[str, DossierHistory]],
    period: ReportPeriod,
    *,
    withdrawn_as_resolved: bool,
    tz: tzinfo = OFFICE_TZ,
    now: datetime | None = None,
) -> Tally:
    """Classify ``(code, history)`` pairs as they stream and sum them per field."""
    result = Tally()
    judged = min(now or datetime.now(UTC), period.utc_bounds(tz)[1])
    for code, history in histories:
        facts = facts_from_history(history, period, tz)
        if facts is None:
            continue
        counted = classify(
            facts, period, withdrawn_as_resolved=withdrawn_as_resolved, tz=tz, now=judged
        )
        if counted:
            result.add(code, history, counted)
    return result
