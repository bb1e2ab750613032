"""The headings form II.06a groups the office's fields under: the catalogue's service areas.

Each procedure names its field (lĩnh vực) and the service area it is received in; a field
stands under the area most of its procedures belong to (``headings_by_vote``).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Procedure, ServiceArea
from motcua_core.reports.form_ii06a_report import FieldHeading, headings_by_vote


def field_headings(session: Session) -> dict[str, FieldHeading]:
    """Each catalogue field's heading (fields without an area have none)."""
    names = {
        code: name for code, name in session.execute(select(ServiceArea.code, ServiceArea.name))
    }
    query = (
        select(Procedure.field, Procedure.area_code, func.count())
        .where(Procedure.area_code.is_not(None))
        .group_by(Procedure.field, Procedure.area_code)
    )
    votes = [(field, area, int(count)) for field, area, count in session.execute(query)]
    return headings_by_vote(votes, names)
