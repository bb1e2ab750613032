"""Zalo ZNS: the Official Account's template message API, with access-token refresh.

A message is ``POST <api_url>`` with the header ``access_token`` and the JSON body
``{"phone": "84…", "template_id": …, "template_data": {…}, "tracking_id": <request id>}``;
the answer ``{"error": 0, "data": {"msg_id": …}}`` is acceptance. The tracking id is the
request's id, so a retry after a lost answer is recognisable on Zalo's side.

The access token lives about a day; it is renewed with ``POST <oauth_url>`` (header
``secret_key``, form ``app_id``, ``refresh_token``, ``grant_type=refresh_token``), which
answers a new access token and a new refresh token (each refresh token works once:
``zalo_tokens`` keeps the newest, under a lock, for every worker). A token Zalo refuses is
renewed once and the message posted again.

Template parameters the registered templates use: ``office_name``, ``dossier_code``,
``lookup_url``, and where the event has them ``date`` (dd/mm/yyyy) and ``missing``.
"""

from __future__ import annotations

from typing import Any, Protocol

import httpx

from central_server.notify.outgoing import Answer, Outgoing, Provider
from central_server.notify.phone_number import international_phone
from motcua_core.domain.notification_text import missing_text

API_URL = "https://business.openapi.zalo.me/message/template"
OAUTH_URL = "https://oauth.zaloapp.com/v4/oa/access_token"
#: Error codes meaning "this access token is not (or no longer) valid".
TOKEN_REFUSED = frozenset({-124, -216})
#: Error codes worth another try later (Zalo busy, quota of the moment).
TEMPORARY_ERRORS = frozenset({-1, -32, -133})
TIMEOUT_SECONDS = 20.0


class TokenSource(Protocol):
    """The OA's access token: the current one, or a renewed one in place of ``stale``."""

    def current(self) -> str | None: ...

    def renew(self, stale: str | None) -> str: ...


class TokenRefusal(Exception):
    """The token endpoint did not hand out a token (the message names no secret)."""


#: The longest value a ZNS template parameter takes here: what a supplement needs is cut to it
#: at a word (a template registers its parameters' lengths with Zalo; 100 fits the usual ones).
ZNS_PARAM_LIMIT = 100


def template_data(outgoing: Outgoing) -> dict[str, str]:
    data = {
        "office_name": outgoing.office_name,
        "dossier_code": outgoing.dossier_code,
        "lookup_url": outgoing.lookup_url,
    }
    if outgoing.day is not None:
        data["date"] = f"{outgoing.day:%d/%m/%Y}"
    if outgoing.missing:
        data["missing"] = missing_text(outgoing.missing, ZNS_PARAM_LIMIT)
    return data


def request_body(provider: Provider, outgoing: Outgoing, template_id: str) -> dict[str, Any]:
    return {
        "phone": international_phone(outgoing.recipient),
        "template_id": template_id,
        "template_data": template_data(outgoing),
        "tracking_id": outgoing.request_id,
    }


def refresh_token(
    client: httpx.Client, settings: dict[str, Any], secrets: dict[str, Any]
) -> dict[str, Any]:
    """New tokens from the OAuth endpoint: ``access_token``, ``refresh_token``, ``expires_in``."""
    response = client.post(
        str(settings.get("oauth_url") or OAUTH_URL),
        headers={"secret_key": str(secrets.get("secret", ""))},
        data={
            "app_id": str(settings["app_id"]),
            "refresh_token": str(secrets.get("refresh_token", "")),
            "grant_type": "refresh_token",
        },
        timeout=TIMEOUT_SECONDS,
    )
    answer = _json(response)
    if response.status_code != 200 or not answer.get("access_token"):
        code = answer.get("error", response.status_code)
        raise TokenRefusal(f"Zalo refused to renew the access token (error {code})")
    return answer


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        answer = response.json()
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def _post(client: httpx.Client, url: str, token: str, body: dict[str, Any]) -> httpx.Response:
    headers = {"access_token": token, "Content-Type": "application/json"}
    return client.post(url, json=body, headers=headers, timeout=TIMEOUT_SECONDS)


def _answer(response: httpx.Response) -> Answer:
    if response.status_code >= 500 or response.status_code == 429:
        return Answer("temporary", f"Zalo answered HTTP {response.status_code}")
    answer = _json(response)
    error = answer.get("error")
    if response.status_code == 200 and error == 0:
        message_id = (answer.get("data") or {}).get("msg_id")
        return Answer("accepted", None, str(message_id) if message_id else None)
    if error in TEMPORARY_ERRORS or error in TOKEN_REFUSED:
        return Answer("temporary", f"Zalo answered error {error} (try later)")
    return Answer("permanent", f"Zalo refused the message (error {error or response.status_code})")


def _token_refused(response: httpx.Response) -> bool:
    return response.status_code == 401 or _json(response).get("error") in TOKEN_REFUSED


def send_zalo(
    provider: Provider, outgoing: Outgoing, tokens: TokenSource, client: httpx.Client
) -> Answer:
    """Post the event's template message; renew the token once if Zalo refuses it."""
    template_id = (provider.settings.get("templates") or {}).get(outgoing.event)
    if not template_id:
        return Answer("permanent", f"no Zalo template set for the event {outgoing.event}")
    try:
        body = request_body(provider, outgoing, str(template_id))
        url = str(provider.settings.get("api_url") or API_URL)
        token = tokens.current() or tokens.renew(None)
        response = _post(client, url, token, body)
        if _token_refused(response):
            response = _post(client, url, tokens.renew(token), body)
    except ValueError as exc:
        return Answer("permanent", str(exc))
    except TokenRefusal as exc:
        return Answer("temporary", str(exc))
    except httpx.HTTPError as exc:
        return Answer("temporary", f"Zalo not reachable ({type(exc).__name__})")
    return _answer(response)
