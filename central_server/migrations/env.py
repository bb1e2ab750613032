"""Alembic environment of the central database: runs on the connection handed over."""

from __future__ import annotations

from alembic import context

from central_server import booking_models  # noqa: F401  (its tables join Base.metadata)
from central_server.db import VERSION_TABLE
from central_server.models import Base
from central_server.notify import models as notify_models  # noqa: F401  (notifications)

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from central_server.db import make_engine

        with make_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
