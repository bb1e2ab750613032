"""Read-only lists behind the handover screens: dossiers ready to hand over, departments.

``change_marker`` is what the handover screens poll to learn that another station changed
something: every change they show (a dossier received, handed over, processed, returned; a
batch created or received) writes an outbox op in its transaction, so the newest op's
sequence number moves with each of them. It is one read of the primary key's maximum.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.services.handover.access import applicant_name, dossier_by_code
from desktop_app.services.handover.batches import ALLOWED_STATUSES, Direction
from desktop_app.storage.models import Dossier, HandoverBatch, HandoverItem, OutboxOp, Staff
from motcua_core.domain.lifecycle import DossierStatus


@dataclass(frozen=True)
class Candidate:
    """A dossier that can go into a batch (a row to tick)."""

    id: uuid.UUID
    code: str
    applicant_name: str
    procedure_name: str
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None


def candidate(row: Dossier) -> Candidate:
    return Candidate(row.id, row.code, applicant_name(row), row.procedure.name,
                     DossierStatus(row.status), row.received_at, row.due_at)  # fmt: skip


def handover_candidates(
    session: Session, direction: Direction, *, limit: int = 300
) -> list[Candidate]:
    """Dossiers at the counter that may go into a new batch in ``direction``.

    To a department: received and never handed to one. To the post: result ready, to be
    returned by post.
    """
    direction = Direction(direction)
    statuses = [int(s) for s in ALLOWED_STATUSES[direction]]
    query = select(Dossier).where(Dossier.status.in_(statuses)).order_by(Dossier.received_at)
    if direction is Direction.TO_DEPARTMENT:
        query = query.where(Dossier.status == int(DossierStatus.RECEIVED))
        query = query.where(Dossier.id.not_in(_handed_to_a_department()))
    elif direction is Direction.TO_POST:
        query = query.where(Dossier.return_method == "post")
    return [candidate(row) for row in session.scalars(query.limit(limit))]


def _handed_to_a_department() -> Select[uuid.UUID]:
    """The dossiers some batch took to a department."""
    return (
        select(HandoverItem.dossier_id)
        .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
        .where(HandoverBatch.direction == Direction.TO_DEPARTMENT.value)
    )


def scanned_candidate(session: Session, code: str) -> Candidate:
    """The dossier a scanner typed, for adding to a batch being built.

    Raises:
        NotFound: no dossier has this code.
    """
    return candidate(dossier_by_code(session, code, lock=False))


def department_units(session: Session) -> list[str]:
    """The departments staff accounts belong to, by name."""
    rows = session.scalars(
        select(Staff.department)
        .where(Staff.department.is_not(None), Staff.active.is_(True))
        .distinct()
    )
    return sorted({name.strip() for name in rows if name and name.strip()})


def change_marker(session: Session) -> int:
    """A number that moves whenever a dossier or a handover batch changes (0 when none has)."""
    return int(session.scalar(select(func.max(OutboxOp.seq))) or 0)
