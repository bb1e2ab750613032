"""Two status events at one moment: the status at the period's end follows their chain.

In progress → result ready written in one transaction gives two events with the same ``at``;
ordering by the moment alone left the status at the end to the order the rows came back in.
Both insertion orders are tried, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.reports.form_ii06a_facts import iter_histories
from desktop_app.storage.models import Dossier, DossierEvent, Procedure
from motcua_core.domain.lifecycle import DossierStatus as S
from motcua_core.domain.report_periods import parse_report_period
from tests.support.form_ii06a_data import CIVIL, PERIOD_NAME, local

PERIOD = parse_report_period(PERIOD_NAME)
RECEIVED, TIED, AFTER_END = local(2020, 5, 20, 9), local(2020, 6, 10, 9), local(2020, 6, 20, 9)
#: The steps of the tie: the chain 2 → 4 → 9 (its end, 9, is the status at the period's end).
TIE = ((S.RECEIVED, S.IN_PROGRESS), (S.IN_PROGRESS, S.RESULT_READY))


def _event(dossier_id: uuid.UUID, at, source: S | None, target: S) -> DossierEvent:
    return DossierEvent(id=uuid.uuid4(), dossier_id=dossier_id, at=at, kind="status_changed",
                        from_status=source, to_status=int(target))  # fmt: skip


@pytest.mark.parametrize("order", [TIE, TIE[::-1]], ids=["chain order", "reversed"])
def test_the_status_at_the_end_is_the_end_of_the_tied_chain(context, office: OfficeInfo, order):
    with context.session() as session:
        procedure = session.scalar(select(Procedure.id).where(Procedure.code == CIVIL))
        dossier = Dossier(id=uuid.uuid4(), code=f"{office.code}-200520-0001", office_id=office.id,
                          procedure_id=procedure, channel=1, status=int(S.RETURNED),
                          received_at=RECEIVED, due_at=RECEIVED + timedelta(days=30),
                          finished_at=TIED, returned_at=AFTER_END, owner_name="Chủ")  # fmt: skip
        session.add(dossier)
        session.flush()
        session.add(_event(dossier.id, RECEIVED, None, S.RECEIVED))
        for source, target in order:
            session.add(_event(dossier.id, TIED, source, target))
            session.flush()
        session.add(_event(dossier.id, AFTER_END, S.RESULT_READY, S.RETURNED))
    with context.session(read_only=True) as session:
        [(_, history)] = list(iter_histories(session, PERIOD, context.settings.zone))
    assert history.status_before_end == S.RESULT_READY
