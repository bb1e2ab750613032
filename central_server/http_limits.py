"""Guards in front of every route: body size, body read time, text that cannot be stored.

``RequestGuard`` is plain ASGI, so it holds before FastAPI parses anything and before any
credential is checked (FastAPI reads a body before it runs the route's dependencies):

- a request head whose path, query string or headers hold a NUL byte, or whose path or query
  is not UTF-8 once percent-decoded, answers 400 (PostgreSQL cannot store NUL in text, and
  such a value would otherwise reach a query and answer 500);
- a ``Content-Length`` above the limit answers 413 at once; a body sent without one (chunked)
  is counted as it arrives and answers 413 as soon as it passes the limit, so the server never
  holds more than the limit plus one chunk of it;
- a body that has not fully arrived ``body_timeout`` seconds after the request head answers
  408, and the connection is closed (a slow or stalled client holds no connection for long).

After either refusal the application is told the client went away; whatever it still sends
is dropped. A response sent while the body is still unread closes the connection, so the rest
of that body is never parsed as a next request.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from motcua_core.protocol import MAX_REQUEST_BYTES

#: Seconds a client has to send its whole request body once the head has arrived.
BODY_TIMEOUT_SECONDS = 30.0
_DISCONNECT: Message = {"type": "http.disconnect"}
_CLOSE = (b"connection", b"close")


def _not_text(raw: bytes, *, form: bool = False) -> bool:
    """Whether a percent-encoded path or query decodes to something that is not storable text."""
    decoded = unquote_to_bytes(raw.replace(b"+", b" ") if form else raw)
    if b"\x00" in decoded:
        return True
    try:
        decoded.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def head_refusal(scope: Scope, limit: int) -> tuple[int, str] | None:
    """The status and reason a request is refused for on its head alone, or None."""
    if _not_text(scope.get("raw_path") or scope["path"].encode()):
        return 400, "the request path is not valid text"
    if _not_text(scope.get("query_string", b""), form=True):
        return 400, "the query string is not valid text"
    for name, value in scope.get("headers", ()):
        if b"\x00" in name or b"\x00" in value:
            return 400, "a request header is not valid text"
        if name == b"content-length":
            if not value.strip().isdigit():
                return 400, "invalid Content-Length"
            if int(value) > limit:
                return 413, "request body too large"
    return None


def _announces_body(scope: Scope) -> bool:
    """Whether the request head says a body follows (a length above 0, or chunked)."""
    for name, value in scope.get("headers", ()):
        if name == b"transfer-encoding" or (name == b"content-length" and int(value) > 0):
            return True
    return False


async def send_refusal(send: Send, status: int, detail: str) -> None:
    """A JSON ``{"detail": ...}`` answer that closes the connection."""
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        _CLOSE,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class _GuardedBody:
    """One request's ``receive`` and ``send``, counting the body and timing its arrival."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, limit: int, timeout: float):
        self._receive, self._send, self._limit = receive, send, limit
        self._deadline = asyncio.get_running_loop().time() + timeout
        self.received = 0
        self.complete = not _announces_body(scope)
        self.refused = False
        self.response_started = False

    async def receive(self) -> Message:
        if self.refused:
            return _DISCONNECT
        if self.complete:
            return await self._receive()
        remaining = self._deadline - asyncio.get_running_loop().time()
        try:
            message = await asyncio.wait_for(self._receive(), max(remaining, 0.0))
        except TimeoutError:
            return await self._refuse(408, "the request body did not arrive in time")
        if message["type"] != "http.request":
            self.complete = True
            return message
        self.received += len(message.get("body", b""))
        if self.received > self._limit:
            return await self._refuse(413, "request body too large")
        self.complete = not message.get("more_body", False)
        return message

    async def send(self, message: Message) -> None:
        if self.refused:
            return
        if message["type"] == "http.response.start":
            self.response_started = True
            if not self.complete:
                message = {**message, "headers": [*message.get("headers", ()), _CLOSE]}
        await self._send(message)

    async def _refuse(self, status: int, detail: str) -> Message:
        """Answer ``status`` (unless a response has begun) and tell the app the client left."""
        self.refused = True
        if not self.response_started:
            await send_refusal(self._send, status, detail)
        return _DISCONNECT


class RequestGuard:
    """ASGI middleware applying the limits above to every HTTP request."""

    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int = MAX_REQUEST_BYTES,
        body_timeout: float = BODY_TIMEOUT_SECONDS,
    ) -> None:
        self.app, self.max_body_bytes, self.body_timeout = app, max_body_bytes, body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = head_refusal(scope, self.max_body_bytes)
        if refusal is not None:
            await send_refusal(send, *refusal)
            return
        body = _GuardedBody(scope, receive, send, self.max_body_bytes, self.body_timeout)
        try:
            await self.app(scope, body.receive, body.send)
        except Exception:
            # The app failing on the "client went away" we told it of is expected; anything
            # else is a real error for the server's own handler.
            if not body.refused:
                raise
