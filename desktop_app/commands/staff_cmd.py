"""``staff``: add staff accounts and list them."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop_app.commands.common import UsageError, print_json
from desktop_app.config import Settings

ROLES = ("reception", "specialist", "leader", "admin")


def register(sub: Any) -> None:
    staff = sub.add_parser("staff", help="staff accounts: add, list")
    actions = staff.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff account (asks for the password)")
    add.add_argument("--username", required=True, metavar="U")
    add.add_argument("--role", dest="staff_role", required=True, choices=ROLES)
    add.add_argument("--full-name", metavar="NAME", default="")
    add.add_argument("--department", metavar="D", help="department of a specialist")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.add_argument("--json", action="store_true", help="print the account as JSON")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list staff accounts")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Mật khẩu / Password: ")
    second = getpass.getpass("Nhập lại / Repeat: ")
    if first != second:
        raise UsageError("the two passwords differ")
    return first


def _as_dict(info: Any) -> dict[str, Any]:
    return {
        "id": info.id,
        "username": info.username,
        "full_name": info.full_name,
        "role": str(info.role),
        "department": info.department,
        "active": info.active,
    }


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.staff.accounts import StaffRole, add_staff

    password = _read_password(args.password_stdin)
    context = build_context(settings)
    try:
        with context.session() as session:
            office = current_office(session)
            info = add_staff(
                session,
                office.id,
                username=args.username,
                full_name=args.full_name,
                role=StaffRole(args.staff_role),
                password=password,
                department=args.department,
            )
    finally:
        context.close()
    if args.json:
        print_json(_as_dict(info))
    else:
        print(f"Đã tạo tài khoản {info.username} ({info.full_name}, {info.role})")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.app import build_context
    from desktop_app.services.staff.accounts import list_staff

    context = build_context(settings)
    try:
        with context.session(read_only=True) as session:
            staff = list_staff(session)
    finally:
        context.close()
    if args.json:
        print_json([_as_dict(s) for s in staff])
        return 0
    for s in staff:
        state = "" if s.active else " (ngừng sử dụng)"
        print(f"{s.username:<16} {s.role:<11} {s.full_name}{state}")
    return 0
