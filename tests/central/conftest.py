"""A central database with one office and dossiers whose owners are known (for lookups)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.fernet import Fernet
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import CentralDossier
from central_server.notify.secret_box import KEY_ENV
from tests.support.sync_harness import init_central

LOOKUP_UNIT = "000.00.06.H56"
#: Owners planted in the lookup tests; their names must never come back.
OWNER_WITH_CCCD = {"full_name": "Nguyễn Văn An", "id_number": "001203004567", "phone": "0912000111"}
OWNER_WITH_PASSPORT = {"full_name": "Trần Thị Bình", "id_number": "c12ab9XY", "phone": None}
OWNER_WITH_PHONE = {"full_name": "Lê Văn Cường", "id_number": None, "phone": "0912 345 678"}


@dataclass
class LookupCentral:
    engine: Engine
    codes: dict[str, str]
    office_token: str

    def app(self, **options: Any) -> FastAPI:
        """Another application (a worker of its own) on the same database."""
        return create_app(self.engine, **options)

    def client(self, **options: Any) -> TestClient:
        peer = options.pop("peer", ("testclient", 50000))
        base_url = options.pop("base_url", "http://testserver")
        return TestClient(self.app(**options), client=peer, base_url=base_url)


def _dossier(office_id: uuid.UUID, code: str, applicant: dict[str, Any]) -> CentralDossier:
    return CentralDossier(
        id=uuid.uuid4(),
        office_id=office_id,
        code=code,
        procedure_code="1.001193",
        channel=1,
        status=2,
        status_origin="office",
        owner_name=applicant["full_name"],
        payload={"code": code, "applicant": applicant},
    )


@pytest.fixture
def lookup_central(database_url: str) -> Iterator[LookupCentral]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    owners = {"cccd": OWNER_WITH_CCCD, "passport": OWNER_WITH_PASSPORT, "phone": OWNER_WITH_PHONE}
    codes = {kind: f"{LOOKUP_UNIT}-261126-{n + 1:04d}" for n, kind in enumerate(owners)}
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        made = create_office(session, LOOKUP_UNIT, "UBND Phường Hàng Bạc")
        session.add_all(_dossier(made.office_id, codes[k], owners[k]) for k in owners)
    yield LookupCentral(engine, codes, made.token)
    engine.dispose()


@pytest.fixture
def make_client(lookup_central: LookupCentral) -> Callable[..., TestClient]:
    return lookup_central.client


@pytest.fixture
def notify_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh key for the providers' sealed secrets, in the environment as the server reads it."""
    key = Fernet.generate_key().decode()
    monkeypatch.setenv(KEY_ENV, key)
    return key


@dataclass
class EnrolledDevice:
    """A central server on ``engine`` with one office and one device enrolled over HTTP."""

    engine: Engine
    client: TestClient
    auth: dict[str, str]


@pytest.fixture
def enrolled_device(database_url: str) -> Iterator[EnrolledDevice]:
    token = init_central(database_url)
    engine = make_engine(database_url)
    client = TestClient(create_app(engine))
    device = client.post("/api/v1/enrol", json={"token": token}).json()
    credential = f"{device['device_id']}:{device['secret']}"
    yield EnrolledDevice(engine, client, {"Authorization": f"Bearer {credential}"})
    engine.dispose()
