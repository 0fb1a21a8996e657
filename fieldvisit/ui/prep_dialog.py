"""The preparation sheet on screen: read it before the door, save it as PDF, or start the visit
with its proposal (which the collector can then edit in the form). A blocked case (a cease
request, a bankruptcy, a dispute… and no supervisor's override) has no proposal and no button to
record a visit with one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QTextBrowser, QVBoxLayout

from fieldvisit.adapters.i18n import localize
from fieldvisit.adapters.pdf import STYLE, sheet_html, write_sheets_pdf
from fieldvisit.services.errors import UserError, os_reason
from fieldvisit.services.prep import prep_sheet


class PrepDialog(QDialog):
    def __init__(self, app, case_id: str, parent=None, on_record=None) -> None:
        super().__init__(parent)
        self.app, self.on_record = app, on_record
        self.sheet = prep_sheet(app.uow(), case_id, date.today(), app.rules())
        self.setWindowTitle(self.tr("Preparation — {}").format(self.sheet.case.name or case_id))
        self.browser = QTextBrowser()
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setHtml(sheet_html(self.sheet))
        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        # a blocked case (no override) gets no proposal, so nothing to record a visit "with"
        self.record_button = None if self.sheet.blocked else buttons.addButton(
            self.tr("Record visit with this proposal"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        if self.record_button is not None:
            self.record_button.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 760)

    def save_pdf(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save preparation sheet"),
                                                  f"{self.sheet.case.case_id}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            try:
                write_sheets_pdf(path, [self.sheet], title=self.sheet.case.case_id)
            except UserError as exc:  # a device, a pipe, a link or a folder at that name
                QMessageBox.warning(self, self.tr("Sheet not saved"), localize(str(exc)))
                return None
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Sheet not saved"), localize(os_reason(exc)))
                return None
        return path or None

    def record(self):
        form = self.on_record(self.sheet.case.case_id, {"agreed_proposal": self.sheet.proposal.as_json()}) \
            if self.on_record else None
        self.accept()
        return form
