"""Setting up an office database: office row, catalogue, default service areas."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.services.office.catalog import (
    LoadResult,
    load_catalogue,
    load_service_areas,
    read_catalogue_file,
)
from desktop_app.services.office.identity import OfficeInfo, ensure_office


@dataclass(frozen=True)
class SetupResult:
    office: OfficeInfo
    office_created: bool
    procedures: LoadResult
    service_areas: LoadResult

    @property
    def changed(self) -> bool:
        return bool(
            self.office_created
            or self.procedures.added
            or self.procedures.updated
            or self.service_areas.added
        )


def set_up_office(
    session: Session,
    office_code: str,
    office_name: str,
    *,
    code_is_explicit: bool = False,
    name_is_explicit: bool = False,
) -> SetupResult:
    """Create the office and load the shipped catalogue; a second run changes nothing.

    Defaults from the settings only name a new office; a name given explicitly renames an
    existing one, and a code given explicitly must match it.
    """
    office, created = ensure_office(
        session,
        office_code,
        office_name,
        code_is_explicit=code_is_explicit,
        rename=name_is_explicit,
    )
    procedures = load_catalogue(session, read_catalogue_file())
    areas = load_service_areas(session, office.id)
    return SetupResult(office, created, procedures, areas)
