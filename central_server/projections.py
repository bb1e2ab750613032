"""How each op kind updates the centre's projections of an office's data.

A batch's rows are loaded up front (``preload``: one query per table) into a ``BatchContext``;
each handler works on them and on the rows the batch creates, which are inserted per table at
the end. A handler raises ``Rejected`` with a reason free of personal data when the op cannot
be applied: a record of another office, a dossier code used by another dossier.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server import booking_ingest
from central_server.bulk_insert import insert_rows
from central_server.models import (
    CentralAttachment,
    CentralDossier,
    CentralDossierEvent,
    CentralHandoverBatch,
    CentralOffice,
    CentralOfficeSetting,
    CentralRating,
    CentralTicket,
    utc_now,
)
from central_server.notify.ingest import apply_notification
from central_server.notify.models import NotificationRequest
from central_server.office_settings import apply_office_setting
from motcua_core.domain.dossier_code import parse_dossier_code
from motcua_core.domain.lifecycle import DossierStatus, can_transition
from motcua_core.payloads import (
    AttachmentPayload,
    DossierEventPayload,
    DossierPayload,
    HandoverBatchPayload,
    OpPayload,
    RatingPayload,
    TicketPayload,
)
from motcua_core.protocol import PushOp

Outcome = tuple[str, str | None]


class Rejected(Exception):
    """The op cannot be applied; the message is the reason the office sees."""


@dataclass
class BatchContext:
    """What one batch needs: the office, and the rows its ops touch, loaded up front."""

    session: Session
    office: CentralOffice
    bulk: bool = True
    rows: dict[tuple[type, uuid.UUID], Any] = field(default_factory=dict)
    dossier_codes: dict[str, uuid.UUID] = field(default_factory=dict)
    new_rows: dict[type, list[Any]] = field(default_factory=dict)
    #: Each op's payload, validated before the batch is applied (by op id).
    checked: dict[uuid.UUID, OpPayload] = field(default_factory=dict)

    def get(self, model: type, key: uuid.UUID) -> Any:
        return self.rows.get((model, key))

    def new(self, model: type, **values: Any) -> Any:
        """A new row of ``model``. In bulk mode a plain namespace (no ORM bookkeeping: the
        batch's new rows are inserted per table at the end); else an ORM object added now."""
        if self.bulk:
            columns = model.__table__.columns  # type: ignore[attr-defined]
            row: Any = SimpleNamespace(**({column.key: None for column in columns} | values))
            self.new_rows.setdefault(model, []).append(row)
        else:
            row = model(**values)
            self.session.add(row)
        self.rows[(model, row.id)] = row
        return row

    def insert_new_rows(self) -> None:
        """One statement per table (``COPY`` on PostgreSQL) for the rows this batch created."""
        for model, rows in self.new_rows.items():
            columns = [column.key for column in model.__table__.columns]  # type: ignore[attr-defined]
            values = [{name: getattr(row, name) for name in columns} for row in rows]
            insert_rows(self.session.connection(), model.__table__, values)  # type: ignore[attr-defined]
        self.new_rows.clear()


def preload(context: BatchContext, checked: list[OpPayload]) -> None:
    """Load, with one query per table, every row the batch's ops may touch or name."""
    wanted: dict[type, set[uuid.UUID]] = {}
    for data in checked:
        wanted.setdefault(MODELS[data.ENTITY], set()).add(data.id)
        for model, key in _references(data):
            wanted.setdefault(model, set()).add(key)
    for model, keys in wanted.items():
        for row in context.session.scalars(select(model).where(model.id.in_(keys))):
            context.rows[(model, row.id)] = row
    load_codes(context, {data.code for data in checked if isinstance(data, DossierPayload)})


def load_codes(context: BatchContext, codes: set[str]) -> None:
    """Which dossier holds each of ``codes`` centrally (a code must name one dossier only)."""
    if codes:
        found = context.session.execute(
            select(CentralDossier.code, CentralDossier.id).where(CentralDossier.code.in_(codes))
        )
        context.dossier_codes.update({code: key for code, key in found})


def _references(data: OpPayload) -> Iterator[tuple[type, uuid.UUID]]:
    """The rows of other kinds an op names: they must belong to the same office."""
    if isinstance(data, DossierEventPayload | AttachmentPayload):
        yield CentralDossier, data.dossier_id
    elif isinstance(data, RatingPayload):
        if data.dossier_id is not None:
            yield CentralDossier, data.dossier_id
        if data.ticket_id is not None:
            yield CentralTicket, data.ticket_id
    elif isinstance(data, HandoverBatchPayload):
        yield from ((CentralDossier, i.dossier_id) for i in data.items if i.dossier_id)


def _check_references(context: BatchContext, data: OpPayload) -> None:
    for model, key in _references(data):
        if _belongs_elsewhere(context, context.get(model, key)):
            raise Rejected("names a record of another office")


def _belongs_elsewhere(context: BatchContext, row: Any) -> bool:
    return row is not None and row.office_id != context.office.id


def _check_own(context: BatchContext, row: Any) -> None:
    if _belongs_elsewhere(context, row):
        raise Rejected("the record belongs to another office")


def _check_code(context: BatchContext, code: str) -> None:
    if parse_dossier_code(code).unit_code != context.office.unit_code:
        raise Rejected("the dossier code belongs to another office")


def _dossier(context: BatchContext, op: PushOp, data: DossierPayload) -> Outcome:
    _check_code(context, data.code)
    row = context.get(CentralDossier, data.id)
    _check_own(context, row)
    holder = context.dossier_codes.get(data.code)
    if holder is not None and holder != data.id:
        raise Rejected("the dossier code is already used by another dossier")
    if row is None:
        row = context.new(
            CentralDossier,
            id=data.id,
            office_id=context.office.id,
            code=data.code,
            status=data.status,
            status_origin="office",
            last_office_seq=0,
            updated_at=utc_now(),
        )
        context.dossier_codes[data.code] = data.id
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    outcome: Outcome = ("applied", None)
    if data.status != row.status and row.status_origin == "central":
        if can_transition(DossierStatus(row.status), DossierStatus(data.status)):
            row.status, row.status_origin = data.status, "office"
        else:
            outcome = (
                "conflict",
                f"status {row.status} was set centrally; the office's "
                f"status {data.status} was not applied",
            )
    elif data.status != row.status or row.status_origin == "office":
        row.status, row.status_origin = data.status, "office"
    row.procedure_code, row.channel = data.procedure_code, data.channel
    row.received_at, row.due_at = data.received_at, data.due_at
    row.finished_at, row.returned_at = data.finished_at, data.returned_at
    row.owner_name = data.owner_name or (op.payload.get("applicant") or {}).get("full_name")
    row.payload, row.last_office_seq = op.payload, op.seq
    return outcome


def _dossier_event(context: BatchContext, op: PushOp, data: DossierEventPayload) -> Outcome:
    _check_code(context, data.dossier_code)
    _check_references(context, data)
    existing = context.get(CentralDossierEvent, data.id)
    _check_own(context, existing)
    if existing is None:
        context.new(
            CentralDossierEvent,
            id=data.id,
            office_id=context.office.id,
            dossier_id=data.dossier_id,
            at=data.at,
            kind=data.kind,
            from_status=data.from_status,
            to_status=data.to_status,
            origin="office",
            payload=op.payload,
        )
    return "applied", None


def _ticket(context: BatchContext, op: PushOp, data: TicketPayload) -> Outcome:
    row = context.get(CentralTicket, data.id)
    _check_own(context, row)
    if row is None:
        row = context.new(CentralTicket, id=data.id, office_id=context.office.id, last_office_seq=0)
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.display_number, row.status, row.local_day = data.display_number, data.status, data.local_day
    row.payload, row.last_office_seq = op.payload, op.seq
    return "applied", None


def _handover_batch(context: BatchContext, op: PushOp, data: HandoverBatchPayload) -> Outcome:
    row = context.get(CentralHandoverBatch, data.id)
    _check_own(context, row)
    _check_references(context, data)
    if row is None:
        row = context.new(
            CentralHandoverBatch, id=data.id, office_id=context.office.id, last_office_seq=0
        )
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.payload, row.last_office_seq = op.payload, op.seq
    return "applied", None


def _rating(context: BatchContext, op: PushOp, data: RatingPayload) -> Outcome:
    existing = context.get(CentralRating, data.id)
    _check_own(context, existing)
    _check_references(context, data)
    if existing is None:
        context.new(
            CentralRating,
            id=data.id,
            office_id=context.office.id,
            level=data.level.value,
            at=data.at,
            payload=op.payload,
        )
    return "applied", None


def _attachment(context: BatchContext, op: PushOp, data: AttachmentPayload) -> Outcome:
    """A dossier's attachment (metadata; the file comes by its own upload): the newest wins."""
    _check_code(context, data.dossier_code)
    _check_references(context, data)
    row = context.get(CentralAttachment, data.id)
    _check_own(context, row)
    if row is None:
        row = context.new(
            CentralAttachment, id=data.id, office_id=context.office.id, last_office_seq=0
        )
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.dossier_id, row.dossier_code, row.role = data.dossier_id, data.dossier_code, data.role
    row.document_index, row.sha256 = data.document_index, data.sha256
    row.payload, row.last_office_seq, row.updated_at = op.payload, op.seq, utc_now()
    return "applied", None


HANDLERS: dict[str, Callable[[BatchContext, PushOp, Any], Outcome]] = {
    "dossier": _dossier,
    "dossier_event": _dossier_event,
    "ticket": _ticket,
    "handover_batch": _handover_batch,
    "rating": _rating,
    "attachment": _attachment,
    "office_setting": apply_office_setting,
    "notification": apply_notification,
    **booking_ingest.HANDLERS,
}
MODELS: dict[str, type] = {
    "dossier": CentralDossier,
    "dossier_event": CentralDossierEvent,
    "ticket": CentralTicket,
    "handover_batch": CentralHandoverBatch,
    "rating": CentralRating,
    "attachment": CentralAttachment,
    "office_setting": CentralOfficeSetting,
    "notification": NotificationRequest,
    **booking_ingest.MODELS,
}
