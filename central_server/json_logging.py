"""Structured logs: one JSON object a line, each carrying the id of the request it belongs to.

A request's id is the client's ``X-Request-ID`` when it sent a plausible one (letters, digits,
``-_.:``, up to 64 characters), otherwise a new random one; it is echoed in the response's
``X-Request-ID`` so an office's log and the server's can be matched. Lines hold the logger's
message only, never request bodies; the access log's query strings stay hidden
(``access_log.QueryStringsHidden`` is part of the configuration below).
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "x-request-id"
_ACCEPTED_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "current_request_id", default=""
)
LOG_FORMATS = ("json", "text")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def request_id_from(given: str) -> str:
    """The client's id when it is plausible, else a fresh one."""
    return given if _ACCEPTED_ID.fullmatch(given) else uuid.uuid4().hex


class RequestIds:
    """ASGI middleware: sets ``current_request_id`` for the request and echoes it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(REQUEST_ID_HEADER.encode(), b"")
        request_id = request_id_from(given.decode("latin-1"))
        token = current_request_id.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] != REQUEST_ID_HEADER]
                message["headers"] = [*headers, (REQUEST_ID_HEADER.encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            current_request_id.reset(token)


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "pid", "request_id", "message"}`` (+ ``error`` class)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "pid": os.getpid(),
            "request_id": current_request_id.get(),
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__  # the class only: no values
        return json.dumps(line, ensure_ascii=False)


def log_config(log_format: str, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn (applied again in every worker)."""
    formatter = (
        {"()": "central_server.json_logging.JsonFormatter"}
        if log_format == "json"
        else {"format": TEXT_FORMAT}
    )
    handler = {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
    hidden = {"()": "central_server.access_log.QueryStringsHidden"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "filters": {"query_strings_hidden": hidden},
        "handlers": {"main": handler},
        "loggers": {
            "uvicorn": {"handlers": ["main"], "level": level.upper(), "propagate": False},
            "uvicorn.access": {
                "handlers": ["main"],
                "level": level.upper(),
                "propagate": False,
                "filters": ["query_strings_hidden"],
            },
            "central_server": {"handlers": ["main"], "level": level.upper(), "propagate": False},
        },
    }
