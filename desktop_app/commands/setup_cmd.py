"""``init`` and ``demo``: create or upgrade the office database, load the catalogue, demo data."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from desktop_app.commands.common import print_json
from desktop_app.commands.database_setup import initialise
from desktop_app.config import Settings


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="create or upgrade the database and load the catalogue")
    init.add_argument("--office-code", metavar="CODE", help="office unit code, e.g. 000.00.06.H56")
    init.add_argument("--office-name", metavar="NAME", help="office name")
    init.add_argument("--json", action="store_true", help="print the result as JSON")
    init.set_defaults(handler=run_init)
    demo = sub.add_parser(
        "demo", help="init plus demo staff, counters, tickets and dossiers; opens the GUI"
    )
    demo.add_argument("--no-gui", action="store_true", help="only create the demo data")
    demo.add_argument("--json", action="store_true", help="print the result as JSON")
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace, settings: Settings) -> int:
    given = {"office_code": args.office_code, "office_name": args.office_name}
    settings = settings.with_values("command line", **{k: v for k, v in given.items() if v})
    summary = initialise(settings)
    if args.json:
        print_json(summary)
    else:
        state = "updated" if summary["changed"] else "already up to date, nothing changed"
        office, procedures = summary["office"], summary["procedures"]
        print(f"Database {summary['database']}: {state}.")
        print(
            f"Office {office['code']} — {office['name']}; schema {summary['migration']}; "
            f"procedures +{procedures['added']} ~{procedures['updated']}; "
            f"service areas +{summary['service_areas']['added']}."
        )
    return 0


def create_demo_data(settings: Settings) -> dict[str, Any]:
    from desktop_app.app import build_context
    from desktop_app.services.office.calendar import office_calendar
    from desktop_app.services.office.demo import DEMO_PASSWORD, add_demo_data
    from desktop_app.services.office.identity import current_office

    context = build_context(settings)
    try:
        with context.session() as session:
            office = current_office(session)
            calendar = office_calendar(session, settings, office.id)
            result = add_demo_data(session, office, calendar, datetime.now(UTC))
    finally:
        context.close()
    return {**vars(result), "password": DEMO_PASSWORD}


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    init_summary = initialise(settings)
    demo = create_demo_data(settings)
    if args.json:
        print_json({"init": init_summary, "demo": demo})
    else:
        what = (
            f"{demo['tickets']} tickets, {demo['dossiers']} dossiers"
            if demo["created"]
            else "demo data already present"
        )
        print(f"Demo office ready in {init_summary['database']}: {what}.")
        print(f"Sign in as canbo1, tuphap, lanhdao or admin with password {demo['password']}.")
    if args.no_gui:
        return 0
    from desktop_app.commands.gui_cmd import run_gui_command

    sys.stdout.flush()
    return run_gui_command(args, settings)
