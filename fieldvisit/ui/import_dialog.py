"""File → Import cases…: the preview before anything is written.

The user sees how the file is read (sheet, header row, encoding, delimiter, decimal mark, date
order), what happens to every column (a FieldVisit field, kept as extra information, or ignored)
and a sample of rows as they would be stored, updated live as any choice changes; rows that
would be rejected or need review are counted. The choices can be saved as a profile that is
applied by itself the next time a file with the same headers comes. Nothing is written here: the
main window runs the import with :attr:`ImportPreviewDialog.options` on Import.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import flag_text
from fieldvisit.domain.columns import IGNORE, KEEP, TARGETS
from fieldvisit.domain.flag_columns import FREE_TEXT, PREFIX as FLAG_PREFIX, STATUS
from fieldvisit.domain.text import SHOWN_CELL_CHARS, clip
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_preview import preview_import
from fieldvisit.services.import_profiles import DATE_ORDERS, ImportOptions, open_table
from fieldvisit.ui.cli_hints import window_localize as localize  # CLI flags named as the window's controls
from fieldvisit.ui.import_fields import (
    DELIMITERS, ENCODINGS, FIELD_LABELS, FLAG_TARGETS, IGNORED, REJECTED, REVIEW,
)

class ImportPreviewDialog(QDialog):
    """``options`` (an :class:`ImportOptions`) and ``save_name`` (a profile name or None) say what
    to import once the dialog is accepted; ``preview`` is the last preview shown (a dict, see
    :func:`preview_import`)."""

    def __init__(self, app, path: str, parent=None, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.app, self.path, self.as_of = app, path, as_of or date.today()
        self.as_of_given = as_of is not None
        self.options = ImportOptions()
        self.preview: dict | None = None
        self._headers: list[str] = []
        self._building = False
        self.setWindowTitle(self.tr("Import cases — {file}").format(file=Path(path).name))

        self.sheet = QComboBox()
        self.sheet.setPlaceholderText(self.tr("one table (CSV)"))
        self.header_row = QSpinBox(minimum=1, maximum=1000)
        self.encoding = QComboBox(editable=True)
        self.encoding.addItems(ENCODINGS)
        self.delimiter = QComboBox()
        for d in DELIMITERS:
            self.delimiter.addItem(self.tr("tab") if d == "tab" else d, d)
        self.decimal = QComboBox()
        self.decimal.addItem(self.tr("As the file shows"), None)
        self.decimal.addItem(self.tr("Point: 1,234.56"), ".")
        self.decimal.addItem(self.tr("Comma: 1.234,56"), ",")
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("As the file shows"), None)
        dmy, mdy = DATE_ORDERS
        self.date_order.addItem(self.tr("Day first: 31/12/2026"), dmy)
        self.date_order.addItem(self.tr("Month first: 12/31/2026"), mdy)
        self.country = QLineEdit(maxLength=2, placeholderText=self.tr("as the file shows"))
        self.currency = QLineEdit(maxLength=3, placeholderText=self.tr("as the file shows"))
        reading = QGroupBox(self.tr("How the file is read"))
        grid = QGridLayout(reading)
        for i, (label, widget) in enumerate(((self.tr("&Sheet"), self.sheet), (self.tr("&Header row"), self.header_row),
                                             (self.tr("&Encoding"), self.encoding),
                                             (self.tr("&Delimiter"), self.delimiter),
                                             (self.tr("Decimal &mark"), self.decimal),
                                             (self.tr("Date &order"), self.date_order),
                                             (self.tr("C&ountry"), self.country), (self.tr("C&urrency"), self.currency))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        for narrow in (self.header_row, self.country, self.currency):
            narrow.setMaximumWidth(110)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        grid.addWidget(self.detected, 3, 0, 1, 6)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Use as"), self.tr("Examples")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sample = QTableWidget(0, 0)
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns_box = QGroupBox(self.tr("Columns"))
        QVBoxLayout(columns_box).addWidget(self.mapping)
        sample_box = QGroupBox(self.tr("Sample: rows as they would be stored"))
        QVBoxLayout(sample_box).addWidget(self.sample)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(columns_box)
        split.addWidget(sample_box)
        split.setSizes([340, 340])

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save = QCheckBox(self.tr("Save these choices as the profile"))
        self.profile_name = QLineEdit(Path(path).stem)
        self.profile_name.setEnabled(False)
        self.save.toggled.connect(self.profile_name.setEnabled)
        save_row = QWidget()
        srow = QHBoxLayout(save_row)
        srow.setContentsMargins(0, 0, 0, 0)
        srow.addWidget(self.save)
        srow.addWidget(self.profile_name, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._import_if_ready)

        layout = QVBoxLayout(self)
        layout.addWidget(reading)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(save_row)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)

        self.sheet.currentIndexChanged.connect(lambda _i: self._set(sheet=self.sheet.currentData(), header_row=None))
        self.header_row.editingFinished.connect(lambda: self._set(header_row=self.header_row.value()))
        self.encoding.activated.connect(lambda _i: self._set(encoding=self.encoding.currentText()))
        self.encoding.lineEdit().editingFinished.connect(lambda: self._set(encoding=self.encoding.currentText()))
        self.delimiter.currentIndexChanged.connect(lambda _i: self._set(delimiter=self.delimiter.currentData()))
        self.decimal.currentIndexChanged.connect(lambda _i: self._set(decimal=self.decimal.currentData()))
        self.date_order.currentIndexChanged.connect(lambda _i: self._set(date_order=self.date_order.currentData()))
        self.country.editingFinished.connect(lambda: self._set(country=self.country.text().strip().upper() or None))
        self.currency.editingFinished.connect(lambda: self._set(currency=self.currency.text().strip().upper() or None))
        self.refresh()

    # ----- choices -------------------------------------------------------------------------
    @property
    def save_name(self) -> str | None:
        return self.profile_name.text().strip() or None if self.save.isChecked() else None

    def set_mapping(self, source: str, target: str) -> None:
        """Use column ``source`` as ``target`` (a field name, ``keep`` or ``ignore``), as the combo does."""
        self.options = replace(self.options, mapping={**self.options.mapping, source: target})
        self.refresh()

    def _set(self, **changes) -> None:
        if self._building:
            return
        if {k: v for k, v in changes.items() if getattr(self.options, k) != v}:
            try:
                self.options = replace(self.options, **changes)
            except UserError as exc:  # a country or currency that is no code
                self.status.setText(localize(str(exc)))
                self.status.setStyleSheet("color: #b71c1c;")
                self.import_button.setEnabled(False)
                return
            QTimer.singleShot(0, self, self.refresh)  # never rebuild widgets inside their own signal

    def _import_if_ready(self) -> None:
        if self.import_button.isEnabled():
            self.accept()

    # ----- preview -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the file again with the current choices and show what the import would do
        (the first rows only: well under a second on a 100,000-row file)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._refresh()
        finally:
            QApplication.restoreOverrideCursor()

    def _refresh(self) -> None:
        try:
            table, options = open_table(self.app.uow(), self.app.read_table, self.path, self.options)
            preview = preview_import(table, options, file_name=Path(self.path).name, as_of=self.as_of,
                                     as_of_given=self.as_of_given,  # else the file's cut-off date, as the import
                                     zones=self.app.zones, default_timezone=self.app.default_timezone,
                                     default_zone_given=self.app.timezone_given,
                                     default_country=self.app.setting("country"),
                                     default_currency=self.app.setting("currency"), rules=self.app.rules())
        except UserError as exc:
            self.status.setText(self.tr("Cannot read the file this way: {error}").format(error=localize(str(exc))))
            self.status.setStyleSheet("color: #b71c1c;")
            self.import_button.setEnabled(False)
            return
        # every column's choice becomes explicit, so later changes (and a saved profile) keep it
        mapping = {c["source"]: c["field"] if c["action"] == "map" else c["action"] for c in preview["columns"]}
        self.options = replace(options, mapping={**options.mapping, **mapping})
        self.preview = preview
        self._show(preview)

    def _show(self, p: dict) -> None:
        self._building = True
        try:
            self._show_sheets(p)
            self.header_row.setValue(p["header_row"])
            csv = not p["sheets"]
            self.encoding.setEnabled(csv)
            self.delimiter.setEnabled(csv)
            self.encoding.setCurrentText(p["encoding"] or "")
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(p["delimiter"] or ",")))
            self.decimal.setCurrentIndex(self.decimal.findData(self.options.decimal))
            self.date_order.setCurrentIndex(self.date_order.findData(self.options.date_order))
            self.country.setText(self.options.country or "")
            self.currency.setText(self.options.currency or "")
            self._show_conventions(p)
            self._show_columns(p["columns"])
            self._show_sample(p)
            self._show_status(p)
        finally:
            self._building = False

    def _show_sheets(self, p: dict) -> None:
        """The sheet list: first "detected" (every sheet with the data's columns), then each sheet."""
        self.sheet.clear()
        read = p.get("sheets_read") or []
        if len(p["sheets"]) > 1:
            self.sheet.addItem(self.tr("All sheets with these columns: {sheets}").format(sheets=", ".join(read))
                               if self.options.sheet is None and len(read) > 1 else
                               self.tr("Detected: {sheet}").format(sheet=p["sheet"]) if self.options.sheet is None
                               else self.tr("Detect (every sheet with the same columns)"), None)
        for name in p["sheets"]:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(self.options.sheet)) if self.options.sheet else 0)
        self.sheet.setEnabled(len(p["sheets"]) > 1)

    def _show_conventions(self, p: dict) -> None:
        conv = p["conventions"]
        decimal = {".": self.tr("point (1,234.56)"), ",": self.tr("comma (1.234,56)")}.get(
            conv["decimal"], self.tr("undecided (each amount read by its own form)"))
        order = {"DMY": self.tr("day first"), "MDY": self.tr("month first")}.get(
            conv["date_order"], self.tr("undecided (ambiguous dates go to review)"))
        rows, fallback = conv.get("row_countries") or (), conv.get("fallback_country")
        country = conv.get("country") or (
            self.tr("per row ({codes})").format(codes=", ".join(rows)) if rows else
            self.tr("{code} (the workspace's)").format(code=fallback) if fallback else self.tr("unknown"))
        text = self.tr("Read: decimal mark {decimal}; dates {order}; country {country}; currency {currency}.").format(
            decimal=decimal, order=order, country=country,
            currency=conv.get("currency") or self.tr("unknown"))
        evidence = " ".join(map(localize, conv.get("evidence") or ()))
        if evidence:
            text += "\n" + evidence
        for other in p.get("sheets_not_read") or ():
            kind = other.get("kind", "columns")
            if kind == "hidden":
                line = self.tr("Sheet “{sheet}” is not read: it is hidden in the workbook; choose it under Sheet to "
                               "import it.")
            elif kind == "empty":
                line = self.tr("Sheet “{sheet}” is not read: no header row was found in it.")
            elif kind == "chart":
                line = self.tr("Sheet “{sheet}” is not read: it is a chart, not a sheet of rows.")
            else:
                line = self.tr("Sheet “{sheet}” is not read: its columns differ; choose it under Sheet to import it.")
            text += "\n" + line.format(sheet=other["sheet"])
        match = p.get("profile_match") or {}
        if match.get("text") and not match.get("exact"):  # "applied profile 'banco' (headers differ: +1 column)"
            text += " " + localize(match["text"][0].upper() + match["text"][1:]) + "."
        elif p["profile"]:
            text += " " + self.tr("Profile “{name}” applied.").format(name=p["profile"])
            if not self.save.isChecked():
                self.profile_name.setText(p["profile"])
        self.detected.setText(text)

    def _combo(self, column: dict) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Keep as extra information"), KEEP)
        combo.addItem(self.tr("Ignore"), IGNORE)
        combo.insertSeparator(2)
        for name in (*TARGETS, *FLAG_TARGETS):
            combo.addItem(self.field_label(name), name)
        if column["action"] == "map" and combo.findData(column["field"]) < 0:  # a second "Deceased" column
            combo.addItem(self.field_label(column["field"]), column["field"])
        combo.setCurrentIndex(combo.findData(column["field"] if column["action"] == "map" else column["action"]))
        source = column["source"]
        combo.currentIndexChanged.connect(lambda _i, c=combo, s=source: self._mapping_changed(s, c.currentData()))
        return combo

    def field_label(self, name: str) -> str:
        """What a field is called in the window: ``flag:deceased`` → "Blocks visits: deceased"."""
        if name.startswith(STATUS):
            return self.tr("Blocks visits: status words")
        if name.startswith(FREE_TEXT):
            return self.tr("Blocks visits: restrictions written as words")
        if name.startswith(FLAG_PREFIX):
            return self.tr("Blocks visits: {flag}").format(flag=flag_text(name[len(FLAG_PREFIX):].split(":")[0]))
        return self.tr(FIELD_LABELS[name])

    def _mapping_changed(self, source: str, target: str) -> None:
        if self._building:
            return
        self.options = replace(self.options, mapping={**self.options.mapping, source: target})
        QTimer.singleShot(0, self, self.refresh)

    def _show_columns(self, columns: list[dict]) -> None:
        headers = [c["source"] for c in columns]
        if headers != self._headers:
            self.mapping.setRowCount(len(columns))
            for row, column in enumerate(columns):
                self.mapping.setItem(row, 0, QTableWidgetItem(column["source"]))
                self.mapping.setCellWidget(row, 1, self._combo(column))
            self._headers = headers
        for row, column in enumerate(columns):
            combo = self.mapping.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(column["field"] if column["action"] == "map" else column["action"]))
            examples = QTableWidgetItem(" · ".join(clip(e) for e in column["examples"]))  # 60 characters each
            if column["action"] == IGNORE:
                examples.setForeground(QBrush(IGNORED))
            if column.get("note"):  # another column was taken for the same field: say which and why
                examples.setBackground(QBrush(REVIEW))
                examples.setToolTip(localize(column["note"]))
            self.mapping.setItem(row, 2, examples)
        self.mapping.resizeColumnToContents(0)
        self.mapping.setColumnWidth(1, max(self.mapping.columnWidth(1), 260))

    def _show_sample(self, p: dict) -> None:
        columns = p["columns"]
        self.sample.clear()
        self.sample.setColumnCount(len(columns))
        self.sample.setRowCount(len(p["sample"]))
        labels = []
        for c in columns:
            what = (self.field_label(c["field"]) if c["action"] == "map" else
                    self.tr("kept") if c["action"] == KEEP else self.tr("ignored"))
            labels.append(f"{c['source']}\n→ {what}")
        self.sample.setHorizontalHeaderLabels(labels)
        self.sample.setVerticalHeaderLabels([str(r["row"]) for r in p["sample"]])
        for row, r in enumerate(p["sample"]):
            for col, c in enumerate(columns):
                value = r["values"].get(c["source"], "")
                item = QTableWidgetItem(clip(value))  # a long cell: its first 60 characters, the rest on hover
                if len(value) > SHOWN_CELL_CHARS:
                    item.setToolTip(value)
                if r["errors"]:
                    item.setBackground(QBrush(REJECTED))
                    item.setToolTip("\n".join(localize(e) for e in r["errors"]))
                elif r["review"] and c["action"] == "map" and (c["field"] in ("appointment", "inconvenient", "flags")
                                                               or c["field"].startswith("flag:")):
                    item.setBackground(QBrush(REVIEW))
                    item.setToolTip("\n".join(r["review"]))
                if c["action"] == IGNORE:
                    item.setForeground(QBrush(IGNORED))
                self.sample.setItem(row, col, item)
        self.sample.resizeColumnsToContents()

    def _show_status(self, p: dict) -> None:
        if p["problem"]:
            self.status.setText(localize(p["problem"]) + " " + self.tr(
                "Under 'Use as', choose '{case_id}' for the column that holds each case's number; Import stays "
                "off until then.").format(case_id=self.field_label("case_id")))
            self.status.setStyleSheet("color: #b71c1c;")
            self.import_button.setEnabled(False)
            return
        rows = str(p["rows_read"]) + ("" if p["complete"] else "+")
        text = self.tr("{rows} rows read: {rejected} would be rejected, {review} values would wait for review, "
                       "{notes} notes. Kept as extra information: {kept}. Ignored: {ignored}.").format(
            rows=rows, rejected=len(p["rejected"]), review=len(p["review"]), notes=len(p.get("notes") or ()),
            kept=", ".join(p["kept_columns"]) or self.tr("none"), ignored=", ".join(p["ignored_columns"]) or self.tr("none"))
        if p["rejected"]:
            text += " " + "; ".join((self.tr("Row {row} ({column}): {error}") if r["column"] else
                                     self.tr("Row {row}: {error}")).format(
                row=r["row"], column=r["column"], error=localize(r["error"])) for r in p["rejected"][:3]) + "."
        ties = [c for c in p.get("conflicts") or () if c["tie"]]  # the others: a note on the column's row
        if ties:
            text += " " + self.tr("Check: {notes}.").format(notes="; ".join(localize(c["why"]) for c in ties))
        if p["skipped"]:
            text += " " + self.tr("Skipped (not case records): {rows}.").format(
                rows="; ".join(self.tr("row {row}: {reason}").format(row=r["row"], reason=localize(r["reason"]))
                               for r in p["skipped"][:10]))
        if p.get("hidden_rows"):
            text += " " + self.tr("Rows hidden or filtered out in the workbook, imported like the others: "
                                  "{rows}.").format(rows=", ".join(map(str, p["hidden_rows"][:30])))
        if p.get("missing_fields"):  # a mapping giving no balance, name or place: said before importing
            words = {"balance": self.tr("no balance"), "name": self.tr("no name"),
                     "address": self.tr("no address or coordinates"),
                     "days_past_due": self.tr("no days past due or due date (shown as unknown, not 0)")}
            text += " " + self.tr("Warning: the columns give {fields}; choose the columns that hold them, or the "
                                  "cases are imported without them.").format(
                fields=", ".join(words[m] for m in p["missing_fields"]))
        if p.get("no_currency"):  # never stored without one (BRK15 #8)
            text += " " + self.tr("Warning: neither the file nor the workspace gives a currency, so {count} amounts "
                                  "wait for review with their currency; type one under Currency.").format(
                count=p["no_currency"])
        if p.get("no_zone"):
            text += " " + self.tr("Warning: neither the file nor the workspace gives a country or time zone, so "
                                  "appointment times wait for review; type the country under Country.")
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c;" if p["rejected"] or p.get("missing_fields") or p.get("no_currency")
                                  or p.get("no_zone") else "")
        self.import_button.setEnabled(True)
