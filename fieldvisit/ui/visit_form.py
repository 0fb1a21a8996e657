"""The visit form: what happened at the door, recorded on the spot.

Autosaves a draft every few seconds (and on every close), so nothing is lost if the laptop dies;
*Finalize* (Ctrl+Return) records the visit with the same rules as ``visits add``. A finalized
visit is never edited: *correct* opens a new form whose visit replaces the old one. A draft's
dict in and out of the widgets (``data()``) is :mod:`.visit_form_data`'s (a mixin of the form).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget,
    QVBoxLayout,
)

from fieldvisit.domain.money import AmountError
from fieldvisit.domain.plan_times import zone_city
from fieldvisit.domain.visits import PAYMENT_METHODS, Outcome, PersonMet, VisitError, parse_visit
from fieldvisit.services.errors import UserError
from fieldvisit.adapters.i18n import (  # noqa: F401 - the labels are re-exported
    METHOD_LABELS, OUTCOME_LABELS, TIME_FORMAT, date_format, localize, money, shown_amount, shown_day, stored_amount, typed_amount,
    typed_day,
)
from fieldvisit.services.visits import discard_draft, finalize_draft, preview_warnings, save_draft
from fieldvisit.ui.operation import write_queue
from fieldvisit.ui.promise_day import attach_promise_note
from fieldvisit.ui.visit_form_data import VisitFormData

AUTOSAVE_MS = 3000
NEXT_ACTIONS = {"": "", "revisit": QT_TRANSLATE_NOOP("VisitForm", "Revisit"), "call": QT_TRANSLATE_NOOP("VisitForm", "Call"),
                "wait_for_payment": QT_TRANSLATE_NOOP("VisitForm", "Wait for the payment"),
                "payment_plan": QT_TRANSLATE_NOOP("VisitForm", "Set up a payment plan"),
                "supervisor_review": QT_TRANSLATE_NOOP("VisitForm", "Supervisor review"),
                "trace": QT_TRANSLATE_NOOP("VisitForm", "Trace a new address"), "close": QT_TRANSLATE_NOOP("VisitForm", "Close")}



class VisitForm(VisitFormData, QDialog):
    finalized = Signal(dict)

    def __init__(self, app, case, *, draft: dict | None = None, draft_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.app, self.case = app, case
        self.draft_id = draft_id or str(uuid.uuid4())
        data = dict(draft or {})
        self.visit_id = data.get("visit_id") or str(uuid.uuid4())
        self.replaces = data.get("replaces")
        self.zone = ZoneInfo(case.timezone or "UTC")
        title = self.tr("Correct visit") if self.replaces else self.tr("Record visit")
        self.setWindowTitle(f"{title} — {case.name or case.case_id} ({case.case_id})")
        self.setModal(False)

        now = datetime.now(self.zone).replace(second=0, microsecond=0)
        self.arrived = QDateTimeEdit(self._qdt(data.get("arrived_at"), now - timedelta(minutes=20)))
        self.left = QDateTimeEdit(self._qdt(data.get("left_at"), now))
        for w in (self.arrived, self.left):
            w.setDisplayFormat(date_format() + " " + TIME_FORMAT)
            w.setCalendarPopup(True)
        self.person = QComboBox()
        for p, label in ((PersonMet.DEBTOR, self.tr("The borrower")), (PersonMet.THIRD_PARTY, self.tr("Someone else")),
                         (PersonMet.NOBODY, self.tr("Nobody"))):
            self.person.addItem(label, p.value)
        self.outcome = QComboBox()
        for o in Outcome:
            self.outcome.addItem(self.tr(OUTCOME_LABELS[o.value]), o.value)
        self.promise_box = QGroupBox(self.tr("Promise to pay"))
        self.promise_amount = QLineEdit(placeholderText=shown_amount("0.00"))
        self.promise_date = QDateEdit(QDate.currentDate().addDays(2))
        self.promise_date.setCalendarPopup(True)
        self.promise_date.setDisplayFormat(date_format())
        pf = QFormLayout(self.promise_box)
        pf.addRow(self.tr("Amount ({})").format(case.currency), self.promise_amount)
        pf.addRow(self.tr("Exact date"), self.promise_date)
        self.promise_note = attach_promise_note(self, pf)  # a business day; a Sunday or holiday is said
        self.payment_box = QGroupBox(self.tr("Payment received"))
        self.payment_amount = QLineEdit(placeholderText=shown_amount("0.00"))
        self.payment_method = QComboBox()
        for method in PAYMENT_METHODS:
            self.payment_method.addItem(self.tr(METHOD_LABELS.get(method, method)), method)
        self.receipt = QLineEdit(placeholderText=self.tr("receipt number"))
        yf = QFormLayout(self.payment_box)
        yf.addRow(self.tr("Amount ({})").format(case.currency), self.payment_amount)
        yf.addRow(self.tr("Method"), self.payment_method)
        yf.addRow(self.tr("Receipt"), self.receipt)
        for box in (self.promise_box, self.payment_box):
            box.setCheckable(True)
            box.setChecked(False)
        self.proposal_box = QGroupBox(self.tr("Agreed repayment plan"))
        self.proposal_box.setCheckable(True)
        self.proposal_box.setChecked(False)
        self.proposal_table = QTableWidget(0, 2)
        self.proposal_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount")])
        self.proposal_table.horizontalHeader().setStretchLastSection(True)
        self.proposal_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.proposal_table.setMaximumHeight(130)
        add_row = QPushButton(self.tr("Add installment"))
        add_row.clicked.connect(lambda: self.proposal_table.insertRow(self.proposal_table.rowCount()))
        del_row = QPushButton(self.tr("Remove installment"))
        del_row.clicked.connect(lambda: self.proposal_table.removeRow(self.proposal_table.currentRow()))
        pl = QVBoxLayout(self.proposal_box)
        pl.addWidget(self.proposal_table)
        row = QHBoxLayout()
        row.addWidget(add_row)
        row.addWidget(del_row)
        row.addStretch(1)
        pl.addLayout(row)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said, what was agreed (no debt details for anyone but the borrower)"))
        self.next_action = QComboBox()
        for code, label in NEXT_ACTIONS.items():
            self.next_action.addItem(self.tr(label) if label else "", code)
        self.follow_check = QCheckBox(self.tr("Follow up on"))
        self.follow_up = QDateEdit(QDate.currentDate().addDays(3))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(date_format())
        self.reason = QLineEdit(placeholderText=self.tr("Why, if this visit is outside the rules"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        self.status = QLabel()
        self.status.setStyleSheet("color: #607d8b")

        form = QFormLayout()
        form.addRow(self.tr("Arrived") + self._zone_aside(), self.arrived)
        form.addRow(self.tr("Left"), self.left)
        form.addRow(self.tr("Person met"), self.person)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.promise_box)
        form.addRow(self.payment_box)
        form.addRow(self.proposal_box)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Next step"), self.next_action)
        form.addRow(self.follow_check, self.follow_up)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox()
        self.finalize_button = buttons.addButton(self.tr("Finalize"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.finalize_button.setToolTip(self.tr("Record the visit (Ctrl+Return); it cannot be edited afterwards"))
        self.later_button = buttons.addButton(self.tr("Save draft and close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.discard_button = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.finalize_button.clicked.connect(self.finalize)
        self.later_button.clicked.connect(self.close)
        self.discard_button.clicked.connect(self.discard)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.finalize)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._load(data)
        self.person.currentIndexChanged.connect(self._sync_enabled)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._sync_enabled()
        self._dirty = bool(draft)
        for w in (self.arrived, self.left, self.promise_date, self.follow_up):
            w.dateTimeChanged.connect(self._touch)
        for signal in (self.person.currentIndexChanged, self.outcome.currentIndexChanged,
                       self.promise_amount.textChanged, self.payment_amount.textChanged, self.receipt.textChanged,
                       self.notes.textChanged, self.next_action.currentIndexChanged, self.reason.textChanged,
                       self.promise_box.toggled, self.payment_box.toggled, self.follow_check.toggled,
                       self.proposal_box.toggled, self.proposal_table.itemChanged,
                       self.payment_method.currentIndexChanged):
            signal.connect(self._touch)
        self.timer = QTimer(self, interval=AUTOSAVE_MS, timeout=self.autosave)
        self.timer.start()
        self._done = False
        self._saving = False

    # ----- behaviour ----------------------------------------------------------------------
    def _touch(self, *_args) -> None:
        self._dirty = True

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        if outcome == "promise_to_pay":
            self.promise_box.setChecked(True)
        if outcome in ("paid_in_full", "partial_payment", "settled"):
            self.payment_box.setChecked(True)
            if outcome == "paid_in_full" and not self.payment_amount.text() and self.case.balance_known:
                self.payment_amount.setText(shown_amount(self.case.balance))
        if outcome == "third_party":
            self.person.setCurrentIndex(self.person.findData("third_party"))
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        debtor = self.person.currentData() == "debtor"
        # Nothing about the debt is asked or recorded with anyone but the borrower.
        for box in (self.promise_box, self.payment_box):
            box.setEnabled(debtor)
            if not debtor:
                box.setChecked(False)

    def validate(self) -> str:
        example = shown_amount("12345.67")
        typed = [(self.promise_box, self.tr("promise"), self.promise_amount.text()),
                 (self.payment_box, self.tr("payment"), self.payment_amount.text())]
        if self.proposal_box.isChecked():
            typed += [(self.proposal_box, self.tr("plan"), item.text()) for r in range(self.proposal_table.rowCount())
                      if (item := self.proposal_table.item(r, 1)) is not None and item.text().strip()]
        for box, what, text in typed:
            if box.isChecked() and text.strip():
                try:
                    typed_amount(text, self.case.currency)
                except AmountError:
                    return self.tr("The {what} amount “{text}” is not a number as this interface writes them; type "
                                   "it like {example}.").format(what=what, text=text.strip(), example=example)
        try:
            parse_visit(self.data(), default_currency=self.case.currency, now=datetime.now(UTC))
            return ""
        except VisitError as exc:
            return localize(exc.args[0])

    def _alive(self, callback):
        """``callback`` unless this form was deleted meanwhile (a write finishing after close)."""
        def call(value) -> None:
            try:
                self.objectName()
            except RuntimeError:  # the C++ side is gone: nothing to show the result in
                return
            callback(value)

        return call

    def autosave(self) -> None:
        """Save the draft in the background (never on the UI thread); a save that finds the
        workspace busy says so and is tried again at the next tick."""
        if not self._dirty or self._done or self._saving:
            return
        self._dirty, self._saving = False, True
        write_queue().submit(save_draft, self.app.uow(), self.draft_id, self.case.case_id, self.data(),
                             on_success=self._alive(self._saved), on_failure=self._alive(self._not_saved))

    def _saved(self, _result) -> None:
        self._saving = False
        if not self._done:
            # in the case's clock, as "Arrived" and "Left" (BRK16b #16: the computer's clock showed beside them)
            self.status.setText(self.tr("Draft saved {}").format(datetime.now(self.zone).strftime("%H:%M:%S"))
                                + self._zone_aside())

    def _zone_aside(self) -> str:
        """" (Helsinki time)" when the case's clock differs from this computer's now, else ""."""
        now = datetime.now(UTC)
        if now.astimezone(self.zone).utcoffset() == now.astimezone().utcoffset():
            return ""
        return " " + self.tr("({zone} time)").format(zone=zone_city(str(self.zone)))

    def _not_saved(self, message: str) -> None:
        self._saving, self._dirty = False, True
        if not self._done:
            self.status.setText(self.tr("Draft not saved yet ({}); trying again in a few seconds.").format(message))

    def finalize(self) -> None:
        self.error.setText("")
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            return
        if not self.confirm_above_balance():
            return
        rules = self.app.rules()
        try:
            warnings = preview_warnings(self.app.uow(), self.data(), rules)
        except UserError as exc:
            self.error.setText(localize(str(exc)))
            return
        if warnings and not self.reason.text().strip():
            self.error.setText(self.tr("This visit is outside the conduct rules ({}); write the reason before "
                                       "finalizing.").format("; ".join(localize(w) for w in warnings)))
            self.reason.setFocus()
            return
        self.timer.stop()
        self._set_busy(True)
        self.status.setText(self.tr("Recording the visit…"))
        write_queue().submit(finalize_draft, self.app.uow(), self.draft_id, self.data(), rules,
                             on_success=self._alive(self._finalized), on_failure=self._alive(self._not_finalized))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.finalize_button, self.later_button, self.discard_button):
            button.setEnabled(not busy)

    def _finalized(self, result) -> None:
        self._done = True
        self.finalized.emit(result)
        self.accept()

    def above_balance(self) -> list[str]:
        """What is above the case's balance: a promise or payment the supervisor should check."""
        out = []
        d = self.data()
        for key, what in (("promise", self.tr("The promise")), ("payment", self.tr("The payment"))):
            if key in d and self.case.balance_known and Decimal(d[key]["amount"]) > self.case.balance:
                out.append(self.tr("{what} of {amount} is more than the balance of {balance}.").format(
                    what=what, amount=money(d[key]["amount"], self.case.currency),
                    balance=money(self.case.balance, self.case.currency)))
        return out

    def confirm_above_balance(self) -> bool:
        """Ask before recording an amount above the balance (the desk flags it for the supervisor)."""
        above = self.above_balance()
        if not above:
            return True
        answer = QMessageBox.question(
            self, self.tr("More than the balance"),
            " ".join(above) + "\n\n" + self.tr("Record it anyway? Your supervisor will see it flagged."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _not_finalized(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText("")
        self.error.setText(message)
        self._dirty = True
        self.timer.start()

    def discard(self) -> None:
        self._done = True
        self.timer.stop()
        write_queue().submit(discard_draft, self.app.uow(), self.draft_id)
        self.reject()

    def _save_on_close(self) -> None:
        """Closing queues the last save behind any running one (the queue keeps the order)."""
        if not self._done:
            self._done = True
            self.timer.stop()
            write_queue().submit(save_draft, self.app.uow(), self.draft_id, self.case.case_id, self.data())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._save_on_close()
        super().closeEvent(event)

    def reject(self) -> None:
        self._save_on_close()
        super().reject()
