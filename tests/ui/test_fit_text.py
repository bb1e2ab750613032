"""Fitted labels and buttons: as large as the page's scale asks, smaller or wrapped when needed."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.common.fit_text import (
    FitButton,
    FitLabel,
    apply_scale,
    scaled_style,
    screen_scale,
)
from tests.ui.conftest import TEST_OFFICE_NAME
from tests.ui.text_fit import clipped_texts


def _page(qtbot, *widgets: QWidget, size=(800, 300)) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)
    return page


def test_screen_scale_follows_the_tighter_side():
    design = QSize(1920, 1080)
    assert screen_scale(QSize(1920, 1080), design) == 1.0
    assert screen_scale(QSize(3840, 2160), design) == 2.0
    assert screen_scale(QSize(1024, 768), design) == 1024 / 1920
    assert screen_scale(QSize(1280, 1080), design) == 1280 / 1920


def test_scaled_style_scales_every_pixel_length():
    style = "#a { padding: 8px 18px; border: 1px solid; border-radius: 0px; }"
    assert (
        scaled_style(style, 0.5)
        == "#a { padding: 4px 9px; border: 1px solid; border-radius: 0px; }"
    )
    assert (
        scaled_style(style, 2)
        == "#a { padding: 16px 36px; border: 2px solid; border-radius: 0px; }"
    )


def test_a_label_takes_its_asked_size_when_it_has_room(qtbot):
    label = FitLabel("Quầy 1", name="probe", px=40, bold=True)
    page = _page(qtbot, label)

    assert label.font().pixelSize() == 40 and label.font().bold()
    label.set_scale(0.5)
    assert label.font().pixelSize() == 20
    assert clipped_texts(page) == []


def test_a_label_shrinks_rather_than_being_cut(qtbot):
    label = FitLabel(TEST_OFFICE_NAME, name="probe", px=60)
    page = _page(qtbot, label, size=(400, 200))

    assert label.font().pixelSize() < 60
    assert clipped_texts(page) == []


def test_a_long_name_goes_on_two_lines_before_it_gets_small(qtbot):
    label = FitLabel(TEST_OFFICE_NAME, name="probe", px=40, wrap=True, lines=2)
    page = _page(qtbot, label, size=(520, 160))

    assert label.wordWrap()
    assert label.font().pixelSize() >= 40 * 0.6
    assert clipped_texts(page) == []


def test_a_button_fits_its_text_inside_the_style_sheet_padding(qtbot):
    button = FitButton("Người có công với cách mạng", px=40)
    button.setStyleSheet("padding: 10px 60px;")
    page = _page(qtbot, button, size=(420, 120))

    assert button.font().pixelSize() < 40
    assert clipped_texts(page) == []


def test_apply_scale_reaches_widgets_made_later(qtbot):
    first = FitLabel("A001", name="probe", px=100)
    page = _page(qtbot, first, size=(900, 600))
    later = FitLabel("B002", page, name="probe", px=100)
    page.layout().addWidget(later)

    apply_scale(page, 0.5)
    qtbot.wait(20)

    assert first.font().pixelSize() == later.font().pixelSize() == 50
