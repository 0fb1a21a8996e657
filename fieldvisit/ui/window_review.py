"""The review queue's dialog, opened by *File → Review imported values (N)…* (Ctrl+Shift+A) or the
status-bar button shown while any item waits (both: :mod:`.review_actions`, a mixin of
``MainWindow``). Besides appointment texts the queue holds amounts and dates an import
left unset because the file did not show how to read them (``1.234``, ``03/04/2026``): the editor
offers their possible readings and *Save value* sets the field (audited). Condition cells that
hold a case (``Deceased: maybe``), undecided time zones and implausible coordinates are answered
the same way (*Save flags* / *Save zone* / *Save answer*; *Keep as is…* closes one unchanged).
The dialog lists each case with the text
the lender wrote and why it was not read; beside it an editor reads a corrected text live (or
builds one from picked days and times). *Save window* replaces that case's windows (audited) and
the item leaves the queue; *No window* closes it with a reason."""

from __future__ import annotations

from datetime import date, time
from functools import partial

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView,
    QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import localize, window_text
from fieldvisit.domain.field_review import (
    DATE_FIELDS, MONEY_FIELDS, ValueReviewError, kept_readings, read_amount, read_value, shown_amount,
)
from fieldvisit.domain.hold_review import HoldReviewError
from fieldvisit.services.hold_review import read_answer
from fieldvisit.services.window_review import (
    dismiss_review, lawful_hours, pending_reviews, read_correction, resolve_review,
    visiting_days,
)
from fieldvisit.ui.writes import say, write

DAY_KEYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: Readings offered as buttons on one line (``$`` gives six amounts with their currencies).
CHOICES_A_LINE = 3


class WindowReviewDialog(QDialog):
    """The queue: a table of open items and an editor for the selected one. ``changed`` is emitted
    after an item is saved or dismissed."""

    changed = Signal()

    def __init__(self, app, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.today = today or date.today()
        self.rules = app.rules()
        self.setWindowTitle(self.tr("Review what the import could not read"))
        self.resize(1040, 520)
        self.items: list[dict] = []

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Name"), self.tr("Text as written"),
                                              self.tr("Why it was not read")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())

        self.original = QLabel()
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.original.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #8a5a00;")
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.editor = QLineEdit(placeholderText=self.tr("e.g. Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00"))
        self.editor.textChanged.connect(self._read_live)
        self.reading = QLabel()
        self.reading.setWordWrap(True)

        self.choices = QWidget()  # one button per possible reading of an amount or a date, 3 a line
        self.choices_layout = QGridLayout(self.choices)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices_layout.setColumnStretch(CHOICES_A_LINE, 1)
        picker = QGroupBox(self.tr("Or pick days and times"))
        self.picker = picker
        labels = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                  self.tr("Sun"))
        self.day_boxes = [QCheckBox(label) for label in labels]
        self.from_time = QTimeEdit(QTime(9, 0))
        self.to_time = QTimeEdit(QTime(12, 0))
        for edit in (self.from_time, self.to_time):
            edit.setDisplayFormat("HH:mm")
        use = QPushButton(self.tr("Use these"))
        use.clicked.connect(self._use_picked)
        days_row = QHBoxLayout()
        for box in self.day_boxes:
            days_row.addWidget(box)
        times_row = QHBoxLayout()
        times_row.addWidget(QLabel(self.tr("from")))
        times_row.addWidget(self.from_time)
        times_row.addWidget(QLabel(self.tr("to")))
        times_row.addWidget(self.to_time)
        times_row.addStretch(1)
        times_row.addWidget(use)
        picker_layout = QVBoxLayout(picker)
        picker_layout.addLayout(days_row)
        picker_layout.addLayout(times_row)

        self.save_button = QPushButton(self.tr("&Save window"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Replace this case's windows with the corrected text (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_current)
        self.dismiss_button = QPushButton(self.tr("&No window…"))
        self.dismiss_button.setToolTip(self.tr("The text holds no time to visit: close it, with the reason"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save_current)

        form = self.form = QFormLayout()
        form.addRow(self.tr("Written:"), self.original)
        form.addRow(self.tr("Not read because:"), self.reason)
        form.addRow(self.tr("Now:"), self.now)
        form.addRow(self.tr("Could be:"), self.choices)
        form.addRow(self.tr("&Corrected text:"), self.editor)
        form.addRow(self.tr("Read as:"), self.reading)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([560, 480])
        self.count_label = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.reload()

    # ----- data ----------------------------------------------------------------------------
    def reload(self, keep_row: int = 0) -> None:
        self.items = pending_reviews(self.app.uow())
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, value in enumerate((item["case_id"], item["name"], item["text"], localize(item["error"]))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, col, cell)
        for column in range(3):  # the reason stretches (and wraps) to the table's width
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self.count_label.setText(self.tr("{n} values wait for review.").format(n=len(self.items))
                                 if self.items else self.tr("No values wait for review."))
        if self.items:
            self.table.setCurrentCell(min(keep_row, len(self.items) - 1), 0)
        self._show_current()

    def current(self) -> dict | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        for w in (self.editor, self.save_button, self.dismiss_button):
            w.setEnabled(item is not None)
        if item is None:
            self.original.clear()
            self.reason.clear()
            self.now.clear()
            self.editor.clear()
            return
        value = item["kind"] != "window"  # a value, a flag hold, a zone, coordinates: an answer, no picker
        columns = {"inconvenient": self.tr("times not to visit"), "appointment": self.tr("appointment"),
                   "balance": self.tr("balance"), "last_payment_amount": self.tr("last payment"),
                   "due_date": self.tr("due date"), "last_payment_date": self.tr("last payment date"),
                   "phone": self.tr("phone"), "currency": self.tr("currency"),
                   "timezone": self.tr("address; its time zone is unknown"), "lat": self.tr("coordinates"),
                   "geocoded": self.tr("the geocoder's answer")}
        column = item["header"] if item["kind"] == "flag" else columns.get(item["column"], item["column"])
        self.original.setText(f"<b>{item['text']}</b> <i>({column})</i>")
        self.reason.setText(localize(item["error"]))
        kept = kept_readings(item["column"], item["text"]) if item["kind"] == "value" else []
        now = {"value": self.tr("to review (amount and currency not set)") if item.get("currency_open") else
               self.tr("{value} (kept until you pick one)").format(value=kept[0]) if kept else
               self.tr("to review (not set)"),
               "flag": self.tr("held: flags {flags}").format(flags=item["now"]),
               "timezone": self.tr("time zone {zone} (not decided)").format(zone=item["now"]),
               "position": localize(item["now"])}
        self.now.setText(now[item["kind"]] if value else
                         "<br>".join(window_text(w) for w in item["windows"]) or self.tr("none"))
        while self.choices_layout.count():
            old = self.choices_layout.takeAt(0).widget()
            if old is not None:  # the stretch has none
                old.hide()
                old.deleteLater()
        zones = item["kind"] == "timezone"  # many: the main ones as buttons, every zone completes in the editor
        for n, reading in enumerate(item["candidates"][:4] if zones else item["candidates"]):
            button = QPushButton(reading.rsplit("/", 1)[-1].replace("_", " ") if zones else reading)
            button.setToolTip(reading)
            button.clicked.connect(partial(self.editor.setText, reading))
            self.choices_layout.addWidget(button, n // CHOICES_A_LINE, n % CHOICES_A_LINE)
        self.editor.setCompleter(self._zone_completer() if zones else None)
        self.form.labelForField(self.editor).setText(
            self.tr("&Answer:") if value and item["kind"] != "value" else self.tr("&Corrected text:"))
        self.choices.setVisible(value or bool(item["candidates"]))  # "LMV": martes or miércoles
        self.picker.setVisible(not value)
        days = visiting_days(self.rules, item["country"]) if item["column"] == "appointment" else None
        for i, box in enumerate(self.day_boxes):  # only the rule set's visiting days can be picked
            allowed = days is None or days.allows(i)
            box.setChecked(box.isChecked() and allowed)
            box.setEnabled(allowed)
            box.setToolTip("" if allowed else localize(days.refused([i])))
        saves = {"value": self.tr("&Save value"), "flag": self.tr("&Save flags"), "timezone": self.tr("&Save zone"),
                 "position": self.tr("&Save answer")}
        self.save_button.setText(saves.get(item["kind"], self.tr("&Save window")))
        self.dismiss_button.setText(self.tr("&Leave unset…") if item["kind"] == "value" else
                                    self.tr("&Keep as is…") if value else self.tr("&No window…"))
        # a hold is answered, not retyped: the editor starts with the first answer offered; a value
        # starts empty (its readings are the buttons above: nothing is picked for the person)
        self.editor.setPlaceholderText(self._example(item))
        self.editor.setText(item["candidates"][0] if value and item["kind"] != "value" and item["candidates"]
                            else "" if item["kind"] == "value" else item["text"])
        # also when the text is the same as before (no signal); quiet: no error before the person types
        self._read_live(self.editor.text(), quiet=True)
        self.editor.setFocus()
        self.editor.selectAll()

    def _zone_completer(self) -> QCompleter:
        if not hasattr(self, "_zones"):
            from zoneinfo import available_timezones

            self._zones = QCompleter(sorted(available_timezones()), self)
            self._zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._zones.setFilterMode(Qt.MatchFlag.MatchContains)
        return self._zones

    def _lawful(self, item: dict) -> tuple[time, time]:
        return lawful_hours(self.rules, item["country"])

    def _example(self, item: dict) -> str:
        """The editor's placeholder: an example of what to type for this item."""
        column = item["column"]
        if item["kind"] != "value":
            return self.tr("e.g. Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00")
        if column in DATE_FIELDS:
            return self.tr("e.g. 2026-03-04")
        if column in MONEY_FIELDS:
            return self.tr("e.g. 1234.00 EUR") if item.get("currency_open") else self.tr("e.g. 1234.00")
        if column == "phone":
            return self.tr("e.g. +34 600 111 222")
        return self.tr("e.g. MXN")

    def _refuse(self, message: str, quiet: bool) -> None:
        """A text that does not read: said in red, Save disabled; ``quiet`` (the text the item
        starts with, before the person typed): nothing said yet."""
        self.reading.setText("" if quiet else message)
        self.reading.setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(False)

    def _read_live(self, text: str, quiet: bool = False) -> None:
        item = self.current()
        if item is None or not text.strip():
            self.reading.setText("")
            self.save_button.setEnabled(False)
            return
        if item["kind"] in ("flag", "timezone", "position"):
            try:
                reading = read_answer(item, text)
            except HoldReviewError as exc:
                self._refuse(f"✗ {localize(str(exc))}", quiet)
                return
            self.reading.setText(localize(reading))
            self.reading.setStyleSheet("color: #1b6e20;")
            self.save_button.setEnabled(True)
            return
        if item["kind"] == "value":
            try:
                if item["column"] in MONEY_FIELDS:  # "12345 JPY": an amount may name its currency
                    value, code = read_amount(text, item["currency"], original=item["text"],
                                              currency_open=item.get("currency_open", False),
                                              symbol=item.get("symbol"))
                else:
                    value, code = read_value(item["column"], text, item["currency"]), item["currency"]
            except ValueReviewError as exc:
                self._refuse(f"✗ {localize(str(exc))}", quiet)
                return
            if item["column"] in MONEY_FIELDS:  # an amount with its currency; a date or a phone has none
                self.reading.setText(f"{shown_amount(value, code) if code else value} {code}".strip())
            else:
                self.reading.setText(value.isoformat() if hasattr(value, "isoformat") else str(value))
            self.reading.setStyleSheet("color: #1b6e20;")
            self.save_button.setEnabled(True)
            return
        if item["column"] == "appointment" and any(i["kind"] == "timezone" and i["case_id"] == item["case_id"]
                                                   for i in self.items):
            self._refuse("✗ " + self.tr("Choose this case's time zone first: the times are read in it."), quiet)
            return
        parsed = read_correction(text, item["timezone"], lawful=self._lawful(item), today=self.today,
                                 inconvenient=item["column"] == "inconvenient",
                                 days=visiting_days(self.rules, item["country"]))
        ok = bool(parsed.windows) and not parsed.errors
        if not ok and quiet:  # the text as written, which the import could not read: why is said above
            self._refuse("", quiet)
            return
        lines = [window_text(w) for w in parsed.windows] + [f"✗ {localize(e)}" for e in parsed.errors]
        self.reading.setText("<br>".join(lines))
        self.reading.setStyleSheet("color: #1b6e20;" if ok else "color: #b00020;")
        self.save_button.setEnabled(ok)

    def _use_picked(self) -> None:
        days = [DAY_KEYS[i] for i, box in enumerate(self.day_boxes) if box.isChecked()]
        start, end = self.from_time.time().toString("HH:mm"), self.to_time.time().toString("HH:mm")
        self.editor.setText(f"{', '.join(days)} {start}-{end}" if days else f"{start}-{end}")

    # ----- decisions -----------------------------------------------------------------------
    def save_current(self):
        """Save the edited text of the current item (in the background): the pending write, or
        None when there is nothing to save."""
        item = self.current()
        if item is None or not self.save_button.isEnabled():
            return None
        return self._decide(resolve_review, self.app.uow(), item["id"], self.editor.text(), rules=self.rules,
                            today=self.today, by=self.app.actor, title=self.tr("Cannot save"))

    def dismiss_current(self, reason: str | None = None):
        """Close the current item without a window (in the background): the pending write, or None."""
        item = self.current()
        if item is None:
            return None
        if reason is None:
            if item["kind"] in ("flag", "timezone", "position"):
                reason, ok = QInputDialog.getText(self, self.tr("Keep as is"),
                                                  self.tr("Why is {case} left as it is now?").format(
                                                      case=item["case_id"]),
                                                  text=self.tr("to ask the lender"))
            elif item["kind"] == "value":
                reason, ok = QInputDialog.getText(self, self.tr("Leave unset"),
                                                  self.tr("Why is this value of {case} left unset?").format(
                                                      case=item["case_id"]),
                                                  text=self.tr("to ask the lender"))
            else:
                reason, ok = QInputDialog.getText(self, self.tr("No window"),
                                                  self.tr("Why does {case} get no window?").format(case=item["case_id"]),
                                                  text=self.tr("no time to visit in the text"))
            if not ok:
                return None
        return self._decide(dismiss_review, self.app.uow(), item["id"], by=self.app.actor, reason=reason,
                            title=self.tr("Cannot close"))

    def _decide(self, fn, *args, title: str, **kwargs):
        """Save a decision in the background (the buttons wait meanwhile); the queue moves on once
        it is saved. A busy workspace keeps the text in the editor (Retry saves it). Returns the
        pending write."""
        row = self.table.currentRow()
        for w in (self.save_button, self.dismiss_button):
            w.setEnabled(False)

        def saved(_result) -> None:
            self.reload(keep_row=row)
            self.changed.emit()

        return write(self, partial(fn, **kwargs), *args, done=saved, failed=lambda m: self._not_saved(title, m))

    def _not_saved(self, title: str, message: str) -> None:
        self.dismiss_button.setEnabled(self.current() is not None)
        self._read_live(self.editor.text())  # the save button back; the edited text is kept
        say(self, title, message)
