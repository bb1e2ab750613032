"""Scanners in serial mode (USB-CDC, a COM port): whole lines, no keyboard, no input method.

``SerialScanner(port_name, baud_rate)`` opens the port with QtSerialPort and emits
``scanned(text)`` for every line the scanner sends, decoded as UTF-8 and ended by CR, LF or
CRLF (so "CR LF" never yields an empty second scan). In serial mode Unikey, Telex or a wrong
keyboard layout cannot damage the card's text, which is why the counter offers it.

``open()`` returns False and sets ``error`` (Qt's reason, for the log) when the port cannot
be opened; the window then says so and stays in keyboard mode.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtSerialPort import QSerialPort

log = logging.getLogger(__name__)
#: A line longer than this is not a scan (a wrong baud rate reads noise); it is dropped.
MAX_LINE = 4096


class SerialScanner(QObject):
    """Reads the scanner's lines from a serial port on the main thread (Qt signals)."""

    scanned = Signal(str)

    def __init__(self, port_name: str, baud_rate: int = 9600, parent: QObject | None = None):
        super().__init__(parent)
        self.port_name = port_name
        self.error = ""
        self.port = QSerialPort(self)
        self.port.setPortName(port_name)
        self.port.setBaudRate(baud_rate)
        self.port.readyRead.connect(self._read)
        self._buffer = b""

    def open(self) -> bool:
        """Open the port for reading; False (and ``error``) when it cannot be opened."""
        if self.port.open(QSerialPort.OpenModeFlag.ReadOnly):
            return True
        self.error = self.port.errorString()
        log.warning("scanner port %s cannot be opened: %s", self.port_name, self.error)
        return False

    def close(self) -> None:
        if self.port.isOpen():
            self.port.close()

    def _read(self) -> None:
        self._buffer += bytes(self.port.readAll().data())
        for line in self._take_lines():
            self.scanned.emit(line)

    def _take_lines(self) -> list[str]:
        """Complete lines out of the buffer; the unfinished rest stays for the next read."""
        data = self._buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        *lines, rest = data.split(b"\n")
        # A CR ends the line at once; the LF that may follow it makes an empty line, dropped.
        self._buffer = rest if len(rest) <= MAX_LINE else b""
        texts = [line.decode("utf-8", errors="replace").strip() for line in lines]
        return [text for text in texts if text]
