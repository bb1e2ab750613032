"""Form II.06a as the JSON the ``report --form ii06a`` command prints."""

from __future__ import annotations

from typing import Any

from motcua_core.domain.form_ii06a import COUNT_COLUMNS
from motcua_core.reports.form_ii06a_report import FormII06aReport, LateDossier
from motcua_core.reports.form_ii06a_text import FORM_CODE, form_notes


def form_ii06a_as_dict(report: FormII06aReport) -> dict[str, Any]:
    """``{"form", "from", "to", "rows", "total", "notes", ...}`` with columns "3"–"13"."""
    return {
        "form": FORM_CODE,
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "period": report.period.name or None,
        "office": report.office_name,
        "rows": [
            {
                "field_code": row.field_code,
                "field_name": row.field_name,
                "heading": row.heading,
                "columns": _columns(row.columns),
            }
            for row in report.rows
        ],
        "total": {"columns": _columns(report.total)},
        "notes": form_notes(report),
        "late": [_late(line) for line in report.late],
    }


def _columns(columns: Any) -> dict[str, int]:
    return {key: int(columns.get(key, 0)) for key in COUNT_COLUMNS}


def _late(line: LateDossier) -> dict[str, Any]:
    return {
        "code": line.code,
        "field_name": line.field_name,
        "received_at": line.received_at.isoformat(),
        "due_at": line.due_at.isoformat() if line.due_at else None,
        "finished_at": line.finished_at.isoformat() if line.finished_at else None,
        "reason": line.reason,
    }
