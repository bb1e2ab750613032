"""What the sender hands a provider, and what the provider answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

#: ``accepted``: the provider took the message (never sent again); ``temporary``: try again
#: later; ``permanent``: refused for good.
Result = Literal["accepted", "temporary", "permanent"]


@dataclass(frozen=True)
class Outgoing:
    """One message ready to go: the request's facts and the composed words."""

    request_id: str
    event: str
    recipient: str
    subject: str
    body: str
    office_name: str
    dossier_code: str
    day: date | None
    missing: str | None
    lookup_url: str


@dataclass(frozen=True)
class Answer:
    """A provider's answer; ``detail`` never holds the recipient or other personal data."""

    result: Result
    detail: str | None = None
    message_id: str | None = None


@dataclass
class Provider:
    """A medium's configuration as the sender uses it (secrets opened)."""

    medium: str
    settings: dict[str, Any]
    secrets: dict[str, Any] = field(default_factory=dict)
