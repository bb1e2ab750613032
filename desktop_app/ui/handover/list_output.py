"""Printing a handover list from a page: build it off the UI thread, write the PDF, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.config import user_data_dir
from desktop_app.printing.forms.base import PrintableForm
from desktop_app.printing.forms.handover_list import print_list
from desktop_app.printing.output import PrinterNotFound
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.actions import CounterHandover


def output_list(counter: Any, form: PrintableForm, batch_id: str) -> tuple[Path, str | None]:
    """Write the PDF copy, then print on the form printer when one is set (main thread)."""
    folder = Path(counter.print_folder or user_data_dir() / "prints")
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"bangiao-{batch_id[:8]}.pdf"
    print_list(form, pdf_path=str(pdf))
    printer = counter.context.settings.form_printer
    if printer:
        try:
            print_list(form, printer_name=printer)
        except PrinterNotFound as exc:
            return pdf, str(exc)
    return pdf, None


def print_batch_list(
    desk: CounterHandover,
    parent: Any,
    batch_id: str,
    on_done: Callable[[PrintableForm, Path, str | None], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Build the list of ``batch_id`` off the UI thread, then write and print it."""

    def done(form: PrintableForm) -> None:
        pdf, error = output_list(desk.counter, form, batch_id)
        on_done(form, pdf, error)

    run_operation(parent, lambda: desk.batch_list(batch_id), done, on_error)
