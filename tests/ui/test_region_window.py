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
    assert set(window.region_actions) == {"build", "find"}
    assert window.region_actions["find"].shortcut().toString() == "Ctrl+Shift+G"
    assert window.find_place("Mannerheimintie 5") == []
    assert "Not found in the region packs" in window.statusBar().currentMessage()
