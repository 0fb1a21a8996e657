"""Key exchange in the window: export my identity file; trust an office's file only after its
fingerprint was shown and confirmed (what `keys export` / `keys trust` do)."""

import json
import os

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.identities import init_identity, list_peers

pytestmark = pytest.mark.ui


@pytest.fixture
def laptop_and_office(qtbot, sqlite_app, tmp_path):
    from fieldvisit.ui.main_window import MainWindow

    init_identity(sqlite_app.uow(), crypto, role="collector", name="Lucía Romero")
    office = open_app(f"sqlite:///{tmp_path / 'office.sqlite'}")
    init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    yield window, office
    office.close()


def test_export_then_trust_after_comparing_the_fingerprint(qtbot, laptop_and_office, tmp_path):
    from fieldvisit.ui.keys_dialog import KeyExchangeDialog

    window, office = laptop_and_office
    assert window.keys_action.text() == "&Keys and trust…"
    dialog = window.show_keys()
    qtbot.addWidget(dialog)
    mine = tmp_path / "lucia.json"
    assert dialog.export_identity(str(mine)) == str(mine)
    doc = json.loads(mine.read_text(encoding="utf-8"))
    assert doc["name"] == "Lucía Romero" and doc["role"] == "collector"
    assert dialog.fingerprint.text() == doc["fingerprint"] and doc["fingerprint"] in dialog.message.text()

    office_file = tmp_path / "office.json"
    KeyExchangeDialog(office).export_identity(str(office_file))
    office_fp = json.loads(office_file.read_text(encoding="utf-8"))["fingerprint"]
    seen = []
    assert dialog.trust_file(str(office_file), confirm=lambda s: seen.append(s) or False) is None
    assert seen[0]["fingerprint"] == office_fp and seen[0]["name"] == "Madrid office"
    assert list_peers(window.app.uow())["trusted"] == []  # "different": nothing stored
    assert "Not trusted" in dialog.message.text()

    got = dialog.trust_file(str(office_file), confirm=lambda s: True).wait()
    assert got["name"] == "Madrid office" and got["fingerprint"] == office_fp
    assert [p["fingerprint"] for p in list_peers(window.app.uow())["trusted"]] == [office_fp]
    assert any(office_fp in dialog.peers.item(i).text() for i in range(dialog.peers.count()))


def test_the_confirmation_shows_the_fingerprint(qtbot, laptop_and_office, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from fieldvisit.ui.keys_dialog import KeyExchangeDialog

    window, office = laptop_and_office
    office_file = tmp_path / "office.json"
    KeyExchangeDialog(office).export_identity(str(office_file))
    fp = json.loads(office_file.read_text(encoding="utf-8"))["fingerprint"]
    dialog = window.show_keys()
    qtbot.addWidget(dialog)
    shown = {}

    def answer():
        box = dialog.confirm_box
        shown["text"] = box.text() + box.informativeText()
        if os.environ.get("FIELDVISIT_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "keys_dialog.png"))
            box.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "keys_confirm.png"))
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(200, answer)
    assert dialog.trust_file(str(office_file)).wait()["name"] == "Madrid office"
    assert fp in shown["text"] and "Madrid office" in shown["text"]


def test_bad_files_say_what_is_wrong(qtbot, laptop_and_office, tmp_path):
    window, office = laptop_and_office
    dialog = window.show_keys()
    qtbot.addWidget(dialog)
    junk = tmp_path / "notes.json"
    junk.write_text("hello", encoding="utf-8")
    assert dialog.trust_file(str(junk), confirm=lambda s: True) is None
    assert dialog.message.text() == "notes.json is not a FieldVisit identity file."
    mine = tmp_path / "me.json"
    dialog.export_identity(str(mine))
    assert dialog.trust_file(str(mine), confirm=lambda s: True) is None
    assert "own identity" in dialog.message.text()


def test_an_office_enrolls_a_collector_once(qtbot, tmp_path):
    from fieldvisit.ui.keys_dialog import KeyExchangeDialog
    from fieldvisit.ui.main_window import MainWindow

    office = open_app(f"sqlite:///{tmp_path / 'office.sqlite'}")
    laptop = open_app(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    try:
        init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
        init_identity(laptop.uow(), crypto, role="collector", name="Javier Ortega")
        collector_file = tmp_path / "javier.json"
        KeyExchangeDialog(laptop).export_identity(str(collector_file))
        window = MainWindow(office, load_map=False)
        qtbot.addWidget(window)
        dialog = window.show_keys()
        qtbot.addWidget(dialog)
        assert dialog.trust_file(str(collector_file), confirm=lambda seen: seen["role"] == "collector").wait()
        assert [p["name"] for p in list_peers(office.uow())["trusted"]] == ["Javier Ortega"]
        assert dialog.trust_file(str(collector_file), confirm=lambda seen: True).wait()["new"] is False
        assert "Already trusted" in dialog.message.text()
    finally:
        laptop.close()
        office.close()
