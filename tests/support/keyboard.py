"""The officer's keyboard and a keyboard-wedge scanner in GUI tests, on one replayed clock.

Keys go to whichever widget has the focus, as on a real keyboard. The counter's scanner filter
reads the replayed clock: 150 ms between the officer's keys, 4 ms between the scanner's. Every
key the officer presses is counted; the characters the scanner types, and its Enter, are not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Officer:
    """Presses keys into the focused widget of ``counter`` and counts them in ``keystrokes``."""

    def __init__(self, counter, qtbot) -> None:
        self.counter, self.qtbot = counter, qtbot
        self.keystrokes = 0
        self.now = 1000.0
        counter.scanner.clock = lambda: self.now

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.now += 0.150
        self.keystrokes += 1
        QTest.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        """Type as a person does; Vietnamese letters included (``keyClicks`` takes Latin-1)."""
        for char in text:
            self.now += 0.150
            self.keystrokes += 1
            self._send(Qt.Key.Key_unknown, char)

    def scan(self, payload: str) -> None:
        """The scanner types the payload and Enter, 4 ms a key (not counted)."""
        self.now += 0.500
        for char in payload:
            self.now += 0.004
            self._send(Qt.Key.Key_unknown, char)
        self.now += 0.004
        self._send(Qt.Key.Key_Return, "\r")

    def _send(self, key: Qt.Key, text: str) -> None:
        target = self.focus()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )
