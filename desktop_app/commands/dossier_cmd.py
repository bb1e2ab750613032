"""``dossier``: receive, show, search and change the status of dossiers."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from desktop_app.commands import dossier_attachments, dossier_notify
from desktop_app.commands.common import (
    UsageError,
    parse_local_datetime,
    print_json,
    without_personal_data,
)
from desktop_app.config import Settings


def register(sub: Any) -> None:
    dossier = sub.add_parser("dossier", help="dossiers: receive, show, search, transition")
    actions = dossier.add_subparsers(dest="dossier_action", metavar="ACTION", required=True)
    receive = actions.add_parser("receive", help="receive a dossier at the counter")
    receive.add_argument("--procedure", required=True, metavar="CODE")
    receive.add_argument(
        "--cccd-qr",
        metavar="PAYLOAD",
        help="the citizen's card QR text: fills ID, name, birth date, sex, address, old CMND",
    )
    receive.add_argument("--name", metavar="NAME", help="required without --cccd-qr")
    receive.add_argument("--id-number", metavar="N", help="required without --cccd-qr")
    receive.add_argument("--id-type", choices=("cccd", "cmnd", "passport"))
    receive.add_argument("--birth-date", metavar="YYYY-MM-DD")
    receive.add_argument("--phone", metavar="P")
    dossier_notify.add_notify_options(receive)
    receive.add_argument("--address", metavar="A", default="", help="replaces the card's address")
    receive.add_argument("--channel", choices=("in_person", "post", "online"), default="in_person")
    receive.add_argument("--at", metavar="ISO", help="reception moment (default: now)")
    dossier_attachments.add_document_names(receive)
    receive.add_argument("--json", action="store_true")
    receive.set_defaults(handler=run_receive)
    show = actions.add_parser("show", help="a dossier with its history")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    search = actions.add_parser("search", help="search by code, name, ID number or phone")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50, metavar="N")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)
    move = actions.add_parser("transition", help="change a dossier's status")
    move.add_argument("code")
    move.add_argument("--to", required=True, metavar="STATUS", help="1–10 or a name")
    move.add_argument("--note", default="", metavar="T")
    move.set_defaults(handler=run_transition)
    dossier_attachments.register_actions(actions)


def _guess_id_type(number: str) -> str:
    digits = "".join(number.split())
    if digits.isdigit():
        return "cccd" if len(digits) == 12 else "cmnd"
    return "passport"


def _birth_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"'{text}' is not a date such as 1985-03-02") from None


def _with_office(settings: Settings, work: Any, *, read_only: bool = False) -> Any:
    """Run ``work(session, office, calendar)`` in one transaction."""
    from desktop_app.app import build_context
    from desktop_app.services.office.calendar import office_calendar
    from desktop_app.services.office.identity import current_office

    context = build_context(settings)
    try:
        with context.session(read_only=read_only) as session:
            office = current_office(session)
            return work(session, office, office_calendar(session, settings, office.id))
    finally:
        context.close()


def _typed_applicant(args: argparse.Namespace) -> Any:
    from desktop_app.services.dossiers.reception import ApplicantInput
    from motcua_core.domain.identifiers import IdType

    missing = [
        flag
        for flag, value in (("--name", args.name), ("--id-number", args.id_number))
        if not value
    ]
    if missing:
        raise UsageError(f"the following arguments are required: {', '.join(missing)}")
    return ApplicantInput(
        full_name=args.name,
        id_type=IdType(args.id_type or _guess_id_type(args.id_number)),
        id_number=args.id_number,
        birth_date=_birth_date(args.birth_date),
        phone=args.phone,
        email=args.email,
        address=args.address,
    )


def _card_applicant(args: argparse.Namespace, today: date) -> Any:
    """The applicant read from the card's QR; options given as well must agree with it."""
    from desktop_app.services.dossiers.reception import ApplicantInput
    from motcua_core.domain.cccd_qr import parse_card_payload
    from motcua_core.domain.identifiers import IdType
    from motcua_core.domain.text import fold_for_search

    card = parse_card_payload(args.cccd_qr, today=today)
    if args.name and fold_for_search(args.name) != fold_for_search(card.full_name):
        raise UsageError("--name does not match the name on the card (--cccd-qr)")
    if args.id_number and "".join(args.id_number.split()) != card.id_number:
        raise UsageError("--id-number does not match the ID number on the card (--cccd-qr)")
    if args.id_type and args.id_type != "cccd":
        raise UsageError("--id-type must be cccd (or left out) with --cccd-qr")
    birth = _birth_date(args.birth_date)
    if birth is not None and birth != card.birth_date:
        raise UsageError("--birth-date does not match the birth date on the card (--cccd-qr)")
    return ApplicantInput(
        full_name=card.full_name,
        id_type=IdType.CCCD,
        id_number=card.id_number,
        birth_date=card.birth_date,
        phone=args.phone,
        email=args.email,
        address=args.address or card.address,
        sex=card.sex,
        old_id_number=card.old_id_number,
    )


def run_receive(args: argparse.Namespace, settings: Settings) -> int:
    """Receive a dossier; a refusal is one line on stderr without the citizen's data."""
    from desktop_app.services.errors import ServiceError
    from motcua_core.domain.errors import DomainError

    try:
        return _receive(args, settings)
    except (DomainError, ServiceError, UsageError) as exc:
        raise UsageError(without_personal_data(str(exc), _personal_values(args))) from None


def _personal_values(args: argparse.Namespace) -> list[str | None]:
    """What the officer typed about the citizen, as typed and as the checks rewrite it."""
    from motcua_core.domain.text import normalise_name

    typed = [args.name, args.id_number, args.phone, args.email, args.address, args.cccd_qr]
    return [
        *typed,
        *("".join(v.split()) for v in typed if v),
        normalise_name(args.name or ""),
        *(part for part in (args.cccd_qr or "").split("|") if len(part) > 2),
    ]


def _receive(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.dossiers.reception import ReceptionRequest, receive_dossier
    from motcua_core.domain.lifecycle import Channel

    at = parse_local_datetime(args.at, settings.zone) if args.at else datetime.now(settings.zone)
    channel = {"in_person": Channel.IN_PERSON, "post": Channel.POST, "online": Channel.ONLINE}
    applicant = (
        _card_applicant(args, at.astimezone(settings.zone).date())
        if args.cccd_qr is not None
        else _typed_applicant(args)
    )
    request = ReceptionRequest(
        procedure_code=args.procedure,
        applicant=applicant,
        channel=channel[args.channel],
        documents=tuple({"name": name} for name in args.document_name),
        notify_medium=args.notify,
    )
    received = _with_office(
        settings,
        lambda s, office, cal: receive_dossier(
            s, request, office=office, calendar=cal, received_at=at
        ),
    )
    due = received.due_at.astimezone(settings.zone) if received.due_at else None
    if args.json:
        print_json(
            {
                "id": received.id,
                "code": received.code,
                "procedure": received.procedure_code,
                "applicant": received.applicant_name,
                "status": int(received.status),
                "received_at": received.received_at.astimezone(settings.zone),
                "due_at": due,
            }
        )
    else:
        print(f"{received.code}  hẹn trả: {due:%H:%M %d/%m/%Y}" if due else received.code)
    return 0


def detail_as_dict(detail: Any, zone: Any) -> dict[str, Any]:
    """The JSON form of a ``DossierDetail`` (moments in office local time)."""

    def local(moment: datetime | None) -> datetime | None:
        return moment.astimezone(zone) if moment else None

    return {
        "id": detail.id,
        "code": detail.code,
        "status": int(detail.status),
        "status_label": detail.status.label_vi,
        "procedure": {
            "code": detail.procedure_code,
            "name": detail.procedure_name,
            "limit": detail.limit.label_vi,
        },
        "applicant": _applicant_as_dict(detail.applicant),
        "owner_name": detail.owner_name,
        "channel": int(detail.channel),
        "received_at": local(detail.received_at),
        "due_at": local(detail.due_at),
        "original_due_at": local(detail.original_due_at),
        "finished_at": local(detail.finished_at),
        "returned_at": local(detail.returned_at),
        "timeliness": str(detail.timeliness) if detail.timeliness else None,
        "sets_count": detail.sets_count,
        "fee": detail.fee_text,
        "documents": [d.as_dict() for d in detail.documents],
        "return_method": detail.return_method,
        "return_address": detail.return_address,
        "visit": detail.visit_key,
        "received_by": detail.received_by,
        "events": [_event_as_dict(e, local(e.at)) for e in detail.events],
        "notify_medium": detail.notify_medium,
        "notifications": dossier_notify.notifications_as_list(detail, local),
    }


def _applicant_as_dict(a: Any) -> dict[str, Any]:
    from motcua_core.domain.identifiers import SEX_LABELS_VI

    return {
        "full_name": a.full_name,
        "id_type": a.id_type,
        "id_number": a.id_number,
        "old_id_number": a.old_id_number,
        "birth_date": a.birth_date,
        "sex": SEX_LABELS_VI[a.sex] if a.sex else None,
        "phone": a.phone,
        "email": a.email,
        "address": a.address,
    }


def _event_as_dict(e: Any, at: datetime | None) -> dict[str, Any]:
    """One event of the dossier's history; ``at`` already in office local time."""
    return {
        "at": at,
        "kind": e.kind,
        "staff": e.staff_name,
        "from_status": int(e.from_status) if e.from_status else None,
        "to_status": int(e.to_status) if e.to_status else None,
        "from_unit": e.from_unit,
        "to_unit": e.to_unit,
        "note": e.note,
    }


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.dossiers.detail import dossier_detail

    now = datetime.now(settings.zone)
    detail = _with_office(
        settings, lambda s, _o, cal: dossier_detail(s, args.code, now=now, tz=cal.tz)
    )
    data = detail_as_dict(detail, settings.zone)
    if args.json:
        print_json(data)
        return 0
    print(f"{detail.code}  {detail.status.label_vi}")
    print(f"{detail.procedure_code} {detail.procedure_name}")
    print(f"{detail.applicant.full_name}  tiếp nhận {data['received_at']:%H:%M %d/%m/%Y}")
    if data["due_at"]:
        label = detail.timeliness.label_vi if detail.timeliness else ""
        print(f"Hẹn trả {data['due_at']:%H:%M %d/%m/%Y}  {label}")
    for event in data["events"]:
        print(f"  {event['at']:%d/%m/%Y %H:%M}  {event['kind']:<15} {event['note']}")
    dossier_notify.print_notifications(data)
    return 0


def run_search(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.dossiers.lookup import search_dossiers

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    now = datetime.now(settings.zone)
    page = _with_office(
        settings,
        lambda s, _o, cal: search_dossiers(s, args.text, now=now, tz=cal.tz, limit=args.limit),
        read_only=True,
    )
    rows = [
        {
            "code": i.code,
            "applicant": i.applicant_name,
            "procedure": i.procedure_code,
            "status": int(i.status),
            "received_at": i.received_at.astimezone(settings.zone),
            "due_at": i.due_at.astimezone(settings.zone) if i.due_at else None,
        }
        for i in page.items
    ]
    if args.json:
        print_json({"kind": str(page.kind), "results": rows, "has_more": page.has_more})
        return 0
    for row in rows:
        print(f"{row['code']}  {row['status']:>2}  {row['applicant']}  {row['procedure']}")
    return 0


def parse_status(text: str) -> Any:
    """A status from its number (1–10) or its English name (``in_progress``)."""
    from motcua_core.domain.lifecycle import DossierStatus

    cleaned = text.strip()
    if cleaned.isdigit() and 1 <= int(cleaned) <= 10:
        return DossierStatus(int(cleaned))
    try:
        return DossierStatus[cleaned.upper().replace("-", "_")]
    except KeyError:
        names = ", ".join(s.name.lower() for s in DossierStatus)
        raise UsageError(f"status '{text}' is neither 1–10 nor one of {names}") from None


def run_transition(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.dossiers.lookup import find_dossier_id
    from desktop_app.services.dossiers.status import change_status

    target = parse_status(args.to)
    now = datetime.now(settings.zone)

    def work(session: Any, _office: Any, _cal: Any) -> None:
        change_status(session, find_dossier_id(session, args.code), target, at=now, note=args.note)

    _with_office(settings, work)
    print(f"{args.code.strip().upper()} → {int(target)} {target.label_vi}")
    return 0
