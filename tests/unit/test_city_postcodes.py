"""BRK16a failure 16: a German or French bank's export with postcodes and big cities but no
country column (de_bank_latin1.csv, fr_banque.csv) gives its country; a postcode that does not
start as the city's (Paris, Texas), a file of small towns or one naming two countries' cities
gives none (never a guess)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fieldvisit.domain.city_postcodes import postcode_city_country
from fieldvisit.domain.conventions import decide_conventions

AS_OF = date(2026, 11, 23)


def rows(*pairs, **extra):
    return [{"case_id": str(i), "postal_code": code, "city": city, **extra} for i, (code, city) in enumerate(pairs)]


@pytest.mark.parametrize("pairs,country", [
    ((("70173", "Stuttgart"), ("10115", "Berlin"), ("80331", "München")), "DE"),
    ((("80331", "Muenchen"), ("50667", "Köln")), "DE"),
    ((("75001", "Paris"), ("69002", "Lyon"), ("13100", "Aix-en-Provence")), "FR"),
    ((("28013", "Madrid"), ("08001", "Barcelona")), "ES"),
    ((("00184", "Roma"), ("20121", "Milano")), "IT"),
    ((("70173", "Stuttgart"), ("72070", "Tübingen"), ("71634", "Ludwigsburg")), "DE"),  # one in three: enough
])
def test_postcodes_beside_big_cities_give_the_country(pairs, country):
    assert postcode_city_country(rows(*pairs))[0] == country
    c = decide_conventions(rows(*pairs), as_of=AS_OF)
    assert c.country == country and "postcodes and cities" in c.evidence[0]


@pytest.mark.parametrize("pairs", [
    (("75460", "Paris"), ("75462", "Paris")),  # Paris, Texas
    (("14075", "Hamburg"), ("03570", "Berlin")),  # Hamburg NY, Berlin NH
    (("72070", "Tübingen"), ("71634", "Ludwigsburg"), ("73728", "Esslingen"), ("89073", "Ulm"), ("70173", "Stuttgart")),
    (("70173", "Stuttgart"), ("75001", "Paris")),  # two countries: neither
    (("7000", "Chur"), ("8001", "Zürich")),  # four digits: not these countries
])
def test_no_country_without_clear_evidence(pairs):
    assert postcode_city_country(rows(*pairs))[0] == ""


def test_postcodes_and_cities_inside_the_address():
    r = [{"case_id": "1", "address": "12 rue de Rivoli, 75001 Paris"},
         {"case_id": "2", "address": "Königstraße 5, Stuttgart, 70173"}]
    assert postcode_city_country(r[:1]) == ("FR", "75001 Paris")
    assert postcode_city_country(r[1:]) == ("DE", "70173 Stuttgart")


def test_a_country_column_or_coordinates_still_decide_first():
    r = rows(("75001", "Paris"), country="US")
    assert decide_conventions(r, as_of=AS_OF).country == "US"


DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"


@pytest.mark.parametrize("name,country", [("de_bank_latin1.csv", "DE"), ("fr_banque.csv", "FR")])
def test_the_testers_files(name, country):
    text = (DATA / name).read_bytes().decode("cp1252")
    lines = [line.split(";") for line in text.splitlines()]
    header = [h.lower() for h in lines[0]]
    code_at = next(i for i, h in enumerate(header) if h in ("plz", "code postal"))
    city_at = next(i for i, h in enumerate(header) if h in ("ort", "ville"))
    r = [{"case_id": v[0], "postal_code": v[code_at], "city": v[city_at]} for v in lines[1:]]
    assert postcode_city_country(r)[0] == country
