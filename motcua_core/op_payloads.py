"""The payload model of every op kind an office pushes, by (entity, operation)."""

from __future__ import annotations

from motcua_core.booking_payloads import (
    BookingConfigPayload,
    BookingVisitPayload,
    OfficeCalendarDayPayload,
)
from motcua_core.notification_payloads import NotificationRequestPayload
from motcua_core.payloads import (
    AttachmentPayload,
    DossierEventPayload,
    DossierPayload,
    HandoverBatchPayload,
    OfficeSettingPayload,
    OpPayload,
    RatingPayload,
    TicketPayload,
)

OP_PAYLOADS: dict[tuple[str, str], type[OpPayload]] = {
    (model.ENTITY, model.OPERATION): model
    for model in (
        DossierPayload,
        DossierEventPayload,
        TicketPayload,
        HandoverBatchPayload,
        RatingPayload,
        AttachmentPayload,
        OfficeSettingPayload,
        NotificationRequestPayload,
        BookingConfigPayload,
        OfficeCalendarDayPayload,
        BookingVisitPayload,
    )
}
