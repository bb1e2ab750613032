"""``handover``: batches of dossiers to a department, results back to the counter, to the post."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop_app.commands.common import print_json
from desktop_app.commands.office_action import ActionScope, add_common_flags, local_text, run_action
from desktop_app.config import Settings


def register(sub: Any) -> None:
    handover = sub.add_parser("handover", help="hand dossiers over in batches and receive them")
    actions = handover.add_subparsers(dest="handover_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="hand dossiers to a department")
    create.add_argument("--to-unit", required=True, metavar="NAME", help="receiving department")
    create.add_argument("codes", nargs="+", metavar="CODE", help="dossier codes")
    create.add_argument("--note", default="", help="a note printed on the list")
    add_common_flags(create, staff_help="the sending officer (username)")
    create.set_defaults(handler=run_create, direction="to_department", from_unit=None)
    back = actions.add_parser("return-results", help="hand results back to the counter")
    back.add_argument("codes", nargs="+", metavar="CODE", help="dossier codes")
    back.add_argument("--from-unit", metavar="NAME", help="sending department (default: staff's)")
    back.add_argument("--note", default="", help="a note printed on the list")
    add_common_flags(back, staff_help="the sending specialist (username)")
    back.set_defaults(handler=run_create, direction="to_counter", to_unit=None)
    post = actions.add_parser("post", help="hand results to the postal service")
    post.add_argument("codes", nargs="+", metavar="CODE", help="dossier codes")
    post.add_argument("--receiver-name", required=True, metavar="NAME", help="postal worker")
    post.add_argument("--note", default="", help="a note printed on the list")
    add_common_flags(post, staff_help="the sending officer (username)")
    post.set_defaults(handler=run_create, direction="to_post", to_unit=None, from_unit=None)
    receive = actions.add_parser("receive", help="record that a batch was received")
    receive.add_argument("batch", metavar="BATCH_ID", help="batch id (or its first 6+ characters)")
    receive.add_argument("--receiver", required=True, metavar="USERNAME", help="who received it")
    receive.add_argument("--at", metavar="ISO-DATETIME", help="when (default now)")
    receive.add_argument("--json", action="store_true", help="print the result as JSON")
    receive.set_defaults(handler=run_receive)
    show = actions.add_parser("show", help="show a batch and its items")
    show.add_argument("batch", metavar="BATCH_ID")
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    show.set_defaults(handler=run_show)
    listing = actions.add_parser("list", help="the newest batches")
    listing.add_argument("--unit", metavar="NAME", help="only batches to this unit")
    listing.add_argument("--pending", action="store_true", help="only batches not yet received")
    listing.add_argument("--json", action="store_true", help="print the result as JSON")
    listing.set_defaults(handler=run_list)


def batch_json(batch: Any) -> dict[str, Any]:
    """The JSON contract of a batch."""
    data = asdict(batch)
    data["direction"] = batch.direction.value
    data["count"] = batch.count
    return data


def _print_batch(batch: Any, calendar: Any) -> None:
    state = (
        f"received {local_text(batch.received_at, calendar)} by {batch.receiver_name}"
        if batch.is_received
        else "not yet received"
    )
    print(
        f"Batch {batch.number} ({batch.id}) {batch.from_unit} → {batch.to_unit}: "
        f"{batch.count} dossiers, sent {local_text(batch.sent_at, calendar)} by "
        f"{batch.sender_name or '-'}; {state}."
    )
    for item in batch.items:
        print(
            f"  {item.no:>3}. {item.code}  {item.applicant_name}  due "
            f"{local_text(item.due_at, calendar)}"
        )


def _output(args: argparse.Namespace, batch: Any, calendar: Any) -> int:
    if args.json:
        print_json(batch_json(batch))
    else:
        _print_batch(batch, calendar)
    return 0


def run_create(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.handover.batches import Direction, create_batch

    def action(scope: ActionScope) -> Any:
        batch = create_batch(
            scope.session,
            args.codes,
            office_id=scope.office.id,
            direction=Direction(args.direction),
            to_unit=args.to_unit,
            from_unit=args.from_unit or (scope.unit if args.direction == "to_counter" else None),
            at=scope.at,
            tz=scope.calendar.tz,
            sender_id=scope.staff_id,
            receiver_name=getattr(args, "receiver_name", None),
            note=args.note,
        )
        return batch, scope.calendar

    return _output(args, *run_action(args, settings, action))


def run_receive(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.handover.access import staff_by_username
    from desktop_app.services.handover.batches import receive_batch

    def action(scope: ActionScope) -> Any:
        receiver = staff_by_username(scope.session, args.receiver)
        batch = receive_batch(scope.session, args.batch, receiver_id=receiver.id, at=scope.at)
        return batch, scope.calendar

    return _output(args, *run_action(args, settings, action))


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.handover.batches import get_batch

    def action(scope: ActionScope) -> Any:
        return get_batch(scope.session, args.batch), scope.calendar

    return _output(args, *run_action(args, settings, action, read_only=True))


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.handover.batches import list_batches

    def action(scope: ActionScope) -> Any:
        batches = list_batches(scope.session, unit=args.unit, pending_only=args.pending)
        return batches, scope.calendar

    batches, calendar = run_action(args, settings, action, read_only=True)
    if args.json:
        print_json([batch_json(b) for b in batches])
    else:
        for batch in batches:
            _print_batch(batch, calendar)
    return 0
