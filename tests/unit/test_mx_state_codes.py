"""BRK16a failure 16 (mx_cobranza.csv): a Mexican state written as files abbreviate it (``NL``,
``N.L.``, ``Q. Roo``, ISO's ``MX-NLE``) places the case in its time zone, as the full name does."""

from __future__ import annotations

import pytest

from fieldvisit.domain.case_places import case_zone
from fieldvisit.domain.subdivisions import mx_state, region_zone


@pytest.mark.parametrize("region,zone", [
    ("NL", "America/Mexico_City"), ("N.L.", "America/Mexico_City"), ("MX-NLE", "America/Mexico_City"),
    ("Jal.", "America/Mexico_City"), ("JC", "America/Mexico_City"), ("CDMX", "America/Mexico_City"),
    ("Q. Roo", "America/Cancun"), ("QR", "America/Cancun"), ("BC", "America/Tijuana"), ("BCS", "America/Mazatlan"),
    ("Sin.", "America/Mazatlan"), ("Son.", "America/Hermosillo"), ("SR", "America/Hermosillo"),
    ("Chih.", "America/Chihuahua"), ("Edomex", "America/Mexico_City"),
])
def test_a_mexican_state_abbreviation_gives_its_zone(region, zone):
    assert region_zone("MX", region) == zone
    assert region_zone("MX", region) == region_zone("MX", mx_state(region))  # as its full name does


@pytest.mark.parametrize("region", ["Centro", "Col. Del Valle", "Texas", "ZZ", ""])
def test_what_is_no_state_stays_unplaced(region):
    assert region_zone("MX", region) is None


def test_nl_is_newfoundland_in_canada_and_nuevo_leon_in_mexico():
    assert region_zone("MX", "NL") == "America/Mexico_City"
    zone, problem = case_zone("CA", "NL", "", None, None, None, None)
    assert zone == "America/St_Johns" and problem is None
    zone, problem = case_zone("MX", "NL", "Calle Hidalgo 8, Centro, Monterrey", None, None, None, None)
    assert zone == "America/Mexico_City" and problem is None
