"""The operation runner: work off the main thread, results and errors back on it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.operations import (
    pending_operations,
    run_operation,
    wait_for_operations,
)

MAIN_THREAD = threading.get_ident()


def test_result_is_delivered_on_the_main_thread(qtbot: QtBot) -> None:
    parent = QObject()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def on_success(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    run_operation(parent, work, on_success)
    qtbot.waitUntil(lambda: "result" in seen)

    assert seen["result"] == 42
    assert seen["work_thread"] != MAIN_THREAD
    assert seen["callback_thread"] == MAIN_THREAD
    qtbot.waitUntil(lambda: pending_operations() == 0)


def test_error_goes_to_the_error_callback_on_the_main_thread(qtbot: QtBot) -> None:
    parent = QObject()
    errors: list[tuple[Exception, int]] = []

    def work() -> None:
        raise LookupError("không tìm thấy hồ sơ")

    run_operation(
        parent,
        work,
        on_success=lambda _: errors.append((AssertionError("no success expected"), 0)),
        on_error=lambda error: errors.append((error, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(errors))

    error, thread = errors[0]
    assert isinstance(error, LookupError)
    assert str(error) == "không tìm thấy hồ sơ"
    assert thread == MAIN_THREAD


def test_operations_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    parent = QObject()
    running = 0
    overlap = False
    finished: list[int] = []

    def work(number: int) -> int:
        nonlocal running, overlap
        running += 1
        overlap = overlap or running > 1
        time.sleep(0.01)
        running -= 1
        return number

    for number in range(5):
        run_operation(parent, lambda n=number: work(n), finished.append)
    qtbot.waitUntil(lambda: len(finished) == 5)

    assert finished == [0, 1, 2, 3, 4]
    assert not overlap


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot: QtBot) -> None:
    parent = QWidget()
    started = threading.Event()
    release = threading.Event()
    delivered: list[object] = []

    def work() -> str:
        started.set()
        release.wait(5)
        return "done"

    run_operation(parent, work, delivered.append, delivered.append)
    assert started.wait(5)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    assert wait_for_operations(5000)
    qtbot.waitUntil(lambda: pending_operations() == 0)

    assert delivered == []


def test_default_error_handler_tells_the_user_in_vietnamese(qtbot: QtBot, caplog) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise RuntimeError("database is locked")

    run_operation(parent, work, on_success=lambda _: None)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))

    box = parent.findChildren(QMessageBox)[0]
    assert box.text().startswith("Đã xảy ra lỗi…")
    assert box.windowTitle() == "Lỗi"
    assert "database is locked" in box.detailedText()
    assert "Traceback" in caplog.text
    box.close()


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_garbage_is_collected_on_the_main_thread_only() -> None:
    import gc
    import weakref

    from desktop_app.ui.common.main_thread_gc import collect_on_main_thread

    assert not gc.isenabled()  # switched off for the whole GUI test run, as in run_gui
    collector = collect_on_main_thread(QObject())

    class Node:
        pass

    node = Node()
    node.self = node  # type: ignore[attr-defined]
    alive = weakref.ref(node)
    del node
    assert alive() is not None  # a cycle waits for the main thread's collector
    collector.collect()
    assert alive() is None
