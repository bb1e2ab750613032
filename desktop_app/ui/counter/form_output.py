"""Printing a dossier's form from the counter: PDF copy always, the form printer if set.

The dossier is read on the worker thread; the form is rendered on the main thread (Qt's text
layout belongs there). A missing printer never loses anything: the PDF is written first and the
form can be printed again from the dossier view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.config import user_data_dir
from desktop_app.printing.forms.base import PrintableForm, print_form
from desktop_app.printing.output import PrinterNotFound
from desktop_app.ui.common.operations import run_operation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.counter.window import CounterPage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintResult:
    form: PrintableForm
    pdf_path: Path
    printer_error: str | None = None


def load_form(counter: CounterPage, number: str, code: str) -> PrintableForm:
    """Read and build form ``number`` of dossier ``code`` (worker thread)."""
    return counter.actions.form(number, code)


def output_form(counter: CounterPage, form: PrintableForm, code: str) -> PrintResult:
    """Write the PDF copy, then print on the configured form printer (main thread)."""
    folder = counter.print_folder or user_data_dir() / "prints"
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{code}-mau{form.number}.pdf"
    print_form(form, pdf_path=pdf)
    printer = counter.context.settings.form_printer
    error = None
    if printer:
        try:
            print_form(form, printer_name=printer)
        except PrinterNotFound as exc:
            error = str(exc)
        except Exception as exc:  # the PDF copy is kept; the officer is told what to do
            log.exception("printing form %s of %s on %s failed", form.number, code, printer)
            error = str(exc) or type(exc).__name__
    return PrintResult(form, pdf, error)


def print_dossier_form(
    counter: CounterPage,
    parent: QWidget,
    number: str,
    code: str,
    on_done: Callable[[PrintResult], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Build form ``number`` of ``code`` off the UI thread, then output it and report."""
    run_operation(
        parent,
        lambda: load_form(counter, number, code),
        lambda form: on_done(output_form(counter, form, code)),
        on_error,
    )
