"""Region packs on the shipped extract (resources/regions/Helsinki.osm.pbf, central Helsinki):

* build time and pack size (roads for car, bicycle and foot with OSRM CH, address index);
* a 1,000 × 1,000 road matrix (target ≤ 1 s): the engine's Table call alone beside the planner's
  matrix (ints, straight-line fallback for unjoined pairs), best of 3, wall and CPU seconds (on a
  shared machine CPU time is what the code costs; the load average is printed);
* how far geodesic × detour is from road time in that city (median and 90th percentile of
  geodesic estimate / road time, per mode, on pairs the roads join);
* a planned day (30 candidates, 09:00-17:00): planned on straight lines, how long its order really
  takes on the roads, against the day planned on the roads;
* geocoding hit rate on the extract's own addresses written sloppily (lower case, no accents,
  "-katu" as "-k.", "-tie" as "-t."), target ≥ 95 %.

    python benchmarks/bench_region.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldvisit.adapters.regions.addresses import index_for  # noqa: E402
from fieldvisit.adapters.regions.build import build_pack  # noqa: E402
from fieldvisit.adapters.regions.engine import SNAP_METRES, RoadTravel, engine_for, road_table  # noqa: E402
from fieldvisit.adapters.regions.pack import list_packs  # noqa: E402
from fieldvisit.adapters.regions.store import RegionFolder, RegionGeocoder  # noqa: E402
from fieldvisit.adapters.routing.pyvrp_solver import solve  # noqa: E402
from fieldvisit.adapters.routing.travel import GeodesicTravel  # noqa: E402
from fieldvisit.domain.cases import Case, GeoStatus  # noqa: E402
from fieldvisit.domain.planning import DayRequest  # noqa: E402
from fieldvisit.services.plan_day import plan_day  # noqa: E402
from fieldvisit.services.ports import GeocoderOffline  # noqa: E402
from fieldvisit.services.progress import run  # noqa: E402

EXTRACT = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"
HEL = ZoneInfo("Europe/Helsinki")
AS_OF, DAY = date(2026, 11, 23), date(2026, 11, 25)


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def sloppy(street: str, number: str) -> str:
    from unidecode import unidecode

    s = unidecode(street).lower()
    s = s[:-4] + "k." if s.endswith("katu") else s[:-3] + "t." if s.endswith("tie") else s
    return f"{s} {number.lower()}"


def best_of(work, repeat: int = 3) -> tuple[float, float]:
    """(wall, cpu) seconds of the fastest of ``repeat`` runs of ``work()``."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(runs)


def engine_table(pack, profile: str, points) -> None:
    """The routing engine's Table call alone, as the planner makes it (durations and distances)."""
    import osrm

    params = osrm.TableParameters(coordinates=[(lon, lat) for lat, lon in points], generate_hints=False,
                                  annotations=["duration", "distance"], radiuses=[SNAP_METRES] * len(points))
    params.skip_waypoints = True
    engine_for(pack, profile).Table(params)


def day_travel(order_points, travel) -> int:
    secs, _ = travel.matrix(order_points)
    return sum(secs[i][i + 1] for i in range(len(order_points) - 1))


def street_map(root: Path) -> None:
    """The street-map stage alone (vector tiles) and what an exported day map carries of it."""
    from fieldvisit.adapters.maps import page, streets
    from fieldvisit.adapters.regions import tiles

    work = Path(tempfile.mkdtemp(prefix="fv-streets-"))
    t = time.perf_counter()
    result = run(tiles.build_tiles(EXTRACT, work / tiles.FILE, work))
    seconds = time.perf_counter() - t
    print(f"street map: {seconds:.1f} s, {result['bytes'] / 1e6:.2f} MB, features {result['features']}")
    streets.STREET_MAPS = lambda: [("Helsinki", work / tiles.FILE)]
    box = (60.1640, 24.9350, 60.1720, 24.9500)  # a walking day in the centre
    layers = streets.inline_layers(box)
    carried = sum(len(v) for layer in layers for v in layer["tiles"].values())
    print(f"exported day map: {carried / 1e6:.2f} MB of tiles inline (base64), zooms up to "
          f"{max(layer['maxzoom'] for layer in layers)}")
    streets.STREET_MAPS = None
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", default=None, help="build into this folder and keep the pack")
    a = ap.parse_args()
    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="fv-region-"))
    try:
        started = time.perf_counter()
        data = run(build_pack(EXTRACT, root, "Helsinki"))
        print(f"build: {time.perf_counter() - started:.1f} s for {EXTRACT.name} ({EXTRACT.stat().st_size / 1e6:.2f} MB); "
              f"pack {data['bytes'] / 1e6:.1f} MB; modes {', '.join(data['modes'])}; {data['addresses']} addresses")
        street_map(root)
        packs = list_packs(root)
        pack = packs[0]
        rows = [r for r in index_for(pack.path).rows if r[0] == "address"]
        rng = random.Random(1)
        points = [(r[6], r[7]) for r in rng.sample(rows, min(1000, len(rows)))]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for profile in ("car", "foot"):
            road_table(pack, profile, points[:10])  # load the engine
            raw = best_of(lambda: engine_table(pack, profile, points))
            full = best_of(lambda: RoadTravel(packs, GeodesicTravel("car" if profile == "car" else "walk")).matrix(points))
            print(f"{len(points)} x {len(points)} {profile}: engine Table {raw[0]:.2f} s (cpu {raw[1]:.2f}); as the "
                  f"planner's matrix (ints, fallback for unjoined pairs) {full[0]:.2f} s (cpu {full[1]:.2f}); "
                  f"target <= 1 s")
        sample = points[:300]
        for mode, profile in (("car", "car"), ("walk", "foot"), ("bicycle", "bicycle")):
            geo = GeodesicTravel(mode)
            durations, _ = road_table(pack, profile, sample)
            p = geo.profiles[mode]
            ratios, unjoined = [], 0
            for i, a_ in enumerate(sample):
                for j, b in enumerate(sample):
                    if i == j:
                        continue
                    d = durations[i][j]
                    if d is None:
                        unjoined += 1
                    elif d > 30:
                        ratios.append((geo.leg(a_, b)[0] - p.overhead_s) / d)
            print(f"{mode:<8} geodesic x {p.detour} at {p.speed_kmh:g} km/h / road time: median {statistics.median(ratios):.2f}, "
                  f"p10 {pct(ratios, 0.1):.2f}, p90 {pct(ratios, 0.9):.2f} ({len(ratios)} pairs; "
                  f"{unjoined / (len(sample) * (len(sample) - 1)):.0%} not joined by {profile} roads)")
        for mode in ("walk", "car"):
            cases = [Case(case_id=f"H{i}", lat=r[6], lon=r[7], geo_status=GeoStatus.FROM_FILE, timezone="Europe/Helsinki",
                          country="FI", due_date=AS_OF - timedelta(days=30 + i), balance=Decimal(500 + i), currency="EUR")
                     for i, r in enumerate(rng.sample(rows, 30))]
            req = DayRequest(day=DAY, collector="Aino", start=(60.1699, 24.9384),
                             shift_start=datetime.combine(DAY, clock(9), HEL),
                             shift_end=datetime.combine(DAY, clock(17), HEL), mode=mode)
            road = RoadTravel(packs, GeodesicTravel(mode))
            straight = plan_day(cases, req, AS_OF, GeodesicTravel(mode), solve, time_limit=1.5)
            on_roads = plan_day(cases, req, AS_OF, road, solve, time_limit=1.5)
            order = [straight.start_point, *((s.lat, s.lon) for s in straight.stops), straight.end_point]
            real = day_travel(order, RoadTravel(packs, GeodesicTravel(mode)))
            print(f"day by {mode}: planned on straight lines {len(straight.stops)} visits, travel "
                  f"{straight.total_travel_seconds / 60:.0f} min estimated, {real / 60:.0f} min on the roads "
                  f"({(real - straight.total_travel_seconds) / max(1, straight.total_travel_seconds):+.0%}); "
                  f"planned on roads {len(on_roads.stops)} visits, {on_roads.total_travel_seconds / 60:.0f} min")
        geocoder = RegionGeocoder(RegionFolder(root), None)
        hits = misses = 0
        t = time.perf_counter()
        for r in rows:
            try:
                found = geocoder.geocode(sloppy(r[1], r[2]))
            except GeocoderOffline:
                found = None
            ok = found is not None and abs(found[0] - r[6]) < 0.002 and abs(found[1] - r[7]) < 0.004
            hits += ok
            misses += not ok
        took = time.perf_counter() - t
        print(f"geocoding sloppy own addresses: {hits}/{hits + misses} = {hits / (hits + misses):.1%} "
              f"(target >= 95 %), {took / (hits + misses) * 1000:.1f} ms each")
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
