"""Pulled ``notification_status`` changes: the centre's delivery reports on office requests."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from desktop_app.services.dossiers.detail import dossier_detail
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.storage.models import DossierNotification
from desktop_app.sync.inbox import apply_page
from motcua_core.domain.identifiers import IdType
from motcua_core.protocol import Change, PullPage

EMAIL = "hoa@example.vn"


def _requested(context, office, calendar, now) -> DossierNotification:
    """A dossier received with consent to e-mail, and its pending "received" request."""
    applicant = ApplicantInput("Lê Thị Hoa", IdType.CCCD, "001185012345", date(1985, 3, 2),
                               email=EMAIL)  # fmt: skip
    request = ReceptionRequest("1.004873", applicant, notify_medium="email")
    with context.session() as session:
        receive_dossier(session, request, office=office, calendar=calendar, received_at=now)
    with context.session(read_only=True) as session:
        [row] = session.query(DossierNotification).all()
        session.expunge(row)
    return row


def _report(seq: int, row: DossierNotification, state: str, at, **extra) -> Change:
    payload = {
        "id": str(row.id), "dossier_id": str(row.dossier_id), "dossier_code": "X",
        "event": row.event, "medium": row.medium, "state": state, "at": at.isoformat(), **extra,
    }  # fmt: skip
    return Change(seq=seq, kind="notification_status", entity_id=str(row.id),
                  operation="upsert", payload=payload)  # fmt: skip


def _pull(context, *changes: Change) -> None:
    cursor = max(change.seq for change in changes)
    with context.session() as session:
        apply_page(session, PullPage(epoch="e1", changes=list(changes), next_cursor=cursor,
                                     has_more=False))  # fmt: skip


def _stored(context, row: DossierNotification) -> DossierNotification:
    with context.session(read_only=True) as session:
        stored = session.get_one(DossierNotification, row.id)
        session.expunge(stored)
    return stored


def test_reports_set_state_attempts_and_detail_and_an_older_one_is_ignored(
    context, office, calendar, now
):
    row = _requested(context, office, calendar, now)
    # The centre's clock may be behind the office's: the first report applies to a pending row.
    first = now - timedelta(minutes=5)
    _pull(context, _report(1, row, "retrying", first, attempts=1, detail="Máy chủ bận"))
    retrying = _stored(context, row)
    assert (retrying.state, retrying.attempts, retrying.detail) == ("retrying", 1, "Máy chủ bận")
    assert retrying.updated_at == first
    _pull(context, _report(2, row, "refused", now + timedelta(minutes=9), attempts=3,
                           detail="Số không nhận tin"))  # fmt: skip
    _pull(context, _report(3, row, "retrying", now + timedelta(minutes=1), attempts=2))
    refused = _stored(context, row)
    assert (refused.state, refused.attempts, refused.detail) == ("refused", 3, "Số không nhận tin")
    with context.session(read_only=True) as session:
        detail = dossier_detail(session, dossier_id=row.dossier_id, now=now, tz=calendar.tz)
    [view] = detail.notifications
    assert (view.state, view.attempts, view.detail) == ("refused", 3, "Số không nhận tin")
    assert view.at == now + timedelta(minutes=9)


def test_a_report_of_an_unknown_request_is_ignored_without_personal_data(
    context, office, calendar, now, caplog
):
    row = _requested(context, office, calendar, now)
    with context.session() as session:
        session.delete(session.get_one(DossierNotification, row.id))
    with caplog.at_level(logging.INFO, logger="desktop_app.sync.notification_status"):
        _pull(context, _report(1, row, "sent", now))
    [record] = caplog.records
    assert str(row.id) in record.getMessage() and EMAIL not in record.getMessage()
