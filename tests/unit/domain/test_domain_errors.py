"""Tests for motcua_core.domain.errors."""

import pytest

from motcua_core.domain.errors import (
    CalendarError,
    DomainError,
    IllegalTransition,
    InvalidDossierCode,
    InvalidIdentifier,
)
from motcua_core.domain.lifecycle import DossierStatus


@pytest.mark.parametrize(
    "error_type", [InvalidDossierCode, InvalidIdentifier, CalendarError, IllegalTransition]
)
def test_every_error_is_a_domain_error_and_a_value_error(error_type: type) -> None:
    assert issubclass(error_type, DomainError)
    assert issubclass(error_type, ValueError)


def test_message_vi_defaults_to_the_english_message() -> None:
    error = DomainError("Something is wrong.")
    assert str(error) == "Something is wrong."
    assert error.message_vi == "Something is wrong."


def test_message_vi_is_kept_when_given() -> None:
    error = InvalidIdentifier("Bad number.", "Số không hợp lệ.")
    assert error.message == "Bad number."
    assert error.message_vi == "Số không hợp lệ."


def test_illegal_transition_names_both_states_in_both_languages() -> None:
    error = IllegalTransition(DossierStatus.RETURNED, DossierStatus.IN_PROGRESS)
    assert "10 (Đã trả kết quả)" in str(error)
    assert "4 (Đang xử lý)" in str(error)
    assert "10 (Đã trả kết quả)" in error.message_vi
    assert "4 (Đang xử lý)" in error.message_vi
    assert error.from_status is DossierStatus.RETURNED
    assert error.to_status is DossierStatus.IN_PROGRESS
