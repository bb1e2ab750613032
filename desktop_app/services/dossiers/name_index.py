"""The word index of applicants' names on dossiers (``dossier_name_word``)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop_app.storage.models import DossierNameWord

MAX_WORD_LENGTH = 60


def name_words(name_key: str) -> list[str]:
    """The words of a folded name after the first, without repeats.

    The first word is found through the full name key's prefix already.
    """
    words: list[str] = []
    for word in name_key.split(" ")[1:]:
        word = word[:MAX_WORD_LENGTH]
        if word and word not in words:
            words.append(word)
    return words


def index_name(session: Session, dossier_id: uuid.UUID, name_key: str) -> None:
    """(Re)write the word index of one dossier in the caller's transaction."""
    session.execute(delete(DossierNameWord).where(DossierNameWord.dossier_id == dossier_id))
    rows = [{"word": w, "dossier_id": dossier_id} for w in name_words(name_key)]
    if rows:
        session.execute(insert(DossierNameWord), rows)
