"""The sync status in the status bar, and the bridge from the sync agent's thread into Qt.

The agent (``desktop_app.sync.agent``) runs on its own plain thread and knows nothing of Qt;
``SyncBridge`` turns its events into a Qt signal, delivered on the main thread, where
``SyncStatusWidget`` shows online/offline, ops waiting, the last success and rejections.
"Sync now" (button, F12: the counter's queue panel uses F5–F11) asks the agent for a pass;
the window never waits for the network. Sync over plain HTTP to another computer (allowed by
``enroll --insecure-http``) is shown in red for as long as it lasts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from desktop_app.sync.agent import AgentEvent, SyncAgent
from desktop_app.sync.state import SyncStatus

if TYPE_CHECKING:
    from desktop_app.app import AppContext

log = logging.getLogger(__name__)
#: Not F5–F11: those call, recall, serve, finish, mark no-show, transfer and pause at a counter.
SYNC_NOW_KEY = "F12"
#: Rejections, a clock off the server's, sync over plain HTTP.
ALARM_STYLE = "color: #b00020;"


class SyncBridge(QObject):
    """Re-emits the agent's events as a signal on the thread this object lives in (main)."""

    event_received = Signal(object)

    def forward(self, event: AgentEvent) -> None:
        """Called on the agent's thread; the signal is queued to the main thread."""
        self.event_received.emit(event)


class SyncStatusWidget(QWidget):
    """``Online · 3 waiting · last sync 10:42 · 1 rejected`` plus a "Sync now" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.agent: SyncAgent | None = None
        self.insecure = False
        self.label = QLabel(self.tr("Sync: starting…"))
        self.label.setObjectName("syncStatusLabel")
        sync_now = self.tr("Sync now")
        self.sync_now_action = QAction(f"{sync_now} ({SYNC_NOW_KEY})", self)
        self.sync_now_action.setShortcut(QKeySequence(SYNC_NOW_KEY))
        self.sync_now_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_now_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_now_action)
        button = QToolButton()
        button.setDefaultAction(self.sync_now_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(button)
        self.bridge = SyncBridge(self)
        self.bridge.event_received.connect(self.on_event, Qt.ConnectionType.QueuedConnection)

    def attach(self, agent: SyncAgent) -> None:
        """Show ``agent``'s events here and start it; it stops when the widget goes away."""
        self.agent = agent
        agent.on_event = self.bridge.forward
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_agent)
        self.destroyed.connect(agent.request_stop)
        agent.start()

    def stop_agent(self) -> None:
        if self.agent is not None:
            self.agent.stop(timeout=2.0)

    def sync_now(self) -> None:
        if self.agent is not None:
            self.label.setText(self.tr("Sync: syncing…"))
            self.agent.sync_now()

    def on_event(self, event: AgentEvent) -> None:
        if event.name == "sync_started":
            self.label.setText(self.tr("Sync: syncing…"))
            return
        if event.status is not None:
            self.show_status(event.status, event.result.error if event.result else None)

    def mark_insecure(self) -> None:
        """Sync goes over plain HTTP to another computer: say so, in red, until the end."""
        self.insecure = True
        self.label.setText(self.tr("Sync: NOT ENCRYPTED (HTTP)"))
        self.label.setStyleSheet(ALARM_STYLE)
        self.label.setToolTip(self._insecure_tip())

    def _insecure_tip(self) -> str:
        return self.tr(
            "This station syncs over plain HTTP (enrolled with --insecure-http): the "
            "network can read and change what is sent. Ask IT to enrol it with https://."
        )

    def show_not_enrolled(self) -> None:
        self.label.setText(self.tr("Sync: this station is not enrolled"))
        self.sync_now_action.setEnabled(False)

    def show_status(self, status: SyncStatus, error: str | None = None) -> None:
        """Render the status; details (error, clock skew) go to the tooltip."""
        parts = [self.tr("Online") if status.online else self.tr("Offline")]
        if self.insecure:
            parts.insert(0, self.tr("NOT ENCRYPTED (HTTP)"))
        parts.append(self.tr("{count} waiting").format(count=status.ops_waiting))
        if status.last_success_at is not None:
            moment = status.last_success_at.astimezone().strftime("%H:%M %d/%m")
            parts.append(self.tr("last sync {moment}").format(moment=moment))
        rejected = status.ops_rejected + status.ops_conflict
        if rejected:
            parts.append(self.tr("{count} rejected").format(count=rejected))
        self.label.setText(" · ".join(parts))
        alarm = rejected > 0 or status.clock_skewed or self.insecure
        self.label.setStyleSheet(ALARM_STYLE if alarm else "")
        tips = [self._insecure_tip()] if self.insecure else []
        if error or status.last_error:
            tips.append(self.tr("Last error: {error}").format(error=error or status.last_error))
        if status.clock_skewed and status.clock_skew_seconds is not None:
            minutes = round(status.clock_skew_seconds / 60)
            tips.append(
                self.tr("This PC's clock is {minutes} min off the server").format(minutes=minutes)
            )
        self.label.setToolTip("\n".join(tips))


def install_sync_status(context: AppContext, status_bar: QStatusBar) -> SyncStatusWidget:
    """Add the sync status to ``status_bar`` and start the agent when the station is enrolled."""
    from dataclasses import replace

    from desktop_app.sync.attachment_upload import office_store
    from desktop_app.sync.client import is_insecure_url
    from desktop_app.sync.credentials import CredentialMissing, credential_path, load_credential

    widget = SyncStatusWidget(status_bar)
    status_bar.addPermanentWidget(widget)
    settings = context.settings
    try:
        credential = load_credential(credential_path(settings))
    except CredentialMissing as exc:
        log.info("sync off: %s", exc)
        widget.show_not_enrolled()
        return widget
    credential = replace(
        credential, server_url=settings.central_server_url or credential.server_url
    )
    if credential.insecure_http and is_insecure_url(credential.server_url):
        widget.mark_insecure()
    agent = SyncAgent(
        context.session_factory,
        credential,
        interval=settings.sync_interval_seconds,
        ca_file=settings.sync_ca_file or None,
        attachment_store=office_store(settings.database_url, settings.attachment_store),
    )
    widget.attach(agent)
    return widget
