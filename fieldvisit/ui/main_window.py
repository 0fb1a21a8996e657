"""The main window: case table with search and filters (the planner and map arrive with the
desktop issue)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow,
    QTableView, QVBoxLayout, QWidget,
)

from fieldvisit.domain.cases import Bucket
from fieldvisit.services.cases import list_cases
from fieldvisit.ui.case_model import CaseFilterProxy, CaseTableModel


class MainWindow(QMainWindow):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("FieldVisit — {}").format(app.url))
        self.model = CaseTableModel(parent=self)
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
        self.collector.currentIndexChanged.connect(
            lambda: self.proxy.set_collector(self.collector.currentData() or ""))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(QLabel(self.tr("Bucket:")))
        bar.addWidget(self.bucket)
        bar.addWidget(QLabel(self.tr("Collector:")))
        bar.addWidget(self.collector)
        layout = QVBoxLayout()
        layout.addLayout(bar)
        layout.addWidget(self.table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self._make_actions()
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)
        self.search.textChanged.connect(self._update_status)
        self.bucket.currentIndexChanged.connect(self._update_status)
        self.collector.currentIndexChanged.connect(self._update_status)
        self.reload()
        self._restore()

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh),
                          triggered=self.reload)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit),
                              triggered=self.close)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        find = QAction(self.tr("&Find"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Find),
                       triggered=lambda: (self.search.setFocus(), self.search.selectAll()))
        self.menuBar().addMenu(self.tr("&Edit")).addAction(find)

    def reload(self) -> None:
        cases = list_cases(self.app.uow())
        self.model.set_cases(cases)
        current = self.collector.currentData()
        self.collector.blockSignals(True)
        self.collector.clear()
        self.collector.addItem(self.tr("Everyone"), "")
        for name in sorted({c.collector for c in cases if c.collector}):
            self.collector.addItem(name, name)
        index = self.collector.findData(current)
        self.collector.setCurrentIndex(max(index, 0))
        self.collector.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_status()

    def _update_status(self, *_args) -> None:
        blocked = sum(1 for r in range(self.model.rowCount()) if self.model.case_at(r).blocking_flags)
        self.statusBar().showMessage(self.tr("{shown} of {total} cases shown · {blocked} blocked from visits")
                                     .format(shown=self.proxy.rowCount(), total=self.model.rowCount(),
                                             blocked=blocked))

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
