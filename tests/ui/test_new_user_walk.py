"""Issue 16's walk, with the network off: a new user, in a fresh workspace and a fresh data
folder, builds a region pack from the shipped extract in the window, imports a lender's case file
of real Helsinki addresses written sloppily (tests/data/helsinki_lender.csv), geocodes it — every
address from the offline index, no connection attempted — plans a day that says ``travel: roads``
and sees the route drawn along the streets (many more points than stops)."""

from __future__ import annotations

import csv
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.ui.test_desktop import js

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"
CASES = ROOT / "tests" / "data" / "helsinki_lender.csv"


def next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@pytest.fixture
def no_network(monkeypatch):
    """Every Internet connection from this process fails (as with the cable out) and is recorded.
    Local sockets (AF_UNIX) stay usable. The map page has its own guard (``map.guard``)."""
    attempts: list = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def refuse(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError(101, "Network is unreachable (test: network off)")
        return None

    def connect(sock, address):
        refuse(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock, address):
        refuse(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        attempts.append(host)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution (test: network off)")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


@pytest.fixture
def new_user(qtbot, tmp_path, monkeypatch, no_network):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path / "home"))  # no region packs yet
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    app = open_app(f"sqlite:///{tmp_path / 'workspace.sqlite'}")
    with app.uow() as uow:
        for key, value in (("country", "FI"), ("currency", "EUR"), ("timezone", "Europe/Helsinki")):
            uow.settings.set(key, value)
        uow.commit()
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.map.is_ready, timeout=30000)
    yield w
    app.close()


def test_new_user_walk_with_the_network_off(qtbot, new_user, no_network):
    from fieldvisit.adapters.maps.page import route_from_plan
    from fieldvisit.bootstrap import region_folder
    from fieldvisit.services.collectors import set_home

    w = new_user
    op = w.build_region(str(EXTRACT))
    qtbot.waitUntil(lambda: w.region_build is None, timeout=300000)
    assert not op.running and [p.name for p in region_folder().packs()] == ["Helsinki"]
    assert "Region Helsinki ready" in w.statusBar().currentMessage()

    w.import_cases(str(CASES))
    rows = list(csv.DictReader(CASES.open(encoding="utf-8"), delimiter=";"))
    qtbot.waitUntil(lambda: len(w.cases) == len(rows), timeout=60000)
    assert not any(c.has_coordinates for c in w.cases.values())  # the file has no coordinates

    w.geocode()
    qtbot.waitUntil(lambda: getattr(w, "last_geocode", None) is not None, timeout=60000)
    summary = w.last_geocode
    assert (summary.geocoded, summary.failed, summary.offline, summary.refused) == (len(rows), 0, False, "")
    assert no_network == []  # every address came from the region pack's index, nothing went online
    index = region_folder().search
    for row in rows:  # each case sits at the door the index knows, not just somewhere in town
        case = w.cases[row["Account no"]]
        door = index(f"{row['Street address']}, {row['Postcode']} Helsinki", limit=1, streets=False)[0]
        assert abs(case.lat - door.lat) < 5e-4 and abs(case.lon - door.lon) < 1e-3, row

    first = w.cases["FI-2001"]
    set_home(w.app.uow(), "Aino", (first.lat, first.lon))  # as File → Where my day starts… does
    day = next_weekday(date.today() + timedelta(days=1))
    w.planner.day.setDate(QDate(day.year, day.month, day.day))
    w.planner.collector.setCurrentText("Aino")
    w.planner.mode.setCurrentIndex(w.planner.mode.findData("walk"))
    w.planner.time_limit = 0.5
    w.planner.plan_day()
    qtbot.waitUntil(lambda: w.planner.operation is None, timeout=120000)
    assert w.planner.plan is not None, w.planner.summary.text()
    assert w.planner.data["travel"] == "roads"
    stops = w.planner.plan.stops
    assert len(stops) >= 6
    route = route_from_plan(w.current_plan)
    assert len(route["path"]) > 4 * (len(stops) + 2)  # bends along the streets
    # the map may still be reloading (the import redrew it): the route is drawn once the page is up
    qtbot.waitUntil(lambda: w.map.is_ready, timeout=30000)
    qtbot.waitUntil(lambda: (js(qtbot, w.map, "document.querySelectorAll('path.fv-route').length") or 0) >= 1,
                    timeout=10000)
    assert w.map.guard.blocked == []
    assert no_network == []
