"""The counter's scanners: typing passes the burst filter, a serial-mode card fills the form."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.counter.window import CounterPage

CARD = (
    "001185012345|012345678|Nguyễn Thị Hồng Nhung|02031985|Nữ|"
    "Số 5 phố Hàng Bạc, Phường Hàng Bạc, Hà Nội|10072021"
)


def test_typing_at_a_fast_typists_pace_lands_in_the_field(signed_in_counter, qtbot):
    counter = signed_in_counter
    counter.activateWindow()
    qtbot.waitUntil(counter.isActiveWindow)
    now = [50.0]
    counter.scanner.clock = lambda: now[0]
    field = counter.page("reception_page").form.full_name
    field.setFocus()
    for char in "Tran Van Binh":
        now[0] += 0.035  # 35 ms a key
        QTest.keyClicks(QApplication.focusWidget(), char)
    now[0] += 0.035
    QTest.keyClick(field, Qt.Key.Key_Tab)  # a key without text gives back what is held
    assert field.text() == "Tran Van Binh"


def sign_in(counter: CounterPage, qtbot) -> None:
    counter.sign_in_panel.username.setText("canbo1")
    counter.sign_in_panel.password.setText("motcua2026")
    QTest.keyClick(counter.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)


def test_a_port_that_cannot_be_opened_is_said_and_keyboard_mode_stays(
    make_context, qtbot, counter_office, tmp_path
):
    context = make_context(role="counter", counter_number=1,
                           scanner_serial_port=str(tmp_path / "ttyACM0"))  # fmt: skip
    counter_office(context)
    counter = CounterPage(context, None)
    qtbot.addWidget(counter)
    counter.show()
    sign_in(counter, qtbot)
    assert counter.serial_scanner is None and counter.scanner.enabled
    message = counter.page("reception_page").status_label.text()
    assert "Không mở được cổng máy quét" in message and "ttyACM0" in message


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_card_read_in_serial_mode_fills_the_form(make_context, qtbot, counter_office):
    master, slave = os.openpty()
    try:
        context = make_context(role="counter", counter_number=1,
                               scanner_serial_port=os.ttyname(slave))  # fmt: skip
        counter_office(context)
        counter = CounterPage(context, None)
        qtbot.addWidget(counter)
        counter.show()
        assert counter.serial_scanner is not None
        sign_in(counter, qtbot)
        form = counter.page("reception_page").form
        os.write(master, (CARD + "\r\n").encode())
        qtbot.waitUntil(lambda: form.id_number.text() == "001185012345", timeout=5_000)
        assert form.full_name.text() == "Nguyễn Thị Hồng Nhung"
        counter.serial_scanner.close()
    finally:
        os.close(master)
        os.close(slave)
