"""``central-server serve``: uvicorn, one process or ``--workers N``, every worker stateless.

The options reach every worker through one environment variable (``CENTRAL_SERVER_SERVE``, a
JSON object) that the application factory ``app_from_environment`` reads in each worker, so a
worker started by uvicorn's supervisor (or restarted after a crash) serves exactly like the
others. Nothing one worker needs from another is in memory: rate-limit counts, enrolment
tokens, change numbering and the epoch live in the database; the push gate and the in-flight
limit are per worker on purpose (they bound what this process takes on).

Each worker has its own connection pool (``--pool-size`` + ``--max-overflow``, waiting at most
``--pool-timeout`` seconds, then 503). Behind PgBouncer in transaction mode a server connection
changes between transactions, so psycopg's prepared statements must be off: ``--pgbouncer``
or ``?pgbouncer=true`` on the URL sets ``prepare_threshold=None``. SIGTERM stops accepting,
lets requests in flight finish (a push is one transaction: it commits whole or not at all)
for up to ``--graceful-timeout`` seconds, then exits.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from central_server.db import normalise_url

CONFIG_ENV = "CENTRAL_SERVER_SERVE"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
FACTORY = "central_server.serve_workers:app_from_environment"
_TRUE = ("1", "true", "yes", "on")


@dataclass
class ServeConfig:
    """What ``serve`` was asked for (every field JSON-serialisable)."""

    db: str
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    operator_token: str = ""
    body_timeout: float | None = None
    lookups_per_minute: int | None = None
    trusted_proxies: list[str] = field(default_factory=list)
    pool_size: int = 10
    max_overflow: int = 10
    pool_timeout: float = 5.0
    pgbouncer: bool = False
    max_in_flight: int | None = None
    graceful_timeout: float = 20.0
    log_format: str = "json"
    log_level: str = "info"
    access_log: bool = True
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    attachment_store: str | None = None
    public_url: str | None = None

    def in_flight_limit(self) -> int:
        """Requests at once per worker: asked for, or five times the pool's connections."""
        if self.max_in_flight is not None:
            return self.max_in_flight
        return 5 * (self.pool_size + self.max_overflow)


def database_url(config: ServeConfig) -> tuple[str, dict[str, Any]]:
    """The URL without the ``pgbouncer`` option, and the engine options of one worker."""
    url = make_url(normalise_url(config.db))
    pgbouncer = config.pgbouncer or url.query.get("pgbouncer", "") in _TRUE
    url = url.difference_update_query(["pgbouncer"])
    options: dict[str, Any] = {
        "pool_size": config.pool_size,
        "max_overflow": config.max_overflow,
        "pool_timeout": config.pool_timeout,
        "pool_pre_ping": True,
    }
    if url.get_backend_name() == "postgresql" and pgbouncer:
        options["connect_args"] = {"prepare_threshold": None}
    return url.render_as_string(hide_password=False), options


def make_worker_engine(config: ServeConfig) -> Any:
    from central_server.db import make_engine
    from central_server.metrics import MeteredQueuePool

    url, options = database_url(config)
    return make_engine(url, poolclass=MeteredQueuePool, **options)


def build_app(config: ServeConfig) -> Any:
    """The application of one worker (its own engine and pool)."""
    from central_server.app import create_app

    limits: dict[str, Any] = {}
    if config.body_timeout:
        limits["body_timeout"] = config.body_timeout
    if config.lookups_per_minute:
        limits["lookups_per_minute"] = config.lookups_per_minute
    app = create_app(
        make_worker_engine(config),
        operator_token=config.operator_token,
        trusted_proxies=config.trusted_proxies,
        max_in_flight=config.in_flight_limit(),
        attachment_store=Path(config.attachment_store) if config.attachment_store else None,
        **limits,
    )
    from central_server.notify.loop import attach_sender

    attach_sender(app, config)
    return app


def app_from_environment() -> Any:
    """uvicorn's application factory: the worker reads ``serve``'s options from the environment."""
    return build_app(ServeConfig(**json.loads(os.environ[CONFIG_ENV])))


def check_before_start(config: ServeConfig) -> None:
    """What would stop every worker, refused before uvicorn starts (and sets up logging)."""
    from central_server.client_address import TrustedProxies

    TrustedProxies.parse(config.trusted_proxies)
    check_schema(config)


def check_schema(config: ServeConfig) -> None:
    from central_server.db import current_revision, make_engine

    engine = make_engine(database_url(config)[0])
    try:
        if current_revision(engine) is None:
            raise ValueError("the database is empty: run 'central-server init-db --db URL' first")
    finally:
        engine.dispose()


def fresh_metrics_folder() -> str:
    """A new, empty folder for prometheus-client's multiprocess files (one per serve run)."""
    folder = tempfile.mkdtemp(prefix="central-server-metrics-")
    os.environ[MULTIPROC_ENV] = folder
    return folder


def serve(config: ServeConfig) -> int:
    """Run uvicorn until stopped (SIGINT/SIGTERM: graceful)."""
    import uvicorn

    from central_server.json_logging import log_config

    check_before_start(config)
    folder = fresh_metrics_folder() if config.workers > 1 else None
    os.environ[CONFIG_ENV] = json.dumps(dataclasses.asdict(config))
    try:
        uvicorn.run(
            FACTORY,
            factory=True,
            workers=config.workers,
            host=config.host,
            port=config.port,
            ssl_certfile=config.ssl_certfile,
            ssl_keyfile=config.ssl_keyfile,
            log_config=log_config(config.log_format, config.log_level),
            log_level=config.log_level,
            access_log=config.access_log,
            timeout_graceful_shutdown=config.graceful_timeout,
            proxy_headers=False,  # X-Forwarded-For is read by the app, from --trusted-proxy only
        )
    finally:
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
    return 0
