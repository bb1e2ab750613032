"""``print form NN CODE``: print a form of a dossier to PDF or a named printer."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from desktop_app.commands.common import UsageError, gui_application, print_json
from desktop_app.commands.print_lists import register_lists
from desktop_app.commands.print_ticket import register_print
from desktop_app.config import Settings


def register(sub: Any) -> None:
    printing = sub.add_parser("print", help="print forms")
    actions = printing.add_subparsers(dest="print_action", metavar="WHAT", required=True)
    form = actions.add_parser("form", help="print form NN (01, 02, 03, 06, …) of a dossier")
    form.add_argument("number", metavar="NN")
    form.add_argument("code", metavar="CODE")
    target = form.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FILE", help="write a PDF file")
    target.add_argument("--printer", metavar="NAME", help="send to this installed printer")
    form.add_argument("--json", action="store_true")
    form.set_defaults(handler=run_print_form)
    register_lists(actions)  # handover lists, register (3B)
    register_print(actions)  # queue tickets (issue 4)


def run_print_form(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.printing.forms.base import print_form
    from desktop_app.printing.forms.registry import FormRequest, get_form_spec
    from desktop_app.printing.output import PrinterNotFound
    from desktop_app.sync.public_lookup_base import public_lookup_base

    try:
        spec = get_form_spec(args.number)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    _app = gui_application()
    request = FormRequest(
        now=datetime.now(settings.zone), tz=settings.zone,
        lookup_base_url=public_lookup_base(settings),
    )  # fmt: skip
    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            form = spec.build(session, args.code.strip().upper(), request)
    finally:
        context.close()
    try:
        pages = print_form(form, pdf_path=args.pdf, printer_name=args.printer or "")
    except PrinterNotFound as exc:
        raise UsageError(str(exc)) from None
    result = {
        "form": spec.number,
        "code": args.code.strip().upper(),
        "pages": pages,
        "pdf": args.pdf,
        "printer": args.printer,
    }
    if args.json:
        print_json(result)
    else:
        print(f"Mẫu {spec.number}: {args.pdf or args.printer} ({pages} trang)")
    return 0
