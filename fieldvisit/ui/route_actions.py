"""Route menu of the main window: hand the planned day to a phone (GPX, KML), a calendar (.ics of
the agreed appointments) or paper (the PDF itinerary with the day's map and QR codes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fieldvisit.adapters.i18n import day_text, localize
from fieldvisit.adapters.map_texts import case_marker
from fieldvisit.adapters.maps.page import build_page, route_from_plan
from fieldvisit.services.errors import UserError, os_reason
from fieldvisit.ui.map_view import page_labels


class RouteActions:
    """Mixin for MainWindow: needs ``self.app``, ``self.current_plan``, ``self.as_of``, ``self.cases``,
    ``self.menuBar()``, ``self.statusBar()``."""

    def _make_route_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Route"))
        items = (("pdf", self.tr("Print &itinerary (PDF)…"), "Ctrl+Shift+I",
                  self.tr("The day's stops in order with times, addresses, phones, notes, the map and QR codes")),
                 ("gpx", self.tr("Export route as &GPX…"), None,
                  self.tr("Waypoints and route for a phone or GPS navigation app")),
                 ("kml", self.tr("Export route as &KML…"), None,
                  self.tr("Placemarks and route for map apps")),
                 ("ics", self.tr("Export appointments as &calendar (.ics)…"), None,
                  self.tr("The day's agreed appointments, in each case's time zone")))
        self.route_actions: dict[str, QAction] = {}
        for fmt, text, shortcut, tip in items:
            action = QAction(text, self)
            action.setStatusTip(tip)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, f=fmt: self.export_route(f))
            menu.addAction(action)
            self.route_actions[fmt] = action

    def export_map(self, path: str | None = None) -> None:
        """Write the current plan's day as one standalone offline HTML map."""
        if not self.current_plan:
            QMessageBox.information(self, self.tr("No plan"), self.tr("Plan a day first, then export its map."))
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export day map"),
                                                  f"{self.current_plan['collector']}-{self.current_plan['date']}.html",
                                                  self.tr("Web page (*.html)"))
        if not path:
            return
        plan = self.current_plan
        from fieldvisit.services.map_export import on_route

        markers = [case_marker(c, self.as_of) for c in on_route(self.cases.values(), plan)]  # the day only
        from fieldvisit.adapters.files.safe_write import write_bytes_atomic

        page = build_page(markers, route_from_plan(plan), standalone=True, labels=page_labels(),
                          title=f"{plan['collector']} — {day_text(plan['date'])}")
        try:
            write_bytes_atomic(Path(path), page.encode("utf-8"))  # owner-only: names and addresses
        except UserError as exc:  # a device, a pipe, a link or a folder at that name
            QMessageBox.warning(self, self.tr("Map not exported"), localize(str(exc)))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Map not exported"), localize(os_reason(exc)))
            return
        self.statusBar().showMessage(self.tr("Map written to {}").format(path), 5000)

    def export_route(self, fmt: str, path: str | None = None) -> str | None:
        """Write the current plan's day as ``fmt`` (gpx | kml | ics | pdf); returns the path written."""
        from fieldvisit.adapters.handoff.files import write_route
        from fieldvisit.services.route_export import itinerary_from_plan

        if not self.current_plan:
            QMessageBox.information(self, self.tr("No plan"), self.tr("Plan a day first, then export its route."))
            return None
        plan = self.current_plan
        if not path:
            filters = {"pdf": self.tr("PDF document (*.pdf)"), "gpx": self.tr("GPX route (*.gpx)"),
                       "kml": self.tr("KML file (*.kml)"), "ics": self.tr("Calendar (*.ics)")}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export route"),
                                                  f"{plan['collector']}-{plan['date']}.{fmt}", filters[fmt])
        if not path:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            itinerary = itinerary_from_plan(self.app.uow(), plan)
            count = write_route(itinerary, fmt, Path(path), self.as_of, tiles=self.map.handler.tiles)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Route not exported"), localize(str(exc)))
            return None
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("%n stops of {day} written to {path}", "", count).format(
            day=QDate.fromString(plan["date"], "yyyy-MM-dd").toString(Qt.DateFormat.TextDate), path=path), 8000)
        return path
