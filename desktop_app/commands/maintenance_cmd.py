"""``backup``, ``restore`` and ``migrate-db``: district IT's tools for an office database."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.commands.common import UsageError, print_json
from desktop_app.config import Settings


def register(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help="back up the office database (online, safe while in use)"
    )
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--out",
        metavar="FILE",
        help="backup archive to write: the database and every attachment, with a manifest "
        "of SHA-256 hashes (exit 1 when files the database names were missing or damaged "
        "and left out; the archive is still written)",
    )
    target.add_argument(
        "--auto",
        action="store_true",
        help="today's automatic backup of the SQLite file beside it (backups/; the database "
        "only, not the attachments), keeping as many days as the backup_keep_days setting "
        "(14 by default)",
    )
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the office database with a backup (an archive from backup --out, whose "
        "attachments go back into the store, or a single database file); every hash is "
        "checked before anything is replaced",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--force",
        action="store_true",
        help="replace even a database with newer activity than the backup",
    )
    restore.set_defaults(handler=run_restore)
    _register_migrate(sub)


def _register_migrate(sub: Any) -> None:
    move = sub.add_parser("migrate-db", help="copy this office's database into an empty new one")
    move.add_argument("--to", required=True, metavar="URL", help="target database URL")
    move.add_argument(
        "--attachment-store",
        metavar="DIR",
        help="the target's attachment folder, every station reaches it (needed for a "
        "PostgreSQL target when the office has attachments, unless the attachment_store "
        "setting names it; a SQLite target keeps them in attachments/ beside its file)",
    )
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=run_migrate_db)


def run_backup(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.storage.backup import BackupError

    context = build_context(settings)
    try:
        result = _auto_backup(context, settings) if args.auto else _archive(context, args.out)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.close()
    if args.json:
        print_json(result)
    else:
        print(f"Backup written: {result['file']} ({result['size_bytes']:,} bytes)")
    if result.get("left_out"):
        print(
            f"WARNING: {len(result['left_out'])} attachments the database names are missing or "
            "damaged in the store and were left out: run 'desktop-app doctor'",
            file=sys.stderr,
        )
        return 1
    return 0


def _auto_backup(context: Any, settings: Settings) -> dict[str, Any]:
    """Today's backup of the SQLite file (the database only), older ones pruned."""
    from desktop_app.storage.backup import (
        auto_backup_folder,
        backup_database,
        daily_backup_path,
        prune_backups,
    )

    if context.engine.dialect.name != "sqlite":
        raise UsageError(
            "--auto backs up the SQLite file of this PC; on PostgreSQL "
            "schedule `desktop-app backup --out FILE` on the server"
        )
    now = datetime.now(settings.zone)
    path = daily_backup_path(auto_backup_folder(context.engine), now)
    info = backup_database(context.engine, path)
    removed = prune_backups(path.parent, settings.backup_keep_days, now)
    return {
        "file": str(info.path),
        "backend": info.backend,
        "size_bytes": info.size_bytes,
        "latest_activity": info.latest_activity,
        "pruned": [str(p) for p in removed],
    }


def _archive(context: Any, out: str) -> dict[str, Any]:
    """The database and the attachment store in one archive."""
    from desktop_app.storage.backup_archive import write_archive

    info = write_archive(context.engine, office_store(context.settings), Path(out))
    return {
        "file": str(info.path),
        "backend": info.backend,
        "size_bytes": info.size_bytes,
        "latest_activity": info.latest_activity,
        "pruned": [],
        "attachments": info.attachments,
        "attachment_bytes": info.attachment_bytes,
        "left_out": list(info.left_out),
    }


def office_store(settings: Settings) -> Any:
    """The office's attachment store, or None when this station names none (PostgreSQL)."""
    from desktop_app.storage.attachment_store import (
        AttachmentStore,
        AttachmentStoreUnset,
        store_root_for,
    )

    try:
        return AttachmentStore(store_root_for(settings.database_url, settings.attachment_store))
    except AttachmentStoreUnset:
        return None


def run_restore(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.storage.backup import BackupError
    from desktop_app.storage.backup_archive import restore_backup

    context = build_context(settings, create=True)
    try:
        files = restore_backup(
            context.engine, office_store(settings), Path(args.file), force=args.force
        )
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.close()
    print(f"Database restored from {args.file}" + (f" with {files:,} attachments" if files else ""))
    return 0


def run_migrate_db(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.commands.store_move import carry_store, check_store_arrived
    from desktop_app.storage.backup import BackupError, copy_all_rows
    from desktop_app.storage.database import make_engine
    from desktop_app.storage.migrate import current_revision, head_revision, upgrade_to_head

    source = make_engine(settings.database_url, create=False)
    target = make_engine(args.to, create=True)
    try:
        if current_revision(source) != head_revision():
            raise UsageError(
                "the current database is not at the newest schema: run 'desktop-app init' first"
            )
        carried = carry_store(args, settings, source)  # before the target is touched
        target_is_new = current_revision(target) is None
        upgrade_to_head(target)
        counts = copy_all_rows(source, target, target_is_new=target_is_new)
        check_store_arrived(carried, target)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        source.dispose()
        target.dispose()
    if args.json:
        print_json(
            {
                "to": make_engine(args.to).url.render_as_string(hide_password=True),
                "rows": counts,
                "attachments": carried.report if carried else None,
            }
        )
    else:
        total = sum(counts.values())
        print(
            f"Copied {total:,} rows into the new database. Point every station at it "
            f"(database_url) and keep the old file as a backup.",
            file=sys.stdout,
        )
    return 0
