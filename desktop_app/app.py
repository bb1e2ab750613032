"""Builds the one application context a process uses: settings, database, session factory.

No global singletons: the CLI and every window receive this context and take what they need.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.config import Settings
from desktop_app.storage.attachment_store import AttachmentStore, store_root_for
from desktop_app.storage.database import make_engine, make_session_factory, session_scope


@dataclass
class AppContext:
    """What a process shares between its windows, services and commands."""

    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One transaction for one user action (see ``session_scope``)."""
        with session_scope(self.session_factory, read_only=read_only) as session:
            yield session

    def attachment_store(self) -> AttachmentStore:
        """The office's attachment store (``AttachmentStoreUnset`` if it has none)."""
        return attachment_store_for(self.settings)

    def close(self) -> None:
        self.engine.dispose()


def attachment_store_for(settings: Settings) -> AttachmentStore:
    """The attachment store of the office ``settings`` name (see ``store_root_for``)."""
    return AttachmentStore(store_root_for(settings.database_url, settings.attachment_store))


def build_context(settings: Settings, *, create: bool = False) -> AppContext:
    """The context for ``settings``; opens no connection until one is needed.

    Args:
        settings: the station's settings.
        create: only for the commands that set a database up (``init``, ``demo``,
            ``restore``, the self-test): a missing SQLite file may then be created.

    Raises:
        DatabaseMissing: the SQLite file does not exist and ``create`` is false.
    """
    engine = make_engine(settings.database_url, create=create)
    return AppContext(settings, engine, make_session_factory(engine))
