"""Sync over plain HTTP to another computer (``enroll --insecure-http``) is shown in red."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.sync.agent import SyncAgent
from desktop_app.sync.credentials import DeviceCredential, save_credential
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.test_sync_status import _status


def _window(qtbot: QtBot, make_context, tmp_path: Path, url: str, insecure: bool, monkeypatch):
    monkeypatch.setattr(SyncAgent, "start", lambda self: None)  # no network in this test
    credential_file = tmp_path / "credential.json"
    device = str(uuid.uuid4())
    save_credential(
        credential_file,
        DeviceCredential(url, device, "s", "000.00.31.H29", "Thử", insecure_http=insecure),
    )
    context = make_context(central_server_url=url, sync_credential_file=str(credential_file))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.sync_status is not None
    return window.sync_status


def test_insecure_sync_is_red_from_the_start_and_after_each_pass(
    qtbot: QtBot, make_context, tmp_path: Path, monkeypatch
) -> None:
    widget = _window(qtbot, make_context, tmp_path, "http://10.0.0.5:8000", True, monkeypatch)
    assert widget.insecure
    assert "HTTP" in widget.label.text() and "#b00020" in widget.label.styleSheet()
    assert "--insecure-http" in widget.label.toolTip()
    widget.show_status(_status())
    assert widget.label.text().startswith("KHÔNG MÃ HOÁ (HTTP) · Trực tuyến")
    assert "#b00020" in widget.label.styleSheet()


def test_https_and_loopback_sync_are_not_red(
    qtbot: QtBot, make_context, tmp_path: Path, monkeypatch
) -> None:
    widget = _window(qtbot, make_context, tmp_path, "http://127.0.0.1:9", True, monkeypatch)
    widget.show_status(_status())
    assert not widget.insecure and widget.label.styleSheet() == ""
