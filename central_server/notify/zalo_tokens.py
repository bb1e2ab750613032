"""The Zalo OA's access token, shared by every worker through the provider row.

The tokens are provider secrets (sealed). Renewing locks the row, so two workers never spend
the same single-use refresh token: the second finds the first one's new token and uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import httpx
from sqlalchemy.orm import Session, sessionmaker

from central_server.db import session_scope
from central_server.notify.models import NotifyProvider
from central_server.notify.secret_box import seal, unseal
from central_server.notify.zalo import refresh_token

#: A token this close to its end is renewed before use.
MARGIN = timedelta(seconds=60)


class StoredTokens:
    """A ``zalo.TokenSource`` on the ``notify_provider`` row of ``zalo``."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        client: httpx.Client,
        now: Callable[[], datetime],
        secrets: dict[str, object],
    ) -> None:
        self._factory, self._client, self._now = factory, client, now
        self._secrets = secrets

    def _valid(self, secrets: dict[str, object]) -> str | None:
        token, until = secrets.get("access_token"), secrets.get("access_expires_at")
        if not token or not until:
            return None
        return str(token) if datetime.fromisoformat(str(until)) > self._now() + MARGIN else None

    def current(self) -> str | None:
        return self._valid(self._secrets)

    def renew(self, stale: str | None) -> str:
        with session_scope(self._factory) as session:
            row = session.get(NotifyProvider, "zalo", with_for_update=True)
            if row is None:
                raise ValueError("the Zalo provider is not set")
            secrets = unseal(row.secrets)
            held = self._valid(secrets)
            if held is not None and held != stale:
                self._secrets = secrets
                return held
            answer = refresh_token(self._client, row.settings, secrets)
            lifetime = int(str(answer.get("expires_in") or 3600))
            secrets["access_token"] = str(answer["access_token"])
            secrets["refresh_token"] = str(answer.get("refresh_token") or secrets["refresh_token"])
            secrets["access_expires_at"] = (self._now() + timedelta(seconds=lifetime)).isoformat()
            row.secrets = seal(secrets)
            self._secrets = secrets
            return str(secrets["access_token"])
