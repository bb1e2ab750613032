"""The office's service index as JSON-ready data: the ``report --form index766`` contract."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop_app.services.reports.index766 import OfficeIndex
from motcua_core.domain.index766 import index_as_dict


def office_index_as_dict(result: OfficeIndex) -> dict[str, Any]:
    """``from``, ``to``, ``groups``, ``total`` (the contract), then the office and its counts."""
    p = result.period
    data: dict[str, Any] = index_as_dict(result.index, p.start.isoformat(), p.end.isoformat())
    data["period"] = p.name or None
    data["office"] = result.office_name
    data["facts"] = asdict(result.facts)
    return data
