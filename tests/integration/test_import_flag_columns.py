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


def test_an_unclear_flag_cell_never_wipes_the_windows(app, tmp_path):
    """BRK2 #1 (/tmp/brk2/wp): 'unclear' holds W1; its windows stay, also after 'N' lifts the hold."""
    files = {"1.csv": "Case ID,Name,Country,Timezone,Balance,Currency,Appointment\n"
                      "W1,Wip One,US,America/New_York,100,USD,Mon-Fri 09:00-17:00\n"
                      "W2,Wip Two,US,America/New_York,100,USD,Mon-Fri 09:00-17:00\n",
             "2.csv": "Case ID,Do Not Visit\nW1,unclear\nW2,Y\n",
             "3.csv": "Case ID,Do Not Visit\nW1,N\n"}
    expected = [{"W1": frozenset(), "W2": frozenset()}, {"W1": {Flag.DO_NOT_VISIT}, "W2": {Flag.DO_NOT_VISIT}},
                {"W1": frozenset(), "W2": {Flag.DO_NOT_VISIT}}]
    first = None
    for (name, text), held in zip(files.items(), expected):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        s = do_import(app, path)
        assert flags(app) == held
        with app.uow() as uow:
            windows = {c.case_id: c.windows for c in uow.cases.list()}
        first = first or windows
        assert windows == first and all(w[0].weekdays == (0, 1, 2, 3, 4) for w in windows.values()), name
        if name == "2.csv":
            assert [(r["case_id"], r["column"]) for r in s.review] == [("W1", "flag:do_not_visit")]


def test_flags_cell_and_a_blank_do_not_visit_cell_keep_the_stored_hold(app, tmp_path):
    """BRK2 #9 (/tmp/brk2/e1/r.csv C1): Flags=dispute, Do Not Visit blank → do_not_visit stays."""
    first, second = tmp_path / "a.csv", tmp_path / "r.csv"
    first.write_text("Case ID,Name,Do Not Visit\nC1,Ana,Y\nC2,Bob,Y\n", encoding="utf-8")
    second.write_text("Case ID,Do Not Visit,Flags,Deceased\nC1,,dispute,\nC2,N,dispute,\n", encoding="utf-8")
    do_import(app, first)
    s = do_import(app, second)
    assert flags(app) == {"C1": {Flag.DISPUTE, Flag.DO_NOT_VISIT}, "C2": {Flag.DISPUTE}}
    assert s.flags_dropped == [{"row": 3, "case_id": "C2", "flags": ["do_not_visit"]}]


def test_every_sheet_not_read_is_named_hidden_ones_too(app, tmp_path):
    """BRK2 #7 (/tmp/brk2/x/m.xlsx): a summary sheet, a sheet with other columns and a hidden
    sheet with the same header are all named, none read silently."""
    from openpyxl import Workbook

    header = ["Case ID", "Name", "Balance", "Currency", "Country"]
    book = Workbook()
    summary = book.active
    summary.title = "Resumen"
    summary.append(["Total", "Count"])
    summary.append([600, 3])
    data = book.create_sheet("Datos")
    data.append(header)
    data.append(["X1", "Ana Lopez", 100, "MXN", "MX"])
    notes = book.create_sheet("Notas")
    notes.append(["Case ID", "Comment"])
    notes.append(["X1", "hello"])
    hidden = book.create_sheet("Oculta")
    hidden.append(header)
    hidden.append(["X4", "Dani Oropeza", 400, "MXN", "MX"])
    hidden.sheet_state = "hidden"
    book.create_sheet("Vacia")
    path = tmp_path / "m.xlsx"
    book.save(path)
    s = do_import(app, path)
    assert s.imported == 1 and set(flags(app)) == {"X1"} and s.sheets_read == ["Datos"]
    named = {x["sheet"]: x["reason"] for x in s.sheets_not_read}
    assert list(named) == ["Resumen", "Notas", "Oculta", "Vacia"]
    assert "columns differ" in named["Resumen"] and "--sheet 'Notas'" in named["Notas"]
    assert named["Oculta"] == "hidden in the workbook; import it with --sheet 'Oculta'"
    assert "no header row" in named["Vacia"]
    # the window words each sheet by why it was passed over (not "its columns differ" for all)
    assert {x["sheet"]: x["kind"] for x in s.sheets_not_read} == \
        {"Resumen": "columns", "Notas": "columns", "Oculta": "hidden", "Vacia": "empty"}
    s = run(import_cases(app.uow(), app.read_table(str(path), sheet="Oculta"), file_name=path.name, sha256="y",
                         as_of=AS_OF))
    assert s.imported == 1 and set(flags(app)) == {"X1", "X4"} and not s.sheets_not_read
