"""The Sync menu of the main window, by role.

Collector: import an assignment pack, export the visit reports the office lacks, read the
office's review comments (and correct a visit from there). Supervisor: export a collector's pack,
import visit reports, the supervisor desk. Both: a sync folder that is used whenever it is
reachable (every few minutes and on demand). A mixin of ``MainWindow``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout,
)

from fieldvisit.adapters.i18n import day_text, localize
from fieldvisit.services.errors import UserError
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.writes import write

AUTO_SYNC_MS = 5 * 60 * 1000


class SyncActions:
    def _make_sync_menu(self) -> None:
        with self.app.uow() as uow:
            me = uow.keys.identity()
        self.role = me["role"] if me else None
        menu = self.menuBar().addMenu(self.tr("&Sync"))
        self.sync_menu = menu

        def add(text, slot, shortcut=None, tip=""):
            a = QAction(text, self, triggered=lambda *_: slot())
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setStatusTip(tip)
            menu.addAction(a)
            return a

        if self.role is None:
            a = add(self.tr("No identity yet: run 'fieldvisit keys init'"), lambda: None)
            a.setEnabled(False)
            return
        if self.role == "collector":
            add(self.tr("&Import assignment pack…"), self.import_pack, None,
                self.tr("Cases, recalls, payments and review comments from the office"))
            add(self.tr("&Export visit reports…"), self.export_bundle, None,
                self.tr("Every finalized visit the office has not acknowledged yet (drafts stay here)"))
            add(self.tr("Office &reviews…"), self.show_office_reviews, None,
                self.tr("Comments of your supervisor on your visits"))
        else:
            self.desk_action = add(self.tr("Supervisor &desk…"), self.open_desk, "Ctrl+D",
                                   self.tr("Import, review and dashboard of the team's visits"))
            add(self.tr("&Import visit reports…"), lambda: self.open_desk().import_bundles(), None)
            add(self.tr("&Export assignment pack…"), self.export_pack, None,
                self.tr("A collector's cases, recalls and your review comments, for their laptop"))
        menu.addSeparator()
        add(self.tr("Sync &now"), self.sync_now, "Ctrl+Shift+S", self.tr("Exchange files through the sync folder"))
        add(self.tr("Set sync &folder…"), self.choose_sync_folder)
        menu.addSeparator()
        self.keys_action = add(self.tr("&Keys and trust…"), self.show_keys, None,
                               self.tr("Export my identity file; trust an office's or a collector's file"))
        self.sync_timer = QTimer(self, interval=AUTO_SYNC_MS, timeout=lambda: self.sync_now(quiet=True))
        self.sync_timer.start()
        QTimer.singleShot(5000, self, lambda: self.sync_now(quiet=True))  # soon after start, if the share is there

    def show_keys(self):
        """The key-exchange dialog (non-modal; returned for tests)."""
        from fieldvisit.ui.keys_dialog import KeyExchangeDialog

        dialog = self.keys_dialog = KeyExchangeDialog(self.app, self)
        dialog.show()
        return dialog

    # ----- collector ------------------------------------------------------------------------
    def import_pack(self, path: str | None = None) -> dict | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import assignment pack"), "",
                                                  self.tr("Assignment packs (*.fvpack);;All files (*)"))
        if not path:
            return None
        from fieldvisit.adapters import crypto
        from fieldvisit.services.sync import import_pack

        from fieldvisit.adapters.files.safe_write import read_limited
        from fieldvisit.domain.limits import MAX_SEALED_BYTES

        try:
            data = read_limited(Path(path), MAX_SEALED_BYTES, "pack", follow=True)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Pack refused"), localize(str(exc)))
            return None

        def imported(s) -> None:
            self.reload()
            self.statusBar().showMessage(
                self.tr("This pack was already imported.") if s["again"] else
                self.tr("Pack {seq}: {cases} cases, {recalled} recalled, {reviews} review comments, "
                        "{acknowledged} visits acknowledged.").format(**s), 15000)
            if s["reviews"]:
                self.show_office_reviews()

        return write(self, import_pack, self.app.uow(), crypto, data, Path(path).name, done=imported,
                     title=self.tr("Pack refused"))

    def export_bundle(self, path: str | None = None) -> dict | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export visit reports"), "visits.fvbundle",
                                                  self.tr("Visit-report bundles (*.fvbundle)"))
        if not path:
            return None
        from fieldvisit.adapters import crypto
        from fieldvisit.services.sync import export_bundle

        def exported(s) -> None:
            self.statusBar().showMessage(self.tr("%n visits written to {path}; they are sent again until the "
                                                 "office acknowledges them.", "", s["visits"]).format(path=path), 15000)

        return write(self, _export_to, export_bundle, Path(path), self.app.uow(), crypto, done=exported,
                     title=self.tr("Visit reports not exported"))

    def office_reviews(self) -> list[dict]:
        from fieldvisit.services.visits import list_visits

        return [v for v in list_visits(self.app.uow())
                if v["review"]["status"] in ("has_issues", "rejected") and not v["replaced_by"]]

    def show_office_reviews(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Office reviews"))
        dialog.resize(640, 360)
        items = QListWidget()
        labels = {"has_issues": self.tr("Has issues"), "rejected": self.tr("Rejected")}
        for v in self.office_reviews():
            r = v["review"]
            item = QListWidgetItem(f"{day_text(v['arrived_at'])}  {v['case_id']}  {labels[r['status']]}: {r['comment']}")
            item.setData(Qt.ItemDataRole.UserRole, v)
            item.setToolTip(self.tr("Double-click: correct this visit (a new version is sent to the office)"))
            items.addItem(item)
        if not items.count():
            items.addItem(self.tr("No open comments from the office."))

        def correct(item):
            v = item.data(Qt.ItemDataRole.UserRole)
            if not v:
                return
            from fieldvisit.services.visits import correction_of

            draft = correction_of(self.app.uow(), v["visit_id"])
            dialog.accept()
            self.open_visit_form(v["case_id"], draft)

        items.itemDoubleClicked.connect(correct)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(items)
        layout.addWidget(buttons)
        dialog.items = items
        dialog.show()
        self.reviews_dialog = dialog
        return dialog

    # ----- supervisor -----------------------------------------------------------------------
    def open_desk(self):
        from fieldvisit.ui.desk import SupervisorDesk

        desk = getattr(self, "desk", None)
        if desk is None:
            desk = self.desk = SupervisorDesk(self.app, self.progress)
        desk.refresh()
        desk.show()
        desk.raise_()
        return desk

    def export_pack(self, collector: str | None = None, path: str | None = None) -> dict | None:
        with self.app.uow() as uow:
            names = sorted({p["name"] for p in uow.keys.peers() if p["role"] == "collector" and not p["revoked_at"]})
        if not names:
            QMessageBox.information(self, self.tr("No collector enrolled"),
                                    self.tr("Enroll a collector first: Sync → Keys and trust… → Trust an identity file."))
            return None
        if collector is None:
            collector, ok = QInputDialog.getItem(self, self.tr("Export assignment pack"), self.tr("Collector"),
                                                 names, 0, False)
            if not ok:
                return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export assignment pack"), f"{collector}.fvpack",
                                                  self.tr("Assignment packs (*.fvpack)"))
        if not path:
            return None
        from fieldvisit.adapters import crypto
        from fieldvisit.services.sync import export_pack

        def exported(s) -> None:
            self.statusBar().showMessage(self.tr("Pack {seq} for {who}: {cases} cases, {recalled} recalled → {path}")
                                         .format(who=collector, path=path, **s), 15000)

        return write(self, _export_to, export_pack, Path(path), self.app.uow(), crypto, collector, done=exported,
                     title=self.tr("Pack not exported"))

    # ----- sync folder ----------------------------------------------------------------------
    def choose_sync_folder(self, path: str | None = None):
        from fieldvisit.services.sync_folder import set_folder

        if path is None:
            path = QFileDialog.getExistingDirectory(self, self.tr("Sync folder (a shared or synced folder)"))
        if not path:
            return
        return write(self, set_folder, self.app.uow(), path, done=lambda _r: self.sync_now(),
                     title=self.tr("Sync folder"))

    def sync_now(self, quiet: bool = False) -> Operation | None:
        from fieldvisit.adapters import crypto
        from fieldvisit.adapters.files.mailbox import FolderMailbox
        from fieldvisit.services.sync_folder import folder_of, sync_with_folder

        folder = folder_of(self.app.uow())
        if not folder:
            if not quiet:
                self.choose_sync_folder()
            return None
        if getattr(self, "_syncing", False) or (quiet and not Path(folder).is_dir()):
            return None
        self._syncing = True

        def done(s):
            self._syncing = False
            self.last_sync = s
            if s.get("imported") or s.get("packs_imported"):
                self.reload(redraw_map=bool(s.get("packs_imported")))
                if getattr(self, "desk", None) is not None:
                    self.desk.refresh()
            if not quiet or s["problems"] or s.get("imported") or s.get("packs_imported"):
                self.statusBar().showMessage(s["text"].splitlines()[0], 15000)
            if s["problems"] and not quiet:
                QMessageBox.warning(self, self.tr("Some files were not imported"), "\n".join(s["problems"]))

        def failed(msg):
            self._syncing = False
            if not quiet:
                QMessageBox.information(self, self.tr("Sync"), msg)

        op = Operation(self, sync_with_folder, self.app.uow, crypto, FolderMailbox(folder)).success(done).failure(failed)
        return op.start()


def _export_to(export, path: Path, uow, crypto, *args) -> dict:
    """Runs on the write queue: ``export(uow, crypto, *args)`` (a pack or a bundle, recorded in
    the sync log) written atomically to ``path``; returns its summary. Raises UserError."""
    from fieldvisit.adapters.files.mailbox import write_atomic
    from fieldvisit.domain.text import msg

    from fieldvisit.services.errors import os_reason

    def deliver(blob: bytes, _summary: dict) -> None:  # written before it is recorded as sent
        try:
            write_atomic(path, blob)
        except OSError as exc:
            raise UserError(msg("Could not write {path}: {error}.", path=str(path), error=os_reason(exc))) from None

    _blob, summary = export(uow, crypto, *args, deliver=deliver)
    return summary
