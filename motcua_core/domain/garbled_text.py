"""Signs that text typed by a keyboard-wedge scanner was changed on its way to the program.

A 2D scanner in keyboard mode "types" what it reads. With a Vietnamese input method switched on
(Unikey, EVKey), a wrong keyboard layout or a wrong code page, what arrives is not what the code
holds. Each check here answers "does this look damaged?" for one kind of damage:

* Telex residue: the keys of the Telex method left as letters, ``Nguyeenx`` for ``Nguyễn``,
  ``Traanf`` for ``Trần``, ``Vawn`` for ``Văn``, ``dd`` for ``đ``;
* VNI residue: the digits of the VNI method inside words, ``Nguye6n``;
* mojibake: UTF-8 bytes read as Latin-1 or Windows-1252, ``Nguyá»…n``, ``Ä‘``, ``Æ°``;
* replacement and control characters where letters were dropped or keys leaked.

Correct Vietnamese never trips these checks: its syllables contain no ``aa``, ``ee``, ``oo``,
``dd`` or ``w``, end in no tone key (``s f r x j``) and carry no digits.
"""

from __future__ import annotations

import re
import unicodedata

# A Vietnamese syllable spelt in Telex keys: onset, vowels with their mark keys, an optional
# tone key, a final consonant, another optional tone key (Unikey accepts the tone either side).
_TELEX_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|dd|[bcdghklmnprstvx])?"
    r"(?:aa|aw|ee|oo|ow|uw|[aeiouyw])+[sfrxj]?(?:ch|ng|nh|[cmnpt])?[sfrxj]?",
    re.IGNORECASE,
)
_TELEX_KEYS = re.compile(r"dd|aa|aw|ee|oo|ow|uw|w|[sfrxj]$", re.IGNORECASE)
# A VNI word: two or more letters, then letters mixed with the digits of marks and tones (1–9).
_VNI_WORD = re.compile(r"[A-Za-z]{2,}[A-Za-z\d]*")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
# UTF-8 lead bytes of Vietnamese letters read as Latin-1 / cp1252, then a continuation byte.
_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
_MOJIBAKE = re.compile(f"[ÄÅÆ]|[áâÃ][\u0080-\u00bf{_CP1252_HIGH}]")
_WORD = re.compile(r"[^\s,.;:/()\-]+")


def has_mojibake(text: str) -> bool:
    """True when UTF-8 text was decoded as Latin-1 or Windows-1252 (``Nguyá»…n``)."""
    return _MOJIBAKE.search(text) is not None


def has_stray_characters(text: str) -> bool:
    """True for replacement or control characters (a dropped letter, a leaked key)."""
    return any(
        ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in text
    )


def is_telex_residue(word: str) -> bool:
    """True when an unaccented word is a Vietnamese syllable typed in raw Telex keys."""
    if not word.isascii() or not word.isalpha():
        return False
    return _TELEX_SYLLABLE.fullmatch(word) is not None and _TELEX_KEYS.search(word) is not None


def is_vni_residue(word: str) -> bool:
    """True when a word mixes letters and VNI mark digits (``Nguye6n``, ``Ba2``)."""
    if not word.isascii() or _VNI_WORD.fullmatch(word) is None:
        return False
    return re.search(r"[1-9]", word) is not None and _VOWEL.search(word) is not None


def has_vietnamese_marks(text: str) -> bool:
    """True when some letter carries a Vietnamese mark or is đ (any non-ASCII letter)."""
    return any(ch.isalpha() and not ch.isascii() for ch in text)


def residue_words(text: str) -> list[str]:
    """The words of ``text`` that look like Telex or VNI keys, or hold ``?`` for a letter."""
    return [
        word
        for word in _WORD.findall(text)
        if is_telex_residue(word) or is_vni_residue(word) or _has_question_mark(word)
    ]


def marked_words(text: str) -> list[str]:
    """The words of ``text`` that carry Vietnamese marks."""
    return [word for word in _WORD.findall(text) if has_vietnamese_marks(word)]


def _has_question_mark(word: str) -> bool:
    return "?" in word and any(ch.isalpha() for ch in word)
