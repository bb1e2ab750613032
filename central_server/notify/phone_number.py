"""A Vietnamese mobile number as Zalo ZNS and brandname gateways take it: ``84`` + 9 digits.

The office holds the number as typed (``0912 345 678``, ``+84 912…``); the core's
``normalise_phone`` reads it, and only a mobile (10 digits in national form) can receive a
message.
"""

from __future__ import annotations

from motcua_core.domain.errors import InvalidIdentifier
from motcua_core.domain.identifiers import normalise_phone

_MOBILE_DIGITS = 10


def international_phone(text: str) -> str:
    """``text`` as ``84xxxxxxxxx`` (ValueError, naming no digit, when it is not a VN mobile)."""
    try:
        national = normalise_phone(text)
    except InvalidIdentifier:
        national = ""
    if len(national) != _MOBILE_DIGITS:
        raise ValueError("the phone number is not a Vietnamese mobile number of 10 digits")
    return "84" + national[1:]


def local_phone(international: str) -> str:
    """``84xxxxxxxxx`` as ``0xxxxxxxxx``."""
    return "0" + international[2:]
