"""The first page of a station: says which role, office and counter this window serves.

The work screens of each role replace it as they are built.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.shell.roles import role_title


class WelcomePage(QWidget):
    """A centred panel stating the station's role, office and (for counters) counter number."""

    def __init__(
        self,
        role: str,
        office_name: str,
        counter_number: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.role_label = self._label(role_title(role), "welcomeRole")
        self.office_label = self._label(office_name, "welcomeOffice")
        self.counter_label: QLabel | None = None
        self.status_label = self._label(
            self.tr("This station is ready. The work screens for this role will appear here."),
            "welcomeStatus",
        )

        panel = self._build_panel(role, counter_number)

        # Stretches rather than alignment flags: an aligned widget gets its size hint, which is
        # too short for word-wrapped labels; a stretched one gets height-for-width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _build_panel(self, role: str, counter_number: int | None) -> QFrame:
        """The framed column: office, role, the counter's number (counters only), status."""
        panel = QFrame(self)
        panel.setObjectName("welcomePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(640)
        panel.setMaximumWidth(960)
        column = QVBoxLayout(panel)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(16)
        column.addWidget(self.office_label)
        column.addWidget(self.role_label)
        if role == "counter" and counter_number is not None:
            text = self.tr("Counter no. {number}").format(number=counter_number)
            self.counter_label = self._label(text, "welcomeCounter")
            column.addWidget(self.counter_label)
        column.addWidget(self.status_label)
        return panel

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label
