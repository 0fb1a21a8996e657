"""Public holidays by the workspace's country and region (the ``holidays`` package behind
``uow.calendar``), plus office closures: repayment dates move off them with a note, and a plan for
a holiday visits only appointments agreed for that day, saying why the others wait."""

import json
from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.adapters.holiday_calendar import UnknownRegion, holiday_names, public_holidays
from fieldvisit.domain.repayment import propose
from fieldvisit.services.errors import UserError
from fieldvisit.services.holidays import holidays_of
from fieldvisit.services.settings import load_settings, save_settings
from tests.integration.test_cli_plan import fv


def test_the_calendar_knows_national_and_regional_holidays():
    es = holiday_names("ES", "", [2026])
    assert date(2026, 12, 8) in es and date(2026, 12, 25) in es
    assert date(2026, 5, 2) not in es  # Madrid's own day
    assert date(2026, 5, 2) in public_holidays("es", "md", [2026])
    assert date(2026, 10, 1) in public_holidays("CN", "", [2026])  # National Day
    assert public_holidays("", "", [2026]) == frozenset()
    with pytest.raises(UnknownRegion, match="MD"):
        holiday_names("ES", "XX", [2026])


def _workspace(app, **settings):
    values = load_settings(app.uow())
    return save_settings(app.uow(), {**values, **settings})


def test_repayment_dates_move_off_public_holidays(sqlite_app):
    _workspace(sqlite_app, country="ES", holidays_region="MD", holidays="2026-12-30")
    with sqlite_app.uow() as uow:
        days_off = holidays_of(uow, date(2026, 12, 5))
    assert {date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 25), date(2026, 12, 30)} <= days_off
    # Sat 5 Dec: Sun 6, Mon 7 (Madrid) and Tue 8 are all off, so the first payment is Wed 9, said so
    offer = propose(Decimal("300.00"), "EUR", date(2026, 12, 5), holidays=days_off)
    assert offer.installments[0].date == date(2026, 12, 9)
    assert any("2026" in n and "first payment" in n for n in offer.notes)
    # a monthly plan that would fall on Christmas moves to the next business day, with the note
    offer = propose(Decimal("300.00"), "EUR", date(2026, 11, 22), count=3, holidays=days_off)
    assert [i.date for i in offer.installments] == [date(2026, 11, 25), date(2026, 12, 26), date(2027, 1, 25)]
    assert any("Fri 25 Dec 2026" in n and "Sat 26 Dec 2026" in n for n in offer.notes)


def test_a_wrong_region_or_closure_is_refused_in_one_sentence(sqlite_app):
    with pytest.raises(UserError, match="not a region of ES"):
        _workspace(sqlite_app, country="ES", holidays_region="XX")
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        _workspace(sqlite_app, country="ES", holidays="24/12/2026")


CSV = ("case_id,name,address,lat,lon,balance,days_past_due,collector,appointment\n"
       "H-1,Ana Ruiz,Calle Mayor 1,40.4168,-3.7038,900.00,40,Lucía,\n"
       "H-2,Luis Gil,Calle Mayor 9,40.4172,-3.7060,500.00,70,Lucía,2026-12-08 11:00-12:00\n"
       "H-3,Eva Sanz,Calle Toledo 3,40.4100,-3.7080,700.00,95,Lucía,martes y jueves 16:00-18:00\n")


def test_plan_on_a_public_holiday_keeps_only_the_agreed_appointment(tmp_path):
    from fieldvisit.bootstrap import open_app

    db = str(tmp_path / "ws.sqlite")
    (tmp_path / "cases.csv").write_text(CSV, encoding="utf-8")
    r = fv("cases", "import", str(tmp_path / "cases.csv"), "--as-of", "2026-12-01", db=f"sqlite:///{db}")
    assert r.returncode == 0, r.stderr
    app = open_app(f"sqlite:///{db}")
    _workspace(app, country="ES", timezone="Europe/Madrid")
    app.close()
    args = ("plan", "--collector", "Lucía", "--start", "40.4168,-3.7038", "--as-of", "2026-12-01",
            "--time-limit", "1", "--json")
    data = json.loads(fv(*args, "--date", "2026-12-08", db=f"sqlite:///{db}").stdout)
    assert [s["case_id"] for s in data["stops"]] == ["H-2"]
    reasons = {u["case_id"]: u for u in data["unplanned"]}
    assert reasons["H-1"]["reason"] == reasons["H-3"]["reason"] == "public_holiday"
    # the CLI speaks English: the holiday is named in English where the data has it
    assert "2026-12-08 (Immaculate Conception) is a day off" in reasons["H-3"]["text"]
    # the next day is an ordinary Wednesday: the others are planned again
    data = json.loads(fv(*args, "--date", "2026-12-09", db=f"sqlite:///{db}").stdout)
    assert "H-1" in {s["case_id"] for s in data["stops"]}
    assert all(u["reason"] != "public_holiday" for u in data["unplanned"])


def test_plan_team_on_a_public_holiday_too(tmp_path):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.collectors import set_home

    db = str(tmp_path / "ws.sqlite")
    (tmp_path / "cases.csv").write_text(CSV, encoding="utf-8")
    assert fv("cases", "import", str(tmp_path / "cases.csv"), "--as-of", "2026-12-01",
              db=f"sqlite:///{db}").returncode == 0
    app = open_app(f"sqlite:///{db}")
    _workspace(app, country="ES", timezone="Europe/Madrid")
    set_home(app.uow(), "Lucía", (40.4168, -3.7038))
    app.close()
    r = fv("plan-team", "--date", "2026-12-08", "--as-of", "2026-12-01", "--time-limit", "1", "--json",
           db=f"sqlite:///{db}")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [s["case_id"] for route in data["routes"] for s in route["stops"]] == ["H-2"]
    assert {u["case_id"]: u["reason"] for u in data["unplanned"]} == {"H-1": "public_holiday",
                                                                      "H-3": "public_holiday"}


def test_holidays_are_kept_on_disk_and_a_damaged_cache_is_recomputed(tmp_path, monkeypatch):
    """A CLI run reads the public holidays from its small cache instead of loading the package
    again; a damaged cache file is ignored and rewritten."""
    from fieldvisit.adapters import holiday_calendar as hc

    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path))
    hc._names.cache_clear()
    first = holiday_names("FI", "", [2026])
    assert date(2026, 12, 6) in first  # Finnish Independence Day
    [kept] = (tmp_path / "cache" / "holidays").glob("*-FI-_-2026.json")
    kept.write_text('{"2026-12-24": "from the cache"}', encoding="utf-8")
    hc._names.cache_clear()
    assert holiday_names("FI", "", [2026]) == {date(2026, 12, 24): "from the cache"}  # read, not recomputed
    kept.write_text("{not json", encoding="utf-8")
    hc._names.cache_clear()
    assert holiday_names("FI", "", [2026]) == first
    assert date(2026, 12, 6) in {date.fromisoformat(k) for k in json.loads(kept.read_text("utf-8"))}
    hc._names.cache_clear()
