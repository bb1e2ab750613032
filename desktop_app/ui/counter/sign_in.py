"""The sign-in panel, also used as the lock screen after idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SignInPanel(QWidget):
    """Username and password; ``submitted(username, password)`` when the officer confirms.

    As a lock screen the username is fixed (``lock_for``) and a "sign out" button lets another
    officer take the counter.
    """

    submitted = Signal(str, str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.heading = QLabel(self.tr("Sign in"))
        self.heading.setObjectName("signInHeading")
        self.username = QLineEdit()
        self.username.setObjectName("signInUsername")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.submit_button = QPushButton(self.tr("Sign in"))
        self.submit_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.hide()
        self._build()
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        box = QFrame()
        box.setObjectName("signInBox")
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.submit_button)
        inner.addWidget(self.sign_out_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.submitted.emit(self.username.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def reset_for_sign_in(self) -> None:
        self.heading.setText(self.tr("Sign in"))
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.message.clear()
        self.sign_out_button.hide()
        self.username.setFocus()

    def lock_for(self, username: str, full_name: str) -> None:
        self.heading.setText(
            self.tr("Locked after a pause. {name}, enter your password to continue.").format(
                name=full_name
            )
        )
        self.username.setText(username)
        self.username.setReadOnly(True)
        self.password.clear()
        self.message.clear()
        self.sign_out_button.show()
        self.password.setFocus()
