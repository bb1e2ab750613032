"""Return of results: receiver, fee, time, timeliness; ratings with their reason."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.handover.department import mark_result_ready
from desktop_app.services.handover.result_return import Receiver, find_for_return, return_result
from desktop_app.services.ratings.rating import record_rating
from desktop_app.storage.models import AuditEntry, Dossier, OutboxOp, Rating
from motcua_core.domain.errors import DomainError
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.timeliness import Timeliness
from tests.support.handover_data import DEPARTMENT, add_people, receive


@pytest.fixture
def ready(context, office, calendar, now):
    """A dossier (due Tue 1 Dec 09:30) whose result was ready on Fri 27 Nov."""
    with context.session() as session:
        counter, specialist = add_people(session, office)
        code = receive(session, office, calendar, now, staff_id=counter.id).code
        mark_result_ready(
            session,
            code,
            at=datetime(2026, 11, 27, 15, 0, tzinfo=calendar.tz),
            staff_id=specialist.id,
            unit=DEPARTMENT,
            note="Giấy xác nhận số 12/2026",
        )
    return counter, code


def _at(calendar, day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=calendar.tz)


def test_scan_shows_result_and_return_records_receiver_fee_and_timeliness(context, calendar, ready):
    counter, code = ready
    with context.session(read_only=True) as session:
        view = find_for_return(session, f" {code}\n", tz=calendar.tz, now=_at(calendar, 1, 8))
        with pytest.raises(NotFound):
            find_for_return(
                session, "000.00.06.H56-261126-0404", tz=calendar.tz, now=_at(calendar, 1, 8)
            )
    assert view.can_return and view.result_note == "Giấy xác nhận số 12/2026"
    assert (
        view.timeliness is Timeliness.BEFORE_DUE and view.applicant_name == "Nguyễn Thị Hồng Nhung"
    )
    with context.session() as session:
        record = return_result(
            session,
            code,
            receiver=Receiver("trần văn an", "001090012345", authorised=True),
            fee_collected="30.000",
            at=_at(calendar, 2, 10),
            tz=calendar.tz,
            staff_id=counter.id,
            rating=("very_satisfied", None),
        )
    assert record.timeliness is Timeliness.BEFORE_DUE and record.timeliness_label == "Trước hạn"
    assert record.receiver_name == "Trần Văn An" and record.fee_collected == Decimal(30000)
    assert record.rating is not None and record.rating.staff_id == counter.id
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier)).one()
        assert dossier.status == DossierStatus.RETURNED and dossier.returned_at == _at(
            calendar, 2, 10
        )
        assert (dossier.returned_to_id_number, dossier.returned_to_authorised) == (
            "001090012345",
            True,
        )
        assert dossier.returned_by_id == counter.id and dossier.fee_collected == 30000
        rating = session.scalars(select(Rating)).one()
        assert (rating.dossier_id, rating.level) == (dossier.id, "very_satisfied")
        assert session.scalars(
            select(OutboxOp.operation).where(OutboxOp.entity == "rating")
        ).all() == ["insert"]
        assert "result_returned" in set(session.scalars(select(AuditEntry.action)))
    with pytest.raises(ServiceError), context.session() as session:  # already returned
        return_result(
            session,
            code,
            receiver=Receiver(),
            fee_collected=None,
            at=_at(calendar, 2, 11),
            tz=calendar.tz,
            staff_id=counter.id,
        )


def test_applicant_by_default_and_authorised_person_needs_valid_id(context, calendar, ready):
    counter, code = ready
    kw = {
        "fee_collected": None,
        "at": _at(calendar, 1, 9),
        "tz": calendar.tz,
        "staff_id": counter.id,
    }
    with pytest.raises(ServiceError, match="ID number"), context.session() as session:
        return_result(session, code, receiver=Receiver("Trần Văn An", authorised=True), **kw)
    with pytest.raises(DomainError), context.session() as session:
        return_result(
            session, code, receiver=Receiver("Trần Văn An", "12345", authorised=True), **kw
        )
    with pytest.raises(ServiceError, match="fee"), context.session() as session:
        return_result(session, code, receiver=Receiver(), **{**kw, "fee_collected": "-5"})
    with context.session() as session:
        record = return_result(session, code, receiver=Receiver(), **kw)
    assert record.receiver_name == "Nguyễn Thị Hồng Nhung" and not record.authorised
    assert record.timeliness is Timeliness.BEFORE_DUE


def test_dissatisfied_rating_needs_reason_and_nothing_is_saved_without_it(
    context, office, calendar, ready
):
    counter, code = ready
    with pytest.raises(ServiceError, match="reason"), context.session() as session:
        return_result(
            session,
            code,
            receiver=Receiver(),
            fee_collected=None,
            at=_at(calendar, 1, 9),
            tz=calendar.tz,
            staff_id=counter.id,
            rating=("dissatisfied", "  "),
        )
    with context.session(read_only=True) as session:
        assert session.scalars(select(Dossier.status)).one() == DossierStatus.RESULT_READY
    with pytest.raises(ServiceError), context.session() as session:
        record_rating(session, office_id=office.id, level="meh", at=_at(calendar, 1, 9))
    with context.session() as session:
        info = record_rating(
            session,
            office_id=office.id,
            level="dissatisfied",
            reason="Chờ  lâu",
            dossier_code=code,
            staff_id=counter.id,
            at=_at(calendar, 1, 9),
        )
        assert info.reason == "Chờ lâu" and info.level.label_vi == "Không hài lòng"
    with pytest.raises(ServiceError, match="already rated"), context.session() as session:
        record_rating(
            session,
            office_id=office.id,
            level="satisfied",
            dossier_code=code,
            at=_at(calendar, 1, 9),
        )
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(Rating)) == 1
