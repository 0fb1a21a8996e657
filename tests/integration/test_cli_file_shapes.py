"""CLI end to end on the shapes of lenders' real files (breaker report 13): a quote never closed
on lines ending in a delimiter, paged report exports, state names and multi-zone countries,
implausible coordinates, windows outside lawful hours, hidden XLSX rows, duplicate headers."""

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


def import_json(db, path, *extra):
    return json.loads(fv("cases", "import", str(path), "--as-of", "2026-11-23", "--json", *extra, db=db).stdout)


def listed(db):
    data = json.loads(fv("cases", "list", "--as-of", "2026-11-23", "--json", db=db).stdout)
    rows = data["cases"] if isinstance(data, dict) else data
    return {c["case_id"]: c for c in rows}


def test_unclosed_quote_with_trailing_delimiters_rejects_only_that_row(db, tmp_path):
    path = tmp_path / "bq8.csv"
    path.write_bytes('case_id,name,address,balance,currency,\r\nR-1,Ana,Calle 1,100.00,EUR,\r\n'
                     'R-2,"Unclosed,Calle 2,200.00,EUR,\r\nR-3,Luis,Calle 3,300.00,EUR,\r\n'
                     'R-4,"Eva",Calle 4,400.00,EUR,\r\nR-5,Raúl,Calle 5,500.00,EUR,\r\n'.encode())
    preview = json.loads(fv("cases", "import", str(path), "--preview", "--json", db=db).stdout)
    data = import_json(db, path)
    assert (data["rows"], data["imported"]) == (5, 4)
    assert [(r["row"], "quote" in r["error"]) for r in data["rejected"]] == [(3, True)]
    got = listed(db)
    assert sorted(got) == ["R-1", "R-3", "R-4", "R-5"]
    assert got["R-3"]["name"] == "Luis" and got["R-4"]["name"] == "Eva"
    assert [r["row"] for r in preview["rejected"]] == [3]


def test_paged_report_lines_are_skipped_and_reported(db, tmp_path):
    path = tmp_path / "pages.csv"
    path.write_text("BANCO EJEMPLO S.A.,,,\nListado de cartera vencida,,,\n,,,\n"
                    "Expediente,Nombre,Saldo,Moneda\nPG-1,Ana,100.00,EUR\nGestor: Pedro,,,\nPG-2,Bob,200.00,EUR\n"
                    "Subtotal Pedro,,300.00,EUR\n,,300.00,\nPágina 1 de 2,,,\n,,,\nBANCO EJEMPLO S.A.,,,\n"
                    "Expediente,Nombre,Saldo,Moneda\nPG-3,Cid,300.00,EUR\n第1页 共3页,,,\nPage 2 of 5,,,\n小计,,300.00,\n"
                    "PG-4,Dan,400.00,EUR\n", encoding="utf-8")
    data = import_json(db, path)
    assert (data["rows"], data["imported"], data["rejected"]) == (4, 4, [])
    skipped = {r["row"]: r["reason"] for r in data["skipped"]}
    assert set(skipped) == {6, 8, 9, 10, 12, 13, 15, 16, 17}
    assert "group heading" in skipped[6] and "header row again" in skipped[13]
    assert "title again" in skipped[12] and "page number" in skipped[10] and "page number" in skipped[15]
    assert "page number" in skipped[16] and "total" in skipped[17] and "total" in skipped[9]
    assert sorted(listed(db)) == ["PG-1", "PG-2", "PG-3", "PG-4"]


def test_state_names_multi_zone_countries_and_swapped_coordinates(db, tmp_path):
    path = tmp_path / "zones.csv"
    path.write_text("case_id,name,country,state,lat,lon,balance,appointment,address\n"
                    "ST-1,John,US,Texas,,,100.00,12/01/2026 6pm-8pm,\n"
                    "CU-1,Jim,US,,,,100.00,12/01/2026 6pm-8pm,\n"
                    "CU-2,Juan,ES,,,,100.00,12/01/2026 6pm-8pm,\"Calle León y Castillo 1, Las Palmas de Gran Canaria\"\n"
                    "AU-1,Kim,AU,New South Wales,,,100.00,,\n"
                    "G-4,Dan,ES,,-3.7038,40.4168,1.00,,Calle Mayor 1\n", encoding="utf-8")
    data = import_json(db, path, "--date-order", "MDY")
    assert (data["imported"], data["rejected"]) == (5, [])
    review = {(r["case_id"], r["column"]) for r in data["review"]}
    assert review == {("CU-1", "timezone"), ("CU-1", "appointment"), ("G-4", "lat")}
    got = listed(db)
    assert got["ST-1"]["timezone"] == "America/Chicago"
    assert got["CU-2"]["timezone"] == "Atlantic/Canary" and got["AU-1"]["timezone"] == "Australia/Sydney"
    assert got["G-4"]["lat"] is None and got["G-4"]["timezone"] == "Europe/Madrid"
    queue = json.loads(fv("cases", "review", "--json", db=db).stdout)
    assert "CU-1" in json.dumps(queue)


def test_windows_outside_lawful_hours_clip_or_go_to_review(db, tmp_path):
    path = tmp_path / "windows.csv"
    path.write_text("case_id,name,balance,currency,country,appointment\n"
                    "W50,x,1.00,EUR,ES,Thu 10pm-11pm\nW51,x,1.00,EUR,ES,Sat 6am-7am\nW52,x,1.00,EUR,ES,Mon 12am-1am\n"
                    "H14,x,1.00,EUR,ES,晚上8点-10点\nH16,x,1.00,EUR,ES,Fri 5:30-7\n", encoding="utf-8")
    data = import_json(db, path)
    outside = {r["case_id"] for r in data["review"] if "outside lawful visiting hours" in r["error"]}
    assert outside == {"W50", "W52"}
    # Spain allows no Saturday visit (the planner's day rule, BRK14 #6): that is said first
    assert {r["case_id"] for r in data["review"] if "Saturday is not a visiting day in ES" in r["error"]} == {"W51"}
    got = listed(db)
    assert got["H14"]["windows"][0]["end"][11:16] == "21:00"
    assert got["H16"]["windows"][0]["start"][11:16] == "17:30"
    assert not got["W50"]["windows"]
    queue = json.loads(fv("cases", "review", "--json", db=db).stdout)
    text = json.dumps(queue)
    assert "W50" in text and "W51" in text and "W52" in text
    items = queue["items"] if isinstance(queue, dict) and "items" in queue else \
        next(v for v in queue.values() if isinstance(v, list)) if isinstance(queue, dict) else queue
    w50 = next(i for i in items if i["case_id"] == "W50")
    # the review editor applies the same rule: still outside -> refused; a lawful correction is kept
    bad = fv("cases", "review", "--resolve", str(w50["id"]), "--text", "Thu 10pm-11pm", db=db, check_rc=2)
    assert "outside lawful visiting hours" in bad.stderr
    fv("cases", "review", "--resolve", str(w50["id"]), "--text", "Thu 8pm-11pm", "--as-of", "2026-11-23", db=db)
    assert listed(db)["W50"]["windows"][0]["end"][11:16] == "21:00"


def _hidden_rows_workbook(path):
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["case_id", "name", "balance", "currency"])
    for i in range(1, 6):
        ws.append([f"HR-{i}", f"n{i}", 10 + i, "EUR"])
    ws.row_dimensions[3].hidden = True  # HR-2
    ws.row_dimensions[5].hidden = True  # HR-4 (filtered out)
    book.save(path)


def test_hidden_workbook_rows_are_imported_and_named(db, tmp_path):
    path = tmp_path / "hidden.xlsx"
    _hidden_rows_workbook(path)
    preview = json.loads(fv("cases", "import", str(path), "--preview", "--json", db=db).stdout)
    assert preview["hidden_rows"] == [3, 5]
    data = import_json(db, path)
    assert data["imported"] == 5 and data["hidden_rows"] == [3, 5]
    text = fv("cases", "import", str(path), "--as-of", "2026-11-23", db=db).stdout
    assert "Rows 3, 5 were hidden or filtered out in the workbook" in text


def test_duplicate_headers_preview_and_storage_agree(db, tmp_path):
    path = tmp_path / "dup_hdr.csv"
    path.write_text("case_id,name,phone,phone,,address,address,balance\n"
                    "DH-1,Ana,600111222,600333444,secret note,Calle 1,Madrid,10\n"
                    "DH-2,Bea,,600555666,,Calle 2,Sevilla,20\n", encoding="utf-8")
    preview = json.loads(fv("cases", "import", str(path), "--preview", "--json", db=db).stdout)
    sources = [c["source"] for c in preview["columns"]]
    assert sources == ["case_id", "name", "phone", "phone (2)", "column 5", "address", "address (2)", "balance"]
    assert {c["source"]: c["action"] for c in preview["columns"]}["address (2)"] == "keep"
    first = preview["sample"][0]["values"]
    assert first["address"] == "Calle 1" and first["address (2)"] == "Madrid" and first["phone"] == "600111222"
    import_json(db, path)
    case = listed(db)["DH-1"]
    assert case["address"] == "Calle 1"
    assert case["extra"] == {"phone (2)": "600333444", "column 5": "secret note", "address (2)": "Madrid"}
    mapping = json.dumps({"address (2)": "city"})
    data = import_json(db, path, "--mapping", mapping)
    assert {c["source"]: c.get("field") for c in data["columns"]}["address (2)"] == "city"


def test_one_plausible_row_does_not_fix_the_order_of_the_others(db, tmp_path):
    path = tmp_path / "appt_amb2.csv"
    # the file gives its zone (Etc/UTC: no country, so nothing decides the date order) — without
    # any zone the appointments would wait for one (BRK13c 3)
    path.write_text("case_id,name,balance,timezone,appointment\nAP-1,Ana,100.00,Etc/UTC,12/01/2027 10:00-12:00\n"
                    "AP-2,Bob,100.00,Etc/UTC,02/03/2027 10:00-11:00\n", encoding="utf-8")
    data = import_json(db, path, "--currency", "EUR")  # (with no currency at all the amounts would wait too)
    assert [(r["case_id"], r["column"]) for r in data["review"]] == [("AP-2", "appointment")]
    got = listed(db)
    assert got["AP-1"]["windows"][0]["start"].startswith("2027-01-12T10:00")
    assert got["AP-2"]["windows"] == []
