"""The phone number providers are given: 84 + the 9 digits of a Vietnamese mobile."""

from __future__ import annotations

import pytest

from central_server.notify.phone_number import international_phone, local_phone


@pytest.mark.parametrize(
    "typed", ["0912345678", "0912 345 678", "+84 912.345.678", "84912345678", "0084912345678"]
)
def test_a_mobile_as_typed_becomes_84_and_back(typed: str) -> None:
    assert international_phone(typed) == "84912345678"
    assert local_phone(international_phone(typed)) == "0912345678"


@pytest.mark.parametrize("typed", ["02438256789", "0112345678", "091234567", "abc", ""])
def test_a_landline_or_malformed_number_is_refused_naming_no_digit(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        international_phone(typed)
    assert not any(ch.isdigit() for ch in str(refused.value).replace("10", ""))
