"""The dossier register (Mẫu 07, Sổ theo dõi hồ sơ): one row per dossier received in a period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.handover.access import staff_name
from desktop_app.storage.models import Dossier, HandoverBatch, HandoverItem
from motcua_core.domain.lifecycle import DossierStatus


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register, in the columns of Mẫu 07."""

    no: int
    code: str
    content: str
    sets_count: int
    owner_name: str
    address: str
    phone: str
    received_at: datetime
    due_at: datetime | None
    result_received_at: datetime | None
    handed_by: str
    returned_to: str
    returned_at: datetime | None
    officer: str
    note: str


def register_rows(
    session: Session, office_id: uuid.UUID, first_day: date, last_day: date, tz: ZoneInfo
) -> list[RegisterRow]:
    """Dossiers received from ``first_day`` to ``last_day`` (office local days), oldest first."""
    start = datetime.combine(first_day, time(0), tz)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tz)
    dossiers = session.scalars(
        select(Dossier)
        .where(Dossier.office_id == office_id)
        .where(Dossier.received_at >= start, Dossier.received_at < end)
        .order_by(Dossier.received_at, Dossier.code)
    )
    return [_row(session, no, d) for no, d in enumerate(dossiers, start=1)]


def _row(session: Session, no: int, dossier: Dossier) -> RegisterRow:
    applicant = dossier.applicant
    owner = dossier.owner_name or (applicant.full_name if applicant else "")
    back = _result_back_at_counter(session, dossier.id)
    status = DossierStatus(dossier.status)
    note = "" if status in (DossierStatus.RETURNED, DossierStatus.RESULT_READY) else status.label_vi
    if dossier.extended:
        note = (note + "; " if note else "") + "Đã gia hạn"
    return RegisterRow(
        no, dossier.code, dossier.procedure.name, dossier.sets_count, owner,
        applicant.address if applicant else "", (applicant.phone or "") if applicant else "",
        dossier.received_at, dossier.due_at, back or dossier.finished_at,
        staff_name(session, dossier.received_by_id), dossier.returned_to_name or "",
        dossier.returned_at, staff_name(session, dossier.returned_by_id), note,
    )  # fmt: skip


def _result_back_at_counter(session: Session, dossier_id: uuid.UUID) -> datetime | None:
    """When the counter received the result back from the department, if it did."""
    return session.scalars(
        select(HandoverItem.received_at)
        .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
        .where(HandoverItem.dossier_id == dossier_id, HandoverBatch.direction == "to_counter")
        .order_by(HandoverItem.received_at.desc())
        .limit(1)
    ).first()
