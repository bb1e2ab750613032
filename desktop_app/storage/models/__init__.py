"""Typed SQLAlchemy models of the office database.

Identities are UUIDs made where a row is born; human numbers (dossier codes, ticket numbers)
are unique by constraint. Moments are stored in UTC (``UtcDateTime``). The schema changes only
through the Alembic migrations in ``storage/migrations``. Each area keeps its models in its own
module; all of them are imported here so that ``Base.metadata`` is complete.
"""

from desktop_app.storage.models.admin import OfficeSetting, RatingRequest
from desktop_app.storage.models.base import NAMING_CONVENTION, Base, utc_now, uuid_pk
from desktop_app.storage.models.core import (
    Applicant,
    AuditEntry,
    CalendarOverride,
    Counter,
    CounterArea,
    DailyCounter,
    Dossier,
    DossierEvent,
    HandoverBatch,
    HandoverItem,
    Office,
    Procedure,
    QueueTicket,
    Rating,
    ServiceArea,
    Staff,
    TicketEvent,
)
from desktop_app.storage.models.counter import DossierNameWord
from desktop_app.storage.models.outbox import OutboxOp
from desktop_app.storage.models.queue import QueueBoard, QueueCounterState, QueuePriorityGroup
from desktop_app.storage.models.sync import SyncState

__all__ = [
    "NAMING_CONVENTION",
    "Applicant",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "Counter",
    "CounterArea",
    "DailyCounter",
    "Dossier",
    "DossierEvent",
    "DossierNameWord",
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
    "ServiceArea",
    "Staff",
    "SyncState",
    "TicketEvent",
    "utc_now",
    "uuid_pk",
]
