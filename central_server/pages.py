"""The plain HTML frame of the pages people read (public lookup, operator pages)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from fastapi.responses import HTMLResponse

OFFICE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")

_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:"Noto Sans",sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #bbb;padding:.3em .6em;text-align:left}}.bad{{color:#b00}}</style>
</head><body><h1>{title}</h1>{body}</body></html>"""


def page(
    title: str, body: str, status: int = 200, headers: dict[str, str] | None = None
) -> HTMLResponse:
    """A page titled ``title``; ``body`` is HTML already escaped by the caller."""
    return HTMLResponse(_PAGE.format(title=escape(title), body=body), status, headers=headers)


def local_date(moment: datetime | None, time: bool = False) -> str:
    """``moment`` as the office reads it (its zone), ``dd/mm/yyyy`` [``HH:MM``]."""
    if moment is None:
        return ""
    return moment.astimezone(OFFICE_ZONE).strftime("%d/%m/%Y %H:%M" if time else "%d/%m/%Y")


def table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table of ``rows`` (every cell escaped); no header row when ``head`` is empty."""
    header = "".join(f"<th>{escape(h)}</th>" for h in head) if any(head) else ""
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table>{'<tr>' + header + '</tr>' if header else ''}{body}</table>"
