"""Lines a paged report export prints between cases are told apart from cases (finding 11)."""

import pytest

from fieldvisit.adapters.files.table_rows import data_rows, footer_reason, report_reason

HEADERS = ["Expediente", "Nombre", "Saldo", "Moneda"]


@pytest.mark.parametrize("line, word", [
    (["Página 1 de 2", "", "", ""], "page number"),
    (["Page 2 of 5", None, None, None], "page number"),
    (["第1页 共3页", "", "", ""], "page number"),
    (["", "", "Pág. 3", ""], "page number"),
    (["Gestor: Pedro", "", "", ""], "group heading"),
    (["催收员：王芳", "", "", ""], "group heading"),
    (["expediente", "NOMBRE", "Saldo", "Moneda"], "header row again"),
    (["BANCO EJEMPLO S.A.", "", "", ""], "title again"),
    (["", "", "350.00", ""], "without a label"),
    (["", "", 350.0, "EUR"], "without a label"),
])
def test_report_lines(line, word):
    assert word in report_reason(line, HEADERS, frozenset({"banco ejemplo s.a."}))


@pytest.mark.parametrize("line", [
    ["PG-1", "Ana", "100.00", "EUR"],
    ["PG-2", "Calle: Mayor 1", "", ""],
    ["", "Ana Sin Id", "100.00", "EUR"],  # a case without its id: rejected by the import, not hidden
    ["Otro banco", "", "", ""],
])
def test_case_rows_are_not_report_lines(line):
    assert report_reason(line, HEADERS, frozenset({"banco ejemplo s.a."})) is None


def test_subtotals_are_total_rows():
    assert footer_reason(["Subtotal Pedro", "", "300.00", "EUR"])
    assert footer_reason(["小计", "", "300.00", ""])


def test_data_rows_sets_report_lines_aside_with_their_numbers():
    rows = [(5, ["PG-1", "Ana", "1", "EUR"]), (6, ["Página 1 de 2", "", "", ""]),
            (7, ["Expediente", "Nombre", "Saldo", "Moneda"]), (8, ["PG-2", "Bob", "2", "EUR"])]
    skipped, numbers = [], []
    got = list(data_rows(iter(rows), 4, skipped, numbers, HEADERS, {"banco"}))
    assert [n for n, _ in got] == numbers == [5, 8]
    assert [(s["row"], s["kind"]) for s in skipped] == [(6, "report"), (7, "report")]


def test_xlsx_report_export_lines_are_skipped(tmp_path):
    from openpyxl import Workbook

    from fieldvisit.adapters.files.readers import read_table

    book = Workbook()
    ws = book.active
    for row in (["BANCO EJEMPLO S.A."], [], HEADERS, ["PG-1", "Ana", 100, "EUR"], ["Gestor: Pedro"],
                ["PG-2", "Bob", 200, "EUR"], ["Page 1 of 2"], ["BANCO EJEMPLO S.A."], HEADERS,
                ["PG-3", "Cid", 300, "EUR"], ["Subtotal Pedro", None, 600, "EUR"], [None, None, 600, None]):
        ws.append(row)
    path = tmp_path / "report.xlsx"
    book.save(path)
    table = read_table(str(path))
    rows = list(table.rows)
    assert [v[0] for _, v in rows] == ["PG-1", "PG-2", "PG-3"]
    assert [(s["row"], s["kind"]) for s in table.skipped] == [
        (5, "report"), (7, "report"), (8, "report"), (9, "report"), (11, "total"), (12, "report")]
