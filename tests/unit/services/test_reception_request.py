"""The reception request's own check reports every bad field at once, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    DocumentEntry,
    ReceptionRequest,
    check_request,
    request_problems,
)
from desktop_app.services.errors import ServiceError
from motcua_core.domain.errors import DomainError
from motcua_core.domain.identifiers import IdType

TODAY = date(2026, 11, 26)


def _request(**changes) -> ReceptionRequest:
    values: dict = dict(
        procedure_code="1.004873",
        applicant=ApplicantInput(
            full_name="Lê Văn Đức",
            id_type=IdType.CCCD,
            id_number="001085012345",
            birth_date=date(1985, 3, 2),
            phone="0912345678",
        ),
    )
    values.update(changes)
    return ReceptionRequest(**values)


def test_a_good_request_has_no_problem():
    problems = request_problems(_request(), TODAY, missing="Tờ khai", refusal_reason=None)
    assert dict(problems) == {}
    problems.raise_first()  # nothing to raise
    check_request(_request(), TODAY)


def test_every_bad_field_is_reported_with_its_vietnamese_message():
    applicant = ApplicantInput(
        full_name="  ",
        id_type=IdType.CCCD,
        id_number="12",
        birth_date=date(2030, 1, 1),
        phone="12",
        email="not-an-address",
    )
    request = _request(
        applicant=applicant,
        sets_count=0,
        documents=(DocumentEntry(" "),),
        return_method="post",
    )
    problems = request_problems(request, TODAY)
    fields = ["full_name", "birth_date", "email", "id_number", "phone"]
    assert list(problems) == [*fields, "sets_count", "documents", "return_address"]
    assert problems["full_name"] == "Chưa nhập họ tên người nộp hồ sơ."
    assert "Ngày sinh" in problems["birth_date"]
    assert problems["sets_count"] == "Số bộ hồ sơ phải từ 1 trở lên."
    assert problems["documents"] == "Thành phần hồ sơ chưa có tên."
    assert problems["return_address"] == "Trả kết quả qua bưu chính cần địa chỉ nhận."
    assert all(isinstance(message, str) and message for message in problems.values())


def test_the_first_problem_is_what_saving_refuses():
    request = _request(applicant=ApplicantInput(full_name="Lê Văn Đức", phone="12"), sets_count=0)
    problems = request_problems(request, TODAY)
    assert list(problems) == ["phone", "sets_count"]
    with pytest.raises(DomainError) as caught:
        check_request(request, TODAY)
    assert caught.value.message_vi == problems["phone"]


def test_the_reason_of_an_incomplete_or_refused_dossier_is_checked_when_given():
    assert request_problems(_request(), TODAY, missing=" ")["reason"] == (
        "Chưa nhập nội dung cần bổ sung, hoàn thiện."
    )
    assert request_problems(_request(), TODAY, refusal_reason="")["reason"] == (
        "Chưa nhập lý do từ chối."
    )
    assert "reason" not in request_problems(_request(), TODAY)


def test_an_unknown_return_method_is_its_own_field():
    problems = request_problems(_request(return_method="drone"), TODAY)
    assert list(problems) == ["return_method"]
    with pytest.raises(ServiceError):
        problems.raise_first()
