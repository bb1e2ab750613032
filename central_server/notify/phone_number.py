"""A Vietnamese phone number as Zalo ZNS and brandname gateways take it: ``84`` + 9 digits.

The office holds the number as typed (``0912 345 678``, ``+84 912…``); spaces, dots and
dashes are dropped, a leading ``0`` or ``+84`` becomes ``84``.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-()]")
_INTERNATIONAL = re.compile(r"84[1-9]\d{8}")


def international_phone(text: str) -> str:
    """``text`` as ``84xxxxxxxxx`` (ValueError, naming no digit, when it is not a VN number)."""
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("0"):
        digits = "84" + digits[1:]
    if not _INTERNATIONAL.fullmatch(digits):
        raise ValueError("the phone number is not a Vietnamese number of 10 digits")
    return digits


def local_phone(international: str) -> str:
    """``84xxxxxxxxx`` as ``0xxxxxxxxx``."""
    return "0" + international[2:]
