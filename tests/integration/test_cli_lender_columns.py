"""Lenders' real columns through the command line (BRK13 #1, #2, #3, #4, #10, #13): every column
and every row accounted for, nothing guessed silently."""

import json
import os
import subprocess
import sys

AS_OF = "2026-11-23"


def fv(db, *args):
    cmd = [sys.executable, "-m", "fieldvisit", "--db", f"sqlite:///{db}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "TZ": "Europe/Madrid"},
                          timeout=300)


def imported(db, path, *extra):
    r = fv(db, "--json", "cases", "import", str(path), "--as-of", AS_OF, *extra)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def listed(db):
    r = fv(db, "--json", "cases", "list", "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    return {c["case_id"]: c for c in json.loads(r.stdout)["cases"]}


def test_condition_columns_block_the_plan(tmp_path):
    """BRK13 #1: Do Not Visit / Deceased / Bloqueos columns become flags; plan never proposes them."""
    path = tmp_path / "flags.csv"
    path.write_text("Account,Name,Balance,Currency,Latitude,Longitude,Collector,Do Not Visit,Fallecido,Bloqueos,"
                    "Days past due\n"
                    "P-1,Ann,100.00,EUR,60.170,24.940,Joe,Y,,,40\n"
                    "P-2,Bob,100.00,EUR,60.171,24.941,Joe,,Sí,,40\n"
                    "P-3,Cid,100.00,EUR,60.172,24.942,Joe,N,No,,40\n"
                    "P-4,Dan,100.00,EUR,60.173,24.943,Joe,,,concurso,40\n"
                    "P-5,Eve,100.00,EUR,60.174,24.944,Joe,,quizá,,40\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    s = imported(db, path, "--country", "FI")
    assert s["imported"] == 5 and not s["kept_columns"]
    assert [r["row"] for r in s["review"]] == [6]  # 'quizá' is neither yes nor no: held and reviewed
    flags = {k: c["flags"] for k, c in listed(db).items()}
    assert flags == {"P-1": ["do_not_visit"], "P-2": ["deceased"], "P-3": [], "P-4": ["bankruptcy"],
                     "P-5": ["deceased"]}
    r = fv(db, "--json", "plan", "--date", "2026-11-25", "--collector", "Joe", "--as-of", AS_OF,
           "--time-limit", "1", "--start", "60.169,24.938")
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert [s["case_id"] for s in plan["stops"]] == ["P-3"]
    assert {u["case_id"] for u in plan["unplanned"] if u["reason"] == "blocked_by_flag"} == {"P-1", "P-2", "P-4", "P-5"}


def test_blank_keeps_everything_and_dropping_a_blocking_flag_is_said(tmp_path):
    """BRK13 #2: a blank cell keeps the stored value for every field (flags too); a file that
    removes a blocking flag says so, in JSON and in plain text."""
    first, second = tmp_path / "ru1.csv", tmp_path / "ru2.csv"
    first.write_text("case_id,name,flags,phone,address,Deceased\n"
                     "RU-1,Ana,dispute,600111222,Calle 1,\nRU-2,Bob,,600111333,Calle 2,Y\n"
                     "RU-3,Cid,lawyer,600111444,Calle 3,\n", encoding="utf-8")
    second.write_text("case_id,name,flags,phone,address,Deceased\n"
                      "RU-1,Ana,,,,\nRU-2,Bob,,,,N\nRU-3,Cid,cease,,,\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, first)
    s = imported(db, second)
    assert (s["updated"], s["unchanged"]) == (2, 1)  # RU-1's blanks change nothing: unchanged (BRK16a #4)
    assert s["flags_dropped"] == [{"row": 3, "case_id": "RU-2", "flags": ["deceased"]},
                                  {"row": 4, "case_id": "RU-3", "flags": ["lawyer"]}]
    cases = listed(db)
    assert cases["RU-1"]["flags"] == ["dispute"]  # blank: no information, the flag stays
    assert cases["RU-2"]["flags"] == [] and cases["RU-3"]["flags"] == ["cease"]
    imported(db, first)  # flags back
    r = fv(db, "cases", "import", str(second), "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert "2 cases lost a blocking flag" in r.stdout and "row 3 (RU-2): deceased removed" in r.stdout


def test_loan_amount_is_not_the_balance_and_the_conflict_is_said(tmp_path):
    """BRK13 #4: Outstanding Balance over Loan Amount; a tie is said in JSON and plain text."""
    path = tmp_path / "loan.csv"
    path.write_text('Account,Name,Loan Amount,Outstanding Balance,Total Balance,Currency,work_phone,phone\n'
                    'K-1,Ann Lee,"10,000.00","1,234.56","1,300.00",USD,555-0101,555-0102\n', encoding="utf-8")
    db = tmp_path / "ws.db"
    s = imported(db, path)
    assert listed(db)["K-1"]["balance"] == "1234.56"
    assert {(c["chosen"], c["other"], c["tie"]) for c in s["conflicts"]} == {
        ("Outstanding Balance", "Loan Amount", False), ("Outstanding Balance", "Total Balance", True),
        ("phone", "work_phone", False)}
    assert set(s["kept_columns"]) == {"Loan Amount", "Total Balance", "work_phone"}
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--preview")
    assert r.returncode == 0, r.stderr
    assert "Check: 'Outstanding Balance' and 'Total Balance' could both be the balance" in r.stdout


def test_chinese_appointment_headers_and_names_in_parts(tmp_path):
    """BRK13 #10: 约访时间 is the appointment; 姓 + 名 → 张伟; Segundo apellido is kept in the name."""
    zh = tmp_path / "zh.csv"
    zh.write_text("合同号,姓,名,欠款余额,约访时间\nG-1,张,伟,1234.00,周二、周四晚上\n", encoding="gb18030")
    es = tmp_path / "es.csv"
    es.write_text("Expediente;Nombre;Primer apellido;Segundo apellido;Saldo;Franja horaria\n"
                  "NA-1;José;Martínez;Ruiz;1,00;L-V 9-14\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    s = imported(db, zh, "--country", "CN")
    assert s["kept_columns"] == [] and s["windows"] >= 1
    s = imported(db, es, "--country", "ES")
    assert s["kept_columns"] == [] and s["windows"] >= 1
    cases = listed(db)
    assert cases["G-1"]["name"] == "张伟" and cases["NA-1"]["name"] == "José Martínez Ruiz"
    assert cases["G-1"]["windows"] and cases["NA-1"]["windows"]


def test_a_profile_applies_to_slightly_different_headers_and_says_so(tmp_path):
    """BRK13 #13: save 'banco' with prof1, import prof2 (spaces + one more column): applied, said."""
    first, second, far = tmp_path / "prof1.csv", tmp_path / "prof2.csv", tmp_path / "far.csv"
    first.write_text('Ref,Cliente X,Importe Z,Cuando\nP-1,Ana,"1.234,56",L-V 9-14\n', encoding="utf-8")
    second.write_text('Ref ,Cliente X ,Importe  Z,Cuando,Nuevo\nP-3,Cid,"5,00",L-V 9-14,n\n', encoding="utf-8")
    far.write_text('Ref,A,B,C,D\nQ-1,1,2,3,4\n', encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, first, "--mapping", json.dumps({"Cliente X": "name", "Importe Z": "balance", "Cuando": "appointment"}),
             "--currency", "EUR", "--decimal", ",", "--country", "ES", "--save-profile", "banco")
    s = imported(db, second, "--country", "ES")  # (EUR alone gives no country, so no zone for L-V 9-14)
    assert s["profile"] == "banco" and s["profile_match"]["added"] == ["Nuevo"]
    assert s["profile_match"]["text"] == "applied profile 'banco' (headers differ: +1 column)"
    p3 = listed(db)["P-3"]
    assert p3["currency"] == "EUR" and p3["balance"] == "5.00" and p3["windows"]
    r = fv(db, "cases", "import", str(second), "--as-of", AS_OF, "--preview")
    assert "applied profile 'banco' (headers differ: +1 column)" in r.stdout
    r = fv(db, "cases", "import", str(far), "--as-of", AS_OF, "--preview")
    assert "nearest profile 'banco' not applied: only 1 of 5 headers in common" in r.stdout


def test_every_sheet_with_the_same_columns_is_read_and_others_are_named(tmp_path):
    """BRK13 #3: one sheet per collector: all read, rows 'Marta!3'; a sheet with other columns is named."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Pedro"
    book.active.append(["case_id", "name", "balance", "currency"])
    book.active.append(["MS-1", "Ana", 100, "EUR"])
    book.active.append(["MS-2", "Bob", 200, "EUR"])
    marta = book.create_sheet("Marta")
    marta.append(["case_id", "name", "balance", "currency"])
    marta.append(["MS-3", "Cid", 300, "EUR"])
    marta.append(["MS-4", "Dan", "lots", "EUR"])
    old = book.create_sheet("Closed")
    old.append(["case_id", "closed on"])
    old.append(["MS-9", "2026-01-01"])
    path = tmp_path / "per_sheet.xlsx"
    book.save(path)
    db = tmp_path / "ws.db"
    r = fv(db, "--json", "cases", "import", str(path), "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["rows"] == 4 and s["imported"] == 3 and s["sheets_read"] == ["Pedro", "Marta"]
    assert [x["row"] for x in s["rejected"]] == ["Marta!3"]
    assert [x["sheet"] for x in s["sheets_not_read"]] == ["Closed"]
    assert set(listed(db)) == {"MS-1", "MS-2", "MS-3"}
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--preview")
    assert "Read sheets Pedro, Marta (same columns)" in r.stdout and "Sheet 'Closed' not read" in r.stdout
    assert "row Marta!3" in r.stdout
    s = imported(db, path, "--sheet", "Closed")
    assert s["sheets_read"] == ["Closed"] and s["rows"] == 1


def test_an_unclear_flag_cell_holds_the_case_and_the_plan_keeps_its_windows(tmp_path):
    """BRK2 #1 (/tmp/brk2/wp 1.csv, 2.csv, 3.csv): 'unclear' holds W1 without wiping its Mon–Fri
    09:00–17:00 windows; after 'N' the plan still visits it only then."""
    one, two, three = tmp_path / "1.csv", tmp_path / "2.csv", tmp_path / "3.csv"
    one.write_text("Case ID,Name,Country,Timezone,Balance,Currency,Appointment,Latitude,Longitude,Collector\n"
                   "W1,Wip One,US,America/New_York,100,USD,Mon-Fri 09:00-17:00,40.71,-74.01,Q\n"
                   "W2,Wip Two,US,America/New_York,100,USD,Mon-Fri 09:00-17:00,40.72,-74.02,Q\n", encoding="utf-8")
    two.write_text("Case ID,Do Not Visit\nW1,unclear\nW2,Y\n", encoding="utf-8")
    three.write_text("Case ID,Do Not Visit\nW1,N\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, one)
    windows = {k: c["windows"] for k, c in listed(db).items()}
    assert windows["W1"] and windows["W1"] == windows["W2"]
    s = imported(db, two)
    assert [(r["case_id"], r["column"]) for r in s["review"]] == [("W1", "flag:do_not_visit")]
    cases = listed(db)
    assert cases["W1"]["flags"] == ["do_not_visit"] and cases["W1"]["windows"] == windows["W1"]
    imported(db, three)
    cases = listed(db)
    assert cases["W1"]["flags"] == [] and cases["W1"]["windows"] == windows["W1"]

    def plan(day):
        r = fv(db, "--json", "plan", "--date", day, "--collector", "Q", "--as-of", AS_OF, "--time-limit", "1",
               "--start", "40.7,-74.0")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    saturday = plan("2026-12-05")
    assert not saturday["stops"]
    assert {u["case_id"]: u["reason"] for u in saturday["unplanned"]} == {"W1": "not_available_that_day",
                                                                          "W2": "blocked_by_flag"}
    monday = plan("2026-12-07")
    assert [s["case_id"] for s in monday["stops"]] == ["W1"]
    stop = monday["stops"][0]
    assert stop["window"] == {"start": "2026-12-07T09:00:00-05:00", "end": "2026-12-07T17:00:00-05:00"}
    assert "09:00" <= stop["start"][11:16] and stop["departure"][11:16] <= "17:00"
