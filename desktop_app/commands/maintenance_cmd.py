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
    target.add_argument("--out", metavar="FILE", help="backup file to write")
    target.add_argument(
        "--auto",
        action="store_true",
        help="today's automatic backup beside the SQLite file (backups/), keeping as many "
        "days as the backup_keep_days setting (14 by default)",
    )
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", help="replace the office database with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--force",
        action="store_true",
        help="replace even a database with newer activity than the backup",
    )
    restore.set_defaults(handler=run_restore)
    move = sub.add_parser("migrate-db", help="copy this office's database into an empty new one")
    move.add_argument("--to", required=True, metavar="URL", help="target database URL")
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=run_migrate_db)


def run_backup(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.storage.backup import (
        BackupError,
        auto_backup_folder,
        backup_database,
        daily_backup_path,
        prune_backups,
    )

    context = build_context(settings)
    try:
        now = datetime.now(settings.zone)
        if args.auto:
            if context.engine.dialect.name != "sqlite":
                raise UsageError(
                    "--auto backs up the SQLite file of this PC; on PostgreSQL "
                    "schedule `desktop-app backup --out FILE` on the server"
                )
            path = daily_backup_path(auto_backup_folder(context.engine), now)
        else:
            path = Path(args.out)
        info = backup_database(context.engine, path)
        removed = prune_backups(path.parent, settings.backup_keep_days, now) if args.auto else []
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.close()
    result = {
        "file": str(info.path),
        "backend": info.backend,
        "size_bytes": info.size_bytes,
        "latest_activity": info.latest_activity,
        "pruned": [str(p) for p in removed],
    }
    if args.json:
        print_json(result)
    else:
        print(f"Backup written: {info.path} ({info.size_bytes:,} bytes)")
    return 0


def run_restore(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.storage.backup import BackupError, restore_database

    context = build_context(settings, create=True)
    try:
        restore_database(context.engine, Path(args.file), force=args.force)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.close()
    print(f"Database restored from {args.file}")
    return 0


def run_migrate_db(args: argparse.Namespace, settings: Settings) -> int:
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
        target_is_new = current_revision(target) is None
        upgrade_to_head(target)
        counts = copy_all_rows(source, target, target_is_new=target_is_new)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        source.dispose()
        target.dispose()
    if args.json:
        print_json(
            {"to": make_engine(args.to).url.render_as_string(hide_password=True), "rows": counts}
        )
    else:
        total = sum(counts.values())
        print(
            f"Copied {total:,} rows into the new database. Point every station at it "
            f"(database_url) and keep the old file as a backup.",
            file=sys.stdout,
        )
    return 0
