"""The migrations are the schema: ``upgrade head`` on an empty database matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_app.storage.database import make_engine
from desktop_app.storage.migrate import current_revision, head_revision, upgrade_to_head
from desktop_app.storage.models import Base


def test_upgrade_head_on_empty_database_matches_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is None
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
        assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)
    finally:
        engine.dispose()


def test_upgrade_twice_is_harmless(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade_to_head(engine)
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_sqlite_connections_use_wal_full_sync_foreign_keys(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        engine.dispose()


def test_schema_head_constant_is_alembics_head(sqlite_url: str) -> None:
    from desktop_app.storage.migrate import SCHEMA_HEAD, schema_is_current

    assert head_revision() == SCHEMA_HEAD
    engine = make_engine(sqlite_url)
    try:
        assert not schema_is_current(engine)
        upgrade_to_head(engine)
        assert schema_is_current(engine)
    finally:
        engine.dispose()
