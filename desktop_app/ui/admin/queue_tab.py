"""Queue and display: service areas, counters with their areas, priority groups, fairness,
the display's notice line."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from desktop_app.ui.admin.common import AdminTab, box, fill_rows, make_table, parse_time
from motcua_core.domain.text import fold_for_search


def _spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class QueueTab(AdminTab):
    def __init__(self, admin: Any) -> None:
        super().__init__(admin)
        self.areas = make_table([self.tr("Code"), self.tr("Name"), self.tr("Prefix"),
                                 self.tr("Digits"), self.tr("Daily cap"), self.tr("Opens"),
                                 self.tr("Closes"), self.tr("Active")], "adminAreas")  # fmt: skip
        self.counters = make_table([self.tr("Counter"), self.tr("Name"),
                                    self.tr("Areas (in order)"), self.tr("Active")],
                                   "adminCounters")  # fmt: skip
        self.groups = make_table([self.tr("Priority group"), self.tr("Order"), self.tr("Active")],
                                 "adminGroups")  # fmt: skip
        grid = QGridLayout(self)
        grid.addWidget(box(self.tr("Service areas"), self.areas, layout=self._area_form()), 0, 0)
        grid.addWidget(box(self.tr("Counters"), self.counters, layout=self._counter_form()), 0, 1)
        grid.addWidget(box(self.tr("Priority groups"), self.groups, layout=self._group_form()),
                       1, 0)  # fmt: skip
        grid.addWidget(box(self.tr("Fairness and display"), layout=self._board_form()), 1, 1)

    # --- forms ----------------------------------------------------------------------------

    def _save_row(self, form: QFormLayout, slot: Any) -> None:
        button = QPushButton(self.tr("Save"))
        button.clicked.connect(slot)
        form.addRow(button)

    def _area_form(self) -> QFormLayout:
        self.area_code, self.area_name = QLineEdit(), QLineEdit()
        self.area_prefix = QLineEdit(maxLength=4)
        self.area_width, self.area_cap = _spin(3, 4, 3, "adminAreaWidth"), _spin(0, 9999, 0, "cap")
        self.area_cap.setSpecialValueText(self.tr("no cap"))
        self.area_opens, self.area_closes = QLineEdit(), QLineEdit()
        self.area_active = QCheckBox(self.tr("Active"), checked=True)
        hours = QHBoxLayout()
        for field in (self.area_opens, self.area_closes):
            field.setPlaceholderText("HH:MM")
            hours.addWidget(field)
        hours.addWidget(self.area_active)
        form = QFormLayout()
        form.addRow(self.tr("Code / name"), self._pair(self.area_code, self.area_name))
        form.addRow(self.tr("Prefix / digits"), self._pair(self.area_prefix, self.area_width))
        form.addRow(self.tr("Daily cap"), self.area_cap)
        form.addRow(self.tr("Hours"), hours)
        self._save_row(form, self.save_area)
        self.areas.itemSelectionChanged.connect(self._area_selected)
        return form

    def _counter_form(self) -> QFormLayout:
        self.counter_number = _spin(1, 99, 1, "adminCounterNumber")
        self.counter_name = QLineEdit(objectName="adminCounterName")
        self.counter_areas = QLineEdit(objectName="adminCounterAreas")
        self.counter_areas.setPlaceholderText(self.tr("area codes, most preferred first: A, B"))
        self.counter_active = QCheckBox(self.tr("Active"), checked=True)
        form = QFormLayout()
        form.addRow(self.tr("Number / name"), self._pair(self.counter_number, self.counter_name))
        form.addRow(self.tr("Areas"), self.counter_areas)
        form.addRow(self.counter_active)
        self._save_row(form, self.save_counter)
        self.counters.itemSelectionChanged.connect(self._counter_selected)
        return form

    def _group_form(self) -> QFormLayout:
        """The selected group's label, order and state; its code stays out of sight (a new
        group's code is made from its label)."""
        self.group_code = ""
        self.group_label = QLineEdit(objectName="adminGroupLabel")
        self.group_order = _spin(0, 99, 0, "adminGroupOrder")
        self.group_active = QCheckBox(self.tr("Active"), checked=True)
        new_group = QPushButton(self.tr("New group"), objectName="adminGroupNew")
        new_group.clicked.connect(self.new_group)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self._pair(self.group_label, new_group))
        form.addRow(self.tr("Order"), self._pair(self.group_order, self.group_active))
        self._save_row(form, self.save_group)
        self.groups.itemSelectionChanged.connect(self._group_selected)
        return form

    def _board_form(self) -> QFormLayout:
        self.fairness_n = _spin(1, 20, 3, "adminFairnessN")
        self.strict = QCheckBox(self.tr("Priority tickets always first (no fairness)"))
        self.notice = QLineEdit(objectName="adminNotice")
        form = QFormLayout()
        form.addRow(self.tr("A normal ticket after N priority calls"), self.fairness_n)
        form.addRow(self.strict)
        self._save_row(form, self.save_fairness)
        form.addRow(self.tr("Notice line on the displays"), self.notice)
        self._save_row(form, self.save_notice)
        return form

    @staticmethod
    def _pair(first: Any, second: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(second, 1)
        return row

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.admin.run_admin(_read_queue_config, self._show, write=False)

    def _show(self, data: dict[str, Any]) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        fill_rows(self.areas, [[a.code, a.name, a.ticket_prefix, a.number_width, a.daily_cap or "",
                                f"{a.opens_at:%H:%M}" if a.opens_at else "",
                                f"{a.closes_at:%H:%M}" if a.closes_at else "",
                                yes if a.active else no] for a in data["areas"]])  # fmt: skip
        fill_rows(self.counters, [[c.number, c.name, ", ".join(c.areas), yes if c.active else no]
                                  for c in data["counters"]])  # fmt: skip
        fill_rows(self.groups, [[g.label, g.sort_order, yes if g.active else no]
                                for g in data["groups"]])  # fmt: skip
        self.fairness_n.setValue(data["fairness"].get("fairness_n", 3))
        self.strict.setChecked(bool(data["fairness"].get("strict", False)))
        self.notice.setText(data["notice"])
        self._data = data

    def _area_selected(self) -> None:
        row = self.areas.currentRow()
        if row < 0 or row >= len(self._data["areas"]):
            return
        area = self._data["areas"][row]
        self.area_code.setText(area.code)
        self.area_name.setText(area.name)
        self.area_prefix.setText(area.ticket_prefix)
        self.area_width.setValue(area.number_width)
        self.area_cap.setValue(area.daily_cap or 0)
        self.area_opens.setText(f"{area.opens_at:%H:%M}" if area.opens_at else "")
        self.area_closes.setText(f"{area.closes_at:%H:%M}" if area.closes_at else "")
        self.area_active.setChecked(area.active)

    def _counter_selected(self) -> None:
        row = self.counters.currentRow()
        if row < 0 or row >= len(self._data["counters"]):
            return
        counter = self._data["counters"][row]
        self.counter_number.setValue(counter.number)
        self.counter_name.setText(counter.name)
        self.counter_areas.setText(", ".join(counter.areas))
        self.counter_active.setChecked(counter.active)

    def _group_selected(self) -> None:
        row = self.groups.currentRow()
        if row < 0 or row >= len(self._data["groups"]):
            return
        group = self._data["groups"][row]
        self.group_code = group.code
        self.group_label.setText(group.label)
        self.group_order.setValue(group.sort_order or 0)
        self.group_active.setChecked(group.active)

    def new_group(self) -> None:
        """Empty the group form for a new group."""
        self.groups.clearSelection()
        self.group_code = ""
        self.group_label.clear()
        self.group_order.setValue(0)
        self.group_active.setChecked(True)
        self.group_label.setFocus()

    # --- saving ---------------------------------------------------------------------------

    def _save(self, work: Any) -> None:
        self.admin.run_admin(work, lambda _r: self.refresh(), done_message=self.admin.saved_text())

    def save_area(self) -> None:
        from desktop_app.services.queue.admin import save_area

        try:
            opens, closes = parse_time(self.area_opens.text()), parse_time(self.area_closes.text())
        except Exception as error:
            self.admin.show_error(error)
            return
        values = dict(code=self.area_code.text().strip(), name=self.area_name.text(),
                      ticket_prefix=self.area_prefix.text(), number_width=self.area_width.value(),
                      daily_cap=self.area_cap.value() or None, opens_at=opens, closes_at=closes,
                      active=self.area_active.isChecked())  # fmt: skip
        self._save(lambda s, sc: save_area(s, sc.office_id, actor_id=sc.actor_id, at=sc.at,
                                           **values))  # fmt: skip

    def save_counter(self) -> None:
        from desktop_app.services.queue.admin import save_counter

        areas = [a.strip() for a in self.counter_areas.text().replace(";", ",").split(",")]
        values = dict(number=self.counter_number.value(), active=self.counter_active.isChecked(),
                      name=self.counter_name.text().strip()
                      or self.tr("Counter {number}").format(number=self.counter_number.value()),
                      areas=[a for a in areas if a])  # fmt: skip
        self._save(lambda s, sc: save_counter(s, sc.office_id, actor_id=sc.actor_id, at=sc.at,
                                              **values))  # fmt: skip

    def save_group(self) -> None:
        from desktop_app.services.queue.admin import save_priority_group

        label = self.group_label.text().strip()
        code = self.group_code or group_code_for(label)
        order, active = self.group_order.value() or None, self.group_active.isChecked()
        self._save(lambda s, sc: save_priority_group(s, sc.office_id, code, label=label,
                                                     sort_order=order, active=active,
                                                     actor_id=sc.actor_id, at=sc.at))  # fmt: skip

    def save_fairness(self) -> None:
        from desktop_app.services.queue.admin import save_fairness

        n, strict = self.fairness_n.value(), self.strict.isChecked()
        self._save(lambda s, sc: save_fairness(s, sc.office_id, fairness_n=n, strict=strict,
                                               actor_id=sc.actor_id, at=sc.at))  # fmt: skip

    def save_notice(self) -> None:
        from desktop_app.services.queue.admin import save_notice

        text = self.notice.text()
        self._save(lambda s, sc: save_notice(s, sc.office_id, text, actor_id=sc.actor_id,
                                             at=sc.at))  # fmt: skip


def group_code_for(label: str) -> str:
    """A new priority group's code from its label: ``"Phụ nữ có thai"`` → ``"phu_nu_co_thai"``."""
    code = re.sub(r"[^a-z0-9]+", "_", fold_for_search(label)).strip("_")[:40]
    return code or "nhom"


def _read_queue_config(session: Any, scope: Any) -> dict[str, Any]:
    from desktop_app.services.office.settings import fairness_overrides
    from desktop_app.services.queue import config as queue_config
    from desktop_app.services.queue.board import _notice

    return {
        "areas": queue_config.list_areas(session, scope.office_id),
        "counters": queue_config.list_counters(session, scope.office_id),
        "groups": queue_config.effective_priority_groups(
            session, scope.office_id, active_only=False
        ),  # fmt: skip
        "fairness": fairness_overrides(session, scope.office_id),
        "notice": _notice(session, scope.office_id),
    }
