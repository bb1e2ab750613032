"""How far a procedure can be done online: the catalogue's online level (mức độ trực tuyến).

The central server owns it with the rest of the catalogue; an office stores what it pulled
(``procedure.online_level``, check constraint ``online_level_known``). ``None`` means the
procedure is not offered online. The service index counts online dossiers among those of
fully online procedures only.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class OnlineLevel(StrEnum):
    """The two levels the national portal offers."""

    FULL = "full"
    PARTIAL = "partial"

    @property
    def label_vi(self) -> str:
        """The Vietnamese name, as catalogues print it."""
        return LABELS_VI[self.value]


#: Vietnamese name of each stored value.
LABELS_VI: Mapping[str, str] = MappingProxyType({"full": "Toàn trình", "partial": "Một phần"})

#: The stored values (argument choices, the check constraint).
LEVELS: tuple[str, ...] = tuple(level.value for level in OnlineLevel)


def parse_online_level(value: object) -> str | None:
    """A catalogue entry's ``online_level`` as stored: ``full``, ``partial`` or None.

    The Vietnamese names are accepted too (``"toàn trình"``, ``"Một phần"``).

    Raises:
        ValueError: any other value.
    """
    if value is None or value == "":
        return None
    text = str(value).strip().lower()
    for level, label in LABELS_VI.items():
        if text in (level, label.lower()):
            return level
    raise ValueError(f"unknown online level {value!r} (expected one of {', '.join(LEVELS)})")
