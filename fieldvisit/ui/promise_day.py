"""The visit form's promise date: it starts on a business day of the debtor (two days on, moved
past a Sunday or a public holiday), and a line under it says when the date chosen is a Sunday or
a public holiday, naming the next business day to agree explicitly, or lies beyond the three
days a promise is pinned to (a 2099 date typed by mistake) — before the visit is saved
(the same note the recorded visit then carries; services/promise_days.py)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.errors import UserError
from fieldvisit.services.promise_days import business_day_from, promise_note_for


def attach_promise_note(form, layout: QFormLayout) -> QLabel:
    """Give ``form`` (a VisitForm with ``app``, ``case`` and ``promise_date``) a business-day
    default and a note row in ``layout``; returns the note label (empty when the date is fine)."""
    note = QLabel(wordWrap=True)
    note.setStyleSheet("color: #e65100")
    layout.addRow("", note)
    try:
        start = business_day_from(form.app.uow(), form.case.case_id, form.promise_date.date().toPython())
        form.promise_date.setDate(QDate(start.year, start.month, start.day))
    except UserError:  # wrong holiday settings: Settings says so; the form keeps its default
        pass

    def show() -> None:
        try:
            made_on = form.arrived.date().toPython() if hasattr(form, "arrived") else None
            notes = promise_note_for(form.app.uow(), form.case.case_id, form.promise_date.date().toPython(), made_on)
        except UserError as exc:
            notes = [str(exc)]
        lines = [localize(n) for n in notes]
        shown = "\n".join(t[:1].upper() + t[1:] for t in lines)
        note.setText(shown)
        # a wrapped label in a form row does not grow by itself: room for the whole sentence
        note.setMinimumHeight(note.fontMetrics().lineSpacing() * 4 * len(lines) if shown else 0)

    form.promise_date.dateChanged.connect(show)
    if hasattr(form, "arrived"):  # "within three days" counts from the visit's day
        form.arrived.dateTimeChanged.connect(show)
    show()
    return note
