"""``doctor``: what a station runs on, and whether its database is ready."""

from __future__ import annotations

import argparse
import json
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.commands.common import print_json
from desktop_app.config import Settings, describe_settings


def register(sub: Any) -> None:
    doctor = sub.add_parser(
        "doctor", help="check settings, database, printers, audio, disk and the central server"
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.add_argument(
        "--out", metavar="FILE", help="also write the report (JSON, no personal data) to FILE"
    )
    doctor.add_argument(
        "--office",
        action="store_true",
        help="list every station that used the office database in the last 30 days",
    )
    doctor.set_defaults(handler=run_doctor)


def check_database(settings: Settings) -> dict[str, Any]:
    """Reachability, migration level against the newest, office and catalogue size."""
    from sqlalchemy.engine import make_url

    from desktop_app.app import build_context
    from desktop_app.storage.database import DatabaseMissing, normalise_url
    from desktop_app.storage.migrate import head_revision

    url = make_url(normalise_url(settings.database_url))
    report: dict[str, Any] = {
        "url": url.render_as_string(hide_password=True),
        "backend": url.get_backend_name(),
        "reachable": False,
        "migration": None,
        "migration_head": head_revision(),
        "office": None,
        "procedures": 0,
    }
    try:
        context = build_context(settings)
    except DatabaseMissing as exc:
        report.update(missing=True, error=str(exc))
    else:
        _read_database(context, report)
    report["up_to_date"] = report["migration"] == report["migration_head"]
    return report


def _read_database(context: Any, report: dict[str, Any]) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from desktop_app.services.errors import NotInitialised
    from desktop_app.services.office.catalog import count_procedures
    from desktop_app.services.office.identity import current_office
    from desktop_app.storage.migrate import current_revision

    try:
        report["migration"] = current_revision(context.engine)
        report["reachable"] = True
        if report["migration"] is not None:
            with context.session(read_only=True) as session:
                office = current_office(session)
                report["office"] = {"code": office.code, "name": office.name}
                report["procedures"] = count_procedures(session)
    except NotInitialised:
        pass
    except SQLAlchemyError as exc:
        report["error"] = str(exc.__cause__ or exc).splitlines()[0]
    finally:
        context.close()


def problems_of(database: dict[str, Any]) -> list[str]:
    if database.get("missing"):
        return [database["error"]]
    if not database["reachable"]:
        return [f"database unreachable: {database.get('error', 'unknown error')}"]
    found = []
    if database["migration"] is None:
        found.append("database is empty: run 'desktop-app init'")
    elif not database["up_to_date"]:
        found.append("database schema is older than this program: run 'desktop-app init'")
    if database["migration"] is not None and database["procedures"] == 0:
        found.append("the procedure catalogue is empty: run 'desktop-app init'")
    return found


def build_report(settings: Settings) -> dict[str, Any]:
    """Every check of the station; ``ok`` when nothing needs fixing."""
    from desktop_app.commands import station_checks as checks
    from desktop_app.commands.store_checks import check_attachment_store

    database = check_database(settings)
    problems = problems_of(database)
    warnings: list[str] = []
    report = {
        "version": __version__,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "config_file": str(settings.config_file) if settings.config_file else None,
        "settings": _without_secrets(describe_settings(settings)),
        "database": database,
        "printers": checks.check_printers(settings, problems, warnings),
        "audio": checks.check_audio(settings, warnings),
        "disk": checks.check_disk(settings, problems),
        "attachment_store": check_attachment_store(settings, problems, warnings),
        "central_server": checks.check_central_server(settings, problems, warnings),
    }
    report.update(problems=problems, warnings=warnings, ok=not problems)
    return report


def run_doctor(args: argparse.Namespace, settings: Settings) -> int:
    if getattr(args, "office", False):
        from desktop_app.commands.office_doctor import run_office_doctor

        return run_office_doctor(args, settings)
    report = build_report(settings)
    if args.out:
        Path(args.out).write_text(
            json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
    if args.json:
        print_json(report)
    else:
        _print_report(report)
    return 0 if report["ok"] else 1


def _without_secrets(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    from sqlalchemy.engine import make_url

    for row in rows:
        if row["name"] == "database_url":
            row["value"] = make_url(row["value"]).render_as_string(hide_password=True)
    return rows


def _print_report(report: dict[str, Any]) -> None:
    print(f"desktop-app {report['version']} on Python {report['python']} ({report['platform']})")
    print(f"Settings file: {report['config_file'] or 'none'}")
    for row in report["settings"]:
        print(f"  {row['name']:<20} {row['value']:<40} [{row['source']}]")
    db = report["database"]
    print(
        f"Database: {db['url']} ({db['backend']}), reachable: {'yes' if db['reachable'] else 'no'}"
    )
    print(
        f"  migration {db['migration']} (newest {db['migration_head']}); "
        f"procedures: {db['procedures']}; office: {db['office']}"
    )
    printers = report["printers"].get("available")
    print(f"Printers: {', '.join(printers) if printers else 'none'}")
    print(f"Disk: {report['disk']['free_bytes'] // 2**20:,} MiB free at {report['disk']['folder']}")
    store = report["attachment_store"]
    if store["configured"]:
        print(
            f"Attachments: {store['files_held']:,} files in {store['folder']} "
            f"({store['files_referenced']:,} named by the database, {store['hashes_checked']:,} "
            f"hashes checked, {store['free_bytes'] // 2**20:,} MiB free)"
        )
    server = report["central_server"]
    if server["configured"]:
        print(
            f"Central server {server['url']}: reachable {server['reachable']}, "
            f"clock skew {server.get('clock_skew_seconds')} s"
        )
    for warning in report["warnings"]:
        print(f"WARNING: {warning}")
    for problem in report["problems"]:
        print(f"PROBLEM: {problem}")
    print("OK" if report["ok"] else "NOT OK")
