"""Travel model (geodesic and OSRM /table over a real local HTTP server) and the routing checker."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from fieldvisit.adapters.routing.travel import GeodesicTravel, OsrmTravel
from fieldvisit.domain.routing import Route, RoutingProblem, RoutingSolution, Stop, Vehicle, check

SOL = (40.4168, -3.7038)
RETIRO = (40.4153, -3.6845)


def test_geodesic_matrix_is_symmetric_and_mode_dependent():
    pts = [SOL, RETIRO, (40.45, -3.69)]
    walk, car = GeodesicTravel("walk"), GeodesicTravel("car")
    s, m = walk.matrix(pts)
    assert all(s[i][i] == 0 for i in range(3)) and s[0][1] == s[1][0]
    assert 1900 < m[0][1] < 2300  # 1.6 km straight × 1.25 detour
    assert walk.seconds(SOL, RETIRO) > car.seconds(SOL, RETIRO)
    assert s.dtype.kind == "i" and m.dtype.kind == "i"  # whole integer matrices (numpy)
    with pytest.raises(ValueError):
        GeodesicTravel("teleport")


class _Table(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        coords = self.path.split("/table/v1/driving/")[1].split("?")[0].split(";")
        n = len(coords)
        body = {"code": "Ok", "durations": [[0 if i == j else 111 for j in range(n)] for i in range(n)],
                "distances": [[0 if i == j else 2222 for j in range(n)] for i in range(n)]}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_osrm_table_service_and_fallback_when_unreachable():
    server = HTTPServer(("127.0.0.1", 0), _Table)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        osrm = OsrmTravel(f"http://127.0.0.1:{server.server_port}")
        secs, metres = osrm.matrix([SOL, RETIRO])
        assert secs.tolist() == [[0, 111], [111, 0]] and metres[0][1] == 2222 and osrm.last_source == "osrm"
        assert osrm.seconds(SOL, RETIRO) == 111
    finally:
        server.shutdown()
    dead = OsrmTravel("http://127.0.0.1:9", timeout=0.5)
    secs, _ = dead.matrix([SOL, RETIRO])
    assert secs[0][1] == GeodesicTravel("car").seconds(SOL, RETIRO) and "unreachable" in dead.last_source


def test_routing_checker_recomputes_cost_and_finds_violations():
    d = [[0, 5, 7], [5, 0, 3], [7, 3, 0]]
    p = RoutingProblem(duration=d, distance=d, depots=[0],
                       stops=[Stop(1, tw_early=0, tw_late=4, key="a"), Stop(2, tw_early=0, tw_late=100, key="b")],
                       vehicles=[Vehicle(0, 0, tw_late=100)])
    ok = RoutingSolution([Route(0, [1, 0])], True, 0, 0, "x")
    cost, problems = check(p, ok)
    assert cost == 7 + 3 + 5 and any("stop a" in x for x in problems)
    cost, problems = check(p, RoutingSolution([Route(0, [0])], True, 0, 0, "x"))
    assert any("required stop b not visited" in x for x in problems)


def test_osrm_road_times_are_kept_in_the_workspace_for_offline_days(sqlite_app):
    from fieldvisit.adapters.routing.travel_cache import TravelCache

    calls = []

    class Counting(_Table):
        def do_GET(self):  # noqa: N802
            calls.append(self.path)
            super().do_GET()

    server = HTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    pts = [SOL, RETIRO, (40.45, -3.69)]
    try:
        first = OsrmTravel(url, cache=TravelCache(sqlite_app.engine))
        assert first.matrix(pts)[0][0][1] == 111 and len(calls) == 1
        again = OsrmTravel(url, cache=TravelCache(sqlite_app.engine))  # a new session, same workspace
        assert again.matrix(pts)[0][0][1] == 111 and len(calls) == 1
        assert again.last_source == "osrm (workspace cache)"
    finally:
        server.shutdown()
        server.server_close()
    offline = OsrmTravel(url, cache=TravelCache(sqlite_app.engine), timeout=0.5)
    secs, _ = offline.matrix([*pts, (40.40, -3.70)])  # one new point: the service is gone
    assert secs[0][1] == 111  # road time remembered
    assert secs[0][3] == GeodesicTravel("car").seconds(SOL, (40.40, -3.70))  # estimate for the new one
    assert "unreachable" in offline.last_source


def test_road_matrices_are_cached_whole_not_pair_by_pair(sqlite_app):
    from sqlalchemy import func, select

    from fieldvisit.adapters.routing.travel_cache import TravelCache
    from fieldvisit.adapters.storage.schema import travel_matrices

    server = HTTPServer(("127.0.0.1", 0), _Table)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    pts = [SOL, RETIRO, (40.45, -3.69), (40.43, -3.68)]
    try:
        OsrmTravel(url, cache=TravelCache(sqlite_app.engine)).matrix(pts)
    finally:
        server.shutdown()
        server.server_close()
    with sqlite_app.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(travel_matrices)).scalar() == 1  # one whole matrix
    offline = OsrmTravel(url, cache=TravelCache(sqlite_app.engine), timeout=0.5)
    secs, _ = offline.matrix([pts[2], pts[0]])  # a subset, in another order: lent from the whole matrix
    assert secs.tolist() == [[0, 111], [111, 0]]
    assert offline.seconds(pts[2], pts[0]) == 111  # the plan check reads the same numbers
