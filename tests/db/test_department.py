"""The department side: supplement pauses, the one-time extension, stop, result ready."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.department import (
    extend_due_date,
    latest_extension_day,
    mark_result_ready,
    request_supplement,
    resume_processing,
    start_processing,
    stop_processing,
)
from desktop_app.storage.models import Dossier, DossierEvent, OutboxOp
from motcua_core.domain.errors import DomainError, IllegalTransition
from motcua_core.domain.lifecycle import DossierStatus
from tests.support.handover_data import DEPARTMENT, add_people, receive


@pytest.fixture
def setup(context, office, calendar, now):
    with context.session() as session:
        _, specialist = add_people(session, office)
        code = receive(session, office, calendar, now).code
    return specialist, code


def _local(calendar, *args) -> datetime:
    return datetime(*args, tzinfo=calendar.tz)


def test_supplement_pause_moves_due_by_paused_working_time(context, calendar, setup):
    specialist, code = setup
    kw = {"staff_id": specialist.id, "unit": DEPARTMENT}
    with context.session() as session:
        start_processing(session, code, at=_local(calendar, 2026, 11, 26, 10, 0), **kw)
        step = request_supplement(
            session,
            code,
            missing="Bản sao giấy khai sinh",
            at=_local(calendar, 2026, 11, 26, 10, 30),
            **kw,
        )
    assert step.status is DossierStatus.SUPPLEMENT_REQUESTED and step.paused_at is not None
    with pytest.raises(DomainError), context.session() as session:  # paused already
        request_supplement(
            session, code, missing="x", at=_local(calendar, 2026, 11, 26, 11, 0), **kw
        )
    with context.session() as session:
        # Thu 10:30 → Fri 10:30 is one working day (8 h): Tue 1 Dec 09:30 → Wed 2 Dec 09:30.
        resumed = resume_processing(
            session, code, calendar=calendar, at=_local(calendar, 2026, 11, 27, 10, 30), **kw
        )
    assert resumed.status is DossierStatus.IN_PROGRESS and resumed.paused_at is None
    assert resumed.due_at.astimezone(calendar.tz) == _local(calendar, 2026, 12, 2, 9, 30)
    assert resumed.original_due_at.astimezone(calendar.tz) == _local(calendar, 2026, 12, 1, 9, 30)
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier)).one()
        assert dossier.supplement_request == "Bản sao giấy khai sinh"
        notes = session.scalars(select(DossierEvent.note).where(DossierEvent.to_status == 4)).all()
        assert "lùi 8 giờ làm việc" in notes[-1]
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity == "dossier").order_by(OutboxOp.seq)
        ).all()
        assert ops[-1].payload["due_at"].startswith("2026-12-02T02:30")


def test_supplement_at_counter_returns_to_received(context, calendar, setup):
    specialist, code = setup
    with context.session() as session:
        request_supplement(
            session,
            code,
            missing="Ảnh 4x6",
            at=_local(calendar, 2026, 11, 26, 14, 0),
            staff_id=None,
            unit=None,
        )
        step = resume_processing(
            session,
            code,
            calendar=calendar,
            at=_local(calendar, 2026, 11, 26, 15, 0),
            staff_id=None,
            unit=None,
        )
    assert step.status is DossierStatus.RECEIVED
    assert step.due_at.astimezone(calendar.tz) == _local(calendar, 2026, 12, 1, 10, 30)


def test_extension_only_once_and_not_after_the_deadline(context, calendar, setup):
    specialist, code = setup
    kw = {"staff_id": specialist.id, "unit": DEPARTMENT, "calendar": calendar}
    new_due = _local(calendar, 2026, 12, 4, 16, 0)
    assert (
        latest_extension_day(calendar, _local(calendar, 2026, 12, 1, 9, 30)).isoformat()
        == "2026-11-30"
    )
    with pytest.raises(ServiceError, match="2026-11-30"), context.session() as session:
        extend_due_date(
            session,
            code,
            new_due=new_due,
            reason="Chờ xác minh",
            at=_local(calendar, 2026, 12, 1, 8, 0),
            **kw,
        )
    with pytest.raises(ServiceError), context.session() as session:
        extend_due_date(
            session,
            code,
            new_due=new_due,
            reason="  ",
            at=_local(calendar, 2026, 11, 30, 9, 0),
            **kw,
        )
    with context.session() as session:
        step = extend_due_date(
            session,
            code,
            new_due=new_due,
            reason="Chờ xác minh của Công an xã",
            at=_local(calendar, 2026, 11, 30, 16, 0),
            **kw,
        )
    assert step.extended and step.due_at == new_due
    with pytest.raises(DomainError, match="already been extended"), context.session() as session:
        extend_due_date(
            session,
            code,
            new_due=new_due + timedelta(days=3),
            reason="lần hai",
            at=_local(calendar, 2026, 12, 1, 9, 0),
            **kw,
        )
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier)).one()
        assert dossier.extension_reason == "Chờ xác minh của Công an xã"
        assert session.scalars(
            select(DossierEvent.kind).where(DossierEvent.kind == "extended")
        ).all() == ["extended"]


def test_stop_needs_reason_and_is_terminal(context, calendar, setup):
    specialist, code = setup
    kw = {"staff_id": specialist.id, "unit": DEPARTMENT}
    at = _local(calendar, 2026, 11, 27, 9, 0)
    with pytest.raises(ServiceError), context.session() as session:
        stop_processing(session, code, reason="", at=at, **kw)
    with context.session() as session:
        step = stop_processing(session, code, reason="Người nộp rút yêu cầu", at=at, **kw)
    assert step.status is DossierStatus.STOPPED
    with pytest.raises(IllegalTransition), context.session() as session:
        mark_result_ready(session, code, at=at, **kw)
