"""The one e-mail rule read by the applicant check and the reception form."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.dossiers.applicant_input import ApplicantInput, check_applicant
from desktop_app.services.errors import ServiceError
from motcua_core.domain.email_address import is_email_address


@pytest.mark.parametrize("text", ["an@example.vn", "nguyen.van.a@mail.gov.vn", "a+b@c.d"])
def test_addresses_are_accepted(text: str) -> None:
    assert is_email_address(text)


@pytest.mark.parametrize(
    "text", ["", "an", "an@example", "@example.vn", "an@@example.vn", "an @example.vn", "an@.vn."]
)
def test_non_addresses_are_refused(text: str) -> None:
    assert not is_email_address(text)


def test_the_applicant_check_refuses_what_the_rule_refuses() -> None:
    today = date(2026, 3, 2)
    checked = check_applicant(ApplicantInput("Nguyễn Văn An", email=" an@example.vn "), today)
    assert checked.email == "an@example.vn"
    with pytest.raises(ServiceError) as caught:
        check_applicant(ApplicantInput("Nguyễn Văn An", email="an@example"), today)
    assert caught.value.message_vi == "'an@example' không phải địa chỉ email."
