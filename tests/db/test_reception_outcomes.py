"""Reception outcomes: checklist, idempotent saves, supplement at the counter, refusal."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.services.dossiers.detail import dossier_detail
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    DocumentEntry,
    DocumentKind,
    ReceptionRequest,
    receive_dossier,
    refuse_at_reception,
    request_supplement_at_reception,
)
from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import AuditEntry, Dossier, OutboxOp
from motcua_core.domain.errors import DomainError
from motcua_core.domain.identifiers import IdType
from motcua_core.domain.lifecycle import DossierStatus


def make_request(request_id=None, **changes) -> ReceptionRequest:
    values = dict(
        procedure_code="1.004873",
        applicant=ApplicantInput(
            "trần văn đức",
            IdType.CCCD,
            "001090001234",
            date(1990, 1, 2),
            "0987654321",
            "duc@example.vn",
            "Hàng Bạc, Hà Nội",
        ),
        owner_name="trần thị mai",
        documents=(
            DocumentEntry("Tờ khai", DocumentKind.ORIGINAL, 1),
            {"name": "CCCD", "kind": "certified_copy", "count": 2},
        ),
        sets_count=2,
        return_method="post",
        return_address="12 Hàng Bạc",
        fee_text="30.000đ",
        request_id=request_id,
    )
    values.update(changes)
    return ReceptionRequest(**values)


def test_full_reception_is_stored_and_shown(context, office, calendar, now):
    with context.session() as session:
        saved = receive_dossier(
            session, make_request(), office=office, calendar=calendar, received_at=now
        )
    with context.session() as session:
        detail = dossier_detail(session, saved.code.lower(), now=now, tz=calendar.tz)
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "dossier_viewed")
            )
            == 1
        )
    assert detail.owner_name == "Trần Thị Mai" and detail.sets_count == 2
    assert [d.as_dict() for d in detail.documents][1] == {
        "name": "CCCD",
        "kind": "certified_copy",
        "count": 2,
    }
    assert detail.return_method == "post" and detail.return_address == "12 Hàng Bạc"
    assert detail.applicant.email == "duc@example.vn" and detail.fee_text == "30.000đ"
    assert detail.timeliness is not None and detail.events[0].kind == "received"


def test_the_same_request_saved_twice_makes_one_dossier(context, office, calendar, now):
    request_id = uuid.uuid4()
    results = []
    for _ in range(2):
        with context.session() as session:
            results.append(
                receive_dossier(
                    session,
                    make_request(request_id),
                    office=office,
                    calendar=calendar,
                    received_at=now,
                )
            )
    assert results[0].code == results[1].code and results[1].created is False
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"return_address": None},
        {"documents": ({"name": "X", "kind": "photo", "count": 1},)},
        {"applicant": ApplicantInput("A", IdType.CCCD, "001090001234", date(1985, 1, 1))},
        {"applicant": ApplicantInput("A", phone="12345")},
        {"applicant": ApplicantInput("A", email="not-an-email")},
    ],
)
def test_bad_input_saves_nothing(context, office, calendar, now, changes):
    with pytest.raises((ServiceError, DomainError)), context.session() as session:
        receive_dossier(
            session, make_request(**changes), office=office, calendar=calendar, received_at=now
        )
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_supplement_at_reception_pauses_the_clock(context, office, calendar, now):
    with context.session() as session:
        saved = request_supplement_at_reception(
            session,
            make_request(),
            "Giấy chứng sinh: chưa nộp",
            office=office,
            calendar=calendar,
            received_at=now,
        )
    assert saved.status is DossierStatus.SUPPLEMENT_REQUESTED
    with context.session(read_only=True) as session:
        row = session.get(Dossier, saved.id)
        assert row.paused_at == now and row.supplement_request == "Giấy chứng sinh: chưa nộp"
        detail = dossier_detail(session, saved.code, now=now, tz=calendar.tz, audit=False)
    assert [e.kind for e in detail.events] == ["received", "status_changed"]
    with pytest.raises(ServiceError), context.session() as session:
        request_supplement_at_reception(
            session, make_request(), " ", office=office, calendar=calendar, received_at=now
        )


def test_refusal_is_a_dossier_in_status_3_with_its_reason(context, office, calendar, now):
    with context.session() as session:
        saved = refuse_at_reception(
            session,
            make_request(),
            "Không thuộc thẩm quyền",
            office=office,
            calendar=calendar,
            received_at=now,
        )
    assert saved.status is DossierStatus.REFUSED and saved.due_at is None
    with context.session(read_only=True) as session:
        detail = dossier_detail(session, saved.code, now=now, tz=calendar.tz, audit=False)
    assert detail.refusal_reason == "Không thuộc thẩm quyền" and detail.timeliness is None
