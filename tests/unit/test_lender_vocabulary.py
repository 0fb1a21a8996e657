"""Other lenders' wording, encodings and forms (issue 13): headers read by their words, house
numbers, identity columns, countries from states and one-country currencies, Korean EUC-KR told
from GBK, more currency marks, traditional Chinese day words."""

from datetime import date, time
from decimal import Decimal

import pytest

from fieldvisit.adapters.files.text_decoding import decode
from fieldvisit.domain.case_rows import join_address
from fieldvisit.domain.columns import canonical_for, plan_columns
from fieldvisit.domain.conventions import decide_conventions
from fieldvisit.domain.money import looks_decimal_comma, parse_money
from fieldvisit.domain.subdivisions import countries_of_region, region_zone
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.services.errors import UserError


@pytest.mark.parametrize(("header", "field"), [
    # US servicing systems' column codes
    ("LOAN_NBR", "case_id"), ("BORR_FIRST_NM", "name"), ("BORR_LAST_NM", "surname"), ("PROP_ADDR", "address"),
    ("PROP_CITY", "city"), ("PROP_ST", "region"), ("PROP_ZIP", "postal_code"), ("UPB_AMT", "balance"),
    ("DLQ_DAYS", "days_past_due"), ("NEXT_DUE_DT", "due_date"), ("LAST_PMT_DT", "last_payment_date"),
    ("LAST_PMT_AMT", "last_payment_amount"), ("HOME_PHONE", "phone"), ("ID", "case_id"),
    ("Past Due Since", "due_date"), ("Vence", "due_date"), ("F. Vto.", "due_date"), ("Delinquent Since", "due_date"), ("En mora desde", "due_date"),
    ("Amount Past Due", "balance"), ("Preferred Contact Time", "appointment"), ("Acct No", "case_id"),
    # UK, India
    ("Agreement Number", "case_id"), ("Forename", "name"), ("Town", "city"), ("County", "region"),
    ("Arrears (£)", "balance"), ("Contact Preference", "appointment"), ("Loan Account No", "case_id"),
    ("Residence Address", "address"), ("Pincode", "postal_code"), ("Total Overdue (Rs.)", "balance"),
    ("EMI Due Date", "due_date"), ("Mobile No", "phone"), ("Visit Slot", "appointment"),
    # Mexico, Colombia, Spain, Brazil
    ("No. de Crédito", "case_id"), ("Nombre del Acreditado", "name"), ("Número", "house_number"),
    ("Estado", "region"), ("Municipio", "city"), ("Nombres", "name"), ("Departamento", "region"),
    ("Valor en Mora", "balance"), ("Días Mora", "days_past_due"), ("Importe Deuda", "balance"),
    ("Fecha Impago", "due_date"), ("Contrato", "case_id"), ("Nome do Cliente", "name"), ("Endereço", "address"),
    ("Bairro", "district"), ("Cidade", "city"), ("UF", "region"), ("CEP", "postal_code"),
    ("Valor em Atraso", "balance"), ("Dias em Atraso", "days_past_due"), ("Data de Vencimento", "due_date"),
    ("Telefone", "phone"),
    # Japanese, Korean, Chinese
    ("顧客番号", "case_id"), ("氏名", "name"), ("住所", "address"), ("延滞金額", "balance"), ("延滞日数", "days_past_due"),
    ("電話番号", "phone"), ("계좌번호", "case_id"), ("성명", "name"), ("주소", "address"), ("연체금액", "balance"),
    ("연체일수", "days_past_due"), ("연락처", "phone"), ("合同编号", "case_id"), ("逾期金额(元)", "balance"),
])
def test_other_lenders_headers(header, field):
    assert canonical_for(header) == field


@pytest.mark.parametrize("header", ["Title", "Interest Rate", "Credit Limit", "Cuota mensual", "Fecha de alta",
                                    "Product", "Branch"])
def test_headers_that_name_no_field_are_kept_not_guessed(header):
    assert canonical_for(header) is None


def test_an_identity_column_is_the_case_id_only_when_there_is_no_other():
    assert plan_columns(["Cédula", "Nombres", "Dirección"])[0] == ("Cédula", "case_id", "map")
    plan = plan_columns(["Contrato", "Cédula", "Nombres"])
    assert plan[0] == ("Contrato", "case_id", "map") and plan[1] == ("Cédula", None, "keep")


def test_a_house_number_follows_its_street_and_cjk_addresses_go_largest_first():
    assert join_address({"address": "Calle Morelos", "house_number": "56", "district": "Centro",
                         "city": "Guadalajara", "region": "Jalisco", "postal_code": "44100"}) == \
        "Calle Morelos 56, Centro, Guadalajara, Jalisco 44100"
    assert join_address({"address": "建国路88号SOHO现代城A座1201", "district": "朝阳区", "city": "北京市",
                         "region": "北京市"}) == "北京市朝阳区建国路88号SOHO现代城A座1201"


@pytest.mark.parametrize(("region", "country"), [
    ("Antioquia", "CO"), ("Valle del Cauca", "CO"), ("Jalisco", "MX"), ("Nuevo León", "MX"), ("CDMX", "MX"),
    ("Karnataka", "IN"), ("Sevilla", "ES"), ("广东省", "CN"), ("北京市", "CN"), ("大阪府", "JP"), ("서울특별시", "KR"),
])
def test_states_and_provinces_name_their_country(region, country):
    assert countries_of_region(region) == {country}


def test_a_name_several_countries_use_is_no_evidence_alone():
    assert len(countries_of_region("Córdoba")) > 1


def test_state_zones_where_a_country_has_several():
    assert region_zone("MX", "Sonora") == "America/Hermosillo"
    assert region_zone("MX", "Jalisco") == "America/Mexico_City"
    assert region_zone("BR", "AM") == "America/Manaus" and region_zone("BR", "SP") == "America/Sao_Paulo"
    assert region_zone("MX", "Atlantis") is None


def _conventions(rows, **kw):
    return decide_conventions(rows, as_of=date(2026, 11, 23), **kw)


def test_country_from_states_and_pesos_of_colombia():
    rows = [{"region": r, "balance": b} for r, b in (("Antioquia", "$ 850.000"), ("Cundinamarca", "$ 1.234.567"))]
    c = _conventions(rows)
    assert (c.country, c.currency, c.decimal_comma) == ("CO", "COP", True)


def test_country_from_a_currency_only_one_country_uses():
    c = _conventions([{"balance": "£1,234.56"}, {"balance": "£987.00"}])
    assert (c.country, c.currency, c.dayfirst) == ("GB", "GBP", True)


def test_a_shared_symbol_takes_the_currency_the_file_names():
    c = _conventions([{"balance": "￥8,800.00"}, {"balance": "1.2万"}, {"balance": "12,345.60"}],
                     header_symbols={"balance": "元"})
    assert c.currency == "CNY"
    c = _conventions([{"balance": "Rs. 45,000"}, {"balance": "₹ 2,50,000.00"}], header_symbols={"balance": "RS."})
    assert (c.currency, c.country) == ("INR", "IN")


@pytest.mark.parametrize(("text", "amount", "symbol"), [
    ("Rs. 45,000.00", "45000.00", "RS."), ("850,000원", "850000.00", "원"), ("MX$1,500.50", "1500.50", "MX$"),
    ("COL$ 1.234.567", "1234567.00", "COL$"), ("987.00-", "-987.00", None), ("₹ 2,50,000.00", "250000.00", "₹"),
])
def test_more_currency_marks(text, amount, symbol):
    value, found = parse_money(text, None, "")
    assert value == Decimal(amount) and found == symbol


def test_one_mark_and_three_digits_waits_for_the_files_decimal_mark():  # BRK2 #2: never 1000x silently
    from fieldvisit.domain.money import AmbiguousAmount

    with pytest.raises(AmbiguousAmount):
        parse_money("45,000", None, "")
    with pytest.raises(AmbiguousAmount):
        parse_money("$45,000", None, "")  # dollars: the US and Ecuador write different marks
    assert parse_money("Rs. 45,000", False, "") == (Decimal("45000.00"), "RS.")
    # BRK13c: a cent currency whose countries all write a decimal point (rupees) decides
    assert parse_money("Rs. 45,000", None, "") == (Decimal("45000.00"), "RS.")


def test_a_symbol_ending_in_a_point_says_nothing_of_the_decimal_mark():
    assert looks_decimal_comma("Rs. 45,000") is None


@pytest.mark.parametrize("name", ["김민수", "이지은", "박서준"])
def test_short_korean_euc_kr_files_are_read_as_korean(name):
    text, encoding = decode(f"case_id,name\nK-1,{name}\n".encode("euc_kr"), "k.csv")
    assert text.splitlines()[1] == f"K-1,{name}" and encoding == "cp949"


def test_a_korean_header_decides_and_gbk_stays_gbk():
    text, _ = decode("계좌번호,성명\nK-1,김\n".encode("euc_kr"), "k.csv")
    assert text.startswith("계좌번호")
    for name in ("李娜", "张伟", "王芳"):
        assert decode(f"case_id,name\nX-1,{name}\n".encode("gbk"), "c.csv")[0].splitlines()[1] == f"X-1,{name}"


def test_bytes_too_short_to_tell_chinese_from_korean_are_refused_in_one_sentence():
    data = "case_id,name\nX-1,".encode() + "나".encode("euc_kr") + b"\n"
    try:
        text, _ = decode(data, "x.csv")
    except UserError as exc:
        assert "\n" not in str(exc) and "UTF-8" in str(exc)
    else:  # when it is read, it is read as what it is
        assert text.splitlines()[1] == "X-1,나"


@pytest.mark.parametrize(("text", "weekdays", "start", "end"), [
    ("週六上午", (5,), time(9), time(12)), ("週一至週五 9:00-18:00", (0, 1, 2, 3, 4), time(9), time(18)),
    ("禮拜三下午3點後", (2,), time(15), time(21)),
])
def test_traditional_chinese_day_words(text, weekdays, start, end):
    parsed = parse_windows(text, "Asia/Taipei", today=date(2026, 11, 23))
    assert not parsed.errors
    w = parsed.windows[0]
    assert (w.weekdays, w.start_time, w.end_time) == (weekdays, start, end)


def test_a_written_due_date_wins_over_days_past_due_and_a_disagreement_goes_to_review():
    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), columns=frozenset({"case_id", "due_date", "days_past_due"}))
    r = read_row({"case_id": "C-1", "due_date": "2026-03-04", "days_past_due": "45"}, ctx)
    assert r.case.due_date == date(2026, 3, 4)
    assert [c for c, _ in r.review] == ["due_date"] and "disagree" in r.review[0][1]
    assert r.review[0][1].params["readings"] == "2026-03-04 or 2026-10-09"  # both offered in the queue
    r = read_row({"case_id": "C-2", "due_date": "2026-10-08", "days_past_due": "46"}, ctx)  # exported a day ago
    assert r.case.due_date == date(2026, 10, 8) and r.review == []
    r = read_row({"case_id": "C-3", "due_date": "2026-12-15", "days_past_due": "0"}, ctx)  # not yet due
    assert r.case.due_date == date(2026, 12, 15) and r.review == []
    r = read_row({"case_id": "C-4", "due_date": "", "days_past_due": "45"}, ctx)
    assert r.case.due_date == date(2026, 10, 9)


@pytest.mark.parametrize("text", ["2026-03-04 00:00:00", "2026-03-04T00:00:00Z", "20260304", "4 março 2026",
                                  "04.03.2026", "4-Mar-26", "Mar 4, 2026", "2026年3月4日", "4 de marzo de 2026"])
def test_year_first_and_database_dates_are_never_turned_round(text):
    from fieldvisit.domain.dates import parse_date

    assert parse_date(text, dayfirst=True) == date(2026, 3, 4)
    assert parse_date(text, dayfirst=False) == date(2026, 3, 4) or text in ("04.03.2026",)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("晚上8点前", time(18), time(20)), ("下午5点以前", time(14), time(17)), ("上午11点之前", time(9), time(11)),
])
def test_chinese_before_a_time_keeps_its_part_of_the_day(text, start, end):
    w = parse_windows(text, "Asia/Shanghai", today=date(2026, 11, 23)).windows[0]
    assert (w.start_time, w.end_time) == (start, end)


def test_a_number_cell_is_a_number_not_an_ambiguous_text():
    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), decimal_comma=None, default_currency="USD",
                     columns=frozenset({"case_id", "balance"}))
    r = read_row({"case_id": "N-1", "balance": 99.999}, ctx)
    assert r.case.balance == Decimal("100.00") and r.review == [] and r.errors == []


def test_us_country_from_state_and_zip_ending_the_addresses():
    c = _conventions([{"address": "1 Main St, Austin, TX 73301"}, {"address": "9 Ocean Ave, Miami, FL 33139"}])
    assert (c.country, c.currency, c.dayfirst) == ("US", "USD", False)


@pytest.mark.parametrize("text", ["Mar-26", "mar/26", "Dic-25", "Sep'26"])
def test_a_spreadsheets_month_year_is_asked_not_read_as_a_day(text):
    """Excel's mmm-yy format exports March 2026 as "Mar-26": never stored as 26 March."""
    from fieldvisit.domain.dates import AmbiguousDate, parse_date

    with pytest.raises(AmbiguousDate, match="month of a year"):
        parse_date(text, dayfirst=True, default=date(2026, 11, 23))


def test_a_month_and_day_written_out_still_reads():
    from fieldvisit.domain.dates import parse_date

    assert parse_date("March 26", default=date(2026, 11, 23)) == date(2026, 3, 26)
    assert parse_date("04-mar-26", default=date(2026, 11, 23)) == date(2026, 3, 4)
