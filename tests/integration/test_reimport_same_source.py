"""A re-import of the same lender's file under a new name is the same source (BRK15 #6): lenders
put dates in their file names, so the name without its dates and numbers, or the same set of the
lender's own headers, says it too (the summary says which earlier import it was compared with).
A blank appointment cell keeps the stored appointment, and the person is told per case."""

import json

from fieldvisit.domain.import_sources import SAME_COLUMNS, SAME_STEM, headers_key, name_stem, same_source
from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "brk15"
OWN = "case_id,name,address,lat,lon,balance,currency,days_past_due,appointment\n"


def _import(db, path, as_of):
    r = fv(db, "--json", "cases", "import", str(path), "--as-of", as_of)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_c37_then_c38_names_the_missing_case_and_the_kept_appointment(tmp_path):
    db = tmp_path / "ws.db"
    _import(db, DATA / "c37_reimport_v1.csv", "2026-11-23")
    second = _import(db, DATA / "c38_reimport_v2.csv", "2026-11-30")
    assert (second["imported"], second["updated"]) == (1, 2)
    assert second["not_in_file"] == {"count": 1, "case_ids": ["RI-3"], "compared_with": {
        "file_name": "c37_reimport_v1.csv", "as_of": "2026-11-23", "why": SAME_STEM}}
    assert second["appointments_kept"] == [{"row": 3, "case_id": "RI-2"}]
    assert [(n["case_id"], n["column"], n["note"]) for n in second["notes"]] == [
        ("RI-2", "appointment", "appointment blank in this file: the stored one is kept")]
    listed = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list", "--as-of", "2026-11-30").stdout)["cases"]}
    assert sorted(listed) == ["RI-1", "RI-2", "RI-3", "RI-4"]  # RI-3 kept unchanged
    plain = fv(db, "cases", "import", str(DATA / "c38_reimport_v2.csv"), "--as-of", "2026-11-30").stdout
    assert "1 case keeps its stored appointment: the file's appointment cell is blank" in plain
    assert "row 3 (appointment): appointment blank in this file: the stored one is kept" in plain


def test_dated_names_of_one_lender_are_one_source_and_another_lender_is_not(tmp_path):
    db = tmp_path / "ws.db"
    row = "{id},N,A,40.41,-3.70,100,EUR,10,{when}\n"
    (tmp_path / "cartera_2026-11-23.csv").write_text(
        OWN + row.format(id="C-1", when="L-V 9-14") + row.format(id="C-2", when=""), encoding="utf-8")
    (tmp_path / "otro_banco.csv").write_text(OWN + row.format(id="O-1", when=""), encoding="utf-8")
    (tmp_path / "Cartera 30.11.2026.csv").write_text(OWN + row.format(id="C-1", when=""), encoding="utf-8")
    _import(db, tmp_path / "cartera_2026-11-23.csv", "2026-11-23")
    other = _import(db, tmp_path / "otro_banco.csv", "2026-11-24")  # same (FieldVisit's own) headers: not one source
    assert other["not_in_file"] == {"count": 0, "case_ids": [], "compared_with": None}
    again = _import(db, tmp_path / "Cartera 30.11.2026.csv", "2026-11-30")
    assert (again["not_in_file"]["count"], again["not_in_file"]["case_ids"]) == (1, ["C-2"])
    assert again["not_in_file"]["compared_with"]["file_name"] == "cartera_2026-11-23.csv"
    assert [k["case_id"] for k in again["appointments_kept"]] == ["C-1"]  # C-2 had none stored: nothing to say


def test_a_lenders_own_headers_tie_two_unrelated_names(tmp_path):
    db = tmp_path / "ws.db"
    head = "Expediente;Titular;Domicilio;Saldo;Divisa;País;Horario\n"
    (tmp_path / "export.csv").write_text(head + "E-1;Ana;Calle 1 Madrid;10,00;EUR;ES;martes 16-18\n"
                                                "E-2;Bea;Calle 2 Madrid;20,00;EUR;ES;\n", encoding="utf-8")
    (tmp_path / "diciembre.csv").write_text(head + "E-1;Ana;Calle 1 Madrid;10,00;EUR;ES;\n", encoding="utf-8")
    _import(db, tmp_path / "export.csv", "2026-11-23")
    data = _import(db, tmp_path / "diciembre.csv", "2026-11-30")
    assert data["not_in_file"]["case_ids"] == ["E-2"]
    assert data["not_in_file"]["compared_with"]["why"] == SAME_COLUMNS
    assert [k["case_id"] for k in data["appointments_kept"]] == ["E-1"]


def test_the_source_rule():
    assert name_stem("cartera_2026-11-23.csv") == name_stem("CARTERA-2026-11-30.xlsx") == "cartera"
    assert name_stem("2026-11-30.csv") == "" and name_stem("v2.csv") == ""  # too little to tell a source
    assert headers_key(["Expediente", "Titular"]) == headers_key([" titular", "EXPEDIENTE"]) != ""
    assert headers_key(["case_id", "name", "balance"]) == ""  # the product's own template tells no lender
    earlier = {"file_name": "cartera_2026-11-23.csv", "profile": None, "headers_key": None}
    assert same_source(earlier, "cartera_2026-11-30.csv", None, "") == SAME_STEM
    assert same_source(earlier, "clientes_2026-11-30.csv", None, "") is None
