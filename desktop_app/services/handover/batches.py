"""Handover batches (bàn giao): counter → department, department → counter, counter → post.

Every item records who handed it over and when, and who received it and when; every dossier
gets a ``handed_over`` and a ``handover_received`` event. A batch to the post office is handed
and received at once (the postal worker signs the list) and the dossiers count as returned.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.handover.access import (
    COUNTER_UNIT,
    add_event,
    dossier_by_code,
    require_status,
    required_text,
    staff_name,
)
from desktop_app.services.numbering import allocate_number
from desktop_app.services.outbox import record_dossier_event, record_handover_batch
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
    from_unit, to_unit = _units(direction, from_unit, to_unit)
    batch = HandoverBatch(
        id=uuid.uuid4(),
        office_id=office_id,
        direction=direction.value,
        from_unit=from_unit,
        to_unit=to_unit,
        sender_id=sender_id,
        created_at=at,
        sent_at=at,
        note=note.strip(),
        number=allocate_number(session, f"handover:{office_id}", at.astimezone(tz).date()),
    )
    session.add(batch)
    events = []
    for dossier in dossiers:
        item = HandoverItem(id=uuid.uuid4(), dossier_id=dossier.id, handed_at=at)
        item.sender_id = sender_id
        if direction is Direction.TO_COUNTER:
            item.result_note = _result_note(dossier)
        batch.items.append(item)
        events.append(
            add_event(session, dossier, "handed_over", at=at, staff_id=sender_id,
                      from_unit=from_unit, to_unit=to_unit, note=f"Bàn giao số {batch.number}")
        )  # fmt: skip
    session.flush()
    for dossier, event in zip(dossiers, events, strict=True):
        record_dossier_event(session, event, dossier.code)
    if direction is Direction.TO_POST:
        _hand_to_post(session, batch, dossiers, receiver_name, at)
    record_batch(session, batch)
    record_audit(session, "handover_created", "handover_batch", batch.id, staff_id=sender_id,
                 detail=f"{direction.value}; {len(dossiers)} dossiers", at=at)  # fmt: skip
    return batch_info(session, batch)


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
    if batch.received_at is not None:
        raise ServiceError(
            f"handover batch {batch.number} was already received",
            f"Lô bàn giao số {batch.number} đã được nhận.",
        )
    _mark_received(session, batch, receiver_id, receiver_name, at)
    record_batch(session, batch)
    record_audit(session, "handover_received", "handover_batch", batch.id, staff_id=receiver_id,
                 detail=f"{len(batch.items)} dossiers", at=at)  # fmt: skip
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


def batch_info(session: Session, batch: HandoverBatch) -> HandoverBatchInfo:
    """The plain-data view of a batch, items in the order they were added."""
    items = []
    for no, (item, dossier) in enumerate(_sorted_items(session, batch), start=1):
        items.append(
            HandoverItemInfo(
                no, dossier.id, dossier.code,
                dossier.applicant.full_name if dossier.applicant else (dossier.owner_name or ""),
                dossier.procedure.name, dossier.status, dossier.received_at, dossier.due_at,
                item.handed_at, item.received_at, staff_name(session, item.sender_id),
                staff_name(session, item.receiver_id) or (batch.receiver_name or ""),
                item.result_note,
            )
        )  # fmt: skip
    return HandoverBatchInfo(
        batch.id, batch.number, Direction(batch.direction), batch.from_unit, batch.to_unit,
        batch.sender_id, staff_name(session, batch.sender_id), batch.receiver_id,
        staff_name(session, batch.receiver_id) or (batch.receiver_name or ""), batch.created_at,
        batch.sent_at, batch.received_at, batch.note, tuple(items),
    )  # fmt: skip


# --- helpers ----------------------------------------------------------------------------------


def _sorted_items(session: Session, batch: HandoverBatch) -> Sequence[tuple[HandoverItem, Dossier]]:
    """Items with their dossiers in reception order (the order of the codes)."""
    session.flush()
    pairs = [(item, session.get_one(Dossier, item.dossier_id)) for item in batch.items]
    return sorted(pairs, key=lambda pair: (pair[1].received_at, pair[1].code))


def _dossiers_for_batch(
    session: Session, codes: Iterable[str], direction: Direction
) -> list[Dossier]:
    unique = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    if not unique:
        raise ServiceError("no dossier given for the batch", "Chưa chọn hồ sơ nào để bàn giao.")
    dossiers = [dossier_by_code(session, code) for code in unique]
    for dossier in dossiers:
        require_status(dossier, ALLOWED_STATUSES[direction], "đưa vào lô bàn giao này")
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
    return dossiers


def _result_note(dossier: Dossier) -> str:
    """What the department hands back: the result, or the stop notice with its reason."""
    if dossier.status == DossierStatus.STOPPED:
        return f"Dừng xử lý: {dossier.stop_reason or ''}".strip()
    return DossierStatus(dossier.status).label_vi


def _units(direction: Direction, from_unit: str | None, to_unit: str | None) -> tuple[str, str]:
    if direction is Direction.TO_DEPARTMENT:
        target = required_text(to_unit, "receiving department", "phòng chuyên môn nhận hồ sơ")
        return (from_unit or COUNTER_UNIT), target
    if direction is Direction.TO_COUNTER:
        source = required_text(from_unit, "sending department", "phòng chuyên môn bàn giao")
        return source, (to_unit or COUNTER_UNIT)
    return (from_unit or COUNTER_UNIT), (to_unit or POST_UNIT)


def _mark_received(
    session: Session,
    batch: HandoverBatch,
    receiver_id: uuid.UUID | None,
    receiver_name: str | None,
    at: datetime,
) -> None:
    if receiver_id is None and not (receiver_name and receiver_name.strip()):
        raise ServiceError("who received the batch is required", "Chưa ghi người nhận bàn giao.")
    batch.receiver_id = receiver_id
    batch.receiver_name = receiver_name.strip() if receiver_name else None
    batch.received_at = at
    dossiers = []
    for item in batch.items:
        item.receiver_id = receiver_id
        item.received_at = at
        dossier = session.get_one(Dossier, item.dossier_id)
        dossiers.append((dossier, add_event(
            session, dossier, "handover_received", at=at, staff_id=receiver_id,
            from_unit=batch.from_unit, to_unit=batch.to_unit,
            note=f"Nhận bàn giao số {batch.number}",
        )))  # fmt: skip
    session.flush()
    for dossier, event in dossiers:
        record_dossier_event(session, event, dossier.code)


def _hand_to_post(
    session: Session,
    batch: HandoverBatch,
    dossiers: list[Dossier],
    receiver_name: str | None,
    at: datetime,
) -> None:
    """The postal worker takes the results: the batch is received and the dossiers returned."""
    name = required_text(receiver_name, "postal worker's name", "tên nhân viên bưu chính nhận")
    _mark_received(session, batch, None, name, at)
    for dossier in dossiers:
        dossier.returned_to_name = name
        dossier.returned_to_authorised = True
        dossier.returned_by_id = batch.sender_id
        note = f"Gửi kết quả qua bưu chính, lô số {batch.number}"
        change_status(session, dossier.id, DossierStatus.RETURNED, at=at,
                      staff_id=batch.sender_id, note=note, from_unit=batch.from_unit,
                      to_unit=batch.to_unit)  # fmt: skip


def _batch_row(session: Session, ref: str | uuid.UUID, *, lock: bool = False) -> HandoverBatch:
    text = str(ref).strip().lower()
    try:
        query = select(HandoverBatch).where(HandoverBatch.id == uuid.UUID(text))
    except ValueError:
        if len(text) < 6:
            raise NotFound(f"no handover batch {text!r}", f"Không có lô bàn giao {text}.") from None
        rows = [r for r in session.scalars(select(HandoverBatch.id)) if str(r).startswith(text)]
        if len(rows) != 1:
            raise NotFound(
                f"no single handover batch starts with {text!r}",
                f"Không xác định được lô bàn giao {text}.",
            ) from None
        query = select(HandoverBatch).where(HandoverBatch.id == rows[0])
    if lock:
        query = query.with_for_update()
    batch = session.scalars(query).one_or_none()
    if batch is None:
        raise NotFound(f"no handover batch {text!r}", f"Không có lô bàn giao {text}.")
    return batch
