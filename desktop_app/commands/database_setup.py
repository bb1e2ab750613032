"""Creating or upgrading the office database: what ``init``, ``demo`` and the window share.

Not a command module itself (no ``_cmd`` suffix): ``setup_cmd`` runs it for ``init`` and
``demo``, ``gui_cmd`` for an embedded database whose schema is behind.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop_app.config import Settings


def initialise(settings: Settings) -> dict[str, Any]:
    """Migrate the database to the newest schema and set up the office; returns a summary."""
    from desktop_app.app import build_context
    from desktop_app.services.office.schema_version import (
        record_schema_writer,
        refuse_newer_schema,
    )
    from desktop_app.services.office.setup import set_up_office
    from desktop_app.storage.migrate import current_revision, upgrade_to_head
    from motcua_core.domain.dossier_code import validate_unit_code

    code = validate_unit_code(settings.office_code)
    context = build_context(settings, create=True)
    try:
        refuse_newer_schema(context.engine)
        before = current_revision(context.engine)
        upgrade_to_head(context.engine)
        after = current_revision(context.engine)
        with context.session() as session:
            if after is not None and before != after:
                record_schema_writer(session, after, datetime.now(UTC))
            result = set_up_office(
                session,
                code,
                settings.office_name,
                code_is_explicit=settings.sources["office_code"] != "default",
                name_is_explicit=settings.sources["office_name"] != "default",
            )
    finally:
        context.close()
    return {
        "database": context.engine.url.render_as_string(hide_password=True),
        "migrated_from": before,
        "migration": after,
        "office": {"code": result.office.code, "name": result.office.name},
        "office_created": result.office_created,
        "procedures": vars(result.procedures),
        "service_areas": vars(result.service_areas),
        "changed": result.changed or before != after,
    }
