"""District IT's access to the operator routes (``/admin/offices``, every office's ``/stats``).

Closed unless the server was started with an operator token (``serve --operator-token``). The
token is accepted only as ``Authorization: Bearer <token>`` (scripts) or through the sign-in
form (people in a browser), which sets a session cookie: HttpOnly, SameSite=Strict, Secure
when the browser came over HTTPS, holding an expiry signed with the token (HMAC-SHA256), never
the token itself. A token in the query string is not read (it would land in access logs).
Every comparison is constant-time; sign-in attempts share the public lookup's per-address limit.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from html import escape
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from central_server.client_address import came_over_https, client_address
from central_server.pages import page
from central_server.rate_limit import count_attempt

OPERATOR_COOKIE = "motcua_operator"
SESSION_SECONDS = 8 * 3600
HOME = "/admin/offices"
SIGN_IN = "/admin/sign-in"

#: Browser forms (a form body, a redirect), kept out of the OpenAPI that scripts read.
router = APIRouter(tags=["operators"])


def _token(request: Request) -> str:
    token: str = request.app.state.operator_token
    return token


def _same(given: str, wanted: str) -> bool:
    """Constant-time equality of two texts of any lengths (their digests are compared)."""
    digest = hashlib.sha256
    return hmac.compare_digest(digest(given.encode()).digest(), digest(wanted.encode()).digest())


def _session_value(token: str, expires: int) -> str:
    signature = hmac.new(token.encode(), f"operator-session {expires}".encode(), "sha256")
    return f"{expires}.{signature.hexdigest()}"


def _valid_session(token: str, value: str) -> bool:
    expires_text, _, _ = value.partition(".")
    if not expires_text.isdigit() or int(expires_text) < time.time():
        return False
    return _same(value, _session_value(token, int(expires_text)))


def is_operator(request: Request) -> bool:
    """The request carries the operator token (bearer) or a valid signed-in session cookie."""
    token = _token(request)
    if not token:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and _same(given.strip(), token):
        return True
    return _valid_session(token, request.cookies.get(OPERATOR_COOKIE, ""))


def require_operator(request: Request) -> None:
    """Raises 401 unless ``is_operator``; the message says when operator access is closed."""
    if is_operator(request):
        return
    detail = "operator token required" if _token(request) else "operator access is closed"
    raise HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def sign_in_page(request: Request, next_path: str = HOME, message: str = "") -> HTMLResponse:
    """The sign-in form (answered 401, with a message when there is one)."""
    if not _token(request):
        message = "Trang quản trị đang đóng: máy chủ chạy không có --operator-token."
    notice = f"<p class=bad>{escape(message)}</p>" if message else ""
    form = (
        f'<form method="post" action="{SIGN_IN}">'
        f'<input type="hidden" name="next" value="{escape(_safe_next(next_path))}">'
        '<label>Mã quản trị <input type="password" name="token" autocomplete="current-password" '
        "required autofocus></label> <button>Đăng nhập</button></form>"
    )
    return page("Đăng nhập quản trị", notice + form, 401, {"WWW-Authenticate": "Bearer"})


def _safe_next(path: str) -> str:
    """Only a path on this server (``/…``, not ``//host`` nor ``/\\host``) is followed."""
    if path.startswith("/") and not path.startswith(("//", "/\\")):
        return path
    return HOME


@router.get(SIGN_IN, response_class=HTMLResponse, include_in_schema=False)
def sign_in_form(request: Request, next: str = HOME) -> HTMLResponse:
    """The operator sign-in form (plain HTML, Vietnamese)."""
    answer = sign_in_page(request, next)
    answer.status_code = 200
    return answer


@router.post(SIGN_IN, response_class=HTMLResponse, status_code=303, include_in_schema=False)
async def sign_in(request: Request) -> Response:
    """Check the form's token; on success set the session cookie and go to ``next``."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    given, next_path = form.get("token", [""])[0], form.get("next", [HOME])[0]
    verdict = await run_in_threadpool(
        count_attempt,
        request.app.state.session_factory,
        f"sign-in {client_address(request)}",
        request.app.state.lookups_per_minute,
    )
    if not verdict.allowed:
        message = f"Thử quá nhiều lần. Vui lòng thử lại sau {verdict.retry_after} giây."
        answer = sign_in_page(request, next_path, message)
        answer.status_code, answer.headers["Retry-After"] = 429, str(verdict.retry_after)
        return answer
    token = _token(request)
    if not token or not _same(given, token):
        return sign_in_page(request, next_path, "Mã quản trị không đúng.")
    expires = int(time.time()) + SESSION_SECONDS
    answer = RedirectResponse(_safe_next(next_path), 303)
    answer.set_cookie(
        OPERATOR_COOKIE,
        _session_value(token, expires),
        max_age=SESSION_SECONDS,
        path="/",
        secure=came_over_https(request),
        httponly=True,
        samesite="strict",
    )
    return answer


@router.post("/admin/sign-out", status_code=303, include_in_schema=False)
def sign_out() -> Response:
    """Forget the session cookie."""
    answer = RedirectResponse(SIGN_IN, 303)
    answer.delete_cookie(OPERATOR_COOKIE, path="/", httponly=True, samesite="strict")
    return answer
