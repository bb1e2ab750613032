"""``report``: the period report, or a form the authorities ask for (``--form``), as JSON,
XLSX or PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.commands.common import UsageError, gui_application, print_json
from desktop_app.commands.report_forms import FORMS, parse_date, run_form
from desktop_app.config import Settings


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="period report: visits, dossiers, timeliness, queue")
    report.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--form", choices=sorted(FORMS), help="a form the authorities ask for")
    report.add_argument(
        "--period", metavar="P", help="with --form: 2020-m06, 2020-q2, 2020-h1, 2020-9m, 2020"
    )
    report.add_argument("--by", choices=("field", "procedure", "officer", "counter"))
    report.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json")
    report.add_argument("--out", metavar="FILE", help="output file (required for xlsx and pdf)")
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    if args.form is not None:
        return run_form(args, settings)
    if args.period is not None:
        raise UsageError("--period needs --form (the period report takes --from and --to)")
    if args.start is None or args.end is None:
        raise UsageError("the following arguments are required: --from, --to")
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
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
