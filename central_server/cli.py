"""``central-server``: run the server and district IT's operations.

Every command takes ``--db URL`` (or ``$CENTRAL_SERVER_DB``); exits 0 on success and 2 on bad
input with one line on stderr; ``--json`` prints machine-readable output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def _emit(data: dict[str, Any], as_json: bool, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if as_json else text)


def _with_session(args: argparse.Namespace, work: Callable[[Any], Any]) -> Any:
    from central_server.db import make_engine, make_session_factory, session_scope

    engine = make_engine(args.db)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return work(session)
    finally:
        engine.dispose()


def cmd_serve(args: argparse.Namespace) -> int:
    from central_server.serve_workers import ServeConfig, serve

    options = {k: v for k, v in vars(args).items() if k in ServeConfig.__dataclass_fields__}
    options["operator_token"] = args.operator_token or ""
    options["trusted_proxies"] = args.trusted_proxy
    return serve(ServeConfig(**options))


def cmd_init_db(args: argparse.Namespace) -> int:
    from pathlib import Path

    from central_server.admin import ensure_server_rows
    from central_server.central_ops import default_catalogue_file, load_catalogue, read_catalogue
    from central_server.db import make_engine, upgrade_to_head

    engine = make_engine(args.db)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    path = Path(args.catalogue) if args.catalogue else default_catalogue_file()
    entries = read_catalogue(path) if path and not args.no_catalogue else []

    def work(session: Any) -> dict[str, Any]:
        epoch = ensure_server_rows(session)
        return {"epoch": epoch, "procedures_changed": load_catalogue(session, entries)}

    result = _with_session(args, work)
    _emit(result, args.json, f"central database ready (epoch {result['epoch']})")
    return 0


def cmd_create_office(args: argparse.Namespace) -> int:
    from central_server.admin import create_office

    made = _with_session(args, lambda s: create_office(s, args.code, args.name))
    data = {
        "unit_code": made.unit_code,
        "name": made.name,
        "created": made.created,
        "token": made.token,
        "expires_at": made.expires_at.isoformat(),
    }
    text = (
        f"office {made.unit_code} ({made.name})\nenrolment token (shown once, valid until "
        f"{made.expires_at:%Y-%m-%d}):\n{made.token}"
    )
    _emit(data, args.json, text)
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from central_server.admin import revoke_device

    device = _with_session(args, lambda s: revoke_device(s, args.device_id))
    _emit({"device_id": str(device.id), "revoked": True}, args.json, f"device {device.id} revoked")
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    from central_server.admin import list_devices

    rows = _with_session(args, list_devices)
    text = "\n".join(
        f"{r['device_id']}  {r['office']}  {'REVOKED' if r['revoked'] else 'active'}  {r['name']}"
        for r in rows
    )
    _emit({"devices": rows}, args.json, text or "no devices")
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    from central_server.admin import new_epoch

    epoch = _with_session(args, new_epoch)
    _emit({"epoch": epoch}, args.json, f"new epoch {epoch}: offices will re-send what they hold")
    return 0


def cmd_load_catalogue(args: argparse.Namespace) -> int:
    from pathlib import Path

    from central_server.central_ops import load_catalogue, read_catalogue

    entries = read_catalogue(Path(args.file))
    changed = _with_session(args, lambda s: load_catalogue(s, entries))
    _emit({"changed": changed}, args.json, f"{changed} procedures changed")
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    from central_server.central_ops import change_status_centrally
    from motcua_core.domain.lifecycle import DossierStatus

    target = DossierStatus(args.status)
    event = _with_session(
        args, lambda s: change_status_centrally(s, args.dossier, target, args.note)
    )
    _emit(
        {"event_id": str(event.id), "status": int(target)},
        args.json,
        f"{args.dossier}: status {int(target)} ({target.label_vi})",
    )
    return 0


def cmd_submit_online(args: argparse.Namespace) -> int:
    from central_server.central_ops import submit_online

    applicant = {"full_name": args.name, "phone": args.phone, "id_number": args.id_number}
    dossier = _with_session(
        args, lambda s: submit_online(s, args.office, args.procedure, applicant)
    )
    _emit({"code": dossier.code, "id": str(dossier.id)}, args.json, dossier.code)
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from central_server.central_ops import set_calendar_override

    working = None if args.remove else args.working
    day = date.fromisoformat(args.day)
    seq = _with_session(
        args, lambda s: set_calendar_override(s, args.office, day, working, args.note)
    )
    _emit({"seq": seq}, args.json, f"calendar change {seq} for {args.office} on {day}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="central-server", description="Central sync server of the offices.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _add_server_commands(sub)
    _add_device_commands(sub)
    _add_dossier_commands(sub)
    _add_calendar_command(sub)
    _add_report_command(sub)
    _add_prune_command(sub)
    _add_bookings_command(sub)
    _add_notify_command(sub)
    return parser


def _command(
    sub: Any, name: str, handler: Callable[[argparse.Namespace], int], text: str
) -> argparse.ArgumentParser:
    """A subcommand with the options every command takes (``--db``, ``--json``)."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=text, description=text)
    p.add_argument(
        "--db",
        default=os.environ.get("CENTRAL_SERVER_DB"),
        required=not os.environ.get("CENTRAL_SERVER_DB"),
        metavar="URL",
        help="central database URL",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler)
    return p


def _add_server_commands(sub: Any) -> None:
    """``serve`` and ``init-db``."""
    serve = _command(sub, "serve", cmd_serve, "run the HTTP server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--ssl-certfile", metavar="PEM", help="TLS certificate (chain) file")
    serve.add_argument("--ssl-keyfile", metavar="PEM", help="TLS private key file")
    serve.add_argument(
        "--operator-token",
        default=os.environ.get("CENTRAL_SERVER_OPERATOR_TOKEN"),
        help="token required by /admin pages and stats (without it they answer 401)",
    )
    serve.add_argument("--public-url", metavar="URL", help="base of notifications' lookup link")
    serve.add_argument(
        "--lookups-per-minute",
        type=_at_least_one,
        metavar="N",
        help="public lookups one client address may make in a minute, then 429 (default: 30)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="IP[/BITS]",
        help="a reverse proxy whose X-Forwarded-For names the client (repeatable)",
    )
    serve.add_argument(
        "--body-timeout",
        type=_positive_seconds,
        metavar="SECONDS",
        help="time a client has to send a request body, then 408 and the connection is "
        "closed (default: 30)",
    )
    _add_attachment_option(serve)
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--access-log", action=argparse.BooleanOptionalAction, default=True)
    _add_scale_options(serve)
    init = _command(sub, "init-db", cmd_init_db, "create or upgrade the schema, load the catalogue")
    init.add_argument("--catalogue", metavar="FILE", help="catalogue JSON (default: shipped)")
    init.add_argument("--no-catalogue", action="store_true")


def _add_attachment_option(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--attachment-store",
        metavar="DIR",
        help="folder of the offices' attachment files (default: beside a SQLite database; "
        "with PostgreSQL name one, else uploads answer 503)",
    )


def _add_scale_options(serve: argparse.ArgumentParser) -> None:
    """Worker processes, the connection pool of each, back-pressure and log format."""
    text = "worker processes (uvicorn's supervisor; each has its own pool; default: 1)"
    serve.add_argument("--workers", type=_at_least_one, default=1, metavar="N", help=text)
    text = "database connections kept open per worker (default: 10)"
    serve.add_argument("--pool-size", type=_at_least_one, default=10, metavar="N", help=text)
    text = "extra connections per worker under load (default: 10)"
    serve.add_argument("--max-overflow", type=_whole, default=10, metavar="N", help=text)
    text = "seconds a request waits for a connection, then 503 + Retry-After (default: 5)"
    serve.add_argument("--pool-timeout", type=_positive_seconds, default=5.0, help=text)
    text = "requests at once per worker, then 503 + Retry-After (default: 5 x pool)"
    serve.add_argument("--max-in-flight", type=_at_least_one, metavar="N", help=text)
    text = "behind PgBouncer in transaction mode: no prepared statements (or ?pgbouncer=true)"
    serve.add_argument("--pgbouncer", action="store_true", help=text)
    text = "seconds SIGTERM waits for requests in flight (default: 20)"
    serve.add_argument("--graceful-timeout", type=_positive_seconds, default=20.0, help=text)
    serve.add_argument("--log-format", choices=("json", "text"), default="json")


def _whole(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {text}")
    return int(text)


def _at_least_one(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text}")
    return int(text)


def _positive_seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < 86400:
        raise argparse.ArgumentTypeError(f"not a number of seconds between 0 and 86400: {text}")
    return value


def _add_device_commands(sub: Any) -> None:
    """Offices, their devices and the server epoch."""
    text = "add an office; print an enrolment token"
    office = _command(sub, "create-office", cmd_create_office, text)
    office.add_argument("--code", required=True, metavar="UNIT_CODE")
    office.add_argument("--name", required=True)
    revoke = _command(sub, "revoke-device", cmd_revoke_device, "revoke a device's credential")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    _command(sub, "list-devices", cmd_list_devices, "list enrolled devices")
    text = "after restoring a backup: offices re-send their ops"
    _command(sub, "new-epoch", cmd_new_epoch, text)


def _add_dossier_commands(sub: Any) -> None:
    """The catalogue, a status change made centrally, a dossier submitted online."""
    text = "load or update the catalogue"
    catalogue = _command(sub, "load-catalogue", cmd_load_catalogue, text)
    catalogue.add_argument("file", metavar="FILE")
    status = _command(sub, "set-status", cmd_set_status, "change a dossier's status centrally")
    status.add_argument("--dossier", required=True, metavar="CODE")
    status.add_argument("--status", required=True, type=int, choices=range(1, 11))
    status.add_argument("--note", default="")
    text = "record a dossier submitted online"
    online = _command(sub, "submit-online", cmd_submit_online, text)
    online.add_argument("--office", required=True, metavar="UNIT_CODE")
    online.add_argument("--procedure", required=True, metavar="CODE")
    online.add_argument("--name", required=True, help="applicant's full name")
    online.add_argument("--phone")
    online.add_argument("--id-number")


def _add_calendar_command(sub: Any) -> None:
    """``calendar``: an office's extra day off or working day, set or removed."""
    text = "set an office's extra day off / working day"
    calendar = _command(sub, "calendar", cmd_calendar, text)
    calendar.add_argument("--office", required=True, metavar="UNIT_CODE")
    calendar.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    kind = calendar.add_mutually_exclusive_group(required=True)
    kind.add_argument("--working", dest="working", action="store_true", default=None)
    kind.add_argument("--day-off", dest="working", action="store_false")
    kind.add_argument("--remove", action="store_true")
    calendar.add_argument("--note", default="")


def _add_report_command(sub: Any) -> None:
    """``report --form``: the forms the authorities ask for, from what offices pushed."""
    from central_server.report_cli import add_report_options, cmd_report

    text = "a report form (II.06a) of one, several or all offices"
    add_report_options(_command(sub, "report", cmd_report, text))


def _add_prune_command(sub: Any) -> None:
    """``prune``: the retention of applied ops and replaced changes (``retention``)."""
    from central_server.retention_cli import add_prune_options, cmd_prune

    text = "delete applied ops and replaced changes older than the retention window"
    add_prune_options(_command(sub, "prune", cmd_prune, text))


def _add_bookings_command(sub: Any) -> None:
    """``bookings``: an office's bookings of a day (``booking_cli``)."""
    from central_server.booking_cli import add_bookings_options, cmd_bookings

    add_bookings_options(_command(sub, "bookings", cmd_bookings, "an office's bookings of a day"))


def _add_notify_command(sub: Any) -> None:
    """``notify-provider set|list``: the providers of citizens' notifications (``notify``)."""
    from central_server.notify.cli_options import add_notify_commands

    add_notify_commands(sub, _command, _with_session)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from central_server.admin import AdminError
    from motcua_core.domain.errors import DomainError

    try:
        return int(args.handler(args))
    except (AdminError, DomainError, ValueError, OSError) as exc:
        sys.stderr.write(f"central-server: error: {exc}\n")
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
