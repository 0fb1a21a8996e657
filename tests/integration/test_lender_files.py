"""Files made the way other lenders export them (tests/lender_files.py) import with the right
values: every column mapped or kept, country, currency, time zone and dates from the file's own
evidence, broken records rejected with their row numbers (issue 13)."""

import hashlib
from datetime import date, time
from decimal import Decimal

import pytest

from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from tests.lender_files import write_lender_files

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return write_lender_files(tmp_path_factory.mktemp("lenders"))


def do_import(app, path):
    table = app.read_table(str(path))
    work = import_cases(app.uow(), table, file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                        as_of=AS_OF, zones=app.zones, default_timezone="UTC")
    return run(work)


def cases(app):
    with app.uow() as uow:
        return {c.case_id: c for c in uow.cases.list()}


def test_uk_export_pounds_day_first_forename_surname(app, files):
    s = do_import(app, files["uk_gbp.csv"])
    assert (s.imported, s.rejected, s.encoding) == (3, [], "utf-8-sig")
    assert s.kept_columns == ["Title"]
    c = cases(app)["AG-5001"]
    assert (c.name, c.balance, c.currency, c.country, c.timezone) == \
        ("James Wilson", Decimal("1234.56"), "GBP", "GB", "Europe/London")
    assert c.address == "12 High Street, Flat 2, Leeds, West Yorkshire LS1 4AP"
    assert c.last_payment_date == date(2026, 3, 4)  # 04/03/2026 day first: 25/02/2026 shows it
    assert cases(app)["AG-5003"].balance == Decimal("-45.10")


def test_indian_export_lakhs_rupees_and_states(app, files):
    s = do_import(app, files["in_inr.csv"])
    assert (s.imported, s.rejected, s.kept_columns) == (3, [], [])
    got = cases(app)
    assert got["LN-88001"].balance == Decimal("123456.78") and got["LN-88001"].currency == "INR"
    assert got["LN-88002"].balance == Decimal("45000.00")  # "Rs. 45,000"
    assert got["LN-88003"].balance == Decimal("250000.00")
    assert {c.timezone for c in got.values()} == {"Asia/Kolkata"} and got["LN-88001"].country == "IN"


def test_mexican_semicolon_cp1252_with_street_and_number(app, files):
    s = do_import(app, files["mx_mxn.csv"])
    assert (s.imported, s.rejected, s.kept_columns, s.encoding, s.delimiter) == (3, [], [], "cp1252", ";")
    c = cases(app)["MX-301"]
    assert c.address == "Av. Insurgentes Sur 1234, Del Valle, Benito Juárez, Ciudad de México 03100"
    assert (c.name, c.balance, c.currency, c.timezone) == \
        ("José Hernández López", Decimal("12345.60"), "MXN", "America/Mexico_City")
    assert c.last_payment_date == date(2026, 3, 4)
    w = c.windows[0]
    assert (w.weekdays, w.start_time, w.end_time) == ((0, 1, 2, 3, 4), time(9), time(14))


def test_colombian_pesos_without_decimals_and_cedula_as_case_id(app, files):
    s = do_import(app, files["co_cop.csv"])
    assert (s.imported, s.rejected) == (3, [])
    got = cases(app)
    c = got["1020304050"]
    assert (c.name, c.balance, c.currency, c.country, c.timezone) == \
        ("Andrés Felipe Gómez Ruiz", Decimal("1234567.00"), "COP", "CO", "America/Bogota")
    assert got["1040506070"].balance == Decimal("12500000.00")


def test_spanish_euros_and_month_names(app, files):
    s = do_import(app, files["es_eur.csv"])
    assert (s.imported, s.rejected) == (3, [])
    c = cases(app)["EXP-7001"]
    assert (c.balance, c.currency, c.due_date, c.timezone) == (Decimal("1234.56"), "EUR", date(2026, 3, 4),
                                                             "Europe/Madrid")
    assert [(w.weekdays, w.start_time, w.end_time) for w in c.windows] == [((1, 3), time(16), time(18))]


def test_chinese_gbk_yuan_wan_and_provinces(app, files):
    s = do_import(app, files["cn_gbk.csv"])
    assert (s.imported, s.rejected, s.kept_columns) == (3, [], ["身份证号"])
    got = cases(app)
    assert got["HT-2026-002"].balance == Decimal("12000.00") and got["HT-2026-003"].balance == Decimal("8800.00")
    c = got["HT-2026-001"]
    assert (c.currency, c.country, c.timezone, c.last_payment_date) == \
        ("CNY", "CN", "Asia/Shanghai", date(2026, 3, 4))
    assert c.address == "北京市朝阳区建国路88号SOHO现代城A座1201"
    w = c.windows[0]  # 工作日晚上7点后: weekday evenings from 19:00
    assert (w.weekdays, w.start_time) == ((0, 1, 2, 3, 4), time(19))


@pytest.mark.parametrize(("name", "case_id", "person", "balance", "currency", "zone"), [
    ("tw_big5.csv", "TW-01", "陳志明", "45000.00", "TWD", "Asia/Taipei"),
    ("jp_sjis.csv", "JP-001", "山田太郎", "123456.00", "JPY", "Asia/Tokyo"),
    ("kr_euckr.csv", "KR-01", "김민수", "1234567.00", "KRW", "Asia/Seoul"),
    ("br_brl.csv", "BR-01", "João da Silva", "1234.56", "BRL", "America/Sao_Paulo"),
])
def test_legacy_code_pages_and_their_currencies(app, files, name, case_id, person, balance, currency, zone):
    s = do_import(app, files[name])
    assert s.rejected == [] and s.kept_columns == []
    c = cases(app)[case_id]
    assert (c.name, c.balance, c.currency, c.timezone) == (person, Decimal(balance), currency, zone)


def test_taiwanese_saturday_morning_is_read(app, files):
    s = do_import(app, files["tw_big5.csv"])
    assert s.review == []
    w = cases(app)["TW-01"].windows[0]
    assert (w.weekdays, w.start_time, w.end_time) == ((5,), time(9), time(12))


def test_us_servicing_codes_pipe_trailing_minus_and_month_names(app, files):
    s = do_import(app, files["us_pipe.txt"])
    assert (s.imported, s.rejected, s.kept_columns, s.delimiter) == (3, [], [], "|")
    got = cases(app)
    c = got["0012345"]
    assert (c.name, c.address, c.balance, c.timezone) == \
        ("ROBERT MILLER", "45 LAKE SHORE DR, CHICAGO, IL 60611", Decimal("12345.67"), "America/Chicago")
    assert c.last_payment_date == date(2026, 2, 2) and c.last_payment_amount == Decimal("450.00")
    assert got["0012346"].balance == Decimal("-987.00")


def test_utf16_tab_file_zone_from_the_state_in_the_address(app, files):
    s = do_import(app, files["us_tab_utf16.tsv"])
    assert (s.imported, s.rejected) == (3, [])
    got = cases(app)
    assert got["A-1"].timezone == "America/New_York" and got["A-1"].due_date == date(2026, 3, 4)
    assert got["A-2"].notes == "multi\nline note"


def test_broken_records_rejected_with_their_row_numbers(app, files):
    s = do_import(app, files["broken_es.csv"])
    assert (s.rows, s.imported) == (5, 3)
    assert [r["row"] for r in s.rejected] == [3, 5]
    assert set(cases(app)) == {"B-1", "B-3", "B-5"} and cases(app)["B-5"].address == "Calle Nube 7, Madrid"


def test_workbook_summary_sheet_title_rows_merged_cells_and_total(app, files):
    s = do_import(app, files["mx_summary_title_merged.xlsx"])
    assert (s.imported, s.rejected) == (3, [])
    assert [r["row"] for r in s.skipped] == [8]
    got = cases(app)
    assert got["C-3"].collector == "Luis"  # merged down from its top-left cell
    assert (got["C-1"].currency, got["C-1"].timezone) == ("MXN", "America/Mexico_City")


def test_currency_from_the_cells_number_format(app, files):
    s = do_import(app, files["gbp_numfmt.xlsx"])
    assert (s.imported, s.rejected) == (2, [])
    c = cases(app)["X1"]
    assert (c.balance, c.currency, c.country, c.due_date) == (Decimal("1234.50"), "GBP", "GB", date(2026, 3, 4))


def test_group_headers_above_the_real_header(app, files):
    s = do_import(app, files["two_row_header.xlsx"])
    assert (s.imported, s.rejected, s.kept_columns) == (2, [], [])
    assert cases(app)["T2"].address == "2 Road, Leeds, LS1 1AB"


def test_1904_workbook_serials(app, files):
    s = do_import(app, files["jp_1904.xlsx"])
    assert (s.imported, s.rejected) == (2, [])
    got = cases(app)
    assert got["S1"].due_date == date(2026, 3, 4) and got["S1"].last_payment_date == date(2029, 12, 10)
    assert got["S2"].last_payment_date == date(2026, 2, 1)
