"""Which notification request a dossier event writes: the one place that rule lives.

A dossier event (received, supplement requested, extended, result ready, returned or posted)
writes one request, in the caller's transaction and with its outbox op, when all hold:

* the citizen consented at reception to a medium (the dossier's ``notify_medium`` is ``sms``,
  ``zalo`` or ``email``; ``none`` is no consent);
* the office tells citizens of that event for the dossier's channel (the office settings
  ``notify_events_in_person`` / ``_online`` / ``_post``);
* the dossier's applicant has the recipient the medium needs: a phone for SMS and Zalo, an
  e-mail address for e-mail.

Otherwise nothing is written. Reception refuses a medium whose recipient was not entered
(:func:`check_recipient`, reported by ``request_problems`` under the missing field), so a
consent is never recorded without the means to honour it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop_app.services.errors import ServiceError
from desktop_app.services.office.settings import NOTIFY_KEYS, office_values
from desktop_app.services.outbox import record_notification
from desktop_app.setting_values import NOTIFY_MEDIA
from desktop_app.storage.models import Dossier, DossierNotification
from desktop_app.storage.models.notifications import PENDING
from motcua_core.domain.lifecycle import Channel, DossierStatus

NO_CONSENT = "none"
#: The office setting naming the events told, per channel of reception.
CHANNEL_SETTINGS: Mapping[Channel, str] = {
    Channel.IN_PERSON: "notify_events_in_person",
    Channel.ONLINE: "notify_events_online",
    Channel.POST: "notify_events_post",
}
#: The status changes that are events a citizen may be told of.
STATUS_EVENTS: Mapping[DossierStatus, str] = {
    DossierStatus.SUPPLEMENT_REQUESTED: "supplement",
    DossierStatus.RESULT_READY: "result_ready",
    DossierStatus.RETURNED: "returned",
}
#: The applicant's field each medium sends to, and its Vietnamese name.
RECIPIENT_FIELDS: Mapping[str, tuple[str, str]] = {
    "sms": ("phone", "số điện thoại"),
    "zalo": ("phone", "số điện thoại"),
    "email": ("email", "địa chỉ email"),
}
_MEDIUM_LABELS_VI = {"sms": "tin nhắn SMS", "zalo": "Zalo", "email": "email"}


@dataclass(frozen=True)
class NotifyPolicy:
    """What the office chose: the events told per channel, and the medium offered first."""

    events: Mapping[Channel, tuple[str, ...]]
    default_medium: str

    def tells(self, channel: Channel, event: str) -> bool:
        return event in self.events.get(channel, ())


def notify_policy(session: Session, office_id: uuid.UUID) -> NotifyPolicy:
    """The office's choices as stored (the declared defaults where none is)."""
    values = office_values(session, office_id, NOTIFY_KEYS)
    events = {channel: values[key] for channel, key in CHANNEL_SETTINGS.items()}
    return NotifyPolicy(events, values["notify_default_medium"])


def request_wanted(policy: NotifyPolicy, channel: Channel, medium: str, event: str,
                   recipient: str | None) -> bool:  # fmt: skip
    """Whether ``event`` of a dossier with this channel, medium and recipient writes a request."""
    return medium != NO_CONSENT and policy.tells(channel, event) and bool(recipient)


def recipient_of(medium: str, phone: str | None, email: str | None) -> str | None:
    """The phone or address ``medium`` sends to (``None`` without consent or without one)."""
    field = RECIPIENT_FIELDS.get(medium, ("", ""))[0]
    return {"phone": phone, "email": email}.get(field) or None


def check_medium(medium: str | None) -> None:
    """Refuse a medium that is not one of ``sms zalo email none`` (``None``: the default)."""
    if medium is not None and medium not in NOTIFY_MEDIA:
        raise ServiceError(
            f"unknown notification medium {medium!r}",
            "Hình thức nhận thông báo phải là SMS, Zalo, email hoặc không nhận.",
        )


def check_recipient(medium: str | None, phone: str | None, email: str | None) -> None:
    """Refuse a consent to ``medium`` without the phone or address it needs.

    Raises:
        ServiceError: the message names the missing field, in Vietnamese.
    """
    if medium is None or medium not in RECIPIENT_FIELDS or recipient_of(medium, phone, email):
        return
    field, label = RECIPIENT_FIELDS[medium]
    raise ServiceError(
        f"notification by {medium} needs the applicant's {field}",
        f"Nhận thông báo qua {_MEDIUM_LABELS_VI[medium]} cần {label} của người nộp hồ sơ; "
        f"hãy nhập {label} hoặc chọn không nhận thông báo.",
    )


def consent_medium(session: Session, office_id: uuid.UUID, chosen: str | None) -> str:
    """The medium a reception records: the one chosen, else the office's default."""
    return chosen if chosen is not None else notify_policy(session, office_id).default_medium


def notify(
    session: Session,
    dossier: Dossier,
    event: str,
    *,
    at: datetime,
    day: date | None = None,
    missing: str | None = None,
) -> DossierNotification | None:
    """Write the request ``event`` calls for, with its op; ``None`` when the rule says none."""
    medium = dossier.notify_medium or NO_CONSENT
    recipient = _recipient(dossier, medium)
    policy = notify_policy(session, dossier.office_id)
    if not request_wanted(policy, Channel(dossier.channel), medium, event, recipient):
        return None
    request = DossierNotification(
        id=uuid.uuid4(), dossier_id=dossier.id, event=event, medium=medium,
        recipient=recipient, state=PENDING, attempts=0, created_at=at, updated_at=at,
    )  # fmt: skip
    session.add(request)
    record_notification(session, request, dossier.code, day=day, missing=missing)
    return request


def notify_status_change(
    session: Session, dossier: Dossier, target: DossierStatus, *, at: datetime, note: str
) -> DossierNotification | None:
    """The request of a status change that is an event (the note says what is missing)."""
    event = STATUS_EVENTS.get(target)
    if event is None:
        return None
    missing = (note or None) if event == "supplement" else None
    return notify(session, dossier, event, at=at, missing=missing)


def _recipient(dossier: Dossier, medium: str) -> str | None:
    """The applicant's current phone or address for ``medium`` (the dossier's phone copy else)."""
    applicant = dossier.applicant
    phone = (applicant.phone if applicant else None) or dossier.phone
    return recipient_of(medium, phone, applicant.email if applicant else None)
