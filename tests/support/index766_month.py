"""A November 2026 whose every service-index count is known (office tests, CLI, centre, GUI).

Procedure 1.004873 (3 working days, fully online) unless said: A before due with an electronic
result and both checklist lines attached (one reused from G); B online, on time, rated
dissatisfied; C late; D overdue at the end; E within the limit; F a counter-only procedure
(2.000815), on time; G an October dossier outside the period. Expected over 1–30 Nov 2026:
(3)=6, (8)=1, (9)=2, (12)=1, late 2; full-online 5 (1 online); results 4 (1 electronic);
received 6 (1 digitised); attachments 2 (1 reused); ratings 2 (1 dissatisfied); 20.42 points.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime, timedelta

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.outbox import record_attachment, record_dossier
from desktop_app.services.ratings.rating import record_rating
from desktop_app.storage.models import Dossier, DossierAttachment, StoredFile
from motcua_core.domain.lifecycle import Channel, DossierStatus
from motcua_core.domain.report_periods import custom_period

PERIOD = custom_period(date(2026, 11, 1), date(2026, 11, 30))
TOTAL_POINTS = "20.42"


def _at(tz, month, day, hour, minute=0):
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def _receive(ctx, office, calendar, at, code="1.004873", channel=Channel.IN_PERSON):
    request = ReceptionRequest(
        procedure_code=code, applicant=ApplicantInput(full_name="Lê Văn An"), channel=channel
    )
    with ctx.session() as session:
        return receive_dossier(session, request, office=office, calendar=calendar, received_at=at)


def _finish(ctx, dossier, at):
    with ctx.session() as session:
        change_status(session, dossier.id, DossierStatus.IN_PROGRESS, at=at - timedelta(hours=1))
        change_status(session, dossier.id, DossierStatus.RESULT_READY, at=at)


def _attach(session, dossier, role, index=None, reused_from=None):
    """An attachment row and its outbox op (as the attachment services record them)."""
    digest = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    session.add(StoredFile(sha256=digest, bytes=10))
    session.flush()
    row = DossierAttachment(
        id=uuid.uuid4(),
        dossier_id=dossier.id,
        role=role,
        document_index=index,
        sha256=digest,
        reused_from_id=reused_from,
        bytes=10,
        pages=1,
    )
    session.add(row)
    session.flush()
    record_attachment(session, row, dossier.code)
    return row.id


def _checklist(session, dossier, lines):
    """Tick ``lines`` documents on the dossier's checklist; its new state goes to the outbox."""
    row = session.get(Dossier, dossier.id)
    row.documents = [{"name": f"Giấy {n}", "kind": "original", "count": 1} for n in range(lines)]
    session.flush()
    record_dossier(session, row, row.procedure.code)


def seed_index_month(context, office, calendar):
    """A: before due, e-result, digitised (one line reused); B: online, on time, dissatisfied;
    C: late; D: overdue at the end; E: within the limit; F: a counter-only procedure, on time;
    G: an October dossier whose ID copy A reuses (outside the period)."""
    tz = calendar.tz
    old = _receive(context, office, calendar, _at(tz, 10, 1, 9))
    _finish(context, old, _at(tz, 10, 2, 9))
    a = _receive(context, office, calendar, _at(tz, 11, 2, 9))
    b = _receive(context, office, calendar, _at(tz, 11, 2, 9), channel=Channel.ONLINE)
    c = _receive(context, office, calendar, _at(tz, 11, 2, 9))
    _receive(context, office, calendar, _at(tz, 11, 20, 9))  # D
    _receive(context, office, calendar, _at(tz, 11, 30, 9))  # E
    f = _receive(context, office, calendar, _at(tz, 11, 3, 9), code="2.000815")
    _finish(context, a, _at(tz, 11, 4, 10))
    _finish(context, b, _at(tz, 11, 5, 16, 59))
    _finish(context, c, _at(tz, 11, 6, 8))
    _finish(context, f, _at(tz, 11, 3, 10))
    with context.session() as session:
        first = _attach(session, old, "document", 1)
        _checklist(session, a, 2)
        _checklist(session, b, 1)
        _attach(session, a, "document", 1, reused_from=first)
        _attach(session, a, "document", 2)
        _attach(session, a, "result")
        for dossier, level in ((a, "satisfied"), (b, "dissatisfied")):
            reason = "Chờ lâu" if level == "dissatisfied" else None
            record_rating(session, office_id=office.id, level=level, reason=reason,
                          dossier_code=dossier.code, at=_at(tz, 11, 10, 9))  # fmt: skip
    return {"late": sorted([c.code])}
