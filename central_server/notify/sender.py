"""One sender: claims due requests, composes, hands them to providers, records the answers.

Each step is its own short transaction: the claim; reading the request, its office and the
provider; recording the answer. Nothing is held open while a provider is being called. Log
lines name the request id, the state and the reason, never the recipient.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlalchemy.orm import Session, sessionmaker

from central_server.db import session_scope
from central_server.models import CentralOffice, utc_now
from central_server.notify.claims import claim_due
from central_server.notify.delivery import BackoffPolicy, record_answer
from central_server.notify.models import NotificationRequest
from central_server.notify.outgoing import Answer, Outgoing, Provider
from central_server.notify.providers import load_provider
from central_server.notify.secret_box import SecretKeyError
from central_server.notify.sms import send_sms
from central_server.notify.smtp_mail import send_email
from central_server.notify.zalo import send_zalo
from central_server.notify.zalo_tokens import StoredTokens
from motcua_core.domain.lookup_address import lookup_address
from motcua_core.domain.notification_text import compose

log = logging.getLogger("central_server.notify")


def new_sender_id() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def outgoing(row: NotificationRequest, office_name: str, public_url: str) -> Outgoing:
    """The composed message of ``row`` (office name, code, date, lookup link)."""
    link = lookup_address(public_url, row.dossier_code)
    message = compose(
        row.event,
        office_name=office_name,
        dossier_code=row.dossier_code,
        day=row.day,
        missing=row.missing,
        lookup_url=link,
    )
    return Outgoing(
        request_id=str(row.id),
        event=row.event,
        recipient=row.recipient,
        subject=message.subject,
        body=message.body,
        office_name=office_name,
        dossier_code=row.dossier_code,
        day=row.day,
        missing=row.missing,
        lookup_url=link,
    )


@dataclass
class Sender:
    """Sends due requests of ``factory``'s database; ``run_once`` is one bounded pass."""

    factory: sessionmaker[Session]
    public_url: str
    policy: BackoffPolicy = field(default_factory=BackoffPolicy)
    sender_id: str = field(default_factory=new_sender_id)
    client: httpx.Client = field(default_factory=httpx.Client)
    clock: Callable[[], datetime] = utc_now

    def run_once(self, limit: int = 20) -> int:
        """Claim and send up to ``limit`` due requests; how many were claimed."""
        with session_scope(self.factory) as session:
            claimed = claim_due(session, self.sender_id, self.clock(), limit)
        for request_id in claimed:
            self.deliver(request_id)
        return len(claimed)

    def deliver(self, request_id: uuid.UUID) -> str | None:
        """Send one claimed request and record the answer; its new state."""
        with session_scope(self.factory) as session:
            prepared = self._prepare(session, request_id)
        answer = prepared if isinstance(prepared, Answer) else self._send(*prepared)
        with session_scope(self.factory) as session:
            state = record_answer(
                session, request_id, self.sender_id, answer, self.clock(), self.policy
            )
        log.info("notification %s: %s (%s)", request_id, state or "claim lost", answer.detail or "")
        return state

    def _prepare(
        self, session: Session, request_id: uuid.UUID
    ) -> tuple[Provider, Outgoing] | Answer:
        row = session.get(NotificationRequest, request_id)
        assert row is not None
        try:
            provider = load_provider(session, row.medium)
        except SecretKeyError as exc:
            return Answer("temporary", str(exc))
        if provider is None:
            return Answer("temporary", f"no provider set for {row.medium}")
        office = session.get(CentralOffice, row.office_id)
        return provider, outgoing(row, office.name if office else "", self.public_url)

    def _send(self, provider: Provider, message: Outgoing) -> Answer:
        try:
            if provider.medium == "email":
                return send_email(provider, message)
            if provider.medium == "zalo":
                tokens = StoredTokens(self.factory, self.client, self.clock, provider.secrets)
                return send_zalo(provider, message, tokens, self.client)
            return send_sms(provider, message, self.client)
        except (SecretKeyError, ValueError) as exc:
            return Answer("temporary", str(exc))
        except Exception as exc:  # a provider's bug must not stop the loop
            log.warning(
                "notification %s: sending failed (%s)", message.request_id, type(exc).__name__
            )
            return Answer("temporary", f"sending failed ({type(exc).__name__})")
