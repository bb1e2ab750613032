"""Check-in on a real X server: the kiosk and the counter as processes, keys sent by xdotool.

The kiosk takes a booking QR from a keyboard-wedge scanner (a burst of keys and Enter) on its
start page, then a code typed by a person on the check-in page; the counter's officer signs
in, opens the bookings with F4, types one code and scans another. With
``DESKTOP_APP_SCREENSHOTS=DIR`` the screens are saved there (the counter's list at three
window sizes).
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select

from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Booking
from tests.support.bookings import pull_booking
from tests.support.xserver import Screen, missing_tools, virtual_screen, wait_until
from tests.ui.test_public_screens import _office

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {missing_tools()}")
SIZES = [(1280, 720), (1366, 768), (1920, 1080)]


def _start(role: str, display: str, context, tmp_path: Path) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment.update(
        DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
        DESKTOP_APP_DATABASE_URL=context.settings.database_url,
        DESKTOP_APP_TICKET_PDF_DIR=str(tmp_path / "tickets"),
        DESKTOP_APP_KIOSK_RESET_SECONDS="600", DESKTOP_APP_QUIT_AFTER_MS="900000",
    )  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--role", role, "--counter", "1"],
        env=environment, stdout=subprocess.PIPE, text=True,
        stderr=open(tmp_path / f"{role}.log", "wb"),  # noqa: SIM115 (closed with the process)
    )  # fmt: skip


def _line(process: subprocess.Popen[str], start: str, timeout: float = 60) -> None:
    """Wait for the start-up probe's line ``start`` (page-ready, work-ready)."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        line = process.stdout.readline() if ready else ""
        if line.startswith(start):
            return
        assert process.poll() is None, "the station ended"
    raise AssertionError(f"no {start!r} in {timeout:.0f} s")


def _status(context, code: str) -> str:
    with context.session(read_only=True) as session:
        return session.scalar(sql_select(Booking.status).where(Booking.code == code)) or ""


def _shot(screen: Screen, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("DESKTOP_APP_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return screen.screenshot(folder / f"{name}.png")


def _pull(context, office, minutes_ago: int) -> str:
    start = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    with context.session() as session:
        return pull_booking(session, office.id, start)["code"]


def _stop(process: subprocess.Popen[str], tmp_path: Path, role: str) -> None:
    process.terminate()
    process.wait(timeout=20)
    log = (tmp_path / f"{role}.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log


def test_kiosk_checks_in_a_scanned_qr_and_a_typed_code(tmp_path, make_context):
    context = make_context(role="kiosk")
    office = _office(context)
    scanned, typed = _pull(context, office, 5), _pull(context, office, 0)
    with virtual_screen(1366, 768) as display:
        screen = Screen(display)
        kiosk = _start("kiosk", display, context, tmp_path)
        try:
            _line(kiosk, "page-ready")
            screen.focus(screen.wait_for_window("Kiosk lấy số thứ tự"))
            screen.scan(scanned)
            wait_until(lambda: _status(context, scanned) == "checked_in", 30, "the scanned QR")
            time.sleep(0.5)  # the result page paints after the commit
            _shot(screen, tmp_path, "kiosk-x11-scanned-1366x768")
            screen.scan("Q261202A007")  # not a booking: the check-in page opens and says so
            time.sleep(0.5)
            _shot(screen, tmp_path, "kiosk-x11-check-in-1366x768")
            screen.key(*["BackSpace"] * 12)
            screen.type(typed.lower())  # a person at the keyboard, any case
            screen.key("Return")
            wait_until(lambda: _status(context, typed) == "checked_in", 30, "the typed code")
            time.sleep(0.5)
            _shot(screen, tmp_path, "kiosk-x11-typed-1366x768")
        finally:
            _stop(kiosk, tmp_path, "kiosk")


def test_counter_lists_the_bookings_with_f4_and_checks_in_a_scan(tmp_path, make_context):
    context = make_context(role="counter", counter_number=1)
    office = _office(context)
    with context.session() as session:
        add_staff(session, office.id, username="canbo1", full_name="Nguyễn Thị Hồng Nhung",
                  role=StaffRole.RECEPTION, password="motcua2026")  # fmt: skip
    codes = [_pull(context, office, minutes) for minutes in (-60, -30, 0, 5)]
    with virtual_screen(1920, 1080) as display:
        screen = Screen(display)
        counter = _start("counter", display, context, tmp_path)
        try:
            _line(counter, "page-ready")
            window = screen.wait_for_window("Quầy tiếp nhận")
            screen.focus(window)
            screen.type("canbo1")
            screen.key("Return")
            screen.type("motcua2026")
            screen.key("Return")
            _line(counter, "work-ready")
            screen.key("F4")  # the list, its code field focused
            screen.type(codes[3].lower())
            screen.key("Return")
            wait_until(lambda: _status(context, codes[3]) == "checked_in", 30, "the typed code")
            screen.scan(codes[2])
            wait_until(lambda: _status(context, codes[2]) == "checked_in", 30, "the scanned code")
            for width, height in SIZES:
                screen.resize(window, width, height)
                time.sleep(0.7)
                _shot(screen, tmp_path, f"counter-x11-bookings-{width}x{height}")
        finally:
            _stop(counter, tmp_path, "counter")
