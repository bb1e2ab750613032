"""Print preview of a printed form, shared by every window that prints forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop_app.printing.forms.base import PrintableForm, form_printer, render_form


def open_print_preview(parent: QWidget | None, form: PrintableForm) -> QPrintPreviewDialog:
    """Open a non-blocking preview of ``form``; its Print button prints to the chosen printer."""
    printer = form_printer(form)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Mẫu số {form.number} — {form.title}" if form.number else form.title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def paint(target: QPrinter) -> None:
        render_form(form, target)

    dialog.paintRequested.connect(paint)
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    dialog.open()
    return dialog
