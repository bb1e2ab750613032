"""nginx (Debian's package) as a round-robin reverse proxy on 127.0.0.1, a child of the test.

It runs in the foreground (``daemon off``) with its own prefix folder for the configuration,
pid file, logs and temporary files, so nothing of the machine's nginx set-up is read or written.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.child_process import stop_process
from tests.support.sync_harness import free_port

CONFIG = """
worker_processes 1;
daemon off;
user root;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    client_max_body_size 32m;
    client_body_buffer_size 1m;
    upstream central {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://central;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
        }}
    }}
}}
"""


def nginx_binary() -> str | None:
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")


@dataclass
class Nginx:
    """Round-robin over ``backends`` (ports on 127.0.0.1)."""

    backends: list[int]
    port: int = field(default_factory=free_port)
    prefix: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="nginx-test-")))
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config(self) -> str:
        servers = "\n".join(
            f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=1s;"
            for port in self.backends
        )
        return CONFIG.format(prefix=self.prefix, port=self.port, servers=servers)

    def start(self, timeout: float = 20.0) -> Nginx:
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx not found: install Debian's nginx package")
        (self.prefix / "nginx.conf").write_text(self.config(), encoding="utf-8")
        command = [binary, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf")]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=open(self.prefix / "stderr.log", "wb"),  # noqa: SIM115
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.log_text()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError("nginx did not answer")

    def log_text(self) -> str:
        parts = [self.prefix / name for name in ("stderr.log", "error.log")]
        return "".join(p.read_text(errors="replace") for p in parts if p.exists())

    def stop(self) -> None:
        stop_process(self.process)
        shutil.rmtree(self.prefix, ignore_errors=True)
