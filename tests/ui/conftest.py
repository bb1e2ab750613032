"""Shared set-up of the GUI tests: offscreen Qt, one application, a migrated SQLite context.

Any Qt warning, critical or fatal message during a test makes it fail.
"""

# The Qt platform must be chosen before anything imports Qt, hence the late imports.
# ruff: noqa: E402
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication

from desktop_app.app import AppContext, build_context
from desktop_app.config import load_settings
from desktop_app.storage.migrate import upgrade_to_head

REPO_ROOT = Path(__file__).resolve().parents[2]
FAILING_QT_MESSAGES = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}
# Said by the offscreen platform plugin itself about dialogs, not by our code.
OFFSCREEN_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)
TEST_OFFICE_NAME = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG — Ắ Ầ Ễ"


def _build_translations() -> None:
    """Compile the .qm files if they are missing or older than their .ts sources."""
    translations = REPO_ROOT / "resources" / "translations"
    stale = [
        ts
        for ts in translations.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO_ROOT / "scripts" / "build_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([]) == 0


@pytest.fixture(scope="session", autouse=True)
def station_application(qapp: QApplication) -> QApplication:
    """The one QApplication, set up as ``run_gui`` sets it up: Noto Sans, Vietnamese, style."""
    from desktop_app.ui.common.fonts import setup_application_font
    from desktop_app.ui.common.i18n import install_translation
    from desktop_app.ui.common.main_thread_gc import collect_on_main_thread
    from desktop_app.ui.common.style import apply_style_sheets

    _build_translations()
    # As in run_gui: no garbage collection on worker threads (settle_gui collects on this one).
    collect_on_main_thread(qapp)
    setup_application_font()
    assert install_translation(qapp, "vi"), "Vietnamese translation did not load"
    apply_style_sheets(qapp)
    return qapp


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog: Any) -> Iterator[None]:
    """Qt warnings point at real mistakes (bad connections, deleted objects): fail on them."""
    yield
    messages = [
        f"{record.type.name}: {record.message}"
        for record in qtlog.records
        if record.type in FAILING_QT_MESSAGES and record.message not in OFFSCREEN_PLATFORM_NOISE
    ]
    if messages:
        pytest.fail("Qt reported problems:\n" + "\n".join(messages), pytrace=False)


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the newest schema, migrated once and copied by each test."""
    path = tmp_path_factory.mktemp("template") / "office.sqlite3"
    context = build_context(_settings(path), create=True)
    try:
        upgrade_to_head(context.engine)
    finally:
        context.close()
    return path


def _settings(database: Path, **overrides: Any) -> Any:
    values = {
        "database_url": f"sqlite:///{database.as_posix()}",
        "office_code": "000.00.31.H29",
        "office_name": TEST_OFFICE_NAME,
        **overrides,
    }
    # environ={} keeps the developer's DESKTOP_APP_* variables out; the explicit config file
    # below keeps the standard settings file out.
    return load_settings(config_file=_empty_config(database.parent), environ={}, overrides=values)


def _empty_config(folder: Path) -> Path:
    path = folder / "settings.toml"
    if not path.exists():
        path.write_text("", encoding="utf-8")
    return path


@pytest.fixture
def make_context(tmp_path: Path, migrated_database: Path) -> Iterator[Callable[..., AppContext]]:
    """Builds contexts on a private copy of the migrated database.

    Example: ``make_context(role="kiosk", fullscreen=True)``.
    """
    contexts: list[AppContext] = []

    def make(**overrides: Any) -> AppContext:
        database = tmp_path / f"office-{len(contexts)}.sqlite3"
        shutil.copyfile(migrated_database, database)
        context = build_context(_settings(database, **overrides))
        contexts.append(context)
        return context

    yield make
    settle_gui()
    for context in contexts:
        context.close()


def settle_gui() -> None:
    """Close every window a test left, let background operations finish, then collect garbage
    while no worker thread runs: no database work of one test may still be running when its
    context closes or the next test starts."""
    import gc

    from desktop_app.ui.common.operations import wait_for_operations

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    wait_for_operations(30_000)
    app.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def _settled_after_each_test() -> Iterator[None]:
    yield
    settle_gui()


@pytest.fixture
def context(make_context: Callable[..., AppContext]) -> AppContext:
    """A counter station's context (counter 3) on a fresh copy of the migrated database."""
    return make_context(role="counter", counter_number=3)


@pytest.fixture
def office_name() -> str:
    """The office name the test contexts use: stacked Vietnamese capitals on purpose."""
    return TEST_OFFICE_NAME
