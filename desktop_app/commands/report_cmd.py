"""``report``: the period report as JSON, XLSX or PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.commands.common import UsageError, gui_application, print_json
from desktop_app.config import Settings


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="period report: visits, dossiers, timeliness, queue")
    report.add_argument("--from", dest="start", required=True, metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--by", choices=("field", "procedure", "officer", "counter"))
    report.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json")
    report.add_argument("--out", metavar="FILE", help="output file (required for xlsx and pdf)")
    report.set_defaults(handler=run_report)


def _date(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} expects a date as YYYY-MM-DD, got '{text}'") from None


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if end < start:
        raise UsageError("--to is before --from")
    if args.format != "json" and not args.out:
        raise UsageError(f"--format {args.format} needs --out FILE")
    _write_report(_read_report(settings, start, end, args.by), args)
    return 0


def _read_report(settings: Settings, start: date, end: date, grouping: str | None) -> Any:
    """The period report of the office, read in one read-only transaction."""
    from desktop_app.app import build_context
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.reports.period import Period, build_period_report

    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            office = current_office(session)
            return build_period_report(
                session,
                Period(start, end),
                tz=settings.zone,
                office_name=office.name,
                grouping=grouping,
            )
    finally:
        context.close()


def _write_report(report: Any, args: argparse.Namespace) -> None:
    """JSON on stdout or in ``--out``; XLSX or PDF in ``--out``."""
    from desktop_app.printing.report_json import report_as_dict

    if args.format == "json":
        data = report_as_dict(report)
        if args.out:
            import json

            Path(args.out).write_text(
                json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
        else:
            print_json(data)
    elif args.format == "xlsx":
        from desktop_app.printing.report_xlsx import write_report_xlsx

        write_report_xlsx(report, Path(args.out))
    else:
        from desktop_app.printing.report_pdf import write_report_pdf

        _app = gui_application()
        write_report_pdf(report, Path(args.out))
