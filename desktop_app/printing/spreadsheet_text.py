"""The spreadsheet text rule, kept in the shared core so the central server's exports follow it
too (``motcua_core.spreadsheet_text``); the office's exports import it from here."""

from motcua_core.spreadsheet_text import (
    FORMULA_TRIGGERS,
    append_row,
    csv_cell,
    csv_row,
    keep_as_text,
    starts_like_formula,
)

__all__ = [
    "FORMULA_TRIGGERS",
    "append_row",
    "csv_cell",
    "csv_row",
    "keep_as_text",
    "starts_like_formula",
]
