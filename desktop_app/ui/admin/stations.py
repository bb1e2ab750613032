"""Stations named in words in the printers table: ``counter:2`` is shown as "Quầy 2", and
"Quầy 2" (accents optional) or ``counter:2`` is read back as ``counter:2``."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ServiceError
from motcua_core.domain.text import fold_for_search

_NUMBERED = re.compile(r"^(.*?)[\s:]*(\d+)$")


def _role_names() -> dict[str, str]:
    return {
        "counter": QCoreApplication.translate("StationNames", "Counter"),
        "kiosk": QCoreApplication.translate("StationNames", "Kiosk"),
        "display": QCoreApplication.translate("StationNames", "Display"),
        "rating": QCoreApplication.translate("StationNames", "Rating tablet"),
        "admin": QCoreApplication.translate("StationNames", "Administration"),
    }


def station_text(key: str) -> str:
    """``"counter:2"`` → "Quầy 2"; a key of an unknown role stays as it is."""
    role, _, number = key.partition(":")
    name = _role_names().get(role)
    return f"{name} {number}" if name and number.isdigit() else key


def station_key_from(text: str) -> str:
    """ "Quầy 2", "quay 2" or ``counter:2`` → ``counter:2``.

    Raises:
        ServiceError: a name that is no station (Vietnamese message listing the names).
    """
    match = _NUMBERED.match(text.strip())
    if match:
        wanted = fold_for_search(match[1])
        for role, name in _role_names().items():
            if wanted in (role, fold_for_search(name)):
                return f"{role}:{int(match[2])}"
    names = ", ".join(f"{name} 1" for name in _role_names().values())
    raise ServiceError(
        f"not a station: {text}",
        f"“{text}” không phải tên máy trạm: ghi tên và số, ví dụ {names}.",
    )
