"""``central-server bookings --office CODE --day D [--json]``: an office's bookings of a day.

Text: one line per booking (start, area, code, status and visit, name, masked phone). JSON:
``{"office", "day", "bookings": [{"code", "area", "start", "minutes", "name", "phone",
"procedure", "status", "visit", "created_at", "cancelled_at"}]}`` with the full phone (the
operator's own database). An unknown office or a malformed day is a user error (exit 2).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from central_server.admin import AdminError
from motcua_core.domain.identifiers import mask_identifier
from motcua_core.domain.work_calendar import vietnam_tz


def add_bookings_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--office", required=True, metavar="UNIT_CODE")
    parser.add_argument("--day", required=True, type=_day, metavar="YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text}") from None


def cmd_bookings(args: argparse.Namespace) -> int:
    from central_server.db import make_engine, make_session_factory, session_scope

    engine = make_engine(args.db)
    try:
        with session_scope(make_session_factory(engine)) as session:
            rows = office_day_bookings(session, args.office, args.day)
    finally:
        engine.dispose()
    report = {"office": args.office, "day": args.day.isoformat(), "bookings": rows}
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else _text(report))
    return 0


def office_day_bookings(session: Any, unit_code: str, day: date) -> list[dict[str, Any]]:
    """The office's bookings of ``day`` as the JSON rows (``AdminError`` for no such office)."""
    from sqlalchemy import select

    from central_server.bookings import day_bookings
    from central_server.models import CentralOffice

    office = session.scalars(select(CentralOffice).where(CentralOffice.unit_code == unit_code))
    found = office.first()
    if found is None:
        raise AdminError(f"no office with unit code {unit_code}")
    return [_row(booking) for booking in day_bookings(session, found, day)]


def _row(booking: Any) -> dict[str, Any]:
    def moment(value: Any) -> str | None:
        return value.astimezone(vietnam_tz()).isoformat() if value is not None else None

    return {
        "code": booking.code,
        "area": booking.area_code,
        "start": moment(booking.start),
        "minutes": booking.minutes,
        "name": booking.name,
        "phone": booking.phone,
        "procedure": booking.procedure_code,
        "status": booking.status,
        "visit": booking.visit_state,
        "created_at": moment(booking.created_at),
        "cancelled_at": moment(booking.cancelled_at),
    }


def _text(report: dict[str, Any]) -> str:
    rows = report["bookings"]
    lines = [f"{report['office']} {report['day']}: {len(rows)} booking(s)"]
    for row in rows:
        state = row["status"] + (f"/{row['visit']}" if row["visit"] else "")
        phone = mask_identifier(row["phone"], 0, 3)
        lines.append(
            f"{row['start'][11:16]}  {row['area']:<8} {row['code']}  {state:<18} "
            f"{row['name']}  {phone}"
        )
    return "\n".join(lines)
