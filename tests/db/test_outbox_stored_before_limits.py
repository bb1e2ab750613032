"""A row stored before today's limits still changes at the office; its op travels as stored.

The centre answers such an op ``rejected`` with a reason; the officer's action must not fail
because the row would not pass the payload model (a register row received before 2000, a
name with a control character written by an older version).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from desktop_app.services.dossiers.status import change_status
from desktop_app.storage.models import Applicant, Dossier, OutboxOp
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.payloads import DossierPayload
from tests.support.handover_data import receive


def test_a_status_change_of_a_row_over_the_limits_is_saved_and_queued(
    context, office, calendar, now
):
    with context.session() as session:
        saved = receive(session, office, calendar, now)
    with context.session() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == saved.code)).one()
        session.execute(
            update(Applicant)
            .where(Applicant.id == dossier.applicant_id)
            .values(full_name="Lê\x07Văn Cũ")
        )
        session.execute(
            update(Dossier)
            .where(Dossier.id == dossier.id)
            .values(received_at=datetime(1998, 5, 4, 2, 0, tzinfo=now.tzinfo))
        )
    dossier_id = dossier.id
    with context.session() as session:
        change_status(session, dossier_id, DossierStatus.IN_PROGRESS, at=now + timedelta(minutes=5))
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == saved.code)).one()
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity_id == str(dossier.id)).order_by(OutboxOp.seq)
        ).all()
    assert dossier.status == DossierStatus.IN_PROGRESS
    last = ops[-1].payload
    assert last["status"] == DossierStatus.IN_PROGRESS
    assert last["applicant"]["full_name"] == "Lê\x07Văn Cũ"
    assert DossierPayload.model_fields.keys() >= last.keys()
