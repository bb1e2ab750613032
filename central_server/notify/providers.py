"""The providers' configuration held by the centre: one row per medium.

Settings (host, port, template ids, URL…) are kept in clear; secrets (password, app secret,
tokens, an SMS gateway's body template and headers) only sealed (``secret_box``). Listing
shows a provider's settings and the names of its secrets, never their values.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.models import utc_now
from central_server.notify.models import NotifyProvider
from central_server.notify.outgoing import Provider
from central_server.notify.secret_box import seal, unseal

MEDIA = ("email", "zalo", "sms")


def set_provider(
    session: Session, medium: str, settings: dict[str, Any], secrets: dict[str, Any]
) -> None:
    """Set (or replace) the provider of ``medium``."""
    if medium not in MEDIA:
        raise ValueError(f"unknown medium {medium!r}: one of {', '.join(MEDIA)}")
    sealed = seal(secrets) if secrets else None
    row = session.get(NotifyProvider, medium)
    if row is None:
        session.add(NotifyProvider(medium=medium, settings=settings, secrets=sealed))
    else:
        row.settings, row.secrets, row.updated_at = settings, sealed, utc_now()
    session.flush()


def load_provider(session: Session, medium: str) -> Provider | None:
    """The provider of ``medium`` with its secrets opened (None when none is set)."""
    row = session.get(NotifyProvider, medium)
    if row is None:
        return None
    return Provider(medium, dict(row.settings), unseal(row.secrets))


def describe_providers(session: Session) -> list[dict[str, Any]]:
    """Every provider: medium, settings, the names of its secrets, last change."""
    rows = session.scalars(select(NotifyProvider).order_by(NotifyProvider.medium)).all()
    return [
        {
            "medium": row.medium,
            "settings": row.settings,
            "secrets": sorted(unseal(row.secrets)) if row.secrets else [],
            "updated_at": row.updated_at.isoformat(),
        }
        for row in rows
    ]
