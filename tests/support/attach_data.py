"""A set-up office with one received dossier and its checklist, for the attachment tests and
benchmark (set up in the calling process: faster than ``init`` as a subprocess)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop_app.app import AppContext, build_context
from desktop_app.config import load_settings
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.handover.department import start_processing
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.storage.migrate import upgrade_to_head
from motcua_core.domain.identifiers import IdType

AT = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


def office_with_dossier(
    url: str, documents: Sequence[dict[str, Any]], *, in_progress: bool = False
) -> tuple[AppContext, str]:
    """The office's open context and the code of its one dossier (received at ``AT``)."""
    settings = load_settings(
        config_file=None, environ={}, read_standard_file=False, overrides={"database_url": url}
    )
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    with context.session() as session:
        set_up_office(session, "000.00.06.H56", "UBND Phường Thử Nghiệm")
    with context.session() as session:
        office = current_office(session)
        request = ReceptionRequest(
            procedure_code="1.004873",
            applicant=ApplicantInput(
                full_name="Nguyễn Văn Nam", id_type=IdType.CCCD, id_number="001085012345"
            ),
            documents=tuple(documents),
        )
        calendar = office_calendar(session, settings, office.id)
        code = receive_dossier(
            session, request, office=office, calendar=calendar, received_at=AT
        ).code
        if in_progress:
            start_processing(session, code, at=AT, staff_id=None, unit=None)
    return context, code
