"""An SMS brandname gateway over HTTP, its request shape as configuration.

The operator gives the URL, a body template (a file's text, sealed with the secrets: gateways
often carry their account in the body) and headers (sealed too: they often carry a key). The
placeholders ``{{phone}}`` (``84…``), ``{{phone_local}}`` (``0…``), ``{{text}}`` and ``{{id}}``
(the request id: the idempotency key, for a gateway that takes one in the body or a header)
are filled in the body and the header values; in a JSON body (``Content-Type`` naming json)
values are escaped as JSON string content, in a form body URL-encoded, else as they are.

Acceptance: HTTP 2xx and, when set, the body check (the answer contains ``success_contains``).
A 2xx without it, or a 4xx other than 408/429, is a refusal; 5xx, 408, 429 and an unreachable
gateway are temporary. With ``gsm7`` the text goes without Vietnamese marks (GSM 7-bit).
"""

from __future__ import annotations

import json
from urllib.parse import quote_plus

import httpx

from central_server.notify.outgoing import Answer, Outgoing, Provider
from central_server.notify.phone_number import international_phone, local_phone
from motcua_core.domain.sms_length import sms_count, without_marks

PLACEHOLDERS = ("phone", "phone_local", "text", "id")
TIMEOUT_SECONDS = 20.0
_TEMPORARY_STATUSES = (408, 429)


def _escape(content_type: str):  # type: ignore[no-untyped-def]
    if "json" in content_type:
        return lambda value: json.dumps(value, ensure_ascii=False)[1:-1]
    if "x-www-form-urlencoded" in content_type:
        return quote_plus
    return lambda value: value


def fill(template: str, values: dict[str, str], content_type: str = "") -> str:
    """``template`` with each ``{{name}}`` replaced by its value, escaped for the body type."""
    escape = _escape(content_type.lower())
    for name, value in values.items():
        template = template.replace("{{" + name + "}}", escape(value))
    return template


def _values(provider: Provider, outgoing: Outgoing) -> dict[str, str]:
    phone = international_phone(outgoing.recipient)
    text = without_marks(outgoing.body) if provider.settings.get("gsm7") else outgoing.body
    return {
        "phone": phone,
        "phone_local": local_phone(phone),
        "text": text,
        "id": outgoing.request_id,
    }


def _answer(provider: Provider, response: httpx.Response, segments: int) -> Answer:
    status = response.status_code
    if status >= 500 or status in _TEMPORARY_STATUSES:
        return Answer("temporary", f"SMS gateway answered HTTP {status}")
    if not 200 <= status < 300:
        return Answer("permanent", f"SMS gateway refused the message (HTTP {status})")
    wanted = provider.settings.get("success_contains")
    if wanted and str(wanted) not in response.text:
        return Answer("permanent", "SMS gateway refused the message (no success in its answer)")
    return Answer("accepted", f"{segments} SMS part(s)")


def send_sms(provider: Provider, outgoing: Outgoing, client: httpx.Client) -> Answer:
    """Post the message to the gateway in the configured shape."""
    try:
        values = _values(provider, outgoing)
    except ValueError as exc:
        return Answer("permanent", str(exc))
    headers = {k: fill(v, values) for k, v in (provider.secrets.get("headers") or {}).items()}
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    body = fill(str(provider.secrets.get("body_template", "")), values, content_type)
    try:
        response = client.post(
            str(provider.settings["url"]),
            content=body.encode("utf-8"),
            headers=headers,
            timeout=TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as exc:
        return Answer("temporary", f"SMS gateway not reachable ({type(exc).__name__})")
    return _answer(provider, response, sms_count(values["text"]).segments)
