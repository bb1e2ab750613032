"""``central-server notify-provider set email|zalo|sms …`` and ``notify-provider list``.

Secrets come on standard input only (never on the command line, where ``ps`` and shell
history would keep them): ``--password-stdin`` reads one line; for Zalo ``--secret-stdin`` and
``--refresh-token-stdin`` read one line each, the secret first. They are sealed with the key
of ``secret_box`` before they reach the database, and never printed.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from central_server.notify.providers import describe_providers, set_provider
from motcua_core.domain.email_address import is_email_address
from motcua_core.notification_payloads import NOTIFICATION_EVENTS

Command = Callable[..., argparse.ArgumentParser]


def _session(args: argparse.Namespace, work: Callable[[Any], Any]) -> Any:
    """``work(session)`` in one transaction on ``--db`` (the runner ``central_server.cli`` set)."""
    return args.with_session(args, work)


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValueError(f"expected the {what} as a line on standard input")
    return line


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def email_settings(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    if args.security == "none" and not _is_loopback(args.smtp_host):
        raise ValueError("--security none is only for a relay on loopback (127.0.0.1, ::1)")
    if not is_email_address(args.sender):
        raise ValueError("--sender is not an e-mail address")
    if args.password_stdin and not args.username:
        raise ValueError("--password-stdin needs --username")
    settings = {"host": args.smtp_host, "port": args.smtp_port, "security": args.security}
    settings |= {"sender": args.sender, "username": args.username}
    secrets = {"password": _stdin_line("password")} if args.password_stdin else {}
    return settings, secrets


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, equals, rest = value.partition("=")
        if not equals or not key.strip():
            raise ValueError(f"{option} wants KEY=VALUE, got {value.split('=')[0]!r}…")
        pairs[key.strip()] = rest
    return pairs


def zalo_settings(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    templates = _pairs(args.template, "--template")
    unknown = sorted(set(templates) - set(NOTIFICATION_EVENTS))
    if unknown:
        raise ValueError(f"unknown event {unknown[0]!r}: one of {', '.join(NOTIFICATION_EVENTS)}")
    settings = {"app_id": args.app_id, "templates": templates}
    settings |= {"api_url": args.api_url, "oauth_url": args.oauth_url}
    secret = _stdin_line("app secret") if args.secret_stdin else ""
    refresh = _stdin_line("refresh token") if args.refresh_token_stdin else ""
    if not secret or not refresh:
        raise ValueError("Zalo needs --secret-stdin and --refresh-token-stdin")
    return settings, {"secret": secret, "refresh_token": refresh}


def sms_settings(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    if not args.url.startswith(("https://", "http://")):
        raise ValueError("--url must be an http(s) address")
    template = Path(args.body_template).read_text(encoding="utf-8")
    if "{{text}}" not in template or "{{phone" not in template:
        raise ValueError("the body template needs the placeholders {{phone}} and {{text}}")
    headers = _pairs(args.header, "--header")
    settings = {"url": args.url, "header_names": sorted(headers)}
    settings |= {"success_contains": args.success_contains, "gsm7": args.gsm7}
    return settings, {"body_template": template, "headers": headers}


SETTINGS = {"email": email_settings, "zalo": zalo_settings, "sms": sms_settings}


def cmd_set(args: argparse.Namespace) -> int:
    settings, secrets = SETTINGS[args.medium](args)
    _session(args, lambda s: set_provider(s, args.medium, settings, secrets))
    data = {"medium": args.medium, "settings": settings, "secrets": sorted(secrets)}
    sealed = ", ".join(sorted(secrets)) or "none"
    _print(data, args.json, f"provider {args.medium} set (secrets sealed: {sealed})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = _session(args, describe_providers)
    lines = [
        f"{r['medium']}  {json.dumps(r['settings'], ensure_ascii=False, sort_keys=True)}  "
        f"secrets: {', '.join(r['secrets']) or 'none'}"
        for r in rows
    ]
    _print({"providers": rows}, args.json, "\n".join(lines) or "no providers set")
    return 0


def _print(data: dict[str, Any], as_json: bool, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)
