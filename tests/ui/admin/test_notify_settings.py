"""The office tab's notification choices: events told per channel and the default medium."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.dossiers.notification_rule import notify_policy
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import read_office_settings
from motcua_core.domain.lifecycle import Channel
from tests.ui.admin.conftest import sign_in_as

ALL = ("received", "supplement", "extension", "result_ready", "returned")


def _stored(page) -> dict:
    with page.context.session(read_only=True) as session:
        stored = read_office_settings(session, current_office(session).id)
    return {key: info.value for key, info in stored.items() if key.startswith("notify_")}


def test_events_per_channel_and_the_default_medium_are_saved_and_shown_again(admin, qtbot):
    sign_in_as(admin, qtbot, "admin")
    qtbot.waitUntil(lambda: admin.stack.currentWidget() is admin.work_area, timeout=10_000)
    tab = admin.tab_pages["office"]
    admin.tabs.setCurrentWidget(tab)
    box = tab.notify
    qtbot.waitUntil(lambda: box.ticks[("notify_events_post", "returned")].isChecked(),
                    timeout=10_000)  # fmt: skip
    assert all(tick.isChecked() for tick in box.ticks.values())  # the default: every event
    assert box.default_medium.currentText() == "Không"
    assert [box.default_medium.itemText(i) for i in range(4)] == ["Không", "SMS", "Zalo", "E-mail"]
    online_extension = box.ticks[("notify_events_online", "extension")]
    online_extension.setFocus()
    QTest.keyClick(online_extension, Qt.Key.Key_Space)  # by keyboard
    box.ticks[("notify_events_post", "received")].setChecked(False)
    box.default_medium.setCurrentIndex(box.default_medium.findData("sms"))
    QTest.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_stored(admin)) == 4, timeout=10_000)
    assert _stored(admin) == {
        "notify_events_in_person": ",".join(ALL),
        "notify_events_online": "received,supplement,result_ready,returned",
        "notify_events_post": "supplement,extension,result_ready,returned",
        "notify_default_medium": "sms",
    }
    with admin.context.session(read_only=True) as session:
        policy = notify_policy(session, current_office(session).id)
    assert policy.default_medium == "sms"
    assert not policy.tells(Channel.ONLINE, "extension") and policy.tells(Channel.POST, "returned")
    qtbot.waitUntil(lambda: admin.status.text() == "Đã lưu.", timeout=10_000)
    assert not online_extension.isChecked()  # shown again as stored, after the refresh
    assert box.default_medium.currentData() == "sms"
    labels = [box.layout().itemAtPosition(0, column).widget().text() for column in range(1, 6)]
    assert labels == ["Tiếp nhận hồ sơ", "Yêu cầu bổ sung", "Gia hạn", "Có kết quả",
                      "Đã trả hoặc gửi kết quả"]  # fmt: skip
