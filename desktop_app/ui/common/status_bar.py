"""The status bar every station window shows: office, database and signed-in user."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


def describe_database(url: str) -> str:
    """A short, password-free name of the database for people to read.

    ``sqlite:///C:/data/office.sqlite3`` gives ``SQLite: office.sqlite3``;
    ``postgresql+psycopg://app:secret@10.0.0.5:5432/motcua`` gives
    ``PostgreSQL: 10.0.0.5:5432/motcua``. Only the host, port and database name are read
    from the URL, so a password can never be shown.
    """
    scheme, _, rest = url.partition("://")
    backend = scheme.split("+", 1)[0].lower()
    if backend == "sqlite":
        path = rest.lstrip("/").split("?", 1)[0]
        if not path or path == ":memory:":
            return "SQLite: " + QCoreApplication.translate("StationStatusBar", "in memory")
        return f"SQLite: {PurePosixPath(path.replace(chr(92), '/')).name}"
    if backend in {"postgresql", "postgres"}:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        try:
            port = parts.port
        except ValueError:
            port = None
        where = f"{host}:{port}" if port else host
        database = unquote(parts.path.lstrip("/"))
        return f"PostgreSQL: {where}/{database}" if database else f"PostgreSQL: {where}"
    return backend or QCoreApplication.translate("StationStatusBar", "unknown")


class StationStatusBar(QStatusBar):
    """Shows which office, which database and who is signed in, at all times."""

    def __init__(
        self,
        office_code: str,
        office_name: str,
        database_url: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office_label = QLabel(
            self.tr("Office: {code} — {name}").format(code=office_code, name=office_name)
        )
        self.office_label.setObjectName("statusOffice")
        # On a narrow window the long office name gives way, never the database or the user.
        self.office_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.office_label.setToolTip(self.office_label.text())
        self.database_label = QLabel(
            self.tr("Database: {database}").format(database=describe_database(database_url))
        )
        self.database_label.setObjectName("statusDatabase")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.addWidget(self.office_label, 1)
        self.addPermanentWidget(self.database_label)
        self.addPermanentWidget(self.user_label)
        self.set_user(None)

    def set_user(self, display_name: str | None) -> None:
        """Show the signed-in user, or that nobody is signed in."""
        name = display_name or self.tr("Not signed in")
        self.user_label.setText(self.tr("User: {name}").format(name=name))
