"""First run, settings and help."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.ui


def test_first_run_creates_identity_and_settings(qtbot, sqlite_app):
    from fieldvisit.services.settings import load_settings
    from fieldvisit.ui.first_run import FirstRunWizard, needs_first_run

    assert needs_first_run(sqlite_app)
    wizard = FirstRunWizard(sqlite_app)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.currentPage().isComplete()  # a name is needed
    wizard.supervisor.setChecked(True)
    wizard.name.setText("Oficina Madrid")
    assert wizard.currentPage().isComplete()
    wizard.next()
    wizard.country.setCurrentIndex(wizard.country.findData("ES"))
    assert wizard.currency.text() == "EUR" and wizard.timezone.currentText() == "Europe/Madrid"
    wizard.language.setCurrentIndex(wizard.language.findData("es"))
    assert not wizard.validateCurrentPage()  # the identity is made in the background…
    qtbot.waitUntil(lambda: wizard.identity is not None, timeout=10000)  # …then the wizard finishes
    assert wizard.validateCurrentPage() and wizard.result() == wizard.DialogCode.Accepted
    with sqlite_app.uow() as uow:
        me = uow.keys.identity()
    assert (me["name"], me["role"]) == ("Oficina Madrid", "supervisor")
    s = load_settings(sqlite_app.uow())
    assert (s["country"], s["currency"], s["timezone"], s["language"]) == ("ES", "EUR", "Europe/Madrid", "es")
    assert not needs_first_run(sqlite_app)


def test_first_run_can_choose_the_demo(qtbot, sqlite_app):
    from fieldvisit.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(sqlite_app)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.demo.setChecked(True)
    assert wizard.currentPage().isComplete() and wizard.validateCurrentPage() and wizard.use_demo
    with sqlite_app.uow() as uow:
        assert uow.keys.identity() is None  # nothing created


def test_settings_dialog_validates_saves_and_round_trips_a_file(qtbot, sqlite_app, tmp_path):
    from fieldvisit.services.settings import load_settings
    from fieldvisit.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_app)
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("motorbike"))
    dialog.speeds["motorbike"].setValue(30)
    dialog.service.setValue(25)
    dialog.timezone.setText("Mars/Olympus")
    dialog.accept()
    assert "not a time zone" in dialog.error.text() and dialog.result() == 0
    dialog.timezone.setText("Europe/Madrid")
    dialog.country.setText("es")
    dialog.accept()
    dialog.pending.wait()
    s = load_settings(sqlite_app.uow())
    assert (s["travel_mode"], s["speeds"]["motorbike"], s["service_minutes"], s["country"]) == ("motorbike", 30.0, 25, "ES")
    # the planner's travel model uses the saved speed
    assert sqlite_app.travel().profiles["motorbike"].speed_kmh == 30.0
    path = dialog.export_file(str(tmp_path / "office.json"))
    doc = json.loads(open(path, encoding="utf-8").read())
    assert doc["service_minutes"] == 25 and "sync_folder" not in doc and "language" not in doc
    other = SettingsDialog(sqlite_app)
    qtbot.addWidget(other)
    other.service.setValue(10)
    assert other.import_file(path) and other.service.value() == 25
    (tmp_path / "bad.json").write_text('{"format": "something"}', encoding="utf-8")
    assert not other.import_file(str(tmp_path / "bad.json")) and "not a FieldVisit settings file" in other.error.text()


def test_help_lists_the_shortcuts(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    keys = dict(w.shortcuts())
    assert keys.get("Ctrl+R", "").startswith("Record visit") and "Ctrl+P" in keys and "F1" in keys and "Ctrl+," in keys
    box = w.show_shortcuts()
    qtbot.addWidget(box)
    assert "Ctrl+R" in box.text()


def test_settings_file_carries_the_import_profiles(qtbot, sqlite_app, tmp_path):
    """An office's saved column mappings travel with its settings file, so a collector's import of
    the same lender's file is read alike."""
    from fieldvisit.services.import_profiles import ImportOptions, find_profile, list_profiles, save_profile
    from fieldvisit.ui.settings_dialog import SettingsDialog

    headers = ["Ref", "Debtor", "Street"]
    columns = [{"source": "Ref", "field": "case_id", "action": "map"},
               {"source": "Debtor", "field": "name", "action": "map"},
               {"source": "Street", "field": "address", "action": "map"}]
    save_profile(sqlite_app.uow(), "Lender A", headers, columns, ImportOptions(delimiter=";"))
    dialog = SettingsDialog(sqlite_app)
    qtbot.addWidget(dialog)
    path = dialog.export_file(str(tmp_path / "office.json"))
    doc = json.loads(open(path, encoding="utf-8").read())
    assert doc["import_profiles"]["Lender A"]["mapping"]["Ref"] == "case_id"

    from fieldvisit.bootstrap import open_app

    other_app = open_app(f"sqlite:///{tmp_path / 'collector.sqlite'}")
    try:
        other = SettingsDialog(other_app)
        qtbot.addWidget(other)
        assert other.import_file(path)
        other.accept()
        other.pending.wait()
        assert list_profiles(other_app.uow())["Lender A"]["options"] == {"delimiter": ";"}
        assert find_profile(other_app.uow(), ["street", "DEBTOR", "ref"])["name"] == "Lender A"
        (tmp_path / "damaged.json").write_text(json.dumps({**doc, "import_profiles": {"x": 1}}), encoding="utf-8")
        assert not other.import_file(str(tmp_path / "damaged.json")) and "damaged" in other.error.text()
    finally:
        other_app.close()
