"""Receiving dossiers: codes, applicants, events, and nothing half-saved on bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.storage.models import Applicant, Dossier, DossierEvent
from motcua_core.domain.dossier_code import parse_dossier_code
from motcua_core.domain.errors import DomainError, IllegalTransition
from motcua_core.domain.identifiers import IdType
from motcua_core.domain.lifecycle import DossierStatus


def _request(
    id_number: str = "001085012345",
    name: str = "nguyễn  thị hồng NHUNG",
    procedure: str = "1.004873",
) -> ReceptionRequest:
    return ReceptionRequest(
        procedure_code=procedure,
        applicant=ApplicantInput(
            full_name=name,
            id_type=IdType.CCCD,
            id_number=id_number,
            birth_date=date(1985, 3, 2),
            phone="+84 912 345 678",
        ),
    )


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_receive_allocates_codes_in_sequence_and_records_event(context, office, calendar, now):
    with context.session() as session:
        first = receive_dossier(
            session, _request(), office=office, calendar=calendar, received_at=now
        )
        second = receive_dossier(
            session,
            _request(),
            office=office,
            calendar=calendar,
            received_at=now + timedelta(minutes=5),
        )
    assert first.code == "000.00.06.H56-261126-0001"
    assert parse_dossier_code(second.code).sequence == 2
    # 3 working days from Thursday 09:30 → Tuesday 09:30 (Hà Nội time).
    assert first.due_at.astimezone(calendar.tz) == datetime(2026, 12, 1, 9, 30, tzinfo=calendar.tz)
    with context.session(read_only=True) as session:
        assert _count(session, Applicant) == 1  # reused by ID number
        applicant = session.scalars(select(Applicant)).one()
        assert applicant.full_name == "Nguyễn Thị Hồng Nhung"
        assert applicant.name_key == "nguyen thi hong nhung"
        assert applicant.phone == "0912345678"
        assert _count(session, DossierEvent) == 2


def test_invalid_identifier_saves_nothing(context, office, calendar, now):
    with pytest.raises(DomainError), context.session() as session:
        receive_dossier(
            session,
            _request(id_number="003085012345"),
            office=office,
            calendar=calendar,
            received_at=now,
        )
    with context.session(read_only=True) as session:
        assert _count(session, Dossier) == 0
        assert _count(session, Applicant) == 0


def test_failed_transaction_gives_its_number_back(context, office, calendar, now):
    with pytest.raises(RuntimeError), context.session() as session:
        receive_dossier(session, _request(), office=office, calendar=calendar, received_at=now)
        raise RuntimeError("power cut before commit")
    with context.session() as session:
        received = receive_dossier(
            session, _request(), office=office, calendar=calendar, received_at=now
        )
    assert received.code.endswith("-0001")


def test_status_changes_follow_the_lifecycle(context, office, calendar, now):
    with context.session() as session:
        received = receive_dossier(
            session, _request(), office=office, calendar=calendar, received_at=now
        )
    with context.session() as session:
        change_status(session, received.id, DossierStatus.IN_PROGRESS, at=now)
        change_status(session, received.id, DossierStatus.RESULT_READY, at=now)
    with pytest.raises(IllegalTransition) as error, context.session() as session:
        change_status(session, received.id, DossierStatus.REFUSED, at=now)
    assert "9" in str(error.value) and "3" in str(error.value)
    with context.session(read_only=True) as session:
        dossier = session.get(Dossier, received.id)
        assert dossier.status == DossierStatus.RESULT_READY
        assert dossier.finished_at == now


def test_each_change_writes_its_outbox_ops_in_the_same_transaction(context, office, calendar, now):
    from desktop_app.storage.models import OutboxOp

    with pytest.raises(RuntimeError), context.session() as session:
        receive_dossier(session, _request(), office=office, calendar=calendar, received_at=now)
        raise RuntimeError("crash before commit")
    with context.session(read_only=True) as session:
        assert _count(session, OutboxOp) == 0
    with context.session() as session:
        received = receive_dossier(
            session, _request(), office=office, calendar=calendar, received_at=now
        )
        change_status(session, received.id, DossierStatus.IN_PROGRESS, at=now)
    with context.session(read_only=True) as session:
        ops = session.scalars(select(OutboxOp).order_by(OutboxOp.seq)).all()
    assert [(op.entity, op.operation) for op in ops] == [
        ("dossier", "upsert"),
        ("dossier_event", "insert"),
        ("dossier", "upsert"),
        ("dossier_event", "insert"),
    ]
    assert ops[0].payload["code"] == received.code and ops[2].payload["status"] == 4
    assert ops[0].payload["applicant"]["id_number"] == "001085012345"
    assert len({op.op_id for op in ops}) == 4 and all(op.state == "pending" for op in ops)
