"""Settings (Ctrl+,): travel mode and speeds, time per visit, shift, country, holidays region and
office closures, rule set, time zone,
tile pack, sync folder and language — validated by ``services.settings``, with Export/Import of
the office's settings as one file for its collectors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import TIME_FORMAT, localize
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_profiles import list_profiles, merge_profiles
from fieldvisit.services.settings import (
    MODES, from_document, load_settings, profiles_in_document, save_settings, settings_document, validate,
)
from fieldvisit.ui.writes import write

MODE_LABELS = {"walk": QT_TRANSLATE_NOOP("PlannerPanel", "Walk"), "bicycle": QT_TRANSLATE_NOOP("PlannerPanel", "Bicycle"),
               "motorbike": QT_TRANSLATE_NOOP("PlannerPanel", "Motorbike"), "car": QT_TRANSLATE_NOOP("PlannerPanel", "Car"),
               "public_transport": QT_TRANSLATE_NOOP("PlannerPanel", "Public transport")}


def _path_row(edit: QLineEdit, browse) -> QWidget:
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    button = QPushButton("…")
    button.setMaximumWidth(32)
    button.clicked.connect(browse)
    box.addWidget(button)
    return row


class SettingsDialog(QDialog):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        from fieldvisit.adapters.i18n import LANGUAGES
        from fieldvisit.adapters.routing.travel import DEFAULT_PROFILES

        self.app = app
        self.setWindowTitle(self.tr("Settings"))
        self.values = load_settings(app.uow())
        v = self.values
        self.mode = QComboBox()
        for m in MODES:
            self.mode.addItem(self.tr(MODE_LABELS[m]), m)
        self.mode.setCurrentIndex(self.mode.findData(v["travel_mode"]))
        self.speeds = {}
        speeds = QFormLayout()
        for m in MODES:
            spin = QDoubleSpinBox(decimals=1, minimum=1, maximum=150, suffix=" km/h")
            spin.setValue(float(v["speeds"].get(m, DEFAULT_PROFILES[m].speed_kmh)))
            self.speeds[m] = spin
            speeds.addRow(self.tr(MODE_LABELS[m]), spin)
        speed_box = QGroupBox(self.tr("Average speed door to door"))
        speed_box.setLayout(speeds)
        self.service = QSpinBox(minimum=1, maximum=240, suffix=self.tr(" min"))
        self.service.setValue(int(v["service_minutes"]))
        start, end = v["shift"].split("-")
        self.shift_start = QTimeEdit(QTime.fromString(start, "HH:mm"))
        self.shift_end = QTimeEdit(QTime.fromString(end, "HH:mm"))
        for edit in (self.shift_start, self.shift_end):  # 24-hour, as the timeline (BRK16b #16)
            edit.setDisplayFormat(TIME_FORMAT)
        shift = QWidget()
        sbox = QHBoxLayout(shift)
        sbox.setContentsMargins(0, 0, 0, 0)
        sbox.addWidget(self.shift_start)
        sbox.addWidget(QLabel("–"))
        sbox.addWidget(self.shift_end)
        sbox.addStretch(1)
        self.country = QLineEdit(v["country"], maxLength=2, placeholderText=self.tr("e.g. ES, CN, MX"))
        self.currency = QLineEdit(v["currency"], maxLength=3, placeholderText=self.tr("e.g. EUR"))
        self.timezone = QLineEdit(v["timezone"], placeholderText=self.tr("system time zone"))
        self.holidays_region = QLineEdit(v["holidays_region"], maxLength=4,
                                         placeholderText=self.tr("e.g. MD (Madrid); empty: national holidays"))
        self.holidays_region.setToolTip(self.tr("Public holidays of the country and this region are kept free of "
                                                "visits (except agreed appointments) and of repayment dates"))
        self.closures = QLineEdit(v["holidays"], placeholderText=self.tr("YYYY-MM-DD, YYYY-MM-DD"))
        self.closures.setToolTip(self.tr("Office closures and local feasts, added to the public holidays"))
        self.rulesets = QLineEdit(v["rulesets"], placeholderText=self.tr("the rule sets shipped with FieldVisit"))
        self.tile_pack = QLineEdit(v["tile_pack"], placeholderText=self.tr("none: plain background offline"))
        self.sync_folder = QLineEdit(v["sync_folder"], placeholderText=self.tr("none"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(v["language"]), 0))
        form = QFormLayout()
        form.addRow(self.tr("Travel mode"), self.mode)
        form.addRow(self.tr("Time per visit"), self.service)
        form.addRow(self.tr("Shift"), shift)
        form.addRow(self.tr("Country"), self.country)
        # every country with public-holiday data is offered, with the conduct rules it gets
        self.country_rules = QLabel(wordWrap=True)
        self.country_rules.setStyleSheet("color: #555")
        form.addRow("", self.country_rules)
        self._country_choices()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Holidays region"), self.holidays_region)
        form.addRow(self.tr("Office closures"), self.closures)
        form.addRow(self.tr("Rule sets file"), _path_row(self.rulesets, lambda: self._browse(
            self.rulesets, self.tr("Rule sets (*.json)"))))
        form.addRow(self.tr("Tile pack"), _path_row(self.tile_pack, lambda: self._browse(
            self.tile_pack, self.tr("Tile packs (*.mbtiles)"))))
        form.addRow(self.tr("Sync folder"), _path_row(self.sync_folder, self._browse_folder))
        form.addRow(self.tr("Language"), self.language)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.edit_start_point())
        form.addRow(self.tr("Where my day starts"), self.start_button)
        self._show_start_point()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        load = buttons.addButton(self.tr("Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.setToolTip(self.tr("Write these settings to a file for your collectors (without this computer's paths)"))
        export.clicked.connect(lambda: self.export_file())
        load.clicked.connect(lambda: self.import_file())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(speed_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.language_changed = False

    def start_collector(self) -> str:
        """Whose start point this dialog sets: this laptop's collector, else the planner's."""
        with self.app.uow() as uow:
            me = uow.keys.identity()
        if me and me["role"] == "collector":
            return me["name"]
        planner = getattr(self.parent(), "planner", None)
        return planner.collector.currentText() if planner is not None else ""

    def _show_start_point(self) -> None:
        from fieldvisit.services.collectors import get_collector

        name = self.start_collector()
        found = get_collector(self.app.uow(), name) if name else None
        self.start_button.setEnabled(bool(name))
        self.start_button.setText(self.tr("{name}: {lat:.5f}, {lon:.5f} — change…").format(
            name=name, lat=found.home[0], lon=found.home[1]) if found and found.home else
            self.tr("{}: not set yet — set…").format(name) if name else self.tr("choose a collector in the planner"))

    def edit_start_point(self):
        from fieldvisit.ui.collector_home import StartPointDialog

        self.start_dialog = StartPointDialog(self.app, self.start_collector(), self)
        self.start_dialog.accepted.connect(self._show_start_point)
        self.start_dialog.open()
        return self.start_dialog

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), edit.text(), pattern)
        if path:
            edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.sync_folder.text())
        if path:
            self.sync_folder.setText(path)

    def current(self) -> dict:
        return {"travel_mode": self.mode.currentData(), "service_minutes": self.service.value(),
                "speeds": {m: round(s.value(), 1) for m, s in self.speeds.items()},
                "shift": f"{self.shift_start.time().toString('HH:mm')}-{self.shift_end.time().toString('HH:mm')}",
                "country": self.country.text().strip(), "currency": self.currency.text().strip(),
                "timezone": self.timezone.text().strip(), "rulesets": self.rulesets.text().strip(),
                "tile_pack": self.tile_pack.text().strip(), "sync_folder": self.sync_folder.text().strip(),
                "language": self.language.currentData(), "osrm_url": self.values.get("osrm_url", ""),
                "holidays_region": self.holidays_region.text().strip(), "holidays": self.closures.text().strip()}

    def show_values(self, v: dict) -> None:
        self.mode.setCurrentIndex(self.mode.findData(v["travel_mode"]))
        self.service.setValue(int(v["service_minutes"]))
        for m, spin in self.speeds.items():
            if m in v["speeds"]:
                spin.setValue(float(v["speeds"][m]))
        start, end = v["shift"].split("-")
        self.shift_start.setTime(QTime.fromString(start, "HH:mm"))
        self.shift_end.setTime(QTime.fromString(end, "HH:mm"))
        for key in ("country", "currency", "timezone", "rulesets", "holidays_region"):
            getattr(self, key).setText(v[key])
        self.closures.setText(v["holidays"])

    def accept(self) -> None:
        try:
            if self.sync_folder.text().strip() and not Path(self.sync_folder.text().strip()).is_dir():
                raise UserError(self.tr("The sync folder does not exist (or is not reachable now)."))
            if self.rulesets.text().strip():
                from fieldvisit.adapters.rules import load_rulebook

                load_rulebook(self.rulesets.text().strip())
            values = self.current()
            validate(values)  # a wrong value is said at once; the region is checked while saving
        except UserError as exc:
            self.error.setText(localize(str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - a broken rule-set file: say so, keep the dialog
            self.error.setText(self.tr("The rule sets file cannot be used: {}").format(exc))
            return
        self.error.setText(self.tr("Saving…"))
        self.pending = write(self, _save_with_profiles, self.app.uow, values, getattr(self, "pending_profiles", {}),
                             done=self._saved, failed=self.error.setText)

    def _saved(self, saved: dict) -> None:
        """The settings are saved (in the background): the dialog closes."""
        self.error.setText("")
        self.language_changed = saved["language"] != self.values["language"]
        self.values = saved
        super().accept()

    def _country_choices(self) -> None:
        """The country field completes every ISO code the holidays data knows; the line under it
        names the country and its conduct rule set (its own, the EU's, or the default rules)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        from fieldvisit.ui.first_run import country_choices

        try:
            rules = self.app.rules()
        except Exception:  # noqa: BLE001 - a broken rule-set file is reported when saving
            rules = None
        choices = {code: (name, rule) for code, name, rule in country_choices(rules)} if rules else {}
        completer = QCompleter(sorted(choices), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country.setCompleter(completer)

        def show(text: str) -> None:
            code = text.strip().upper()
            if not code:
                self.country_rules.setText(self.tr("No country: the default rules (no cold visits on Sundays or "
                                                   "public holidays)"))
            elif code in choices:
                self.country_rules.setText(self.tr("{name}: {rules}").format(name=choices[code][0],
                                                                            rules=choices[code][1]))
            else:
                self.country_rules.setText(self.tr("Not a country code FieldVisit has public holidays for"))
        self.country.textChanged.connect(show)
        show(self.country.text())

    def export_file(self, path: str | None = None) -> str | None:
        try:
            doc = settings_document(self.current(), list_profiles(self.app.uow()))
        except UserError as exc:
            self.error.setText(localize(str(exc)))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export settings"), "fieldvisit-settings.json",
                                                  self.tr("Settings (*.json)"))
        if not path:
            return None
        from fieldvisit.adapters.files.safe_write import write_bytes_atomic
        from fieldvisit.services.errors import os_reason

        try:
            write_bytes_atomic(Path(path), (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        except UserError as exc:  # a device, a pipe, a link or a folder at that name
            self.error.setText(localize(str(exc)))
            return None
        except OSError as exc:
            self.error.setText(self.tr("Could not write {path}: {error}.").format(path=path, error=os_reason(exc)))
            return None
        return path

    def import_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import settings"), "", self.tr("Settings (*.json)"))
        if not path:
            return False
        try:
            from fieldvisit.adapters.files.safe_write import read_limited
            from fieldvisit.domain.limits import MAX_JSON_BYTES

            doc = json.loads(read_limited(Path(path), MAX_JSON_BYTES, "settings file", follow=True)
                             .decode("utf-8-sig"))
            values = from_document(doc, self.current())
            self.pending_profiles = profiles_in_document(doc)
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("That file cannot be read: {}").format(exc))
            return False
        except UserError as exc:
            self.error.setText(localize(str(exc)))
            return False
        self.show_values(values)
        self.error.setText("")
        return True


def _save_with_profiles(uow_factory, values: dict, profiles: dict) -> dict:
    """Save the settings, then the import profiles a settings file brought (in the background)."""
    saved = save_settings(uow_factory(), values)
    merge_profiles(uow_factory(), profiles)
    return saved
