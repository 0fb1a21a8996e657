"""The visit form's data and its widgets: a draft (the dict ``save_draft`` stores and
``finalize_draft`` records) shown in the widgets (:meth:`VisitFormData._load`), and the widgets
read back into that dict (:meth:`VisitFormData.data`), times in the case's zone, amounts and days
as this interface writes them. A mixin of :class:`~fieldvisit.ui.visit_form.VisitForm` (its
widgets, ``case``, ``zone``, ``visit_id`` and ``replaces``); it shows no text of its own.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QTableWidgetItem

from fieldvisit.adapters.i18n import shown_amount, shown_day, stored_amount, typed_day


class VisitFormData:
    """Draft dict <-> widgets of the visit form."""

    def _qdt(self, text: str | None, default: datetime) -> QDateTime:
        value = datetime.fromisoformat(text).astimezone(self.zone) if text else default
        return QDateTime(QDate(value.year, value.month, value.day), QDateTime.fromString(value.strftime("%H:%M"), "HH:mm").time())

    def _aware(self, qdt: QDateTime) -> datetime:
        return qdt.toPython().replace(tzinfo=self.zone, second=0, microsecond=0)

    def _load(self, data: dict) -> None:
        if data.get("person_met"):
            self.person.setCurrentIndex(max(self.person.findData(data["person_met"]), 0))
        if data.get("outcome"):
            self.outcome.setCurrentIndex(max(self.outcome.findData(data["outcome"]), 0))
        if data.get("promise"):
            self.promise_box.setChecked(True)
            self.promise_amount.setText(shown_amount(data["promise"].get("amount", "")))
            if data["promise"].get("date"):
                self.promise_date.setDate(QDate.fromString(data["promise"]["date"], "yyyy-MM-dd"))
        if data.get("payment"):
            self.payment_box.setChecked(True)
            self.payment_amount.setText(shown_amount(data["payment"].get("amount", "")))
            self.payment_method.setCurrentIndex(max(self.payment_method.findData(data["payment"].get("method", "cash")), 0))
            self.receipt.setText(data["payment"].get("receipt", ""))
        self.notes.setPlainText(data.get("notes", ""))
        self.next_action.setCurrentIndex(max(self.next_action.findData(data.get("next_action", "")), 0))
        if data.get("follow_up"):
            self.follow_check.setChecked(True)
            self.follow_up.setDate(QDate.fromString(data["follow_up"], "yyyy-MM-dd"))
        self.reason.setText(data.get("reason", ""))
        proposal = data.get("agreed_proposal")
        if proposal and proposal.get("installments"):
            self.proposal_box.setChecked(True)
            for inst in proposal["installments"]:
                r = self.proposal_table.rowCount()
                self.proposal_table.insertRow(r)
                self.proposal_table.setItem(r, 0, QTableWidgetItem(shown_day(inst.get("date", ""))))
                self.proposal_table.setItem(r, 1, QTableWidgetItem(shown_amount(inst.get("amount", ""))))

    def data(self) -> dict:
        d = {"visit_id": self.visit_id, "case_id": self.case.case_id,
             "arrived_at": self._aware(self.arrived.dateTime()).isoformat(),
             "left_at": self._aware(self.left.dateTime()).isoformat(),
             "outcome": self.outcome.currentData(), "person_met": self.person.currentData(),
             "notes": self.notes.toPlainText(), "next_action": self.next_action.currentData() or "",
             "reason": self.reason.text().strip()}
        if self.promise_box.isChecked():
            d["promise"] = {"amount": stored_amount(self.promise_amount.text(), self.case.currency), "currency": self.case.currency,
                            "date": self.promise_date.date().toString("yyyy-MM-dd")}
        if self.payment_box.isChecked():
            d["payment"] = {"amount": stored_amount(self.payment_amount.text(), self.case.currency), "currency": self.case.currency,
                            "method": self.payment_method.currentData(), "receipt": self.receipt.text().strip()}
        if self.follow_check.isChecked():
            d["follow_up"] = self.follow_up.date().toString("yyyy-MM-dd")
        if self.proposal_box.isChecked():
            rows = []
            for r in range(self.proposal_table.rowCount()):
                cells = [self.proposal_table.item(r, c) for c in (0, 1)]
                texts = [c.text().strip() if c else "" for c in cells]
                if any(texts):
                    rows.append({"date": typed_day(texts[0]), "amount": stored_amount(texts[1], self.case.currency)})
            d["agreed_proposal"] = {"currency": self.case.currency, "installments": rows}
        if self.replaces:
            d["replaces"] = self.replaces
        return d
