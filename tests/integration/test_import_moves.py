"""BRK14 #2 (KIND 7): a re-import that moves a case to another address without coordinates
clears its stored position (the collector is never routed to the old door) and puts it in the
geocoding queue; geocoding then gives the new place's zone. A move with coordinates takes them;
the same address (written differently) keeps what is stored, a hand-pinned position included.
SQLite and PostgreSQL (the ``app`` fixture runs both), with and without the staged update path."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.adapters.geo.geocoding import GeopyGeocoder
from fieldvisit.services.cases import move_case
from fieldvisit.services.geocode import geocode_pending
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from tests.integration.test_geocode import FakeGeopy, virtual_clock  # noqa: F401 - fixture

AS_OF = date(2026, 11, 23)
HEAD = "case_id,name,address,lat,lon,balance,days_past_due,phone\n"
V1 = HEAD + ('RC-1,Ann,"Calle Mayor 1, Madrid",40.4168,-3.7038,100.00,30,600000001\n'
             'RC-2,Bob,"Calle Mayor 2, Madrid",40.4169,-3.7039,200.00,40,600000002\n'
             'RC-3,Cid,"Calle Mayor 3, Madrid",40.4170,-3.7040,300.00,50,600000003\n')


def _import(app, folder: Path, name: str, text: str, chunk_rows: int = 5000):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return run(import_cases(app.uow(), app.read_table(str(path)), file_name=name,
                            sha256=hashlib.sha256(path.read_bytes()).hexdigest(), as_of=AS_OF, zones=app.zones,
                            default_timezone="Europe/Madrid", default_country="ES", chunk_rows=chunk_rows))


def _where(app) -> dict[str, tuple]:
    with app.uow() as uow:
        return {c.case_id: (c.address, c.lat, c.lon, c.geo_status.value) for c in uow.cases.list()}


@pytest.mark.parametrize("chunk_rows", [5000, 1])  # 1: the updates go through the staged path
def test_a_moved_case_without_coordinates_loses_the_old_ones_and_waits_for_geocoding(app, tmp_path, chunk_rows):
    _import(app, tmp_path, "k7_coords_v1.csv", V1)
    summary = _import(app, tmp_path, "k7_coords_v2.csv", HEAD + (
        'RC-1,Ann,"Calle Mayor 1, Madrid",40.4168,-3.7038,,30,\n'
        'RC-2,Bob,"Avenida Diagonal 1, Barcelona",,,250.00,41,600000002\n'), chunk_rows=chunk_rows)
    # RC-1's blank cells keep what is stored: nothing of it changes (BRK16a #4: unchanged, not updated)
    assert (summary.imported, summary.updated, summary.unchanged, summary.rejected) == (0, 1, 1, [])
    where = _where(app)
    assert where["RC-2"] == ("Avenida Diagonal 1, Barcelona", None, None, "pending")
    assert where["RC-1"] == ("Calle Mayor 1, Madrid", 40.4168, -3.7038, "file")
    assert where["RC-3"][1:] == (40.4170, -3.7040, "file")
    assert summary.moved == [{"row": 3, "case_id": "RC-2"}]
    assert any("1 case moved" in w and "wait for geocoding" in w for w in summary.warnings)
    assert summary.as_json()["moved"] == [{"row": 3, "case_id": "RC-2"}]
    with app.uow() as uow:
        assert [c.case_id for c in uow.cases.needing_position()] == ["RC-2"]


def test_a_moved_case_with_coordinates_takes_them_and_the_same_address_keeps_its_own(app, tmp_path):
    _import(app, tmp_path, "v1.csv", V1)
    summary = _import(app, tmp_path, "v2.csv", HEAD + (
        'RC-1,Ann,"calle  mayor 1 MADRID",,,100.00,30,\n'  # the same address written otherwise: no move
        'RC-2,Bob,"Avenida Diagonal 1, Barcelona",41.3975,2.1600,250.00,41,\n'
        'RC-3,Cid,"Calle Mayor 3, Madrid",,,300.00,50,\n'))
    where = _where(app)
    assert where["RC-1"][1:] == (40.4168, -3.7038, "file")
    assert where["RC-2"] == ("Avenida Diagonal 1, Barcelona", 41.3975, 2.16, "file")
    assert where["RC-3"][1:] == (40.4170, -3.7040, "file")
    assert summary.moved == [] and not any("moved" in w for w in summary.warnings)


def test_a_position_pinned_by_hand_survives_a_reimport_of_the_same_address(app, tmp_path):
    _import(app, tmp_path, "v1.csv", V1)
    move_case(app.uow(), "RC-1", 40.41701, -3.70201, app.zones)  # the collector found the real door
    summary = _import(app, tmp_path, "v1-again.csv", V1)  # the lender's coordinates again
    assert _where(app)["RC-1"][1:] == (40.41701, -3.70201, "manual")
    assert summary.pins_kept == [{"row": 2, "case_id": "RC-1"}]
    assert any("pinned by hand" in w for w in summary.warnings)
    _import(app, tmp_path, "v1-blank.csv", HEAD + 'RC-1,Ann,"Calle Mayor 1, Madrid",,,100.00,30,\n')
    assert _where(app)["RC-1"][1:] == (40.41701, -3.70201, "manual")
    # a real move clears even a pin: it was the old door
    _import(app, tmp_path, "v3.csv", HEAD + 'RC-1,Ann,"Calle de Alcalá 50, Madrid",,,100.00,30,\n')
    assert _where(app)["RC-1"][1:] == (None, None, "pending")


def test_geocoding_the_moved_case_gives_it_the_zone_of_its_new_place(app, tmp_path, virtual_clock):  # noqa: F811
    _import(app, tmp_path, "v1.csv", V1)
    _import(app, tmp_path, "v2.csv", HEAD + 'RC-2,Bob,"Calle del Castillo 1, Santa Cruz de Tenerife",,,200.00,40,\n')
    with app.uow() as uow:
        assert uow.cases.get("RC-2").lat is None
    fake = FakeGeopy({"Calle del Castillo 1": (28.4682, -16.2546)})
    run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=fake), app.zones))
    with app.uow() as uow:
        case = uow.cases.get("RC-2")
    assert (case.lat, case.lon, case.geo_status.value, case.timezone) == (28.4682, -16.2546, "geocoded",
                                                                          "Atlantic/Canary")
