"""Where a collector's day starts (and ends): a dialog taking an address (found with the
workspace's geocoder and its cache) or a position LAT,LON, and pointing to the map's right-click
"Start my day here" (an address is looked up in the background). Shown by *File → Where my day starts…*, and when a day is planned for a
collector who has no start point yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from fieldvisit.adapters.i18n import localize
from fieldvisit.domain.positions import looks_like_position
from fieldvisit.services.collectors import geocode_address, get_collector, set_home
from fieldvisit.services.day_plans import parse_point
from fieldvisit.services.errors import UserError
from fieldvisit.ui.operation import Operation
from fieldvisit.ui.writes import write


def _text(point) -> str:
    return f"{point[0]:.6f},{point[1]:.6f}" if point else ""


class StartPointDialog(QDialog):
    """Edits ``collector``'s start and end points; ``saved`` holds the Collector once saved."""

    def __init__(self, app, collector: str, parent=None, *, missing: bool = False) -> None:
        super().__init__(parent)
        self.app, self.name, self.saved = app, collector, None
        self.setWindowTitle(self.tr("Where {}'s day starts").format(collector))
        found = get_collector(app.uow(), collector)
        intro = (self.tr("{} has no start point yet, so the day cannot be planned. Where does the day start "
                         "(home or office)?") if missing else
                 self.tr("Where does {}'s day start (home or office)? Plans start there and end there unless "
                         "you give an end point.")).format(collector)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.start = QLineEdit(_text(found.home) if found else "")
        self.start.setPlaceholderText(self.tr("An address, or a position as LAT,LON"))
        self.end = QLineEdit(_text(found.end) if found else "")
        self.end.setPlaceholderText(self.tr("Optional: where the day ends, if not back at the start"))
        form = QFormLayout()
        form.addRow(self.tr("Day starts at"), self.start)
        form.addRow(self.tr("Day ends at"), self.end)
        hint = QLabel(self.tr("Tip: you can also right-click the map and choose “Start my day here”."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _resolve(self, start: str, end: str):
        """Runs in a worker thread when an address must be found: ``(home, end)`` points."""
        return self._point(start), self._point(end)

    def _point(self, text: str):
        text = text.strip()
        if not text:
            return None
        if looks_like_position(text):
            return parse_point(text)
        from fieldvisit.bootstrap import geocoder

        g = geocoder(self.app.setting("geocoder") or "nominatim", self.app.setting("geocoder_url") or None)
        lat, lon, _display = geocode_address(self.app.uow(), g, text, self.app.setting("country") or "")
        return lat, lon

    def accept(self) -> None:
        start, end = self.start.text().strip(), self.end.text().strip()
        if not start:
            self.error.setText(self.tr("Write where the day starts: an address, or a position as LAT,LON."))
            return
        if all(not t or looks_like_position(t) for t in (start, end)):
            try:
                self._save(self._resolve(start, end))
            except UserError as exc:
                self.error.setText(localize(str(exc)))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Finding the address…"))
        self.operation = Operation(self, self._resolve, start, end).success(self._save).failure(self._failed)
        self.operation.finished.connect(lambda: self.buttons.setEnabled(True))
        self.operation.start()

    def _failed(self, message: str) -> None:
        self.error.setText(message)

    def _save(self, points) -> None:
        """Save in the background; the dialog stays open (the points kept) until it is saved."""
        self.buttons.setEnabled(False)
        self.pending = write(self, set_home, self.app.uow(), self.name, *points, done=self._saved,
                             failed=self._not_saved)

    def _saved(self, collector) -> None:
        self.buttons.setEnabled(True)
        self.saved = collector
        self.error.setText("")
        super().accept()

    def _not_saved(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
