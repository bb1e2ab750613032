"""The display's database work, run off the UI thread: a cheap check, then the board if moved.

One primary-key read of ``queue_board.change_seq`` per poll; the full board (a few small
queries) only when the number changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from desktop_app.app import AppContext
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue.board import Board, read_board
from desktop_app.services.queue.change_number import change_seq


@dataclass(frozen=True)
class Poll:
    """What one poll found: ``board`` is None when nothing changed since ``last_seq``."""

    office_id: uuid.UUID
    office_name: str
    board: Board | None


class BoardFeed:
    """Remembers the office and the last change number seen; polled from one worker thread."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.office_id: uuid.UUID | None = None
        self.office_name = context.settings.office_name
        self.last_seq = -1
        self.last_day: date | None = None

    def poll(self, now: datetime | None = None) -> Poll:
        """Read the board if it changed (or the day turned) since the last poll."""
        now = now or datetime.now(UTC)
        tz = self.context.settings.zone
        day = now.astimezone(tz).date()
        with self.context.session(read_only=True) as session:
            office_id = self._office_id(session)
            if change_seq(session, office_id) == self.last_seq and day == self.last_day:
                return Poll(office_id, self.office_name, None)
            board = read_board(session, office_id, at=now, tz=tz)
        self.last_seq, self.last_day = board.change_seq, day
        return Poll(office_id, self.office_name, board)

    def _office_id(self, session: Session) -> uuid.UUID:
        """The office shown, read once (its name replaces the one from the settings)."""
        if self.office_id is None:
            office = current_office(session)
            self.office_id, self.office_name = office.id, office.name
        return self.office_id

    def forget(self) -> None:
        """Read the whole board at the next poll (after a lost connection)."""
        self.last_seq = -1
