"""BRK15 #2 (kind us_headers_dropped): coordinates, address lines, visiting times and the date the
arrears started, as lenders name them in English, Spanish, Portuguese, French, German and Chinese,
are mapped instead of being kept as extra information; "first" is a name word only beside "name"."""

import pytest

from fieldvisit.domain.columns import canonical_for, column_conflicts, plan_columns

LENDER_HEADERS = [
    # address lines
    ("Addr1", "address"), ("ADDR_1", "address"), ("Addr Line 1", "address"), ("Street 1", "address"),
    ("Dirección 1", "address"), ("Endereço Linha 1", "address"), ("Adresszeile 1", "address"), ("地址1", "address"),
    ("Addr2", "address_line2"), ("Endereço 2", "address_line2"), ("Adresszeile 2", "address_line2"),
    # latitude / longitude, with the words that say where the point is
    ("Geo Lat", "lat"), ("Geo Lng", "lon"), ("Geo Lon", "lon"), ("GeoLat", "lat"), ("GeoLng", "lon"),
    ("GPS Lat", "lat"), ("GPS_LONG", "lon"), ("Latitude (WGS84)", "lat"), ("Longitude (WGS84)", "lon"),
    ("Home Latitude", "lat"), ("Location Longitude", "lon"), ("Localización Latitude", "lat"),
    ("Localización Longitude", "lon"), ("Localização Latitude", "lat"), ("Localização Longitude", "lon"),
    ("Coordenadas Latitud", "lat"), ("Coordenadas Longitud", "lon"), ("Ubicación Lat", "lat"),
    ("Breitengrad", "lat"), ("Längengrad", "lon"), ("geogr. Breite", "lat"), ("geogr. Länge", "lon"),
    ("Latitude", "lat"), ("Longitude", "lon"), ("Coordonnées Latitude", "lat"), ("纬度", "lat"), ("经度", "lon"),
    ("GPS纬度", "lat"), ("定位经度", "lon"), ("坐标纬度", "lat"),
    # visiting times
    ("Horario Preferente", "appointment"), ("Horario preferido", "appointment"), ("Franja horaria", "appointment"),
    ("Franja preferente", "appointment"), ("Disponibilidad", "appointment"), ("Disponibilidad para visita", "appointment"),
    ("Turno preferido", "appointment"), ("Horário preferencial", "appointment"), ("Janela de visita", "appointment"),
    ("Créneau préféré", "appointment"), ("Wunschtermin", "appointment"), ("Bevorzugte Zeit", "appointment"),
    ("首选拜访时间", "appointment"), ("方便时段", "appointment"),
    # the date the arrears started
    ("First Missed Payment", "due_date"), ("First Unpaid Installment", "due_date"),
    ("First Missed Payment Date", "due_date"), ("Oldest Unpaid Installment", "due_date"),
    ("First Default Date", "due_date"), ("Fecha primer impago", "due_date"), ("Primera cuota impagada", "due_date"),
    ("Primera cuota vencida", "due_date"), ("Primeira parcela em atraso", "due_date"),
    ("Data do primeiro atraso", "due_date"), ("Premier impayé", "due_date"),
    ("Date du premier impayé", "due_date"), ("Erste offene Rate", "due_date"), ("Erste unbezahlte Rate", "due_date"),
    ("首次逾期日", "due_date"), ("首次逾期日期", "due_date"), ("逾期开始日", "due_date"),
    ("Days since first missed payment", "days_past_due"), ("1st Missed Payment", "due_date"),
    ("Inicio de mora", "due_date"), ("Primera cuota impaga", "due_date"), ("Inadimplente desde", "due_date"),
    ("Data início atraso", "due_date"), ("Date de défaut", "due_date"), ("Verzugsbeginn", "due_date"),
    ("Zahlungsverzug seit", "due_date"),
    # more ways of writing them
    ("Residential Addr1", "address"), ("Latitude °", "lat"), ("lat_dd", "lat"), ("Geolocalización Latitud", "lat"),
    ("Latitude du domicile", "lat"), ("Geo Breite", "lat"), ("Días y horario de visita", "appointment"),
    ("Días de visita", "appointment"), ("Cuándo visitar", "appointment"), ("Preferred Time Slot", "appointment"),
    ("Best Day/Time", "appointment"), ("Time Window", "appointment"),
    ("客户全名", "name"), ("Handynummer", "phone"), ("ZIP+4", "postal_code"), ("应还款日", "due_date"),
    # camelCase exports
    ("DueDate", "due_date"), ("FechaVencimiento", "due_date"), ("LastPaymentDate", "last_payment_date"),
    ("DataVencimento", "due_date"), ("GeoLat", "lat"), ("CaseID", "case_id"), ("BestTimeToVisit", "appointment"),
    ("DaysPastDue", "days_past_due"), ("HomeAddress", "address"),
    # what stays as it was
    ("First Name", "name"), ("First", "name"), ("Borrower First", "name"), ("BORR_FIRST_NM", "name"),
    ("Primer apellido", "surname"), ("Borrower", "name"), ("Lat", "lat"), ("Lng", "lon"),
]


def test_the_table_is_a_real_spread():
    assert len(LENDER_HEADERS) >= 40
    assert {f for _, f in LENDER_HEADERS} >= {"address", "address_line2", "lat", "lon", "appointment", "due_date"}


@pytest.mark.parametrize(("header", "field"), LENDER_HEADERS)
def test_lender_headers_map_to_their_field(header, field):
    assert canonical_for(header) == field


@pytest.mark.parametrize("header", [
    "Work Lat", "Office Longitude", "单位纬度", "公司经度",  # no field for the workplace's point
    "Lat/Lng", "Lat Lon", "Latitude Longitude", "经纬度",  # both in one column: not one of them
    "Coord. X", "Coord. Y", "Coordenada X", "Coordenada UTM Y",  # usually projected metres, not degrees
    "Latitude accuracy", "Long Name", "Breite", "Länge",  # width and length, unless said to be a coordinate
])
def test_not_one_coordinate(header):
    assert canonical_for(header) not in ("lat", "lon")


@pytest.mark.parametrize("header", [
    "First Missed Payment Amount", "Number of missed payments", "Missed Payments", "First Payment Date",
    "First Contact", "首次逾期金额", "Primer vencimiento", "Loan Start Date", "Start Date", "AcctOpenDt",
    "Last Updated", "Updated Balance",
])
def test_not_the_arrears_date(header):
    assert canonical_for(header) != "due_date"


@pytest.mark.parametrize("header", [
    "First Missed Payment", "First Unpaid Installment", "First Contact", "First Payment Date", "First Visit",
    "Last Updated", "Days since last visit",
])
def test_first_is_a_name_word_only_beside_name(header):
    assert canonical_for(header) not in ("name", "surname", "appointment")


@pytest.mark.parametrize("header", [
    "First Missed Payment", "Geo Lat", "Horario Preferente", "Localização Latitude", "Breitengrad",
    "Loan Status", "Account Type", "Contract Date", "Loan Amount",
])
def test_a_status_type_date_or_amount_header_is_never_the_id(header):
    assert canonical_for(header) != "case_id"


def test_the_x03_headers_say_no_name_conflict():
    """The preview said "'Borrower' and 'First Missed Payment' could both be the name"."""
    headers = ["Loan No", "Borrower", "Address", "Lat", "Lon", "Outstanding", "Currency", "First Missed Payment",
               "Country"]
    assert column_conflicts(headers) == []
    assert dict((s, f) for s, f, _ in plan_columns(headers))["First Missed Payment"] == "due_date"


@pytest.mark.parametrize(("headers", "mapped"), [
    (["Loan No.", "Debtor", "Addr1", "Addr2", "Town", "Postcode", "Outstanding Bal", "DPD", "Visit Hours", "Mobile",
      "Geo Lat", "Geo Lng"], {"Addr1": "address", "Geo Lat": "lat", "Geo Lng": "lon"}),
    (["Kundennummer", "Name", "Anschrift", "Breitengrad", "Längengrad", "Offener Betrag", "Währung"],
     {"Breitengrad": "lat", "Längengrad": "lon"}),
    (["No. Crédito", "Nombre Cliente", "Calle y Número", "Colonia", "Horario Preferente", "País"],
     {"Horario Preferente": "appointment"}),
    (["Expediente", "Titular", "Domicilio", "GPS Lat", "GPS Lng", "Fecha primer impago", "Franja preferente"],
     {"GPS Lat": "lat", "GPS Lng": "lon", "Fecha primer impago": "due_date", "Franja preferente": "appointment"}),
    (["合同编号", "客户姓名", "地址", "GPS纬度", "GPS经度", "首次逾期日期", "方便时段"],
     {"GPS纬度": "lat", "GPS经度": "lon", "首次逾期日期": "due_date", "方便时段": "appointment"}),
])
def test_nothing_a_user_expects_is_only_kept(headers, mapped):
    plan = {s: (f, a) for s, f, a in plan_columns(headers)}
    assert {s: plan[s] for s in mapped} == {s: (f, "map") for s, f in mapped.items()}
