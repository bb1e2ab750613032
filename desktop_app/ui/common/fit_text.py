"""Labels and buttons whose font follows the screen: as large as the design asks, never cut.

The public screens (display, kiosk, rating) run on anything from a 1024×768 monitor to a 4K
TV. Each page is drawn for a design size (e.g. 1920×1080) and computes ``screen_scale`` from
its own size; every ``FitLabel`` and ``FitButton`` then asks for its design pixel size times
that scale (``set_scale``) and, in its own rect, takes the largest size up to that which fits:
the whole line box plus the ink of stacked marks (Ắ Ầ Ễ) and descenders (g y q ọ). A long
text first shrinks, then (``wrap=True``) goes on two lines. Nothing is ever elided.

Fonts are set here, not in style sheets: a style sheet's ``font-size`` would override them.
Style sheets keep colours, borders and paddings, scaled by ``scaled_style``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

SMALLEST_PX = 12  # below this, stacked marks blur into the letter on a TV
# Below this share of the asked size a wrapping text goes on more lines instead.
WRAP_BELOW = 0.8
_PX = re.compile(r"(\d+)px")


def screen_scale(size: QSize, design: QSize) -> float:
    """How much larger than its design a page of ``size`` is (the tighter of the two sides)."""
    if design.width() <= 0 or design.height() <= 0:
        return 1.0
    return max(0.2, min(size.width() / design.width(), size.height() / design.height()))


def scaled_style(template: str, scale: float) -> str:
    """``template`` with every ``NNpx`` multiplied by ``scale`` (at least 1 px when not 0)."""

    def scaled(match: re.Match[str]) -> str:
        value = int(match.group(1))
        return f"{max(1, round(value * scale)) if value else 0}px"

    return _PX.sub(scaled, template)


def apply_scale(root: QWidget, scale: float) -> None:
    """Give every fitted label and button under ``root`` the page's scale."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, FitLabel | FitButton):
            widget.set_scale(scale)


def text_fits(font: QFont, text: str, area: QSize, *, wrap: bool = False) -> bool:
    """True when ``text`` in ``font``, centred in ``area``, stays inside it, ink included."""
    metrics = QFontMetrics(font)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic
    if wrap:
        flags |= Qt.TextFlag.TextWordWrap
    box = metrics.boundingRect(QRect(0, 0, area.width(), area.height()), int(flags.value), text)
    if box.width() > area.width() or box.height() > area.height():
        return False
    lines = [line for line in text.split("\n") if line] or [" "]
    tights = [(metrics.tightBoundingRect(line), metrics.horizontalAdvance(line)) for line in lines]
    above = max(-tight.top() for tight, _ in tights) - metrics.ascent()
    below = max(tight.bottom() + 1 for tight, _ in tights) - metrics.descent()
    sides = max(max(-tight.left(), tight.right() + 1 - advance) for tight, advance in tights)
    spare_height = (area.height() - box.height()) // 2
    spare_width = (area.width() - box.width()) // 2
    # One pixel past the box is outline rounding, not a cut.
    return max(above, below, 0) <= spare_height + 1 and max(sides, 0) <= spare_width + 1


def largest_fitting(font: QFont, text: str, area: QSize, largest: int, *, wrap: bool) -> int:
    """The largest pixel size from ``SMALLEST_PX`` to ``largest`` at which ``text`` fits."""
    low, high = SMALLEST_PX, max(SMALLEST_PX, largest)
    probe = QFont(font)
    while low < high:
        middle = (low + high + 1) // 2
        probe.setPixelSize(middle)
        if text_fits(probe, text, area, wrap=wrap):
            low = middle
        else:
            high = middle - 1
    return low


def sized_font(font: QFont, pixels: int, bold: bool) -> QFont:
    """A copy of ``font`` at ``pixels`` px, bold or not."""
    result = QFont(font)
    result.setPixelSize(max(SMALLEST_PX, pixels))
    result.setBold(bold)
    return result


class _Fitted:
    """What fitted labels and buttons share: the asked size and the choice of a size."""

    design_px: int
    asked_px: int
    bold: bool
    wrap: bool

    def _setup(self, px: int, bold: bool, wrap: bool) -> None:
        self.design_px = self.asked_px = px
        self.bold, self.wrap = bold, wrap

    def asked_font(self) -> QFont:
        return sized_font(self.font(), self.asked_px, self.bold)  # type: ignore[attr-defined]

    def choose(self, text: str, area: QSize) -> tuple[int, bool]:
        """The pixel size to draw ``text`` with in ``area``, and whether it wraps."""
        if not text or area.width() <= 0 or area.height() <= 0:
            return self.asked_px, False
        font = self.asked_font()
        one_line = largest_fitting(font, text, area, self.asked_px, wrap=False)
        if not self.wrap or one_line >= self.asked_px * WRAP_BELOW or " " not in text:
            return one_line, False
        wrapped = largest_fitting(font, text, area, self.asked_px, wrap=True)
        return (wrapped, True) if wrapped > one_line else (one_line, False)


class FitLabel(QLabel, _Fitted):
    """A label drawn at its design size times the page's scale, smaller when it must be."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        name: str,
        px: int,
        bold: bool = False,
        wrap: bool = False,
        lines: int = 1,
    ) -> None:
        super().__init__(text, parent)
        self._setup(px, bold, wrap)
        self.lines = lines
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._fit()

    def set_scale(self, scale: float) -> None:
        asked = max(SMALLEST_PX, round(self.design_px * scale))
        if asked != self.asked_px:
            self.asked_px = asked
            self.updateGeometry()
            self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        if text != self.text():
            super().setText(text)
            self._fit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return False  # the font adapts to the height it gets, not the other way round

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        metrics = QFontMetrics(self.asked_font())
        box = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, self.text() or " ")
        height = max(box.height(), metrics.height() * self.lines)
        return QSize(box.width() + 2, height) + self._frame()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        small = QFontMetrics(sized_font(self.font(), SMALLEST_PX, self.bold))
        lines = max(1, self.text().count("\n") + 1)
        return QSize(small.averageCharWidth() * 4, small.height() * lines) + self._frame()

    def _frame(self) -> QSize:
        """Room the frame, the style sheet's padding and the margin take from the text."""
        contents, extra = self.contentsRect().size(), 2 * self.margin()
        return QSize(
            self.width() - contents.width() + extra, self.height() - contents.height() + extra
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # a style sheet changed the padding
            self._fit()

    def _fit(self) -> None:
        margin = self.margin()
        area = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        pixels, wrapped = self.choose(self.text(), area.size())
        font = sized_font(self.font(), pixels, self.bold)
        if font != self.font():
            self.setFont(font)
        if wrapped != self.wordWrap():
            self.setWordWrap(wrapped)


class FitButton(QPushButton, _Fitted):
    """A push button whose text is drawn as large as the page's scale asks and its rect allows."""

    def __init__(
        self, text: str, parent: QWidget | None = None, *, px: int, bold: bool = True
    ) -> None:
        super().__init__(text, parent)
        self._setup(px, bold, False)
        # A push button's default policy never shrinks below its size hint: this one can.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._fit()

    def set_scale(self, scale: float) -> None:
        asked = max(SMALLEST_PX, round(self.design_px * scale))
        if asked != self.asked_px:
            self.asked_px = asked
            self.updateGeometry()
            self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        metrics = QFontMetrics(self.asked_font())
        flags = int(Qt.TextFlag.TextShowMnemonic.value)
        box = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, self.text() or " ")
        return QSize(box.width() + 4, box.height() + 2) + self._padding()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        small = QFontMetrics(sized_font(self.font(), SMALLEST_PX, self.bold))
        lines = max(1, self.text().count("\n") + 1)
        return QSize(small.averageCharWidth() * 4, small.height() * lines) + self._padding()

    def _contents(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)

    def _padding(self) -> QSize:
        contents = self._contents()
        return QSize(self.width() - contents.width(), self.height() - contents.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # a style sheet changed the padding
            self._fit()

    def _fit(self) -> None:
        pixels, _ = self.choose(self.text(), self._contents().size())
        font = sized_font(self.font(), pixels, self.bold)
        if font != self.font():
            self.setFont(font)
