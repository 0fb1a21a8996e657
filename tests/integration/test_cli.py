"""The CLI contract (CLI.md): JSON keys, exit codes, one sentence on stderr, nothing half-written."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fv(*args, db, check_rc=None):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_HOME": str(Path(db).parent)}
    result = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args],
                            capture_output=True, text=True, env=env, timeout=120)
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr
    return result


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ws.sqlite")


def test_import_json_keys_and_counts(db):
    r = fv("cases", "import", str(FIXTURES / "cn_gbk.csv"), "--as-of", "2026-11-23", "--json", db=db, check_rc=0)
    data = json.loads(r.stdout)
    for key in ("rows", "imported", "updated", "rejected", "windows"):
        assert key in data
    assert data["rows"] == data["imported"] + data["updated"] + len(data["rejected"])
    assert all(set(x) == {"row", "column", "error"} for x in data["rejected"])
    assert r.stdout.count("\n") == 1


def test_list_json_shape(db):
    fv("cases", "import", str(FIXTURES / "es_cp1252.csv"), "--as-of", "2026-11-23", db=db, check_rc=0)
    r = fv("cases", "list", "--as-of", "2026-11-23", "--json", db=db, check_rc=0)
    first = json.loads(r.stdout)["cases"][0]
    for key in ("case_id", "name", "status", "bucket", "days_past_due", "balance", "currency", "lat",
                "lon", "timezone", "country", "flags", "windows", "promise"):
        assert key in first
    assert first["case_id"] == "ES-100" and first["bucket"] == "M2" and first["balance"] == "1234.56"
    assert first["windows"][0]["start"] == "2026-11-25T16:00:00+01:00"
    later = json.loads(fv("cases", "list", "--as-of", "2026-12-20", "--json", db=db).stdout)["cases"][0]
    assert later["days_past_due"] == 62 and later["bucket"] == "M3"


@pytest.mark.parametrize(("args", "phrase"), [
    (["cases", "import", str(FIXTURES / "no_case_id.csv")], "no case_id column"),
    (["cases", "import", str(FIXTURES / "binary.csv")], "not a text"),
    (["cases", "import", "/no/such/file.csv"], "does not exist"),
    (["cases", "import", str(FIXTURES / "cn_gbk.csv"), "--mapping", "{bad"], "not a JSON object"),
    (["cases", "import", str(FIXTURES / "cn_gbk.csv"), "--as-of", "yesterday"], "not a date"),
    (["cases", "assign", "--collector", "Ann", "--case", "NOPE-1"], "No case with id NOPE-1"),
])
def test_bad_input_exits_2_with_one_sentence_and_writes_nothing(db, args, phrase):
    r = fv(*args, "--json", db=db)
    assert r.returncode == 2
    assert phrase in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert r.stdout == ""
    listed = json.loads(fv("cases", "list", "--json", db=db, check_rc=0).stdout)
    assert listed["cases"] == []


def test_demo_and_assign(db):
    data = json.loads(fv("demo", "--cases", "120", "--as-of", "2026-11-23", "--json", db=db, check_rc=0).stdout)
    assert data["cases"] == 120
    listed = json.loads(fv("cases", "list", "--json", "--as-of", "2026-11-23", db=db).stdout)["cases"]
    assert len(listed) == 120
    unassigned = [c for c in listed if not c["collector"]]
    assert unassigned
    r = json.loads(fv("cases", "assign", "--collector", "Nuevo", "--unassigned", "--json", db=db, check_rc=0).stdout)
    assert r["assigned"] == len(unassigned)
    r = json.loads(fv("cases", "assign", "--collector", "Ann", "--case", "DEMO-0001", "DEMO-0002", "--json",
                      db=db, check_rc=0).stdout)
    assert r["assigned"] == 2
    mine = json.loads(fv("cases", "list", "--collector", "Ann", "--json", db=db).stdout)["cases"]
    assert [c["case_id"] for c in mine] == ["DEMO-0001", "DEMO-0002"]


def test_env_var_names_the_workspace(tmp_path):
    env = {**os.environ, "FIELDVISIT_DB": f"sqlite:///{tmp_path / 'env.sqlite'}"}
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "demo", "--cases", "5", "--json"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and (tmp_path / "env.sqlite").exists()


def test_geocode_with_no_network_leaves_the_queue(db, tmp_path):
    """No name lookup (as with no network): offline, exit 0, the queue kept. (A refused
    connection is another story: tests/integration/test_geocode_answers.py.)"""
    f = tmp_path / "addr.csv"
    f.write_text("case_id,address,country\nA-1,Calle Mayor 1 Madrid,ES\n", encoding="utf-8")
    fv("cases", "import", str(f), db=db, check_rc=0)
    r = fv("geocode", "--url", "http://geocoder.invalid/nominatim", "--json", db=db, check_rc=0)
    data = json.loads(r.stdout)
    assert data["offline"] is True and data["pending"] == 1 and data["geocoded"] == 0
    assert {"geocoded", "failed", "cached"} <= set(data)


def test_visits_add_and_list(db, tmp_path):
    fv("demo", "--cases", "30", "--as-of", "2026-11-23", db=db, check_rc=0)
    visit = {"visit_id": "6f1c6e0c-3b9a-4b59-9a39-3b7a9b0e7a11", "case_id": "DEMO-0001",
             "arrived_at": "2026-11-24T10:05:00+01:00", "left_at": "2026-11-24T10:30:00+01:00",
             "outcome": "promise_to_pay", "person_met": "debtor",
             "promise": {"amount": "150.00", "currency": "EUR", "date": "2026-11-26"}}
    f = tmp_path / "v.json"
    f.write_text(json.dumps(visit), encoding="utf-8")
    out = json.loads(fv("visits", "add", "--json-file", str(f), "--json", db=db, check_rc=0).stdout)
    assert out["visits"][0]["visit_id"] == visit["visit_id"] and out["visits"][0]["warnings"] == []
    assert json.loads(fv("visits", "add", "--json-file", str(f), "--json", db=db, check_rc=0).stdout)["visits"][0]["duplicate"]
    f.write_text(json.dumps({**visit, "notes": "changed"}), encoding="utf-8")
    r = fv("visits", "add", "--json-file", str(f), "--json", db=db)
    assert r.returncode == 2 and "different content" in r.stderr and r.stdout == ""
    f.write_text("{not json", encoding="utf-8")
    assert fv("visits", "add", "--json-file", str(f), db=db).returncode == 2
    listed = json.loads(fv("visits", "list", "--case", "DEMO-0001", "--json", db=db, check_rc=0).stdout)["visits"]
    assert len(listed) == 1 and listed[0]["promise"]["amount"] == "150.00"
    cases = json.loads(fv("cases", "list", "--as-of", "2026-11-27", "--json", db=db).stdout)["cases"]
    promise = next(c for c in cases if c["case_id"] == "DEMO-0001")["promise"]
    assert promise["status"] == "broken" and promise["amount"] == "150.00"
