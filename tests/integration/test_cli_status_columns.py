"""Status columns through the command line (BRK13c #1): conditions written in a status column
(English, Spanish, Portuguese, Chinese), a ``Vulnerable`` column, ``Estado`` holding statuses and a
repeated row naming a condition become flags, and ``plan`` never proposes those cases."""

import json

import pytest

from tests.integration.test_cli_lender_columns import AS_OF, fv, imported, listed

HEAD = "{id},{name},{lat},{lon},{balance},{currency},{collector},{dpd},{status}\n"
FILES = {
    # language: (headers, rows of (id, status), {id: flags})
    "en": (("Account #", "Customer Name", "Latitude", "Longitude", "Balance", "Currency", "Collector",
            "Days Delinquent", "Status"),
           [("U-1", "Active"), ("U-5", "Deceased"), ("U-6", "Cease & Desist"), ("U-7", "Attorney Retained"),
            ("U-8", "Ch. 7 Bankruptcy"), ("U-9", "")],
           {"U-1": [], "U-5": ["deceased"], "U-6": ["cease"], "U-7": ["lawyer"], "U-8": ["bankruptcy"], "U-9": []}),
    "es": (("Nº Expediente", "Nombre", "Latitud", "Longitud", "Importe", "Moneda", "Gestor", "Días de mora",
            "Situación"),
           [("ES-1", "En gestión"), ("ES-3", "Fallecido"), ("ES-4", "No visitar"), ("ES-5", "En disputa")],
           {"ES-1": [], "ES-3": ["deceased"], "ES-4": ["do_not_visit"], "ES-5": ["dispute"]}),
    "pt": (("Contrato", "Nome do Cliente", "Latitude", "Longitude", "Saldo Devedor", "Moeda", "Cobrador",
            "Dias em atraso", "Situação"),
           [("BR-1", "Em cobrança"), ("BR-4", "Falecido"), ("BR-5", "Não visitar")],
           {"BR-1": [], "BR-4": ["deceased"], "BR-5": ["do_not_visit"]}),
    "zh": (("客户编号", "客户姓名", "纬度", "经度", "欠款金额", "币种", "催收员", "逾期天数", "状态"),
           [("CN-1", "催收中"), ("CN-3", "已故"), ("CN-4", "投诉中"), ("CN-5", "律师函")],
           {"CN-1": [], "CN-3": ["deceased"], "CN-4": ["dispute"], "CN-5": ["lawyer"]}),
}


def write(tmp_path, lang):
    headers, rows, _ = FILES[lang]
    lines = [",".join(headers)]
    for i, (case_id, status) in enumerate(rows):
        lines.append(f"{case_id},Person {i},{60.170 + i / 1000:.3f},{24.940 + i / 1000:.3f},100.00,EUR,Joe,40,{status}")
    path = tmp_path / f"{lang}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", sorted(FILES))
def test_a_status_column_sets_the_flags_it_names(tmp_path, lang):
    path, db = write(tmp_path, lang), tmp_path / "ws.db"
    headers, rows, expected = FILES[lang]
    preview = imported(db, path, "--country", "FI", "--preview")
    status = next(c for c in preview["columns"] if c["source"] == headers[-1])
    assert status["field"] == "flag:*status" and status["action"] == "map"
    assert {s["value"]: s["read_as"] for s in status["statuses"]}[rows[0][1]] == "ordinary"
    s = imported(db, path, "--country", "FI")
    assert s["imported"] == len(rows) and not s["review"] and not s["kept_columns"]
    cases = listed(db)
    assert {k: c["flags"] for k, c in cases.items()} == expected
    # the status stays on the case as information (the prep sheet shows it)
    assert all(cases[k]["extra"] == ({headers[-1]: v} if v else {}) for k, v in rows)


def test_vulnerable_column_and_estado_statuses(tmp_path):
    """uk.csv: ``Vulnerable`` Y/N; es_flags.csv: ``Estado`` holds statuses, never joined to the address."""
    uk = tmp_path / "uk.csv"
    uk.write_text("Account Ref,Customer,Address Line 1,Town,Postcode,Arrears (£),Vulnerable\n"
                  "UK-1,Mr J Smith,14 Baker Street,London,NW1 6XE,£10.00,N\n"
                  "UK-2,Mrs A Jones,1 High Street,Cardiff,CF10 1AA,£987.00,Y\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, uk)
    assert {k: c["flags"] for k, c in listed(db).items()} == {"UK-1": [], "UK-2": ["vulnerable"]}
    es = tmp_path / "es_flags.csv"
    es.write_text("Número de cuenta,Nombre,Dirección,Saldo,Moneda,Días de mora,Estado\n"
                  'E-1,Juan Pérez,"Calle 1, Bogotá",1000,COP,40,Fallecido\n'
                  'E-2,Ana Gómez,"Calle 2, Medellín",1000,COP,40,No visitar\n'
                  'E-3,Luis Díaz,"Calle 3, Cali",1000,COP,40,\n', encoding="utf-8")
    db = tmp_path / "es.db"
    preview = imported(db, es, "--preview")
    estado = next(c for c in preview["columns"] if c["source"] == "Estado")
    assert estado["field"] == "flag:*status" and "not the region" in estado["note"]
    imported(db, es)
    cases = listed(db)
    assert {k: (c["flags"], c["address"]) for k, c in cases.items()} == {
        "E-1": (["deceased"], "Calle 1, Bogotá"), "E-2": (["do_not_visit"], "Calle 2, Medellín"),
        "E-3": ([], "Calle 3, Cali")}
    assert cases["E-1"]["extra"] == {"Estado": "Fallecido"}
    mx = tmp_path / "mx.csv"  # Mexican states stay the region
    mx.write_text("Núm. Crédito,Nombre,Domicilio,Municipio,Estado,Saldo,Moneda\n"
                  "MX-1,José,Av. Insurgentes Sur 1234,Benito Juárez,Ciudad de México,100,MXN\n"
                  "MX-2,Ana,Blvd. Kino 300,Hermosillo,Sonora,100,MXN\n", encoding="utf-8")
    db = tmp_path / "mx.db"
    imported(db, mx)
    assert {k: (c["flags"], c["address"]) for k, c in listed(db).items()} == {
        "MX-1": ([], "Av. Insurgentes Sur 1234, Benito Juárez, Ciudad de México"),
        "MX-2": ([], "Blvd. Kino 300, Hermosillo, Sonora")}


def test_status_and_repeated_rows_keep_the_plan_away(tmp_path):
    """us.csv / sap.csv: deceased and cease cases, and a case whose repeated row says deceased,
    are never planned."""
    db = tmp_path / "ws.db"
    imported(db, write(tmp_path, "en"), "--country", "FI")
    dup = tmp_path / "sap.csv"
    dup.write_text("case_id,name,lat,lon,balance,currency,collector,days_past_due,flags\n"
                   "00123,Pepe,60.180,24.950,100.00,EUR,Joe,40,\n"
                   "00124,Eva,60.181,24.951,100.00,EUR,Joe,40,\n"
                   "00123,Pepe,60.180,24.950,999.00,EUR,Joe,40,deceased\n", encoding="utf-8")
    preview = imported(db, dup, "--country", "FI", "--preview")
    assert any("row 4 repeats case 00123 of row 2" in n for n in preview["sample"][2]["review"])
    s = imported(db, dup, "--country", "FI")
    assert [r["row"] for r in s["rejected"]] == [4]
    assert [(r["row"], r["column"]) for r in s["review"]] == [(2, "flags")]
    assert "says deceased" in s["review"][0]["error"] and "held (do not visit)" in s["review"][0]["error"]
    assert s["review"][0]["text"] == "deceased"  # what a person checks: the rejected row's flags
    assert listed(db)["00123"]["flags"] == ["do_not_visit"]
    r = fv(db, "--json", "plan", "--date", "2026-11-25", "--collector", "Joe", "--as-of", AS_OF,
           "--time-limit", "1", "--start", "60.169,24.938")
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert {s["case_id"] for s in plan["stops"]} == {"U-1", "U-9", "00124"}
    blocked = {u["case_id"] for u in plan["unplanned"] if u["reason"] == "blocked_by_flag"}
    assert blocked == {"U-5", "U-6", "U-7", "U-8", "00123"}


def test_a_rejected_row_naming_a_condition_holds_the_case_its_twin_imports(tmp_path):
    """A row rejected for an unreadable cell, before or after the row that imports its case, still
    holds that case (do not visit, for review) when it names a condition; a repeated row that
    names no condition changes nothing."""
    path = tmp_path / "dup2.csv"
    path.write_text("case_id,name,balance,currency,flags,Status\n"
                    "D-1,Ana,abc,EUR,deceased,\nD-1,Ana,100,EUR,,\n"
                    "D-2,Bob,100,EUR,,\nD-2,Bob,xyz,EUR,,Cease & Desist\n"
                    "D-3,Cid,100,EUR,,\nD-3,Cid,100,EUR,,Active\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    preview = imported(db, path, "--country", "ES", "--preview")
    assert [r["row"] for r in preview["review"]] == [3, 5]
    s = imported(db, path, "--country", "ES")
    assert [r["row"] for r in s["rejected"]] == [2, 5, 7]
    assert [(r["row"], r["case_id"]) for r in s["review"]] == [(3, "D-1"), (4, "D-2")]
    assert "row 2 is rejected but is case D-1 too" in s["review"][0]["error"]
    assert [r["text"] for r in s["review"]] == ["deceased", "cease"]
    assert {k: c["flags"] for k, c in listed(db).items()} == {"D-1": ["do_not_visit"], "D-2": ["do_not_visit"],
                                                              "D-3": []}


def test_held_statuses_and_repeated_rows_are_settled_in_the_review_queue(tmp_path):
    """The holds this file's statuses and repeated rows put wait in 'cases review', named by the
    file's header, with the flags they name offered; the answer replaces the hold."""
    path = tmp_path / "held.csv"
    path.write_text("Account #,Name,Status,flags\nH-1,Ann,Deceaced,\nH-2,Bob,Dispute resolved,\n"
                    "H-3,Cid,Active,\nH-3,Cid,Active,deceased\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, path, "--country", "ES")
    assert {k: c["flags"] for k, c in listed(db).items()} == {"H-1": ["do_not_visit"], "H-2": ["do_not_visit"],
                                                              "H-3": ["do_not_visit"]}
    r = fv(db, "--json", "cases", "review")
    assert r.returncode == 0, r.stderr
    items = {i["case_id"]: i for i in json.loads(r.stdout)["reviews"]}
    assert {k: (i["kind"], i["header"], i["candidates"]) for k, i in items.items()} == {
        "H-1": ("flag", "Status", ["deceased", "none"]), "H-2": ("flag", "Status", ["dispute", "none"]),
        "H-3": ("flag", "flags", ["deceased", "none"])}
    for case_id, answer in (("H-1", "deceased"), ("H-2", "none"), ("H-3", "deceased")):
        r = fv(db, "--json", "cases", "review", "--resolve", str(items[case_id]["id"]), "--text", answer)
        assert r.returncode == 0, r.stderr
    assert {k: c["flags"] for k, c in listed(db).items()} == {"H-1": ["deceased"], "H-2": [], "H-3": ["deceased"]}


def test_statuses_nobody_recognises_are_said_in_the_import_result(tmp_path):
    """An import nobody previewed still says which status values were read as nothing: one note
    per column, naming at most five distinct values, in the plain output and in --json."""
    unknown = ["Skip traced", "In house", "Route 2", "Promise kept?", "Field", "Agency A", "Agency B"]
    rows = [("S-1", "Active"), ("S-2", "Deceased")] + [(f"S-{i + 3}", v) for i, v in enumerate(unknown)] + \
        [(f"S-{i + 20}", "Skip traced") for i in range(30)]  # repeated on many rows: still one note
    path = tmp_path / "st.csv"
    path.write_text("Account #,Customer Name,Balance,Currency,Country,Status\n"
                    + "".join(f"{c},Person {c},100.00,EUR,FI,{s}\n" for c, s in rows), encoding="utf-8")
    db = tmp_path / "ws.db"
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    line = ("  Status has 7 statuses FieldVisit does not recognise, kept as information only (no flag set, no case "
            "held): 'Skip traced', 'In house', 'Route 2', 'Promise kept?', 'Field' +2 more. If one means a "
            "condition (deceased, lawyer, do not visit…), write that in a Flags column and import again.")
    assert line in r.stdout.splitlines()
    assert r.stdout.count("FieldVisit does not recognise") == 1 and "Notes (1;" in r.stdout

    one = tmp_path / "one.csv"
    one.write_text("Account #,Customer Name,Balance,Currency,Country,Status\nT-1,Ana,1.00,EUR,FI,Active\n"
                   "T-2,Bea,1.00,EUR,FI,Skip traced\nT-3,Eva,1.00,EUR,FI,Skip traced\n", encoding="utf-8")
    data = imported(db, one)
    assert data["notes"] == [{"row": None, "case_id": None, "column": "Status", "note":
                              "Status has a status FieldVisit does not recognise, kept as information only (no flag "
                              "set, no case held): 'Skip traced'. If it means a condition (deceased, lawyer, do not "
                              "visit…), write that in a Flags column and import again."}]
    known = tmp_path / "known.csv"
    known.write_text("Account #,Customer Name,Balance,Currency,Country,Status\nK-1,Ana,1.00,EUR,FI,Active\n"
                     "K-2,Bea,1.00,EUR,FI,Deceased\n", encoding="utf-8")
    assert imported(db, known)["notes"] == []
