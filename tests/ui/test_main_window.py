"""The station shell: Vietnamese titles, the role's page, welcome page, menus, full screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import desktop_app
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.role_pages import page_factory
from desktop_app.ui.shell.welcome_page import WelcomePage

ROLE_TITLES = {
    "counter": "Quầy tiếp nhận và trả kết quả",
    "kiosk": "Kiosk lấy số thứ tự",
    "display": "Màn hình hiển thị",
    "rating": "Đánh giá mức độ hài lòng",
    "admin": "Quản trị",
}


@pytest.mark.parametrize("role", sorted(ROLE_TITLES))
def test_title_names_office_and_role_and_the_role_page_fills_the_window(
    office_name: str, qtbot: QtBot, make_context, role: str
) -> None:
    window = MainWindow(make_context(role=role))
    qtbot.addWidget(window)

    assert window.windowTitle() == f"{office_name} — {ROLE_TITLES[role]}"
    factory = page_factory(role)
    assert factory is not None, f"no page for role {role}"
    assert isinstance(window.page, factory)
    assert window.centralWidget() is window.page


def test_welcome_page_states_role_office_and_counter_number(qtbot: QtBot, office_name) -> None:
    page = WelcomePage("counter", office_name, 3)
    qtbot.addWidget(page)

    assert page.role_label.text() == ROLE_TITLES["counter"]
    assert page.office_label.text() == office_name
    assert page.counter_label is not None and page.counter_label.text() == "Quầy số 3"
    assert "sẵn sàng" in page.status_label.text()


def test_welcome_page_of_other_roles_shows_no_counter_number(qtbot: QtBot, office_name) -> None:
    page = WelcomePage("kiosk", office_name, None)
    qtbot.addWidget(page)

    assert page.counter_label is None


@pytest.mark.parametrize(
    ("role", "fullscreen", "expected"),
    [
        ("counter", False, False),
        ("counter", True, True),
        ("admin", False, False),
        ("kiosk", False, True),
        ("display", False, True),
    ],
)
def test_full_screen_for_kiosk_display_or_when_configured(
    qtbot: QtBot, make_context, role: str, fullscreen: bool, expected: bool
) -> None:
    window = MainWindow(make_context(role=role, fullscreen=fullscreen))
    qtbot.addWidget(window)

    window.show_for_role()
    qtbot.waitExposed(window)

    assert window.wants_full_screen is expected
    assert window.isFullScreen() is expected


def test_menus_are_in_vietnamese(qtbot: QtBot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "Trợ &giúp"]
    assert window.quit_action.text() == "T&hoát"
    assert window.about_action.text() == "&Giới thiệu"


def test_about_box_shows_version(qtbot: QtBot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()

    box = window.show_about()

    assert box.windowTitle() == "Giới thiệu"
    assert f"Phiên bản {desktop_app.__version__}" in box.informativeText()
    box.close()


def test_exit_closes_the_window(qtbot: QtBot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    window.quit_action.trigger()

    assert not window.isVisible()
