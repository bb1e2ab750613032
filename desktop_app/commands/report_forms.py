"""``report --form NAME``: the forms the authorities ask for, one handler per form.

A form's handler takes the parsed arguments, the settings and the reporting period (from
``--period`` or ``--from``/``--to``) and returns the exit code. Adding a form is one entry in
``FORMS``; the handler's module is imported only when its form is asked for.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from importlib import import_module

from desktop_app.commands.common import UsageError
from desktop_app.config import Settings
from motcua_core.domain.report_periods import (
    InvalidReportPeriod,
    ReportPeriod,
    period_from_options,
)

FormHandler = Callable[[argparse.Namespace, Settings, ReportPeriod], int]

#: Form name (``--form``) → ``"module:function"`` of its handler.
FORMS: dict[str, str] = {
    "ii06a": "desktop_app.commands.form_ii06a_cmd:run_form_ii06a",
    "index766": "desktop_app.commands.index766_cmd:run_index766",
}


def run_form(args: argparse.Namespace, settings: Settings) -> int:
    """Run the handler of ``args.form`` over the period the arguments name."""
    period = period_of(args)
    if args.format != "json" and not args.out:
        raise UsageError(f"--format {args.format} needs --out FILE")
    module_name, function_name = FORMS[args.form].split(":")
    handler: FormHandler = getattr(import_module(module_name), function_name)
    return handler(args, settings, period)


def period_of(args: argparse.Namespace) -> ReportPeriod:
    """``--period P`` or ``--from D --to D`` (exactly one of the two) as a reporting period."""
    try:
        return period_from_options(args.period, args.start, args.end)
    except InvalidReportPeriod as exc:
        raise UsageError(str(exc)) from None


def parse_date(text: str, flag: str) -> date:
    """A ``YYYY-MM-DD`` flag value, or a usage error naming the flag."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} expects a date as YYYY-MM-DD, got '{text}'") from None
