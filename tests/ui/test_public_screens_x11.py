"""The display and the kiosk as real processes on a real X server with no window manager.

A TV or a kiosk often runs a bare X session: ``showFullScreen`` alone then left the window at
its minimum size (800×560) in a corner of a 1366×768 screen. Offscreen tests cannot see that.
With ``DESKTOP_APP_SCREENSHOTS=DIR`` the screen is saved there as ``<role>-x11-1366x768.png``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support.xserver import Screen, missing_tools, virtual_screen, wait_until
from tests.ui.test_public_screens import _busy_queue, _office

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {missing_tools()}")
TITLES = {"display": "Màn hình hiển thị", "kiosk": "Kiosk lấy số thứ tự"}
BACKGROUNDS = {"display": "#0b2545", "kiosk": "#f3f6fa"}  # the page's, not the starting page's


def _start(role: str, display: str, db: str, tmp_path: Path) -> subprocess.Popen[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        DESKTOP_APP_DATABASE_URL=db,
        DESKTOP_APP_ANNOUNCER_BACKEND="off",
        DESKTOP_APP_TICKET_PDF_DIR=str(tmp_path / "tickets"),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--role", role],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / f"{role}.log", "wb"),  # noqa: SIM115 (closed with the process)
    )


def _geometry(screen: Screen, window: str) -> tuple[int, int, int, int]:
    text = screen.run("getwindowgeometry", window)
    position = re.search(r"Position: (-?\d+),(-?\d+)", text)
    size = re.search(r"Geometry: (\d+)x(\d+)", text)
    assert position and size, text
    return (*map(int, position.groups()), *map(int, size.groups()))  # type: ignore[return-value]


def _corner(screen: Screen, path: Path) -> str:
    """The colour near the screen's top left corner, from a fresh screenshot."""
    screen.screenshot(path)
    return QImage(str(path)).pixelColor(3, 3).name()


@pytest.mark.parametrize("role", ["display", "kiosk"])
def test_public_screen_fills_a_bare_x_screen(role, tmp_path, make_context):
    context = make_context(role=role)
    _busy_queue(context, _office(context))
    db = context.settings.database_url
    with virtual_screen(1366, 768) as display:
        screen = Screen(display)
        station = _start(role, display, db, tmp_path)
        try:
            window = screen.wait_for_window(TITLES[role])
            covered = lambda: _geometry(screen, window) == (0, 0, 1366, 768)  # noqa: E731
            wait_until(covered, 15, f"the {role} to cover the screen")
            shot = tmp_path / f"{role}.png"
            wait_until(lambda: _corner(screen, shot) == BACKGROUNDS[role], 30, f"the {role} page")
            folder = os.environ.get("DESKTOP_APP_SCREENSHOTS")
            if folder:
                shot.replace(Path(folder) / f"{role}-x11-1366x768.png")
        finally:
            station.terminate()
            station.wait(timeout=15)
    log = (tmp_path / f"{role}.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log
