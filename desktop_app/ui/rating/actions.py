"""The rating station's database work, run off the UI thread (call it through run_operation).

A poll is one read-only transaction; the citizen's answer is one transaction of its own.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from desktop_app.app import AppContext
from desktop_app.services.office.identity import current_office
from desktop_app.services.ratings.rating_requests import (
    RatingAnswer,
    RatingPrompt,
    answer_request,
    pending_prompt,
)


class RatingStation:
    """The requests of one counter's rating station; methods block."""

    def __init__(self, context: AppContext, counter_number: int) -> None:
        self.context = context
        self.counter_number = counter_number
        self.office_id: uuid.UUID | None = None

    def pending(self, now: datetime) -> RatingPrompt | None:
        """The counter's oldest pending request (a read: safe to poll often)."""
        with self.context.session(read_only=True) as session:
            if self.office_id is None:
                self.office_id = current_office(session).id
            return pending_prompt(session, self.office_id, self.counter_number, now)

    def answer(self, request_id: uuid.UUID, level: str, reason: str, at: datetime) -> RatingAnswer:
        """Record the citizen's answer to the request."""
        with self.context.session() as session:
            return answer_request(session, request_id, level=level, reason=reason, at=at)
