"""What each station role is called on screen, and how its window opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FULL_SCREEN_ROLES = frozenset({"kiosk", "display"})
# Screens the public sees: no menu bar, no status bar (database name, signed-in user).
PUBLIC_ROLES = frozenset({"kiosk", "display", "rating"})


def role_title(role: str) -> str:
    """The translated title of a station role, e.g. "Quầy tiếp nhận và trả kết quả"."""
    titles = {
        "counter": QCoreApplication.translate("Roles", "Counter"),
        "kiosk": QCoreApplication.translate("Roles", "Kiosk"),
        "display": QCoreApplication.translate("Roles", "Display"),
        "rating": QCoreApplication.translate("Roles", "Rating"),
        "admin": QCoreApplication.translate("Roles", "Admin"),
    }
    return titles.get(role, role)


def opens_full_screen(role: str, fullscreen_setting: bool) -> bool:
    """Kiosks and public displays always fill the screen; other roles when configured."""
    return fullscreen_setting or role in FULL_SCREEN_ROLES


def is_public_screen(role: str) -> bool:
    """Kiosks, displays and rating tablets face citizens: they show only their page."""
    return role in PUBLIC_ROLES
