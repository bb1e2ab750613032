"""``report --form ii06a``: form II.06a of the office as JSON, XLSX or PDF."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.commands.common import gui_application, print_json
from desktop_app.config import Settings
from motcua_core.domain.report_periods import ReportPeriod


def run_form_ii06a(args: argparse.Namespace, settings: Settings, period: ReportPeriod) -> int:
    """Count the form over ``period`` in one read-only transaction and write it."""
    report = read_form_ii06a(settings, period)
    write_form_ii06a(report, args.format, Path(args.out) if args.out else None)
    return 0


def read_form_ii06a(settings: Settings, period: ReportPeriod) -> Any:
    """The office's form, counted with the office's stored report setting in force."""
    from desktop_app.app import build_context
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.office.settings import apply_office_settings
    from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a

    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            office = current_office(session)
            stored = apply_office_settings(session, settings, office.id)
            options = FormOptions(settings.zone, stored.report_withdrawn_as_resolved)
            return build_form_ii06a(session, period, options, office_name=office.name)
    finally:
        context.close()


def write_form_ii06a(report: Any, form_format: str, out: Path | None) -> None:
    """JSON on stdout or in ``out``; XLSX or PDF in ``out``."""
    if form_format == "json":
        from motcua_core.reports.form_ii06a_json import form_ii06a_as_dict

        _write_json(form_ii06a_as_dict(report), out)
    elif form_format == "xlsx" and out is not None:
        from motcua_core.reports.form_ii06a_xlsx import write_form_ii06a_xlsx

        write_form_ii06a_xlsx(report, out)
    elif out is not None:
        from desktop_app.printing.form_ii06a_pdf import write_form_ii06a_pdf

        _app = gui_application()
        write_form_ii06a_pdf(report, out)


def _write_json(data: dict[str, Any], out: Path | None) -> None:
    if out is None:
        print_json(data)
        return
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
