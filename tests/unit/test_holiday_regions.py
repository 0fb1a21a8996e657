"""The region whose public holidays a case keeps, told from its address (a region column is
joined into it), its postcode or its zone (BRK16b #6)."""

import pytest

from fieldvisit.domain.holiday_regions import case_regions


@pytest.mark.parametrize(("country", "address", "zone", "regions"), [
    ("ES", "Carrer de Mallorca 401, 08013 Barcelona", "", {"CT"}),          # the tester's B-1: postcode
    ("DE", "Marienplatz 1, 80331 München", "", {"BY"}),                      # the tester's D-1: postcode
    ("ES", "Calle Mayor 1, 28013 Madrid", "", {"MD"}),
    ("DE", "Alexanderplatz 1, 10178 Berlin", "", {"BE"}),
    ("ES", "Rambla 3, Girona, Cataluña", "", {"CT"}),                        # a region column, no postcode
    ("ES", "Calle Real 2, Sevilla", "", {"AN"}),                             # a province names its community
    ("DE", "Hauptstraße 1, Bayern", "", {"BY"}),
    ("DE", "Neu-Ulmer Str. 1, 89231 Neu-Ulm", "", {"BY", "BW"}),             # a Leitregion across a border
    ("US", "1 Main St, Austin, TX 78701", "", {"TX"}),
    ("GB", "1 High St, Edinburgh EH1 1AA", "", {"SCT"}),
    ("GB", "1 Castle St, Chester CH1 2AB", "", {"ENG", "WLS"}),
    ("AU", "1 George St, Sydney NSW 2000", "", {"NSW"}),
    ("AU", "1 Northbourne Ave, Canberra 2601", "", {"ACT"}),
    ("CA", "1 King St W, Toronto ON M5V 2T6", "", {"ON"}),
    ("FR", "1 rue Serpenoise, 57000 Metz", "", {"57"}),
    ("ES", "Calle Triana 1", "Atlantic/Canary", {"CN"}),                     # coordinates through their zone
    ("AU", "1 Hay St", "Australia/Perth", {"WA"}),
    ("ES", "Calle Mayor 1", "Europe/Madrid", set()),                          # nothing tells: the caller's default
    ("", "Carrer de Mallorca 401, 08013 Barcelona", "", set()),
])
def test_case_regions(country, address, zone, regions):
    assert case_regions(country, address, zone) == frozenset(regions)
