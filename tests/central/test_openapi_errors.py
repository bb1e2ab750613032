"""The OpenAPI document describes every error answer each route can give."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from central_server.app import create_app
from central_server.db import make_engine

#: (method, path) → the error statuses it answers beside FastAPI's own 422.
EXPECTED: dict[tuple[str, str], set[int]] = {
    ("post", "/api/v1/enrol"): {400, 403, 408, 413, 422, 503},
    ("post", "/api/v1/offices/{unit_code}/push"): {400, 401, 403, 408, 413, 422, 503},
    ("get", "/api/v1/offices/{unit_code}/changes"): {400, 401, 403, 422, 503},
    ("post", "/api/v1/offices/{unit_code}/report"): {400, 401, 403, 408, 413, 422, 503},
    ("get", "/api/v1/offices/{unit_code}/stats"): {400, 401, 404, 422, 503},
    ("get", "/api/v1/public/dossiers/{code}"): {400, 404, 422, 429, 503},
    ("get", "/tra-cuu"): {400, 404, 422, 429, 503},
    ("get", "/admin/offices"): {400, 401, 503},
    ("get", "/healthz"): {400},
    ("get", "/readyz"): {400, 503},
    ("get", "/api/v1/attachments/{sha256}"): {400, 401, 404, 422, 503},
    ("put", "/api/v1/attachments/{sha256}"): {400, 401, 409, 422, 503},
    ("put", "/api/v1/attachments/{sha256}/chunks/{index}"): {
        400,
        401,
        404,
        408,
        409,
        413,
        422,
        503,
    },
    ("post", "/api/v1/attachments/{sha256}/complete"): {400, 401, 404, 409, 422, 503},
    ("get", "/api/v1/attachments/{sha256}/content"): {400, 401, 404, 422, 503},
    ("get", "/api/v1/public/offices/{unit_code}/slots"): {400, 404, 422, 503},
    ("post", "/api/v1/public/bookings"): {400, 404, 408, 409, 413, 422, 429, 503},
    ("delete", "/api/v1/public/bookings/{code}"): {400, 404, 422, 429, 503},
    ("get", "/dat-hen"): {400, 422, 503},
    ("post", "/dat-hen"): {400, 404, 408, 409, 413, 422, 429, 503},
    ("get", "/dat-hen/huy"): {400, 422},
    ("post", "/dat-hen/huy"): {400, 404, 408, 413, 429, 503},
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    engine = make_engine("sqlite://")
    try:
        return dict(TestClient(create_app(engine)).get("/openapi.json").json())
    finally:
        engine.dispose()


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


def test_every_route_documents_its_error_answers(spec) -> None:
    operations = _operations(spec)
    assert set(operations) == set(EXPECTED)
    for key, operation in operations.items():
        errors = {int(code) for code in operation["responses"] if int(code) >= 400}
        assert errors == EXPECTED[key], key


def test_json_errors_are_error_bodies_and_waits_name_retry_after(spec) -> None:
    for key, operation in _operations(spec).items():
        for code, answer in operation["responses"].items():
            if int(code) < 400 or int(code) == 422:
                continue
            json_answer = answer["content"].get("application/json")
            if json_answer is None:  # an HTML page's own answer
                assert "text/html" in answer["content"], (key, code)
            else:
                schema = json_answer["schema"]
                assert "ErrorBody" in (schema.get("$ref", "") + schema.get("title", "")), key
            if int(code) in (429, 503):
                assert "Retry-After" in answer["headers"], (key, code)
