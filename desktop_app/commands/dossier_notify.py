"""``dossier receive --email ADDR --notify MEDIUM`` and the notifications ``dossier show`` lists.

The citizen's consent to be told of the dossier's events is given at reception: ``--notify``
names the medium (``sms`` and ``zalo`` need ``--phone``, ``email`` needs ``--email``); left
out, the office's setting ``notify_default_medium`` applies (``none`` unless set). Not a
command module itself (its name does not end in ``_cmd``): ``dossier_cmd`` uses it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.setting_values import NOTIFY_MEDIA


def add_notify_options(receive: argparse.ArgumentParser) -> None:
    """The applicant's e-mail address and the medium of their notifications."""
    receive.add_argument("--email", metavar="ADDR", help="the applicant's e-mail address")
    receive.add_argument(
        "--notify",
        choices=NOTIFY_MEDIA,
        help="how the citizen is told of the dossier's events (default: the office's setting)",
    )


def notifications_as_list(
    detail: Any, local: Callable[[datetime | None], datetime | None]
) -> list[dict[str, Any]]:
    """The JSON form of a dossier's notification requests (moments in office local time)."""
    return [
        {
            "id": n.id,
            "event": n.event,
            "medium": n.medium,
            "state": n.state,
            "attempts": n.attempts,
            "detail": n.detail,
            "at": local(n.at),
        }
        for n in detail.notifications
    ]


def print_notifications(data: dict[str, Any]) -> None:
    """One line per request: when, event, medium, delivery (and why, when refused)."""
    for n in data["notifications"]:
        reason = f"  {n['detail']}" if n["detail"] else ""
        print(f"  {n['at']:%d/%m/%Y %H:%M}  {n['event']:<12} {n['medium']:<5} {n['state']}{reason}")
