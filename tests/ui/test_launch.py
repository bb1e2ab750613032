"""Starting the GUI: display detection and a real start-up in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.ui.launch import has_display

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"DISPLAY": ""}, "linux", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_has_display(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert has_display(environ, platform) is expected


def test_run_gui_shows_the_window_and_quits_when_asked(
    migrated_database: Path, tmp_path: Path
) -> None:
    script = textwrap.dedent(
        """
        import sys
        from desktop_app.app import build_context
        from desktop_app.config import load_settings
        from desktop_app.ui.launch import run_gui

        settings = load_settings(
            config_file=sys.argv[2],
            environ={},
            overrides={"database_url": "sqlite:///" + sys.argv[1], "role": "kiosk"},
        )
        sys.exit(run_gui(build_context(settings), sys.argv[:1]))
        """
    )
    config = tmp_path / "settings.toml"
    config.write_text("", encoding="utf-8")
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_APP_QUIT_AFTER_MS": "50"}
    done = subprocess.run(
        [sys.executable, "-c", script, migrated_database.as_posix(), str(config)],
        cwd=REPO_ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("window-shown ")]
    assert len(shown) == 1
    assert float(shown[0].split()[1]) > 0


@pytest.mark.parametrize(
    ("value", "expected"), [("250", 250), ("0", 0), ("", None), ("soon", None), ("-5", None)]
)
def test_quit_after_ms(value: str, expected: int | None) -> None:
    from desktop_app.ui.common.startup_probe import QUIT_AFTER_ENV, quit_after_ms

    assert quit_after_ms({QUIT_AFTER_ENV: value}) == expected


def test_database_opens_off_the_ui_thread_then_the_role_page_comes_in(qtbot, make_context):
    import threading

    from desktop_app.ui.launch import _open_database
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.welcome_page import WelcomePage

    context = make_context(role="kiosk")
    window = MainWindow(None, settings=context.settings)
    qtbot.addWidget(window)
    assert (
        isinstance(window.page, WelcomePage) and "Đang khởi động" in window.page.status_label.text()
    )
    threads: list[threading.Thread] = []

    def opener():
        threads.append(threading.current_thread())
        return context

    with qtbot.waitSignal(window.page_ready, timeout=10_000):
        _open_database(window, opener)
    assert threads and threads[0] is not threading.main_thread()
    assert window.context is context and not isinstance(window.page, WelcomePage)


def test_a_database_that_cannot_be_opened_is_reported_in_the_window(qtbot, make_context):
    from desktop_app.ui.launch import _open_database
    from desktop_app.ui.shell.main_window import MainWindow

    settings = make_context(role="counter").settings
    window = MainWindow(None, settings=settings)
    qtbot.addWidget(window)

    def opener():
        raise RuntimeError("connection refused")

    _open_database(window, opener)
    qtbot.waitUntil(lambda: "connection refused" in window.page.status_label.text(), timeout=10_000)
    assert "Không mở được cơ sở dữ liệu" in window.page.status_label.text()
    assert window.context is None


def test_a_missing_database_shows_its_path_and_the_fix_and_is_not_created(
    qtbot, make_context, tmp_path
):
    from desktop_app.commands.gui_cmd import open_station_context
    from desktop_app.ui.launch import _open_database
    from desktop_app.ui.shell.main_window import MainWindow

    missing = tmp_path / "share" / "office.sqlite3"
    settings = make_context(role="counter").settings.with_values(
        "test", database_url=f"sqlite:///{missing.as_posix()}"
    )
    window = MainWindow(None, settings=settings)
    qtbot.addWidget(window)

    _open_database(window, lambda: open_station_context(settings))
    qtbot.waitUntil(lambda: str(missing) in window.page.status_label.text(), timeout=10_000)
    text = window.page.status_label.text()
    assert "Không tìm thấy cơ sở dữ liệu" in text and "desktop-app init" in text
    assert "mật khẩu" not in text
    assert window.context is None and not missing.parent.exists()
