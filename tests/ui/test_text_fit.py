"""The text-fit checker itself: it must report what is cut, and only that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.conftest import TEST_OFFICE_NAME
from tests.ui.text_fit import clipped_texts

STACKED = "Quầy 1 — Ắ Ầ Ễ gyqọ"


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _label(text: str, px: int = 30, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName("probe")
    font = QFont(label.font())
    font.setPixelSize(px)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def test_a_label_at_its_size_hint_fits(qtbot):
    label = _shown(qtbot, _label(STACKED))
    label.resize(label.sizeHint())

    assert clipped_texts(label) == []


def test_a_deliberately_too_small_label_is_reported(qtbot):
    label = _shown(qtbot, _label(TEST_OFFICE_NAME))
    label.setFixedSize(120, 20)

    problems = clipped_texts(label)

    assert len(problems) == 1
    assert problems[0].startswith(f"QLabel#probe {TEST_OFFICE_NAME!r} clipped: needs ")
    assert problems[0].endswith("has 120×20 px")


@pytest.mark.parametrize("shortfall", [1, 4])
def test_a_label_a_few_pixels_too_low_loses_its_marks_or_descenders(qtbot, shortfall):
    label = _shown(qtbot, _label(STACKED, 40))
    height = QFontMetrics(label.font()).height()
    label.setFixedSize(label.sizeHint().width() + 20, height - shortfall)

    assert len(clipped_texts(label)) == 1


def test_marks_above_the_ascent_are_reported_even_when_the_line_box_fits(qtbot):
    """DejaVu Sans draws the upper mark of "Ễ" above its ascent: the box fits, the ink does not."""
    label = _label("ỄẮẦ", 60)
    font = QFont("DejaVu Sans")
    font.setPixelSize(60)
    label.setFont(font)
    metrics = QFontMetrics(font)
    if -metrics.tightBoundingRect("ỄẮẦ").top() <= metrics.ascent() + 1:
        pytest.skip("DejaVu Sans is not installed (the fallback keeps its marks in the box)")
    _shown(qtbot, label)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFixedSize(metrics.horizontalAdvance("ỄẮẦ") + 10, metrics.height())

    problems = clipped_texts(label)

    assert len(problems) == 1 and "ỄẮẦ" in problems[0]


def test_a_wrapped_label_needs_the_height_of_all_its_lines(qtbot):
    label = _shown(qtbot, _label(TEST_OFFICE_NAME, 24, wrap=True))
    label.setFixedWidth(220)
    lines_height = (
        QFontMetrics(label.font())
        .boundingRect(0, 0, 220, 10_000, int(Qt.TextFlag.TextWordWrap.value), TEST_OFFICE_NAME)
        .height()
    )
    label.setFixedHeight(lines_height + 2)
    assert clipped_texts(label) == []

    label.setFixedHeight(lines_height - 10)
    assert len(clipped_texts(label)) == 1


def test_hidden_widgets_are_skipped_and_children_are_checked(qtbot):
    parent = QWidget()
    layout = QVBoxLayout(parent)
    small, hidden = _label("Hồ sơ đã tiếp nhận"), _label("Không hiển thị")
    small.setFixedSize(40, 12)
    hidden.setFixedSize(40, 12)
    layout.addWidget(small)
    layout.addWidget(hidden)
    _shown(qtbot, parent)
    hidden.hide()

    problems = clipped_texts(parent)

    assert len(problems) == 1 and "Hồ sơ đã tiếp nhận" in problems[0]


def test_a_narrow_button_is_reported_and_a_wide_one_is_not(qtbot):
    button = _shown(qtbot, QPushButton("Yêu cầu bổ sung (Mẫu 02)"))
    button.setFixedWidth(button.sizeHint().width())
    assert clipped_texts(button) == []

    button.setFixedWidth(90)
    problems = clipped_texts(button)
    assert len(problems) == 1 and problems[0].startswith("QPushButton 'Yêu cầu bổ sung")


def test_style_sheet_padding_takes_room_from_a_button(qtbot):
    button = _shown(qtbot, QPushButton("Lấy số thứ tự"))
    button.setFixedWidth(button.sizeHint().width())
    button.setStyleSheet("padding: 0 60px;")
    button.setFixedWidth(button.sizeHint().width() - 40)

    assert len(clipped_texts(button)) == 1


def test_elided_tabs_are_reported(qtbot):
    tabs = QTabWidget()
    for name in ("Tiếp nhận hồ sơ", "Tra cứu hồ sơ", "Bàn giao hồ sơ", "Trả kết quả"):
        tabs.addTab(QWidget(), name)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    tabs.tabBar().setUsesScrollButtons(False)
    _shown(qtbot, tabs)
    tabs.resize(900, 300)
    assert clipped_texts(tabs) == []

    tabs.setFixedWidth(260)
    assert any("QTabBar" in line and "elided" in line for line in clipped_texts(tabs))


def test_elided_header_sections_are_reported(qtbot):
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Mã hồ sơ", "Ngày hẹn trả kết quả"])
    view = QTableView()
    view.setModel(model)
    _shown(qtbot, view)
    view.resize(700, 300)
    view.resizeColumnsToContents()
    assert clipped_texts(view) == []

    view.setColumnWidth(1, 60)
    problems = clipped_texts(view)
    assert len(problems) == 1 and "Ngày hẹn trả kết quả" in problems[0]


def test_a_combo_box_too_narrow_for_its_current_text_is_reported(qtbot):
    combo = QComboBox()
    combo.addItems(["Tất cả trạng thái", "Đã tiếp nhận, chờ chuyển phòng chuyên môn"])
    _shown(qtbot, combo)
    combo.setFixedWidth(combo.sizeHint().width())
    combo.setCurrentIndex(1)
    assert clipped_texts(combo) == []

    combo.setFixedWidth(120)
    assert len(clipped_texts(combo)) == 1
