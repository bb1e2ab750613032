"""Keyboard-wedge scanners: a burst of keys is caught before it lands in the focused field.

``ScannerInput(window)`` watches the key presses aimed at ``window`` and its children (an
application event filter limited to that window). Keys are held back while they come at a
scanner's pace (``motcua_core.domain.scanner_burst``); a person's typing is given back to the
field a few milliseconds late, untouched. A burst ending in Enter (or in silence) becomes one
``scanned(text)`` signal instead of text in whatever field had focus.

Who handles the scan decides with ``handlers``: each is called with the text and returns True
when it used it (a card payload, a ticket barcode). A scan nobody used is typed into the field
that had focus when it began, followed by Enter, exactly as the scanner meant it, so scan
fields such as the handover's keep working.

The clock is injectable (``clock`` returns seconds, monotonic) so tests replay real timings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from motcua_core.domain.scanner_burst import BurstDetector, Outcome, Verdict

log = logging.getLogger(__name__)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# A scanner presses Shift for every capital letter, as a keyboard does: a modifier key on its
# own never ends a burst. Outside a burst it gives back what is held, before the shortcut it
# may begin (Ctrl+Enter) fires: shortcuts are matched before the filter sees their key.
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                            Qt.Key.Key_Meta, Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock,
                            Qt.Key.Key_NumLock})  # fmt: skip


class ScannerInput(QObject):
    """Tells a scanner's burst from typing for one window; emits ``scanned(text)``."""

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], float] = time.monotonic,
        detector: BurstDetector | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.detector = detector or BurstDetector()
        self.handlers: list[Callable[[str], bool]] = []
        self.enabled = True
        self._target: QWidget | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._detach)

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- the filter -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() != QEvent.Type.KeyPress
            or self._replaying
            or not self.enabled
            or not self._mine(watched)
        ):
            return False
        assert isinstance(event, QKeyEvent)
        try:
            return self._key(watched, event)
        except Exception:  # an exception leaving a Qt event filter takes the process down
            log.exception("scanner input failed on a key press")
            self._target = None
            self.detector.other_key()
            return False

    def _mine(self, watched: QObject) -> bool:
        """Only the first delivery of a key, to a widget of this window."""
        if not isinstance(watched, QWidget) or not shiboken6.isValid(self.window):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False
        return watched is self.window or self.window.isAncestorOf(watched)

    def _key(self, watched: QWidget, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            if not self.detector.in_burst:
                self._settle(self.detector.other_key())
            return False
        now = self.clock()
        if event.key() in _ENTER_KEYS and not event.modifiers() & _COMMAND_MODIFIERS:
            return self._settle(self.detector.enter(now), enter=True)
        text = event.text()
        if event.isAutoRepeat() or not _is_character(event, text):
            self._settle(self.detector.other_key())
            return False
        outcome = self.detector.press(text, now)
        if outcome.verdict is not Verdict.HELD:
            self._settle(outcome)
            self.detector.press(text, now)
        if self._target is None or not shiboken6.isValid(self._target):
            self._target = watched
        self._arm_timer()
        return True

    def _arm_timer(self) -> None:
        deadline = self.detector.expire_at()
        if deadline is not None:
            self._timer.start(max(1, round((deadline - self.clock()) * 1000)))

    def _expire(self) -> None:
        outcome = self.detector.expire(self.clock())
        if outcome.verdict is Verdict.HELD:
            self._arm_timer()
        else:
            self._settle(outcome)

    def _settle(self, outcome: Outcome, *, enter: bool = False) -> bool:
        """Deliver what the detector decided; True when it was a scan.

        ``enter``: the scan ended with the scanner's Enter (typed after it when nobody takes
        the scan). The filter swallows that Enter exactly when this returns True.
        """
        target, self._target = self._target, None
        if outcome.verdict is Verdict.SCANNED:
            self._timer.stop()
            self.deliver_scan(outcome.text, target, enter=enter)
            return True
        if outcome.keys:
            self._replay(target, outcome.keys)
        return False

    # --- delivering -----------------------------------------------------------------------

    def deliver_scan(self, text: str, target: QWidget | None = None, *, enter: bool = True) -> None:
        """Offer ``text`` to the handlers; type it (and Enter) into ``target`` if none wants it."""
        self.scanned.emit(text)
        for handler in self.handlers:
            if _handled(handler, text):
                return
        self.type_into(target or QApplication.focusWidget(), text, enter=enter)

    def type_into(self, target: QWidget | None, text: str, *, enter: bool = False) -> None:
        """Send ``text`` (and Enter) to ``target`` as key presses that bypass the filter."""
        keys = [(Qt.Key.Key_unknown, char) for char in text]
        if enter:
            keys.append((Qt.Key.Key_Return, "\r"))
        self._send(target, keys)

    def _replay(self, target: QWidget | None, keys: tuple[str, ...]) -> None:
        self._send(target, [(Qt.Key.Key_unknown, char) for char in keys])

    def _send(self, target: QWidget | None, keys: list[tuple[Qt.Key, str]]) -> None:
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key, text in keys:
                code = _key_code(text) if key == Qt.Key.Key_unknown else key
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
                    QApplication.sendEvent(target, event)
        finally:
            self._replaying = False


def _handled(handler: Callable[[str], bool], text: str) -> bool:
    """Whether ``handler`` took the scan; a handler that fails is logged and counts as taken.

    Called from the event filter, where an exception would end the process; the text is not
    typed anywhere either, so a half-handled scan never lands in a field.
    """
    try:
        return bool(handler(text))
    except Exception:
        log.exception("a scan handler failed")
        return True


def _is_character(event: QKeyEvent, text: str) -> bool:
    """A printable character typed without Ctrl or Alt."""
    return len(text) == 1 and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS


def _key_code(text: str) -> int:
    """The key code Qt gives a typed character (letters and digits by their upper case)."""
    upper = text.upper()
    if len(upper) == 1 and ord(upper) < 0x80:
        return ord(upper)
    return int(Qt.Key.Key_unknown)
