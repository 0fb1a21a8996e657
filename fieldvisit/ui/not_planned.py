"""The cases left out of a planned day, with the reason for each (blocked, outside lawful hours,
visit cap, no time left…) and a search over case, name and reason (accents and case do not
matter: ``gomez`` finds Gómez). Double-click (or Enter)
selects the case in the main window."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
)

from fieldvisit.adapters.i18n import localize
from fieldvisit.domain.names import fold

#: Item role holding the accent- and case-folded text the search matches against.
FOLDED = Qt.ItemDataRole.UserRole + 1


class NotPlannedDialog(QDialog):
    """``rows``: ``[{case_id, name, text}]`` (``text``: the reason, a msg template or a sentence)."""

    case_chosen = Signal(str)

    def __init__(self, rows: list[dict], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not planned — {}").format(title))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Name"), self.tr("Why not planned")])
        for r in rows:
            items = [QStandardItem(r["case_id"]), QStandardItem(r.get("name") or ""),
                     QStandardItem(localize(r.get("text") or r.get("reason") or ""))]
            for it in items:
                it.setEditable(False)
                it.setData(fold(it.text()), FOLDED)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(FOLDED)
        self.search = QLineEdit(placeholderText=self.tr("Search case, name or reason  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the same reasons together
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._filter("")
        self.resize(760, 460)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text.strip()))
        self.count.setText(self.tr("{shown} of {total} cases not planned · double-click to select one")
                           .format(shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def shown_cases(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _chosen(self, index) -> None:
        if index.isValid():
            self.case_chosen.emit(self.proxy.index(index.row(), 0).data())
