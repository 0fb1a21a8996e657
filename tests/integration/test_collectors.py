"""Where a collector's day starts: `collectors set-home` / `list`, negative coordinates on every
command line, `plan` from the collector's home (``--start`` overrides), and the assignment pack
carrying the office's start point to the laptop."""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.cli.args import build_parser
from fieldvisit.services.collectors import NoStartPoint, list_collectors, set_home
from fieldvisit.services.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
# /work/shared/cases/09_negative_lat_start/cases.csv: three cases on an island across 180°
FIJI_CSV = """case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,collector
F-1,Mere Tui,-16.8000,179.9800,FJ,Pacific/Fiji,100.00,FJD,40,sai
F-2,Jone Vula,-16.8100,-179.9700,FJ,Pacific/Fiji,100.00,FJD,40,sai
F-3,Ana Lagi,-16.8200,-179.9500,FJ,Pacific/Fiji,100.00,FJD,40,sai
"""


def _fiji(folder: Path) -> str:
    path = folder / "cases.csv"
    path.write_text(FIJI_CSV, encoding="utf-8")
    return str(path)


def fv(db, *args):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_PASSPHRASE": os.environ.get("FIELDVISIT_PASSPHRASE", "pw")}
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=env, timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def fiji_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fiji")
    db = f"sqlite:///{folder / 'ws.sqlite'}"
    r = fv(db, "cases", "import", _fiji(folder), "--json")
    assert r.returncode == 0, r.stderr
    return db


def test_plan_with_a_negative_latitude_start(fiji_db):
    """cases/09: `--start -16.79,179.96` is a position, not an option; the plan is made."""
    r = fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--start", "-16.79,179.96",
           "--tz", "Pacific/Fiji", "--time-limit", "1", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["start"] == {"lat": -16.79, "lon": 179.96}
    assert sorted(s["case_id"] for s in data["stops"]) == ["F-1", "F-2", "F-3"]
    # the island straddles 180°: every hop is a few km, never half the world
    assert all(s["distance_m"] < 50_000 for s in data["stops"])


@pytest.mark.parametrize("argv", [
    ["plan", "--date", "2026-12-02", "--start", "-16.79,179.96"],
    ["plan", "--date", "2026-12-02", "--start", "-16.79,-179.96", "--end", "-1,-2"],
    ["plan", "--date", "2026-12-02", "--start", "-.5, -.25"],
    ["collectors", "set-home", "Ana", "-33.9,-70.6", "--end", "-33.4,-70.5"],
    ["--json", "collectors", "set-home", "Ana", "-33.9,-70.6"],
    ["plan", "--date", "2026-12-02", "--start", "-16,79;179,96", "--end", "-16.79 179.96"],  # BRK14b C
    ["plan", "--date", "2026-12-02", "--start", "-16.79,179.96,5"],  # read (and refused) by the command
    ["collectors", "set-home", "Ana", "-16,79;179,96", "--end", "-16.8,179.97,5"],
])
def test_every_parser_reads_negative_positions_as_values(argv):
    args = build_parser().parse_args(argv)
    given = [a for a in argv if a.startswith("-") and a[1:2] in "0123456789."]
    values = [v for v in vars(args).values() if isinstance(v, str)]
    assert all(g in values for g in given)


@pytest.mark.parametrize("start", ["16.79S 179.96E", "-16,79;179,96", "(-16.79, 179.96)", "\u221216.79,179.96",
                                   "16°47'24\"S 179°57'36\"E"])
def test_plan_start_as_people_type_it(fiji_db, start):
    """BRK14b C: hemisphere letters, DMS, a decimal comma with ';', brackets and the Unicode minus."""
    r = fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--start", start,
           "--tz", "Pacific/Fiji", "--time-limit", "1", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["start"] == {"lat": -16.79, "lon": 179.96}


@pytest.mark.parametrize("start", ["-16.79,179.96,5", "179.96,-16.79", "16,79,179,96"])
def test_plan_start_refused_in_one_sentence(fiji_db, start):
    """Never argparse's 'expected one argument' for a value starting with '-'; never swapped."""
    r = fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--start", start, "--json")
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and repr(start) in r.stderr and "LAT,LON" in r.stderr


def test_set_home_as_typed(fiji_db):
    r = fv(fiji_db, "--json", "collectors", "set-home", "sai", "16.79S,179.96E", "--end", "-16,80;179,97")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["home"] == {"lat": -16.79, "lon": 179.96}
    assert json.loads(r.stdout)["end"] == {"lat": -16.8, "lon": 179.97}


def test_set_home_and_list(fiji_db):
    r = fv(fiji_db, "--json", "collectors", "set-home", "sai", "-16.80,179.97", "--end", "-33.9,-70.6")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"name": "sai", "home": {"lat": -16.8, "lon": 179.97},
                                    "end": {"lat": -33.9, "lon": -70.6}}
    r = fv(fiji_db, "collectors", "set-home", "Ana Nueva", "-33.9,-70.6", "--json")  # unknown: not created
    assert r.returncode == 2 and "There is no collector Ana Nueva" in r.stderr and r.stdout == ""
    r = fv(fiji_db, "collectors", "set-home", "SAI", "-16.80,179.97", "--end", "-33.9,-70.6", "--json")  # case-insensitive: that one
    assert r.returncode == 0 and json.loads(r.stdout)["name"] == "sai"
    listed = json.loads(fv(fiji_db, "collectors", "list", "--json").stdout)["collectors"]
    assert [c["name"] for c in listed] == ["sai"]
    assert any(c["name"] == "sai" and c["end"] == {"lat": -33.9, "lon": -70.6} for c in listed)


@pytest.mark.parametrize(("argv", "phrase"), [
    (["sai", "95,3"], "not a position"),
    (["sai", "-9"], "not a position"),
    (["sai", "north"], "not a position"),
    (["sai", "-16.8,179.9", "--end", "-16.8,190"], "not a position"),
    (["sai"], "the following arguments are required"),
    (["  ", "1,2"], "Give the collector's name"),
])
def test_set_home_bad_input_exits_2_with_one_sentence(fiji_db, argv, phrase):
    r = fv(fiji_db, "collectors", "set-home", *argv, "--json")
    assert r.returncode == 2 and phrase in r.stderr and r.stdout == ""
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_plan_starts_at_home_and_start_overrides(fiji_db):
    assert fv(fiji_db, "collectors", "set-home", "sai", "-16.805,179.99").returncode == 0
    home = json.loads(fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--tz", "Pacific/Fiji",
                         "--time-limit", "1", "--json").stdout)
    assert home["start"] == {"lat": -16.805, "lon": 179.99} and home["end"] == home["start"]
    given = json.loads(fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--tz", "Pacific/Fiji",
                          "--start", "-16.79,179.96", "--time-limit", "1", "--json").stdout)
    assert given["start"] == {"lat": -16.79, "lon": 179.96} and given["end"] == given["start"]
    # an end point set for the collector is kept when only the start is given
    assert fv(fiji_db, "collectors", "set-home", "sai", "-16.805,179.99", "--end", "-16.83,-179.94").returncode == 0
    ends = json.loads(fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--tz", "Pacific/Fiji",
                         "--start", "-16.79,179.96", "--time-limit", "1", "--json").stdout)
    assert ends["start"] == {"lat": -16.79, "lon": 179.96} and ends["end"] == {"lat": -16.83, "lon": -179.94}
    both = json.loads(fv(fiji_db, "plan", "--date", "2026-12-02", "--collector", "sai", "--tz", "Pacific/Fiji",
                         "--end", "-16.8,179.98", "--time-limit", "1", "--json").stdout)
    assert both["start"] == {"lat": -16.805, "lon": 179.99} and both["end"] == {"lat": -16.8, "lon": 179.98}


def test_plan_without_a_start_point_says_how_to_set_it(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(db, "cases", "import", _fiji(tmp_path)).returncode == 0
    r = fv(db, "plan", "--date", "2026-12-02", "--collector", "sai", "--tz", "Pacific/Fiji", "--json")
    assert r.returncode == 2 and "collectors set-home sai" in r.stderr and r.stdout == ""


def test_service_set_home_is_audited_and_refuses_bad_points(app):
    set_home(app.uow(), "Ana", (-33.9, -70.6), (-33.4, -70.5))
    (ana,) = list_collectors(app.uow())
    assert (ana.home, ana.end) == ((-33.9, -70.6), (-33.4, -70.5))
    set_home(app.uow, "Ana", (-33.0, -70.0))  # a unit of work or its factory (CONTRACTS #1)
    (ana,) = list_collectors(app.uow)
    assert (ana.home, ana.end) == ((-33.0, -70.0), None)
    with app.uow() as uow:
        assert [e.action for e in uow.audit.entries()].count("collector home") == 2
    for home, end in (((91.0, 0.0), None), ((0.0, 181.0), None), (None, (1.0, 1.0))):
        with pytest.raises(UserError):
            set_home(app.uow(), "Ana", home, end)


def test_no_start_point_is_its_own_error(app):
    from datetime import date

    from fieldvisit.services.day_plans import make_request

    set_home(app.uow(), "Bo", None)
    with pytest.raises(NoStartPoint) as caught:
        make_request(app.uow(), day=date(2026, 12, 2), collector="Bo", start=None, shift=None,
                     tz="Europe/Madrid", mode="car")
    assert caught.value.collector == "Bo"


def test_the_pack_carries_the_offices_start_point(app, tmp_path, monkeypatch):
    from datetime import date

    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.demo import build_demo
    from fieldvisit.services.identities import init_identity, public_identity, trust
    from fieldvisit.services.sync import export_pack, import_pack

    build_demo(app.uow(), count=20, as_of=date(2026, 11, 24))
    init_identity(app.uow(), crypto, role="supervisor", name="Office")
    laptop = open_app(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    try:
        init_identity(laptop.uow(), crypto, role="collector", name="Lucía Romero")
        trust(app.uow(), crypto, public_identity(laptop.uow(), crypto))
        trust(laptop.uow(), crypto, public_identity(app.uow(), crypto))
        set_home(app.uow(), "Lucía Romero", (-33.45, -70.66), (-33.40, -70.60))
        summary = import_pack(laptop.uow(), crypto, export_pack(app.uow(), crypto, "Lucía Romero")[0])
        assert summary["home_changed"]
        (me,) = list_collectors(laptop.uow())
        assert (me.home, me.end) == ((-33.45, -70.66), (-33.40, -70.60))
        # the collector moves their own start; the next pack (office unchanged) keeps it
        set_home(laptop.uow(), "Lucía Romero", (-33.5, -70.7))
        import_pack(laptop.uow(), crypto, export_pack(app.uow(), crypto, "Lucía Romero")[0])
        assert list_collectors(laptop.uow())[0].home == (-33.5, -70.7)
        # the office changes it: the laptop follows
        set_home(app.uow(), "Lucía Romero", (-33.46, -70.65))
        import_pack(laptop.uow(), crypto, export_pack(app.uow(), crypto, "Lucía Romero")[0])
        assert (list_collectors(laptop.uow())[0].home, list_collectors(laptop.uow())[0].end) == ((-33.46, -70.65), None)
    finally:
        laptop.close()


def test_exported_day_map_carries_each_stops_state(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(db, "cases", "import", _fiji(tmp_path)).returncode == 0
    data = json.loads(fv(db, "plan", "--date", "2026-12-02", "--collector", "sai", "--start", "-16.79,179.96",
                         "--tz", "Pacific/Fiji", "--time-limit", "1", "--json").stdout)
    first = data["stops"][0]
    visit = {"case_id": first["case_id"], "arrived_at": first["start"], "left_at": first["departure"],
             "outcome": "not_home", "person_met": "nobody"}
    (tmp_path / "visit.json").write_text(json.dumps(visit), encoding="utf-8")
    assert fv(db, "visits", "add", "--json-file", str(tmp_path / "visit.json")).returncode == 0
    out = tmp_path / "day.html"
    r = fv(db, "map", "--date", "2026-12-02", "--collector", "sai", "--out", str(out), "--json")
    assert r.returncode == 0, r.stderr
    page = re.sub(r'":\s+', '":', out.read_text(encoding="utf-8"))  # JSON with or without spaces
    assert f'"id":"{first["case_id"]}"' in page
    assert page.count('"state":"retry"') == 1 and page.count('"state":"todo"') == len(data["stops"]) - 1
    assert page.count('"outcome":"not_home"') == 1


def test_a_collector_importing_their_own_file_gets_the_cases(tmp_path):
    """A collector's workspace that imports a lender's file without a collector column can plan
    those cases at once: they are the collector's own."""
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(db, "keys", "init", "--role", "collector", "--name", "Lucía Romero").returncode == 0
    f = tmp_path / "mine.csv"
    f.write_text("case_id,name,lat,lon,days_past_due,balance,currency,country\n"
                 "OWN-1,Ana Gil,40.4168,-3.7038,45,900.00,EUR,ES\n", encoding="utf-8")
    assert fv(db, "cases", "import", str(f), "--as-of", "2026-11-23").returncode == 0
    listed = json.loads(fv(db, "collectors", "list", "--json").stdout)["collectors"]
    assert [c["name"] for c in listed] == ["Lucía Romero"]
    cases = json.loads(fv(db, "cases", "list", "--collector", "Lucía Romero", "--json").stdout)["cases"]
    assert [c["case_id"] for c in cases] == ["OWN-1"]


def test_case_file_positions_as_typed(tmp_path):
    """BRK14b C coords.csv: hemisphere letters, DMS and the Unicode minus in lat/lon cells were
    rejected ('16.81S' is not a coordinate); a letter on the wrong axis still is."""
    path = tmp_path / "coords.csv"
    path.write_text("case_id;name;lat;lon;country;balance;currency;days_past_due;collector\n"
                    "K-1;A;-16,8000;179,9800;FJ;100,00;FJD;40;sai\n"
                    "K-2;B;16.81S;179.97W;FJ;100,00;FJD;40;sai\n"
                    "K-3;C;16°49'S;179°57'W;FJ;100,00;FJD;40;sai\n"
                    "K-4;D;\u221216,83;\u2212179,94;FJ;100,00;FJD;40;sai\n"
                    "K-5;E;16.84E;179.99E;FJ;100,00;FJD;40;sai\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    r = fv(db, "--json", "cases", "import", str(path), "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["imported"] == 4 and [(x["row"], x["column"]) for x in data["rejected"]] == [(6, "lat")]
    listed = {c["case_id"]: (c["lat"], c["lon"]) for c in json.loads(fv(db, "--json", "cases", "list").stdout)["cases"]}
    assert listed == {"K-1": (-16.8, 179.98), "K-2": (-16.81, -179.97), "K-3": (-16.816666667, -179.95),
                      "K-4": (-16.83, -179.94)}
