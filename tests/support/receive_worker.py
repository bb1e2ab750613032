"""Worker process for concurrency tests: receives N dossiers, one transaction each."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from motcua_core.domain.identifiers import IdType


def main(url: str, count: int, worker: int) -> None:
    settings = load_settings(environ={}, overrides={"database_url": url}, read_standard_file=False)
    context = build_context(settings)
    moment = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
    for index in range(count):
        request = ReceptionRequest(
            procedure_code="2.000815",
            applicant=ApplicantInput(
                full_name=f"Người Thử {worker} {index}",
                id_type=IdType.CMND,
                id_number=f"{worker:03d}{index:06d}",
            ),
        )
        with context.session() as session:
            office = current_office(session)
            calendar = office_calendar(session, settings, office.id)
            received = receive_dossier(
                session, request, office=office, calendar=calendar, received_at=moment
            )
        print(received.code, flush=True)
    context.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
