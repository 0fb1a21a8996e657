"""One row → one case or a rejection with the column and reason."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.cases import Flag, GeoStatus
from fieldvisit.domain.columns import MappingError, canonical_for, match_headers

AS_OF = date(2026, 11, 23)


def ctx(**kw):
    return RowContext(as_of=AS_OF, default_timezone="Europe/Madrid", **kw)


@pytest.mark.parametrize(("header", "canonical"), [
    ("案件编号", "case_id"), ("客户姓名", "name"), ("地址", "address"), ("纬度", "lat"), ("经度", "lon"),
    ("逾期天数", "days_past_due"), ("欠款金额", "balance"), ("预约时间", "appointment"),
    ("Nº Expediente", "case_id"), ("Nombre", "name"), ("Dirección", "address"), ("Direccion", "address"),
    ("Latitud", "lat"), ("Longitud", "lon"), ("Días de atraso", "days_past_due"), ("Saldo", "balance"),
    ("Cita", "appointment"), ("País", "country"), ("Case ID", "case_id"), ("DPD", "days_past_due"),
    ("Outstanding", "balance"), ("Appointment", "appointment"), ("Time Zone", "timezone"),
    ("  CASE_ID ", "case_id"), ("work_address", "work_address"), ("Random", None),
])
def test_header_synonyms(header, canonical):
    assert canonical_for(header) == canonical


def test_mapping_wins_and_bad_mapping_is_refused():
    positions, ignored = match_headers(["Ref", "Cliente X", "Extra"], {"Cliente X": "name", "Ref": "case_id"})
    assert positions == {0: "case_id", 1: "name"} and ignored == ["Extra"]
    with pytest.raises(MappingError):
        match_headers(["a"], {"a": "not_a_column"})


def test_a_good_row():
    r = read_row({"case_id": "A1", "lat": "40,42", "lon": "-3,70", "days_past_due": "45",
                  "balance": "1.234,56 €", "country": "España", "flags": "Dispute",
                  "appointment": "25/11/2026 de 16:00 a 18:00"}, ctx(columns=frozenset({"flags"})))
    c = r.case
    assert not r.errors and c is not None
    assert (c.lat, c.lon, c.geo_status) == (40.42, -3.70, GeoStatus.FROM_FILE)
    assert c.balance == Decimal("1234.56") and c.currency == "EUR" and c.country == "ES"
    assert c.days_past_due(AS_OF) == 45 and c.flags == {Flag.DISPUTE}
    assert c.timezone == "Europe/Madrid" and c.windows[0].start.hour == 16


@pytest.mark.parametrize(("values", "column"), [
    ({"case_id": ""}, "case_id"),
    ({"case_id": "A", "lat": "91", "lon": "1"}, "lat"),
    ({"case_id": "A", "lat": "10"}, "lon"),
    ({"case_id": "A", "lat": "0", "lon": "0"}, "lat"),
    ({"case_id": "A", "balance": "lots"}, "balance"),
    ({"case_id": "A", "days_past_due": "doce"}, "days_past_due"),
    ({"case_id": "A", "days_past_due": "-4"}, "days_past_due"),
    ({"case_id": "A", "country": "Atlantis"}, "country"),
    ({"case_id": "A", "timezone": "Mars/Olympus"}, "timezone"),
    ({"case_id": "A", "currency": "monedas"}, "currency"),
])
def test_rejections_name_the_column(values, column):
    r = read_row(values, ctx())
    assert r.case is None
    assert column in [c for c, _ in r.errors]


def test_an_unknown_flag_holds_the_case_for_review():
    """A misspelt flag is never dropped: the case is held (do not visit) until a person checks it."""
    from fieldvisit.domain.cases import Flag

    r = read_row({"case_id": "A", "flags": "lawyer, dispite"}, ctx())
    assert r.case.flags == {Flag.LAWYER, Flag.DO_NOT_VISIT}
    assert r.review[0][0] == "flags" and "'dispite'" in r.review[0][1]


def test_unreadable_appointment_keeps_the_row_for_review():
    r = read_row({"case_id": "A", "appointment": "call first; 2026-11-24 10:00-11:00"}, ctx())
    assert r.case is not None and len(r.case.windows) == 1
    assert r.review and r.review[0][0] == "appointment"


def test_time_zone_from_country_then_coordinates_then_default():
    def zone_for(country, lat, lon):
        return {"CN": "Asia/Shanghai"}.get(country) or ("America/Chicago" if lat else None)

    assert read_row({"case_id": "A", "country": "CN"}, ctx(zone_for=zone_for)).case.timezone == "Asia/Shanghai"
    assert read_row({"case_id": "A", "lat": "32.7", "lon": "-96.8"}, ctx(zone_for=zone_for)).case.timezone == "America/Chicago"
    assert read_row({"case_id": "A"}, ctx(zone_for=zone_for)).case.timezone == "Europe/Madrid"
    assert read_row({"case_id": "A", "timezone": "Asia/Kolkata", "country": "CN"},
                    ctx(zone_for=zone_for)).case.timezone == "Asia/Kolkata"


def test_only_a_zone_something_tells_replaces_the_stored_one_on_update():
    """The zone is stored on update when the coordinates or the state tell it, never when it is
    the workspace's zone for want of anything better (a guess)."""
    def zone_for(country, lat, lon):
        return "America/Chicago" if country == "US" and (lat is None or lon > -97) else None  # none west of -97°

    told = read_row({"case_id": "A", "country": "US", "lat": "29.76", "lon": "-95.37"}, ctx(zone_for=zone_for))
    assert told.case.timezone == "America/Chicago" and "timezone" in told.present
    untold = read_row({"case_id": "A", "country": "US", "lat": "29.76", "lon": "-97.5"}, ctx(zone_for=zone_for))
    assert untold.case.lat == 29.76 and not untold.review
    assert untold.case.timezone == "Europe/Madrid" and "timezone" not in untold.present
    region = read_row({"case_id": "A", "region": "Texas", "country": "US"}, ctx(zone_for=zone_for))
    assert region.case.timezone == "America/Chicago" and "timezone" in region.present
    nowhere = read_row({"case_id": "A", "region": "Nowhere Land"}, ctx(zone_for=zone_for))
    assert nowhere.case.timezone == "Europe/Madrid" and "timezone" not in nowhere.present


def test_update_fields_empty_cells_keep_stored_values_flags_included():
    """A blank cell means "no information" for every field (BRK13 #2): the flags stay too."""
    r = read_row({"case_id": "A", "name": "", "balance": "5", "flags": ""}, ctx(columns=frozenset({"flags", "name"}),
                                                                                default_currency="EUR"))
    assert "name" not in r.present and "balance" in r.present and "flags" not in r.present
    r = read_row({"case_id": "A", "flags": "none"}, ctx(columns=frozenset({"flags"})))
    assert "flags" in r.present and r.case.flags == frozenset() and r.flag_reading.whole


def test_spreadsheet_cells():
    from datetime import datetime
    r = read_row({"case_id": 1001.0, "balance": 1234.5, "lat": 31.2, "lon": 121.4,
                  "due_date": datetime(2026, 10, 1), "appointment": datetime(2026, 11, 25, 15, 0)},
                 RowContext(as_of=AS_OF, default_timezone="Asia/Shanghai", default_currency="CNY"))
    c = r.case
    assert c.case_id == "1001" and c.balance == Decimal("1234.50")
    assert c.due_date == date(2026, 10, 1) and c.windows[0].start.hour == 15


def test_names_match_without_accents_and_case_and_suggest_close_ones():
    from fieldvisit.domain.names import fold, match_name

    assert fold("  Lucía  GÓMEZ ") == "lucia gomez" and fold("张伟") == "张伟"
    names = ["Lucía Gómez", "Javier Ortega", "张伟"]
    assert match_name("lucia gomez", names) == ("Lucía Gómez", [])
    assert match_name("JAVIER ORTEGA", names) == ("Javier Ortega", [])
    assert match_name("张伟", names) == ("张伟", [])
    assert match_name("Lucia Gomes", names) == (None, ["Lucía Gómez"])
    assert match_name("Javier", names) == (None, ["Javier Ortega"])
    assert match_name("Pedro Sanz", names) == (None, [])


def test_a_blank_balance_cell_is_a_note_not_zero():  # BRK2 #3 (the import drops it for a stored case)
    r = read_row({"case_id": "P2", "name": "Pe", "balance": "", "currency": "USD"},
                 ctx(columns=frozenset({"case_id", "name", "balance", "currency"})))
    assert r.case is not None and r.review == [("balance", "balance is empty")] and "balance" not in r.present
    r = read_row({"case_id": "P3", "name": "Pe"}, ctx(columns=frozenset({"case_id", "name"})))
    assert r.review == []  # no balance column: nothing to say
    r = read_row({"case_id": "P4", "balance": "1.234", "currency": "EUR"},
                 ctx(columns=frozenset({"case_id", "balance", "currency"}), decimal_comma=False))
    assert [c for c, _ in r.review] == ["balance"] and "balance" not in r.present  # never 1234.00


def test_notes_are_free_text_kept_as_written():
    """BRK14b A: a leading TAB in a notes cell was stripped at input (the text changed); ids and
    names are still trimmed. The exports neutralise the TAB (tests/integration/test_hostile_exports.py)."""
    from fieldvisit.services.import_columns import row_splitter

    columns = [{"source": s, "field": s, "action": "map"} for s in ("case_id", "name", "notes")]
    for text_cells in (True, False):  # a CSV's rows (the fast path) and a spreadsheet's
        mapped, _ = row_splitter(columns, text_cells=text_cells)([" A1\t", " Ana ", "\t-2+3"])
        case = read_row(mapped, ctx()).case
        assert (case.case_id, case.name, case.notes) == ("A1", "Ana", "\t-2+3")
        mapped, _ = row_splitter(columns, text_cells=text_cells)(["A2", "Bea", "   "])
        assert read_row(mapped, ctx()).case.notes == ""
