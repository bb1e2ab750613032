"""Text that people typed, written to a spreadsheet as text, never as a formula.

A rating reason, a staff name or an audit detail such as ``=HYPERLINK("http://…"&A1,"Xem")``
must not become a live formula when the export is opened in Excel or LibreOffice (CSV or
formula injection). The rule follows OWASP's "CSV Injection" advice:

* a text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or with the
  full-width ``＝ ＋ － ＠`` that spreadsheet programs also read as formula signs, is dangerous;
* in a CSV file a dangerous text gets a leading apostrophe (``'=1+1``): the program shows it as
  text, and a reader of the raw file still sees what was typed;
* in an XLSX workbook every text is a string cell (``data_type == "s"``, never ``"f"``), and a
  dangerous one also carries the "quote prefix" style, so that editing the cell in Excel does
  not turn it into a formula either. The text itself is kept exactly as typed.

Numbers and dates are not texts people typed and are written as they are. Every export of
typed text goes through this module; nothing else decides what is dangerous.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: First characters that make a spreadsheet program read a cell as a formula (OWASP), with the
#: full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) that some programs fold to them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def starts_like_formula(text: str) -> bool:
    """True when ``text`` would be read as a formula (or a formula's sign) by a spreadsheet."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_cell(value: Any) -> Any:
    """``value`` as a CSV cell: a dangerous text gets a leading apostrophe, the rest is kept."""
    if isinstance(value, str) and starts_like_formula(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    """Each value of a CSV row through :func:`csv_cell`."""
    return [csv_cell(value) for value in values]


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append ``values`` to an openpyxl ``sheet``, every text as a string cell.

    openpyxl stores a text starting with ``=`` as a formula; here its cell is turned back into a
    string cell, and dangerous texts get the quote-prefix style.
    """
    row = list(values)
    sheet.append(row)
    for column, value in enumerate(row, start=1):
        if isinstance(value, str):
            keep_as_text(sheet.cell(sheet.max_row, column))


def keep_as_text(cell: Any) -> None:
    """Make an openpyxl cell holding a text a string cell that is never a formula."""
    cell.data_type = "s"
    if starts_like_formula(str(cell.value)):
        cell.quotePrefix = True
