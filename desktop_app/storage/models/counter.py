"""Models of the counter workstation: the word index of applicants' names on dossiers."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base


class DossierNameWord(Base):
    """One folded word of a dossier's applicant name after the first (``"nhung"``).

    The full folded name (``dossier.name_key``) serves prefix searches ("nguyen thi h…"); this
    table lets a search for a word inside the name ("nhung", "hong nhung") use an index too:
    ``word >= key AND word < key || '\\uffff'`` is a range on the primary key on SQLite and
    PostgreSQL alike.
    """

    __tablename__ = "dossier_name_word"

    word: Mapped[str] = mapped_column(String(60), primary_key=True)
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), primary_key=True)
