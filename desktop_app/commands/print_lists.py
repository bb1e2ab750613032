"""``print handover BATCH`` and ``print register --from D --to D``: lists, not dossier forms.

Registered under ``print`` by ``print_cmd`` (not a command module of its own).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from desktop_app.commands.common import UsageError, gui_application, print_json
from desktop_app.config import Settings


def register_lists(actions: Any) -> None:
    """Add the list printers to the ``print`` command's actions."""
    handover = actions.add_parser("handover", help="print the list of a handover batch (A4)")
    handover.add_argument("batch", metavar="BATCH_ID", help="batch id (or its first 6+ characters)")
    _target(handover)
    handover.set_defaults(handler=run_print_handover)
    register = actions.add_parser("register", help="print the dossier register, form 07 (A4)")
    register.add_argument("--from", dest="first", required=True, metavar="DATE", help="first day")
    register.add_argument("--to", dest="last", required=True, metavar="DATE", help="last day")
    register.add_argument("--portrait", action="store_true", help="portrait (default landscape)")
    _target(register)
    register.set_defaults(handler=run_print_register)


def _target(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FILE", help="write a PDF file")
    target.add_argument("--printer", metavar="NAME", help="send to this installed printer")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{flag} expects a date such as 2026-11-26, got '{text}'") from None


def _print(args: argparse.Namespace, settings: Settings, build: Any, landscape: bool) -> int:
    from desktop_app.app import build_context
    from desktop_app.printing.forms.handover_list import print_list
    from desktop_app.printing.forms.registry import FormRequest
    from desktop_app.printing.output import PrinterNotFound

    _app = gui_application()
    request = FormRequest(now=datetime.now(settings.zone), tz=settings.zone)
    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            form = build(session, request)
    finally:
        context.close()
    try:
        pages = print_list(
            form, pdf_path=args.pdf, printer_name=args.printer or "", landscape=landscape
        )
    except PrinterNotFound as exc:
        raise UsageError(str(exc)) from None
    result = {"title": form.title, "pages": pages, "pdf": args.pdf, "printer": args.printer}
    if args.json:
        print_json(result)
    else:
        print(f"{form.title}: {args.pdf or args.printer} ({pages} trang)")
    return 0


def run_print_handover(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.printing.forms.handover_list import build_handover_list

    return _print(args, settings, lambda s, r: build_handover_list(s, args.batch, r), False)


def run_print_register(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.printing.forms.register_07 import build_register

    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if last < first:
        raise UsageError("--to is before --from")
    return _print(args, settings, lambda s, r: build_register(s, first, last, r), not args.portrait)
