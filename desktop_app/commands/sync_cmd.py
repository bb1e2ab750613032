"""``enroll`` and ``sync``: join the central server, and sync with it from the command line.

``desktop-app enroll --server URL --token TOKEN`` trades a one-time token for this station's
device credential (a file only the user can read). ``desktop-app sync --once`` runs one pass
(exit 0 when everything was pushed and pulled, 1 when it could not finish), ``sync status``
shows where sync stands with the rejected ops listed, ``sync --daemon`` keeps syncing until
SIGTERM (for an office server PC).
"""

from __future__ import annotations

import argparse
import logging
import platform
import signal
from typing import Any

from desktop_app.commands.common import UsageError, print_json
from desktop_app.config import Settings

EXIT_INCOMPLETE = 1


def register(sub: Any) -> None:
    enroll = sub.add_parser("enroll", help="enrol this station with the central server")
    enroll.add_argument("--server", required=True, metavar="URL", help="https://… address")
    enroll.add_argument("--token", required=True, help="one-time enrolment token")
    enroll.add_argument("--ca-file", metavar="PEM", help="trust this CA for the server")
    enroll.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow a plain http:// server on another computer (unencrypted; shown in red)",
    )
    enroll.add_argument("--name", default=platform.node(), help="device name shown centrally")
    enroll.add_argument("--json", action="store_true", help="print the result as JSON")
    enroll.set_defaults(handler=run_enroll)
    sync = sub.add_parser("sync", help="sync with the central server (--once, --daemon, status)")
    sync.add_argument("action", nargs="?", choices=("status",), help="show the sync status")
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit")
    mode.add_argument("--daemon", action="store_true", help="keep syncing until SIGTERM")
    sync.add_argument("--max-passes", type=int, metavar="N", help="daemon: stop after N passes")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.set_defaults(handler=run_sync)


def run_enroll(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.setting_values import parse_server_url
    from desktop_app.sync.credentials import DeviceCredential, credential_path, save_credential

    try:
        server = parse_server_url(args.server)
    except ValueError as exc:
        raise UsageError(f"--server expects {exc}") from None
    ca_file = args.ca_file or settings.sync_ca_file
    answer = _enrol(server, ca_file, args)
    _check_office(settings, answer.office_code)
    path = credential_path(settings)
    save_credential(
        path,
        DeviceCredential(
            server,
            str(answer.device_id),
            answer.secret,
            answer.office_code,
            answer.office_name,
            ca_file,
            insecure_http=bool(args.insecure_http),
        ),
    )
    _print_enrolment(answer, path, args.json)
    return 0


def _enrol(server: str, ca_file: str, args: argparse.Namespace) -> Any:
    """The server's answer to this station's one-time token."""
    from desktop_app.sync.client import SyncClient, SyncError

    try:
        with SyncClient(
            server, ca_file=ca_file or None, insecure_http=args.insecure_http
        ) as client:
            return client.enrol(args.token.strip(), args.name)
    except SyncError as exc:
        raise UsageError(str(exc)) from None


def _print_enrolment(answer: Any, path: Any, as_json: bool) -> None:
    result = {
        "device_id": str(answer.device_id),
        "office_code": answer.office_code,
        "office_name": answer.office_name,
        "credential_file": str(path),
    }
    if as_json:
        print_json(result)
    else:
        print(
            f"enrolled as device {answer.device_id} of {answer.office_code} "
            f"({answer.office_name}); credential in {path}"
        )


def _check_office(settings: Settings, office_code: str) -> None:
    """Refuse a token of another office than this database's (when the database exists)."""
    from desktop_app.commands.common import read_office_database

    own = read_office_database(settings, lambda session, office, calendar: office.code)
    if own is not None and own != office_code:
        raise UsageError(f"the token is for office {office_code}, this database is {own}")


def _credential(settings: Settings) -> Any:
    """The stored credential (with the ``central_server_url`` setting's server, if set).

    Raises:
        UsageError: not enrolled, or plain HTTP to another computer without --insecure-http.
    """
    from desktop_app.sync.client import plain_http_refusal
    from desktop_app.sync.credentials import CredentialMissing, credential_path, load_credential

    try:
        credential = load_credential(credential_path(settings))
    except CredentialMissing as exc:
        raise UsageError(str(exc)) from None
    if settings.central_server_url:
        from dataclasses import replace

        credential = replace(credential, server_url=settings.central_server_url)
    refusal = plain_http_refusal(credential.server_url, credential.insecure_http)
    if refusal:
        raise UsageError(refusal)
    return credential


def run_sync(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "status":
        return _status(args, settings)
    if args.daemon:
        return _daemon(args, settings)
    return _once(args, settings)


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.sync.credentials import CredentialMissing, credential_path, load_credential
    from desktop_app.sync.state import read_status

    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            status = read_status(session)
    finally:
        context.close()
    data = status.as_dict()
    try:
        credential = load_credential(credential_path(settings))
        data["enrolled"] = {
            "device_id": credential.device_id,
            "office": credential.office_code,
            "server": settings.central_server_url or credential.server_url,
        }
    except CredentialMissing:
        data["enrolled"] = None
    if args.json:
        print_json(data)
    else:
        _print_status(data)
    return 0


def _print_status(data: dict[str, Any]) -> None:
    enrolled = data["enrolled"]
    print(f"Enrolled: {enrolled['office'] + ' at ' + enrolled['server'] if enrolled else 'no'}")
    print(
        f"Online: {'yes' if data['online'] else 'no'}; ops waiting: {data['ops_waiting']}; "
        f"rejected: {data['ops_rejected']}; conflicts: {data['ops_conflict']}"
    )
    print(f"Last success: {data['last_success_at'] or 'never'}; pull cursor {data['pull_cursor']}")
    if data["last_error"]:
        print(f"Last error: {data['last_error']}")
    if data["clock_skewed"]:
        print(f"WARNING: this PC's clock is {data['clock_skew_seconds']:+.0f} s off the server's")
    for row in data["rejections"]:
        print(
            f"  {row['state'].upper()} #{row['seq']} {row['entity']} {row['entity_id']}: "
            f"{row['reason']}"
        )


def _once(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.sync.attachment_upload import office_store
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.engine import SyncPass
    from desktop_app.sync.state import read_status

    credential = _credential(settings)
    context = build_context(settings)
    try:
        ca_file = settings.sync_ca_file or credential.ca_file or None
        with SyncClient(
            credential.server_url,
            authorization=credential.authorization(),
            ca_file=ca_file,
            insecure_http=credential.insecure_http,
        ) as client:
            store = office_store(settings.database_url, settings.attachment_store)
            result = SyncPass(
                context.session_factory, client, credential, attachment_store=store
            ).run()
        with context.session(read_only=True) as session:
            status = read_status(session)
    finally:
        context.close()
    data = {**result.as_dict(), "status": status.as_dict()}
    if args.json:
        print_json(data)
    else:
        state = "complete" if result.complete else f"incomplete: {result.error or 'ops waiting'}"
        print(
            f"pushed {result.pushed} ops in {result.batches} batches, pulled {result.pulled} "
            f"changes; {state}; rejected so far: {status.ops_rejected}"
        )
    return 0 if result.complete else EXIT_INCOMPLETE


def _daemon(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.sync.agent import AgentEvent, SyncAgent
    from desktop_app.sync.attachment_upload import office_store

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    credential = _credential(settings)
    context = build_context(settings)

    def log_event(event: AgentEvent) -> None:
        if event.result is not None:
            logging.info(
                "%s: pushed %d, pulled %d, waiting %s, next in %.0f s",
                event.name,
                event.result.pushed,
                event.result.pulled,
                event.status.ops_waiting if event.status else "?",
                event.next_attempt_seconds or 0,
            )

    agent = SyncAgent(
        context.session_factory,
        credential,
        interval=settings.sync_interval_seconds,
        ca_file=settings.sync_ca_file or None,
        on_event=log_event,
        attachment_store=office_store(settings.database_url, settings.attachment_store),
    )
    previous = signal.signal(signal.SIGTERM, lambda *_: agent.request_stop())
    try:
        agent.run(max_passes=args.max_passes)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        agent.stop(timeout=0)
        context.close()
    return 0
