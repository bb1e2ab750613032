"""The burst filter survives a scan handler that fails: logged, not typed, process alive."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

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
