"""Office and calendar: identity and logo, working windows/days/cut-off, calendar overrides,
printers per station."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError
from desktop_app.ui.admin.common import AdminTab, box, fill_rows, make_table, selected_text
from desktop_app.ui.admin.notify_settings import NotifySettingsBox
from desktop_app.ui.admin.stations import station_key_from, station_text


class OfficeTab(AdminTab):
    def __init__(self, admin: Any) -> None:
        super().__init__(admin)
        self.logo_data: dict[str, str] | None = None
        grid = QGridLayout(_scrolled(self))
        grid.addWidget(box(self.tr("Office"), layout=self._identity_form()), 0, 0)
        grid.addWidget(box(self.tr("Working hours (for every station)"),
                           layout=self._hours_form()), 0, 1)  # fmt: skip
        grid.addWidget(self._overrides_box(), 1, 0)
        grid.addWidget(self._printers_box(), 1, 1)
        self.notify = NotifySettingsBox()
        self.notify.save_button.clicked.connect(self.save_notify)
        grid.addWidget(self.notify, 2, 0, 1, 2)

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _identity_form(self) -> QFormLayout:
        self.code = QLineEdit(readOnly=True, objectName="adminOfficeCode")
        self.name = QLineEdit(objectName="adminOfficeName")
        self.address = QLineEdit(objectName="adminOfficeAddress")
        self.logo_label = QLabel(self.tr("No logo"))
        form = QFormLayout()
        form.addRow(self.tr("Unit code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_label, 1)
        logo.addWidget(self._button(self.tr("Choose PNG…"), self.choose_logo))
        form.addRow(self.tr("Logo for printing"), logo)
        form.addRow(self._button(self.tr("Save"), self.save_identity))
        return form

    def _hours_form(self) -> QFormLayout:
        self.windows = QLineEdit(objectName="adminWindows")
        self.windows.setPlaceholderText("07:30-11:30, 13:30-17:00")
        days = self._days_grid()
        self.cutoff = QLineEdit(objectName="adminCutoff")
        self.cutoff.setPlaceholderText("15:00")
        form = QFormLayout()
        form.addRow(self.tr("Working windows"), self.windows)
        form.addRow(self.tr("Working days"), days)
        form.addRow(self.tr("Same-day cut-off"), self.cutoff)
        form.addRow(QLabel(self.tr("Stored in the office database: they win over each "
                                   "station's settings file.")))  # fmt: skip
        form.addRow(self._button(self.tr("Save"), self.save_hours))
        return form

    def _day_names(self) -> tuple[str, ...]:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))  # fmt: skip

    def _days_grid(self) -> QGridLayout:
        """One check box a weekday, Monday first, four to a row (Space ticks the focused one)."""
        self.days = []
        grid = QGridLayout()
        for index, name in enumerate(self._day_names()):
            check = QCheckBox(name, objectName=f"adminDay{index}")
            self.days.append(check)
            grid.addWidget(check, index // 4, index % 4)
        return grid

    def working_days_value(self) -> str:
        """The ticked days as the setting stores them: ``"mon,tue,wed,thu,fri"``."""
        from desktop_app.config import WEEKDAY_NAMES

        return ",".join(WEEKDAY_NAMES[i] for i, check in enumerate(self.days) if check.isChecked())

    def _overrides_box(self) -> Any:
        self.overrides = make_table([self.tr("Date"), self.tr("Kind"), self.tr("Note")],
                                    "adminOverrides")  # fmt: skip
        self.override_day = QDateEdit(calendarPopup=True, objectName="adminOverrideDay")
        self.override_day.setDisplayFormat("dd/MM/yyyy")
        self.override_day.setDate(QDate.currentDate())
        self.override_kind = QComboBox(objectName="adminOverrideKind")
        self.override_kind.addItem(self.tr("Extra day off"), False)
        self.override_kind.addItem(self.tr("Extra working day"), True)
        self.override_note = QLineEdit(objectName="adminOverrideNote")
        self.override_note.setPlaceholderText(self.tr("Note"))
        rows = QGridLayout()
        rows.addWidget(self.override_day, 0, 0)
        rows.addWidget(self.override_kind, 0, 1)
        rows.addWidget(self._button(self.tr("Add"), self.add_override), 0, 2)
        rows.addWidget(self.override_note, 1, 0, 1, 2)
        rows.addWidget(self._button(self.tr("Remove selected"), self.remove_override), 1, 2)
        return box(self.tr("Calendar overrides"), self.overrides, layout=rows)

    def _printers_box(self) -> Any:
        self.printers = make_table([self.tr("Station (e.g. Counter 2)"), self.tr("Ticket printer"),
                                    self.tr("Form printer")], "adminPrinters")  # fmt: skip
        self.printers.setEditTriggers(self.printers.EditTrigger.AllEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self._button(self.tr("Add station"), self._add_printer_row))
        row.addWidget(self._button(self.tr("Save"), self.save_printers))
        return box(self.tr("Printers per station"), self.printers, layout=row)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self.admin.context.settings
        self.admin.run_admin(lambda s, sc: _read_office(s, sc, settings), self._show, write=False)

    def _show(self, data: dict[str, Any]) -> None:
        office, stored = data["office"], data["stored"]
        self.code.setText(office.code)
        self.name.setText(office.name)
        self.address.setText(office.address)
        settings = data["settings"]
        self.windows.setText(", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in settings.working_windows))
        for index, check in enumerate(self.days):
            check.setChecked(index in settings.working_days)
        self.cutoff.setText(f"{settings.same_day_cutoff:%H:%M}")
        logo = stored.get("office_logo")
        self.logo_label.setText(logo.value.get("file_name", "logo.png") if logo else
                                self.tr("No logo"))  # fmt: skip
        self.notify.show_policy(data["notify"])
        day_off, working = self.tr("Extra day off"), self.tr("Extra working day")
        fill_rows(self.overrides, [[f"{o.day:%d/%m/%Y}", working if o.is_working_day else day_off,
                                    o.note] for o in data["overrides"]])  # fmt: skip
        printers = stored.get("station_printers")
        rows = printers.value.items() if printers else []
        fill_rows(self.printers, [[station_text(k), v.get("ticket_printer", ""),
                                   v.get("form_printer", "")]
                                  for k, v in rows])  # fmt: skip

    # --- saving ---------------------------------------------------------------------------

    def _save(self, work: Any) -> None:
        self.admin.run_admin(work, lambda _r: self.refresh(), done_message=self.admin.saved_text())

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), str(Path.home()), "PNG (*.png)"
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        self.logo_data = {
            "file_name": path.name,
            "png_base64": base64.b64encode(path.read_bytes()).decode("ascii"),
        }
        self.logo_label.setText(path.name)

    def save_identity(self) -> None:
        from desktop_app.services.office.administration import update_office_identity
        from desktop_app.services.office.settings import LOGO_KEY, set_office_setting

        name, address, logo = self.name.text(), self.address.text(), self.logo_data

        def work(s: Any, sc: Any) -> None:
            update_office_identity(s, sc.office_id, name=name, address=address,
                                   actor_id=sc.actor_id, at=sc.at)  # fmt: skip
            if logo is not None:
                set_office_setting(s, sc.office_id, LOGO_KEY, logo, staff_id=sc.actor_id, at=sc.at)

        self._save(work)

    def _save_values(self, values: dict[str, Any]) -> None:
        """Store several office settings in one transaction."""
        from desktop_app.services.office.settings import set_office_setting

        def work(s: Any, sc: Any) -> None:
            for key, value in values.items():
                set_office_setting(s, sc.office_id, key, value, staff_id=sc.actor_id, at=sc.at)

        self._save(work)

    def save_hours(self) -> None:
        self._save_values({"working_windows": self.windows.text(),
                           "working_days": self.working_days_value(),
                           "same_day_cutoff": self.cutoff.text()})  # fmt: skip

    def save_notify(self) -> None:
        """The events told per channel and the default medium, as the settings store them."""
        self._save_values(self.notify.values())

    def add_override(self) -> None:
        from desktop_app.services.office.administration import set_calendar_override

        day = self.override_day.date().toPython()
        working, note = bool(self.override_kind.currentData()), self.override_note.text()
        self._save(
            lambda s, sc: set_calendar_override(
                s,
                sc.office_id,
                day,
                is_working_day=working,
                note=note,
                actor_id=sc.actor_id,
                at=sc.at,
            )
        )

    def remove_override(self) -> None:
        from datetime import datetime

        from desktop_app.services.office.administration import remove_calendar_override

        text = selected_text(self.overrides)
        if not text:
            return
        day = datetime.strptime(text, "%d/%m/%Y").date()
        self._save(
            lambda s, sc: remove_calendar_override(
                s, sc.office_id, day, actor_id=sc.actor_id, at=sc.at
            )
        )

    def _add_printer_row(self) -> None:
        self.printers.insertRow(self.printers.rowCount())

    def printer_rows(self) -> dict[str, dict[str, str]]:
        rows = {}
        for r in range(self.printers.rowCount()):
            cells = [self.printers.item(r, c) for c in range(3)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if texts[0]:
                key = station_key_from(texts[0])
                rows[key] = {"ticket_printer": texts[1], "form_printer": texts[2]}
        return rows

    def save_printers(self) -> None:
        from desktop_app.services.office.settings import PRINTERS_KEY, set_office_setting

        try:
            rows = self.printer_rows()
        except ServiceError as error:
            self.admin.show_error(error)
            return
        self._save(
            lambda s, sc: set_office_setting(
                s, sc.office_id, PRINTERS_KEY, rows, staff_id=sc.actor_id, at=sc.at
            )
        )


def _scrolled(tab: QWidget) -> QWidget:
    """The tab's content, in a scroll area: with the notification choices it is taller than
    the window's default size leaves (Tab scrolls the focused field into view)."""
    content = QWidget()
    scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return content


def _read_office(session: Any, scope: Any, settings: Any) -> dict[str, Any]:
    from desktop_app.services.dossiers.notification_rule import notify_policy
    from desktop_app.services.office.administration import list_calendar_overrides
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.office.settings import apply_office_settings, read_office_settings

    return {
        "office": current_office(session),
        "stored": read_office_settings(session, scope.office_id),
        "settings": apply_office_settings(session, settings, scope.office_id),
        "overrides": list_calendar_overrides(session, scope.office_id),
        "notify": notify_policy(session, scope.office_id),
    }
