"""Digitised documents of dossiers: the stored files and the attachments that name them.

A file is held once, content-addressed by its SHA-256 (``stored_file``), in the attachment
store beside the database (``storage/attachment_store.py``). An attachment (``dossier_attachment``)
puts one such file on one checklist line of a dossier (role ``document``, line numbered as on
form 01, 1-based) or as the dossier's electronic result (role ``result``, no line). A reused
attachment points at the attachment it was taken from.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from motcua_core.domain import field_limits as limits

#: The hex digits of a SHA-256.
SHA256_HEX = 64


class StoredFile(Base):
    """One file in the attachment store; ``uploaded_at`` is set once the centre holds it."""

    __tablename__ = "stored_file"

    sha256: Mapped[str] = mapped_column(String(SHA256_HEX), primary_key=True)
    bytes: Mapped[int] = mapped_column(BigInteger)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    uploaded_at: Mapped[datetime | None]


class DossierAttachment(Base):
    """A digitised document on one checklist line of a dossier, or its electronic result."""

    __tablename__ = "dossier_attachment"
    __table_args__ = (
        CheckConstraint("role IN ('document', 'result')", name="role_known"),
        UniqueConstraint("dossier_id", "role", "document_index"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), index=True)
    role: Mapped[str] = mapped_column(String(10), default="document")
    # The checklist line as numbered on form 01 (1-based); NULL for a result.
    document_index: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"))
    name: Mapped[str] = mapped_column(String(limits.DOCUMENT_NAME), default="")
    kind: Mapped[str | None] = mapped_column(String(limits.ATTACHMENT_KIND))
    number: Mapped[str | None] = mapped_column(String(limits.ATTACHMENT_NUMBER))
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(limits.ATTACHMENT_ISSUER))
    valid_until: Mapped[date | None] = mapped_column(Date)
    permanent: Mapped[bool] = mapped_column(Boolean, default=False)
    # The document owner's ID number: the key reception looks up for reuse (never synced).
    owner_id_number: Mapped[str | None] = mapped_column(String(limits.ID_NUMBER), index=True)
    digitised_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    digitised_at: Mapped[datetime] = mapped_column(default=utc_now)
    reused_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier_attachment.id"))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
