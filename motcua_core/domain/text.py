"""Text helpers for Vietnamese names and accent-free search."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

_WHITESPACE = re.compile(r"\s+")
# A letter starts a name part after the start, a hyphen or an apostrophe (Y-Moan, H'Hen).
_PART_START = re.compile(r"(^|[-'’])(\w)")
_D_FOLDS = str.maketrans({"đ": "d", "Đ": "d"})


def normalise_whitespace(text: str) -> str:
    """Collapse every run of whitespace into one space and strip both ends."""
    return _WHITESPACE.sub(" ", text).strip()


def _capitalise_word(word: str) -> str:
    lowered = word.lower()
    return _PART_START.sub(lambda m: m.group(1) + m.group(2).title(), lowered)


def normalise_name(text: str) -> str:
    """Write a person's name the Vietnamese way.

    Composes accents (NFC), collapses spaces and capitalises each word:
    ``"nguyễn  thị HỒNG nhung"`` becomes ``"Nguyễn Thị Hồng Nhung"``.
    """
    words = normalise_whitespace(unicodedata.normalize("NFC", text)).split(" ")
    capitalised = " ".join(_capitalise_word(word) for word in words)
    return unicodedata.normalize("NFC", capitalised)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_for_search(text: str) -> str:
    """Reduce text to an accent-free, lower-case search key.

    ``"Nguyễn Thị Đào"`` becomes ``"nguyen thi dao"``; đ and Đ fold to d.
    """
    folded = _strip_marks(text.casefold().translate(_D_FOLDS))
    folded = _strip_marks(folded.casefold())
    return normalise_whitespace(folded)


def format_percent_vi(part: int, whole: int) -> str:
    """Format a share the way reports print it: one decimal, comma separator (69,9%).

    Halves round up. A zero ``whole`` gives ``"0,0%"``.
    """
    if whole == 0:
        return "0,0%"
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{share}%".replace(".", ",")
