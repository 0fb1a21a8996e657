"""The Regions menu in the window (build with progress and cancel; Find a place offline)."""

from datetime import date

import pytest

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, sqlite_app, tmp_path, monkeypatch):
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path / "home"))
    build_demo(sqlite_app.uow(), count=20, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitUntil(lambda: w.map.is_ready, timeout=30000)
    return w


def test_regions_menu_and_find_without_packs(qtbot, window):
    assert set(window.region_actions) == {"build", "find", "packs"}
    dialog = window.show_regions()
    qtbot.addWidget(dialog)
    assert dialog.rows == [] and "No region pack yet" in dialog.note.text()
    assert not dialog.remove_button.isEnabled()
    assert window.region_actions["find"].shortcut().toString() == "Ctrl+Shift+G"
    assert window.find_place("Mannerheimintie 5") == []
    assert "Not found in the region packs" in window.statusBar().currentMessage()


def test_cancelling_a_build_leaves_nothing_and_a_later_build_succeeds(qtbot, window):
    from pathlib import Path

    from fieldvisit.bootstrap import region_folder

    extract = Path(__file__).resolve().parents[2] / "resources" / "regions" / "Helsinki.osm.pbf"
    root = region_folder().root
    bar = window.region_progress
    op = window.build_region(str(extract))
    assert bar.isVisible() and window.build_region(str(extract)) is None  # one build at a time
    assert "being built" in window.statusBar().currentMessage()
    # cancel while the routing engine is working on the roads (an OSRM process is running)
    qtbot.waitUntil(lambda: "Roads for" in bar.label.text(), timeout=120000)
    assert any(p.name.startswith(".building-") for p in root.iterdir())
    bar.cancel_button.click()
    qtbot.waitUntil(lambda: window.region_build is None, timeout=60000)
    assert not op.running and not bar.isVisible()
    assert list(root.iterdir()) == []  # nothing half-built left behind
    assert "cancelled; nothing was kept" in window.statusBar().currentMessage()
    assert region_folder().packs() == []
    # the window stays usable: the planner, the search and the menu answer at once
    assert window.region_actions["build"].isEnabled() and window.planner.plan_button.isEnabled()
    assert window.find_place("Mannerheimintie 5") == []
    # the later build: the demo's own, as `fieldvisit --demo` starts it (once: then it is kept)
    assert window.ensure_demo_region() is not None and window.region_progress.isVisible()
    qtbot.waitUntil(lambda: window.region_build is None, timeout=300000)
    assert [p.name for p in region_folder().packs()] == ["Helsinki"]
    assert window.ensure_demo_region() is None  # built once per installation
    assert [p.name for p in root.iterdir()] == ["Helsinki"]
    assert window.find_place("Mannerheimintie 5")[0]["label"].startswith("Mannerheimintie 5")
    # Regions → Region packs…: the pack is listed, a pack of another version is shown as not used
    # with its reason, and Remove takes a pack away
    import json

    odd = root / "Old"
    odd.mkdir()
    (odd / "manifest.json").write_text(json.dumps({"format": 0, "name": "Old"}), encoding="utf-8")
    dialog = window.show_regions()
    qtbot.addWidget(dialog)
    assert [(r["name"], r["usable"]) for r in dialog.rows] == [("Helsinki", True), ("Old", False)]
    assert dialog.table.item(0, 3).text() == "yes" and dialog.table.item(1, 5).text().startswith("NOT USED: ")
    dialog.table.selectRow(1)
    assert dialog.remove_selected(confirm=False) and not odd.exists()
    assert [r["name"] for r in dialog.rows] == ["Helsinki"]
    assert [p.name for p in region_folder().packs()] == ["Helsinki"]
