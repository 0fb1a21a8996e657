"""BRK16b #2: a geocoder answer far outside the case's country is not stored. The search names
the country (Nominatim's ``countrycodes``, Photon's bounding box); an answer that is still far
away (a Beijing address found in Madrid) leaves the case without a position, in its own zone and
lawful hours, and waits in the review queue once for a person: keep it, or leave it out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.adapters.geo.geocoding import GeopyGeocoder
from fieldvisit.domain.cases import Case
from fieldvisit.services.geocode import geocode_pending
from fieldvisit.services.progress import run
from fieldvisit.services.window_review import pending_reviews, resolve_review
from tests.integration.test_geocode_answers import Answer, fv, server  # noqa: F401 - fixture
from tests.paths import CASES

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"
BEIJING = json.dumps([{"lat": "39.9087", "lon": "116.4670", "display_name": "Jianguo Road 88"}]).encode()


def _add(app, case_id="CN-1", address="北京市朝阳区建国路88号", country="CN", zone="Asia/Shanghai"):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id=case_id, address=address, country=country, timezone=zone)], None)
        uow.commit()


def _case(app, case_id="CN-1"):
    with app.uow() as uow:
        return uow.cases.get(case_id)


def _far_items(app):
    return [i for i in pending_reviews(app.uow()) if i["column"] == "geocoded"]


def test_the_search_names_the_cases_country(sqlite_app, server):
    _add(sqlite_app)
    _add(sqlite_app, "ES-1", "Calle Mayor 1, Madrid", "ES", "Europe/Madrid")
    run(geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url)))
    assert [p.get("countrycodes") for p in server.params] == ["cn", "es"]


def test_photon_is_asked_within_the_countrys_box_where_there_is_one(sqlite_app, server):
    server.default = Answer(body=json.dumps({"features": [{"geometry": {"coordinates": [-3.7, 40.4]},
                                                           "properties": {"name": "x"}}]}).encode())
    _add(sqlite_app, "ES-1", "Calle Mayor 1, Madrid", "ES", "Europe/Madrid")
    _add(sqlite_app, "FJ-1", "Victoria Parade 1, Suva", "FJ", "Pacific/Fiji")  # across 180°: no one box
    run(geocode_pending(sqlite_app.uow(), GeopyGeocoder("photon", url=server.url)))
    west, south, east, north = (float(v) for v in server.params[0]["bbox"].split(","))
    assert west < -9.2 and east > 3.3 and south < 27.7 and north > 43.7 and east - west < 30  # Spain and the Canaries
    assert "bbox" not in server.params[1]


def test_an_answer_far_outside_the_country_is_not_stored_and_keeps_the_zone(app, server):
    _add(app)  # the fake answers Madrid for everything
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url), app.zones, rules=app.rules()))
    assert (summary.geocoded, summary.outside, summary.failed) == (0, 1, 0)
    case = _case(app)
    assert (case.lat, case.lon, case.timezone, case.geo_status.value) == (None, None, "Asia/Shanghai", "pending")
    [item] = _far_items(app)
    assert item["kind"] == "position" and item["candidates"] == ["geocode", "as written"]
    assert "the geocoder placed the address at latitude 40.417, longitude -3.704, far outside CN" in item["error"]
    with app.uow() as uow:
        assert not [e for e in uow.audit.entries() if e.action == "zone_from_place"]
    # asked again (from the cache): the same answer does not raise a second item
    again = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url), app.zones, rules=app.rules()))
    assert (again.cached, again.outside) == (1, 1) and len(server.queries) == 1 and len(_far_items(app)) == 1


def test_leaving_the_answer_out_is_not_asked_again(sqlite_app, server):
    _add(sqlite_app)
    geocoder = GeopyGeocoder(url=server.url)
    run(geocode_pending(sqlite_app.uow(), geocoder, sqlite_app.zones))
    [item] = _far_items(sqlite_app)
    assert resolve_review(sqlite_app.uow(), item["id"], "geocode") == ["geocode"]
    run(geocode_pending(sqlite_app.uow(), geocoder, sqlite_app.zones))
    assert _far_items(sqlite_app) == [] and _case(sqlite_app).lat is None
    assert _case(sqlite_app).timezone == "Asia/Shanghai"


def test_keeping_the_answer_stores_it_as_geocoded_without_moving_the_zone(sqlite_app, server):
    _add(sqlite_app)
    run(geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url), sqlite_app.zones))
    [item] = _far_items(sqlite_app)
    resolve_review(sqlite_app.uow(), item["id"], "as written")
    case = _case(sqlite_app)
    assert (case.lat, case.lon, case.geo_status.value, case.timezone) == (40.417, -3.704, "geocoded", "Asia/Shanghai")


def test_an_answer_in_the_country_later_closes_the_question(sqlite_app, server):
    _add(sqlite_app)
    run(geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url), sqlite_app.zones))
    assert len(_far_items(sqlite_app)) == 1
    server.default = Answer(body=BEIJING)  # another geocoder (another cache key) finds it in Beijing
    summary = run(geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url + "/other"), sqlite_app.zones))
    assert summary.geocoded == 1 and _far_items(sqlite_app) == []
    case = _case(sqlite_app)
    assert (case.lat, case.timezone) == (39.9087, "Asia/Shanghai")


def test_the_cli_keeps_the_chinese_debtor_in_chinese_hours(server, tmp_path):
    """The tester's case (BRK16b c08): the shared case-08 file, the fake answering Madrid."""
    db = str(tmp_path / "w.db")
    assert fv("cases", "import", str(CASES / "08_geocode_429_message" / "geo.csv"), "--as-of", "2026-11-23",
              db=db).returncode == 0
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["geocoded"], data["outside_country"]) == (4, 1)
    plain = fv("geocode", "--url", server.url, db=db)
    assert "1 found far outside their country, not stored (see fieldvisit cases review)" in plain.stdout
    listed = {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23",
                                                     db=db).stdout)["cases"]}
    assert (listed["A-2"]["lat"], listed["A-2"]["timezone"]) == (None, "Asia/Shanghai")
    review = json.loads(fv("--json", "cases", "review", db=db).stdout)
    assert [(r["case_id"], r["column"]) for r in review["reviews"]] == [("A-2", "geocoded")]
    assert "Keep a geocoder's answer with" in fv("cases", "review", db=db).stdout


def test_a_new_address_in_an_import_closes_the_question(server, tmp_path):
    db = str(tmp_path / "w.db")
    head = "case_id,name,address,country,balance,currency,days_past_due\n"
    (tmp_path / "a.csv").write_text(head + "A-2,Wang,北京市朝阳区建国路88号,CN,100.00,CNY,10\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(head + "A-2,Wang,北京市朝阳区建国路89号,CN,100.00,CNY,10\n", encoding="utf-8")
    assert fv("cases", "import", str(tmp_path / "a.csv"), "--as-of", "2026-11-23", db=db).returncode == 0
    assert fv("geocode", "--url", server.url, db=db).returncode == 0
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 1
    assert fv("cases", "import", str(tmp_path / "b.csv"), "--as-of", "2026-11-23", db=db).returncode == 0
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 0


@pytest.mark.parametrize("country, lat, lon", [("ES", 28.1, -15.4), ("FR", -21.1, 55.5), ("US", 21.3, -157.8)])
def test_far_places_of_a_country_are_its_own(sqlite_app, server, country, lat, lon):
    """The Canaries, Réunion, Hawaii: answers there are stored for their country's cases."""
    server.default = Answer(body=json.dumps([{"lat": str(lat), "lon": str(lon), "display_name": "x"}]).encode())
    _add(sqlite_app, "X-1", "Main Street 1", country, "UTC")
    summary = run(geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url), sqlite_app.zones))
    assert (summary.geocoded, summary.outside) == (1, 0) and _case(sqlite_app, "X-1").lat == lat


def test_a_collectors_home_far_outside_its_country_is_refused_in_one_sentence(sqlite_app, server):
    from fieldvisit.services.collectors import geocode_address
    from fieldvisit.services.errors import UserError

    with pytest.raises(UserError, match="was found far outside CN; check the address and the country"):
        geocode_address(sqlite_app.uow(), GeopyGeocoder(url=server.url), "建国路88号", "CN")
    https = GeopyGeocoder(url=server.url.replace("http://", "https://"))
    with pytest.raises(UserError, match="did not complete a secure connection: the server does not speak https"):
        geocode_address(sqlite_app.uow(), https, "Calle Mayor 1", "ES")
