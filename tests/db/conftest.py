"""Database fixtures: a migrated, set-up office on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop_app.app import AppContext, build_context
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.office.setup import set_up_office
from desktop_app.storage.migrate import upgrade_to_head


@pytest.fixture
def context(office_settings) -> Iterator[AppContext]:
    """An initialised office database (schema at head, office, catalogue, service areas)."""
    ctx = build_context(office_settings, create=True)
    upgrade_to_head(ctx.engine)
    with ctx.session() as session:
        set_up_office(session, office_settings.office_code, office_settings.office_name)
    yield ctx
    ctx.close()


@pytest.fixture
def office(context: AppContext) -> OfficeInfo:
    from desktop_app.services.office.identity import current_office

    with context.session(read_only=True) as session:
        return current_office(session)


@pytest.fixture
def calendar(context: AppContext, office: OfficeInfo):
    with context.session(read_only=True) as session:
        return office_calendar(session, context.settings, office.id)


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
