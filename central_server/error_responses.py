"""The error answers of each route, described once for the OpenAPI document.

Every error the server gives is ``{"detail": "..."}`` (``ErrorBody``), except 422 on a request
that fails validation, which keeps FastAPI's list of errors (``HTTPValidationError``, documented
by FastAPI itself), and the answers of the HTML pages, which are pages. A route lists the codes
it can give: ``responses=errors(401, 403, 503)``; ``BODY`` adds the answers of the request guard
for a route that takes a body (``http_limits``). 400 is on every route: the guard answers it to
a path, query or header that is not storable text.
"""

from __future__ import annotations

from typing import Any

from motcua_core.protocol import ErrorBody

#: What each status means, as a client should read it.
MEANINGS: dict[int, str] = {
    400: "The path, query string or a header holds text that cannot be stored (a NUL byte, "
    "not UTF-8), or an invalid Content-Length.",
    401: "No valid credential: a device's `Bearer <device id>:<secret>`, or for operator "
    "routes the operator token (or a signed-in session).",
    403: "The credential is valid but not for this: another office's route, or an enrolment "
    "token that is unknown, used or expired.",
    404: "Nothing matches (no such office or dossier, or an attachment this office does not hold).",
    408: "The request body did not arrive within the server's body timeout; the connection "
    "is closed.",
    409: "The request conflicts with the upload held for this office: an attachment declared "
    "with another size, a chunk of the wrong length or past the file's end, a completion before "
    "every chunk arrived, or content whose SHA-256 differs from its name (the chunks are then "
    "discarded); for a booking, the slot is full.",
    413: "The request body is larger than the protocol allows (with or without Content-Length).",
    422: "A value does not satisfy the form the page asks for.",
    429: "Too many attempts from this client address (for a booking, or for its phone); try "
    "again after `Retry-After` seconds.",
    503: "The database is unavailable or the server is busy; try again after `Retry-After` "
    "seconds.",
}
#: The guard's answers to a request with a body.
BODY = (408, 413)
_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}


def errors(*codes: int, page: tuple[int, ...] = ()) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: 400 and ``codes`` as ``ErrorBody``, ``page`` as HTML pages.

    A route whose answer is an HTML page gets its JSON errors with the schema inline (FastAPI
    would file a model under the route's own media type, text/html).
    """
    described: dict[int | str, dict[str, Any]] = {}
    for code in sorted({400, *codes}):
        described[code] = _json_error(code, inline=bool(page))
    for code in page:
        described[code] = {"description": MEANINGS[code], "content": {"text/html": {}}}
        if code in (429, 503):
            described[code]["headers"] = _RETRY_AFTER
    if 422 in page:  # a query FastAPI itself refuses still answers its JSON list of errors
        schema = {"$ref": "#/components/schemas/HTTPValidationError"}
        described[422]["content"]["application/json"] = {"schema": schema}
    return described


def _json_error(code: int, *, inline: bool) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": MEANINGS[code]}
    if inline:
        answer["content"] = {"application/json": {"schema": ErrorBody.model_json_schema()}}
    else:
        answer["model"] = ErrorBody
    if code in (429, 503):
        answer["headers"] = _RETRY_AFTER
    return answer
