"""``process``: the department's steps on a dossier and the return of its result at the counter.

``process start|supplement|resume|stop|extend|ready CODE`` (department side) and
``process return|rate CODE`` (counter side).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop_app.commands.common import UsageError, parse_local_datetime, print_json
from desktop_app.commands.dossier_attachments import attach_result_file
from desktop_app.commands.office_action import ActionScope, add_common_flags, local_text, run_action
from desktop_app.config import Settings
from motcua_core.domain.rating_level import LEVELS as RATING_LEVELS


def register(sub: Any) -> None:
    process = sub.add_parser("process", help="department steps and return of results")
    actions = process.add_subparsers(dest="process_action", metavar="ACTION", required=True)
    simple = {
        "start": "mark the dossier in progress (status 4)",
        "resume": "the citizen completed the dossier: restart the clock",
        "ready": "the result is ready (status 9)",
    }
    for name, text in simple.items():
        parser = _action(actions, name, text)
        if name == "ready":
            parser.add_argument("--note", default="", help="the result (e.g. the document issued)")
            parser.add_argument(
                "--result-file", metavar="PDF", help="the signed electronic result to attach"
            )
    supplement = _action(actions, "supplement", "request a supplement; the clock pauses")
    supplement.add_argument("--missing", required=True, metavar="TEXT", help="what is missing")
    stop = _action(actions, "stop", "stop processing (status 8, form 05)")
    stop.add_argument("--reason", required=True, metavar="TEXT", help="why processing stops")
    extend = _action(actions, "extend", "reset the appointment once (form 04)")
    extend.add_argument("--new-due", required=True, metavar="ISO-DATETIME", help="new due moment")
    extend.add_argument("--reason", required=True, metavar="TEXT", help="reason for the delay")
    back = _action(actions, "return", "hand the result to the citizen (status 10)")
    back.add_argument("--receiver-name", default="", metavar="NAME", help="who takes the result")
    back.add_argument(
        "--receiver-id", metavar="ID", help="their ID number (required if authorised)"
    )
    back.add_argument(
        "--authorised", action="store_true", help="an authorised person, not the applicant"
    )
    back.add_argument("--fee", metavar="DONG", help="fee collected, in dong")
    back.add_argument("--rating", choices=RATING_LEVELS, help="the citizen's rating")
    back.add_argument("--reason", metavar="TEXT", help="reason (required for dissatisfied)")
    rate = _action(actions, "rate", "record the citizen's rating of a dossier")
    rate.add_argument("--rating", required=True, choices=RATING_LEVELS)
    rate.add_argument("--reason", metavar="TEXT", help="reason (required for dissatisfied)")


def _action(actions: Any, name: str, text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    parser.add_argument("code", metavar="CODE", help="the dossier code")
    parser.add_argument("--unit", metavar="NAME", help="the department (default: the staff's)")
    add_common_flags(parser)
    parser.set_defaults(handler=run_process)
    return parser


def _department_step(args: argparse.Namespace, scope: ActionScope) -> Any:
    from desktop_app.services.handover import department as dept

    common = {"at": scope.at, "staff_id": scope.staff_id, "unit": args.unit or scope.unit}
    session, code, action = scope.session, args.code, args.process_action
    if action == "start":
        return dept.start_processing(session, code, **common)
    if action == "ready":
        step = dept.mark_result_ready(session, code, note=args.note, **common)
        if args.result_file:
            attach_result_file(scope, args.result_store, code, args.result_file)
        return step
    if action == "supplement":
        return dept.request_supplement(session, code, missing=args.missing, **common)
    if action == "resume":
        return dept.resume_processing(session, code, calendar=scope.calendar, **common)
    if action == "stop":
        return dept.stop_processing(session, code, reason=args.reason, **common)
    new_due = parse_local_datetime(args.new_due, scope.calendar.tz)
    return dept.extend_due_date(
        session, code, new_due=new_due, reason=args.reason, calendar=scope.calendar, **common
    )


def _return(args: argparse.Namespace, scope: ActionScope) -> Any:
    from desktop_app.services.handover.result_return import Receiver, return_result

    if args.reason and not args.rating:
        raise UsageError("--reason goes with --rating")
    return return_result(
        scope.session,
        args.code,
        receiver=Receiver(args.receiver_name, args.receiver_id, args.authorised),
        fee_collected=args.fee,
        at=scope.at,
        tz=scope.calendar.tz,
        staff_id=scope.staff_id,
        rating=(args.rating, args.reason) if args.rating else None,
    )


def _rate(args: argparse.Namespace, scope: ActionScope) -> Any:
    from desktop_app.services.ratings.rating import record_rating

    return record_rating(
        scope.session,
        office_id=scope.office.id,
        level=args.rating,
        reason=args.reason,
        dossier_code=args.code,
        staff_id=scope.staff_id,
        at=scope.at,
    )


def run_process(args: argparse.Namespace, settings: Settings) -> int:
    handlers = {"return": _return, "rate": _rate}
    handler = handlers.get(args.process_action, _department_step)
    if getattr(args, "result_file", None):
        from desktop_app.app import attachment_store_for

        args.result_store = attachment_store_for(settings)
    result, calendar = run_action(args, settings, lambda s: (handler(args, s), s.calendar))
    data = _as_json(result)
    if args.json:
        print_json(data)
    else:
        print(_summary(args.process_action, data, result, calendar))
    return 0


def _as_json(result: Any) -> dict[str, Any]:
    data = asdict(result)
    for key in ("status", "timeliness", "level"):
        if key in data and data[key] is not None:
            value = getattr(result, key)
            data[key] = value.value if hasattr(value, "value") else value
    if "status" in data:
        data["status_label"] = result.status.label_vi
    if "timeliness" in data:
        data["timeliness_label"] = result.timeliness.label_vi
    if data.get("rating"):
        data["rating"]["level"] = result.rating.level.value
    return data


def _summary(action: str, data: dict[str, Any], result: Any, calendar: Any) -> str:
    if action == "return":
        at = local_text(result.returned_at, calendar)
        return (
            f"Dossier {data['code']} returned to {data['receiver_name']} at {at} "
            f"({result.timeliness_label})."
        )
    if action == "rate":
        return f"Rating recorded: {result.level.label_vi}."
    return (
        f"Dossier {data['code']}: {result.status_label}; due {local_text(result.due_at, calendar)}."
    )
