"""PgBouncer (Debian's package) in transaction mode in front of the tests' PostgreSQL server.

A foreground child of the test on 127.0.0.1, with its own folder for configuration, log and pid
file; as root it runs as the ``postgres`` user (PgBouncer refuses to run as root).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.support.child_process import stop_process
from tests.support.sync_harness import free_port

CONFIG = """[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {folder}/userlist.txt
pool_mode = transaction
default_pool_size = 8
max_client_conn = 300
ignore_startup_parameters = extra_float_digits,options
logfile = {folder}/pgbouncer.log
pidfile = {folder}/pgbouncer.pid
"""


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or shutil.which("pgbouncer", path="/usr/sbin")


@dataclass
class PgBouncer:
    """Pools connections to the server of ``server_url`` (a database URL on 127.0.0.1)."""

    server_url: str
    port: int = field(default_factory=free_port)
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pgbouncer-")))
    process: subprocess.Popen[bytes] | None = None

    def url_for(self, database_url: str) -> str:
        """``database_url`` reached through PgBouncer."""
        return make_url(database_url).set(port=self.port).render_as_string(hide_password=False)

    def start(self, timeout: float = 20.0) -> PgBouncer:
        binary = pgbouncer_binary()
        if binary is None:
            raise RuntimeError("pgbouncer not found: install Debian's pgbouncer package")
        server = make_url(self.server_url)
        config = CONFIG.format(
            host=server.host, port=server.port, listen=self.port, folder=self.folder
        )
        (self.folder / "pgbouncer.ini").write_text(config, encoding="utf-8")
        (self.folder / "userlist.txt").write_text(f'"{server.username}" ""\n', encoding="utf-8")
        command = [binary, str(self.folder / "pgbouncer.ini")]
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            for path in self.folder.iterdir():
                shutil.chown(path, "postgres")
            command = ["runuser", "-u", "postgres", "--", *command]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_listening(timeout)
        return self

    def _wait_listening(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"pgbouncer exited: {self.log_text()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise TimeoutError("pgbouncer did not listen")

    def log_text(self) -> str:
        log = self.folder / "pgbouncer.log"
        stderr = self.process.stderr.read().decode(errors="replace") if self.process else ""
        return stderr + (log.read_text(errors="replace") if log.exists() else "")

    def stop(self) -> None:
        stop_process(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)
