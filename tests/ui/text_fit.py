"""Finds text that does not fit its widget: cut off, elided, or with marks or descenders clipped.

``clipped_texts(root)`` walks every visible widget under ``root`` (``root`` included) and measures
what Qt will draw with ``QFontMetrics`` and the widget's own font (style sheet fonts included,
once the widget is polished, i.e. shown). It returns one line per misfit, naming the widget, the
text, the size the text needs and the size it has; an empty list means everything fits::

    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    assert clipped_texts(window) == []

What is checked:

- ``QLabel`` (plain text): the text's box from ``boundingRect`` (with ``Qt.TextWordWrap`` and
  the label's width when it wraps) and its ink from ``tightBoundingRect`` (stacked marks such
  as Ắ Ầ Ễ above the ascent, descenders of g y q ọ below the baseline) against the label's
  ``contentsRect`` minus its margin and indent, placed as the label's alignment places it.
  Rich-text labels are laid out with ``QTextDocument`` at the label's width. Ink may pass
  the box by ``INK_TOLERANCE`` (1 px, outline rounding).
- ``QAbstractButton``: push buttons against the style's ``SE_PushButtonContents`` (which
  includes a style sheet's padding and border) minus the icon; check boxes and radio buttons
  against their contents rect; tool buttons against their frame. Mnemonic ``&`` is not drawn.
- ``QTabBar`` tabs: elided (narrower than text plus the style's tab spacing) or out of view.
- ``QHeaderView`` sections (horizontal headers): elided text.
- ``QComboBox``: the current text against the edit field.

Not checked: line edits' typed text (it scrolls by design), item views' cells, and widgets
whose size is zero. A widget inside a scroll area is measured against its own rect, not the
viewport: scrolled out of view is not a misfit. Widgets must be shown
(``isVisibleTo(root)``): hidden pages of a stack are skipped, so show each page you want checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

MNEMONIC = Qt.TextFlag.TextShowMnemonic
# Glyph outlines are rounded outwards to whole pixels: a mark that reaches 0.06 px above the
# ascent reports a full pixel. One pixel of ink past the box is antialiasing, not clipping.
INK_TOLERANCE = 1


@dataclass(frozen=True)
class Misfit:
    """One text that does not fit: where, what, and the sizes compared."""

    widget: QWidget
    text: str
    needed: QSize
    available: QSize
    why: str = "clipped"

    def describe(self) -> str:
        name = self.widget.objectName()
        where = type(self.widget).__name__ + (f"#{name}" if name else "")
        return (
            f"{where} {self.text!r} {self.why}: needs {self.needed.width()}×"
            f"{self.needed.height()} px, has {self.available.width()}×"
            f"{self.available.height()} px"
        )


def clipped_texts(root: QWidget) -> list[str]:
    """Descriptions of every visible text under ``root`` that is cut, elided or clipped."""
    return [misfit.describe() for misfit in find_misfits(root)]


def find_misfits(root: QWidget) -> list[Misfit]:
    """The misfits under ``root`` (see the module docstring for what is checked)."""
    misfits: list[Misfit] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        widget.ensurePolished()
        misfits.extend(_check(widget))
    return misfits


def _check(widget: QWidget) -> list[Misfit]:
    if isinstance(widget, QLabel):
        return _check_label(widget)
    if isinstance(widget, QAbstractButton):
        return _check_button(widget)
    if isinstance(widget, QTabBar):
        return _check_tabs(widget)
    if isinstance(widget, QHeaderView):
        return _check_header(widget)
    if isinstance(widget, QComboBox):
        return _check_combo(widget)
    return []


# --- measuring ---------------------------------------------------------------------------


def text_misfit(
    widget: QWidget, font: QFont, text: str, area: QRect, flags: int, why: str = "clipped"
) -> Misfit | None:
    """A misfit when ``text`` drawn in ``area`` with ``flags`` leaves ``area``, else None.

    The box (line height × lines, advance width) must fit, and so must the ink: the highest
    mark and the lowest descender of the text, where the alignment puts the lines.
    """
    metrics = QFontMetrics(font)
    box = metrics.boundingRect(area, flags, text)
    ink = _ink_rect(metrics, text, box)
    needed = box.united(ink.adjusted(INK_TOLERANCE, INK_TOLERANCE, -INK_TOLERANCE, -INK_TOLERANCE))
    if area.contains(needed):
        return None
    need = QSize(max(box.width(), ink.width()), _needed_height(area, box, ink))
    return Misfit(widget, text, need, area.size(), why)


def _needed_height(area: QRect, box: QRect, ink: QRect) -> int:
    """Height the text needs in ``area`` so that neither box nor ink leaves it."""
    over_top = max(0, area.top() - min(box.top(), ink.top()))
    over_bottom = max(0, max(box.bottom(), ink.bottom()) - area.bottom())
    return area.height() + over_top + over_bottom


def _ink_rect(metrics: QFontMetrics, text: str, box: QRect) -> QRect:
    """Where the glyphs' ink goes: the first line's marks, the last line's descenders, and
    whatever a glyph draws left of its origin or right of its advance."""
    lines = [line for line in text.split("\n") if line] or [text]
    tights = [(metrics.tightBoundingRect(line), metrics.horizontalAdvance(line)) for line in lines]
    top = min(tight.top() for tight, _ in tights)  # negative: above the baseline
    bottom = max(tight.bottom() for tight, _ in tights)
    over_left = max(0, -min(tight.left() for tight, _ in tights))
    over_right = max(0, max(tight.right() + 1 - advance for tight, advance in tights))
    first_baseline = box.top() + metrics.ascent()
    last_baseline = box.bottom() + 1 - metrics.descent()
    ink = QRect(box.left() - over_left, first_baseline + top, 0, 0)
    ink.setRight(box.right() + over_right)
    ink.setBottom(last_baseline + bottom)
    return ink


# --- labels ------------------------------------------------------------------------------


def _check_label(label: QLabel) -> list[Misfit]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    area = _label_area(label)
    if _is_rich(label):
        return _check_rich_label(label, area)
    flags = int(label.alignment().value)
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap.value)
    if label.buddy() is not None:
        flags |= int(MNEMONIC.value)
    misfit = text_misfit(label, label.font(), text, area, flags)
    return [misfit] if misfit else []


def _label_area(label: QLabel) -> QRect:
    """The rect QLabel lays its text in: contents minus margin, minus indent on the text side."""
    margin = label.margin()
    area = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent < 0 and label.frameWidth():
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - margin
    if indent > 0:
        align = label.alignment()
        if align & Qt.AlignmentFlag.AlignLeft:
            area.setLeft(area.left() + indent)
        if align & Qt.AlignmentFlag.AlignRight:
            area.setRight(area.right() - indent)
        if align & Qt.AlignmentFlag.AlignTop:
            area.setTop(area.top() + indent)
        if align & Qt.AlignmentFlag.AlignBottom:
            area.setBottom(area.bottom() - indent)
    return area


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _check_rich_label(label: QLabel, area: QRect) -> list[Misfit]:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    if label.wordWrap():
        document.setTextWidth(area.width())
    size = document.size().toSize()
    if size.width() <= area.width() and size.height() <= area.height():
        return []
    return [Misfit(label, document.toPlainText(), size, area.size())]


# --- buttons -----------------------------------------------------------------------------


def _check_button(button: QAbstractButton) -> list[Misfit]:
    text = button.text()
    if not text:
        return []
    if isinstance(button, QToolButton):
        return _check_tool_button(button)
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    element, flags = _button_element(button)
    area = button.style().subElementRect(element, option, button)
    if not button.icon().isNull() and isinstance(button, QPushButton):
        area.setLeft(area.left() + button.iconSize().width() + 4)
    misfit = text_misfit(button, button.font(), text, area, flags)
    return [misfit] if misfit else []


def _button_element(button: QAbstractButton) -> tuple[QStyle.SubElement, int]:
    left = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value) | int(
        MNEMONIC.value
    )
    if isinstance(button, QCheckBox):
        return QStyle.SubElement.SE_CheckBoxContents, left
    if isinstance(button, QRadioButton):
        return QStyle.SubElement.SE_RadioButtonContents, left
    centre = int(Qt.AlignmentFlag.AlignCenter.value) | int(MNEMONIC.value)
    return QStyle.SubElement.SE_PushButtonContents, centre


def _check_tool_button(button: QToolButton) -> list[Misfit]:
    if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not (
        button.icon().isNull()
    ):
        return []
    frame = button.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    area = button.rect().adjusted(frame, frame, -frame, -frame)
    if (
        not button.icon().isNull()
        and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonTextOnly
    ):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            area.setTop(area.top() + button.iconSize().height())
        else:
            area.setLeft(area.left() + button.iconSize().width())
    flags = int(Qt.AlignmentFlag.AlignCenter.value) | int(MNEMONIC.value)
    misfit = text_misfit(button, button.font(), button.text(), area, flags)
    return [misfit] if misfit else []


# --- tabs, headers, combo boxes ------------------------------------------------------------


def _check_tabs(bar: QTabBar) -> list[Misfit]:
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    metrics = QFontMetrics(bar.font())
    misfits = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect = bar.tabRect(index)
        text = bar.tabText(index)
        needed = metrics.horizontalAdvance(text.replace("&&", "\0").replace("&", "")) + space
        needed += _tab_extras(bar, index)
        available = QSize(rect.width(), rect.height())
        if rect.width() < needed:
            misfits.append(Misfit(bar, text, QSize(needed, rect.height()), available, "elided"))
        elif not bar.rect().contains(rect):
            misfits.append(Misfit(bar, text, rect.size(), available, "out of view"))
    return misfits


def _tab_extras(bar: QTabBar, index: int) -> int:
    """Width a tab's icon and buttons take from its text."""
    extra = 0
    if not bar.tabIcon(index).isNull():
        extra += bar.iconSize().width() + 4
    for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
        button = bar.tabButton(index, side)
        if button is not None and button.isVisibleTo(bar):
            extra += button.width()
    return extra


def _check_header(header: QHeaderView) -> list[Misfit]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    misfits = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        if not text:
            continue
        text = str(text)
        width = header.sectionSize(logical) - 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            width -= mark + margin
        area = QRect(0, 0, width, header.height())
        flags = int(header.defaultAlignment().value)
        misfit = text_misfit(header, header.font(), text, area, flags, "elided")
        if misfit:
            misfits.append(misfit)
    return misfits


def _check_combo(combo: QComboBox) -> list[Misfit]:
    text = combo.currentText()
    if not text:
        return []
    if combo.isEditable() and combo.lineEdit() is not None:
        edit = combo.lineEdit()
        area = edit.contentsRect().adjusted(2, 0, -2, 0)
        font = edit.font()
    else:
        option = QStyleOptionComboBox()
        option.initFrom(combo)
        option.currentText = text
        option.editable = False
        area = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        font = combo.font()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        area.setLeft(area.left() + combo.iconSize().width() + 4)
    flags = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
    misfit = text_misfit(combo, font, text, area, flags, "elided")
    return [misfit] if misfit else []
