"""A central database with one enrolled office that pushes notification requests, for the
tests of the centre's sender; a clock the tests move by hand."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.notify.delivery import BackoffPolicy
from central_server.notify.models import NotificationRequest
from central_server.notify.sender import Sender

UNIT = "000.00.06.H56"
OFFICE_NAME = "UBND phường Hàng Bạc"
PUBLIC_URL = "https://dichvucong.example.vn"
#: The applicant's ID number: pushed with the dossier, never in a message.
ID_NUMBER = "001203004567"


@dataclass
class Clock:
    """The sender's time: never behind the real one (requests are queued at the real time),
    moved ahead by hand; ``now`` is the last time handed out."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        self.now = max(self.now, datetime.now(UTC))
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _op(entity: str, operation: str, seq: int, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "seq": seq,
        "entity": entity,
        "entity_id": payload["id"],
        "operation": operation,
        "payload": payload,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }


@dataclass
class NotifyCentral:
    engine: Engine
    factory: sessionmaker[Session]
    client: TestClient
    headers: dict[str, str]
    clock: Clock = field(default_factory=Clock)
    seq: int = 0
    dossiers: int = 0

    def dossier(self) -> tuple[str, str]:
        """A new dossier of the office, pushed with its applicant (ID number included)."""
        self.dossiers += 1
        code, dossier_id = f"{UNIT}-261126-{self.dossiers:04d}", str(uuid.uuid4())
        applicant = {"full_name": "Nguyễn Văn An", "id_number": ID_NUMBER, "phone": "0912345678"}
        payload = {"id": dossier_id, "code": code, "procedure_code": "1.001193", "status": 2}
        payload |= {"channel": 1, "received_at": "2026-11-26T02:30:00+00:00"}
        self.push([self.op("dossier", "upsert", payload | {"applicant": applicant})])
        return dossier_id, code

    def op(self, entity: str, operation: str, payload: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        return _op(entity, operation, self.seq, payload)

    def request_op(
        self,
        medium: str,
        recipient: str,
        event: str = "received",
        *,
        pushed: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        """A request op for a new dossier (``pushed``: the dossier pushed first, with its owner)."""
        if pushed:
            dossier_id, code = self.dossier()
        else:
            self.dossiers += 1
            dossier_id, code = str(uuid.uuid4()), f"{UNIT}-261126-{self.dossiers:04d}"
        payload = {"id": str(uuid.uuid4()), "dossier_id": dossier_id, "dossier_code": code}
        payload |= {"event": event, "medium": medium, "recipient": recipient}
        payload |= {"at": "2026-11-26T02:31:00+00:00", "day": "2026-12-03"} | extra
        return self.op("notification", "insert", payload)

    def push(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        body = {"batch_id": str(uuid.uuid4()), "ops": ops}
        answer = self.client.post(f"/api/v1/offices/{UNIT}/push", json=body, headers=self.headers)
        assert answer.status_code == 200, answer.text
        return list(answer.json()["results"])

    def request(self, medium: str, recipient: str, event: str = "received", **extra: Any) -> str:
        """Push one notification request; its id."""
        op = self.request_op(medium, recipient, event, **extra)
        assert self.push([op])[0]["outcome"] == "applied"
        return str(op["payload"]["id"])

    def sender(self, **options: Any) -> Sender:
        options.setdefault("policy", BackoffPolicy(max_attempts=5))
        options.setdefault("clock", self.clock)
        return Sender(self.factory, PUBLIC_URL, **options)

    def row(self, request_id: str) -> NotificationRequest:
        with session_scope(self.factory) as session:
            row = session.get(NotificationRequest, uuid.UUID(request_id))
            assert row is not None
            return row

    def rows(self) -> list[NotificationRequest]:
        with session_scope(self.factory) as session:
            return list(session.scalars(select(NotificationRequest)).all())

    def statuses(self) -> list[dict[str, Any]]:
        """The office's pulled ``notification_status`` changes, oldest first."""
        answer = self.client.get(f"/api/v1/offices/{UNIT}/changes?limit=500", headers=self.headers)
        assert answer.status_code == 200, answer.text
        changes = answer.json()["changes"]
        return [c for c in changes if c["kind"] == "notification_status"]


_SCHEMA: dict[str, Path] = {}


def _migrated(url: str) -> Engine:
    """An engine on ``url`` at the schema's head; a SQLite file is copied from one migrated
    once per run (migrating takes a second or more per test on a loaded machine)."""
    target = make_url(url).database
    if make_url(url).get_backend_name() == "sqlite" and target:
        if "sqlite" not in _SCHEMA:
            folder = Path(tempfile.mkdtemp(prefix="notify-schema-"))
            template = make_engine(f"sqlite:///{(folder / 'central.sqlite3').as_posix()}")
            upgrade_to_head(template)
            template.dispose()
            _SCHEMA["sqlite"] = folder / "central.sqlite3"
        shutil.copyfile(_SCHEMA["sqlite"], target)
        return make_engine(url)
    engine = make_engine(url)
    upgrade_to_head(engine)
    return engine


@contextmanager
def notify_central(url: str) -> Iterator[NotifyCentral]:
    engine = _migrated(url)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        ensure_server_rows(session)
        token = create_office(session, UNIT, OFFICE_NAME).token
    client = TestClient(create_app(engine))
    device = client.post("/api/v1/enrol", json={"token": token}).json()
    headers = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
    try:
        yield NotifyCentral(engine, factory, client, headers)
    finally:
        client.close()
        engine.dispose()
