"""A throw-away PostgreSQL server for the test run, started in a temporary folder.

Uses the server binaries of the machine (Debian's ``postgresql`` package). As root, initdb and
the server run as the ``postgres`` user. ``DESKTOP_APP_TEST_PG_URL`` points the tests at an
existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found: install Debian's postgresql package"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class PostgresServer:
    data_dir: Path
    port: int
    bin_dir: Path
    base: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://app@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop"]
            ),
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.base, ignore_errors=True)


def start_server() -> PostgresServer:
    bin_dir = _bin_dir()
    base = Path(tempfile.mkdtemp(prefix="desktop-app-pg-"))
    data_dir, socket_dir = base / "data", base / "sock"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(socket_dir, "postgres")
    port = _free_port()
    _run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data_dir),
                "-U",
                "app",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
    )
    options = (
        f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c max_connections=200 -c full_page_writes=off"
    )
    _run(
        _as_server_user(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data_dir),
                "-o",
                options,
                "-l",
                str(base / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
    )
    server = PostgresServer(data_dir, port, bin_dir, base)
    _stop_when_orphaned(server)
    return server


_WATCHDOG = """
import os, subprocess, sys, time
parent, data_dir, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while os.path.isdir(data_dir):
    time.sleep(2)
    try:
        os.kill(parent, 0)
    except OSError:
        subprocess.run(command, capture_output=True, timeout=60, check=False)
        break
"""


def _stop_when_orphaned(server: PostgresServer) -> None:
    """A test run killed before its fixtures finish must not leave its server running: a small
    watchdog stops the server once the test process is gone (and exits when it was removed)."""
    stop = _as_server_user(
        [str(server.bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-m", "immediate", "stop"]
    )
    subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(server.data_dir), *stop],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise PostgresUnavailable(f"{command[0]} failed: {result.stderr.strip()[-800:]}")


def create_database(admin_url: str) -> str:
    """A new empty database on the server; returns its URL."""
    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name
