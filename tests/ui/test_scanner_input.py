"""The burst filter survives a scan handler that fails: logged, not typed, process alive."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.common.scanner_input import ScannerInput


def _window(qtbot) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    return window, field


def _type_char(field: QLineEdit, char: str) -> None:
    """One key with its text, Vietnamese letters included (``keyClicks`` takes Latin-1 only)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def _scan(field: QLineEdit, clock: list[float], text: str) -> None:
    for char in text:
        clock[0] += 0.004  # a scanner: 4 ms a key
        QTest.keyClicks(field, char)
    clock[0] += 0.004
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_a_failing_scan_handler_is_logged_and_the_scan_is_not_typed(qtbot, caplog):
    window, field = _window(qtbot)
    clock = [100.0]
    scanner = ScannerInput(window, clock=lambda: clock[0])
    taken: list[str] = []

    def broken(text: str) -> bool:
        raise ValueError("handler bug")

    scanner.handlers = [broken, lambda text: taken.append(text) or True]
    with caplog.at_level(logging.ERROR, logger="desktop_app.ui.common.scanner_input"):
        _scan(field, clock, "000.00.06.H56-261201-0001")
    assert "a scan handler failed" in caplog.text
    assert field.text() == "" and taken == []
    scanner.handlers = [lambda text: taken.append(text) or True]
    _scan(field, clock, "Q261201A001")
    assert taken == ["Q261201A001"]


def test_shift_pressed_for_capitals_does_not_break_the_burst(qtbot):
    """A keyboard-wedge scanner presses Shift before each capital, as a keyboard does.

    Found on a real X server: the burst ended at the first capital, so a card payload was cut
    in two and typed into the form's fields.
    """
    window, field = _window(qtbot)
    clock = [100.0]
    scanner = ScannerInput(window, clock=lambda: clock[0])
    taken: list[str] = []
    scanner.handlers = [lambda text: taken.append(text) or True]
    for char in "001190012345||Trần Thị":
        clock[0] += 0.004
        if char.isupper():
            QTest.keyPress(field, Qt.Key.Key_Shift)
        _type_char(field, char)
        if char.isupper():
            QTest.keyRelease(field, Qt.Key.Key_Shift)
    clock[0] += 0.004
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert taken == ["001190012345||Trần Thị"] and field.text() == ""
