"""The words for citizens' notifications: events, media and delivery states, in one place.

The counter's reception selector and dossier view and the administration's office settings
show the same names; each is translated here (context ``NotifyLabels``) and looked up by the
code the services store (``received``, ``sms``, ``refused``...). An unknown code is shown as
it is, never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: The media in the order the reception selector cycles through them (Ctrl+M).
MEDIA_ORDER = ("none", "sms", "zalo", "email")


def event_label(event: str) -> str:
    """``received`` → "Tiếp nhận hồ sơ"."""
    labels = {
        "received": QCoreApplication.translate("NotifyLabels", "Dossier received"),
        "supplement": QCoreApplication.translate("NotifyLabels", "Supplement requested"),
        "extension": QCoreApplication.translate("NotifyLabels", "Extension"),
        "result_ready": QCoreApplication.translate("NotifyLabels", "Result ready"),
        "returned": QCoreApplication.translate("NotifyLabels", "Result returned or posted"),
    }
    return labels.get(event, event)


def medium_label(medium: str) -> str:
    """``none`` → "Không", ``sms`` → "SMS", ``email`` → "E-mail"."""
    labels = {
        "none": QCoreApplication.translate("NotifyLabels", "None"),
        "sms": QCoreApplication.translate("NotifyLabels", "SMS"),
        "zalo": QCoreApplication.translate("NotifyLabels", "Zalo"),
        "email": QCoreApplication.translate("NotifyLabels", "E-mail"),
    }
    return labels.get(medium, medium)


def state_label(state: str) -> str:
    """``sent`` → "Đã gửi", ``retrying`` → "Đang thử lại", ``refused`` → "Bị từ chối"."""
    labels = {
        "pending": QCoreApplication.translate("NotifyLabels", "Waiting to be sent"),
        "sent": QCoreApplication.translate("NotifyLabels", "Sent"),
        "retrying": QCoreApplication.translate("NotifyLabels", "Retrying"),
        "refused": QCoreApplication.translate("NotifyLabels", "Refused"),
    }
    return labels.get(state, state)
