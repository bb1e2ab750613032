"""Stand-ins of the notification providers, on 127.0.0.1, for the end-to-end tests.

``SmtpSink``: a real SMTP server (aiosmtpd) that answers 250 to every message and keeps it.
``SmsGateway``: a brandname SMS gateway over HTTP that keeps every request and refuses, for
good, messages to the numbers it is told to refuse (HTTP 400 with a reason in JSON), as
gateways answer a number off the network or on the do-not-call list.
"""

from __future__ import annotations

import email
import email.policy
import json
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.sync_harness import free_port


class _KeepMessages:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(bytes(envelope.original_content or envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server without TLS on loopback (the ``--security none`` relay case)."""

    def __init__(self) -> None:
        self.port = free_port()
        self._handler = _KeepMessages()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    @property
    def raw(self) -> list[bytes]:
        return list(self._handler.messages)

    @property
    def recipients(self) -> list[list[str]]:
        return list(self._handler.recipients)

    def parsed(self) -> list[EmailMessage]:
        return [
            email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
            for raw in self.raw
        ]


@dataclass
class SmsRequest:
    path: str
    headers: dict[str, str]
    body: str


@dataclass
class SmsGateway:
    """An HTTP gateway: 200 ``{"status": "ok"}``, or 400 for a number in ``refused``."""

    refused: set[str] = field(default_factory=set)
    requests: list[SmsRequest] = field(default_factory=list)
    reason: str = "Số thuê bao không hợp lệ hoặc từ chối nhận tin quảng cáo"

    def __post_init__(self) -> None:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", errors="replace")
                gateway.requests.append(SmsRequest(self.path, dict(self.headers), body))
                if any(number in body for number in gateway.refused):
                    self._answer(400, {"status": "error", "code": 17, "message": gateway.reason})
                else:
                    self._answer(200, {"status": "ok", "message_id": f"m{len(gateway.requests)}"})

            def _answer(self, status: int, data: dict[str, Any]) -> None:
                payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api/send"

    def __enter__(self) -> SmsGateway:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
