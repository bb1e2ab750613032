"""The office's choices for citizens' notifications: events told per channel, default medium.

One row per channel of reception (in person, online, by post) with a tick per event (received,
supplement, extension, result ready, returned); the medium the reception form offers first.
The values are stored as the settings file writes them (``"received,result_ready"``,
``"sms"``) under the four ``notify_*`` office keys, which the notification rule reads.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton

from desktop_app.services.dossiers.notification_rule import CHANNEL_SETTINGS, NotifyPolicy
from desktop_app.setting_values import NOTIFY_EVENTS as EVENTS
from desktop_app.ui.common.notify_labels import MEDIA_ORDER, event_label, medium_label

#: The setting of each channel's events, in the rule's order (in person, online, by post).
CHANNEL_KEYS = tuple(CHANNEL_SETTINGS.items())
DEFAULT_KEY = "notify_default_medium"


class NotifySettingsBox(QGroupBox):
    """The ticks and the default medium; ``save_button`` is the tab's to connect."""

    def __init__(self) -> None:
        super().__init__(self.tr("Citizens' notifications (SMS, Zalo, e-mail)"))
        self.ticks: dict[tuple[str, str], QCheckBox] = {}
        grid = QGridLayout(self)
        for column, event in enumerate(EVENTS, start=1):
            grid.addWidget(QLabel(event_label(event)), 0, column)
        for row, (channel, key) in enumerate(CHANNEL_KEYS, start=1):
            grid.addWidget(QLabel(channel.label_vi), row, 0)
            for column, event in enumerate(EVENTS, start=1):
                tick = QCheckBox(objectName=f"{key}_{event}")
                tick.setAccessibleName(f"{channel.label_vi}: {event_label(event)}")
                tick.setToolTip(tick.accessibleName())
                self.ticks[(key, event)] = tick
                grid.addWidget(tick, row, column)
        self.default_medium = QComboBox(objectName="adminNotifyDefault")
        for medium in MEDIA_ORDER:
            self.default_medium.addItem(medium_label(medium), medium)
        self.save_button = QPushButton(self.tr("Save"))
        last = len(CHANNEL_KEYS) + 1
        grid.addWidget(QLabel(self.tr("Medium offered at reception")), last, 0)
        grid.addWidget(self.default_medium, last, 1, 1, 2)
        grid.addWidget(self.save_button, last, len(EVENTS))

    def show_policy(self, policy: NotifyPolicy) -> None:
        """Tick what the office tells, per channel; choose its default medium."""
        for (key, event), tick in self.ticks.items():
            channel = next(c for c, k in CHANNEL_KEYS if k == key)
            tick.setChecked(policy.tells(channel, event))
        self.default_medium.setCurrentIndex(self.default_medium.findData(policy.default_medium))

    def values(self) -> dict[str, str]:
        """The four settings as stored: ``{"notify_events_post": "received,returned", ...}``."""
        values = {key: ",".join(e for e in EVENTS if self.ticks[(key, e)].isChecked())
                  for _channel, key in CHANNEL_KEYS}  # fmt: skip
        values[DEFAULT_KEY] = str(self.default_medium.currentData())
        return values
