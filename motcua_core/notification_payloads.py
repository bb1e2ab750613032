"""What travels for citizens' notifications (issue: citizens informed by e-mail, Zalo, SMS).

The office writes one :class:`NotificationRequestPayload` op (entity ``notification``,
operation ``insert``) in the same transaction as the dossier event it tells of, when the
citizen consented to a medium and the office sends that event for the dossier's channel. The
op's ``id`` is the request's id: the centre stores it once (a repeated push is a duplicate),
sends it at most once after the provider accepted it, and uses it as the idempotency key
towards providers that take one.

The centre reports each change of a request's delivery back to the office as a pulled change
of kind ``notification_status`` whose payload is a :class:`NotificationStatusPayload`
(``entity_id`` is the request id).
"""

from __future__ import annotations

import uuid
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from motcua_core.domain import field_limits as limits
from motcua_core.payloads import Count, Day, Moment, OpPayload, Text

#: The dossier events a citizen may be told of.
NotificationEvent = Literal["received", "supplement", "extension", "result_ready", "returned"]
NOTIFICATION_EVENTS: tuple[str, ...] = NotificationEvent.__args__  # type: ignore[attr-defined]
#: The media a citizen may choose; ``none`` (no consent) is never a request's medium.
NotificationMedium = Literal["sms", "zalo", "email"]
NOTIFICATION_MEDIA: tuple[str, ...] = NotificationMedium.__args__  # type: ignore[attr-defined]
#: A request's delivery as the centre reports it: accepted by the provider (``sent``), failed
#: for now and to be tried again (``retrying``), refused for good (``refused``).
DeliveryState = Literal["sent", "retrying", "refused"]


class NotificationRequestPayload(OpPayload):
    """Tell the citizen of one event of their dossier by one medium.

    ``recipient`` is the phone (as the office holds it, for ``sms`` and ``zalo``) or the e-mail
    address; it is the only personal datum that travels, and never appears in a message, a
    log line or a reason. ``day`` is the appointment date (``received``) or the new date
    (``extension``); ``missing`` says what a supplement needs.
    """

    ENTITY: ClassVar[str] = "notification"
    OPERATION: ClassVar[str] = "insert"

    dossier_id: uuid.UUID
    dossier_code: Annotated[str, Text(limits.DOSSIER_CODE)]
    event: NotificationEvent
    medium: NotificationMedium
    recipient: Annotated[str, Text(limits.EMAIL, min_length=1)]
    at: Moment
    day: Day | None = None
    missing: Annotated[str, Text(limits.NOTE, prose=True)] | None = None


class NotificationStatusPayload(BaseModel):
    """The delivery of one request, pulled back by its office (change ``notification_status``).

    ``detail`` is the provider's reason in words (no recipient, no personal data); ``attempts``
    counts the tries so far.
    """

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID
    dossier_id: uuid.UUID
    dossier_code: Annotated[str, Text(limits.DOSSIER_CODE)]
    event: NotificationEvent
    medium: NotificationMedium
    state: DeliveryState
    attempts: Count = 0
    detail: Annotated[str, Text(limits.NOTE, prose=True)] | None = None
    at: Moment
    provider_message_id: Annotated[str, Field(max_length=200)] | None = None
