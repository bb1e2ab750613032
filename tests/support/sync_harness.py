"""Real central servers and office clients as processes, for the sync end-to-end and fault tests.

Everything listens on 127.0.0.1 and every wait is bounded. The central database is prepared
in-process (fast); the server and the office's sync client run as subprocesses, so they can
be killed with SIGKILL like on a real machine.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
UNIT = "000.00.06.H56"
OFFICE_NAME = "UBND Phường Thử Nghiệm"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def base_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DESKTOP_APP_", "TEST_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_CONFIG_HOME"] = "/nonexistent"
    env.update(extra or {})
    return env


# --- central side -------------------------------------------------------------------------------


def init_central(db_url: str, unit: str = UNIT) -> str:
    """Schema, epoch, catalogue and one office; returns a fresh enrolment token."""
    from central_server.admin import create_office, ensure_server_rows
    from central_server.central_ops import default_catalogue_file, load_catalogue, read_catalogue
    from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head

    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        with session_scope(make_session_factory(engine)) as session:
            ensure_server_rows(session)
            path = default_catalogue_file()
            assert path is not None
            load_catalogue(session, read_catalogue(path))
            return create_office(session, unit, OFFICE_NAME).token
    finally:
        engine.dispose()


def new_token(db_url: str, unit: str = UNIT) -> str:
    from central_server.admin import create_office
    from central_server.db import make_engine, make_session_factory, session_scope

    engine = make_engine(db_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return create_office(session, unit, OFFICE_NAME).token
    finally:
        engine.dispose()


def central_query(db_url: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    from central_server.db import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


@dataclass
class CentralServer:
    """``central-server serve`` as a subprocess (optionally through a fault-injecting wrapper)."""

    db_url: str
    port: int = field(default_factory=free_port)
    fault: str = ""
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    extra_args: tuple[str, ...] = ()
    verbose: bool = False
    #: Operator routes (``/stats``, ``/admin/offices``) are closed without one.
    operator_token: str = "operator-token-for-tests"

    @property
    def url(self) -> str:
        scheme = "https" if "--ssl-certfile" in self.extra_args else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> CentralServer:
        module = "tests.support.faulty_server" if self.fault else "central_server"
        command = [
            sys.executable,
            "-m",
            module,
            "serve",
            "--db",
            self.db_url,
            "--port",
            str(self.port),
            *(
                ("--access-log", "--log-level", "info")
                if self.verbose
                else ("--no-access-log", "--log-level", "warning")
            ),
            "--operator-token",
            self.operator_token,
            *self.extra_args,
        ]
        env = base_env({"TEST_SERVER_FAULT": self.fault} if self.fault else None)
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"central server exited with {self.process.returncode}")
            try:
                health = httpx.get(self.url + "/healthz", timeout=1.0, verify=False)
                if health.status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError("central server did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    @property
    def operator_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.operator_token}"}

    def stats(self, unit: str = UNIT) -> dict[str, Any]:
        response = httpx.get(
            f"{self.url}/api/v1/offices/{unit}/stats", headers=self.operator_headers, timeout=10
        )
        response.raise_for_status()
        return dict(response.json())


# --- office side --------------------------------------------------------------------------------


#: What the office's sync processes wrote to stderr during the current test.
STDERR_SEEN: list[str] = []


@dataclass
class Office:
    """An office database (SQLite file) with an enrolled device credential."""

    folder: Path
    unit: str = UNIT

    @property
    def db_url(self) -> str:
        return f"sqlite:///{(self.folder / 'office.sqlite3').as_posix()}"

    @property
    def credential_file(self) -> Path:
        return self.folder / "device-credential.json"

    def settings(self) -> Any:
        from desktop_app.config import load_settings

        return load_settings(
            environ={},
            read_standard_file=False,
            overrides={
                "database_url": self.db_url,
                "office_code": self.unit,
                "office_name": OFFICE_NAME,
                "sync_credential_file": str(self.credential_file),
            },
        )

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return base_env(
            {
                "DESKTOP_APP_DATABASE_URL": self.db_url,
                "DESKTOP_APP_OFFICE_CODE": self.unit,
                "DESKTOP_APP_SYNC_CREDENTIAL_FILE": str(self.credential_file),
                **(extra or {}),
            }
        )

    def init(self) -> Office:
        from desktop_app.app import build_context
        from desktop_app.services.office.setup import set_up_office
        from desktop_app.storage.migrate import upgrade_to_head

        self.folder.mkdir(parents=True, exist_ok=True)
        context = build_context(self.settings(), create=True)
        try:
            upgrade_to_head(context.engine)
            with context.session() as session:
                set_up_office(session, self.unit, OFFICE_NAME)
        finally:
            context.close()
        return self

    def enrol(self, server_url: str, token: str, credential_file: Path | None = None) -> None:
        """Enrol in-process (the CLI's own enrolment is tested end to end elsewhere)."""
        from desktop_app.sync.client import SyncClient
        from desktop_app.sync.credentials import DeviceCredential, save_credential

        with SyncClient(server_url) as client:
            answer = client.enrol(token, "test device")
        save_credential(
            credential_file or self.credential_file,
            DeviceCredential(
                server_url,
                str(answer.device_id),
                answer.secret,
                answer.office_code,
                answer.office_name,
            ),
        )

    def sync_command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop_app", "sync", *args]

    def sync_once(
        self, *, server_url: str | None = None, fault: str = "", timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """``desktop-app sync --once --json`` as a subprocess (its stderr kept in STDERR_SEEN)."""
        result = subprocess.run(
            self._command("--once", "--json", fault=fault),
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self._client_env(server_url, fault),
            cwd=ROOT,
            check=False,
        )
        STDERR_SEEN.append(result.stderr)
        return result

    def start_sync(
        self,
        *args: str,
        server_url: str | None = None,
        fault: str = "",
        credential_file: Path | None = None,
    ) -> subprocess.Popen[str]:
        env = self._client_env(server_url, fault)
        if credential_file is not None:
            env["DESKTOP_APP_SYNC_CREDENTIAL_FILE"] = str(credential_file)
        return subprocess.Popen(
            self._command(*args, fault=fault),
            env=env,
            cwd=ROOT,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def _command(self, *args: str, fault: str) -> list[str]:
        if fault:
            return [sys.executable, "-m", "tests.support.faulty_client", "sync", *args]
        return self.sync_command(*args)

    def _client_env(self, server_url: str | None, fault: str) -> dict[str, str]:
        extra = {"DESKTOP_APP_CENTRAL_SERVER_URL": server_url} if server_url else {}
        if fault:
            extra["TEST_CLIENT_FAULT"] = fault
        return self.env(extra)

    def status(self) -> dict[str, Any]:
        result = subprocess.run(
            self.sync_command("status", "--json"),
            capture_output=True,
            text=True,
            timeout=60,
            env=self.env(),
            cwd=ROOT,
            check=True,
        )
        return dict(json.loads(result.stdout))

    def query(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.db_url)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params)]
        finally:
            engine.dispose()

    def record_dossiers(self, count: int, worker: int = 0) -> None:
        """Receive ``count`` dossiers at the counter, one transaction each (in-process)."""
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.receive_worker",
                self.db_url,
                str(count),
                str(worker),
            ],
            check=True,
            capture_output=True,
            timeout=300,
            cwd=ROOT,
            env=base_env(),
        )

    def start_recording(self, count: int, worker: int = 1) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.receive_worker",
                self.db_url,
                str(count),
                str(worker),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=base_env(),
        )


def sync_until_complete(office: Office, attempts: int = 10, **kwargs: Any) -> dict[str, Any]:
    """Run ``sync --once`` until it reports everything pushed and pulled (bounded)."""
    last = None
    for _ in range(attempts):
        last = office.sync_once(**kwargs)
        if last.returncode == 0:
            return dict(json.loads(last.stdout))
        time.sleep(0.2)
    raise AssertionError(
        f"sync never completed: {last.stdout if last else ''} {last.stderr[-2000:] if last else ''}"
    )


def assert_converged(office: Office, central_db: str, server: CentralServer) -> None:
    """The invariant after healing: every office record exactly once centrally, outbox drained."""
    states = dict(office.query("SELECT state, count(*) FROM outbox_op GROUP BY state"))
    assert states.get("pending", 0) == 0 and states.get("sent", 0) == 0, states
    op_ids = {str(r[0]).replace("-", "") for r in office.query("SELECT op_id FROM outbox_op")}
    central_ops = central_query(central_db, "SELECT op_id FROM applied_op")
    central_ids = [str(r[0]).replace("-", "") for r in central_ops]
    assert len(central_ids) == len(set(central_ids))
    assert op_ids <= set(central_ids)
    for table, central_table in (
        ("dossier", "dossier"),
        ("dossier_event", "dossier_event"),
        ("queue_ticket", "ticket"),
    ):
        local = {str(r[0]).replace("-", "") for r in office.query(f"SELECT id FROM {table}")}
        held = [
            str(r[0]).replace("-", "")
            for r in central_query(central_db, f"SELECT id FROM {central_table}")
        ]
        assert len(held) == len(set(held))
        assert local <= set(held), f"{table}: {len(local - set(held))} missing centrally"
    stats = server.stats(office.unit)
    local_dossiers = office.query("SELECT count(*) FROM dossier")[0][0]
    assert stats["dossiers"] == local_dossiers
    statuses = dict(
        (str(i).replace("-", ""), s) for i, s in office.query("SELECT id, status FROM dossier")
    )
    central_statuses = dict(
        (str(i).replace("-", ""), s)
        for i, s in central_query(central_db, "SELECT id, status FROM dossier")
    )
    assert statuses == central_statuses
