"""BRK14 #1, #4 and the preview's smaller findings: a row's own country decides its date order
over the workspace's; a workspace country the file contradicts lends it nothing; year-first
countries settle no dd/mm order; an appointment months in the past goes to review; the evidence
quotes the file's own values."""

from datetime import date

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.conventions import decide_conventions, workspace_misfit
from fieldvisit.domain.countries import system_country
from fieldvisit.domain.date_order import (
    PAST_APPOINTMENT_DAYS, country_dayfirst, past_sentence, plausible_order,
)

AS_OF = date(2026, 11, 23)
MIXED = [
    {"case_id": "MC-1", "lat": "40.7411", "lon": "-73.9897", "balance": "1,234.50", "currency": "USD",
     "country": "US", "appointment": "12/01/2026 6pm-8pm"},
    {"case_id": "MC-2", "lat": "40.4168", "lon": "-3.7038", "balance": "1.234,50", "currency": "EUR",
     "country": "ES", "appointment": "01/12/2026 18:00-20:00"},
    {"case_id": "MC-3", "lat": "19.4326", "lon": "-99.1332", "balance": "1,234.50", "currency": "MXN",
     "country": "MX"},
    {"case_id": "MC-4", "lat": "40.4168", "lon": "-3.7038", "balance": "100", "currency": "EUR", "country": "ES",
     "appointment": "2026-06-01 10:00-12:00"},
]


def _ctx(conventions, **kw):
    return RowContext(as_of=AS_OF, dayfirst=conventions.dayfirst, decimal_comma=conventions.decimal_comma,
                      default_timezone=kw.get("zone", "Asia/Shanghai"),
                      default_country=conventions.country or conventions.fallback_country,
                      columns=frozenset(MIXED[0]), row_order=conventions.row_order)


def _zone(country, lat, lon):
    return {"US": "America/New_York", "ES": "Europe/Madrid", "MX": "America/Mexico_City"}.get(country)


def test_countries_date_order_comes_from_cldr_and_year_first_settles_nothing():
    assert country_dayfirst("US") is False and country_dayfirst("PH") is False
    assert country_dayfirst("ES") is True and country_dayfirst("GB") is True and country_dayfirst("MX") is True
    assert country_dayfirst("CN") is None and country_dayfirst("JP") is None and country_dayfirst("KR") is None
    assert country_dayfirst("") is None


def test_each_rows_country_decides_its_date_order_in_a_cn_workspace():
    c = decide_conventions(MIXED, as_of=AS_OF, default_country="CN", default_currency="CNY")
    assert c.dayfirst is None and c.row_order and c.row_countries == ("ES", "MX", "US")
    assert c.country == "" and c.fallback_country == "CN"
    assert not any("day first, as written in the workspace" in e for e in c.evidence)
    ctx = _ctx(c)
    ctx.zone_for = _zone
    us, es = read_row(dict(MIXED[0]), ctx), read_row(dict(MIXED[1]), ctx)
    assert us.case.windows[0].start.date() == date(2026, 12, 1)  # month first: 1 Dec, not 12 Jan
    assert us.case.windows[0].start.hour == 18 and us.case.timezone == "America/New_York"
    assert es.case.windows[0].start.date() == date(2026, 12, 1)  # day first


def test_a_us_row_is_read_month_first_where_only_the_workspace_set_the_order():
    rows = [{"case_id": "A", "country": "ES", "appointment": "Mon 10-12"},
            {"case_id": "B", "country": "US", "due_date": "03/04/2026"}]
    c = decide_conventions(rows, as_of=AS_OF, default_country="ES")
    ctx = RowContext(as_of=AS_OF, dayfirst=c.dayfirst, default_timezone="Europe/Madrid", row_order=c.row_order,
                     columns=frozenset({"case_id", "country", "due_date", "appointment"}))
    assert read_row(dict(rows[1]), ctx).case.due_date == date(2026, 3, 4)


def test_dates_the_file_writes_unambiguously_decide_over_a_rows_country():
    rows = [{"case_id": "A", "country": "ES", "due_date": "25/04/2026"},
            {"case_id": "B", "country": "US", "due_date": "03/04/2026"}]
    c = decide_conventions(rows, as_of=AS_OF)
    assert c.dayfirst is True and not c.row_order
    assert "such as 25/04/2026" in " ".join(c.evidence)  # quoted from the file, not a made-up 25/11
    ctx = RowContext(as_of=AS_OF, dayfirst=c.dayfirst, row_order=c.row_order,
                     columns=frozenset({"case_id", "country", "due_date"}))
    assert read_row(dict(rows[1]), ctx).case.due_date == date(2026, 4, 3)


def test_a_cn_workspace_does_not_decide_day_first():
    rows = [{"case_id": "A", "due_date": "03/04/2026"}]
    c = decide_conventions(rows, as_of=AS_OF, default_country="CN")
    assert c.dayfirst is None and c.fallback_country == "CN"
    assert any("CN writes dates year first" in e for e in c.evidence)


#: (a town not among the big cities of :mod:`fieldvisit.domain.city_postcodes`: "28013 Madrid" would say ES)
SPANISH = [{"case_id": f"ES-00{i}", "address": "Calle Mayor 1", "city": "Getafe", "postal_code": code,
            "balance": amount, "appointment": "martes y jueves 16:00-18:00"}
           for i, (code, amount) in enumerate((("28013", "1.234,56"), ("28009", "987,00"), ("28013", "2.500,00")))]


def test_a_workspace_country_the_file_contradicts_is_not_used():
    c = decide_conventions(SPANISH, as_of=AS_OF, default_country="CN", default_currency="CNY")
    assert (c.country, c.fallback_country, c.currency, c.workspace_fits) == ("", "", "", False)
    text = " ".join(c.evidence)
    assert "the workspace's country (CN) does not fit this file" in text and "1.234,56" in text and "28013" in text
    assert "choose the country" in text
    assert "does not write" in workspace_misfit(SPANISH, "CN", 3, 0)
    fits = decide_conventions(SPANISH, as_of=AS_OF, default_country="ES", default_currency="EUR")
    assert fits.workspace_fits and fits.fallback_country == "ES" and fits.currency == "EUR"
    assert workspace_misfit(SPANISH, "ES", 3, 0) == ""
    # a Chinese file in a CN workspace fits (six-digit postcodes, decimal point)
    assert workspace_misfit([{"postal_code": "100080", "balance": "1234.50"}], "CN", 0, 1) == ""


def test_the_users_country_replaces_unknown_and_the_workspaces_currency():
    c = decide_conventions(SPANISH, as_of=AS_OF, default_country="CN", default_currency="CNY", given_country="ES")
    assert (c.country, c.currency) == ("ES", "EUR")
    assert not any(e.startswith("Country unknown") for e in c.evidence)
    fallback = decide_conventions([{"case_id": "A", "balance": "100"}], as_of=AS_OF, default_country="CN",
                                  default_currency="CNY").override(country="ES")
    assert (fallback.country, fallback.currency) == ("ES", "EUR")
    assert not any(e.startswith(("Country unknown", "Country CN", "Currency CNY")) for e in fallback.evidence)


def test_an_appointment_months_in_the_past_goes_to_review():
    ctx = RowContext(as_of=AS_OF, dayfirst=True, default_timezone="Europe/Madrid", default_country="ES",
                     columns=frozenset({"case_id", "appointment"}))
    old = read_row({"case_id": "MC-4", "appointment": "2026-06-01 10:00-12:00"}, ctx)
    assert old.case.windows == [] and old.case is not None
    assert old.review[0][0] == "appointment" and "in the past" in old.review[0][1]
    misread = read_row({"case_id": "D-4", "appointment": "12/01/2026 18:00-20:00"}, ctx)
    assert misread.case.windows == [] and "read month first it would be 2026-12-01" in misread.review[0][1]
    recent = read_row({"case_id": "R", "appointment": "2026-11-03 10:00-12:00"}, ctx)  # 20 days ago: kept
    assert recent.review == [] and len(recent.case.windows) == 1
    assert read_row({"case_id": "W", "appointment": "lunes 10-12"}, ctx).case.windows  # weekly: never past


def test_the_past_bound_is_shared_with_plausibility():
    assert PAST_APPOINTMENT_DAYS == 30
    assert plausible_order("02/11/2026 10:00", AS_OF) is True  # 2 Nov (21 days ago) is kept; 11 Feb is past
    assert plausible_order("12/01/2026 10:00", AS_OF) is False  # 12 Jan is past the bound, 1 Dec is not
    assert "in the past" in past_sentence("2026-06-01", date(2026, 6, 1), AS_OF, True)


def test_plausibility_of_past_appointments_counts_as_evidence_for_the_files_order():
    rows = [{"case_id": "A", "appointment": "12/01/2026 18:00-20:00"}]
    assert decide_conventions(rows, as_of=AS_OF, default_country="ES").dayfirst is False  # 1 Dec, not 12 Jan


def test_system_country_comes_from_the_zone_else_the_locale_else_nothing():
    assert system_country("Europe/Madrid", "C.UTF-8") == "ES"
    assert system_country("Asia/Calcutta") == "IN"  # an alias
    assert system_country("UTC", "C.UTF-8") == "" and system_country("Etc/UTC", "") == ""
    assert system_country("UTC", "es_MX.UTF-8") == "MX"
    assert system_country("UTC", "en") == ""


def test_coordinates_and_currency_outside_the_workspaces_country_are_misfits():
    madrid = [{"case_id": "A", "lat": "40.4168", "lon": "-3.7038"}, {"case_id": "B", "lat": "41.38", "lon": "2.17"}]
    assert "outside CN" in workspace_misfit(madrid, "CN", 0, 2)
    assert workspace_misfit(madrid, "ES", 0, 2) == ""
    euros = [{"case_id": "A", "balance": "100.00", "currency": "EUR"}]
    c = decide_conventions(euros, as_of=AS_OF, default_country="CN", default_currency="CNY")
    assert not c.workspace_fits and c.currency == "EUR" and c.fallback_country == ""
    assert "its amounts are in EUR, not CNY" in " ".join(c.evidence)
    dollars = [{"case_id": "A", "balance": "100.00", "currency": "USD"}]
    assert decide_conventions(dollars, as_of=AS_OF, default_country="MX").fallback_country == "MX"
