"""``central-server prune``: its options and output (the rules live in ``retention``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

DEFAULT_KEEP_DAYS = 90


def _keep_days(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of days of at least 1: {text}")
    return int(text)


def add_prune_options(parser: argparse.ArgumentParser) -> None:
    text = f"keep what is younger than this many days (default: {DEFAULT_KEEP_DAYS})"
    parser.add_argument(
        "--older-than-days", type=_keep_days, default=DEFAULT_KEEP_DAYS, metavar="DAYS", help=text
    )


def cmd_prune(args: argparse.Namespace) -> int:
    from central_server.db import make_engine, make_session_factory
    from central_server.retention import prune

    engine = make_engine(args.db)
    try:
        result = prune(make_session_factory(engine), args.older_than_days)
    finally:
        engine.dispose()
    data: dict[str, Any] = {
        "cutoff": result.cutoff.isoformat(),
        "applied_ops_deleted": result.applied_ops_deleted,
        "changes_deleted": result.changes_deleted,
    }
    text = (
        f"before {result.cutoff:%Y-%m-%d %H:%M}: {result.applied_ops_deleted} applied ops and "
        f"{result.changes_deleted} replaced changes deleted"
    )
    print(json.dumps(data, indent=2) if args.json else text)
    return 0
