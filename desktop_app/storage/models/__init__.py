"""Typed SQLAlchemy models of the office database.

Identities are UUIDs made where a row is born; human numbers (dossier codes, ticket numbers)
are unique by constraint. Moments are stored in UTC (``UtcDateTime``). The schema changes only
through the Alembic migrations in ``storage/migrations``. Each module holds the models of one
subject (office, catalogue, dossiers, handover, queue, ratings, numbering, audit, sync); all
of them are imported here so that ``Base.metadata`` is complete.
"""

from desktop_app.storage.models.attachments import DossierAttachment, StoredFile
from desktop_app.storage.models.audit import AuditEntry
from desktop_app.storage.models.base import NAMING_CONVENTION, Base, utc_now, uuid_pk
from desktop_app.storage.models.bookings import Booking, BookingSetting
from desktop_app.storage.models.catalogue import Procedure
from desktop_app.storage.models.dossiers import Applicant, Dossier, DossierEvent, DossierNameWord
from desktop_app.storage.models.handover import HandoverBatch, HandoverItem
from desktop_app.storage.models.notifications import DossierNotification
from desktop_app.storage.models.numbering import DailyCounter
from desktop_app.storage.models.office import CalendarOverride, Office, OfficeSetting, Staff
from desktop_app.storage.models.queue import (
    Counter,
    CounterArea,
    QueueBoard,
    QueueCounterState,
    QueuePriorityGroup,
    QueueTicket,
    ServiceArea,
    TicketEvent,
)
from desktop_app.storage.models.ratings import Rating, RatingRequest
from desktop_app.storage.models.stations import SchemaWriter, StationSeen
from desktop_app.storage.models.sync import OutboxOp, SyncState

__all__ = [
    "NAMING_CONVENTION",
    "Applicant",
    "AuditEntry",
    "Base",
    "Booking",
    "BookingSetting",
    "CalendarOverride",
    "Counter",
    "CounterArea",
    "DailyCounter",
    "Dossier",
    "DossierAttachment",
    "DossierEvent",
    "DossierNameWord",
    "DossierNotification",
    "HandoverBatch",
    "HandoverItem",
    "Office",
    "OfficeSetting",
    "OutboxOp",
    "Procedure",
    "QueueBoard",
    "QueueCounterState",
    "QueuePriorityGroup",
    "QueueTicket",
    "Rating",
    "RatingRequest",
    "SchemaWriter",
    "ServiceArea",
    "Staff",
    "StationSeen",
    "StoredFile",
    "SyncState",
    "TicketEvent",
    "utc_now",
    "uuid_pk",
]
