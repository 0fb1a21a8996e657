"""The day planner: date, collector, shift and mode; "Plan day" in the background; a timeline of
stops (drag to reorder, lock, remove, re-optimise) whose times are recomputed at once; "Plan
week…" spreads the cases over working days and opens any of them here.

The day keeps itself: the plan saved for the chosen date and collector is shown again (when the
app reopens, or the date or collector is picked again); stops show their state from the visits
recorded (to visit / done / not home); *Re-plan from here* plans the rest of the day from the
current stop and time, keeping what is done; planning again over recorded visits asks first."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton,
    QTimeEdit, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import TIME_FORMAT, date_format, day_text, localize
from fieldvisit.domain.plan import Plan
from fieldvisit.services.collectors import NoStartPoint
from fieldvisit.services.day_plans import make_request, plan_and_save
from fieldvisit.services.day_state import recorded_count, replan_rest, saved_plan, stop_states, with_states
from fieldvisit.ui.day_timeline import stop_item, summary_text
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.timeline_edits import TimelineEdits

MODES = [("car", QT_TRANSLATE_NOOP("PlannerPanel", "Car")), ("motorbike", QT_TRANSLATE_NOOP("PlannerPanel", "Motorbike")),
         ("bicycle", QT_TRANSLATE_NOOP("PlannerPanel", "Bicycle")), ("walk", QT_TRANSLATE_NOOP("PlannerPanel", "Walk")),
         ("public_transport", QT_TRANSLATE_NOOP("PlannerPanel", "Public transport"))]


def compute_plan(app, req, as_of: date, excluded: set[str], time_limit: float, kept: list[dict] | None = None,
                 at: datetime | None = None, origin: dict | None = None, first: dict | None = None):
    """Runs in a worker thread: the same planning as ``fieldvisit plan``, plus what the timeline
    needs to re-time hand edits at once. With ``kept`` (done stops), only the rest of the day is
    planned, from ``origin`` (the current stop) at ``at`` (now) — see ``services.day_state``."""
    from fieldvisit.bootstrap import routing_solver

    travel = app.travel(req.mode)
    if kept is None:
        plan, session, data = plan_and_save(app.uow(), req, as_of, travel, routing_solver(), time_limit,
                                            rules=app.rules(), excluded=frozenset(excluded))
    else:
        plan, session, data = replan_rest(app.uow(), req, kept, at, as_of, travel, routing_solver(), time_limit,
                                          rules=app.rules(), excluded=frozenset(excluded), first=first, origin=origin)
    return plan, session, travel, data


class PlannerPanel(TimelineEdits, QWidget):
    stop_selected = Signal(str)
    plan_changed = Signal(dict)  # plan_json of the day, stops with state / outcome / follow_up
    busy = Signal(bool)
    start_point_needed = Signal(str)  # collector without a start point (the window asks for one)

    def __init__(self, app, progress, parent=None) -> None:
        super().__init__(parent)
        self.app, self.progress = app, progress
        self.session = None
        self.travel = None
        self.plan: Plan | None = None  # the planned (or re-timed) part of the day
        self.data: dict | None = None  # the whole day as saved (plan_json), without states
        self.kept: list[dict] = []  # done stops kept ahead of ``plan`` (after Re-plan from here)
        self.states: dict[str, dict] = {}
        self.excluded: set[str] = set()
        self.locked: dict[str, datetime | None] = {}
        self.operation: Operation | None = None
        self.time_limit = 1.5
        self.unplanned: list[dict] = []
        self.preferred_collector = ""  # the one picked last time in this workspace
        self.undo_stack = getattr(parent, "undo_stack", None) or QUndoStack(self)  # the window's: Ctrl+Z

        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.collector = QComboBox()
        self.collector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.collector.setMinimumContentsLength(14)
        self.shift_start = QTimeEdit(QTime(9, 0))
        self.shift_end = QTimeEdit(QTime(18, 0))
        for edit in (self.shift_start, self.shift_end):  # 24-hour, as the timeline (BRK16b #16)
            edit.setDisplayFormat(TIME_FORMAT)
        self.mode = QComboBox()
        for key, label in MODES:
            self.mode.addItem(self.tr(label), key)
        self.plan_button = QPushButton(self.tr("Plan day"))
        self.plan_button.setDefault(True)
        self.plan_button.setToolTip(self.tr("Plan the day in the background (Ctrl+P)"))
        self.plan_button.clicked.connect(self.plan_day)
        # Ctrl+P is the window's View → Plan day action (a second shortcut here made the key
        # ambiguous, so it did nothing)

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
        self.timeline.model().rowsMoved.connect(lambda *a: self._reordered())
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
        self.replan_button = QPushButton(self.tr("Re-plan from here"))
        self.replan_button.setToolTip(self.tr("Plan the rest of the day from the selected stop and the current "
                                              "time, keeping the visits done (Ctrl+Shift+R)"))
        self.replan_button.clicked.connect(self.replan_from_here)
        self.unplanned_button = QPushButton()
        self.unplanned_button.setToolTip(self.tr("Cases left out of the day, and why (Ctrl+Shift+N)"))
        self.unplanned_button.clicked.connect(self.show_not_planned)
        self.unplanned_button.setVisible(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.timeline, activated=self.remove_selected)
        QShortcut(QKeySequence("L"), self.timeline, activated=self.toggle_lock)
        self.summary = QLabel(self.tr("Choose a day and a collector, then Plan day."))
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for b in (self.unplanned_button, self.lock_button, self.remove_button, self.reopt_button, self.replan_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)
        self.day.dateChanged.connect(lambda _d: self.load_saved())
        self.collector.currentTextChanged.connect(lambda _t: self.load_saved())

    def apply_settings(self, values: dict) -> None:
        """The workspace's shift and travel mode as this panel's defaults."""
        start, end = (values.get("shift") or "09:00-18:00").split("-")
        self.shift_start.setTime(QTime.fromString(start, "HH:mm"))
        self.shift_end.setTime(QTime.fromString(end, "HH:mm"))
        index = self.mode.findData(values.get("travel_mode") or "car")
        if index >= 0:
            self.mode.setCurrentIndex(index)

    def set_collectors(self, names: list[str]) -> None:
        current = self.collector.currentText() or self.preferred_collector
        self.collector.blockSignals(True)
        self.collector.clear()
        self.collector.addItems(names)
        if current in names:
            self.collector.setCurrentText(current)
        self.collector.blockSignals(False)
        if self.collector.currentText() != current or self.data is None:
            self.load_saved()

    def request(self):
        day = self.day.date().toPython()
        shift = f"{self.shift_start.time().toString('HH:mm')}-{self.shift_end.time().toString('HH:mm')}"
        req = make_request(self.app.uow(), day=day, collector=self.collector.currentText(), start=None,
                           shift=shift, tz=None, zones=self.app.zones, system_tz=self.app.default_timezone,
                           mode=self.mode.currentData(),
                           service_minutes=int(self.app.setting("service_minutes") or 0) or None)
        req.locked = {k: v for k, v in self.locked.items()}
        return req

    # ----- the saved day -------------------------------------------------------------------
    def load_saved(self) -> None:
        """Show the plan saved for the chosen date and collector (or an empty timeline)."""
        if self.operation is not None:
            return
        name = self.collector.currentText()
        data = saved_plan(self.app.uow(), self.day.date().toPython(), name) if name else None
        self.session = self.travel = self.plan = None
        self.excluded, self.locked = set(), {}
        self.data = data
        if data is None:
            self.kept, self.states, self.unplanned = [], {}, []
            self.timeline.clear()
            self.unplanned_button.setVisible(False)
            self.replan_button.setEnabled(False)
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("No plan for this day yet: Plan day (Ctrl+P)."))
            self.plan_changed.emit({})
            return
        self.states = stop_states(self.app.uow(), data)
        self.kept = [s for s in data["stops"] if self.states.get(s["case_id"], {}).get("state") == "done"]
        self.locked = {s["case_id"]: datetime.fromisoformat(s["start"]) for s in data["stops"] if s.get("locked")}
        self.unplanned = list(data.get("unplanned") or [])
        self.render()

    def refresh_states(self) -> None:
        """Read the day's recorded visits again (after a visit is finalized)."""
        if self.data is not None:
            self.states = stop_states(self.app.uow(), self.data)
            self.render(keep_selection=True)

    def shown_day(self) -> dict:
        """The day as shown: plan_json with each stop's state, outcome and follow-up mark."""
        return with_states(self.data, self.states) if self.data else {}

    # ----- planning ------------------------------------------------------------------------
    def ask_replace(self, recorded: int) -> str:
        """"replan", "replace" or "cancel": the day already has ``recorded`` visits."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace this day's plan?"),
                          self.tr("%n visits are already recorded on this day. Re-plan from here keeps them and "
                                  "plans the rest of the day; Replace plans the whole day again (the recorded "
                                  "visits are kept either way).", "", recorded), parent=self)
        replan = box.addButton(self.tr("Re-plan from here"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replan)
        box.exec()
        return "replan" if box.clickedButton() is replan else "replace" if box.clickedButton() is replace else "cancel"

    def plan_day(self) -> None:
        if self.operation is not None or not self.collector.currentText():
            return
        recorded = recorded_count(self.data, self.states)
        if recorded:
            answer = self.ask_replace(recorded)
            if answer == "replan":
                self.replan_from_here()
                return
            if answer != "replace":
                return
        self._start(kept=None)

    def replan_from_here(self) -> None:
        """Plan the rest of the day from the current stop and time, keeping the visits done."""
        if self.operation is not None or not self.data:
            return
        day = self.shown_day()
        kept = [{k: v for k, v in s.items() if k not in ("state", "outcome")} for s in day["stops"]
                if s["state"] == "done"]
        chosen = self.current_case()
        origin = next((s for s in day["stops"] if s["case_id"] == chosen), None)  # default: the last done
        at = datetime.now().astimezone() if self.day.date().toPython() == date.today() else None
        self._start(kept=kept, origin=origin, at=at)

    def _start(self, kept: list[dict] | None, origin: dict | None = None, at: datetime | None = None) -> None:
        try:
            req = self.request()
        except NoStartPoint as exc:
            self._no_start_point(exc.collector)
            return
        except Exception as exc:  # noqa: BLE001 - UserError text shown in place
            self.summary.setText(localize(str(exc)))
            return
        self.plan_button.setEnabled(False)
        self.replan_button.setEnabled(False)
        self.busy.emit(True)
        self.pending_kept = kept or []
        self.operation = (Operation(self, compute_plan, self.app, req, date.today(), set(self.excluded),
                                    self.time_limit, kept, at, origin, self.data)
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
        """Show the plan saved for ``day`` (a day of the week) in the timeline."""
        if self.operation is not None:
            return
        if self.day.date().toPython() == day:
            self.load_saved()
        else:
            self.day.setDate(QDate(day.year, day.month, day.day))  # shows the saved day

    def _no_start_point(self, collector: str) -> None:
        self.summary.setText(self.tr("{} has no start point yet: set where the day starts (File → Where my day "
                                     "starts…, or right-click the map).").format(collector))
        self.start_point_needed.emit(collector)

    def _finished(self) -> None:
        self.operation = None
        self.plan_button.setEnabled(True)
        self.replan_button.setEnabled(bool(self.data and self.data.get("stops")))
        self.busy.emit(False)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def _planned(self, result) -> None:
        self.plan, self.session, self.travel, self.data = result
        self.kept = self.pending_kept
        self.unplanned = list(self.data.get("unplanned") or [])
        self.states = stop_states(self.app.uow(), self.data)
        self.render()

    def render(self, keep_selection: bool = False) -> None:
        """The timeline and the summary from ``data`` and ``states``; tells the map."""
        day = self.shown_day()
        current = self.current_case()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for i, s in enumerate(day.get("stops", []), 1):
            self.timeline.addItem(stop_item(i, s, s["case_id"] in self.locked))
        self.timeline.blockSignals(False)
        if keep_selection and current:
            self.select_case(current)
        self._summarize(day)
        self.replan_button.setEnabled(self.operation is None and bool(day.get("stops")))
        self.plan_changed.emit(day)

    def _summarize(self, day: dict) -> None:
        names = {s["case_id"]: s.get("name", "") for s in day.get("stops", [])}
        if self.session:
            names.update({k: v.name for k, v in self.session.cases.items()})
        elif any(not u.get("name") for u in self.unplanned):
            with self.app.uow() as uow:
                names.update({c.case_id: c.name for c in uow.cases.list(collector=self.collector.currentText())})
        self.unplanned = [{**u, "name": u.get("name") or names.get(u["case_id"], "")} for u in self.unplanned]
        self.unplanned_button.setVisible(bool(self.unplanned))
        self.unplanned_button.setText(self.tr("{n} not planned…").format(n=len(self.unplanned)))
        text, problems = summary_text(day)
        self.summary.setStyleSheet("color: #b71c1c" if problems else "")
        self.summary.setText(text)

    def show_not_planned(self):
        from fieldvisit.ui.not_planned import NotPlannedDialog

        if not self.unplanned:
            return None
        title = f"{self.collector.currentText()} · {day_text(self.day.date().toPython())}"
        self.not_planned_dialog = NotPlannedDialog(self.unplanned, title, self)
        self.not_planned_dialog.case_chosen.connect(self.stop_selected)
        self.not_planned_dialog.show()
        return self.not_planned_dialog

    # ----- the timeline --------------------------------------------------------------------
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

    def visit_recorded(self, case_id: str | None) -> str | None:
        """A visit was finalized: its stop turns done (or retry) and the next stop to visit is
        selected (returned, and announced through ``stop_selected``)."""
        self.refresh_states()
        stops = self.shown_day().get("stops", [])
        ids = [s["case_id"] for s in stops]
        if case_id not in ids:
            return None
        after = stops[ids.index(case_id) + 1:] + stops[:ids.index(case_id)]
        nxt = next((s["case_id"] for s in after if s["state"] == "todo"), None)
        if nxt is not None:
            self.select_case(nxt)
            self.stop_selected.emit(nxt)
        return nxt

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.stop_selected.emit(current.data(Qt.ItemDataRole.UserRole))
