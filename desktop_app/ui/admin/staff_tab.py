"""Staff accounts: create with role and password, change, reset password, (de)activate."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.services.staff.accounts import StaffRole
from desktop_app.ui.admin.common import AdminTab, box, fill_rows, make_table, selected_text
from desktop_app.ui.admin.role_labels import ROLE_LABELS_VI


class StaffTab(AdminTab):
    """The staff list and one form for the selected or new account."""

    def __init__(self, admin: Any) -> None:
        super().__init__(admin)
        self.table = make_table(
            [self.tr("Username"), self.tr("Full name"), self.tr("Role"), self.tr("Department"),
             self.tr("Active")], "adminStaffTable",
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selected)
        self.username = QLineEdit(objectName="adminStaffUsername")
        self.full_name = QLineEdit(objectName="adminStaffName")
        self.role = QComboBox(objectName="adminStaffRole")
        for role in StaffRole:
            self.role.addItem(ROLE_LABELS_VI[role], role.value)
        self.department = QLineEdit(objectName="adminStaffDepartment")
        self.password = QLineEdit(objectName="adminStaffPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for label, field in ((self.tr("Username"), self.username),
                             (self.tr("Full name"), self.full_name), (self.tr("Role"), self.role),
                             (self.tr("Department"), self.department),
                             (self.tr("Password"), self.password)):  # fmt: skip
            form.addRow(label, field)
        buttons = QHBoxLayout()
        self.create_button = self._button(self.tr("Create account"), self.create_account)
        self.save_button = self._button(self.tr("Save changes"), self.save_changes)
        self.reset_button = self._button(self.tr("Reset password"), self.reset_password)
        self.deactivate_button = self._button(self.tr("Deactivate"), lambda: self.set_active(False))
        self.activate_button = self._button(self.tr("Activate"), lambda: self.set_active(True))
        for button in (self.create_button, self.save_button, self.reset_button,
                       self.deactivate_button, self.activate_button):  # fmt: skip
            buttons.addWidget(button)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box(self.tr("Account (accounts are never deleted, only deactivated)"),
                             layout=form))  # fmt: skip

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        from desktop_app.services.staff.accounts import list_staff

        self.admin.run_admin(lambda s, _scope: list_staff(s), self._show, write=False)

    def _show(self, staff: list[Any]) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        rows = [
            [
                p.username,
                p.full_name,
                ROLE_LABELS_VI[p.role],
                p.department or "",
                yes if p.active else no,
            ]
            for p in staff
        ]
        fill_rows(self.table, rows)

    def _selected(self) -> None:
        username = selected_text(self.table)
        if not username:
            return
        row = self.table.currentRow()
        self.username.setText(username)
        self.full_name.setText(self.table.item(row, 1).text())
        self.role.setCurrentIndex(self.role.findText(self.table.item(row, 2).text()))
        self.department.setText(self.table.item(row, 3).text())
        self.password.clear()

    def _done(self, _result: object) -> None:
        self.password.clear()
        self.refresh()

    def create_account(self) -> None:
        from desktop_app.services.office.administration import create_staff

        values = dict(username=self.username.text(), full_name=self.full_name.text(),
                      role=self.role.currentData(), password=self.password.text(),
                      department=self.department.text())  # fmt: skip
        self.admin.run_admin(
            lambda s, sc: create_staff(s, sc.office_id, actor_id=sc.actor_id, at=sc.at, **values),
            self._done, done_message=self.tr("Account {name} created.").format(
                name=values["username"].strip().lower()),
        )  # fmt: skip

    def save_changes(self) -> None:
        from desktop_app.services.office.administration import change_staff

        username, values = self.username.text(), dict(
            full_name=self.full_name.text(), role=self.role.currentData(),
            department=self.department.text())  # fmt: skip
        self.admin.run_admin(
            lambda s, sc: change_staff(s, username, actor_id=sc.actor_id, at=sc.at, **values),
            self._done, done_message=self.admin.saved_text(),
        )  # fmt: skip

    def reset_password(self) -> None:
        from desktop_app.services.office.administration import reset_password

        username, password = self.username.text(), self.password.text()
        self.admin.run_admin(
            lambda s, sc: reset_password(s, username, password, actor_id=sc.actor_id, at=sc.at),
            self._done, done_message=self.tr("Password of {name} reset.").format(name=username),
        )  # fmt: skip

    def set_active(self, active: bool) -> None:
        from desktop_app.services.office.administration import change_staff

        username = self.username.text()
        self.admin.run_admin(
            lambda s, sc: change_staff(s, username, active=active, actor_id=sc.actor_id, at=sc.at),
            self._done, done_message=self.admin.saved_text(),
        )  # fmt: skip
