"""``/healthz`` (the process answers) and ``/readyz`` (it can serve: database and schema).

Both are open (a load balancer or an orchestrator has no credential) and say nothing an
outsider could use: the version, and for ``/readyz`` whether the database answered and its
schema is at this release's Alembic head. A proxy takes a worker out while ``/readyz`` is 503.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

import central_server
from central_server.db import MIGRATIONS_DIR, current_revision
from central_server.error_responses import errors

log = logging.getLogger("central_server.health")
READY_RETRY_AFTER = 5
router = APIRouter(tags=["operators"])


@cache
def head_revisions() -> frozenset[str]:
    """The schema revisions this release expects (Alembic heads of its migrations)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(ScriptDirectory.from_config(config).get_heads())


@router.get("/healthz", responses=errors())
def healthz() -> dict[str, Any]:
    """The process is up (no database access)."""
    return {"ok": True, "version": central_server.__version__}


@router.get("/readyz", responses=errors(503))
def readyz(request: Request) -> JSONResponse:
    """The database answers and its schema is at head; 503 with Retry-After otherwise."""
    engine: Engine = request.app.state.session_factory.kw["bind"]
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as exc:
        log.warning("not ready: database unreachable (%s)", type(exc).__name__)
        return _answer(False, database=False, schema=False)
    at_head = revision in head_revisions()
    if not at_head:
        log.warning("not ready: schema at %s, expected %s", revision, sorted(head_revisions()))
    return _answer(at_head, database=True, schema=at_head)


def _answer(ready: bool, *, database: bool, schema: bool) -> JSONResponse:
    body = {"ok": ready, "database": database, "schema_at_head": schema}
    headers = {} if ready else {"Retry-After": str(READY_RETRY_AFTER)}
    return JSONResponse(body, 200 if ready else 503, headers=headers)
