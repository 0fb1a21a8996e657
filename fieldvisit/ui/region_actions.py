"""Regions menu of the main window: build a region pack from an OpenStreetMap extract (progress
and cancel through the operation helper; a cancelled build leaves nothing behind) and find an
address, street or place offline, centring the map there (Ctrl+Shift+G)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fieldvisit.ui.operation import Operation


class RegionActions:
    """Mixin for MainWindow: needs ``self.map``, ``self.progress``, ``self.menuBar()``,
    ``self.statusBar()``."""

    def _make_region_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("Re&gions"))
        build = QAction(self.tr("&Build region pack from an OpenStreetMap extract…"), self)
        build.setToolTip(self.tr("Real roads, addresses and places for planning and search, offline"))
        build.triggered.connect(lambda: self.build_region())
        find = QAction(self.tr("&Find a place…"), self, shortcut=QKeySequence("Ctrl+Shift+G"))
        find.setToolTip(self.tr("An address, a street or a named place in the region packs; the map centres there"))
        find.triggered.connect(lambda: self.find_place())
        menu.addAction(build)
        menu.addAction(find)
        self.region_actions = {"build": build, "find": find}

    def build_region(self, path: str | None = None, name: str | None = None) -> Operation | None:
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.services.regions import build_region

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("OpenStreetMap extract"), "",
                                                  self.tr("OpenStreetMap extracts (*.osm.pbf *.pbf)"))
            if not path:
                return None

        def work():
            return (yield from build_region(region_folder(), Path(path), name))

        def done(data):
            self.last_region = data
            self.statusBar().showMessage(self.tr("Region {name} ready: roads for {modes}; {n} addresses.").format(
                name=data["name"], modes=", ".join(data["modes"]), n=data["addresses"]), 15000)
            if data.get("street_map") and hasattr(self, "redraw_map"):
                self.redraw_map()  # the new street map under the cases and the day

        op = Operation(self, work).success(done).failure(
            lambda msg: QMessageBox.warning(self, self.tr("Region pack not built"), msg)).with_progress(self.progress)
        return op.start(self.tr("Building the region pack from {}…").format(Path(path).name))

    def find_place(self, text: str | None = None) -> list[dict]:
        """Look ``text`` up in the region packs and centre the map on the best match; returns the matches."""
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.services.regions import find_place

        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("Find a place"),
                                            self.tr("Address, street or place (e.g. Mannerheimintie 5):"))
            if not ok:
                return []
        hits = find_place(region_folder(), text)
        if not hits:
            self.statusBar().showMessage(self.tr("Not found in the region packs: {}").format(text), 10000)
            return []
        best = hits[0]
        zoom = 18 if best["kind"] == "address" else 17
        self.map.run(f"if (fv.map) {{ var s = document.createElement('span'); s.textContent = {json.dumps(best['label'])};"
                     f" fv.map.setView([{best['lat']}, {best['lon']}], {zoom});"
                     f" L.popup().setLatLng([{best['lat']}, {best['lon']}]).setContent(s).openOn(fv.map); }}")
        self.statusBar().showMessage(best["label"], 10000)
        return hits
