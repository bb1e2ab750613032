"""Reception refuses what the form should never let through: future births, overlong texts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    DocumentEntry,
    ReceptionRequest,
    check_request,
    receive_dossier,
    refuse_at_reception,
    request_supplement_at_reception,
)
from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import Applicant, Dossier
from motcua_core.domain import field_limits
from motcua_core.domain.identifiers import IdType


def _request(applicant: ApplicantInput | None = None, **changes) -> ReceptionRequest:
    values = dict(
        procedure_code="1.004873",
        applicant=applicant or ApplicantInput(full_name="Lê Văn Đức"),
    )
    values.update(changes)
    return ReceptionRequest(**values)


def _saved(context) -> tuple[int, int]:
    with context.session(read_only=True) as session:
        return (
            session.scalar(select(func.count()).select_from(Dossier)),
            session.scalar(select(func.count()).select_from(Applicant)),
        )


def _receive(context, office, calendar, now, request):
    with context.session() as session:
        return receive_dossier(session, request, office=office, calendar=calendar, received_at=now)


def test_future_birth_date_without_id_number_is_refused(context, office, calendar, now):
    tomorrow = now.astimezone(calendar.tz).date() + timedelta(days=1)
    request = _request(ApplicantInput(full_name="Lê Văn Đức", birth_date=tomorrow))
    with pytest.raises(ServiceError) as caught:
        _receive(context, office, calendar, now, request)
    assert "Ngày sinh" in caught.value.message_vi
    assert _saved(context) == (0, 0)
    with pytest.raises(ServiceError):
        check_request(request, today=tomorrow - timedelta(days=1))
    check_request(request, today=tomorrow)


def test_birth_date_today_is_accepted(context, office, calendar, now):
    today = now.astimezone(calendar.tz).date()
    request = _request(ApplicantInput(full_name="Lê Văn Đức", birth_date=today))
    assert _receive(context, office, calendar, now, request).code


_TOO_LONG = {
    "full_name": lambda n: _request(ApplicantInput(full_name="A" * n)),
    "email": lambda n: _request(
        ApplicantInput(full_name="Lê Văn Đức", email="a" * (n - 8) + "@mail.vn")
    ),
    "address": lambda n: _request(ApplicantInput(full_name="Lê Văn Đức", address="x" * n)),
    "owner_name": lambda n: _request(owner_name="B" * n),
    "fee_text": lambda n: _request(fee_text="5" * n),
    "return_address": lambda n: _request(return_method="post", return_address="y" * n),
    "document_name": lambda n: _request(documents=(DocumentEntry("z" * n),)),
}


@pytest.mark.parametrize("field", sorted(_TOO_LONG))
def test_every_text_over_its_column_size_is_refused_by_name(context, office, calendar, now, field):
    limit = field_limits.LIMITS[field]
    with pytest.raises(ServiceError) as caught:
        _receive(context, office, calendar, now, _TOO_LONG[field](limit + 1))
    assert field_limits.LABELS_VI[field] in caught.value.message_vi
    assert str(limit) in caught.value.message_vi
    assert _saved(context) == (0, 0)
    assert _receive(context, office, calendar, now, _TOO_LONG[field](limit)).code


@pytest.mark.parametrize("outcome", ["supplement", "refuse"])
def test_overlong_reason_is_refused(context, office, calendar, now, outcome):
    action = request_supplement_at_reception if outcome == "supplement" else refuse_at_reception
    text = "Thiếu tờ khai. " * (field_limits.REASON // 10)
    with pytest.raises(ServiceError) as caught, context.session() as session:
        action(session, _request(), text, office=office, calendar=calendar, received_at=now)
    assert (
        "Lý do" in caught.value.message_vi and str(field_limits.REASON) in caught.value.message_vi
    )
    assert _saved(context) == (0, 0)


def test_sex_and_old_cmnd_are_checked(context, office, calendar, now):
    bad_sex = ApplicantInput(full_name="Lê Văn Đức", sex="nam")  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="sex"):
        check_request(_request(bad_sex), today=date(2026, 11, 26))
    bad_cmnd = ApplicantInput(full_name="Lê Văn Đức", id_type=IdType.CCCD, old_id_number="1234")
    with pytest.raises(Exception, match="9 digits"):
        check_request(_request(bad_cmnd), today=date(2026, 11, 26))


def test_applicant_columns_are_sized_by_the_field_limits():
    columns = Applicant.__table__.columns
    for field in ("full_name", "id_number", "old_id_number", "phone", "email", "address"):
        assert columns[field].type.length == field_limits.LIMITS[field], field
    assert columns["sex"].type.length == field_limits.SEX
    dossier = Dossier.__table__.columns
    for field in ("owner_name", "return_address"):
        assert dossier[field].type.length == field_limits.LIMITS[field], field
