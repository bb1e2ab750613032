"""``doctor --office``: every station that used the office database in the last 30 days.

Not a command module itself: ``doctor_cmd`` runs it for ``--office``; ``gui_cmd`` records the
station when its window opens (``note_station``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from desktop_app import __version__
from desktop_app.commands.common import print_json
from desktop_app.config import Settings


def note_station(context: Any) -> None:
    """Records this station as seen now; a failure to do so never stops it from starting."""
    from sqlalchemy.exc import SQLAlchemyError

    from desktop_app.services.office.stations import record_station

    try:
        with context.session() as session:
            record_station(session, context.settings, __version__, datetime.now(UTC))
    except SQLAlchemyError as exc:
        sys.stderr.write(f"desktop-app: warning: station not recorded: {exc}\n")


def office_report(settings: Settings) -> dict[str, Any]:
    from desktop_app.app import build_context
    from desktop_app.services.office.schema_version import refuse_newer_schema
    from desktop_app.services.office.stations import stations_seen

    context = build_context(settings)
    try:
        refuse_newer_schema(context.engine)
        with context.session(read_only=True) as session:
            return {"stations": stations_seen(session, datetime.now(UTC))}
    finally:
        context.close()


def run_office_doctor(args: argparse.Namespace, settings: Settings) -> int:
    report = office_report(settings)
    if args.json:
        print_json(report)
        return 0
    print(f"Stations seen in the last 30 days: {len(report['stations'])}")
    for station in report["stations"]:
        skew = station["clock_skew_seconds"]
        print(
            f"  {station['role']:<8} counter {station['counter'] or '-':<3} {station['host']:<24}"
            f" {station['version']:<10} last seen {station['last_seen']}"
            f"  clock skew {'unknown' if skew is None else f'{skew:+.1f} s'}"
        )
    return 0
