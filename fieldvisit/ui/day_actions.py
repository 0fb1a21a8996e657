"""The collector's day in the main window: where the day starts (asked for when missing, set by
the map's right-click "Start my day here" or *File → Where my day starts…*), the route on the map
with each stop's state, and a finalized visit moving the day on to the next stop. A mixin of
``MainWindow``: it uses the window's ``app``, ``planner``, ``map`` and status bar."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from fieldvisit.adapters.maps.page import route_from_plan
from fieldvisit.services.collectors import get_collector, set_home
from fieldvisit.ui.writes import write


class DayActions:
    def _connect_day(self) -> None:
        self.planner.start_point_needed.connect(self.ask_start_point)
        signal = getattr(self.map, "start_here_requested", None)  # the map's right-click (h7-map)
        if signal is not None:
            signal.connect(self.start_here)
        self._restore_day()
        self.planner.day.dateChanged.connect(lambda _d: self._remember_day())
        self.planner.collector.currentTextChanged.connect(lambda _t: self._remember_day())

    def _day_key(self) -> str:
        return "planner/" + hashlib.sha256(self.app.url.encode("utf-8")).hexdigest()[:16]

    def _remember_day(self) -> None:
        """The date and collector last picked in this workspace, shown again when it reopens."""
        settings = QSettings()
        settings.setValue(self._day_key() + "/day", self.planner.day.date().toString(Qt.DateFormat.ISODate))
        if self.planner.collector.currentText():
            settings.setValue(self._day_key() + "/collector", self.planner.collector.currentText())

    def _restore_day(self) -> None:
        settings = QSettings()
        day = QDate.fromString(str(settings.value(self._day_key() + "/day") or ""), Qt.DateFormat.ISODate)
        if day.isValid() and day >= QDate.currentDate():  # a past day is not where the work is
            self.planner.day.blockSignals(True)
            self.planner.day.setDate(day)
            self.planner.day.blockSignals(False)
        self.planner.preferred_collector = str(settings.value(self._day_key() + "/collector") or "")

    def _start_point_action(self) -> QAction:
        self.start_point_action = QAction(self.tr("Where my &day starts…"), self,
                                          triggered=lambda *_: self.edit_start_point())
        self.start_point_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.start_point_action.setStatusTip(self.tr("The home or office where the planner's collector starts "
                                                     "and ends the day"))
        return self.start_point_action

    def _day_view_actions(self) -> list[QAction]:
        replan = QAction(self.tr("&Re-plan from here"), self, triggered=lambda *_: self.planner.replan_from_here())
        replan.setShortcut(QKeySequence("Ctrl+Shift+R"))
        replan.setStatusTip(self.tr("Plan the rest of the day from the selected stop and the current time, keeping "
                                    "the visits done"))
        missing = QAction(self.tr("&Not planned…"), self, triggered=lambda *_: self.planner.show_not_planned())
        missing.setShortcut(QKeySequence("Ctrl+Shift+N"))
        missing.setStatusTip(self.tr("The cases left out of the day, and why"))
        return [replan, missing]

    def edit_start_point(self, collector: str | None = None, missing: bool = False):
        from fieldvisit.ui.collector_home import StartPointDialog

        name = collector or self.planner.collector.currentText()
        if not name:
            self.statusBar().showMessage(self.tr("Choose a collector in the planner first."), 5000)
            return None
        self.start_dialog = StartPointDialog(self.app, name, self, missing=missing)
        self.start_dialog.accepted.connect(lambda: self._start_point_saved(self.start_dialog.saved, replan=missing))
        self.start_dialog.open()
        return self.start_dialog

    def ask_start_point(self, collector: str):
        """Planning found no start point for ``collector``: ask for it (address, LAT,LON or the map)."""
        return self.edit_start_point(collector, missing=True)

    def _start_point_saved(self, saved, replan: bool = False) -> None:
        if saved is None:
            return
        self.statusBar().showMessage(self.tr("{name}'s day starts at {lat:.5f}, {lon:.5f}.").format(
            name=saved.name, lat=saved.home[0], lon=saved.home[1]), 8000)
        if replan:
            self.planner.plan_day()

    def start_here(self, lat: float, lon: float):
        """The map's right-click "Start my day here": the planner's collector starts (and, unless an
        end point is set, ends) the day at this point (saved in the background; returns the
        pending write, or None without a collector)."""
        name = self.planner.collector.currentText()
        if not name:
            self.statusBar().showMessage(self.tr("Choose a collector in the planner first."), 5000)
            return
        current = get_collector(self.app.uow(), name)
        return write(self, set_home, self.app.uow(), name, (lat, lon), current.end if current else None,
                     done=self._start_point_saved, title=self.tr("Start point not set"))

    def day_route(self, plan: dict | None) -> dict | None:
        """The map's route of ``plan`` with each stop's state (CONTRACTS #2)."""
        return route_from_plan(plan)

    def _day_visit_recorded(self, case_id: str) -> None:
        """Finalizing a visit confirms its stop (done, or not home: retry) and moves to the next."""
        nxt = self.planner.visit_recorded(case_id)
        if nxt:
            self.statusBar().showMessage(self.tr("Visit recorded. Next stop: {}.").format(nxt), 10000)
