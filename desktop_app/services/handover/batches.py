"""Handover batches (bàn giao): counter → department, department → counter, counter → post.

Every item records who handed it over and when, and who received it and when; every dossier
gets a ``handed_over`` and a ``handover_received`` event. A batch to the post office is handed
and received at once (the postal worker signs the list) and the dossiers count as returned.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.handover.access import (
    COUNTER_UNIT,
    applicant_name,
    dossier_by_code,
    require_status,
    required_text,
    staff_name,
)
from desktop_app.services.handover.batch_items import hand_items, hand_to_post, mark_received
from desktop_app.services.numbering import allocate_number
from desktop_app.services.outbox import record_handover_batch
from desktop_app.storage.models import Dossier, HandoverBatch, HandoverItem
from motcua_core.domain.lifecycle import DossierStatus

POST_UNIT = "Bưu điện (dịch vụ bưu chính công ích)"


class Direction(StrEnum):
    """Where a batch goes."""

    TO_DEPARTMENT = "to_department"
    TO_COUNTER = "to_counter"
    TO_POST = "to_post"

    @property
    def label_vi(self) -> str:
        return {
            "to_department": "Chuyển phòng chuyên môn",
            "to_counter": "Trả kết quả về Bộ phận Một cửa",
            "to_post": "Gửi qua bưu chính",
        }[self.value]


_S = DossierStatus
#: Which dossiers each kind of batch may carry.
ALLOWED_STATUSES: dict[Direction, frozenset[DossierStatus]] = {
    Direction.TO_DEPARTMENT: frozenset({_S.RECEIVED, _S.IN_PROGRESS}),
    Direction.TO_COUNTER: frozenset({_S.RESULT_READY, _S.STOPPED}),
    Direction.TO_POST: frozenset({_S.RESULT_READY}),
}


@dataclass(frozen=True)
class HandoverItemInfo:
    """One line of a handover list."""

    no: int
    dossier_id: uuid.UUID
    code: str
    applicant_name: str
    procedure_name: str
    status: int
    dossier_received_at: datetime
    due_at: datetime | None
    handed_at: datetime | None
    received_at: datetime | None
    sender_name: str
    receiver_name: str
    result_note: str


@dataclass(frozen=True)
class HandoverBatchInfo:
    """A batch with its items, as the handover list prints it."""

    id: uuid.UUID
    number: int | None
    direction: Direction
    from_unit: str
    to_unit: str
    sender_id: uuid.UUID | None
    sender_name: str
    receiver_id: uuid.UUID | None
    receiver_name: str
    created_at: datetime
    sent_at: datetime | None
    received_at: datetime | None
    note: str
    items: tuple[HandoverItemInfo, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def is_received(self) -> bool:
        return self.received_at is not None


def create_batch(
    session: Session,
    codes: Iterable[str],
    *,
    office_id: uuid.UUID,
    direction: Direction,
    to_unit: str | None,
    at: datetime,
    tz: tzinfo,
    sender_id: uuid.UUID | None,
    from_unit: str | None = None,
    receiver_name: str | None = None,
    note: str = "",
) -> HandoverBatchInfo:
    """Hand the dossiers with these codes over in one batch; the caller commits.

    Raises:
        NotFound: a code does not exist.
        ServiceError: no code, no unit, or a dossier cannot go in this batch.
    """
    direction = Direction(direction)
    dossiers = _dossiers_for_batch(session, codes, direction)
    units = _units(direction, from_unit, to_unit)
    batch = _new_batch(session, office_id, direction, at.astimezone(tz).date(), at)
    batch.from_unit, batch.to_unit = units
    batch.sender_id = sender_id
    batch.note = note.strip()
    session.add(batch)
    hand_items(session, batch, dossiers, at, with_result_notes=direction is Direction.TO_COUNTER)
    if direction is Direction.TO_POST:
        hand_to_post(session, batch, dossiers, receiver_name, at)
    _record_batch_step(session, batch, "handover_created", f"{direction.value}; ", sender_id, at)
    return batch_info(session, batch)


def _new_batch(
    session: Session, office_id: uuid.UUID, direction: Direction, local_day: date, at: datetime
) -> HandoverBatch:
    """A new batch (not yet added) sent at ``at``, with the office's next number of the day."""
    number = allocate_number(session, f"handover:{office_id}", local_day)
    batch = HandoverBatch(
        id=uuid.uuid4(),
        office_id=office_id,
        direction=direction.value,
        number=number,
        created_at=at,
        sent_at=at,
    )
    return batch


def receive_batch(
    session: Session,
    batch_id: str | uuid.UUID,
    *,
    receiver_id: uuid.UUID | None,
    at: datetime,
    receiver_name: str | None = None,
) -> HandoverBatchInfo:
    """Record that the receiving unit took the batch: receiver and time on every item.

    Raises:
        NotFound: no such batch.
        ServiceError: the batch was already received.
    """
    batch = _batch_row(session, batch_id, lock=True)
    _check_not_received(batch)
    mark_received(session, batch, receiver_id, receiver_name, at)
    _record_batch_step(session, batch, "handover_received", "", receiver_id, at)
    return batch_info(session, batch)


def get_batch(session: Session, batch_ref: str | uuid.UUID) -> HandoverBatchInfo:
    """A batch by its id or an unambiguous leading part of it (at least 6 characters).

    Raises:
        NotFound: no batch, or the reference is ambiguous.
    """
    return batch_info(session, _batch_row(session, batch_ref))


def list_batches(
    session: Session,
    *,
    direction: Direction | None = None,
    unit: str | None = None,
    pending_only: bool = False,
    limit: int = 50,
) -> list[HandoverBatchInfo]:
    """The newest batches first, optionally only those to ``unit`` still waiting for receipt.

    A batch waits while nobody has received it and at least one of its dossiers has not yet
    been returned: results the counter handed to the citizens (or to the post) straight from
    a department's batch leave nothing in it to receive.
    """
    query = select(HandoverBatch).order_by(HandoverBatch.created_at.desc()).limit(limit)
    if direction is not None:
        query = query.where(HandoverBatch.direction == Direction(direction).value)
    if unit is not None:
        query = query.where(HandoverBatch.to_unit == unit)
    if pending_only:
        query = query.where(HandoverBatch.received_at.is_(None), _has_unreturned_dossier())
    return [batch_info(session, row) for row in session.scalars(query)]


def _has_unreturned_dossier() -> ColumnElement[bool]:
    """The batch holds a dossier not yet returned (status 10)."""
    return exists(
        select(HandoverItem.id)
        .join(Dossier, Dossier.id == HandoverItem.dossier_id)
        .where(HandoverItem.batch_id == HandoverBatch.id)
        .where(Dossier.status != int(DossierStatus.RETURNED))
    )


def record_batch(session: Session, batch: HandoverBatch) -> None:
    """The outbox op of a batch: its current state with every item (office-owned fact)."""
    record_handover_batch(session, batch)


def _record_batch_step(
    session: Session,
    batch: HandoverBatch,
    action: str,
    detail: str,
    staff_id: uuid.UUID | None,
    at: datetime,
) -> None:
    """The batch's outbox op and the audit row of ``action`` (``detail``, then the count)."""
    record_batch(session, batch)
    record_audit(session, action, "handover_batch", batch.id, staff_id=staff_id,
                 detail=f"{detail}{len(batch.items)} dossiers", at=at)  # fmt: skip


def batch_info(session: Session, batch: HandoverBatch) -> HandoverBatchInfo:
    """The plain-data view of a batch, items in the order they were added."""
    items = [
        _item_info(session, batch, no, item, dossier)
        for no, (item, dossier) in enumerate(_sorted_items(session, batch), start=1)
    ]
    return HandoverBatchInfo(
        batch.id, batch.number, Direction(batch.direction), batch.from_unit, batch.to_unit,
        batch.sender_id, staff_name(session, batch.sender_id), batch.receiver_id,
        _receiver_name(session, batch, batch.receiver_id), batch.created_at,
        batch.sent_at, batch.received_at, batch.note, tuple(items),
    )  # fmt: skip


def _item_info(
    session: Session, batch: HandoverBatch, no: int, item: HandoverItem, dossier: Dossier
) -> HandoverItemInfo:
    """Line ``no`` of the handover list."""
    return HandoverItemInfo(
        no, dossier.id, dossier.code, applicant_name(dossier), dossier.procedure.name,
        dossier.status, dossier.received_at, dossier.due_at, item.handed_at, item.received_at,
        staff_name(session, item.sender_id), _receiver_name(session, batch, item.receiver_id),
        item.result_note,
    )  # fmt: skip


def _receiver_name(session: Session, batch: HandoverBatch, receiver_id: uuid.UUID | None) -> str:
    """The receiving officer's name, else the name written on the batch (a postal worker)."""
    return staff_name(session, receiver_id) or (batch.receiver_name or "")


# --- helpers ----------------------------------------------------------------------------------


def _sorted_items(session: Session, batch: HandoverBatch) -> Sequence[tuple[HandoverItem, Dossier]]:
    """Items with their dossiers in reception order (the order of the codes)."""
    session.flush()
    pairs = [(item, session.get_one(Dossier, item.dossier_id)) for item in batch.items]
    return sorted(pairs, key=lambda pair: (pair[1].received_at, pair[1].code))


def _dossiers_for_batch(
    session: Session, codes: Iterable[str], direction: Direction
) -> list[Dossier]:
    """The dossiers of ``codes`` (each once), checked to be free to go in this batch."""
    dossiers = [dossier_by_code(session, code) for code in _unique_codes(codes)]
    for dossier in dossiers:
        require_status(dossier, ALLOWED_STATUSES[direction], "đưa vào lô bàn giao này")
    _check_not_pending(session, dossiers, direction)
    return dossiers


def _unique_codes(codes: Iterable[str]) -> list[str]:
    """The codes, trimmed, each once, in the order given; at least one."""
    unique = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    if not unique:
        raise ServiceError("no dossier given for the batch", "Chưa chọn hồ sơ nào để bàn giao.")
    return unique


def _check_not_pending(session: Session, dossiers: list[Dossier], direction: Direction) -> None:
    """Refuse a dossier already in a batch of this direction that nobody received yet."""
    pending = session.scalars(
        select(Dossier.code)
        .join(HandoverItem, HandoverItem.dossier_id == Dossier.id)
        .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
        .where(Dossier.id.in_([d.id for d in dossiers]))
        .where(HandoverBatch.direction == direction.value, HandoverBatch.received_at.is_(None))
    ).first()
    if pending is not None:
        raise ServiceError(
            f"dossier {pending} is already in a batch not yet received",
            f"Hồ sơ {pending} đang nằm trong một lô bàn giao chưa được nhận.",
        )


def _units(direction: Direction, from_unit: str | None, to_unit: str | None) -> tuple[str, str]:
    if direction is Direction.TO_DEPARTMENT:
        target = required_text(to_unit, "receiving department", "phòng chuyên môn nhận hồ sơ")
        return (from_unit or COUNTER_UNIT), target
    if direction is Direction.TO_COUNTER:
        source = required_text(from_unit, "sending department", "phòng chuyên môn bàn giao")
        return source, (to_unit or COUNTER_UNIT)
    return (from_unit or COUNTER_UNIT), (to_unit or POST_UNIT)


def _check_not_received(batch: HandoverBatch) -> None:
    if batch.received_at is not None:
        raise ServiceError(
            f"handover batch {batch.number} was already received",
            f"Lô bàn giao số {batch.number} đã được nhận.",
        )


def _batch_row(session: Session, ref: str | uuid.UUID, *, lock: bool = False) -> HandoverBatch:
    text = str(ref).strip().lower()
    query = select(HandoverBatch).where(HandoverBatch.id == _batch_id(session, text))
    if lock:
        query = query.with_for_update()
    batch = session.scalars(query).one_or_none()
    if batch is None:
        raise NotFound(f"no handover batch {text!r}", f"Không có lô bàn giao {text}.")
    return batch


def _batch_id(session: Session, text: str) -> uuid.UUID:
    """The id ``text`` spells, or the one batch id that begins with it (6 characters or more)."""
    try:
        return uuid.UUID(text)
    except ValueError:
        pass  # not a whole id: a leading part of one
    return _batch_id_by_prefix(session, text)


def _batch_id_by_prefix(session: Session, text: str) -> uuid.UUID:
    """The one batch id beginning with ``text``, as a handover list's barcode prints it."""
    if len(text) < 6:
        raise NotFound(f"no handover batch {text!r}", f"Không có lô bàn giao {text}.")
    rows = [r for r in session.scalars(select(HandoverBatch.id)) if str(r).startswith(text)]
    if len(rows) != 1:
        raise NotFound(
            f"no single handover batch starts with {text!r}",
            f"Không xác định được lô bàn giao {text}.",
        )
    return rows[0]
