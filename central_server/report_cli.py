"""``central-server report --form NAME``: the forms the authorities ask for, from pushed data.

``--office CODE`` (repeatable) or ``--all`` chooses the offices, summed as one form;
``--period P`` or ``--from D --to D`` the period (official cut-offs,
``motcua_core.domain.report_periods``). Each form is one entry of ``FORMS``
(``"module:function"``, imported when asked for); a handler takes the arguments and the
period and returns the exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from motcua_core.domain.report_periods import ReportPeriod, period_from_options
from motcua_core.reports.form_ii06a_report import ReportSource

FormHandler = Callable[[argparse.Namespace, ReportPeriod], int]

#: Form name (``--form``) → ``"module:function"`` of its handler.
FORMS: dict[str, str] = {
    "ii06a": "central_server.report_cli:run_form_ii06a",
    "index766": "central_server.report_index_cli:run_index766",
}
DEFAULT_ZONE = "Asia/Ho_Chi_Minh"


def add_report_options(report: argparse.ArgumentParser) -> None:
    """The options of ``report`` (the caller made the subcommand with ``--db`` and ``--json``)."""
    report.add_argument("--form", required=True, choices=sorted(FORMS))
    offices = report.add_mutually_exclusive_group(required=True)
    offices.add_argument("--office", action="append", metavar="CODE", help="unit code (repeat)")
    offices.add_argument("--all", action="store_true", help="every office, summed")
    report.add_argument("--period", metavar="P", help="2020-m06, 2020-q2, 2020-h1, 2020-9m, 2020")
    report.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--format", choices=("json", "xlsx"), default="json")
    report.add_argument("--out", metavar="FILE", help="output file (required for xlsx)")
    report.add_argument("--timezone", default=DEFAULT_ZONE, help="the offices' time zone")
    report.add_argument(
        "--withdrawn-as-resolved",
        choices=("yes", "no"),
        help="count withdrawn and stopped dossiers as resolved on time, for every office "
        "(default: each office by the report_withdrawn_as_resolved it synced, else yes)",
    )


def cmd_report(args: argparse.Namespace) -> int:
    """Run the handler of ``--form`` over the period the options name."""
    period = period_from_options(args.period, args.start, args.end)
    if args.format != "json" and not args.out:
        raise ValueError(f"--format {args.format} needs --out FILE")
    module_name, function_name = FORMS[args.form].split(":")
    handler: FormHandler = getattr(import_module(module_name), function_name)
    return handler(args, period)


def unit_codes(args: argparse.Namespace) -> list[str] | None:
    """The offices chosen (``None``: all)."""
    return None if args.all else list(args.office)


def run_form_ii06a(args: argparse.Namespace, period: ReportPeriod) -> int:
    """Form II.06a of the chosen offices, as JSON (stdout or ``--out``) or XLSX."""
    from central_server.db import make_engine, make_session_factory, session_scope
    from central_server.report_forms import build_central_form

    source = report_source(args, period, _office_label(args))
    engine = make_engine(args.db)
    try:
        with session_scope(make_session_factory(engine)) as session:
            report = build_central_form(session, unit_codes(args), source)
    finally:
        engine.dispose()
    write_form_ii06a(report, args.format, Path(args.out) if args.out else None)
    return 0


def report_source(args: argparse.Namespace, period: ReportPeriod, label: str) -> ReportSource:
    """How to count: ``--withdrawn-as-resolved`` for every office, else each office's rule."""
    rule = args.withdrawn_as_resolved
    return ReportSource(period, label, rule != "no", ZoneInfo(args.timezone),
                        synced_rules=rule is None)  # fmt: skip


def _office_label(args: argparse.Namespace) -> str:
    return "Tất cả các đơn vị" if args.all else ", ".join(args.office)


def write_form_ii06a(report: Any, form_format: str, out: Path | None) -> None:
    """JSON on stdout or in ``out``; XLSX in ``out``."""
    if form_format == "xlsx" and out is not None:
        from motcua_core.reports.form_ii06a_xlsx import write_form_ii06a_xlsx

        write_form_ii06a_xlsx(report, out)
        return
    from motcua_core.reports.form_ii06a_json import form_ii06a_as_dict

    text = json.dumps(form_ii06a_as_dict(report), ensure_ascii=False, indent=2)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text, encoding="utf-8")
