"""The file's conventions decided from its own evidence (issue 13): date order, decimal mark,
country and currency; undecided when the evidence is silent or contradicts itself."""

from datetime import date

from fieldvisit.domain.conventions import decide_conventions

AS_OF = date(2026, 11, 23)


def test_unambiguous_dates_decide_the_order_over_the_country():
    c = decide_conventions([{"due_date": "25/11/2026", "country": "US"}], as_of=AS_OF)
    assert c.dayfirst is True and c.country == "US"


def test_country_column_decides_ambiguous_dates():
    rows = [{"due_date": "03/04/2026", "country": "US"}, {"due_date": "05/06/2026", "country": "US"}]
    assert decide_conventions(rows, as_of=AS_OF).dayfirst is False
    rows = [{"due_date": "03/04/2026", "country": "ES"}]
    assert decide_conventions(rows, as_of=AS_OF).dayfirst is True


def test_the_file_wins_over_the_workspace():
    rows = [{"due_date": "03/04/2026", "country": "US", "balance": "1.234,56"}]
    c = decide_conventions(rows, as_of=AS_OF, default_country="ES", default_currency="EUR")
    assert (c.dayfirst, c.decimal_comma, c.currency) == (False, True, "USD")


def test_plausibility_when_the_file_names_no_country():
    rows = [{"appointment": "12/01/2026 18:00-20:00"}]  # 12 Jan is ten months ago; 1 Dec is next week
    assert decide_conventions(rows, as_of=AS_OF).dayfirst is False
    rows = [{"appointment": "01/12/2026 18:00-20:00"}]
    assert decide_conventions(rows, as_of=AS_OF).dayfirst is True


def test_silent_or_contradicting_evidence_leaves_it_undecided():
    assert decide_conventions([{"due_date": "03/04/2026"}], as_of=AS_OF).dayfirst is None
    mixed = [{"due_date": "25/11/2026"}, {"due_date": "11/25/2026"}]
    assert decide_conventions(mixed, as_of=AS_OF).dayfirst is None
    assert decide_conventions([{"balance": "1.234"}], as_of=AS_OF).decimal_comma is None


def test_country_from_states_zip_codes_time_zones_and_coordinates():
    assert decide_conventions([{"region": "IL", "postal_code": "62701"}], as_of=AS_OF).country == "US"
    assert decide_conventions([{"timezone": "Asia/Shanghai"}], as_of=AS_OF).country == "CN"
    assert decide_conventions([{"lat": "40,42", "lon": "-3,70"}], as_of=AS_OF).country == "ES"


def test_currency_from_symbols_and_header_notes_read_with_the_country():
    assert decide_conventions([{"balance": "12,345.60元"}], as_of=AS_OF).currency == "CNY"
    rows = [{"balance": "$1,234.56", "country": "MX"}]
    assert decide_conventions(rows, as_of=AS_OF).currency == "MXN"
    c = decide_conventions([{"balance": "100", "region": "TX"}], as_of=AS_OF, header_symbols={"balance": "$"})
    assert c.currency == "USD"


def test_decimal_mark_from_amounts_coordinates_or_the_countrys_locale():
    assert decide_conventions([{"balance": "1.234,56"}], as_of=AS_OF).decimal_comma is True
    assert decide_conventions([{"lat": "40,4240"}], as_of=AS_OF).decimal_comma is True
    assert decide_conventions([{"country": "DE"}], as_of=AS_OF).decimal_comma is True
    assert decide_conventions([{"country": "MX"}], as_of=AS_OF).decimal_comma is False


def test_the_preview_can_override():
    c = decide_conventions([{"due_date": "03/04/2026"}], as_of=AS_OF).override(dayfirst=False, currency="MXN")
    assert (c.dayfirst, c.currency) == (False, "MXN")
    # each sentence says what the user chose (BRK16a #15: never "dayfirst set by the user" for MDY)
    assert "Dates are month first: set by the user." in c.evidence and "Currency MXN: set by the user." in c.evidence
    assert not any("dayfirst" in e or e.startswith("Dates are day first") for e in c.evidence)
    d = decide_conventions([{"balance": "1.234,56"}], as_of=AS_OF).override(decimal_comma=False, dayfirst=True)
    assert "Decimal point: set by the user." in d.evidence and "Dates are day first: set by the user." in d.evidence
    assert not any(e.startswith("Decimal comma") for e in d.evidence)
