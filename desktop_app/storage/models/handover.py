"""Handover batches (bàn giao) and the dossiers each batch carries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base, utc_now, uuid_pk


class HandoverBatch(Base):
    """A batch of dossiers handed to a department, back to the counter, or to the post."""

    __tablename__ = "handover_batch"
    __table_args__ = (
        CheckConstraint(
            "direction IN ('to_department', 'to_counter', 'to_post')", name="direction_known"
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    direction: Mapped[str] = mapped_column(String(20))
    from_unit: Mapped[str] = mapped_column(String(200))
    to_unit: Mapped[str] = mapped_column(String(200))
    sender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    sent_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    # handover/return (3B): the printed number of the batch, per office local day.
    number: Mapped[int | None] = mapped_column(Integer)

    items: Mapped[list[HandoverItem]] = relationship(back_populates="batch")


class HandoverItem(Base):
    __tablename__ = "handover_item"
    __table_args__ = (UniqueConstraint("batch_id", "dossier_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handover_batch.id"))
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), index=True)
    handed_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    result_note: Mapped[str] = mapped_column(Text, default="")
    # handover/return (3B): who gave and who took this dossier.
    sender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))

    batch: Mapped[HandoverBatch] = relationship(back_populates="items")
