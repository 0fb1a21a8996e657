"""Placing cases on the map, a mixin of ``MainWindow``: a dragged marker or a case pinned at the
map's centre is saved (in the background, undoable with Ctrl+Z), addresses are geocoded in the
background, and an MBTiles file becomes the offline base map. No write runs on the UI thread."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldvisit.adapters.i18n import localize
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.cases import move_case
from fieldvisit.services.errors import UserError
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.writes import write


class MoveCase(QUndoCommand):
    """A case placed by hand at ``new`` (lat, lon in degrees). ``redo``/``undo`` queue the write;
    the table and map follow once it is saved. A move given up (busy workspace, refused) puts
    the marker back and leaves the undo stack."""

    def __init__(self, window, case_id: str, new: tuple[float, float]) -> None:
        super().__init__(window.tr("Move {}").format(case_id))
        self.window, self.case_id, self.new = window, case_id, new
        self.old: tuple | None = None
        self.pending = None

    def redo(self) -> None:
        def saved(old) -> None:
            self.old = self.old or old
            self.window.reload(redraw_map=self._redrawn)
            self.window.statusBar().showMessage(
                self.window.tr("{} placed by hand; Ctrl+Z undoes it.").format(self.case_id), 5000)

        self.pending = write(self.window, move_case, self.window.app.uow(), self.case_id, *self.new,
                             self.window.app.zones, done=saved, failed=self._given_up,
                             title=self.window.tr("Cannot move"))

    def undo(self) -> None:
        self._redrawn = True
        if self.old and self.old[0] is not None:
            self.pending = write(self.window, move_case, self.window.app.uow(), self.case_id, *self.old,
                                 self.window.app.zones, done=lambda _r: self.window.reload(redraw_map=True),
                                 failed=self._given_up, title=self.window.tr("Cannot move"))
        else:
            self.window.reload(redraw_map=True)

    def _given_up(self, message: str) -> None:
        self.setObsolete(True)  # the stack drops it at the next undo
        self.window.reload(redraw_map=True)  # the marker goes back to where it is saved
        self.window.statusBar().showMessage(message, 10000)

    _redrawn = False


class MapActions:
    def _case_moved(self, case_id: str, lat: float, lon: float) -> None:
        self.undo_stack.push(MoveCase(self, case_id, (lat, lon)))

    def geocode(self) -> Operation:
        from fieldvisit.bootstrap import geocoder
        from fieldvisit.services.geocode import geocode_pending

        def work():
            g = geocoder(self.app.setting("geocoder") or "nominatim", self.app.setting("geocoder_url") or None)
            return (yield from geocode_pending(self.app.uow(), g, self.app.zones, rules=self.app.rules()))

        def done(summary):
            self.reload()
            text = self.tr("{g} geocoded, {c} from the cache, {f} not found.").format(
                g=summary.geocoded, c=summary.cached, f=summary.failed)
            if summary.outside:
                text += " " + self.tr("%n found far outside their country were not stored: File → Review imported "
                                      "values (Ctrl+Shift+A).", "", summary.outside)
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

    def import_tile_pack(self, path: str | None = None):
        """Copy an MBTiles file into the data folder and use it as the base map; returns the
        pending write of the setting (None when refused)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import tile pack"), "", self.tr("Tile packs (*.mbtiles)"))
        if not path:
            return None
        try:
            TilePack(path)
            from fieldvisit.bootstrap import data_dir

            target = data_dir() / "tiles" / Path(path).name
            from fieldvisit.adapters.files.safe_write import private_folder

            private_folder(target.parent)
            if Path(path).resolve() != target.resolve():
                shutil.copyfile(path, target)
            pack = TilePack(target)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Tile pack refused"), localize(str(exc)))
            return None

        def saved(_r) -> None:
            self.map.set_tile_pack(pack)
            self.redraw_map()
            self.statusBar().showMessage(self.tr("Offline base map: {}").format(target.name), 5000)

        return write(self, _set_setting, self.app, "tile_pack", str(target), done=saved,
                     title=self.tr("Tile pack not saved"))


def _set_setting(app, key: str, value: str) -> None:
    with app.uow() as uow:
        uow.settings.set(key, value)
        uow.commit()
