"""Zones of far territories by postcode or name, of regions of countries with several zones, and
the note for states that straddle two (BRK13c 3, 8: mz.csv, us.csv, au2)."""

import pytest

from fieldvisit.adapters.geo.zones import ZoneFinder
from fieldvisit.domain.case_places import case_zone, zone_note
from fieldvisit.domain.subdivisions import region_zone

FINDER = ZoneFinder()


def zone(country, region="", address=""):
    return case_zone(country, region, address, None, None, FINDER.zone_for, "Etc/UTC")


@pytest.mark.parametrize("country, region, address, right", [
    ("FR", "La Réunion", "5 rue de Paris, Saint-Denis, 97400", "Indian/Reunion"),
    ("FR", "", "Rue Schoelcher, 97110 Pointe-à-Pitre", "America/Guadeloupe"),
    ("FR", "", "1 rue Victor Hugo, 97200 Fort-de-France", "America/Martinique"),
    ("FR", "", "1 av. du Général de Gaulle, 97300 Cayenne", "America/Cayenne"),
    ("FR", "", "1 rue du Port, 97600 Mamoudzou", "Indian/Mayotte"),
    ("FR", "Polynésie française", "Rue du Général de Gaulle, Papeete, 98714", "Pacific/Tahiti"),
    ("FR", "", "1 rue de Sébastopol, 98800 Nouméa", "Pacific/Noumea"),
    ("FR", "", "Rue de la Réunion, 75020 Paris", "Europe/Paris"),  # a street name is not a place
    ("FR", "974", "5 rue de Paris, Saint-Denis", "Indian/Reunion"),
    ("FR", "GP", "", "America/Guadeloupe"),
    ("FR", "Île-de-France", "1 rue de Rivoli, 75001 Paris", "Europe/Paris"),
    ("PT", "Açores", "Rua 1, 9500-000 Ponta Delgada", "Atlantic/Azores"),
    ("PT", "", "Rua 1, 9700-010 Angra do Heroísmo", "Atlantic/Azores"),
    ("PT", "", "Rua 1, 9000-018 Funchal", "Europe/Lisbon"),  # Madeira keeps Lisbon's time
    ("PT", "", "Rua Augusta 1, 1100-053 Lisboa", "Europe/Lisbon"),
    ("ES", "", "Calle Mayor 5, 38001 Santa Cruz", "Atlantic/Canary"),
    ("ES", "", "Avenida de Canarias 5, 28045 Madrid", "Europe/Madrid"),
    ("CL", "Valparaíso", "Atamu Tekena, Hanga Roa, 2770000", "Pacific/Easter"),
    ("EC", "Galápagos", "Av. Charles Darwin, Puerto Ayora", "Pacific/Galapagos"),
    ("US", "TX", "1 Mesa St, El Paso, 79901", "America/Denver"),
    ("US", "TX", "1 Main St, Austin, 78701", "America/Chicago"),
    ("US", "FL", "1 Main St, Pensacola, 32502", "America/Chicago"),
    ("US", "FL", "1 Main St, Miami, 33101", "America/New_York"),
    ("US", "IN", "1 Main St, Gary, 46402", "America/Chicago"),
    ("US", "IN", "1 Main St, Indianapolis, 46204", "America/New_York"),  # (same time as Indianapolis)
    ("AU", "NSW", "1 Argent St, Broken Hill NSW 2880", "Australia/Broken_Hill"),
    ("AU", "NSW", "1 George St, Sydney NSW 2000", "Australia/Sydney"),
    ("AU", "", "1 Taylors Rd, Norfolk Island 2899", "Pacific/Norfolk"),
    ("AU", "NSW", "2880 Pacific Hwy, Sydney NSW 2000", "Australia/Sydney"),  # a house number, not a postcode
    ("US", "CA", "46301 Highway 1, Big Sur, 93920", "America/Los_Angeles"),
    ("CL", "Magallanes", "", "America/Punta_Arenas"),
    ("CL", "", "Av. Colón 1, 6200000 Punta Arenas", "America/Punta_Arenas"),
    ("CL", "", "Av. Providencia 1, 7500000 Santiago", "America/Santiago"),
    ("BR", "PE", "Vila dos Remédios, 53990-000 Fernando de Noronha", "America/Noronha"),
    ("BR", "PE", "Rua da Aurora 1, 50050-000 Recife", "America/Sao_Paulo"),  # (Brasília time)
])
def test_far_places_by_postcode_or_name(country, region, address, right):
    assert zone(country, region, address) == (right, None)


@pytest.mark.parametrize("country, region, right", [
    ("ID", "Bali", "Asia/Makassar"), ("ID", "Papua", "Asia/Jayapura"), ("ID", "DKI Jakarta", "Asia/Jakarta"),
    ("ID", "Kalimantan Timur", "Asia/Makassar"), ("ID", "West Kalimantan", "Asia/Jakarta"),
    ("RU", "Primorsky Krai", "Asia/Vladivostok"), ("RU", "Primorskiy kray", "Asia/Vladivostok"),
    ("RU", "Приморский край", "Asia/Vladivostok"), ("RU", "Kaliningrad Oblast", "Europe/Kaliningrad"),
    ("RU", "Moscow", "Europe/Moscow"), ("RU", "Novosibirsk Oblast", "Asia/Novosibirsk"),
    ("RU", "Tomsk Oblast", "Asia/Tomsk"), ("RU", "Omsk Oblast", "Asia/Omsk"),
    ("EC", "Galápagos", "Pacific/Galapagos"), ("EC", "Pichincha", "America/Guayaquil"),
    ("NZ", "Chatham Islands Territory", "Pacific/Chatham"), ("NZ", "Auckland", "Pacific/Auckland"),
    ("KZ", "Mangystau", "Asia/Almaty"), ("MN", "Hovd", "Asia/Hovd"), ("MN", "Dornod", "Asia/Ulaanbaatar"),
    ("CD", "Kinshasa", "Africa/Kinshasa"), ("CD", "Haut-Katanga", "Africa/Lubumbashi"),
])
def test_regions_of_countries_with_several_zones(country, region, right):
    assert region_zone(country, region) == right
    assert zone(country, region) == (right, None)


def test_a_region_that_cannot_be_placed_is_named():
    found, reason = zone("RU", "Sakha (Yakutia)")  # three zones
    assert found == "Etc/UTC" and reason.startswith("the region 'Sakha (Yakutia)' is not one FieldVisit can place")
    found, reason = zone("ID", "Atlantis")
    assert "the region 'Atlantis' is not one FieldVisit can place" in reason


def test_an_address_naming_a_region_places_the_case():
    assert zone("NZ", "", "12 Queen St, Auckland") == ("Pacific/Auckland", None)
    assert zone("NZ", "", "1 Lambton Quay, Wellington") == ("Pacific/Auckland", None)
    assert zone("ID", "", "Jl. Sunset Road 1, Denpasar, Bali") == ("Asia/Makassar", None)
    assert zone("KZ", "", "Abay Ave 1") == ("Asia/Almaty", None)  # one civil time since 2024


@pytest.mark.parametrize("country, region, address, zone_, noted", [
    ("US", "TX", "1 Main St, Austin", "America/Chicago", "Texas has places in two time zones"),
    ("US", "Texas", "", "America/Chicago", "Texas has places in two time zones"),
    ("US", "TX", "1 Mesa St, El Paso, 79901", "America/Denver", None),  # the ZIP told
    ("US", "CA", "", "America/Los_Angeles", None),
    ("AU", "NSW", "1 George St, Sydney", "Australia/Sydney", "New South Wales has places in two time zones"),
    ("FR", "", "98714 Papeete", "Pacific/Tahiti", "French Polynesia has three time zones"),
])
def test_a_straddling_state_gets_a_note_not_a_review(country, region, address, zone_, noted):
    assert zone(country, region, address) == (zone_, None)
    note = zone_note(country, region, address, None, zone_)
    assert (note is None) if noted is None else (noted in note and "would tell" in note)
    assert zone_note(country, region, address, 31.0, zone_) is None  # coordinates decide


def test_a_us_address_ending_in_a_state_places_the_case():
    from datetime import date

    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), default_timezone="Etc/UTC", zone_for=FINDER.zone_for,
                     columns=frozenset({"case_id", "address", "country", "appointment"}))
    for address, right in (("1 Main St, Austin, TX", "America/Chicago"), ("1 Mesa St, El Paso, TX 79901", "America/Denver"),
                           ("1 Elm St, Boston, MA 02108", "America/New_York")):
        result = read_row({"case_id": "U", "address": address, "country": "US", "appointment": "Sat 10-12"}, ctx)
        assert result.case.timezone == right and result.review == [], (address, result.review)
