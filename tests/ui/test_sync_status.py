"""The sync status in the status bar: agent events bridged from their thread into Qt."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.sync.agent import AgentEvent
from desktop_app.sync.credentials import DeviceCredential, save_credential
from desktop_app.sync.state import Rejection, SyncStatus
from desktop_app.ui.common.sync_status import SyncStatusWidget
from desktop_app.ui.shell.main_window import MainWindow


def _status(**changes: object) -> SyncStatus:
    values: dict[str, object] = {
        "ops_waiting": 3,
        "ops_in_flight": 0,
        "ops_rejected": 0,
        "ops_conflict": 0,
        "pull_conflicts": 0,
        "last_success_at": datetime(2026, 11, 26, 3, 42, tzinfo=UTC),
        "last_attempt_at": None,
        "last_error": None,
        "consecutive_failures": 0,
        "pull_cursor": 12,
        "server_epoch": "e1",
        "clock_skew_seconds": 0.5,
    }
    values.update(changes)
    return SyncStatus(**values)  # type: ignore[arg-type]


def test_no_sync_widget_without_a_central_server(qtbot: QtBot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.sync_status is None


def test_not_enrolled_station_says_so(qtbot: QtBot, make_context, tmp_path: Path) -> None:
    context = make_context(
        central_server_url="https://central.example.vn",
        sync_credential_file=str(tmp_path / "missing.json"),
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.sync_status is not None
    assert window.sync_status.label.text() == "Đồng bộ: máy này chưa được đăng ký"
    assert not window.sync_status.sync_now_action.isEnabled()


def test_status_text_online_waiting_rejected(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show_status(_status())
    assert widget.label.text().startswith("Trực tuyến · 3 thao tác chờ gửi · đồng bộ lúc ")
    rejection = Rejection(
        7, uuid.uuid4(), "dossier", "x", "rejected", "invalid status", datetime.now(UTC)
    )
    widget.show_status(
        _status(
            ops_rejected=1,
            rejections=(rejection,),
            consecutive_failures=2,
            clock_skew_seconds=10800.0,
            last_error="no connection",
        ),
    )
    text = widget.label.text()
    assert text.startswith("Mất kết nối · 3 thao tác chờ gửi") and text.endswith("1 bị từ chối")
    assert "#b00020" in widget.label.styleSheet()
    assert "lệch 180 phút" in widget.label.toolTip()


def test_events_from_the_agent_thread_reach_the_widget(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    event = AgentEvent("sync_finished", _status(ops_waiting=0), None, 60.0)
    worker = threading.Thread(target=widget.bridge.forward, args=(event,))
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: widget.label.text().startswith("Trực tuyến · 0 "), timeout=5000)


def test_agent_runs_off_the_ui_thread_and_shows_offline(
    qtbot: QtBot, make_context, tmp_path: Path
) -> None:
    credential_file = tmp_path / "credential.json"
    save_credential(
        credential_file,
        DeviceCredential("http://127.0.0.1:9", str(uuid.uuid4()), "secret", "000.00.31.H29", "Thử"),
    )
    context = make_context(
        central_server_url="http://127.0.0.1:9", sync_credential_file=str(credential_file)
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    widget = window.sync_status
    assert widget is not None and widget.agent is not None
    qtbot.waitUntil(lambda: widget.label.text().startswith("Mất kết nối"), timeout=15000)
    assert "Lỗi gần nhất" in widget.label.toolTip()
    widget.stop_agent()
    assert widget.agent.stopping
