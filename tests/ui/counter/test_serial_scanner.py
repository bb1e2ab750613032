"""The scanner in serial mode, on a pseudo-terminal standing in for its USB-CDC / COM port."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.ui.common.serial_scanner import SerialScanner

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

PAYLOAD = (
    "001085012345|123456789|Nguyễn Thị Hồng Nhung|02031985|Nữ|Phường Hàng Bạc, Hà Nội|10072021"
)


@pytest.fixture
def pty():
    master, slave = os.openpty()
    yield master, os.ttyname(slave)
    os.close(master)
    os.close(slave)


def test_lines_ended_by_crlf_cr_or_lf_arrive_whole_and_decoded(pty, qtbot):
    master, name = pty
    scanner = SerialScanner(name, 9600)
    assert scanner.open(), scanner.error
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    data = (PAYLOAD + "\r\n").encode() + b"Q261126A012\r" + b"000.00.31.H29-261126-0001\n"
    for start in range(0, len(data), 7):  # the port delivers it in small pieces
        os.write(master, data[start : start + 7])
        qtbot.wait(5)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5_000)
    assert seen == [PAYLOAD, "Q261126A012", "000.00.31.H29-261126-0001"]
    scanner.close()


def test_a_port_that_cannot_be_opened_says_why(tmp_path):
    scanner = SerialScanner(str(tmp_path / "ttyACM9"), 9600)
    assert not scanner.open()
    assert scanner.error
