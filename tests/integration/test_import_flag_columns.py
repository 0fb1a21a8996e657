"""Flag columns and multi-sheet workbooks on SQLite and PostgreSQL (BRK13 #1, #2, #3)."""

from datetime import date

from fieldvisit.domain.cases import Flag
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run

AS_OF = date(2026, 11, 23)


def do_import(app, path, **kw):
    return run(import_cases(app.uow(), app.read_table(str(path)), file_name=path.name, sha256="x", as_of=AS_OF, **kw))


def flags(app):
    with app.uow() as uow:
        return {c.case_id: c.flags for c in uow.cases.list()}


import pytest


@pytest.mark.parametrize("chunk_rows", [5000, 1])  # 1: the updates are staged in chunks
def test_condition_columns_merge_with_stored_flags(app, tmp_path, chunk_rows):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("case_id,name,flags,Deceased,Do Not Visit\nA-1,Ana,dispute,,\nA-2,Bob,,Y,\nA-3,Cid,,,\n",
                     encoding="utf-8")
    second.write_text("case_id,name,flags,Deceased,Do Not Visit\nA-1,Ana,,,Y\nA-2,Bob,,N,\nA-3,Cid,,maybe,\n",
                      encoding="utf-8")
    do_import(app, first)
    assert flags(app) == {"A-1": {Flag.DISPUTE}, "A-2": {Flag.DECEASED}, "A-3": frozenset()}
    s = do_import(app, second, chunk_rows=chunk_rows)
    assert flags(app) == {"A-1": {Flag.DISPUTE, Flag.DO_NOT_VISIT}, "A-2": frozenset(), "A-3": {Flag.DECEASED}}
    assert s.flags_dropped == [{"row": 3, "case_id": "A-2", "flags": ["deceased"]}]
    assert [(r["row"], r["column"]) for r in s.review] == [(4, "flag:deceased")]


def test_sheets_with_the_same_columns_are_one_import(app, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Pedro"
    book.active.append(["case_id", "name", "balance"])
    book.active.append(["S-1", "Ana", 1])
    marta = book.create_sheet("Marta")
    marta.append(["case_id", "name", "balance"])
    marta.append(["S-2", "Bob", "x"])
    marta.append(["S-1", "Ana", 2])
    path = tmp_path / "two.xlsx"
    book.save(path)
    s = do_import(app, path)
    assert s.imported == 1 and [str(r["row"]) for r in s.rejected] == ["Marta!2", "Marta!3"]
    assert "first on row Pedro!2" in s.rejected[1]["error"]
    assert s.as_json()["rejected"][0]["row"] == "Marta!2"
