"""The desktop with its embedded map (QtWebEngine, offscreen): offline page, selection everywhere,
planning from the UI, tile packs through the scheme handler, undoable marker moves."""

import json
import os
import subprocess
import sys
from pathlib import Path
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui
DAY = date.today() + timedelta(days=2)


def js(qtbot, view, script):
    """Evaluate ``script`` in the map page and return its value (through JSON)."""
    box = {}
    view.page().runJavaScript(f"JSON.stringify((function () {{ return {script}; }})())", 0,
                              lambda r: box.setdefault("r", r))
    qtbot.waitUntil(lambda: "r" in box, timeout=10000)
    return json.loads(box["r"]) if box["r"] else None


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=150, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.map.is_ready, timeout=30000)
    return w


def plan_in_ui(qtbot, w, collector="Lucía Romero"):
    w.planner.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    w.planner.collector.setCurrentText(collector)
    w.planner.time_limit = 0.5
    w.planner.plan_day()
    qtbot.waitUntil(lambda: w.planner.operation is None, timeout=60000)
    assert w.planner.plan is not None, w.planner.summary.text()


def test_map_page_loads_offline_with_every_case(qtbot, window):
    with_coords = sum(1 for c in window.cases.values() if c.has_coordinates)
    counts = js(qtbot, window.map, "fv.counts()")
    assert counts["cases"] == with_coords == 150
    assert window.map.guard.blocked == []
    assert window.map.guard.seen and all(u.startswith("fvmap://") for u in window.map.guard.seen)
    assert window.map.handler.served["assets"] >= 6


def test_remote_requests_are_blocked_and_recorded(tmp_path):
    """A page that names a CDN (as folium's default template does) gets nothing from it: the
    guard blocks and records each request. Checked in a real app process."""
    probe = Path(__file__).with_name("offline_probe.py")
    root = str(Path(__file__).resolve().parents[2])
    r = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                            "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))})
    data = json.loads(r.stdout.strip().splitlines()[-1])
    assert data["served"]["page"] == 1
    assert data["leaflet_from_cdn"] is False, "nothing from the CDN ran"
    fetched = [u for u in data["seen"] if u not in data["blocked"]]
    assert all(u.startswith("fvmap://") for u in fetched), fetched


def test_planning_from_the_ui_fills_timeline_and_map(qtbot, window):
    plan_in_ui(qtbot, window)
    plan = window.planner.plan
    assert plan.stops and not plan.violations
    assert window.planner.timeline.count() == len(plan.stops)
    # cases left out say why (blocked, capped, no time left…), one line each
    assert plan.unplanned and "not planned" in window.planner.unplanned_button.text()
    dialog = window.planner.show_not_planned()
    assert dialog.model.rowCount() == len(plan.unplanned)
    assert all(dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount()))
    dialog.close()
    qtbot.waitUntil(lambda: js(qtbot, window.map, "fv.counts().stops") == len(plan.stops), timeout=10000)
    with window.app.uow() as uow:
        saved = uow.plans.latest(DAY, "Lucía Romero")
    assert saved and len(saved[0]["stops"]) == len(plan.stops)


def test_selection_table_map_timeline(qtbot, window):
    plan_in_ui(qtbot, window)
    stop_id = window.planner.plan.stops[1].case_id
    # timeline → table
    window.planner.timeline.setCurrentRow(1)
    assert window.selected_case() == stop_id
    # map click → table and timeline (through QWebChannel)
    other = window.planner.plan.stops[0].case_id
    js(qtbot, window.map, f"(function () {{ document.querySelector('[data-stop=\"{other}\"]').parentElement.click(); return 1; }})()")
    qtbot.waitUntil(lambda: window.selected_case() == other, timeout=10000)
    assert window.planner.current_case() == other
    # table → map: the map selects (and centres on) the case
    some = next(c for c in window.cases.values() if c.has_coordinates and c.case_id not in (other, stop_id))
    window.select_case(some.case_id)
    qtbot.waitUntil(lambda: js(qtbot, window.map, f"!!document.querySelector('.fv-dot.fv-selected[data-case=\"{some.case_id}\"]')") is True,
                    timeout=10000)


def test_reorder_lock_remove_recompute_at_once(qtbot, window):
    plan_in_ui(qtbot, window)
    tl = window.planner.timeline
    first = tl.item(0).data(256)
    item = tl.takeItem(0)
    tl.addItem(item)  # the first visit moved to the end, as a drag would
    window.planner.retime()
    assert window.planner.plan.stops[-1].case_id == first
    before = len(window.planner.plan.stops)
    tl.setCurrentRow(0)
    window.planner.toggle_lock()
    assert not tl.item(0).icon().isNull() and "Locked" in tl.item(0).toolTip()  # a painted lock (BRK16b #13)
    assert "Locked" not in tl.item(1).toolTip()
    tl.setCurrentRow(1)
    window.planner.remove_selected()
    assert len(window.planner.plan.stops) == before - 1


def test_marker_drag_saves_position_and_undo_restores(qtbot, window):
    from fieldvisit.ui.writes import flush_writes

    case = next(c for c in window.cases.values() if c.has_coordinates)
    old = (case.lat, case.lon)
    window.map.case_moved.emit(case.case_id, 40.5, -3.6)
    flush_writes()  # saved in the background, never on the UI thread
    with window.app.uow() as uow:
        moved = uow.cases.get(case.case_id)
    assert (moved.lat, moved.lon, moved.geo_status.value) == (40.5, -3.6, "manual")
    window.undo_stack.undo()
    flush_writes()
    with window.app.uow() as uow:
        back = uow.cases.get(case.case_id)
    assert (back.lat, back.lon) == old


def test_tile_pack_served_through_the_scheme_handler(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path / "home"))
    pack = tmp_path / "sample.mbtiles"
    subprocess.run([sys.executable, "-m", "maps.tilepack", "sample", str(pack), "--zoom", "0-3"], check=True)
    window.import_tile_pack(str(pack)).wait()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=30000)
    qtbot.waitUntil(lambda: window.map.handler.served["tiles"] > 0, timeout=15000)
    assert window.map.guard.blocked == []
    assert window.app.setting("tile_pack").endswith("sample.mbtiles")


def test_import_runs_in_the_background_with_progress(qtbot, window, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text("case_id,name,lat,lon\nNEW-1,Ana,40.41,-3.70\nNEW-2,Luis,91,1\n", encoding="utf-8")
    op = window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    assert window.last_import.imported == 1 and len(window.last_import.rejected) == 1
    assert "NEW-1" in window.cases
    del op


def test_pin_a_case_without_coordinates_on_the_map(qtbot, window):
    from fieldvisit.domain.cases import Case

    with window.app.uow() as uow:
        uow.cases.add_many([Case(case_id="NOPOS", address="Somewhere", timezone="Europe/Madrid")], None)
        uow.commit()
    window.reload()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=30000)
    window.select_case("NOPOS")
    assert window.selected_case() == "NOPOS"
    window.pin_selected()
    qtbot.waitUntil(lambda: window.cases["NOPOS"].has_coordinates, timeout=10000)
    assert window.cases["NOPOS"].geo_status.value == "manual"


def test_geocoding_from_the_menu_offline(qtbot, window):
    from fieldvisit.domain.cases import Case

    with window.app.uow() as uow:
        uow.cases.add_many([Case(case_id="ADDR", address="Calle Mayor 1", timezone="Europe/Madrid")], None)
        uow.settings.set("geocoder_url", "http://geocoder.invalid/nominatim")  # no name lookup: offline
        uow.commit()
    window.geocode()
    qtbot.waitUntil(lambda: hasattr(window, "last_geocode"), timeout=30000)
    assert window.last_geocode.offline and window.last_geocode.pending == 1
    assert "wait in the queue" in window.statusBar().currentMessage()


def test_an_import_whose_file_gives_no_balance_name_or_place_says_so(qtbot, window, tmp_path):
    """BRK13c #9: a file (or a mapping) giving only case ids imported junk with no word."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = tmp_path / "ids.csv"
    path.write_text("case_id,notes\nID-1,a\nID-2,b\n", encoding="utf-8")
    op = window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    assert window.last_import.imported == 2
    assert window.last_import.missing_fields == ["balance", "name", "address", "days_past_due"]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("no balance, no name, no address or coordinates" in b.text() for b in boxes)
    if os.environ.get("FIELDVISIT_SHOTS"):
        boxes[-1].grab().save(os.environ["FIELDVISIT_SHOTS"] + "/import_warning.png")
    del op


def test_a_reimport_names_the_stored_cases_its_file_lacks(qtbot, window, tmp_path):
    """The result box names (by id, never by name) the cases of an earlier import of this file
    that the file no longer has; they are kept."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = tmp_path / "lender.csv"
    path.write_text("case_id,name,address,balance\n" + "".join(f"R-{i},Debtor {i},Calle {i} Madrid,10.00\n"
                                                               for i in range(1, 6)), encoding="utf-8")
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()
    del window.last_import
    path.write_text("case_id,name,address,balance\nR-1,Debtor 1,Calle 1 Madrid,10.00\nR-3,Debtor 3,Calle 3 Madrid,"
                    "10.00\nR-5,Debtor 5,Calle 5 Madrid,10.00\n", encoding="utf-8")
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    missing = window.last_import.not_in_file
    assert (missing["count"], missing["case_ids"]) == (2, ["R-2", "R-4"])
    assert missing["compared_with"]["file_name"] == "lender.csv"  # the earlier import it was compared with
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    text = boxes[-1].text()
    assert "2 stored cases from earlier imports of this file are not in it (kept unchanged): R-2, R-4." in text
    assert "Debtor" not in text
    assert {"R-2", "R-4"} <= set(window.cases)
    if os.environ.get("FIELDVISIT_SHOTS"):
        boxes[-1].grab().save(os.environ["FIELDVISIT_SHOTS"] + "/import_not_in_file.png")
