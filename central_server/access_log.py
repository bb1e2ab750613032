"""The access log without query strings: a query can carry what a citizen typed.

The public lookup's ``id_last4`` (and any other query value) never reaches the log; the path
stays, so an operator still sees which route answered what.
"""

from __future__ import annotations

import logging

ACCESS_LOGGER = "uvicorn.access"
# uvicorn's access record: (client address, method, path with query, HTTP version, status).
_PATH_ARG = 2


class QueryStringsHidden(logging.Filter):
    """Replaces the query string of each access line by ``?…``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) > _PATH_ARG and isinstance(args[_PATH_ARG], str):
            path, query_mark, _query = args[_PATH_ARG].partition("?")
            shown = f"{path}?…" if query_mark else path
            record.args = (*args[:_PATH_ARG], shown, *args[_PATH_ARG + 1 :])
        return True


def hide_query_strings() -> None:
    """Install the filter on uvicorn's access logger (once; uvicorn's logging set-up keeps it)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, QueryStringsHidden) for f in logger.filters):
        logger.addFilter(QueryStringsHidden())
