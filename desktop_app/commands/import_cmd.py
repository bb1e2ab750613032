"""``import register FILE``: import a legacy register (CSV or XLSX) of dossiers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands.common import UsageError, print_json
from desktop_app.config import Settings


def register(sub: Any) -> None:
    importing = sub.add_parser("import", help="import data from files")
    actions = importing.add_subparsers(dest="import_action", metavar="WHAT", required=True)
    reg = actions.add_parser("register", help="import a register of dossiers (CSV or XLSX)")
    reg.add_argument("file", metavar="FILE")
    reg.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some rows are bad"
    )
    reg.add_argument("--json", action="store_true")
    reg.set_defaults(handler=run_import_register)


def run_import_register(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.services.dossiers.register_import import import_register
    from desktop_app.services.office.identity import current_office

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"no file {path}")
    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            office = current_office(session)
        report = import_register(
            context.session, path, office_id=office.id, tz=settings.zone, skip_bad=args.skip_bad
        )
    finally:
        context.close()
    result = {
        "rows": report.rows,
        "imported": report.imported,
        "skipped_existing": report.skipped_existing,
        "bad_rows": report.bad_rows,
        "committed": report.committed,
        "errors": [{"line": e.line, "message": e.message} for e in report.errors],
    }
    if args.json:
        print_json(result)
    else:
        for error in report.errors:
            print(f"{path.name}:{error.line}: {error.message}", file=sys.stderr)
        print(
            f"{report.imported} imported, {report.skipped_existing} already present, "
            f"{report.bad_rows} bad rows" + ("" if report.committed else "; nothing imported")
        )
    return 0 if report.committed else 2
