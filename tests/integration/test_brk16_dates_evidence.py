"""BRK16a failures 3, 6, 7, 14 and 16 through the real CLI on a real workspace, with the tester's
files (tests/data/brk16, as the tester made them): the file's own evidence decides the date order,
never a currency several countries use; coordinates in Chicago, Seattle, Detroit or Boston give the
US; French and German month names are read; a date with no year, a bare number as text or an
unreadable due date goes to review with its case imported; ``NL`` is placed in Mexico's zone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"
AS_OF = "2026-11-23"  # 4 March 2026 is 264 days past due then; 3 April 234, 6 May 201, 5 June 171


def run_json(capsys, url, *args):
    rc = main(["--db", url, "--json", *args])
    out, err = capsys.readouterr()
    assert rc == 0, err
    return json.loads(out)


def imported(capsys, url, name, *extra):
    data = run_json(capsys, url, "cases", "import", str(DATA / name), "--as-of", AS_OF, *extra)
    cases = run_json(capsys, url, "cases", "list", "--as-of", AS_OF)["cases"]
    return data, {c["case_id"]: c for c in cases}


@pytest.fixture
def url(app):
    return app.url


def reviewed(data):
    return sorted((r["row"], r["column"]) for r in data["review"])


def test_ecuador_coordinates_decide_day_first_whatever_the_usd(capsys, url):
    data, cases = imported(capsys, url, "dates_ecuador_usd.csv")
    assert data["conventions"]["country"] == "EC" and data["conventions"]["date_order"] == "DMY"
    assert cases["EC-1"]["days_past_due"] == 234 and cases["EC-2"]["days_past_due"] == 171
    assert not any("USD" in e and "first" in e for e in data["conventions"]["evidence"])


@pytest.mark.parametrize("name", ["dates_elsalvador_usd_es.csv", "dates_evidence_currency.csv"])
def test_usd_alone_sends_ambiguous_dates_to_review(capsys, url, name):
    data, cases = imported(capsys, url, name)
    assert data["conventions"]["date_order"] is None and data["conventions"]["currency"] == "USD"
    assert reviewed(data) == [(2, "due_date"), (3, "due_date")] and data["rejected"] == []
    assert all(c["days_past_due"] in (None, "to review") for c in cases.values())


@pytest.mark.parametrize("name,ids", [("dates_evidence_coords_us.csv", ("CU-1", "CU-2")),
                                      ("dates_coords_seattle_detroit.csv", ("SEA-1", "DET-1"))])
def test_northern_us_coordinates_give_the_us(capsys, url, name, ids):
    data, cases = imported(capsys, url, name)
    assert data["conventions"]["country"] == "US" and data["conventions"]["date_order"] == "MDY"
    assert data["conventions"]["currency"] == "USD" and data["review"] == []
    assert cases[ids[0]]["days_past_due"] == 264 and cases[ids[1]]["days_past_due"] == 201


def test_boston_coordinates_give_the_us_and_its_dollars(capsys, url):
    data, cases = imported(capsys, url, "headers_en_variants.csv")
    assert data["conventions"]["country"] == "US" and cases["HE-1"]["country"] == "US"
    assert cases["HE-1"]["timezone"] == "America/New_York" and cases["HE-1"]["balance"] == "1000.00"


def test_french_and_german_month_names_and_a_date_without_a_year(capsys, url):
    data, cases = imported(capsys, url, "dates_more.csv")
    assert data["rejected"] == []  # 2026-13-01 and 3/4 keep their cases
    assert cases["D2-8"]["days_past_due"] == 264 and cases["D2-9"]["days_past_due"] == 264
    assert cases["D2-4"]["days_past_due"] == 264  # 令和8年3月4日
    due = {(r["row"], r["column"]): r["error"] for r in data["review"] if r["column"] == "due_date"}
    assert "no year" in due[(13, "due_date")]  # D2-12 "3/4": never 2026-03-04 silently
    assert (8, "due_date") in due  # D2-7 "2026-13-01"
    assert cases["D2-12"]["days_past_due"] in (None, "to review") and cases["D2-7"]["days_past_due"] in (None, "to review")


def test_a_bare_number_as_text_in_a_due_date_column_goes_to_review(capsys, url):
    data, cases = imported(capsys, url, "dates_formats.csv")
    assert data["rejected"] == []
    due = {r["row"]: r["error"] for r in data["review"] if r["column"] == "due_date"}
    assert "2026-03-04" in due[9] and "number" in due[9]  # DF-8 46085: offered, not taken
    assert cases["DF-8"]["days_past_due"] in (None, "to review")
    assert cases["DF-1"]["days_past_due"] == 234 and cases["DF-6"]["days_past_due"] == 264


def test_a_mexican_state_code_places_the_appointment(capsys, url):
    data, cases = imported(capsys, url, "mx_cobranza.csv")
    assert data["review"] == [] and cases["MX-3"]["timezone"] == "America/Mexico_City"
    assert cases["MX-3"]["windows"]


@pytest.mark.parametrize("name,country,zone", [("de_bank_latin1.csv", "DE", "Europe/Berlin"),
                                               ("fr_banque.csv", "FR", "Europe/Paris")])
def test_postcodes_and_big_cities_give_the_country_and_its_zone(capsys, url, name, country, zone):
    data, cases = imported(capsys, url, name)
    assert data["conventions"]["country"] == country
    assert {c["timezone"] for c in cases.values()} == {zone} and {c["country"] for c in cases.values()} == {country}
    assert not [r for r in data["review"] if r["column"] in ("timezone", "appointment")]
