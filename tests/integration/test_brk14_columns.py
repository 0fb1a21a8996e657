"""CLI end to end on breaker report 14's column and row cases (issue 13): French and German
files, a German "Gesamt" footer, synonyms that lost parts of the address, a two-row header under
a merged "Dirección", two "balance" columns, a 100,000-character cell in the preview."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def fv(*args, db, check_rc=0):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_HOME": str(Path(db).parent)}
    result = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == check_rc, result.stderr
    return result


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ws.sqlite")


def run_import(db, path, *extra):
    return json.loads(fv("cases", "import", str(path), "--as-of", "2026-11-23", "--json", *extra, db=db).stdout)


def listed(db):
    data = json.loads(fv("cases", "list", "--as-of", "2026-11-23", "--json", db=db).stdout)
    rows = data["cases"] if isinstance(data, dict) else data
    return {c["case_id"]: c for c in rows}


def test_a_french_file_is_read_without_a_mapping(db, tmp_path):
    path = tmp_path / "k1_fr.csv"
    path.write_text("N° dossier;Nom du débiteur;Adresse;Code postal;Ville;Montant dû;Jours de retard;Devise;"
                    "Créneau de visite;Téléphone\n"
                    "FR-001;Émile Zola;12 rue de Rivoli;75001;Paris;1 234,56 €;45;EUR;mardi 14h-16h;0601020304\n"
                    "FR-002;Hélène Dupré;3 avenue Foch;75116;Paris;987,00 €;95;EUR;samedi matin;0601020305\n",
                    encoding="utf-8")
    data = run_import(db, path)
    assert data["imported"] == 2 and data["kept_columns"] == []
    case = listed(db)["FR-001"]
    assert case["name"] == "Émile Zola" and case["address"] == "12 rue de Rivoli, Paris, 75001"
    assert case["days_past_due"] == 45 and case["currency"] == "EUR"


def _workbook(path, rows, merged=None):
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    if merged:
        ws.merge_cells(merged)
    book.save(path)


def test_a_german_gesamt_footer_is_skipped_not_a_case(db, tmp_path):
    path = tmp_path / "k2_de_gesamt.xlsx"
    _workbook(path, [["Aktenzeichen", "Schuldner", "Anschrift", "Forderung", "Tage überfällig"],
                     ["DE-1", "Hans Müller", "Hauptstraße 1, Köln", 1234.56, 30],
                     ["DE-2", "Grete Weiß", "Domplatz 2, Köln", 99.5, 40],
                     ["Gesamt", None, None, 1334.06, None]])
    data = run_import(db, path)  # German headers: no --mapping needed
    assert data["imported"] == 2 and [(r["row"], r["kind"]) for r in data["skipped"]] == [(4, "total")]
    assert sorted(listed(db)) == ["DE-1", "DE-2"]


def test_district_and_borough_columns_go_into_the_address(db, tmp_path):
    zh = tmp_path / "k1_zh2.csv"
    zh.write_text("贷款编号,借款人,身份证号,所在区县,街道地址,逾期金额,剩余本金,逾期天数,联系方式,催收员\n"
                  'ZH-1,赵强,110101199001011234,海淀区,中关村大街1号,"3,000.00","20,000.00",60,13900000001,刘洋\n',
                  encoding="utf-8")
    run_import(db, zh)
    assert listed(db)["ZH-1"]["address"] == "海淀区中关村大街1号"
    mx = tmp_path / "k1_mx.csv"
    mx.write_text("No. de crédito,Deudor,Calle,Núm. ext.,Colonia,Alcaldía/Municipio,C.P.,Estado,Monto adeudado\n"
                  'MX-1,Juan Pérez,Av. Insurgentes Sur,1602,Crédito Constructor,Benito Juárez,03940,CDMX,"$12,345.50"\n',
                  encoding="utf-8")
    run_import(db, mx)
    assert listed(db)["MX-1"]["address"] == "Av. Insurgentes Sur 1602, Crédito Constructor, Benito Juárez, CDMX 03940"


def test_a_two_row_header_reads_the_city_and_no_sub_header_case(db, tmp_path):
    path = tmp_path / "k2_two_row_header_subtotal.xlsx"
    _workbook(path, [["Expediente", "Cliente", "Dirección", None, "Saldo", "Días de mora"],
                     [None, None, "Calle", "Ciudad", None, None],
                     ["E-1", "Ana", "Calle Mayor 1", "Madrid", 100, 30],
                     ["E-2", "Luis", "Gran Vía 2", "Madrid", 200, 40],
                     ["Subtotal Madrid", None, None, None, 300, None],
                     ["E-3", "Eva", "Calle Sol 3", "Sevilla", 50, 60],
                     [None, "TOTAL GENERAL", None, None, 350, None]], merged="C1:D1")
    text = fv("cases", "import", str(path), "--preview", "--as-of", "2026-11-23", db=db).stdout
    assert "Dirección Ciudad: → city" in text and "row 2: the second header row (Calle, Ciudad)" in text
    data = run_import(db, path)
    assert data["imported"] == 3 and data["rejected"] == []
    assert sorted(r["row"] for r in data["skipped"]) == [2, 5, 7]
    assert listed(db)["E-3"]["address"] == "Calle Sol 3, Sevilla"


def test_two_balance_columns_are_said_in_preview_import_and_json(db, tmp_path):
    path = tmp_path / "k8_dup_headers.csv"
    path.write_text('case_id,name,balance,address,balance,Name\nDH-1,Ann,100.00,"Calle Mayor 1, Madrid",999.00,Other Ann\n',
                    encoding="utf-8")
    text = fv("cases", "import", str(path), "--preview", "--as-of", "2026-11-23", db=db).stdout
    assert "Check: the file has two columns named 'balance': the first is used as the balance and 'balance (2)'" in text
    preview = json.loads(fv("cases", "import", str(path), "--preview", "--json", db=db).stdout)
    assert [(c["field"], c["other"], c["tie"]) for c in preview["conflicts"]] == \
        [("balance", "balance (2)", True), ("name", "Name (2)", True)]
    text = fv("cases", "import", str(path), "--as-of", "2026-11-23", "--currency", "EUR", db=db).stdout
    assert "Check: the file has two columns named 'balance'" in text
    assert listed(db)["DH-1"]["balance"] in ("100.00", 100.0, "100")


def test_a_long_cell_is_cut_in_the_preview(db, tmp_path):
    path = tmp_path / "k8_long.csv"
    path.write_text("case_id,name,address,balance,notes\n"
                    f"LN-1,Ann,\"Calle Mayor 1, Madrid\",100.00,{'N' * 100_000}\n", encoding="utf-8")
    text = fv("cases", "import", str(path), "--preview", "--as-of", "2026-11-23", db=db).stdout
    assert len(text) < 5_000 and "N" * 60 + "…" in text and "N" * 61 not in text
    preview = json.loads(fv("cases", "import", str(path), "--preview", "--json", db=db).stdout)
    notes = {c["source"]: c for c in preview["columns"]}["notes"]["examples"][0]
    assert notes == "N" * 500 + "…" and preview["sample"][0]["values"]["notes"] == "N" * 500 + "…"
