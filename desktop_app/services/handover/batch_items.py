"""What a handover batch does to each of its dossiers: the item, the event, the outbox op.

Handing over adds an item and a ``handed_over`` event per dossier; receiving stamps the
receiver on every item with a ``handover_received`` event; a batch to the post is received by
the postal worker at once and its dossiers count as returned (status 10).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import add_event, required_text
from desktop_app.services.outbox import record_dossier_event
from desktop_app.storage.models import Dossier, DossierEvent, HandoverBatch, HandoverItem
from motcua_core.domain.lifecycle import DossierStatus


def hand_items(
    session: Session,
    batch: HandoverBatch,
    dossiers: list[Dossier],
    at: datetime,
    *,
    with_result_notes: bool,
) -> None:
    """One item per dossier, each with its ``handed_over`` event, sent to the outbox.

    ``with_result_notes``: a department hands results back, each item says what it carries.
    """
    events = [_hand_item(session, batch, dossier, at, with_result_notes) for dossier in dossiers]
    session.flush()
    _record_events(session, zip(dossiers, events, strict=True))


def _hand_item(
    session: Session, batch: HandoverBatch, dossier: Dossier, at: datetime, with_note: bool
) -> DossierEvent:
    """Put ``dossier`` in the batch (with the department's result note); its event."""
    item = HandoverItem(id=uuid.uuid4(), dossier_id=dossier.id, handed_at=at)
    item.sender_id = batch.sender_id
    if with_note:
        item.result_note = _result_note(dossier)
    batch.items.append(item)
    return add_event(session, dossier, "handed_over", at=at, staff_id=batch.sender_id,
                     from_unit=batch.from_unit, to_unit=batch.to_unit,
                     note=f"Bàn giao số {batch.number}")  # fmt: skip


def _record_events(session: Session, pairs: Iterable[tuple[Dossier, DossierEvent]]) -> None:
    """The outbox op of each (dossier, event), once the events are flushed."""
    for dossier, event in pairs:
        record_dossier_event(session, event, dossier.code)


def _result_note(dossier: Dossier) -> str:
    """What the department hands back: the result, or the stop notice with its reason."""
    if dossier.status == DossierStatus.STOPPED:
        return f"Dừng xử lý: {dossier.stop_reason or ''}".strip()
    return DossierStatus(dossier.status).label_vi


def mark_received(
    session: Session,
    batch: HandoverBatch,
    receiver_id: uuid.UUID | None,
    receiver_name: str | None,
    at: datetime,
) -> None:
    """Receiver and moment on the batch and every item, a ``handover_received`` event each."""
    _check_receiver_named(receiver_id, receiver_name)
    _stamp_receiver(batch, receiver_id, receiver_name, at)
    received = [_receive_item(session, batch, item, at) for item in batch.items]
    session.flush()
    _record_events(session, received)


def _check_receiver_named(receiver_id: uuid.UUID | None, receiver_name: str | None) -> None:
    """A batch is received by a staff account or by a person named in full."""
    if receiver_id is None and not (receiver_name and receiver_name.strip()):
        raise ServiceError("who received the batch is required", "Chưa ghi người nhận bàn giao.")


def _stamp_receiver(
    batch: HandoverBatch, receiver_id: uuid.UUID | None, receiver_name: str | None, at: datetime
) -> None:
    """Who received the batch (an account, or a name written down) and when."""
    batch.receiver_id = receiver_id
    batch.receiver_name = receiver_name.strip() if receiver_name else None
    batch.received_at = at


def _receive_item(
    session: Session, batch: HandoverBatch, item: HandoverItem, at: datetime
) -> tuple[Dossier, DossierEvent]:
    """The batch's receiver takes this item: the dossier and its new event."""
    item.receiver_id = batch.receiver_id
    item.received_at = at
    dossier = session.get_one(Dossier, item.dossier_id)
    event = add_event(session, dossier, "handover_received", at=at, staff_id=batch.receiver_id,
                      from_unit=batch.from_unit, to_unit=batch.to_unit,
                      note=f"Nhận bàn giao số {batch.number}")  # fmt: skip
    return dossier, event


def hand_to_post(
    session: Session,
    batch: HandoverBatch,
    dossiers: list[Dossier],
    receiver_name: str | None,
    at: datetime,
) -> None:
    """The postal worker takes the results: the batch is received and the dossiers returned."""
    name = required_text(receiver_name, "postal worker's name", "tên nhân viên bưu chính nhận")
    mark_received(session, batch, None, name, at)
    for dossier in dossiers:
        _return_by_post(session, batch, dossier, name, at)


def _return_by_post(
    session: Session, batch: HandoverBatch, dossier: Dossier, name: str, at: datetime
) -> None:
    """Status 10 for a result the postal worker ``name`` took, on the batch's sender."""
    dossier.returned_to_name = name
    dossier.returned_to_authorised = True
    dossier.returned_by_id = batch.sender_id
    note = f"Gửi kết quả qua bưu chính, lô số {batch.number}"
    change_status(session, dossier.id, DossierStatus.RETURNED, at=at,
                  staff_id=batch.sender_id, note=note, from_unit=batch.from_unit,
                  to_unit=batch.to_unit)  # fmt: skip
