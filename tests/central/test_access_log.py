"""The access log keeps paths and drops query strings (the lookup's id_last4 is never logged)."""

from __future__ import annotations

import logging

import uvicorn

from central_server.access_log import ACCESS_LOGGER, QueryStringsHidden, hide_query_strings


def _access_line(path: str) -> str:
    record = logging.LogRecord(
        ACCESS_LOGGER, logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:50000", "GET", path, "1.1", 404), None,
    )  # fmt: skip
    QueryStringsHidden().filter(record)
    return record.getMessage()


def test_a_query_string_is_not_written_to_the_access_log():
    line = _access_line("/api/v1/public/dossiers/000.00.06.H56-261201-0001?id_last4=2345")
    assert "2345" not in line
    assert '"GET /api/v1/public/dossiers/000.00.06.H56-261201-0001?… HTTP/1.1" 404' in line


def test_a_path_without_query_is_logged_as_it_is():
    assert '"GET /healthz HTTP/1.1"' in _access_line("/healthz")


def test_the_filter_survives_uvicorns_logging_set_up():
    hide_query_strings()
    hide_query_strings()
    uvicorn.Config("central_server.app:create_app")  # applies uvicorn's logging config
    filters = logging.getLogger(ACCESS_LOGGER).filters
    assert sum(isinstance(f, QueryStringsHidden) for f in filters) == 1
