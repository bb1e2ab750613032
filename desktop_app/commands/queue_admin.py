"""``queue area|counter|priority ...``: the queue configuration from the command line.

Not a command module itself (no ``_cmd`` suffix): ``queue_cmd`` registers these under
``queue``. Examples::

    desktop-app queue area add --code E --name "Đất đai" --prefix E --width 3 --cap 200
    desktop-app queue area set A --hours 07:30-17:00 --cap 300
    desktop-app queue counter add 4 --name "Quầy 4" --areas E,A
    desktop-app queue counter set 4 --areas A,E --inactive
    desktop-app queue priority set veteran --label "Cựu chiến binh"
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import time
from typing import Any

from desktop_app.commands.common import UsageError, in_office, print_json
from desktop_app.config import Settings


def _active_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--active", dest="active", action="store_true", default=None)
    group.add_argument("--inactive", dest="active", action="store_false")


def _area_flags(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--name", required=adding, help="Vietnamese name shown on the kiosk")
    parser.add_argument("--prefix", required=adding, help="ticket prefix, 1-4 letters A-Z")
    parser.add_argument("--width", type=int, choices=(3, 4), help="digits of the number")
    parser.add_argument("--cap", metavar="N|none", help="daily cap of tickets (none: no cap)")
    parser.add_argument(
        "--hours", metavar="HH:MM-HH:MM|none", help="opening hours for tickets (none: always)"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def register_config(qsub: Any) -> None:
    """Add ``area``, ``counter`` and ``priority`` under the ``queue`` parser."""
    _add_area_commands(qsub)
    _add_counter_commands(qsub)
    _add_priority_commands(qsub)


def _add_area_commands(qsub: Any) -> None:
    area = qsub.add_parser("area", help="service areas: list, add, set")
    asub = area.add_subparsers(dest="area_command", metavar="ACTION", required=True)
    listing = asub.add_parser("list", help="list the service areas")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_area, area_action="list")
    add = asub.add_parser("add", help="add a service area")
    add.add_argument("--code", required=True, help="area code")
    _area_flags(add, adding=True)
    add.set_defaults(handler=run_area, area_action="add")
    change = asub.add_parser("set", help="change a service area")
    change.add_argument("code", help="area code")
    _area_flags(change, adding=False)
    _active_flags(change)
    change.set_defaults(handler=run_area, area_action="set")


def _add_counter_commands(qsub: Any) -> None:
    counter = qsub.add_parser("counter", help="counters: list, add, set")
    csub = counter.add_subparsers(dest="counter_command", metavar="ACTION", required=True)
    listing = csub.add_parser("list", help="list the counters")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_counter_config, counter_action="list")
    for name in ("add", "set"):
        parser = csub.add_parser(name, help=f"{name} a counter")
        parser.add_argument("number", type=int, help="counter number")
        parser.add_argument("--name", required=name == "add", help="counter name")
        parser.add_argument(
            "--areas", required=name == "add", metavar="A,B", help="area codes, preferred first"
        )
        if name == "set":
            _active_flags(parser)
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=run_counter_config, counter_action=name)


def _add_priority_commands(qsub: Any) -> None:
    priority = qsub.add_parser("priority", help="priority groups: list, set")
    psub = priority.add_subparsers(dest="priority_command", metavar="ACTION", required=True)
    listing = psub.add_parser("list", help="list the priority groups")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_priority, priority_action="list")
    change = psub.add_parser("set", help="add or change a priority group")
    change.add_argument("code", help="group code, e.g. elderly")
    change.add_argument("--label", help="Vietnamese label shown on the kiosk")
    change.add_argument("--order", type=int, help="position on the kiosk")
    _active_flags(change)
    change.add_argument("--json", action="store_true")
    change.set_defaults(handler=run_priority, priority_action="set")


def _parse_cap(text: str) -> int | None:
    if text.lower() == "none":
        return None
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"--cap expects a whole number of at least 1 or none, got '{text}'")
    return int(text)


def _parse_hours(text: str) -> tuple[Any, Any]:
    from desktop_app.setting_values import parse_windows

    if text.lower() == "none":
        return None, None
    try:
        ((start, end),) = parse_windows(text)
    except ValueError:
        raise UsageError(f"--hours expects HH:MM-HH:MM or none, got '{text}'") from None
    return start, end


def _area_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.prefix is not None:
        changes["ticket_prefix"] = args.prefix.upper()
    if args.width is not None:
        changes["number_width"] = args.width
    if args.cap is not None:
        changes["daily_cap"] = _parse_cap(args.cap)
    if args.hours is not None:
        changes["opens_at"], changes["closes_at"] = _parse_hours(args.hours)
    if getattr(args, "active", None) is not None:
        changes["active"] = args.active
    return changes


def _plain(row: Any) -> dict[str, Any]:
    """A row as JSON-ready values (times of day as HH:MM)."""
    return {k: v.strftime("%H:%M") if isinstance(v, time) else v for k, v in asdict(row).items()}


def _show(rows: list[Any], as_json: bool, key: str) -> None:
    if as_json:
        print_json({key: [_plain(r) for r in rows]})
        return
    for row in rows:
        print("  ".join(f"{k}={v}" for k, v in _plain(row).items()))


def run_area(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue import config

    def work(session: Any, office: Any) -> list[Any]:
        if args.area_action == "add":
            changes = _area_changes(args)
            changes.pop("name"), changes.pop("ticket_prefix")
            area = config.add_area(
                session,
                office.id,
                code=args.code,
                name=args.name,
                ticket_prefix=args.prefix.upper(),
                **changes,
            )
            return [area]
        if args.area_action == "set":
            return [config.set_area(session, office.id, args.code, **_area_changes(args))]
        return config.list_areas(session, office.id)

    _show(in_office(settings, work, read_only=args.area_action == "list"), args.json, "areas")
    return 0


def run_counter_config(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue import config

    def work(session: Any, office: Any) -> list[Any]:
        given = getattr(args, "areas", None)
        areas = [a.strip() for a in given.split(",") if a.strip()] if given else None
        if args.counter_action == "add":
            return [
                config.add_counter(
                    session, office.id, number=args.number, name=args.name, areas=areas or []
                )
            ]
        if args.counter_action == "set":
            return [
                config.set_counter(
                    session,
                    office.id,
                    args.number,
                    name=args.name,
                    areas=areas,
                    active=args.active,
                )
            ]
        return config.list_counters(session, office.id)

    read_only = args.counter_action == "list"
    _show(in_office(settings, work, read_only=read_only), args.json, "counters")
    return 0


def run_priority(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.queue import config

    def work(session: Any, office: Any) -> list[Any]:
        if args.priority_action == "set":
            return [
                config.set_priority_group(
                    session,
                    office.id,
                    args.code,
                    label=args.label,
                    sort_order=args.order,
                    active=args.active,
                )
            ]
        return config.effective_priority_groups(session, office.id, active_only=False)

    read_only = args.priority_action == "list"
    _show(in_office(settings, work, read_only=read_only), args.json, "priority_groups")
    return 0
