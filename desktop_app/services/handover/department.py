"""The department side (phòng chuyên môn): process, pause for a supplement, stop, extend, finish.

Each step is a status change (or a due-date change) recorded as a dossier event with the
officer, the moment and the unit, and sent to the outbox with the dossier's new state.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.notification_rule import notify
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import (
    add_event,
    dossier_by_code,
    require_status,
    required_text,
)
from desktop_app.services.handover.batches import ALLOWED_STATUSES, Direction
from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Dossier, DossierEvent, HandoverBatch, HandoverItem
from motcua_core.domain.due_date_state import DueDateState
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.work_calendar import WorkCalendar

_S = DossierStatus
OPEN_STATUSES = frozenset(
    {_S.RECEIVED, _S.IN_PROGRESS, _S.SUPPLEMENT_REQUESTED, _S.AWAITING_PAYMENT}
)
#: Finished at the department, to be handed back to the counter.
FINISHED_STATUSES = ALLOWED_STATUSES[Direction.TO_COUNTER]


@dataclass(frozen=True)
class DossierStep:
    """A dossier after a department step."""

    id: uuid.UUID
    code: str
    status: DossierStatus
    due_at: datetime | None
    original_due_at: datetime | None
    extended: bool
    paused_at: datetime | None
    event_id: uuid.UUID

    @property
    def status_label(self) -> str:
        return self.status.label_vi


@dataclass(frozen=True)
class WorkItem:
    """A dossier a department holds, for its work list."""

    id: uuid.UUID
    code: str
    applicant_name: str
    procedure_name: str
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    paused_at: datetime | None
    extended: bool


def start_processing(
    session: Session, code: str, *, at: datetime, staff_id: uuid.UUID | None, unit: str | None
) -> DossierStep:
    """Status 4 (đang xử lý)."""
    return _move(session, code, _S.IN_PROGRESS, at, staff_id, unit, "Bắt đầu xử lý")


def request_supplement(
    session: Session,
    code: str,
    *,
    missing: str,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
) -> DossierStep:
    """Status 5: the clock stops at ``at`` until the citizen completes the dossier.

    Raises:
        ServiceError: nothing is said about what is missing.
    """
    text = required_text(missing, "list of what is missing", "nội dung cần bổ sung")
    _pause_for_supplement(dossier_by_code(session, code), text, at)
    return _move(session, code, _S.SUPPLEMENT_REQUESTED, at, staff_id, unit, text)


def resume_processing(
    session: Session,
    code: str,
    *,
    calendar: WorkCalendar,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
) -> DossierStep:
    """The citizen completed the dossier: the due moment moves by the paused working time.

    The dossier goes back to the status it had before the request (received at the counter,
    or in progress at the department).
    """
    dossier = dossier_by_code(session, code)
    require_status(dossier, {_S.SUPPLEMENT_REQUESTED}, "tiếp tục xử lý")
    paused = _restart_clock(dossier, calendar, at)
    back_to = _status_before_supplement(session, dossier)
    note = f"Đã bổ sung; thời hạn lùi {_hours_vi(paused)} giờ làm việc"
    return _move(session, code, back_to, at, staff_id, unit, note)


def stop_processing(
    session: Session,
    code: str,
    *,
    reason: str,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
) -> DossierStep:
    """Status 8 (dừng xử lý) with its reason, printed on form 05."""
    text = required_text(reason, "reason for stopping", "lý do dừng giải quyết")
    _stop_with_reason(dossier_by_code(session, code), text)
    return _move(session, code, _S.STOPPED, at, staff_id, unit, text)


def mark_result_ready(
    session: Session,
    code: str,
    *,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
    note: str = "",
) -> DossierStep:
    """Status 9 (đã có kết quả); ``note`` describes the result (shown at return)."""
    return _move(session, code, _S.RESULT_READY, at, staff_id, unit, note.strip())


def extend_due_date(
    session: Session,
    code: str,
    *,
    new_due: datetime,
    reason: str,
    calendar: WorkCalendar,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
) -> DossierStep:
    """Reset the appointment once, with the apology letter (form 04).

    The request must come at the latest one working day before the current due date.

    Raises:
        ServiceError: no reason, a closed dossier, or too late to ask.
        DomainError: already extended, or the new moment is not later.
    """
    text = required_text(reason, "reason for the delay", "lý do chậm trễ")
    dossier = dossier_by_code(session, code)
    require_status(dossier, OPEN_STATUSES, "gia hạn")
    if dossier.due_at is None:
        raise _no_due_date(code)
    state = _state(dossier).extend(new_due)
    _check_extension_in_time(calendar, dossier.due_at, at)
    _apply_extension(dossier, state, text)
    note = f"Gia hạn đến {calendar.to_local(new_due):%H:%M %d/%m/%Y}: {text}"
    event = add_event(session, dossier, "extended", at=at, staff_id=staff_id, from_unit=unit,
                      to_unit=unit, note=note)  # fmt: skip
    _record_extension(session, dossier, event, staff_id, at)
    notify(session, dossier, "extension", at=at, day=calendar.to_local(new_due).date())
    return _step(dossier, event)


def latest_extension_day(calendar: WorkCalendar, due_at: datetime) -> date:
    """The last day an extension may be asked: one working day before the due date."""
    day = calendar.to_local(due_at).date() - timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def department_worklist(
    session: Session, unit: str, *, include_finished: bool = True, limit: int = 200
) -> list[WorkItem]:
    """Dossiers the department received and has not yet handed back to the counter."""
    statuses = _worklist_statuses(include_finished)
    rows = session.scalars(
        select(Dossier)
        .where(Dossier.id.in_(_received_by(unit)), Dossier.id.not_in(_handed_back_by(unit)))
        .where(Dossier.status.in_([int(s) for s in statuses]))
        .order_by(Dossier.due_at)
        .limit(limit)
    )
    return [_work_item(dossier) for dossier in rows]


def _worklist_statuses(include_finished: bool) -> set[DossierStatus]:
    """Open dossiers, and those finished but not yet handed back when asked."""
    return set(OPEN_STATUSES) | (FINISHED_STATUSES if include_finished else set())


def _received_by(unit: str) -> Select[uuid.UUID]:
    """The dossiers of batches to ``unit`` that it received."""
    return (
        select(HandoverItem.dossier_id)
        .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
        .where(HandoverBatch.direction == Direction.TO_DEPARTMENT.value)
        .where(HandoverBatch.to_unit == unit, HandoverItem.received_at.is_not(None))
    )


def _handed_back_by(unit: str) -> Select[uuid.UUID]:
    """The dossiers ``unit`` put in a batch back to the counter."""
    return (
        select(HandoverItem.dossier_id)
        .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
        .where(HandoverBatch.direction == Direction.TO_COUNTER.value)
        .where(HandoverBatch.from_unit == unit)
    )


def _work_item(d: Dossier) -> WorkItem:
    return WorkItem(d.id, d.code, d.applicant.full_name if d.applicant else "", d.procedure.name,
                    DossierStatus(d.status), d.received_at, d.due_at, d.paused_at,
                    d.extended)  # fmt: skip


# --- helpers ----------------------------------------------------------------------------------


def _move(
    session: Session,
    code: str,
    target: DossierStatus,
    at: datetime,
    staff_id: uuid.UUID | None,
    unit: str | None,
    note: str,
) -> DossierStep:
    dossier = dossier_by_code(session, code)
    event = change_status(session, dossier.id, target, at=at, staff_id=staff_id, note=note,
                          from_unit=unit, to_unit=unit)  # fmt: skip
    record_audit(session, f"dossier_status_{int(target)}", "dossier", dossier.id,
                 staff_id=staff_id, at=at)  # fmt: skip
    return _step(dossier, event)


def _step(dossier: Dossier, event: DossierEvent) -> DossierStep:
    return DossierStep(
        dossier.id, dossier.code, DossierStatus(dossier.status), dossier.due_at,
        dossier.original_due_at, dossier.extended, dossier.paused_at, event.id,
    )  # fmt: skip


def _state(dossier: Dossier) -> DueDateState:
    """The dossier's due-date rules' view of it (the domain checks pause, resume, extend)."""
    if dossier.due_at is None:
        raise _no_due_date(dossier.code)
    return DueDateState(
        due_at=dossier.due_at,
        original_due_at=dossier.original_due_at or dossier.due_at,
        extended=dossier.extended,
        paused_at=dossier.paused_at,
    )


def _no_due_date(code: str) -> ServiceError:
    return ServiceError(f"dossier {code} has no due date", f"Hồ sơ {code} không có hạn trả.")


def _pause_for_supplement(dossier: Dossier, missing: str, at: datetime) -> None:
    """The clock stops at ``at``; the request says what is missing."""
    dossier.paused_at = _state(dossier).pause(at).paused_at
    dossier.supplement_request = missing


def _stop_with_reason(dossier: Dossier, reason: str) -> None:
    """The reason form 05 prints; a paused clock stays stopped for good."""
    dossier.stop_reason = reason
    dossier.paused_at = None


def _restart_clock(dossier: Dossier, calendar: WorkCalendar, at: datetime) -> timedelta:
    """The due moment moves by the working time paused until ``at``; that time."""
    state = _state(dossier)
    resumed = state.resume(calendar, at)
    paused = calendar.working_time_between(state.paused_at, at)  # type: ignore[arg-type]
    dossier.due_at = resumed.due_at.astimezone(UTC)
    dossier.paused_at = None
    return paused


def _apply_extension(dossier: Dossier, state: DueDateState, reason: str) -> None:
    """The new due moment; the first one is kept as the original."""
    if dossier.original_due_at is None:
        dossier.original_due_at = dossier.due_at
    dossier.due_at = state.due_at.astimezone(UTC)
    dossier.extended = True
    dossier.extension_reason = reason


def _record_extension(
    session: Session,
    dossier: Dossier,
    event: DossierEvent,
    staff_id: uuid.UUID | None,
    at: datetime,
) -> None:
    """The dossier's new state and its ``extended`` event to the outbox; the audit row."""
    session.flush()
    record_dossier(session, dossier, dossier.procedure.code)
    record_dossier_event(session, event, dossier.code)
    record_audit(session, "dossier_extended", "dossier", dossier.id, staff_id=staff_id, at=at)


def _check_extension_in_time(calendar: WorkCalendar, due_at: datetime, at: datetime) -> None:
    last_day = latest_extension_day(calendar, due_at)
    if calendar.to_local(at).date() > last_day:
        raise ServiceError(
            f"an extension must be asked by {last_day.isoformat()}, one working day before "
            "the due date",
            f"Chỉ được đề nghị gia hạn chậm nhất ngày {last_day:%d/%m/%Y} "
            "(trước hạn trả một ngày làm việc).",
        )


def _status_before_supplement(session: Session, dossier: Dossier) -> DossierStatus:
    before = session.scalars(
        select(DossierEvent.from_status)
        .where(DossierEvent.dossier_id == dossier.id)
        .where(DossierEvent.to_status == int(_S.SUPPLEMENT_REQUESTED))
        .where(DossierEvent.kind == "status_changed")
        .order_by(DossierEvent.at.desc())
        .limit(1)
    ).first()
    return _S.RECEIVED if before == int(_S.RECEIVED) else _S.IN_PROGRESS


def _hours_vi(duration: timedelta) -> str:
    hours = duration.total_seconds() / 3600
    return f"{hours:.1f}".rstrip("0").rstrip(".").replace(".", ",")


@dataclass(frozen=True)
class DossierDecisions:
    """What forms 04 and 05 print besides the dossier's detail."""

    code: str
    received_at: datetime
    due_at: datetime | None
    original_due_at: datetime | None
    extended: bool
    extension_reason: str
    stop_reason: str
    status: DossierStatus


def dossier_decisions(session: Session, code: str) -> DossierDecisions:
    """The extension and stop details of a dossier.

    Raises:
        NotFound: no dossier has this code.
    """
    d = dossier_by_code(session, code, lock=False)
    return DossierDecisions(
        d.code, d.received_at, d.due_at, d.original_due_at, d.extended,
        d.extension_reason or "", d.stop_reason or "", DossierStatus(d.status),
    )  # fmt: skip
