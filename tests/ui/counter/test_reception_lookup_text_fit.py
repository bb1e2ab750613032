"""The counter window at its default size (1100×720): no text of the counter's tabs is cut."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.text_fit import clipped_texts

SCREENSHOTS = os.environ.get("COUNTER_SCREENSHOTS")  # a folder: also save what was checked


@pytest.fixture
def window(make_context, qtbot, counter_office):
    context = make_context(role="counter", counter_number=1)
    counter_office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    counter = window.page
    counter.sign_in_panel.username.setText("canbo1")
    counter.sign_in_panel.password.setText("motcua2026")
    QTest.keyClick(counter.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)
    reception = counter.page("reception_page")
    qtbot.waitUntil(lambda: reception.form.procedure.count() > 5, timeout=10_000)
    return window


@pytest.mark.parametrize("tab", ["reception_page", "lookup_page"])
def test_no_text_is_cut_at_the_default_size(window, qtbot, tab):
    counter = window.page
    page = counter.page(tab)
    counter.tabs.setCurrentWidget(page)
    if tab == "reception_page":
        page.form.procedure_filter.setText("1.001193")
        page.form._filter_procedures("1.001193")  # the longest document names
    qtbot.wait(50)
    if SCREENSHOTS:
        window.grab().save(str(Path(SCREENSHOTS) / f"counter-{tab}-1100x720.png"))
    assert clipped_texts(page) == []
