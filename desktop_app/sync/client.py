"""HTTP client of the central server (httpx): one call per protocol step.

Certificate verification stays on: the system's trusted CAs, or a given CA file for a server
with a private certificate. Plain ``http://`` is spoken only to this PC (a loopback address:
a test server, a tunnel's end) or when the station was enrolled with ``--insecure-http``
(``plain_http_refusal`` is that rule; the status bar then shows sync as insecure, in red).
Failures are sorted into ``TransientError`` (try again later:
no connection, cut or truncated answers, 5xx, 429; ``retry_after`` carries the server's
``Retry-After``) and ``RefusedError`` (a person must act: revoked credential, wrong office,
invalid request).
"""

from __future__ import annotations

import ipaddress
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from desktop_app import __version__
from motcua_core.protocol import (
    API_PREFIX,
    DEFAULT_PULL_PAGE,
    AttachmentStatus,
    EnrolRequest,
    EnrolResponse,
    PullPage,
    PushRequest,
    PushResponse,
    StatusAck,
    StatusReport,
)

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class SyncError(Exception):
    """Sync could not complete; the message is safe to show and log (no personal data)."""


class TransientError(SyncError):
    """Try again later; ``retry_after`` is the server's wish in seconds, if it said one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RefusedError(SyncError):
    """The server refused the request for good (credential, office, request shape)."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class PlainHttpRefused(RefusedError):
    """Plain HTTP to another computer without ``--insecure-http``: nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, 0)


def is_loopback_host(host: str | None) -> bool:
    """True for ``localhost`` and the loopback addresses (127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_insecure_url(server_url: str) -> bool:
    """True for plain ``http://`` to another computer (what ``--insecure-http`` allows)."""
    parts = urlsplit(server_url)
    return parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname)


def plain_http_refusal(server_url: str, insecure_http: bool) -> str | None:
    """Why ``server_url`` may not be used, or None: plain HTTP off this PC needs the flag."""
    if insecure_http or not is_insecure_url(server_url):
        return None
    return (
        f"{server_url} is plain http:// to another computer: the device secret and citizens' "
        "data would cross the network unencrypted; use https://, or enrol again with "
        "--insecure-http to allow it"
    )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class SyncClient:
    """Talks to one central server on behalf of one device."""

    def __init__(
        self,
        server_url: str,
        *,
        authorization: str | None = None,
        ca_file: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        insecure_http: bool = False,
    ) -> None:
        self._refusal = plain_http_refusal(server_url, insecure_http)
        headers = {"User-Agent": f"desktop-app/{__version__}"}
        if authorization:
            headers["Authorization"] = authorization
        self._http = httpx.Client(
            base_url=server_url.rstrip("/") + API_PREFIX,
            headers=headers,
            verify=ca_file or True,
            timeout=timeout,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def enrol(self, token: str, device_name: str) -> EnrolResponse:
        body = EnrolRequest(token=token, device_name=device_name, app_version=__version__)
        return self._call("POST", "/enrol", EnrolResponse, body)

    def push(self, unit_code: str, request: PushRequest) -> PushResponse:
        return self._call("POST", f"/offices/{unit_code}/push", PushResponse, request)

    def pull(self, unit_code: str, after: int, limit: int = DEFAULT_PULL_PAGE) -> PullPage:
        params = {"after": after, "limit": limit}
        return self._call("GET", f"/offices/{unit_code}/changes", PullPage, params=params)

    def report(self, unit_code: str, report: StatusReport) -> StatusAck:
        return self._call("POST", f"/offices/{unit_code}/report", StatusAck, report)

    def attachment_status(self, sha256: str) -> AttachmentStatus | None:
        """This office's upload of the file; None when the centre has none from this office."""
        try:
            return self._call("GET", f"/attachments/{sha256}", AttachmentStatus)
        except RefusedError as exc:
            if exc.status_code == 404:
                return None
            raise

    def declare_attachment(self, sha256: str, size: int) -> AttachmentStatus:
        params = {"bytes": size}
        return self._call("PUT", f"/attachments/{sha256}", AttachmentStatus, params=params)

    def put_attachment_chunk(self, sha256: str, index: int, data: bytes) -> AttachmentStatus:
        path = f"/attachments/{sha256}/chunks/{index}"
        return self._call("PUT", path, AttachmentStatus, raw=data)

    def complete_attachment(self, sha256: str) -> AttachmentStatus:
        return self._call("POST", f"/attachments/{sha256}/complete", AttachmentStatus)

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        raw: bytes | None = None,
    ) -> M:
        if self._refusal:
            raise PlainHttpRefused(self._refusal)
        content, headers = _encoded(body, raw)
        try:
            response = self._http.request(
                method, path, content=content, headers=headers, params=params
            )
        except httpx.TransportError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise TransientError(
                    "the central server's certificate is not trusted (give its CA file with "
                    "--ca-file or the sync_ca_file setting)"
                ) from None
            name = type(exc).__name__
            raise TransientError(f"no connection to the central server ({name})") from None
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise TransientError(
                f"central server answered {response.status_code}", _retry_after(response)
            )
        if response.status_code >= 400:
            raise RefusedError(_refusal(response), response.status_code)
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise TransientError("incomplete answer from the central server") from None


def _encoded(body: BaseModel | None, raw: bytes | None) -> tuple[bytes | None, dict[str, str]]:
    """A request's bytes and their content type: a protocol model as JSON, or raw bytes."""
    if body is not None:
        return body.model_dump_json().encode(), {"Content-Type": "application/json"}
    if raw is not None:
        return raw, {"Content-Type": "application/octet-stream"}
    return None, {}


def _refusal(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    text = detail if isinstance(detail, str) else response.reason_phrase
    return f"central server refused ({response.status_code}): {text}"
