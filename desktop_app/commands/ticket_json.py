"""The JSON form of a queue ticket, as every ``queue`` command prints it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any


def ticket_dict(ticket: Any) -> dict[str, Any] | None:
    """The JSON form of a ``TicketInfo`` (``number`` is the printed number, e.g. ``A012``)."""
    if ticket is None:
        return None
    data = asdict(ticket)
    data["number"] = ticket.display_number
    data["sequence"] = ticket.number
    data["area"] = ticket.area_code
    return data
