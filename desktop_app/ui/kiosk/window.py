"""The kiosk page: a big button per open area, a priority choice, then the ticket prints.

Touch first: every target is large, there is nothing to type. After a ticket the screen shows
the number (also when the printer failed) and returns to the start by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.kiosk.issuing import KioskChoices, KioskResult, issue_and_print, read_choices

if TYPE_CHECKING:
    from desktop_app.app import AppContext

REFRESH_MS = 60_000
CHOICE_TIMEOUT_MS = 30_000
STYLE = """
#kioskPage { background: #f3f6fa; }
#kioskOffice { font-size: 30px; font-weight: bold; color: #7a1c1c; }
#kioskPrompt { font-size: 40px; font-weight: bold; color: #0b3d6e; }
#kioskHint { font-size: 24px; color: #44505c; }
QPushButton[kiosk="area"] {
    font-size: 34px; font-weight: bold; color: white; background: #0b5cad;
    border: none; border-radius: 18px; padding: 24px; min-height: 150px;
}
QPushButton[kiosk="area"]:pressed { background: #084683; }
QPushButton[kiosk="normal"] {
    font-size: 34px; font-weight: bold; color: white; background: #1f7a3a;
    border: none; border-radius: 18px; min-height: 140px;
}
QPushButton[kiosk="priority"] {
    font-size: 26px; font-weight: bold; color: #5a2d00; background: #ffd98a;
    border: none; border-radius: 18px; min-height: 110px;
}
QPushButton[kiosk="back"] {
    font-size: 24px; color: #0b3d6e; background: #dde6f0; border: none;
    border-radius: 12px; min-height: 70px; padding: 0 40px;
}
#kioskNumber { font-size: 220px; font-weight: bold; color: #0b3d6e; }
#kioskArea { font-size: 40px; color: #0b3d6e; }
#kioskDetails { font-size: 28px; color: #222; }
#kioskWarning { font-size: 30px; font-weight: bold; color: #b00020; }
"""


class KioskPage(QWidget):
    """The kiosk station's page (role ``kiosk``)."""

    ticket_issued = Signal(object)  # KioskResult, after the ticket is saved (printed or not)

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.context = context
        self.setObjectName("kioskPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.choices: KioskChoices | None = None
        self.chosen_area: str | None = None
        self.busy = False
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.office_label = QLabel(context.settings.office_name, self)
        self.office_label.setObjectName("kioskOffice")
        self.office_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.office_label)
        layout.addWidget(self.stack, 1)
        self.area_page = self._build_area_page()
        self.priority_page = self._build_priority_page()
        self.result_page = self._build_result_page()
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.reset)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start(REFRESH_MS)
        self.refresh()

    # --- pages ---------------------------------------------------------------------------

    def _build_area_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        prompt = QLabel(self.tr("Please choose a service area"), page)
        prompt.setObjectName("kioskPrompt")
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(prompt)
        self.area_grid = QGridLayout()
        self.area_grid.setSpacing(24)
        layout.addLayout(self.area_grid, 1)
        self.area_hint = QLabel("", page)
        self.area_hint.setObjectName("kioskHint")
        self.area_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.area_hint)
        self.stack.addWidget(page)
        return page

    def _build_priority_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        self.priority_prompt = QLabel("", page)
        self.priority_prompt.setObjectName("kioskPrompt")
        self.priority_prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.priority_prompt.setWordWrap(True)
        layout.addWidget(self.priority_prompt)
        self.normal_button = QPushButton(self.tr("Normal ticket"), page)
        self.normal_button.setProperty("kiosk", "normal")
        self.normal_button.clicked.connect(lambda: self.choose_priority(None))
        layout.addWidget(self.normal_button)
        hint = QLabel(self.tr("Priority (please show your papers at the counter):"), page)
        hint.setObjectName("kioskHint")
        layout.addWidget(hint)
        self.priority_grid = QGridLayout()
        self.priority_grid.setSpacing(18)
        layout.addLayout(self.priority_grid, 1)
        back = QPushButton(self.tr("Back"), page)
        back.setProperty("kiosk", "back")
        back.clicked.connect(self.reset)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(page)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.result_title = QLabel(self.tr("Your number"), page)
        self.result_title.setObjectName("kioskPrompt")
        self.number_label = QLabel("", page)
        self.number_label.setObjectName("kioskNumber")
        self.result_area = QLabel("", page)
        self.result_area.setObjectName("kioskArea")
        self.result_details = QLabel("", page)
        self.result_details.setObjectName("kioskDetails")
        self.result_warning = QLabel("", page)
        self.result_warning.setObjectName("kioskWarning")
        self.result_warning.setWordWrap(True)
        for label in (self.result_title, self.number_label, self.result_area,
                      self.result_details, self.result_warning):  # fmt: skip
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    # --- behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open areas and priority groups (hours open and close during the day)."""
        run_operation(self, lambda: read_choices(self.context), self._show_choices, self._offline)

    def _offline(self, _error: Exception) -> None:
        self.area_hint.setText(self.tr("The ticket system is not available. Please wait…"))

    def _show_choices(self, choices: KioskChoices) -> None:
        self.choices = choices
        self.office_label.setText(choices.office_name)
        _clear(self.area_grid)
        columns = 2 if len(choices.areas) > 3 else 1
        for index, area in enumerate(choices.areas):
            button = QPushButton(area.name, self.area_page)
            button.setProperty("kiosk", "area")
            button.setProperty("areaCode", area.code)
            button.clicked.connect(lambda _=False, code=area.code: self.choose_area(code))
            self.area_grid.addWidget(button, index // columns, index % columns)
        self.area_hint.setText("" if choices.areas else self.tr("No service area is open now."))
        _clear(self.priority_grid)
        for index, group in enumerate(choices.priority_groups):
            button = QPushButton(group.label, self.priority_page)
            button.setProperty("kiosk", "priority")
            button.setProperty("groupCode", group.code)
            button.clicked.connect(lambda _=False, code=group.code: self.choose_priority(code))
            self.priority_grid.addWidget(button, index // 2, index % 2)

    def area_buttons(self) -> list[QPushButton]:
        """The area buttons now shown, in order."""
        return [
            b for b in self.area_page.findChildren(QPushButton) if b.property("kiosk") == "area"
        ]

    def priority_buttons(self) -> list[QPushButton]:
        return [
            b
            for b in self.priority_page.findChildren(QPushButton)
            if b.property("kiosk") == "priority"
        ]

    def choose_area(self, code: str) -> None:
        self.chosen_area = code
        name = (
            next((a.name for a in self.choices.areas if a.code == code), code)
            if self.choices
            else code
        )
        self.priority_prompt.setText(
            self.tr("{area}: do you belong to a priority group?").format(area=name)
        )
        self.stack.setCurrentWidget(self.priority_page)
        self.reset_timer.start(CHOICE_TIMEOUT_MS)

    def choose_priority(self, group: str | None) -> None:
        """Issue the ticket of the chosen area (once, however often the button is pressed)."""
        if self.busy or self.chosen_area is None:
            return
        self.busy = True
        self.reset_timer.stop()
        area = self.chosen_area
        run_operation(
            self,
            lambda: issue_and_print(self.context, area, group),
            self._show_result,
            self._issue_failed,
        )

    def _show_result(self, result: KioskResult) -> None:
        self.busy = False
        ticket = result.ticket
        self.number_label.setText(ticket.display_number)
        area = ticket.area_name
        if ticket.priority_label:
            priority = self.tr("Priority")
            area += f" — {priority}: {ticket.priority_label}"
        self.result_area.setText(area)
        details = self.tr("Waiting ahead: {ahead}").format(ahead=ticket.waiting_ahead)
        if ticket.estimated_wait_minutes:
            details += "   ·   " + self.tr("Estimated wait: about {minutes} min").format(
                minutes=ticket.estimated_wait_minutes
            )
        self.result_details.setText(details)
        self.result_warning.setText(
            ""
            if result.printed
            else self.tr("The printer is not working: please remember your number.")
        )
        self.stack.setCurrentWidget(self.result_page)
        self.reset_timer.start(self.context.settings.kiosk_reset_seconds * 1000)
        self.ticket_issued.emit(result)

    def _issue_failed(self, error: Exception) -> None:
        self.busy = False
        message = getattr(error, "message_vi", None) or self.tr("Could not issue a ticket.")
        self.number_label.setText("")
        self.result_area.setText("")
        self.result_details.setText("")
        self.result_warning.setText(message)
        self.stack.setCurrentWidget(self.result_page)
        self.reset_timer.start(self.context.settings.kiosk_reset_seconds * 1000)

    def reset(self) -> None:
        """Back to the start screen."""
        self.reset_timer.stop()
        self.chosen_area = None
        self.stack.setCurrentWidget(self.area_page)


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
