"""Which page fills the main window for each station role.

Pages are found by dotted path and imported only for the role a station runs, so a kiosk never
imports the counter's screens. A page factory is called as ``factory(context, main_window)`` and
returns the central widget. A role whose page is not installed gets the welcome page.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ROLE_PAGES: dict[str, str] = {
    "counter": "desktop_app.ui.counter.window:CounterPage",
    "kiosk": "desktop_app.ui.kiosk.window:KioskPage",
    "display": "desktop_app.ui.display.window:DisplayPage",
    "rating": "desktop_app.ui.rating.window:RatingPage",
    "admin": "desktop_app.ui.admin.window:AdminPage",
}


def page_factory(role: str) -> Callable[..., QWidget] | None:
    """The page factory of ``role``, or None when that page is not part of this build."""
    target = ROLE_PAGES.get(role)
    if target is None:
        return None
    module_name, _, attribute = target.partition(":")
    try:
        module: Any = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            log.info("no page for role %s in this build", role)
            return None
        raise
    factory: Callable[..., QWidget] = getattr(module, attribute)
    return factory
