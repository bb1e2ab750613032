"""How long an SMS is, in the units a gateway bills: GSM 7-bit septets or UCS-2 segments.

A text made only of characters of the GSM 03.38 default alphabet (3GPP TS 23.038, 6.2.1)
travels in 7-bit septets: 160 in one message, 153 per part of a longer one (the other seven
carry the user data header that joins the parts). A character of the alphabet's extension
table (``^ { } \\ [ ~ ] | €`` and form feed) is sent as an escape plus the character: two
septets. Any other character makes the whole text UCS-2: 70 UTF-16 code units in one
message, 67 per part. An escape pair or a surrogate pair is never split between parts, so a
part may end a unit short.

Vietnamese with its marks is never GSM; brandname gateways that require GSM get the text
through :func:`without_marks`, which always yields GSM 7-bit text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

#: The default alphabet's characters, in table order (0x1B, the escape, is not a character).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The extension table's characters: each costs two septets (escape + character).
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

SmsEncoding = Literal["gsm7", "ucs2"]
#: (units in a single message, units per part of a concatenated one) per encoding.
_CAPACITY: dict[SmsEncoding, tuple[int, int]] = {"gsm7": (160, 153), "ucs2": (70, 67)}

_D_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})
# Typography a person or a word processor puts in a text, written the plain way.
_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\t": " ",
}


@dataclass(frozen=True)
class SmsCount:
    """A text's SMS size.

    Attributes:
        encoding: ``gsm7`` when every character is in the GSM alphabet, else ``ucs2``.
        characters: the length as the encoding counts it: septets (an extension character
            counts two) or UTF-16 code units (a character outside the BMP counts two).
        segments: messages the gateway sends (and bills); an empty text is one message.
    """

    encoding: SmsEncoding
    characters: int
    segments: int


def is_gsm7(text: str) -> bool:
    """Whether every character of ``text`` is in the GSM default alphabet or its extension."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _units(text: str, encoding: SmsEncoding) -> list[int]:
    if encoding == "gsm7":
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _segments(units: list[int], single: int, part: int) -> int:
    """Parts needed, each filled greedily without splitting a character's units."""
    if sum(units) <= single:
        return 1
    parts, room = 1, part
    for size in units:
        if size > room:
            parts, room = parts + 1, part
        room -= size
    return parts


def sms_count(text: str) -> SmsCount:
    """The encoding, length and number of messages of ``text`` sent as one SMS.

    >>> sms_count("Ho so H01-261126-0001 da duoc tiep nhan")
    SmsCount(encoding='gsm7', characters=39, segments=1)
    >>> sms_count("Hồ sơ đã được tiếp nhận")
    SmsCount(encoding='ucs2', characters=23, segments=1)
    """
    encoding: SmsEncoding = "gsm7" if is_gsm7(text) else "ucs2"
    units = _units(text, encoding)
    single, part = _CAPACITY[encoding]
    return SmsCount(encoding, sum(units), _segments(units, single, part))


def _plain_character(ch: str) -> str:
    if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
        return ch
    return _PLAIN.get(ch, "?")


def without_marks(text: str) -> str:
    """``text`` as GSM 7-bit: Vietnamese marks dropped, đ/Đ as d/D, anything else as ``?``.

    Every letter with a mark loses it (``Nguyễn`` → ``Nguyen``, also é or Ñ, which GSM has:
    a text is either Vietnamese with marks or plain); curly quotes, dashes, the ellipsis and
    non-breaking spaces become their plain forms; a character with no GSM form becomes ``?``.

    >>> without_marks("Hồ sơ đã được tiếp nhận – Đà Nẵng")
    'Ho so da duoc tiep nhan - Da Nang'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(_plain_character(ch) for ch in unicodedata.normalize("NFC", bare))
