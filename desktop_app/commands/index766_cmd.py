"""``report --form index766``: the office's service index (Decision 766) as JSON, XLSX or PDF."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.commands.common import gui_application, in_office, print_json
from desktop_app.config import Settings
from motcua_core.domain.report_periods import ReportPeriod


def run_index766(args: argparse.Namespace, settings: Settings, period: ReportPeriod) -> int:
    """Compute the index over ``period`` in one read-only transaction and write it."""
    result = in_office(
        settings, lambda s, office: _index(s, office, settings, period), read_only=True
    )
    out = Path(args.out) if args.out else None
    if args.format == "json":
        _json_out(result, out)
    elif args.format == "xlsx" and out is not None:
        from desktop_app.printing.index766_xlsx import write_index766_xlsx

        write_index766_xlsx(result, out)
    elif out is not None:
        from desktop_app.printing.index766_pdf import write_index766_pdf

        _app = gui_application()
        write_index766_pdf(result, out)
    return 0


def _index(session: Any, office: Any, settings: Settings, period: ReportPeriod) -> Any:
    """The index counted with the office's stored report setting (withdrawn as resolved)."""
    from desktop_app.services.office.settings import apply_office_settings
    from desktop_app.services.reports.form_ii06a import FormOptions
    from desktop_app.services.reports.index766 import build_index766

    stored = apply_office_settings(session, settings, office.id)
    options = FormOptions(settings.zone, stored.report_withdrawn_as_resolved)
    return build_index766(session, period, options, office_name=office.name)


def _json_out(result: Any, out: Path | None) -> None:
    from desktop_app.printing.index766_json import office_index_as_dict

    data = office_index_as_dict(result)
    if out is None:
        print_json(data)
    else:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
