"""The main window: case table (search, filters), day planner with its timeline, and the map.
Selecting a case anywhere selects it everywhere. Long work runs through ``Operation``."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import localize
from fieldvisit.adapters.map_texts import case_marker
from fieldvisit.adapters.maps.page import route_from_plan
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.domain.cases import Bucket
from fieldvisit.services.cases import list_cases, move_case
from fieldvisit.services.errors import UserError
from fieldvisit.ui.case_model import CaseFilterProxy, CaseTableModel
from fieldvisit.ui.day_actions import DayActions
from fieldvisit.ui.import_actions import ImportActions
from fieldvisit.ui.map_view import MapView
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.planner_panel import PlannerPanel
from fieldvisit.ui.progress import ProgressWidget
from fieldvisit.ui.route_actions import RouteActions
from fieldvisit.ui.settings_help import SettingsHelpActions
from fieldvisit.ui.sync_actions import SyncActions
from fieldvisit.ui.visit_actions import VisitActions
from fieldvisit.ui.window_review import WindowReviewActions


class MoveCase(QUndoCommand):
    def __init__(self, window: MainWindow, case_id: str, new: tuple[float, float]) -> None:
        super().__init__(window.tr("Move {}").format(case_id))
        self.window, self.case_id, self.new, self.old = window, case_id, new, None

    def redo(self) -> None:
        old = move_case(self.window.app.uow(), self.case_id, *self.new, zones=self.window.app.zones)
        self.old = self.old or old
        self.window.reload(redraw_map=self.old is not None and self._undone)
        self._undone = False

    def undo(self) -> None:
        if self.old and self.old[0] is not None:
            move_case(self.window.app.uow(), self.case_id, *self.old, zones=self.window.app.zones)
        self._undone = True
        self.window.reload(redraw_map=True)

    _undone = False


class MainWindow(ImportActions, DayActions, VisitActions, SyncActions, SettingsHelpActions, RouteActions,
                 WindowReviewActions,
                 QMainWindow):
    def __init__(self, app, parent=None, *, load_map: bool = True) -> None:
        super().__init__(parent)
        self.app = app
        self.as_of = date.today()
        self.setWindowTitle(self.tr("FieldVisit — {}").format(app.url))
        self.undo_stack = QUndoStack(self)
        self.progress = ProgressWidget(self)
        self.statusBar().addPermanentWidget(self.progress)

        self.model = CaseTableModel(parent=self, as_of=self.as_of)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText=self.tr("Search id, name or address  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.bucket = QComboBox()
        self.bucket.addItem(self.tr("All buckets"), "")
        for b in Bucket:
            self.bucket.addItem(b.value, b.value)
        self.bucket.currentIndexChanged.connect(lambda: self.proxy.set_bucket(self.bucket.currentData()))
        self.collector = QComboBox()
        self.collector.currentIndexChanged.connect(lambda: self.proxy.set_collector(self.collector.currentData() or ""))
        self.show_filter = QComboBox()
        for key, label in (("", self.tr("All cases")), ("visitable", self.tr("Visitable")),
                           ("blocked", self.tr("Blocked from visits")), ("vulnerable", self.tr("Vulnerable")),
                           ("no_position", self.tr("Without coordinates")), ("paid", self.tr("Paid")),
                           ("closed", self.tr("Closed"))):
            self.show_filter.addItem(label, key)
        self.show_filter.currentIndexChanged.connect(lambda: self.proxy.set_show(self.show_filter.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._table_current)
        self.table.doubleClicked.connect(lambda _i: self.show_prep())
        self.table.setToolTip(self.tr("Double-click: preparation sheet · Ctrl+R: record a visit"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Bucket")))
        filters.addWidget(self.bucket)
        filters.addWidget(QLabel(self.tr("Collector")))
        filters.addWidget(self.collector)
        filters.addWidget(self.show_filter)
        table_box = QWidget()
        box = QVBoxLayout(table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.table)

        self.planner = PlannerPanel(app, self.progress, self)
        self.planner.stop_selected.connect(lambda cid: self.select_case(cid, source="timeline"))
        self.planner.plan_changed.connect(self._plan_changed)
        self.planner.timeline.itemDoubleClicked.connect(
            lambda item: self.open_visit_form(item.data(Qt.ItemDataRole.UserRole)))
        self.planner.timeline.setToolTip(self.tr("Drag to reorder · double-click: record the visit"))
        self.map = MapView(self)
        self.map.case_clicked.connect(lambda cid: self.select_case(cid, source="map"))
        self.map.case_moved.connect(self._case_moved)
        self.current_plan: dict | None = None
        self._connect_day()

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(table_box)
        self.left.addWidget(self.planner)
        self.left.setSizes([420, 300])
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.left)
        self.split.addWidget(self.map)
        self.split.setSizes([760, 600])
        self.setCentralWidget(self.split)
        self._make_actions()
        for signal in (self.search.textChanged, self.bucket.currentIndexChanged, self.collector.currentIndexChanged,
                       self.show_filter.currentIndexChanged):
            signal.connect(self._update_status)
        pack = app.setting("tile_pack")
        if pack and Path(pack).is_file():
            try:
                self.map.set_tile_pack(TilePack(pack))
            except UserError:
                pass
        self.forms: list = []
        from fieldvisit.services.settings import load_settings

        self.planner.apply_settings(load_settings(app.uow()))
        self.reload(redraw_map=load_map)
        self._restore()
        QTimer.singleShot(0, self.offer_drafts)

    # ----- actions -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(text, slot, shortcut=None, tip=""):
            a = QAction(text, self, triggered=slot)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setStatusTip(tip)
            return a

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = action(self.tr("&Import cases…"), lambda: self.import_with_preview(), QKeySequence.StandardKey.Open,
                                    self.tr("Import a CSV or XLSX case file"))
        self.tiles_action = action(self.tr("Import &tile pack…"), self.import_tile_pack, None,
                                   self.tr("Use an MBTiles file as the offline base map"))
        self.export_action = action(self.tr("&Export day map…"), self.export_map, QKeySequence("Ctrl+E"),
                                    self.tr("Write the planned day as one HTML file that opens offline"))
        self.geocode_action = action(self.tr("&Geocode addresses"), self.geocode, QKeySequence("Ctrl+G"),
                                     self.tr("Find coordinates for cases that only have an address"))
        self.pin_action = action(self.tr("&Pin selected case at map centre"), self.pin_selected, QKeySequence("Ctrl+Shift+P"),
                                 self.tr("Place a case without coordinates by hand; then drag it to the door"))
        self.visit_action = action(self.tr("&Record visit…"), self.record_visit, QKeySequence("Ctrl+R"),
                                   self.tr("Record what happened at the door for the selected case"))
        self.prep_action = action(self.tr("&Preparation sheet…"), self.show_prep, QKeySequence("Ctrl+I"),
                                  self.tr("Intent, ability, willingness and a repayment proposal for the selected case"))
        self.correct_action = action(self.tr("&Correct last visit…"), self.correct_last_visit, None,
                                     self.tr("A correction is a new version; the original is kept"))
        for a in (self.import_action, self._make_review_action(), self.geocode_action, self.pin_action,
                  self.tiles_action, self.export_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self._settings_action())
        file_menu.addAction(self._start_point_action())
        file_menu.addAction(self._passphrase_action())
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(action(self.tr("&Find"), lambda: (self.search.setFocus(), self.search.selectAll()),
                              QKeySequence.StandardKey.Find))
        visits_menu = self.menuBar().addMenu(self.tr("V&isits"))
        visits_menu.addAction(self.prep_action)
        visits_menu.addAction(self.visit_action)
        visits_menu.addAction(self.correct_action)
        self._make_sync_menu()
        self._make_route_menu()
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(action(self.tr("&Refresh"), lambda: self.reload(redraw_map=True), QKeySequence.StandardKey.Refresh))
        view.addAction(action(self.tr("Plan &day"), self.planner.plan_day, QKeySequence("Ctrl+P")))
        view.addActions(self._day_view_actions())
        self._make_help_menu()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.prep_action)
        toolbar.addAction(self.visit_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)

    # ----- data ----------------------------------------------------------------------------
    def reload(self, redraw_map: bool = True) -> None:
        selected = self.selected_case() if hasattr(self, "cases") else None
        from fieldvisit.services.visits import promise_index

        cases = list_cases(self.app.uow())
        self.cases = {c.case_id: c for c in cases}
        self.promises = {cid: ps[-1] for cid, ps in promise_index(self.app.uow(), self.as_of).items()}
        self.model.set_cases(cases, self.promises)
        if selected:
            self.select_case(selected, source="map" if redraw_map else "reload")
        names = sorted({c.collector for c in cases if c.collector})
        with self.app.uow() as uow:
            names = sorted(set(names) | {c.name for c in uow.collectors.list()})
        current = self.collector.currentData()
        self.collector.blockSignals(True)
        self.collector.clear()
        self.collector.addItem(self.tr("Everyone"), "")
        for name in names:
            self.collector.addItem(name, name)
        self.collector.setCurrentIndex(max(self.collector.findData(current), 0))
        self.collector.blockSignals(False)
        self.planner.set_collectors(names)
        self.table.resizeColumnsToContents()
        self._update_status()
        self.update_review_count()
        if redraw_map:
            self.redraw_map()

    def redraw_map(self) -> None:
        markers = [case_marker(c, self.as_of, self.promises.get(c.case_id))
                   for c in self.cases.values() if c.has_coordinates]
        self.map.show_data(markers, route_from_plan(self.current_plan))

    def _plan_changed(self, plan: dict) -> None:
        self.current_plan = plan or None
        self.map.set_route(route_from_plan(plan))

    def _update_status(self, *_args) -> None:
        blocked = sum(1 for c in self.model._cases if c.blocking_flags)
        self.statusBar().showMessage(self.tr("{shown} of {total} cases shown · {blocked} blocked from visits")
                                     .format(shown=self.proxy.rowCount(), total=self.model.rowCount(), blocked=blocked))

    # ----- selection everywhere ------------------------------------------------------------
    def _table_current(self, current, _previous) -> None:
        if current.isValid():
            case = self.model.case_at(self.proxy.mapToSource(current).row())
            self.select_case(case.case_id, source="table")

    def selected_case(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.case_at(self.proxy.mapToSource(index).row()).case_id if index.isValid() else None

    def select_case(self, case_id: str, source: str = "") -> None:
        if source != "table":
            for row in range(self.model.rowCount()):
                if self.model.case_at(row).case_id == case_id:
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                    if index.isValid():
                        self.table.selectionModel().blockSignals(True)
                        self.table.setCurrentIndex(index)
                        self.table.selectionModel().blockSignals(False)
                        self.table.scrollTo(index)
                    break
        if source != "timeline":
            self.planner.select_case(case_id)
        if source != "map":
            self.map.select(case_id)

    def _case_moved(self, case_id: str, lat: float, lon: float) -> None:
        try:
            self.undo_stack.push(MoveCase(self, case_id, (lat, lon)))
            self.statusBar().showMessage(self.tr("{} placed by hand; Ctrl+Z undoes it.").format(case_id), 5000)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot move"), localize(str(exc)))

    # ----- file actions --------------------------------------------------------------------
    def geocode(self) -> Operation:
        from fieldvisit.bootstrap import geocoder
        from fieldvisit.services.geocode import geocode_pending

        def work():
            g = geocoder(self.app.setting("geocoder") or "nominatim", self.app.setting("geocoder_url") or None)
            return (yield from geocode_pending(self.app.uow(), g, self.app.zones))

        def done(summary):
            self.reload()
            text = self.tr("{g} geocoded, {c} from the cache, {f} not found.").format(
                g=summary.geocoded, c=summary.cached, f=summary.failed)
            if summary.offline:
                text += " " + self.tr("No connection: {n} addresses wait in the queue; pin them on the map "
                                      "or try again when connected.").format(n=summary.pending)
            if summary.refused:
                text += " " + localize(summary.refusal)
            self.statusBar().showMessage(text, 15000)
            self.last_geocode = summary

        op = Operation(self, work).success(done).failure(
            lambda msg: QMessageBox.warning(self, self.tr("Geocoding stopped"), msg)).with_progress(self.progress)
        return op.start(self.tr("Geocoding addresses…"))

    def pin_selected(self) -> None:
        case_id = self.selected_case()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Select a case in the table first."), 5000)
            return

        def place(text) -> None:
            if text:
                centre = json.loads(text)
                self._case_moved(case_id, float(centre["lat"]), float(centre["lng"]))

        self.map.page().runJavaScript("JSON.stringify(fv.map.getCenter().wrap())", 0, place)  # lon in [-180, 180]

    def import_tile_pack(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import tile pack"), "", self.tr("Tile packs (*.mbtiles)"))
        if not path:
            return
        try:
            TilePack(path)
            from fieldvisit.bootstrap import data_dir

            target = data_dir() / "tiles" / Path(path).name
            target.parent.mkdir(parents=True, exist_ok=True)
            if Path(path).resolve() != target.resolve():
                shutil.copyfile(path, target)
            pack = TilePack(target)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Tile pack refused"), localize(str(exc)))
            return
        with self.app.uow() as uow:
            uow.settings.set("tile_pack", str(target))
            uow.commit()
        self.map.set_tile_pack(pack)
        self.redraw_map()
        self.statusBar().showMessage(self.tr("Offline base map: {}").format(target.name), 5000)

    # ----- window state --------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.restoreState(settings.value("main/state"))
            for name in ("split", "left"):
                state = settings.value(f"main/{name}")
                if state is not None:
                    getattr(self, name).restoreState(state)
        else:
            self.resize(1366, 768)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/split", self.split.saveState())
        settings.setValue("main/left", self.left.saveState())
        super().closeEvent(event)
