"""The main window: case table (search, filters), day planner with its timeline, and the map.
Selecting a case anywhere selects it everywhere. Long work runs through ``Operation``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.map_texts import case_marker
from fieldvisit.adapters.maps.page import route_from_plan
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.domain.cases import Bucket
from fieldvisit.services.cases import list_cases
from fieldvisit.services.errors import UserError
from fieldvisit.ui.case_model import CaseFilterProxy, CaseTableModel
from fieldvisit.ui.day_actions import DayActions
from fieldvisit.ui.import_actions import ImportActions
from fieldvisit.ui.map_actions import MapActions
from fieldvisit.ui.map_view import MapView
from fieldvisit.ui.menus import WindowMenus
from fieldvisit.ui.planner_panel import PlannerPanel
from fieldvisit.ui.progress import ProgressWidget
from fieldvisit.ui.region_actions import RegionActions
from fieldvisit.ui.review_actions import WindowReviewActions
from fieldvisit.ui.route_actions import RouteActions
from fieldvisit.ui.settings_help import SettingsHelpActions
from fieldvisit.ui.sync_actions import SyncActions
from fieldvisit.ui.visit_actions import VisitActions


#: The share of the screen's free area the main window takes the first time (then it is where the user left it).
FIRST_SHARE = 0.85
#: The narrowest the map pane gets (pixels) beside the table.
MAP_MIN_WIDTH = 320


class MainWindow(WindowMenus, MapActions, ImportActions, DayActions, VisitActions, SyncActions, SettingsHelpActions, RouteActions,
                 WindowReviewActions, RegionActions,
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
        self.map.setMinimumWidth(MAP_MIN_WIDTH)  # never squeezed away: the map is half of the work
        self.split.setCollapsible(1, False)
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

    # ----- data ----------------------------------------------------------------------------
    def reload(self, redraw_map: bool = True) -> None:
        selected = self.selected_case() if hasattr(self, "cases") else None
        from fieldvisit.services.visit_record import promise_index

        cases = list_cases(self.app.uow())
        self.cases = {c.case_id: c for c in cases}
        self.promises = {cid: ps[-1] for cid, ps in promise_index(self.app.uow(), self.as_of).items()}
        from fieldvisit.services.window_review import fields_to_review

        with self.app.uow() as uow:
            to_review = fields_to_review(uow)
        self.model.set_cases(cases, self.promises, to_review)
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
        if self.model.rowCount() == 0 and getattr(self, "role", None) == "collector":
            self.statusBar().showMessage(self.tr("No cases yet: exchange identity files with your office (Sync → "
                                                 "Keys and trust…), then Sync → Import assignment pack…"))
            return
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

    # ----- window state --------------------------------------------------------------------
    def _restore(self) -> None:
        """The window as the user left it (QSettings ``main/*``, saved on close); the first time,
        :data:`FIRST_SHARE` of the screen's free area, centred, with the map beside the table."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            self.restoreState(settings.value("main/state"))
            for name in ("split", "left"):
                state = settings.value(f"main/{name}")
                if state is not None:
                    getattr(self, name).restoreState(state)
            if min(self.split.sizes(), default=0) == 0:  # a pane squeezed to nothing (the map): shown again
                self._share_panes(self.width(), self.height())
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = (max(1024, int(area.width() * FIRST_SHARE)), max(640, int(area.height() * FIRST_SHARE))) \
            if area is not None else (1366, 768)
        if area is not None:
            width, height = min(width, area.width()), min(height, area.height())
        self.resize(width, height)
        if area is not None:
            self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        self._share_panes(width, height)

    def _share_panes(self, width: int, height: int) -> None:
        """The table and plan on the left (55%), the map on the right; the table over the plan."""
        self.split.setSizes([int(width * 0.55), width - int(width * 0.55)])
        self.left.setSizes([int(height * 0.58), height - int(height * 0.58)])

    def quit_app(self) -> None:
        """Quit: close every window of the application (forms save their drafts, the desk goes
        too) and end the process."""
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()
        QApplication.quit()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        for form in list(self.forms):  # each saves its draft as it closes
            form.close()
        desk = getattr(self, "desk", None)
        if desk is not None:  # a window of its own: it would keep the process alive
            desk.close()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/split", self.split.saveState())
        settings.setValue("main/left", self.left.saveState())
        super().closeEvent(event)
