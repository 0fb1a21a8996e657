"""The planner's "Plan week…": a collector's cases spread over the next working days (the same
planning as ``fieldvisit plan-week``), run in the background with progress and cancel; the days
are listed with their visits and follow-ups, and each opens in the planner's timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.day_plans import DayPassed, make_request
from fieldvisit.services.week_plans import MAX_DAYS, plan_week_steps, planned_days, week_dates
from fieldvisit.ui.operation import Operation


def compute_week(app, collector: str, shift: str, tz: str, mode: str, service: int | None, start: date,
                 days: int, as_of: date, time_limit: float, replace: bool = False):
    """Runs in a worker thread (a generator: progress per day, cancel between days)."""
    from fieldvisit.bootstrap import routing_solver

    def request_for(day):
        return make_request(app.uow(), day=day, collector=collector, start=None, shift=shift, tz=None, mode=mode,
                            service_minutes=service, zones=app.zones, system_tz=tz, as_of=as_of)

    try:
        request_for(start)  # a collector without a start point is refused before anything is planned
    except DayPassed:
        pass  # days that have passed are skipped by the week
    return (yield from plan_week_steps(app.uow(), request_for, start, days, as_of, app.travel(mode),
                                       routing_solver(), time_limit, rules=app.rules(), replace=replace))


class WeekDialog(QDialog):
    open_day = Signal(object)  # datetime.date of the day to open in the planner

    def __init__(self, app, progress, collector: str, shift: str, mode: str, start: date, parent=None) -> None:
        super().__init__(parent)
        self.app, self.progress = app, progress
        self.collector, self.shift, self.mode = collector, shift, mode
        self.operation: Operation | None = None
        self.result: dict | None = None
        self.setWindowTitle(self.tr("Plan week — {}").format(collector))
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(5)
        self.days.setSuffix(" " + self.tr("working days"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setDefault(True)
        self.plan_button.setToolTip(self.tr("Spread the cases over these days; each day is saved as its own plan"))
        self.plan_button.clicked.connect(self.plan)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.start)
        row.addWidget(self.days)
        row.addStretch(1)
        row.addWidget(self.plan_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Visits"), self.tr("Follow-ups"), self.tr("Km")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.summary = QLabel(self.tr("Choose the first day and how many working days, then Plan."))
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open day"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(self.tr("Show this day in the planner's timeline (Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def plan(self) -> None:
        if self.operation is not None:
            return
        start = self.start.date().toPython()
        dates = week_dates(self.app.uow(), start, self.days.value(), self.app.rules(), self.collector)
        saved = planned_days(self.app.uow(), self.collector, dates)
        replace = self.confirm_replace(saved) if saved else False
        if replace is None:
            return
        self.plan_button.setEnabled(False)
        service = int(self.app.setting("service_minutes") or 0) or None
        self.operation = (Operation(self, compute_week, self.app, self.collector, self.shift, self.app.default_timezone,
                                    self.mode, service, start, self.days.value(), date.today(), 1.0, replace)
                          .success(self.show_week).failure(self._failed).with_progress(self.progress))
        self.operation.finished.connect(self._finished)
        self.operation.start(self.tr("Planning {}'s week…").format(self.collector))

    def replace_question(self, saved: dict[date, int]) -> QMessageBox:
        """The question asked when some of the week's days already have a saved plan."""
        days = ", ".join(QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM") for d in sorted(saved))
        text = self.tr("{n} of these days already have a plan: {days}.").format(n=len(saved), days=days)
        recorded = sum(saved.values())
        if recorded:
            text += " " + self.tr("Visits already recorded on them: {n}.").format(n=recorded)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Days already planned"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Keep those days as they are (their visits count for the week), "
                                       "or plan them again?"))
        box.keep = box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.AcceptRole)
        box.replace = box.addButton(self.tr("Plan them again"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.keep)
        return box

    def confirm_replace(self, saved: dict[date, int]) -> bool | None:
        """True: plan the saved days again; False: keep them; None: cancelled."""
        box = self.replace_question(saved)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is box.replace else False if clicked is box.keep else None

    def _finished(self) -> None:
        self.operation = None
        self.plan_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def show_week(self, data: dict) -> None:
        self.result = data
        self.table.setRowCount(len(data["days"]))
        for row, d in enumerate(data["days"]):
            day = date.fromisoformat(d["date"])
            cells = [QDate(day.year, day.month, day.day).toString("ddd d MMM yyyy"), str(len(d["stops"])),
                     str(sum(1 for s in d["stops"] if s.get("follow_up"))), f"{d['total_distance_m'] / 1000:.1f}"]
            if d.get("kept"):
                cells[0] += " · " + self.tr("kept")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d["date"])
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if data["days"]:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(data["days"]))
        text = " ".join([  # each count its own %n plural
            self.tr("%n visits", "", sum(len(d["stops"]) for d in data["days"]))
            + self.tr(" over %n days;", "", len(data["days"])),
            self.tr("%n cases planned on no day.", "", len(data["unplanned"]))])
        if data.get("kept"):
            text += " " + self.tr("Kept as already planned: {}.").format(", ".join(data["kept"]))
        if data["holidays"]:
            text += " " + self.tr("Holidays skipped: {}.").format(", ".join(data["holidays"]))
        if data.get("workdays"):
            text += " " + self.tr("Weekend days that are official working days: {}.").format(", ".join(data["workdays"]))
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(f"{u['case_id']}: {localize(u['text'])}" for u in data["unplanned"][:40]))

    def open_selected(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.open_day.emit(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))
