"""The dossier view: every detail, due moment and timeliness, history; print forms 06 and 01."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.common.print_preview import open_print_preview
from desktop_app.ui.counter.dossier_notifications import DossierNotifications
from desktop_app.ui.counter.form_output import PrintResult, print_dossier_form

if TYPE_CHECKING:
    from desktop_app.services.dossiers.detail import DossierDetail
    from desktop_app.ui.counter.window import CounterPage


class DossierDialog(QDialog):
    """Opens without blocking; loads the dossier (audited as viewed by the officer)."""

    def __init__(self, counter: CounterPage, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.counter = counter
        self.code = code
        self.detail: DossierDetail | None = None
        self.last_print: PrintResult | None = None
        self.setWindowTitle(self.tr("Dossier {code}").format(code=code))
        self.resize(820, 640)
        self.summary = QTextBrowser(objectName="dossierSummary")
        self.history = self._build_history()
        self.notifications = DossierNotifications()
        self.message = QLabel(objectName="dossierMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 3)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 2)
        layout.addWidget(self.notifications)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons_row())
        self._load()

    def _build_history(self) -> QTableWidget:
        """The dossier's steps: when, which step, who, between which units, the note."""
        history = QTableWidget(0, 5, objectName="dossierHistory")
        history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Step"), self.tr("Officer"), self.tr("From → to"),
             self.tr("Note")]
        )  # fmt: skip
        history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        return history

    def _build_buttons_row(self) -> QHBoxLayout:
        """Print forms 06 and 01, preview the last one printed, close."""
        self.print_06 = QPushButton(self.tr("Print control slip (form 06)"))
        self.print_01 = QPushButton(self.tr("Reprint receipt (form 01)"))
        self.preview_button = QPushButton(self.tr("Print preview"))
        self.preview_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.print_06, self.print_01, self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.print_06.clicked.connect(lambda: self.print_form("06"))
        self.print_01.clicked.connect(lambda: self.print_form("01"))
        self.preview_button.clicked.connect(self.preview)
        close.clicked.connect(self.close)
        return buttons

    def _load(self) -> None:
        actions, code = self.counter.actions, self.code
        run_operation(self, lambda: actions.dossier(code), self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        self.message.setText(user_message(error, str(error)))
        self.print_06.setEnabled(False)
        self.print_01.setEnabled(False)

    def _show(self, detail: DossierDetail) -> None:
        self.detail = detail
        self.summary.setHtml(summary_html(detail, self.counter.context.settings.zone))
        tz = self.counter.context.settings.zone
        self.history.setRowCount(len(detail.events))
        for row, event in enumerate(detail.events):
            moves = f"{event.from_unit or ''} → {event.to_unit or ''}"
            status = event.to_status.label_vi if event.to_status else ""
            values = [f"{event.at.astimezone(tz):%H:%M %d/%m/%Y}", status, event.staff_name,
                      moves, event.note]  # fmt: skip
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        for column in range(4):
            self.history.resizeColumnToContents(column)
        self.print_01.setEnabled(detail.due_at is not None)
        self.notifications.show_detail(detail, tz)

    def print_form(self, number: str) -> None:
        self.message.setText(self.tr("Printing…"))
        print_dossier_form(self.counter, self, number, self.code, self._printed,
                           self._print_failed)  # fmt: skip

    def _print_failed(self, _error: Exception) -> None:
        """Say what to do; the print buttons stay, to try again."""
        self.message.setText(self.tr(
            "The form could not be printed. Check that the printer is switched on and has"
            " paper, or choose another printer (or print to PDF), then press Print again."
        ))  # fmt: skip

    def _printed(self, result: PrintResult) -> None:
        self.last_print = result
        self.preview_button.setEnabled(True)
        text = self.tr("Form {form} written to {path}.").format(
            form=result.form.number, path=str(result.pdf_path)
        )
        if result.printer_error:
            text += " " + self.tr(
                "The printer did not print: check that it is switched on and has paper, or"
                " choose another printer; the PDF copy is kept."
            )
        self.message.setText(text)

    def preview(self) -> None:
        if self.last_print is not None:
            open_print_preview(self, self.last_print.form)


def summary_html(d: DossierDetail, tz: Any) -> str:
    """The dossier's facts as HTML for the view (Vietnamese labels, office time)."""
    from html import escape

    def moment(value: Any) -> str:
        return f"{value.astimezone(tz):%H:%M %d/%m/%Y}" if value else "—"

    a = d.applicant
    rows = [
        ("Mã hồ sơ", f"<b>{escape(d.code)}</b>"),
        ("Trạng thái", escape(d.status.label_vi)),
        ("Thủ tục", escape(f"{d.procedure_code} — {d.procedure_name} ({d.limit.label_vi})")),
        ("Người nộp", escape(a.full_name)),
        ("Giấy tờ tùy thân", escape(a.id_number or "—")),
        ("Ngày sinh", f"{a.birth_date:%d/%m/%Y}" if a.birth_date else "—"),
        ("Điện thoại / email", escape(f"{a.phone or '—'} / {a.email or '—'}")),
        ("Địa chỉ", escape(a.address or "—")),
        ("Chủ hồ sơ", escape(d.owner_name or a.full_name)),
        ("Kênh", escape(d.channel.label_vi)),
        ("Tiếp nhận", f"{moment(d.received_at)} — {escape(d.received_by or '—')}"),
        ("Hẹn trả", f"<b>{moment(d.due_at)}</b>"),
        ("Tình trạng", escape(d.timeliness.label_vi) if d.timeliness else "—"),
        ("Có kết quả / đã trả", f"{moment(d.finished_at)} / {moment(d.returned_at)}"),
        ("Số bộ / lệ phí", escape(f"{d.sets_count} / {d.fee_text or '—'}")),
        ("Trả kết quả", "Qua bưu chính: " + escape(d.return_address or "")
         if d.return_method == "post" else "Tại Bộ phận Một cửa"),
        ("Giấy tờ", "<br/>".join(escape(f"{x.name} ({x.kind.label_vi}, {x.count})")
                                for x in d.documents) or "—"),
    ]  # fmt: skip
    if d.supplement_request:
        rows.append(("Yêu cầu bổ sung", escape(d.supplement_request).replace("\n", "<br/>")))
    if d.refusal_reason:
        rows.append(("Lý do từ chối", escape(d.refusal_reason)))
    cells = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return f"<table cellpadding='3'>{cells}</table>"
