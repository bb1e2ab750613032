"""At the centre too, two pushed status events at one moment: the chain's end is the status.

The same tie as ``tests/db/test_form_ii06a_status_ties.py`` (in progress → result ready in one
transaction), in both insertion orders, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from central_server.admin import create_office
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import CentralDossier, CentralDossierEvent, CentralOffice
from central_server.report_forms import Catalogue, iter_histories
from motcua_core.domain.lifecycle import DossierStatus as S
from motcua_core.reports.form_ii06a_report import ReportSource
from tests.db.test_form_ii06a_status_ties import AFTER_END, PERIOD, RECEIVED, TIE, TIED

UNIT = "000.00.06.H56"


def _event(office_id, dossier_id, at, source, target) -> CentralDossierEvent:
    return CentralDossierEvent(id=uuid.uuid4(), office_id=office_id, dossier_id=dossier_id, at=at,
                               kind="status_changed", from_status=source, to_status=int(target),
                               origin="office", payload={})  # fmt: skip


@pytest.mark.parametrize("order", [TIE, TIE[::-1]], ids=["chain order", "reversed"])
def test_the_centre_follows_the_tied_chain(database_url: str, order) -> None:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    try:
        with session_scope(make_session_factory(engine)) as session:
            create_office(session, UNIT, f"UBND {UNIT}")
            office_id = session.scalar(select(CentralOffice.id))
            dossier = CentralDossier(id=uuid.uuid4(), office_id=office_id, code=f"{UNIT}-1",
                                     procedure_code="1.001193", channel=1, status=int(S.RETURNED),
                                     status_origin="office", received_at=RECEIVED,
                                     due_at=RECEIVED + timedelta(days=30), finished_at=TIED,
                                     returned_at=AFTER_END, payload={})  # fmt: skip
            session.add(dossier)
            session.flush()
            session.add(_event(office_id, dossier.id, RECEIVED, None, S.RECEIVED))
            for source, target in order:
                session.add(_event(office_id, dossier.id, TIED, source, target))
                session.flush()
            session.add(_event(office_id, dossier.id, AFTER_END, S.RESULT_READY, S.RETURNED))
        with session_scope(make_session_factory(engine)) as session:
            source = ReportSource(PERIOD, "", True)
            [(_, history)] = list(iter_histories(session, [office_id], source, Catalogue({})))
    finally:
        engine.dispose()
    assert history.status_before_end == S.RESULT_READY
