"""The day planner: date, collector, shift and mode; "Plan day" in the background; a timeline of
stops (drag to reorder, lock, remove, re-optimise) whose times are recomputed at once; "Plan
week…" spreads the cases over working days and opens any of them here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QTimeEdit, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import localize
from fieldvisit.domain.plan import Plan
from fieldvisit.services.day_plans import make_request, plan_and_save, plan_json
from fieldvisit.services.plan_day import retime
from fieldvisit.ui.operation import Operation

MODES = [("car", QT_TRANSLATE_NOOP("PlannerPanel", "Car")), ("motorbike", QT_TRANSLATE_NOOP("PlannerPanel", "Motorbike")),
         ("bicycle", QT_TRANSLATE_NOOP("PlannerPanel", "Bicycle")), ("walk", QT_TRANSLATE_NOOP("PlannerPanel", "Walk")),
         ("public_transport", QT_TRANSLATE_NOOP("PlannerPanel", "Public transport"))]


def compute_plan(app, req, as_of: date, excluded: set[str], time_limit: float):
    """Runs in a worker thread: the same planning as ``fieldvisit plan``, plus what the timeline
    needs to re-time hand edits at once."""
    from fieldvisit.bootstrap import routing_solver

    travel = app.travel(req.mode)
    plan, session, data = plan_and_save(app.uow(), req, as_of, travel, routing_solver(), time_limit,
                                        rules=app.rules(), excluded=frozenset(excluded))
    return plan, session, travel, data


def open_plan(app, req, as_of: date):
    """Runs in a worker thread: a saved day (from the week) as the timeline shows it."""
    from fieldvisit.services.day_plans import plan_json as as_json
    from fieldvisit.services.week_plans import open_day

    travel = app.travel(req.mode)
    plan, session = open_day(app.uow(), req, as_of, travel, rules=app.rules())
    return plan, session, travel, as_json(plan, {k: v.name for k, v in session.cases.items()})


class PlannerPanel(QWidget):
    stop_selected = Signal(str)
    plan_changed = Signal(dict)  # plan_json of the current timeline
    busy = Signal(bool)

    def __init__(self, app, progress, parent=None) -> None:
        super().__init__(parent)
        self.app, self.progress = app, progress
        self.session = None
        self.travel = None
        self.plan: Plan | None = None
        self.excluded: set[str] = set()
        self.locked: dict[str, datetime | None] = {}
        self.operation: Operation | None = None
        self.time_limit = 1.5

        self.day = QDateEdit(QDate.currentDate().addDays(1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.collector = QComboBox()
        self.shift_start = QTimeEdit(QTime(9, 0))
        self.shift_end = QTimeEdit(QTime(18, 0))
        self.mode = QComboBox()
        for key, label in MODES:
            self.mode.addItem(self.tr(label), key)
        self.plan_button = QPushButton(self.tr("Plan day"))
        self.plan_button.setDefault(True)
        self.plan_button.setToolTip(self.tr("Plan the day in the background (Ctrl+P)"))
        self.plan_button.clicked.connect(self.plan_day)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.plan_day)

        row = QHBoxLayout()
        for label, widget in ((self.tr("Date"), self.day), (self.tr("Collector"), self.collector),
                              (self.tr("Shift"), self.shift_start), ("–", self.shift_end),
                              (self.tr("Mode"), self.mode)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.plan_button)
        self.week_button = QPushButton(self.tr("Plan week…"))
        self.week_button.setToolTip(self.tr("Spread this collector's cases over the next working days (Ctrl+Shift+P)"))
        self.week_button.clicked.connect(self.plan_week)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.plan_week)
        row.addWidget(self.week_button)

        self.timeline = QListWidget()
        self.timeline.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.model().rowsMoved.connect(lambda *a: self.retime())
        self.timeline.currentItemChanged.connect(self._current_changed)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Keep this visit at this time when re-optimising (L)"))
        self.lock_button.clicked.connect(self.toggle_lock)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take this visit out of the day (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reopt_button = QPushButton(self.tr("Re-optimise"))
        self.reopt_button.setToolTip(self.tr("Plan again around locked visits, without removed ones"))
        self.reopt_button.clicked.connect(self.plan_day)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.timeline, activated=self.remove_selected)
        QShortcut(QKeySequence("L"), self.timeline, activated=self.toggle_lock)
        self.summary = QLabel(self.tr("Choose a day and a collector, then Plan day."))
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for b in (self.lock_button, self.remove_button, self.reopt_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)

    def apply_settings(self, values: dict) -> None:
        """The workspace's shift and travel mode as this panel's defaults."""
        start, end = (values.get("shift") or "09:00-18:00").split("-")
        self.shift_start.setTime(QTime.fromString(start, "HH:mm"))
        self.shift_end.setTime(QTime.fromString(end, "HH:mm"))
        index = self.mode.findData(values.get("travel_mode") or "car")
        if index >= 0:
            self.mode.setCurrentIndex(index)

    def set_collectors(self, names: list[str]) -> None:
        current = self.collector.currentText()
        self.collector.clear()
        self.collector.addItems(names)
        if current in names:
            self.collector.setCurrentText(current)

    def request(self):
        day = self.day.date().toPython()
        shift = f"{self.shift_start.time().toString('HH:mm')}-{self.shift_end.time().toString('HH:mm')}"
        req = make_request(self.app.uow(), day=day, collector=self.collector.currentText(), start=None,
                           shift=shift, tz=self.app.default_timezone, mode=self.mode.currentData(),
                           service_minutes=int(self.app.setting("service_minutes") or 0) or None)
        req.locked = {k: v for k, v in self.locked.items()}
        return req

    def plan_day(self) -> None:
        if self.operation is not None or not self.collector.currentText():
            return
        try:
            req = self.request()
        except Exception as exc:  # noqa: BLE001 - UserError text shown in place
            self.summary.setText(localize(str(exc)))
            return
        self.plan_button.setEnabled(False)
        self.busy.emit(True)
        self.operation = (Operation(self, compute_plan, self.app, req, date.today(), set(self.excluded), self.time_limit)
                          .success(self._planned).failure(self._failed).with_progress(self.progress))
        self.operation.finished.connect(self._finished)
        self.operation.start(self.tr("Planning {}'s day…").format(req.collector))

    def plan_week(self) -> None:
        """Open the week dialog for the chosen collector, shift and mode."""
        from fieldvisit.ui.week_dialog import WeekDialog

        if not self.collector.currentText():
            return
        shift = f"{self.shift_start.time().toString('HH:mm')}-{self.shift_end.time().toString('HH:mm')}"
        dialog = WeekDialog(self.app, self.progress, self.collector.currentText(), shift, self.mode.currentData(),
                            self.day.date().toPython(), self)
        dialog.open_day.connect(self.open_saved_day)
        self.week_dialog = dialog
        dialog.show()

    def open_saved_day(self, day: date) -> None:
        """Show the saved plan of ``day`` in the timeline (re-timed, ready for hand edits)."""
        if self.operation is not None:
            return
        self.day.setDate(QDate(day.year, day.month, day.day))
        try:
            req = self.request()
        except Exception as exc:  # noqa: BLE001 - UserError text shown in place
            self.summary.setText(localize(str(exc)))
            return
        self.busy.emit(True)
        self.operation = (Operation(self, open_plan, self.app, req, date.today())
                          .success(self._planned).failure(self._failed).with_progress(self.progress))
        self.operation.finished.connect(self._finished)
        self.operation.start(self.tr("Opening {}'s day…").format(req.collector))

    def _finished(self) -> None:
        self.operation = None
        self.plan_button.setEnabled(True)
        self.busy.emit(False)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def _planned(self, result) -> None:
        self.plan, self.session, self.travel, data = result
        self.show_plan(self.plan)

    def retime(self) -> None:
        if self.session is None:
            return
        ids = [self.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.timeline.count())]
        self.session.request.locked = dict(self.locked)
        self.show_plan(retime(self.session, ids, self.travel), keep_selection=True)

    def show_plan(self, plan: Plan, keep_selection: bool = False) -> None:
        self.plan = plan
        current = self.current_case()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for i, s in enumerate(plan.stops, 1):
            case = self.session.cases.get(s.case_id) if self.session else None
            window = ("  ·  " + self.tr("window {start}–{end}").format(
                start=f"{s.window[0]:%H:%M}", end=f"{s.window[1]:%H:%M}")) if s.window else ""
            wait = ("  ·  " + self.tr("waits {} min").format(s.wait_seconds // 60)) if s.wait_seconds >= 60 else ""
            if s.window and s.late_seconds == 0:
                wait += "  ·  " + self.tr("slack {} min").format(s.slack_seconds // 60)
            lock = "🔒 " if s.case_id in self.locked else ""
            item = QListWidgetItem(f"{lock}{i}. {s.start:%H:%M}–{s.departure:%H:%M}  {s.case_id}  "
                                   f"{case.name if case else ''}{window}{wait}")
            item.setData(Qt.ItemDataRole.UserRole, s.case_id)
            if s.late_seconds > 0:
                item.setBackground(QBrush(QColor("#ffcdd2")))
                item.setToolTip(self.tr("Misses its window by {} min").format(s.late_seconds // 60))
            self.timeline.addItem(item)
        self.timeline.blockSignals(False)
        if keep_selection and current:
            self.select_case(current)
        lunch = (" " + self.tr("Lunch {}.").format(f"{plan.lunch_at:%H:%M}")) if plan.lunch_at else ""
        text = self.tr("{n} visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.").format(
            n=len(plan.stops), km=plan.total_distance_m / 1000, mins=plan.total_travel_seconds // 60,
            leave=f"{plan.leave_at:%H:%M}", back=f"{plan.return_at:%H:%M}") + lunch
        unplanned = getattr(plan, "unplanned", None) or []
        if unplanned:
            text += " " + self.tr("{n} cases not planned (point here to see why).").format(n=len(unplanned))
        self.summary.setToolTip("\n".join(f"{u.case_id}: {localize(u.text)}" for u in unplanned[:40]))
        if plan.violations:
            text += " ⚠ " + "; ".join(localize(v) for v in plan.violations[:3])
            self.summary.setStyleSheet("color: #b71c1c")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        names = self.session.cases if self.session else {}
        self.plan_changed.emit(plan_json(plan, {k: v.name for k, v in names.items()}))

    def current_case(self) -> str | None:
        item = self.timeline.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_case(self, case_id: str) -> None:
        for i in range(self.timeline.count()):
            if self.timeline.item(i).data(Qt.ItemDataRole.UserRole) == case_id:
                self.timeline.blockSignals(True)
                self.timeline.setCurrentRow(i)
                self.timeline.blockSignals(False)
                return
        self.timeline.clearSelection()

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.stop_selected.emit(current.data(Qt.ItemDataRole.UserRole))

    def toggle_lock(self) -> None:
        case_id = self.current_case()
        if case_id is None or self.plan is None:
            return
        if case_id in self.locked:
            del self.locked[case_id]
        else:
            stop = next(s for s in self.plan.stops if s.case_id == case_id)
            self.locked[case_id] = stop.start
        self.retime()

    def remove_selected(self) -> None:
        case_id = self.current_case()
        if case_id is None:
            return
        self.excluded.add(case_id)
        self.locked.pop(case_id, None)
        self.timeline.takeItem(self.timeline.currentRow())
        self.retime()
