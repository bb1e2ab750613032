"""Command line of the one-stop counter application.

``desktop-app`` with no subcommand opens the window of the configured role. Subcommands serve
district IT, scripts and tests: they print JSON with ``--json``, exit 0 on success and 2 on bad
input with one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop_app import __version__
from desktop_app.commands import command_modules, gui_cmd
from desktop_app.commands.common import UsageError, database_problem
from desktop_app.config import ROLES, Settings, SettingsError, load_settings
from desktop_app.services.errors import ServiceError
from motcua_core.domain.errors import DomainError

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="desktop-app",
        description="Phần mềm Bộ phận Một cửa — one-stop counter application.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="offscreen check of this installation: migrations, every role's window, printing",
    )
    parser.add_argument("--config", metavar="FILE", help="settings file (TOML)")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (sqlite:///… or postgresql+psycopg://…)"
    )
    parser.add_argument("--role", choices=ROLES, help="station role")
    parser.add_argument("--counter", type=int, metavar="N", help="counter number of this station")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules():
        module.register(sub)
    parser.set_defaults(handler=gui_cmd.run_gui_command)
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides = {"database_url": args.db, "role": args.role, "counter_number": args.counter}
    overrides.update(getattr(args, "setting_overrides", {}) or {})
    return load_settings(config_file=args.config, overrides=overrides)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop_app.selftest import run_self_test

        return run_self_test()
    try:
        settings = settings_from_args(args)
    except SettingsError as exc:
        sys.stderr.write(f"desktop-app: error: {exc}\n")
        return EXIT_BAD_INPUT
    return _run_command(args, settings)


def _run_command(args: argparse.Namespace, settings: Settings) -> int:
    """The subcommand's exit status; bad input and an unusable database are one line, exit 2."""
    try:
        return int(args.handler(args, settings) or 0)
    except (SettingsError, UsageError, DomainError, ServiceError) as exc:
        problem: str | None = str(exc)
    except Exception as exc:
        problem = database_problem(exc, settings.database_url)
        if problem is None:
            raise
    sys.stderr.write(f"desktop-app: error: {problem}\n")
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
