"""Regions → Region packs…: the packs of this installation (name, travel modes, addresses, street
map, size, when built, from which extract) and the ones it cannot use with the reason, with
*Remove* (asks first; Delete key) and *Show folder* to copy a pack to a collector's laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)


class RegionListDialog(QDialog):
    """``store``: the installation's region folder (services.regions.RegionStore)."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Region packs"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Region"), self.tr("Travel modes"), self.tr("Addresses"),
                                              self.tr("Street map"), self.tr("Size"), self.tr("Built / state")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(wordWrap=True)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.folder_button = QPushButton(self.tr("Show &folder"))
        self.folder_button.setToolTip(self.tr("Copy a pack's folder to a collector's data folder to hand it over"))
        self.folder_button.clicked.connect(self._show_folder)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=lambda: self.remove_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(820, 320)
        self.refresh()

    def refresh(self) -> None:
        from fieldvisit.services.regions import list_regions, unusable_regions

        usable, broken = list_regions(self.store), unusable_regions(self.store)
        self.rows = [dict(p, usable=True) for p in usable] + [dict(u, usable=False) for u in broken]
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            if p["usable"]:
                cells = [p["name"], ", ".join(p["modes"]), f"{p['addresses']:,}",
                         self.tr("yes") if p["street_map"] else self.tr("no"),
                         f"{p['bytes'] / 1e6:.1f} MB", (p.get("built") or "")[:16].replace("T", " ")]
            else:
                cells = [p["name"], "", "", "", "", self.tr("NOT USED: {}").format(p["error"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 or c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.selectRow(0)
        self.note.setText(self.tr("No region pack yet: Regions → Build region pack from an OpenStreetMap extract…")
                          if not self.rows else
                          self.tr("Plans inside a pack are timed on its roads; elsewhere on straight lines × detour."))
        self.remove_button.setEnabled(bool(self.rows))
        self.folder_button.setEnabled(bool(self.rows))

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def remove_selected(self, confirm: bool = True) -> bool:
        """Remove the selected pack after asking; returns whether it was removed."""
        from fieldvisit.services.errors import UserError
        from fieldvisit.services.regions import remove_region

        pack = self.selected()
        if pack is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Remove region pack"),
                self.tr("Remove the region pack {}? Plans in it will be timed on straight lines until it is "
                        "built again.").format(pack["name"])) != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove_region(self.store, pack["name"])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Region pack not removed"), str(exc))
            return False
        self.refresh()
        return True

    def _show_folder(self) -> None:
        pack = self.selected()
        if pack is not None:
            path = pack.get("path") or str(self.store.root / pack["name"])
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
