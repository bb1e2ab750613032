"""The values settings take: each parser reads raw text or a TOML value into the typed value.

A parser raises ``ValueError`` whose message says what is expected ("a whole number of at
least 1"); ``desktop_app.config`` turns it into a ``SettingsError`` naming the source and key.
``display_value`` writes a value back in the settings file's own text form.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROLES = ("counter", "kiosk", "display", "rating", "admin")
ANNOUNCER_BACKENDS = ("auto", "qt", "espeak", "chime", "off")
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The dossier events a citizen may be told of, and the media (``none``: not told). The same
#: names as ``motcua_core.notification_payloads`` (a test keeps them equal); written out here
#: because reading settings imports no payload models.
NOTIFY_EVENTS = ("received", "supplement", "extension", "result_ready", "returned")
NOTIFY_MEDIA = ("sms", "zalo", "email", "none")
#: Working windows of a day: ``((08:00, 12:00), (13:00, 17:00))``, in order, not overlapping.
Windows = tuple[tuple[time, time], ...]


def parse_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a text value")
    return value.strip()


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError("a whole number")


def parse_positive_int(value: Any) -> int:
    number = parse_int(value)
    if number < 1:
        raise ValueError("a whole number of at least 1")
    return number


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError("true or false")


def parse_time(value: Any) -> time:
    text = value.strip() if isinstance(value, str) else ""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text)
    if not match:
        raise ValueError("a time of day as HH:MM, e.g. 15:00")
    return time(int(match[1]), int(match[2]))


def parse_windows(value: Any) -> Windows:
    """``"08:00-12:00, 13:00-17:00"`` or a TOML list of such strings."""
    parts = value.split(",") if isinstance(value, str) else value
    expected = "working windows as HH:MM-HH:MM, separated by commas, in order"
    if not isinstance(parts, list | tuple) or not parts:
        raise ValueError(expected)
    windows: list[tuple[time, time]] = []
    for part in parts:
        if not isinstance(part, str) or part.count("-") != 1:
            raise ValueError(expected)
        start, end = (parse_time(p) for p in part.split("-"))
        if start >= end or (windows and start < windows[-1][1]):
            raise ValueError(expected)
        windows.append((start, end))
    return tuple(windows)


def parse_weekdays(value: Any) -> tuple[int, ...]:
    """``"mon-fri"``, ``"mon,tue,sat"`` or a TOML list of day names."""
    expected = "day names such as mon-fri or mon,tue,wed,thu,fri,sat"
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple) or not parts:
        raise ValueError(expected)
    days: set[int] = set()
    for part in parts:
        names = str(part).strip().lower().split("-")
        if any(n not in WEEKDAY_NAMES for n in names) or len(names) > 2:
            raise ValueError(expected)
        first, last = WEEKDAY_NAMES.index(names[0]), WEEKDAY_NAMES.index(names[-1])
        if last < first:
            raise ValueError(expected)
        days.update(range(first, last + 1))
    return tuple(sorted(days))


def parse_zone(value: Any) -> str:
    try:
        ZoneInfo(parse_str(value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("an IANA time zone such as Asia/Ho_Chi_Minh") from exc
    return value.strip()


def parse_role(value: Any) -> str:
    role = parse_str(value).lower()
    if role not in ROLES:
        raise ValueError("one of " + ", ".join(ROLES))
    return role


def parse_db_url(value: Any) -> str:
    url = parse_str(value)
    if not re.match(r"^(sqlite|postgresql(\+psycopg)?)://", url):
        raise ValueError("a database URL starting sqlite:/// or postgresql+psycopg://")
    return url


def parse_server_url(value: Any) -> str:
    url = parse_str(value)
    if url and not re.match(r"^https?://[^\s/]+", url):
        raise ValueError("an http:// or https:// address, or empty")
    return url.rstrip("/")


def parse_announcer(value: Any) -> str:
    backend = parse_str(value).lower()
    if backend not in ANNOUNCER_BACKENDS:
        raise ValueError("one of " + ", ".join(ANNOUNCER_BACKENDS))
    return backend


def parse_events(value: Any) -> tuple[str, ...]:
    """``"received,result_ready"`` or a TOML list of event names; empty (or ``none``): none."""
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple):
        raise ValueError("event names among " + ",".join(NOTIFY_EVENTS))
    names = [str(part).strip().lower() for part in parts]
    names = [name for name in names if name and name != "none"]
    unknown = [name for name in names if name not in NOTIFY_EVENTS]
    if unknown:
        raise ValueError(f"event names among {','.join(NOTIFY_EVENTS)} (not {unknown[0]})")
    return tuple(event for event in NOTIFY_EVENTS if event in names)


def parse_medium(value: Any) -> str:
    medium = parse_str(value).lower()
    if medium not in NOTIFY_MEDIA:
        raise ValueError("one of " + ", ".join(NOTIFY_MEDIA))
    return medium


def display_value(value: Any) -> str:
    """A value as the settings file writes it: ``15:00``, ``08:00-12:00, ...``, ``mon,tue``."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in value)
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return ",".join(value)
    if isinstance(value, tuple):
        return ",".join(WEEKDAY_NAMES[d] for d in value)
    return str(value)
