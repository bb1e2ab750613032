"""The status bar: office, database (never a password) and the signed-in user."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.status_bar import StationStatusBar, describe_database
from desktop_app.ui.shell.main_window import MainWindow


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///C:/Users/can bo/AppData/office.sqlite3", "SQLite: office.sqlite3"),
        ("sqlite:////var/lib/desktop-app/office.sqlite3", "SQLite: office.sqlite3"),
        ("sqlite://", "SQLite: trong bộ nhớ"),
        (
            "postgresql+psycopg://app:s3cr%40t@10.0.0.5:5432/motcua",
            "PostgreSQL: 10.0.0.5:5432/motcua",
        ),
        ("postgresql://app:secret@db.office.lan/motcua", "PostgreSQL: db.office.lan/motcua"),
    ],
)
def test_describe_database(url: str, expected: str) -> None:
    assert describe_database(url) == expected


def test_main_window_status_shows_office_database_and_no_user(
    office_name: str, qtbot: QtBot, context
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    status = window.station_status

    assert status.office_label.text() == f"Đơn vị: 000.00.31.H29 — {office_name}"
    assert status.database_label.text().startswith("Cơ sở dữ liệu: SQLite: office-")
    assert status.user_label.text() == "Người dùng: Chưa đăng nhập"


def test_postgresql_password_is_never_shown(qtbot: QtBot, make_context) -> None:
    url = "postgresql+psycopg://motcua:Very-Secret_pw@192.168.1.20:5432/motcua_office"
    context = make_context()
    context.settings = context.settings.with_values("test", database_url=url)
    window = MainWindow(context)
    qtbot.addWidget(window)

    shown = window.station_status.database_label.text()
    assert shown == "Cơ sở dữ liệu: PostgreSQL: 192.168.1.20:5432/motcua_office"
    assert "Very-Secret_pw" not in shown
    assert "motcua:" not in shown


def test_signed_in_user_is_shown_and_cleared(qtbot: QtBot) -> None:
    status = StationStatusBar("000.00.31.H29", "UBND xã", "sqlite:///office.sqlite3")
    qtbot.addWidget(status)

    status.set_user("Nguyễn Thị Ánh")
    assert status.user_label.text() == "Người dùng: Nguyễn Thị Ánh"
    status.set_user(None)
    assert status.user_label.text() == "Người dùng: Chưa đăng nhập"
