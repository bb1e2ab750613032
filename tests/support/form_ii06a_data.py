"""Dossiers whose every form II.06a column is known by construction, for period 2020-m06.

The period runs over the local days 15 May – 14 Jun 2020 (Asia/Ho_Chi_Minh, UTC+7). Each case
is one dossier: its procedure (field), channel, reception, due moment, status changes, and the
columns it must count in with the withdrawn rule on and off. ``insert_cases`` writes them to an
office database, with the events and the outbox ops the real services record, so the same
dossiers can be pushed to the central server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Dossier, DossierEvent, OutboxOp, Procedure
from motcua_core.domain.form_ii06a import COUNT_COLUMNS
from motcua_core.domain.lifecycle import DossierStatus as S
from motcua_core.domain.status_timestamps import status_timestamps

PERIOD_NAME = "2020-m06"
CIVIL, CERTIFY, RESIDENCE = "1.001193", "2.000815", "1.004222"
FIELDS = {CIVIL: "Hộ tịch", CERTIFY: "Chứng thực", RESIDENCE: "Cư trú"}


def local(*args: int) -> datetime:
    """A wall-clock moment in Hà Nội (UTC+7), as UTC."""
    return datetime(*args, tzinfo=UTC) - timedelta(hours=7)


@dataclass(frozen=True)
class Case:
    name: str
    procedure: str
    received: datetime
    due: datetime | None
    steps: tuple[tuple[datetime, S], ...] = ()
    expected: str = ""
    #: Columns with ``report_withdrawn_as_resolved`` off (the same as ``expected`` if None).
    strict: str | None = None
    channel: int = 1
    initial: S = S.RECEIVED
    reason: str | None = None
    events: bool = True

    def columns(self, withdrawn_as_resolved: bool = True) -> set[str]:
        text = self.expected if withdrawn_as_resolved or self.strict is None else self.strict
        return set(text.split())

    @property
    def status(self) -> S:
        return self.steps[-1][1] if self.steps else self.initial


D = local
CASES: tuple[Case, ...] = (
    Case("carried over, resolved before due", CIVIL, D(2020, 5, 10, 9), D(2020, 5, 25, 17),
         ((D(2020, 5, 12, 9), S.IN_PROGRESS), (D(2020, 5, 20, 10), S.RESULT_READY),
          (D(2020, 5, 21, 9), S.RETURNED)), "3 4 7 8"),
    Case("carried over, resolved late", CIVIL, D(2020, 5, 5, 9), D(2020, 5, 27, 17),
         ((D(2020, 5, 6, 9), S.IN_PROGRESS), (D(2020, 5, 29, 9), S.RESULT_READY)), "3 4 7 10",
         reason="Chờ kết quả xác minh của Công an huyện"),
    Case("resolved before the period", CIVIL, D(2020, 5, 1, 9), D(2020, 5, 12, 17),
         ((D(2020, 5, 10, 9), S.RESULT_READY),), ""),
    Case("online, resolved on the due date", CIVIL, D(2020, 5, 30, 8), D(2020, 6, 5, 8),
         ((D(2020, 5, 30, 9), S.RECEIVED), (D(2020, 6, 5, 15), S.RESULT_READY)), "3 5 7 9",
         channel=2, initial=S.NEW),
    Case("online, never received", CIVIL, D(2020, 6, 1, 8), None, (), "", channel=2,
         initial=S.NEW),
    Case("refused at the counter", CIVIL, D(2020, 6, 2, 9), None, (), "", initial=S.REFUSED),
    Case("due in the last hour of the period", CIVIL, D(2020, 6, 10, 9), D(2020, 6, 14, 23, 30),
         (), "3 6 11 13", reason="Thiếu hồ sơ gốc từ cơ quan phối hợp"),
    Case("received 00:30 local on the first day (UTC: the day before)", CIVIL,
         D(2020, 5, 15, 0, 30), D(2020, 7, 1, 17), (), "3 6 11 12"),
    Case("received 23:30 local the day before the period", CIVIL, D(2020, 5, 14, 23, 30),
         D(2020, 7, 1, 17), (), "3 4 11 12"),
    Case("received 23:30 local on the last day", CIVIL, D(2020, 6, 14, 23, 30),
         D(2020, 6, 20, 17), (), "3 6 11 12"),
    Case("received 00:30 local after the last day (UTC: the last day)", CIVIL,
         D(2020, 6, 15, 0, 30), D(2020, 6, 20, 17), (), ""),
    Case("result after the period, overdue at its end", CIVIL, D(2020, 6, 1, 9),
         D(2020, 6, 10, 17), ((D(2020, 6, 20, 9), S.RESULT_READY),), "3 6 11 13"),
    Case("by post, resolved before due", CERTIFY, D(2020, 5, 20, 9), D(2020, 5, 25, 17),
         ((D(2020, 5, 21, 9), S.RECEIVED), (D(2020, 5, 22, 9), S.RESULT_READY)), "3 6 7 8",
         channel=3, initial=S.NEW),
    Case("supplement requested across the end", CERTIFY, D(2020, 6, 1, 9), D(2020, 6, 9, 17),
         ((D(2020, 6, 8, 9), S.SUPPLEMENT_REQUESTED),), "3 6 11 12"),
    Case("supplement answered in the period, overdue", CERTIFY, D(2020, 6, 1, 9),
         D(2020, 6, 13, 17), ((D(2020, 6, 3, 9), S.SUPPLEMENT_REQUESTED),
                              (D(2020, 6, 12, 9), S.IN_PROGRESS)), "3 6 11 13"),
    Case("withdrawn in the period", CERTIFY, D(2020, 5, 20, 9), D(2020, 5, 28, 17),
         ((D(2020, 5, 25, 9), S.WITHDRAWN),), "3 6 7 9", strict=""),
    Case("carried over, stopped in the period", CERTIFY, D(2020, 5, 1, 9), D(2020, 5, 20, 17),
         ((D(2020, 5, 2, 9), S.IN_PROGRESS), (D(2020, 5, 30, 9), S.STOPPED)), "3 4 7 9",
         strict=""),
    Case("withdrawn before the period", CERTIFY, D(2020, 5, 1, 9), D(2020, 5, 20, 17),
         ((D(2020, 5, 5, 9), S.WITHDRAWN),), ""),
    Case("on time by local date, finished 01:00 local", RESIDENCE, D(2020, 6, 1, 9),
         D(2020, 6, 3, 16), ((D(2020, 6, 3, 1), S.RESULT_READY),), "3 6 7 9"),
    Case("late by local date on the same UTC date", RESIDENCE, D(2020, 6, 1, 9),
         D(2020, 6, 3, 23), ((D(2020, 6, 4, 0, 30), S.RESULT_READY),), "3 6 7 10",
         reason="Hệ thống liên thông gián đoạn"),
    Case("imported without events, carried over, late", RESIDENCE, D(2020, 5, 5, 9),
         D(2020, 5, 18, 17), ((D(2020, 5, 20, 9), S.RESULT_READY),
                              (D(2020, 5, 22, 9), S.RETURNED)), "3 4 7 10", events=False),
)  # fmt: skip


def expected_by_field(withdrawn_as_resolved: bool = True) -> dict[str, dict[str, int]]:
    """Columns (3)–(13) per field name, summed from the cases' own columns."""
    result: dict[str, dict[str, int]] = {}
    for case in CASES:
        counted = case.columns(withdrawn_as_resolved)
        if counted:
            row = result.setdefault(FIELDS[case.procedure], dict.fromkeys(COUNT_COLUMNS, 0))
            for key in counted:
                row[key] += 1
    return result


def late_codes(unit: str) -> list[str]:
    """The codes the annex must list (columns 10 and 13)."""
    return sorted(code_of(unit, n) for n, c in enumerate(CASES) if c.columns() & {"10", "13"})


def code_of(unit: str, number: int) -> str:
    return f"{unit}-200601-{number + 1:04d}"


def insert_cases(session: Session, office_id: uuid.UUID, unit: str) -> list[Dossier]:
    """Write every case (dossier, events, outbox ops) to the office database; caller commits."""
    procedures = {code: pid for code, pid in session.execute(select(Procedure.code, Procedure.id))}
    made = []
    for number, case in enumerate(CASES):
        dossier = _dossier(case, office_id, procedures[case.procedure], code_of(unit, number))
        session.add(dossier)
        session.flush()
        session.refresh(dossier)
        record_dossier(session, dossier, case.procedure)
        for event in _events(case, dossier):
            session.add(event)
            session.flush()
            record_dossier_event(session, event, dossier.code)
        made.append(dossier)
    return made


def _dossier(case: Case, office_id: uuid.UUID, procedure_id: uuid.UUID, code: str) -> Dossier:
    moments: dict[str, datetime] = {}
    for at, status in case.steps:
        moments.update(status_timestamps(status, at, moments.get("finished_at")))
    return Dossier(
        id=uuid.uuid4(), code=code, office_id=office_id, procedure_id=procedure_id,
        channel=case.channel, status=int(case.status), received_at=case.received,
        due_at=case.due, original_due_at=case.due, finished_at=moments.get("finished_at"),
        returned_at=moments.get("returned_at"), extension_reason=case.reason,
        extended=case.reason is not None, owner_name="Chủ Hồ Sơ",
    )  # fmt: skip


def _events(case: Case, dossier: Dossier) -> Iterable[DossierEvent]:
    if not case.events:
        return
    yield _event(dossier, case.received, "received", None, case.initial)
    previous = case.initial
    for at, status in case.steps:
        yield _event(dossier, at, "status_changed", previous, status)
        previous = status
    if case.reason is not None:
        at = case.due - timedelta(days=1) if case.due else case.received
        then = _status_at(case, at)
        yield _event(dossier, at, "extended", then, then, note=case.reason)


def _status_at(case: Case, moment: datetime) -> S:
    reached = [status for at, status in case.steps if at <= moment]
    return reached[-1] if reached else case.initial


def _event(
    dossier: Dossier, at: datetime, kind: str, source: S | None, target: S, note: str = ""
) -> DossierEvent:
    return DossierEvent(
        id=uuid.uuid4(), dossier_id=dossier.id, at=at, kind=kind, note=note,
        from_status=int(source) if source is not None else None, to_status=int(target),
    )  # fmt: skip


def pending_ops(session: Session) -> list[dict[str, Any]]:
    """The office's outbox as the push ops the sync client sends, in ``seq`` order."""
    rows = session.scalars(select(OutboxOp).order_by(OutboxOp.seq))
    return [
        {
            "op_id": str(row.op_id), "seq": row.seq, "entity": row.entity,
            "entity_id": row.entity_id, "operation": row.operation, "payload": row.payload,
            "schema_version": row.schema_version, "device_time": datetime.now(UTC).isoformat(),
        }
        for row in rows
    ]  # fmt: skip
