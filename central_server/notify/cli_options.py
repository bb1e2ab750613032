"""The options of ``central-server notify-provider`` (the commands are in ``notify.cli``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from central_server.notify.cli import Command, cmd_list, cmd_set
from central_server.notify.smtp_mail import SECURITIES
from central_server.notify.zalo import API_URL, OAUTH_URL


def add_notify_commands(sub: Any, command: Command, with_session: Callable[..., Any]) -> None:
    """``notify-provider set email|zalo|sms`` and ``notify-provider list`` (``command`` makes a
    subcommand with ``--db`` and ``--json``; ``with_session`` runs work in a transaction)."""
    text = "the providers that send citizens' notifications"
    group = sub.add_parser("notify-provider", help=text, description=text)
    actions = group.add_subparsers(dest="notify_action", required=True, parser_class=type(group))
    setting = actions.add_parser("set", help="set the provider of a medium")
    media = setting.add_subparsers(dest="medium", required=True, parser_class=type(group))
    leaves = [
        _email(command(media, "email", cmd_set, "e-mail by SMTP")),
        _zalo(command(media, "zalo", cmd_set, "Zalo ZNS (Official Account template messages)")),
        _sms(command(media, "sms", cmd_set, "an SMS brandname gateway over HTTP")),
        command(actions, "list", cmd_list, "the providers set (secrets never shown)"),
    ]
    for leaf in leaves:
        leaf.set_defaults(with_session=with_session)


def _email(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--smtp-host", required=True, metavar="H")
    p.add_argument("--smtp-port", required=True, type=int, metavar="P")
    p.add_argument("--security", required=True, choices=SECURITIES)
    p.add_argument("--sender", required=True, metavar="ADDR", help="the From address")
    p.add_argument("--username", metavar="U")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    return p


def _zalo(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--app-id", required=True, metavar="ID")
    p.add_argument("--secret-stdin", action="store_true", help="read the app secret (line 1)")
    text = "read the OA refresh token (the next line)"
    p.add_argument("--refresh-token-stdin", action="store_true", help=text)
    text = "the approved ZNS template of an event (repeatable)"
    p.add_argument(
        "--template", action="append", required=True, metavar="EVENT=TEMPLATE_ID", help=text
    )
    p.add_argument("--api-url", default=API_URL, metavar="URL", help="ZNS send endpoint")
    p.add_argument("--oauth-url", default=OAUTH_URL, metavar="URL", help="token endpoint")
    return p


def _sms(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--url", required=True, metavar="URL")
    text = "request body with {{phone}}, {{phone_local}}, {{text}}, {{id}}"
    p.add_argument("--body-template", required=True, metavar="FILE", help=text)
    p.add_argument("--header", action="append", default=[], metavar="K=V", help="(repeatable)")
    text = "accepted only when the gateway's answer contains TEXT"
    p.add_argument("--success-contains", metavar="TEXT", help=text)
    p.add_argument("--gsm7", action="store_true", help="send without Vietnamese marks (GSM 7-bit)")
    return p
