"""CLI end to end on breaker report 16a's broken-quote files (tests/data/brk16): rows that each
open a quote never closed — two side by side, first, last, apart, before a quoted or a multi-line
row — are each rejected with their spreadsheet row number and reason, the rows after them are
imported with their own values, and the preview counts and rejects exactly what the import does
(failure 1: BT-3 vanished, BT-2 took its balance, and both said "0 rejected")."""

from pathlib import Path

import pytest

from tests.integration.test_brk15_import_rows import db, listed, preview_and_import  # noqa: F401  (fixture)

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"


@pytest.mark.parametrize("name, imported, rejected", [
    ("broken_two_in_row.csv", ["BT-1", "BT-4", "BT-5"], [3, 4]),
    ("broken_first_row.csv", ["BF-2", "BF-3"], [2]),
    ("broken_then_multiline.csv", ["BM-2", "BM-3"], [2]),
])
def test_each_broken_row_is_rejected_and_the_others_keep_their_own_values(db, name, imported, rejected):
    preview, data = preview_and_import(db, DATA / name)
    assert preview["rows_read"] == data["rows"] == len(imported) + len(rejected)
    assert [(r["row"], "never closed" in r["error"]) for r in data["rejected"]] == [(n, True) for n in rejected]
    assert data["imported"] == len(imported)
    cases = listed(db)
    assert sorted(cases) == imported
    for case_id, case in cases.items():  # BT-4's 40.00 and name are its own, never another row's
        assert case["balance"].startswith(case_id[-1]) and "\n" not in case["name"] and "," not in case["name"]


def test_three_broken_rows_side_by_side_in_a_semicolon_utf16_file(db, tmp_path):
    """Variant: `;`, UTF-16 with BOM, CRLF, three broken rows between multi-line addresses."""
    path = tmp_path / "three.csv"
    path.write_bytes(('case_id;name;address;balance;currency\r\n'
                      'M-1;Ana;"Calle Mayor 1; 2º B\r\nMadrid";100,00;EUR\r\n'
                      'B-2;"Beñat;Calle 2;200,00;EUR\r\n'
                      'B-3;"Cris;Calle 3;300,00;EUR\r\n'
                      'B-4;Dani;"Calle 4;400,00;EUR\r\n'
                      'G-5;Eva;"Calle 5\r\nPiso 3";500,00;EUR\r\n').encode("utf-16"))
    preview, data = preview_and_import(db, path)
    assert preview["rows_read"] == data["rows"] == 5
    assert [r["row"] for r in data["rejected"]] == [3, 4, 5]
    cases = listed(db)
    assert sorted(cases) == ["G-5", "M-1"]
    assert cases["G-5"]["balance"] == "500.00" and cases["G-5"]["name"] == "Eva"
