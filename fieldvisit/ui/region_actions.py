"""Regions menu of the main window: build a region pack from an OpenStreetMap extract (progress
and cancel through the operation helper, in its own progress bar so planning can go on meanwhile;
a cancelled build leaves nothing behind) and find an address, street or place offline, centring
the map there (Ctrl+Shift+G); list the packs, those it cannot use and why, and remove one
(Region packs…). The demo workspaces build the demo's pack from the shipped extract
in the background the first time (``ensure_demo_region``)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fieldvisit.ui.operation import Operation
from fieldvisit.ui.progress import ProgressWidget


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
        packs = QAction(self.tr("Region &packs…"), self)
        packs.setToolTip(self.tr("The region packs of this computer: list, remove, hand over"))
        packs.triggered.connect(lambda: self.show_regions())
        menu.addAction(build)
        menu.addAction(find)
        menu.addAction(packs)
        self.region_actions = {"build": build, "find": find, "packs": packs}
        self.region_progress = ProgressWidget(self)
        self.statusBar().addPermanentWidget(self.region_progress)
        self.region_build: Operation | None = None

    def build_region(self, path: str | None = None, name: str | None = None, *,
                     quiet: bool = False) -> Operation | None:
        """Build a pack from the extract ``path`` (asked for when None) in the background; returns
        the running operation (None when the user gave no file or a build already runs). ``quiet``:
        a failure goes to the status bar instead of a message box (the demo's own build)."""
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.services.regions import build_region

        if self.region_build is not None:
            self.statusBar().showMessage(self.tr("A region pack is being built; wait for it or cancel it."), 10000)
            return None

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

        def failed(msg):
            if op.cancelled:  # the user's own choice: no box to dismiss
                self.statusBar().showMessage(self.tr("Region pack build cancelled; nothing was kept."), 15000)
            elif quiet:
                self.statusBar().showMessage(self.tr("Region pack not built: {}").format(msg), 15000)
            else:
                QMessageBox.warning(self, self.tr("Region pack not built"), msg)

        def finished():
            self.region_build = None

        op = Operation(self, work).success(done).failure(failed).with_progress(self.region_progress)
        op.finished.connect(finished)
        self.region_build = op
        return op.start(self.tr("Building the region pack from {}…").format(Path(path).name))

    def show_regions(self):
        """Regions → Region packs…: list (usable and not), remove, show folder; returns the dialog."""
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.ui.region_list import RegionListDialog

        dialog = RegionListDialog(region_folder(), self)
        if self.region_build is not None:  # removing under a running build is refused by the store anyway
            dialog.note.setText(self.tr("A region pack is being built; it shows here when it is ready."))
        dialog.open()
        return dialog

    def ensure_demo_region(self) -> Operation | None:
        """The demo's streets: build the demo region pack from the shipped extract in the background
        unless this installation has it (built once, kept in the data folder); returns the build."""
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.services.demo import EXTRACT, REGION

        if any(p.name == REGION for p in region_folder().packs()):
            return None
        return self.build_region(str(EXTRACT), REGION, quiet=True)

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
