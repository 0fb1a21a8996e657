"""Importing case files from the main window: File → Import cases… opens the preview dialog, and
the import runs through the operation helper with progress; the summary afterwards says what was
imported, updated, rejected, kept as information and ignored. A mixin of ``MainWindow``: it uses
the window's ``app``, ``progress`` and ``reload``."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldvisit.ui.cli_hints import window_localize as localize, window_wording
from fieldvisit.domain.hold_review import review_kind
from fieldvisit.ui.operation import Operation


class ImportActions:
    def import_with_preview(self, path: str | None = None):
        """File → Import cases…: choose a file, see the preview, then import (returns the dialog)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import cases"), "",
                                                  self.tr("Case files (*.csv *.tsv *.txt *.xlsx)"))
        if not path:
            return None
        from fieldvisit.ui.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.app, path, self)
        dialog.accepted.connect(lambda: self.import_cases(path, dialog.options, dialog.save_name))
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def import_cases(self, path: str | None = None, options=None, save_profile: str | None = None) -> Operation | None:
        """Import ``path`` with ``options`` (an ImportOptions; None: a saved profile for these
        headers, else the defaults) through the operation helper; ``save_profile`` names a profile
        to save the choices as once the import succeeded."""
        if not path:
            return self.import_with_preview()
        from fieldvisit.services.import_cases import import_cases
        from fieldvisit.services.import_columns import column_plan
        from fieldvisit.services.import_profiles import ImportOptions, open_table, save_profile as save

        def work():
            table, opts = open_table(self.app.uow(), self.app.read_table, path, options or ImportOptions())
            headers = list(table.headers)
            from fieldvisit.adapters.files.safe_write import open_untrusted

            with open_untrusted(Path(path), follow=True) as fh:  # checked by the reader; hashed, not held whole
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
            summary = yield from import_cases(self.app.uow(), table, file_name=Path(path).name, sha256=sha,
                                              as_of=date.today(), as_of_given=False,  # the file's cut-off date wins
                                              zones=self.app.zones, mapping=opts.mapping,
                                              dayfirst=opts.dayfirst, decimal_comma=opts.decimal_comma,
                                              country=opts.country, currency=opts.currency,
                                              profile=opts.profile, default_timezone=self.app.default_timezone,
                                              default_zone_given=self.app.timezone_given,
                                              default_country=self.app.setting("country"),
                                              default_currency=self.app.setting("currency"),
                                              rules=self.app.rules(), by=self.app.actor,
                                              profile_saved_as=save_profile or None)
            if save_profile:
                save(self.app.uow(), save_profile, headers, column_plan(headers, opts.mapping, Path(path).name), opts)
            return summary

        def done(summary):
            self.reload()
            text = self.tr("%n rows: {imported} imported, {updated} updated, {rejected} rejected.", "",
                           summary.rows).format(imported=summary.imported, updated=summary.updated,
                                                rejected=len(summary.rejected))
            for said in (e for e in summary.conventions.get("evidence", []) if e.startswith("As of ")):
                text += "\n" + localize(said)  # the file's own cut-off date, used as the import's as-of
            if summary.unchanged:  # stored cases the file gives again as they are
                text += "\n" + self.tr("%n cases unchanged: the file gives them as they are stored.", "",
                                        summary.unchanged)
            text += "\n" + self.tr("Kept as extra information: {kept}.").format(
                kept=", ".join(summary.kept_columns) or self.tr("none"))
            text += "\n" + self.tr("Ignored: {ignored}.").format(ignored=", ".join(summary.ignored_columns) or self.tr("none"))
            if summary.missing_fields:  # a file that gives no balance, name or place: said, not refused
                words = {"balance": self.tr("no balance"), "name": self.tr("no name"),
                         "address": self.tr("no address or coordinates"),
                     "days_past_due": self.tr("no days past due or due date (shown as unknown, not 0)")}
                text += "\n" + self.tr("Warning: the file gives {fields} for its cases; they were imported without "
                                       "them. If the file has them under other headers, choose those columns in "
                                       "the import preview and import again.").format(
                    fields=", ".join(words[m] for m in summary.missing_fields))
            if summary.moved:  # a new address without coordinates: the old door is forgotten
                text += "\n" + self.tr("%n cases moved to another address: their coordinates are cleared and wait "
                                       "for geocoding.", "", len(summary.moved))
            if summary.pins_kept:
                text += "\n" + self.tr("%n cases keep the position pinned by hand on the map.", "",
                                       len(summary.pins_kept))
            texts = sum(1 for r in summary.review if r["column"] in ("appointment", "inconvenient"))
            if texts:
                text += "\n" + self.tr("%n appointment texts could not be read for sure: File → Review appointment "
                                       "texts (Ctrl+Shift+A).", "", texts)
            held = sum(1 for r in summary.review if review_kind(r["column"]) == "flag")
            if held:
                text += "\n" + self.tr("%n cases are held (not visited) until you say what their condition columns "
                                       "mean: File → Review imported values (Ctrl+Shift+A).", "", held)
            if len(summary.review) > texts + held:
                text += "\n" + self.tr("%n values wait in File → Review imported values (Ctrl+Shift+A): {first}", "",
                                       len(summary.review) - texts - held).format(
                    first=localize(next(r["error"] for r in summary.review if r["column"] not in
                                        ("appointment", "inconvenient") and review_kind(r["column"]) != "flag")))
            for note in (n for n in summary.notes if n["row"] is None):  # a whole column's (unknown statuses)
                text += "\n" + localize(note["note"])
            kept_rows = {k["row"] for k in summary.appointments_kept}
            clipped = [n for n in summary.notes if n["row"] is not None and n["column"] == "appointment"
                       and n["row"] not in kept_rows]
            zoned = [n for n in summary.notes if n["column"] == "timezone"]
            other = [n for n in summary.notes if n["row"] is not None and n["column"] not in ("appointment", "timezone")]
            if clipped:
                text += "\n" + self.tr("%n appointment times were kept to the lawful visiting hours: {first}", "",
                                       len(clipped)).format(first=localize(clipped[0]["note"]))
            if zoned:
                text += "\n" + self.tr("%n cases are in a state with two time zones and were placed in its main "
                                       "one: {first}", "", len(zoned)).format(first=localize(zoned[0]["note"]))
            if summary.appointments_kept:  # a blank cell keeps the stored appointment: said
                text += "\n" + self.tr("%n cases keep their stored appointment: the file's appointment cell is "
                                       "blank (see Show Details).", "", len(summary.appointments_kept))
            if other:  # nothing to answer: a due date read from the days past due, an id like another's...
                text += "\n" + self.tr("%n notes (see Show Details): {first}", "", len(other)).format(
                    first=localize(other[0]["note"]))
            if absent := summary.not_in_file["count"]:  # ids only, never a name
                ids = ", ".join(summary.not_in_file["case_ids"]) + (
                    self.tr(" and {n} more").format(n=absent - len(summary.not_in_file["case_ids"]))
                    if absent > len(summary.not_in_file["case_ids"]) else "")
                text += "\n" + (self.tr("1 stored case from earlier imports of this file is not in it (kept "
                                         "unchanged): {ids}.") if absent == 1 else
                                 self.tr("{n} stored cases from earlier imports of this file are not in it (kept "
                                         "unchanged): {ids}.")).format(n=absent, ids=ids)
            if compared := summary.not_in_file.get("compared_with"):  # which earlier import, and why it counts
                text += "\n" + self.tr("Compared with the import of {file} (as of {as_of}; {why}).").format(
                    file=compared["file_name"], as_of=compared["as_of"], why=localize(compared["why"]))
            if summary.skipped:
                text += "\n" + self.tr("%n rows skipped: totals or notes, not cases.", "", len(summary.skipped))
            if summary.hidden_rows:
                text += "\n" + self.tr("Rows hidden or filtered out in the workbook, imported like the others: "
                                       "{rows}.").format(rows=", ".join(map(str, summary.hidden_rows[:30])))
            columns = [f"{c['source']} → " + (c["field"] if c["action"] == "map" else
                                                self.tr("kept") if c["action"] == "keep" else self.tr("ignored"))
                       for c in summary.columns]
            details = "\n".join([*columns, ""] + [f"Row {r['row']}" + (f" ({r['column']})" if r["column"] else "") + f": {window_wording(r['error'])}"
                                                  for r in (summary.rejected + summary.review)[:60]]
                                + [f"Row {r['row']} ({r['column']}): {r['note']}" for r in summary.notes[:30]
                                   if r["row"] is not None]
                                + [f"Row {r['row']}: {r['reason']}" for r in summary.skipped[:20]])
            icon = QMessageBox.Icon.Warning if summary.missing_fields else QMessageBox.Icon.Information
            box = QMessageBox(icon, self.tr("Import finished"), text, parent=self)
            if details:
                box.setDetailedText(details)
            box.open()
            self.last_import = summary

        op = Operation(self, work).success(done).failure(
            lambda msg: QMessageBox.warning(self, self.tr("Import refused"), window_wording(msg))).with_progress(self.progress)
        return op.start(self.tr("Importing {}…").format(Path(path).name))
