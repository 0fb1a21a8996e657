"""The Visits menu of the main window: preparation sheets, the visit form, corrections as new
versions, and unfinished drafts offered again after a crash. A mixin of ``MainWindow``: it uses
the window's ``app``, ``cases``, ``forms``, ``planner``, ``selected_case`` and status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.errors import UserError


class VisitActions:
    def open_visit_form(self, case_id: str, draft: dict | None = None, draft_id: str | None = None):
        from fieldvisit.ui.visit_form import VisitForm

        case = self.cases.get(case_id)
        if case is None:
            return None
        form = VisitForm(self.app, case, draft=draft, draft_id=draft_id, parent=self)
        form.finalized.connect(self._visit_recorded)
        form.finalized.connect(lambda _result, cid=case_id: self._day_visit_recorded(cid))
        form.finished.connect(lambda _r, f=form: self.forms.remove(f) if f in self.forms else None)
        self.forms.append(form)
        form.show()
        return form

    def record_visit(self):
        case_id = self.selected_case() or self.planner.current_case()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Select a case first (table, timeline or map)."), 5000)
            return None
        return self.open_visit_form(case_id)

    def correct_last_visit(self):
        from fieldvisit.services.visit_record import current_visits
        from fieldvisit.services.visits import correction_of

        case_id = self.selected_case()
        if case_id is None:
            return None
        with self.app.uow() as uow:
            rows = current_visits(uow.visits.list(case_id))
        if not rows:
            self.statusBar().showMessage(self.tr("No visit recorded for {} yet.").format(case_id), 5000)
            return None
        try:
            draft = correction_of(self.app.uow(), rows[-1]["visit_id"])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot correct"), localize(str(exc)))
            return None
        return self.open_visit_form(case_id, draft)

    def show_prep(self, case_id: str | None = None):
        from fieldvisit.ui.prep_dialog import PrepDialog

        case_id = case_id or self.selected_case() or self.planner.current_case()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Select a case first (table, timeline or map)."), 5000)
            return None
        try:
            dialog = PrepDialog(self.app, case_id, self, on_record=self.open_visit_form)
        except UserError as exc:
            QMessageBox.information(self, self.tr("No preparation sheet"), localize(str(exc)))
            return None
        self.prep_dialog = dialog
        dialog.show()
        return dialog

    def _visit_recorded(self, result: dict) -> None:
        warnings = result.get("warnings") or []
        text = self.tr("Visit recorded.") + (" ⚠ " + "; ".join(localize(w) for w in warnings) if warnings else "")
        self.statusBar().showMessage(text, 10000)
        self.reload(redraw_map=False)

    def pending_drafts(self) -> list[dict]:
        from fieldvisit.services.visits import drafts

        open_ids = {f.draft_id for f in self.forms}
        return [d for d in drafts(self.app.uow()) if d["draft_id"] not in open_ids]

    def offer_drafts(self) -> None:
        pending = self.pending_drafts()
        if not pending:
            return
        self.draft_box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished visits"),
                                     self.tr("{n} visit draft(s) were saved but not finalized. Open them now?")
                                     .format(n=len(pending)),
                                     QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
        self.draft_box.accepted.connect(self.restore_drafts)
        self.draft_box.open()

    def restore_drafts(self) -> list:
        return [f for d in self.pending_drafts()
                if (f := self.open_visit_form(d["case_id"], d["data"], d["draft_id"])) is not None]
