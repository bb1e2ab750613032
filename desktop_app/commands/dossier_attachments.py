"""``dossier attach|attachments|attachment get``: a dossier's digitised documents.

``dossier attach CODE --document N FILE...`` makes the files (PDF, JPEG, PNG, TIFF) one PDF for
checklist line N (1-based, as numbered on form 01) and stores it; ``dossier attachments CODE``
lists them; ``dossier attachment get CODE N --out FILE`` writes document N's PDF. Not a command
module itself (its name does not end in ``_cmd``): ``dossier_cmd`` registers these actions.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.commands.common import UsageError, print_json
from desktop_app.commands.office_action import ActionScope, add_common_flags, run_action
from desktop_app.config import Settings


def add_document_names(receive: argparse.ArgumentParser) -> None:
    """``dossier receive --document-name NAME``: the checklist, one line per flag."""
    receive.add_argument(
        "--document-name",
        action="append",
        default=[],
        metavar="NAME",
        help="a document handed in (checklist line; repeat, numbered from 1 in order)",
    )


def register_actions(actions: Any) -> None:
    attach = actions.add_parser("attach", help="attach scanned files to a checklist document")
    attach.add_argument("code", metavar="CODE")
    attach.add_argument("--document", required=True, type=int, metavar="N", help="line, from 1")
    attach.add_argument("files", nargs="+", metavar="FILE", help="PDF, JPEG, PNG or TIFF")
    attach.add_argument("--kind", metavar="K", help="kind of document (e.g. bản sao)")
    attach.add_argument("--number", metavar="R", help="number or reference")
    attach.add_argument("--issued", metavar="YYYY-MM-DD", help="issue date")
    attach.add_argument("--issuer", metavar="I", help="issuing body")
    valid = attach.add_mutually_exclusive_group()
    valid.add_argument("--valid-until", metavar="YYYY-MM-DD", help="valid until this day")
    valid.add_argument("--permanent", action="store_true", help="valid without limit")
    add_common_flags(attach)
    attach.set_defaults(handler=run_attach)
    listing = actions.add_parser("attachments", help="a dossier's digitised documents")
    listing.add_argument("code", metavar="CODE")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_attachments)
    one = actions.add_parser("attachment", help="one digitised document of a dossier")
    verbs = one.add_subparsers(dest="attachment_action", metavar="ACTION", required=True)
    get = verbs.add_parser("get", help="write document N's PDF to a file")
    get.add_argument("code", metavar="CODE")
    get.add_argument("document", type=int, metavar="N", help="checklist line, from 1")
    get.add_argument("--out", required=True, metavar="FILE")
    get.set_defaults(handler=run_attachment_get)


def _day(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} '{text}' is not a date such as 2024-03-02") from None


def _metadata(args: argparse.Namespace) -> Any:
    from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata

    return AttachmentMetadata(
        kind=args.kind,
        number=args.number,
        issued_on=_day(args.issued, "--issued"),
        issuer=args.issuer,
        valid_until=_day(args.valid_until, "--valid-until"),
        permanent=args.permanent,
    )


def view_json(view: Any) -> dict[str, Any]:
    """An attachment as ``dossier attachments --json`` lists it."""
    data = asdict(view)
    for key in ("id", "dossier_code", "replaced"):
        data.pop(key)
    return data


def run_attach(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import attachment_store_for
    from desktop_app.services.dossiers.attach_document import attach_document

    metadata, files = _metadata(args), [Path(f) for f in args.files]
    store = attachment_store_for(settings)

    def attach(scope: ActionScope) -> Any:
        session, who = scope.session, scope.staff_id
        return attach_document(
            session, store, args.code, args.document, files, metadata, who, scope.at
        )

    view = run_action(args, settings, attach)
    if args.json:
        print_json({**view_json(view), "replaced": view.replaced})
        return 0
    again = " (replaced what the line held)" if view.replaced else ""
    print(
        f"Dossier {view.dossier_code}, document {view.document}: {view.pages} page(s), "
        f"{view.bytes} bytes, sha256 {view.sha256} saved{again}."
    )
    return 0


def run_attachments(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.services.dossiers.attachment_views import list_attachments

    views = run_action(args, settings, lambda s: list_attachments(s.session, args.code))
    if args.json:
        print_json({"attachments": [view_json(v) for v in views]})
        return 0
    for view in views:
        line = f"{view.document}." if view.role == "document" else "result:"
        reused = " (reused)" if view.reused else ""
        print(f"{line} {view.name}: {view.pages} page(s), {view.bytes} bytes{reused}")
    if not views:
        print("No digitised document.")
    return 0


def run_attachment_get(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import attachment_store_for
    from desktop_app.services.dossiers.attachment_views import attachment_content
    from desktop_app.storage.attachment_store import CorruptAttachment, MissingAttachment

    store, out = attachment_store_for(settings), Path(args.out)
    partial = out.with_name(f".{out.name}.part")

    def write(scope: ActionScope) -> None:
        chunks = attachment_content(scope.session, store, args.code, args.document)
        with partial.open("wb") as target:
            for chunk in chunks:
                target.write(chunk)

    try:
        run_action(args, settings, write, read_only=True)
        os.replace(partial, out)
    except (CorruptAttachment, MissingAttachment) as error:
        sys.stderr.write(f"desktop-app: error: {error}\n")
        return 1
    finally:
        partial.unlink(missing_ok=True)
    print(f"Written {out}.")
    return 0


def attach_result_file(scope: ActionScope, store: Any, code: str, path: str) -> Any:
    """``process ready CODE --result-file PDF``: the signed result, kept byte for byte."""
    from desktop_app.services.dossiers.attach_document import attach_result
    from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata

    return attach_result(
        scope.session, store, code, [Path(path)], AttachmentMetadata(), scope.staff_id, scope.at
    )
