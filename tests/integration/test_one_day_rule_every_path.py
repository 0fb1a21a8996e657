"""BRK15b #2: one visiting-day rule on every planning path. The same workspace, planned on a
Sunday, a Saturday and a public holiday through the day planner and the week planner the window
runs (``compute_plan`` / ``compute_week``), the team planner, and the command line: EU members
(DE, FR, ES) are visited Monday to Friday, the default rules (MX, BR) and US/CN Monday to Saturday;
no rule set makes cold visits on a Sunday or a public holiday."""

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest

from fieldvisit.domain.cases import Case, GeoStatus

SUNDAY, SATURDAY, CHRISTMAS = date(2026, 12, 6), date(2026, 12, 5), date(2026, 12, 25)
AS_OF = date(2026, 12, 1)
PLACES = {"DE": (52.52, 13.405, "Europe/Berlin", "EUR"), "FR": (48.8566, 2.3522, "Europe/Paris", "EUR"),
          "ES": (40.4168, -3.7038, "Europe/Madrid", "EUR"), "MX": (19.4326, -99.1332, "America/Mexico_City", "MXN"),
          "BR": (-23.5505, -46.6333, "America/Sao_Paulo", "BRL"), "US": (40.7128, -74.006, "America/New_York", "USD"),
          "CN": (39.9042, 116.4074, "Asia/Shanghai", "CNY")}
SATURDAY_VISITS = {"DE": False, "FR": False, "ES": False, "MX": True, "BR": True, "US": True, "CN": True}


def cases_of(country):
    lat, lon, tz, cur = PLACES[country]
    return [Case(case_id=f"{country}-{i}", name=f"Debtor {country}{i}", lat=lat + i * 0.004, lon=lon + i * 0.004,
                 geo_status=GeoStatus.FROM_FILE, country=country, timezone=tz, balance=Decimal("500.00"),
                 currency=cur, due_date=AS_OF - timedelta(days=60), collector=f"col{country}") for i in range(3)]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.collectors import set_home

    application = open_app(f"sqlite:///{tmp_path_factory.mktemp('days') / 'ws.sqlite'}")
    for country, (lat, lon, _tz, _cur) in PLACES.items():  # the collectors first: cases are assigned by name
        set_home(application.uow(), f"col{country}", (lat, lon))
    with application.uow() as uow:
        uow.cases.add_many([c for country in PLACES for c in cases_of(country)], None)
        uow.commit()
    yield application
    application.close()


def day_stops(app, country, day):
    from fieldvisit.services.day_plans import make_request
    from fieldvisit.ui.planner_panel import compute_plan

    req = make_request(app.uow(), day=day, collector=f"col{country}", start=None, shift=None, tz=None, mode="car",
                       zones=app.zones, system_tz=PLACES[country][2])
    _plan, _session, _travel, data = compute_plan(app, req, AS_OF, set(), 0.5)
    return len(data["stops"]), {u["reason"] for u in data["unplanned"]}


def team_stops(app, day):
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request, run_plan_team

    requests = [make_request(app.uow(), day=day, collector=f"col{c}", start=None, shift=None, tz=None, mode="car",
                             zones=app.zones, system_tz=PLACES[c][2]) for c in PLACES]
    data = run_plan_team(app.uow(), requests, AS_OF, app.travel, routing_solver(), 2.0, rules=app.rules())
    return {r["collector"][3:]: len(r["stops"]) for r in data["routes"]}


@pytest.mark.parametrize("country", list(PLACES))
def test_day_planner_follows_the_rule(app, country):
    assert day_stops(app, country, SUNDAY) == (0, {"outside_lawful_hours"})
    assert day_stops(app, country, CHRISTMAS)[0] == (3 if country == "CN" else 0)  # 25 Dec is no CN holiday
    saturday = day_stops(app, country, SATURDAY)
    assert (saturday[0] > 0) == SATURDAY_VISITS[country], saturday


def test_team_planner_follows_the_same_rule(app):
    assert set(team_stops(app, SUNDAY).values()) <= {0}
    saturday = team_stops(app, SATURDAY)
    assert {c for c, n in saturday.items() if n} == {c for c, ok in SATURDAY_VISITS.items() if ok}


@pytest.mark.parametrize("country", ["DE", "ES", "MX", "US"])
def test_week_planner_plans_the_days_the_rule_allows(app, country):
    from fieldvisit.services.progress import run
    from fieldvisit.ui.week_dialog import compute_week

    data = run(compute_week(app, f"col{country}", "08:00-18:00", PLACES[country][2], "car", None, SATURDAY, 3,
                            AS_OF, 0.5, replace=True))
    dates = [d["date"] for d in data["days"]]
    assert "2026-12-06" not in dates
    assert ("2026-12-05" in dates) == SATURDAY_VISITS[country]
    if country == "ES":
        assert "2026-12-08" not in dates  # Inmaculada Concepción: a Spanish public holiday


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, "--json", *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "UTC"}, timeout=300)


@pytest.mark.parametrize("country", ["DE", "MX"])
def test_command_line_paths_agree(tmp_path, country):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    lat, lon, tz, cur = PLACES[country]
    rows = ["case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,collector"]
    rows += [f"{country}-{i},Debtor {i},{lat + i * 0.004},{lon},{country},{tz},500.00,{cur},60,col{country}"
             for i in range(3)]
    (tmp_path / "c.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert fv("cases", "import", str(tmp_path / "c.csv"), "--country", country, db=db).returncode == 0
    assert fv("collectors", "set-home", f"col{country}", f"{lat},{lon}", db=db).returncode == 0
    common = ("--as-of", AS_OF.isoformat())
    for day, allowed in (("2026-12-06", False), ("2026-12-05", SATURDAY_VISITS[country])):
        one = json.loads(fv("plan", "--date", day, "--collector", f"col{country}", *common, db=db).stdout)
        team = json.loads(fv("plan-team", "--date", day, *common, db=db).stdout)
        assert (len(one["stops"]) > 0) == allowed and (sum(len(r["stops"]) for r in team["routes"]) > 0) == allowed
    week = json.loads(fv("plan-week", "--from", "2026-12-05", "--days", "2", "--collector", f"col{country}",
                         "--replace", *common, db=db).stdout)
    assert [d["date"] for d in week["days"]] == (["2026-12-05", "2026-12-07"] if SATURDAY_VISITS[country]
                                                 else ["2026-12-07", "2026-12-08"])
