"""Lenders' real files (issue 13), through the real readers and import on a real SQLite
workspace: every row imported, rejected with its spreadsheet row number, or listed as skipped;
dates, amounts and currencies read from the file's own evidence, ambiguous ones sent to review.

The cases in /work/shared/cases (CASES.md) are read from there when present; the others are
written here, one of each kind the held-back cases stand for."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.paths import CASES as CASES_DIR

from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run

SHARED = CASES_DIR
AS_OF = dt.date(2026, 11, 23)


def shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


def do_import(app, path: Path, **kw):
    table = app.read_table(str(path))
    work = import_cases(app.uow(), table, file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                        as_of=AS_OF, zones=app.zones, default_timezone="UTC", **kw)
    summary = run(work)
    assert summary.imported + summary.updated + len(summary.rejected) == summary.rows
    return summary


def cases(app):
    with app.uow() as uow:
        return {c.case_id: c for c in uow.cases.list()}


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ----- CASES.md ---------------------------------------------------------------------------------

def test_02_rejected_row_number_counts_records_not_text_lines(sqlite_app):
    s = do_import(sqlite_app, shared("02_multiline_rownum/cases.csv"))
    assert (s.rows, s.imported) == (2, 1)
    assert [(r["row"], r["column"]) for r in s.rejected] == [(3, "lat")]
    assert cases(sqlite_app)["M-1"].address == "Calle Luna 3, Piso 2, Puerta B"


def test_03_us_file_dates_are_month_first_from_the_files_own_country(sqlite_app):
    s = do_import(sqlite_app, shared("03_us_dates_dayfirst/cases.csv"))
    assert (s.imported, s.rejected, s.review) == (2, [], [])
    got = cases(sqlite_app)
    assert got["U-1"].due_date == dt.date(2026, 3, 4)
    ny = ZoneInfo("America/New_York")
    w = got["U-1"].windows[0]
    assert (w.start, w.end) == (dt.datetime(2026, 12, 1, 18, tzinfo=ny), dt.datetime(2026, 12, 1, 20, tzinfo=ny))
    assert got["U-2"].due_date == dt.date(2026, 5, 6) and got["U-2"].windows[0].start.date() == dt.date(2026, 12, 2)


def test_05_xlsx_with_a_stale_declared_size_reads_every_row(sqlite_app):
    s = do_import(sqlite_app, shared("05_xlsx_stale_dimension/cases.xlsx"))
    assert (s.rows, s.imported) == (3, 3)
    assert cases(sqlite_app)["R-3"].balance == Decimal("300.00")


def test_broken_quote_row_is_rejected_and_the_next_rows_import(sqlite_app):
    s = do_import(sqlite_app, shared("broken_quote_row.csv"))
    assert (s.rows, s.imported) == (3, 2)
    assert [r["row"] for r in s.rejected] == [3] and "quote" in s.rejected[0]["error"]
    assert set(cases(sqlite_app)) == {"OK-1", "OK-3"}
    assert cases(sqlite_app)["OK-3"].balance == Decimal("200.00")


def test_us_headers_are_mapped_and_dollar_amounts_read(sqlite_app):
    s = do_import(sqlite_app, shared("us_headers_dropped.csv"))
    assert s.ignored_columns == [] and (s.rows, s.imported) == (4, 4)
    got = cases(sqlite_app)
    smith = got["US-1001"]
    assert smith.name == "John Smith" and smith.address == "123 Main St, Apt 4, Springfield, IL 62701"
    assert (smith.balance, smith.currency, smith.country) == (Decimal("1234.56"), "USD", "US")
    assert smith.days_past_due(AS_OF) == 45 and smith.last_payment_date == dt.date(2026, 10, 15)
    assert got["US-1002"].balance == Decimal("987.00") and got["US-1002"].last_payment_date == dt.date(2026, 9, 1)
    assert got["US-1003"].balance == Decimal("2500.00")
    assert got["US-1004"].balance == Decimal("-50.00")
    assert got["US-1004"].timezone == "America/Chicago"  # Illinois
    # the appointment texts are read or listed for review, never dropped
    read = {cid for cid, c in got.items() if c.windows}
    reviewed = {r["row"] for r in s.review if r["column"] == "appointment"}
    assert len(read) + len(reviewed) == 4


# ----- more of each kind ------------------------------------------------------------------------

def test_unclosed_quote_in_the_middle_of_a_longer_file(sqlite_app, tmp_path):
    path = write(tmp_path, "mid.csv", 'case_id,name,address,balance\nA-1,Ana,"Calle 1, Madrid",10.00\n'
                 'A-2,"Bad,Calle 2,20.00\nA-3,Luis,"Calle 3, Madrid",30.00\nA-4,Eva,Calle 4,40.00\n')
    s = do_import(sqlite_app, path)
    assert s.rows == 4 and [r["row"] for r in s.rejected] == [3]
    assert set(cases(sqlite_app)) == {"A-1", "A-3", "A-4"}
    assert cases(sqlite_app)["A-3"].address == "Calle 3, Madrid"


def test_wrong_number_of_values_is_rejected_with_its_row(sqlite_app, tmp_path):
    path = write(tmp_path, "width.csv", "case_id;name;balance\nW-1;Ana;10,00\nW-2;Luis;5;7;9\nW-3;Eva;30,00;;\n")
    s = do_import(sqlite_app, path, default_currency="EUR")
    assert [(r["row"], "3 columns" in r["error"]) for r in s.rejected] == [(3, True)]
    assert set(cases(sqlite_app)) == {"W-1", "W-3"} and cases(sqlite_app)["W-3"].balance == Decimal("30.00")


@pytest.mark.parametrize("label", ["Total", "TOTALS:", "Total general", "合计", "總計", "Grand Total", "Subtotal"])
def test_total_rows_are_skipped_and_reported(sqlite_app, tmp_path, label):
    path = write(tmp_path, "tot.csv", f"case_id,name,balance\nT-1,Ana,10.00\nT-2,Luis,20.00\n{label},30.00\n"
                 "Generated by CoreBank on 2026-11-20\n")  # as exporters write them: fewer values
    s = do_import(sqlite_app, path)
    assert (s.rows, s.imported, s.rejected) == (2, 2, [])
    assert [(k["row"], k["kind"]) for k in s.skipped] == [(4, "total"), (5, "note")]


def _xlsx(path: Path, build) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    build(book)
    book.save(path)
    return path


def test_workbook_with_a_summary_sheet_first_title_rows_merged_cells_and_totals(sqlite_app, tmp_path):
    def build(book):
        summary = book.active
        summary.title = "Resumen"
        summary.append(["Cartera noviembre"])
        summary.append(["Gestor", "Saldo"])
        summary.append(["Marta", 3000])
        data = book.create_sheet("Casos")
        data.append(["Banco Ejemplo — casos de noviembre"])
        data.merge_cells("A1:E1")
        data.append([])
        data.append(["Nº Expediente", "Nombre y apellidos", "Gestor", "Saldo", "Fecha de vencimiento"])
        data.append(["E-1", "Ana Ruiz", "Marta", 100.5, dt.datetime(2026, 9, 1)])
        data.append(["E-2", "Luis Gil", None, 200, 46265])  # serial number, 1900 system: 2026-08-31
        data.append(["E-3", "Eva Sanz", "Pedro", 300, None])
        data.merge_cells("C4:C5")  # Marta for both rows
        data.append(["Total general", None, None, 600.5, None])

    s = do_import(sqlite_app, _xlsx(tmp_path / "casos.xlsx", build))
    assert (s.sheet, s.header_row, s.rows, s.imported) == ("Casos", 3, 3, 3)
    assert s.skipped == [{"row": 7, "reason": "total row (Total general), not a case", "kind": "total"}]
    got = cases(sqlite_app)
    assert got["E-2"].collector == "Marta" and got["E-3"].collector == "Pedro"
    assert got["E-1"].due_date == dt.date(2026, 9, 1) and got["E-2"].due_date == dt.date(2026, 8, 31)


def test_1904_workbook_serial_dates(sqlite_app, tmp_path):
    def build(book):
        book.epoch = dt.datetime(1904, 1, 1)
        sheet = book.active
        sheet.append(["case_id", "due_date", "last_payment_date", "balance"])
        sheet.append(["M-1", 46265 - 1462, dt.datetime(2026, 10, 1), 10])  # serial in the 1904 system

    s = do_import(sqlite_app, _xlsx(tmp_path / "mac.xlsx", build))
    assert s.imported == 1
    got = cases(sqlite_app)["M-1"]
    assert got.due_date == dt.date(2026, 8, 31) and got.last_payment_date == dt.date(2026, 10, 1)


def test_formula_without_saved_result_rejects_its_row_with_a_reason(sqlite_app, tmp_path):
    def build(book):
        sheet = book.active
        sheet.append(["case_id", "balance"])
        sheet.append(["F-1", 100])
        sheet.append(["F-2", "=B2*2"])  # openpyxl saves no result

    s = do_import(sqlite_app, _xlsx(tmp_path / "f.xlsx", build))
    assert s.imported == 1 and s.rejected[0]["row"] == 3 and "formula" in s.rejected[0]["error"]


def test_cached_formula_results_are_read(sqlite_app, tmp_path):
    import zipfile

    def build(book):
        sheet = book.active
        sheet.append(["case_id", "balance"])
        sheet.append(["F-1", 100])
        sheet.append(["F-2", "=B2*2"])

    path = _xlsx(tmp_path / "raw.xlsx", build)
    out = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):  # what Excel writes: the formula and its result
                data = data.replace(b"<f>B2*2</f><v></v>", b"<f>B2*2</f><v>200</v>").replace(
                    b"<f>B2*2</f><v />", b"<f>B2*2</f><v>200</v>")
            dst.writestr(item, data)
    s = do_import(sqlite_app, out, default_currency="EUR")
    assert (s.imported, s.rejected) == (2, []) and cases(sqlite_app)["F-2"].balance == Decimal("200.00")


@pytest.mark.parametrize(("encoding", "text", "name"), [
    ("big5", "案件編號,客戶姓名,地址,欠款金額\nTW-1,陳大文,臺北市中正區重慶南路一段122號,12345\n", "陳大文"),
    ("cp932", "case_id,name,address,balance\nJP-1,山田太郎,東京都千代田区丸の内1-1-1,12000\n", "山田太郎"),
    ("shift_jis", "case_id,name,address,balance\nJP-2,佐藤花子,大阪府大阪市北区梅田3丁目,8800\n", "佐藤花子"),
    ("utf-16", "case_id\tname\tbalance\nU-1\tZoë Ångström\t10.50\n", "Zoë Ångström"),
    ("utf-16-le", "case_id,name,balance\nU-2,José Núñez,10.50\n", "José Núñez"),
    ("utf-16-be", "case_id,name,balance\nU-3,张伟,10.50\n", "张伟"),
    ("gbk", "案件编号,客户姓名,欠款金额\nCN-9,李娜,8800\n", "李娜"),
])
def test_encodings_are_read_right(sqlite_app, tmp_path, encoding, text, name):
    s = do_import(sqlite_app, write(tmp_path, "enc.csv", text, encoding))
    assert s.imported == 1
    assert next(iter(cases(sqlite_app).values())).name == name


def test_an_encoding_that_cannot_be_told_is_refused_in_one_sentence(sqlite_app, tmp_path):
    from fieldvisit.services.errors import UserError

    path = tmp_path / "x.csv"
    path.write_bytes(b"case_id,name\nX-1,\x81\x40\x81\x40\n")  # a few bytes several code pages read
    try:
        s = do_import(sqlite_app, path)
    except UserError as exc:
        assert "\n" not in str(exc) and "UTF-8" in str(exc)
    else:  # read: then it must be one of the real readings, not Latin mojibake
        assert s.imported == 1 and "\x81" not in cases(sqlite_app)["X-1"].name


def test_ambiguous_dates_without_evidence_go_to_review(sqlite_app, tmp_path):
    path = write(tmp_path, "amb.csv", "case_id,due_date,balance\nA-1,03/04/2026,10.00\nA-2,2026-05-01,5.00\n")
    s = do_import(sqlite_app, path, default_currency="EUR")
    assert s.imported == 2
    assert [(r["row"], r["column"]) for r in s.review] == [(2, "due_date")]
    assert cases(sqlite_app)["A-1"].due_date is None
    assert s.conventions["dayfirst"] is None


def test_appointment_plausibility_decides_the_date_order(sqlite_app, tmp_path):
    path = write(tmp_path, "plaus.csv", "case_id,appointment,balance,currency\nP-1,12/01/2026 10:00-12:00,10.00,USD\n")
    s = do_import(sqlite_app, path)
    assert s.review == [] and s.conventions["dayfirst"] is False
    assert cases(sqlite_app)["P-1"].windows[0].start.date() == dt.date(2026, 12, 1)


@pytest.mark.parametrize(("balance", "extra", "amount", "currency"), [
    ('"12,345.60元"', "", "12345.60", "CNY"),
    ("１２，３４５．６０元", "", "12345.60", "CNY"),
    ("1.2万", ",CN", "12000.00", "CNY"),
    ("1.234", ",ES", "1234.00", "EUR"),
    ('"1.234,56 €"', "", "1234.56", "EUR"),
    ("£99.50", "", "99.50", "GBP"),
    ('"$1,234.56"', ",MX", "1234.56", "MXN"),
    ("(50.00)", ",US", "-50.00", "USD"),
    ('"₹2,50,000"', ",IN", "250000.00", "INR"),
])
def test_money_keeps_its_currency(sqlite_app, tmp_path, balance, extra, amount, currency):
    header = "case_id,balance" + (",country" if extra else "")
    s = do_import(sqlite_app, write(tmp_path, "m.csv", f"{header}\nM-1,{balance}{extra}\n"))
    assert s.imported == 1, s.rejected
    got = cases(sqlite_app)["M-1"]
    assert (got.balance, got.currency) == (Decimal(amount), currency)


def test_a_symbol_that_contradicts_the_currency_column_rejects_the_row(sqlite_app, tmp_path):
    s = do_import(sqlite_app, write(tmp_path, "c.csv", 'case_id,balance,currency\nC-1,"12,345.60元",EUR\n'))
    assert s.imported == 0 and s.rejected[0]["column"] == "balance" and "CNY" in s.rejected[0]["error"]


def test_spanish_headers_and_name_parts(sqlite_app, tmp_path):
    path = write(tmp_path, "es.csv", "Número de cuenta;Nombre;Apellidos;Calle;Ciudad;Código postal;Saldo (€);"
                 "Horario de visita\nC-1;Ana;Ruiz Gil;Calle Mayor 1;Madrid;28013;1.234,50;martes 10:00-12:00\n")
    s = do_import(sqlite_app, path)
    assert s.ignored_columns == [] and s.imported == 1
    got = cases(sqlite_app)["C-1"]
    assert got.name == "Ana Ruiz Gil" and got.address == "Calle Mayor 1, Madrid, 28013"
    assert (got.balance, got.currency) == (Decimal("1234.50"), "EUR") and got.windows


def test_serial_numbers_in_an_unformatted_workbook(sqlite_app, tmp_path):
    """Dates written as plain numbers (no date format): due date, last payment and the
    appointment's date and time are read in the workbook's date system."""
    def build(book):
        sheet = book.active
        sheet.append(["case_id", "due_date", "last_payment_date", "appointment", "timezone"])
        sheet.append(["S-1", 46265, 46296, 46350.75, "Europe/Madrid"])  # 2026-08-31, 2026-10-01, 2026-11-24 18:00

    s = do_import(sqlite_app, _xlsx(tmp_path / "serial.xlsx", build))
    assert s.imported == 1
    got = cases(sqlite_app)["S-1"]
    assert (got.due_date, got.last_payment_date) == (dt.date(2026, 8, 31), dt.date(2026, 10, 1))
    assert got.windows and got.windows[0].start == dt.datetime(2026, 11, 24, 18, tzinfo=ZoneInfo("Europe/Madrid"))
