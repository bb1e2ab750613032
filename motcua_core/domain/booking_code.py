"""A booking's code: what its QR code holds, what the citizen may type at the kiosk.

``DH`` (đặt hẹn) and eight characters of Crockford's base32 (no I, L, O or U, so nothing reads
as a digit it is not), e.g. ``DH7K3M9Q2X``: 40 random bits, unguessable enough that a code
alone is not a way to list other people's bookings, short enough to read out. Typed codes are
read leniently: any case, spaces and hyphens ignored, ``O``/``I``/``L`` read as ``0``/``1``/``1``.
"""

from __future__ import annotations

import re
import secrets

PREFIX = "DH"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
_LENIENT = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE = re.compile(f"^{PREFIX}[{ALPHABET}]{{{LENGTH}}}$")


def new_booking_code() -> str:
    """A fresh random code (the caller checks it is not taken)."""
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def parse_booking_code(text: str) -> str | None:
    """The code in ``text`` (scanned or typed), or None when it is not a booking code."""
    cleaned = re.sub(r"[\s\-]", "", text).upper()
    if not cleaned.startswith(PREFIX):
        return None
    code = PREFIX + cleaned[len(PREFIX) :].translate(_LENIENT)
    return code if _SHAPE.match(code) else None
