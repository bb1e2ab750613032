"""A program older than the office database's schema refuses to start.

When ``init`` upgrades the schema it records which program version did it (``schema_writer``).
A station whose program does not know the database's migration level (the database was
upgraded by a newer program) stops with a message naming the version to install, instead of
running against tables it does not understand.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.services.errors import ServiceError
from desktop_app.storage.migrate import MIGRATIONS_DIR, SCHEMA_HEAD
from desktop_app.storage.models import SchemaWriter


class ProgramTooOld(ServiceError):
    """The database's schema is newer than this program."""


def known_revisions() -> frozenset[str]:
    """The migration levels this program ships (file names start with their revision id)."""
    return frozenset(path.name[:4] for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))


def record_schema_writer(session: Session, revision: str, now: datetime) -> None:
    session.merge(SchemaWriter(revision=revision, app_version=__version__, upgraded_at=now))


def refuse_newer_schema(engine: Engine) -> None:
    """Raises ``ProgramTooOld`` when the database is at a level this program does not know."""
    level = _scalar(engine, "SELECT version_num FROM alembic_version")
    if level is None or level in known_revisions():
        return
    wanted = _writer_version(engine, level) or "a newer version"
    raise ProgramTooOld(
        f"the office database is at schema {level}, upgraded by desktop-app {wanted}; this "
        f"program is desktop-app {__version__} (schema {SCHEMA_HEAD}): install desktop-app "
        f"{wanted} or newer on this station",
        f"Cơ sở dữ liệu của đơn vị đã được nâng cấp bởi desktop-app {wanted}; máy này đang "
        f"chạy phiên bản {__version__}: hãy cài desktop-app {wanted} trở lên.",
    )


def _writer_version(engine: Engine, level: str) -> str | None:
    query = select(SchemaWriter.app_version).where(SchemaWriter.revision == level)
    try:
        with engine.connect() as connection:
            return connection.execute(query).scalar()
    except (OperationalError, ProgrammingError):
        return None


def _scalar(engine: Engine, sql: str) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    except (OperationalError, ProgrammingError):
        return None
