"""A stand-in of Zalo's ZNS API and OAuth token endpoint on 127.0.0.1.

``POST /v4/oa/access_token`` checks the documented shape (header ``secret_key``, form
``app_id``, ``refresh_token``, ``grant_type=refresh_token``) and hands out a new access token
and a new refresh token; each refresh token works once. ``POST /message/template`` checks the
header ``access_token`` and the body (``phone`` as ``84`` + 9 digits, a known ``template_id``,
``template_data`` of texts, ``tracking_id``); a bad shape answers 400 and is kept in
``shape_errors``. ``faults`` scripts the next answers of the template endpoint: ``"expired"``
(error -124, the token refused), ``"busy"`` (HTTP 502), ``"lost"`` (the message is taken but
the connection drops before the answer). Accepted messages are kept by tracking id; a
tracking id seen again is not delivered twice (as Zalo de-duplicates it).
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

APP_ID = "4321987650"
APP_SECRET = "app-secret-Zx81"
FIRST_REFRESH = "refresh-0"
_PHONE = re.compile(r"84[1-9]\d{8}")


@dataclass
class ZnsStandIn:
    templates: set[str] = field(default_factory=lambda: {"301001", "301002"})
    faults: list[str] = field(default_factory=list)
    delivered: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: list[dict[str, Any]] = field(default_factory=list)
    refreshes: list[dict[str, str]] = field(default_factory=list)
    shape_errors: list[str] = field(default_factory=list)
    refresh_token: str = FIRST_REFRESH
    access_tokens: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.api_url = f"{self.base}/message/template"
        self.oauth_url = f"{self.base}/v4/oa/access_token"

    def __enter__(self) -> ZnsStandIn:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def refresh(self, headers: Any, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        given = {k: v[0] for k, v in form.items()}
        self.refreshes.append(given)
        ok = headers.get("secret_key") == APP_SECRET and given.get("app_id") == APP_ID
        if not ok or given.get("grant_type") != "refresh_token":
            return 400, {"error": -14002, "message": "invalid app"}
        if given.get("refresh_token") != self.refresh_token:
            return 400, {"error": -14014, "message": "invalid refresh token"}
        token, self.refresh_token = f"access-{uuid.uuid4().hex}", f"refresh-{uuid.uuid4().hex}"
        self.access_tokens.add(token)
        return 200, {
            "access_token": token,
            "refresh_token": self.refresh_token,
            "expires_in": "90000",
        }

    def _shape(self, body: Any) -> str | None:
        if not isinstance(body, dict) or set(body) != {
            "phone",
            "template_id",
            "template_data",
            "tracking_id",
        }:
            return "keys"
        if not _PHONE.fullmatch(str(body["phone"])):
            return "phone"
        if body["template_id"] not in self.templates:
            return "template_id"
        data = body["template_data"]
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            return "template_data"
        return None if body["tracking_id"] else "tracking_id"

    def template(self, headers: Any, body: Any) -> tuple[int, dict[str, Any]] | None:
        self.posts.append(body)
        if headers.get("access_token") not in self.access_tokens:
            return 200, {"error": -124, "message": "Access token is invalid"}
        problem = self._shape(body)
        if problem:
            self.shape_errors.append(problem)
            return 400, {"error": -100, "message": f"bad {problem}"}
        fault = self.faults.pop(0) if self.faults else None
        if fault == "expired":
            self.access_tokens.discard(headers.get("access_token"))
            return 200, {"error": -124, "message": "Access token has expired"}
        if fault == "busy":
            return 502, {"error": -1, "message": "busy"}
        self.delivered.setdefault(body["tracking_id"], body)
        if fault == "lost":
            return None
        return 200, {
            "error": 0,
            "message": "Success",
            "data": {"msg_id": f"m-{body['tracking_id'][:8]}"},
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                with standin._lock:
                    if self.path == "/v4/oa/access_token":
                        answer = standin.refresh(self.headers, parse_qs(raw))
                    else:
                        answer = standin.template(self.headers, json.loads(raw or "null"))
                if answer is None:
                    self.close_connection = True
                    self.connection.close()
                    return
                payload = json.dumps(answer[1]).encode()
                self.send_response(answer[0])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        return Handler
