"""What the supervisor does at the desk, a mixin of ``SupervisorDesk``: decide a visit's review
(saved in the background, never on the UI thread), import visit-report bundles (a background
operation with progress and cancel; each bundle is its own transaction) and write the team report
(XLSX, CSV or PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.errors import UserError
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.writes import write


class DeskActions:
    # ----- review --------------------------------------------------------------------------
    def review(self, status: str, comment: str | None = None):
        """Approve, or mark ``has_issues``/``rejected`` with a comment for the collector (asked for
        when None), saved in the background. Returns the pending write, or None when nothing is
        decided. A busy workspace keeps the decision (Retry saves it)."""
        from fieldvisit.services.sync import review_visit

        visit_id = self.current_visit()
        if visit_id is None:
            return None
        if status != "approved" and comment is None:
            comment, ok = QInputDialog.getMultiLineText(
                self, self.labels[status], self.tr("What should the collector fix or know? "
                                                   "They read this with their next pack."))
            if not ok:
                return None
        row = self.visits.currentRow()
        self.message.setText(self.tr("Saving the review…"))

        def saved(_result) -> None:
            self.message.setText("")
            self.refresh()
            if self.only_open.isChecked() and self.rows:  # the next visit waiting for review
                self.visits.setCurrentCell(min(row, len(self.rows) - 1), 0)
            self.reviewed.emit(visit_id)

        return write(self, review_visit, self.app.uow(), visit_id, status, comment or "", done=saved,
                     failed=self.message.setText)

    # ----- import and report ---------------------------------------------------------------
    def import_bundles(self, paths: list[str] | None = None) -> Operation | None:
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import visit reports"), "",
                                                    self.tr("Visit-report bundles (*.fvbundle);;All files (*)"))
        if not paths:
            return None
        from fieldvisit.adapters import crypto
        from fieldvisit.services.sync import import_bundles

        def work():
            from fieldvisit.adapters.files.safe_write import read_limited
            from fieldvisit.domain.limits import MAX_SEALED_BYTES

            files = [(Path(p).name, read_limited(Path(p), MAX_SEALED_BYTES, "bundle", follow=True)) for p in paths]
            return (yield from import_bundles(self.app.uow, crypto, files))

        def done(s):
            self.last_import = s
            self.refresh()
            text = self.tr("{imported} visits imported · {duplicates} already here · {conflicts} conflicts · "
                           "{rejected} rejected").format(imported=s["imported"], duplicates=s["duplicates"],
                                                         conflicts=len(s["conflicts"]), rejected=len(s["rejected"]))
            details = [f"{self.tr('Conflict')}: {c['visit_id']} ({c['case_id']}): {c['error']}" for c in s["conflicts"]]
            details += [f"{self.tr('Rejected')}: {r['visit_id']}: {r['error']}" for r in s["rejected"]]
            details += [self.tr("Bundles missing from {who}: {seqs}").format(
                who=g["collector"], seqs=", ".join(map(str, g["missing"]))) for g in s["gaps"]]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Visit reports imported"), text, parent=self)
            if details:
                box.setDetailedText("\n".join(details))
            box.open()

        def failed(message: str) -> None:
            from fieldvisit.ui.operation import CANCELLED, CANCELLED_LATE

            if message in (localize(CANCELLED), localize(CANCELLED_LATE)):  # each bundle is its own transaction
                self.refresh()
                message = self.tr("Stopped. Bundles imported before you cancelled stay imported; import the "
                                  "rest again later (nothing is imported twice).")
            QMessageBox.warning(self, self.tr("Import refused"), message)

        op = Operation(self, work).success(done).failure(failed).with_progress(self.progress)
        return op.start(self.tr("Importing visit reports…"))

    def export_report(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Team report"), f"team-report-{self.report['from']}-{self.report['to']}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"))
        if not path:
            return None
        from fieldvisit.adapters.report_files import WRITERS, write_pdf

        out = Path(path)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("xlsx", "csv", "pdf"):
            out, fmt = out.with_suffix(".xlsx"), "xlsx"
        try:
            if fmt == "pdf":
                write_pdf(out, self.report, self.tr("FieldVisit team report"))
            else:
                WRITERS[fmt](out, self.report)
        except UserError as exc:  # a device, a pipe, a link or a folder at that name
            QMessageBox.warning(self, self.tr("Report not written"), localize(str(exc)))
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Report not written"), localize(str(exc)))
            return None
        return str(out)
