"""`--collector` options ignore accents and case (``lucia romero`` finds ``Lucía Romero``); a name
that matches no collector exits 2 with one "did you mean" sentence."""

import json
import os
import subprocess
import sys

import pytest


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("names") / "ws.sqlite")
    assert fv("demo", "--cases", "40", "--as-of", "2026-11-23", db=path).returncode == 0
    return path


def test_collector_without_accents_or_case(db):
    exact = json.loads(fv("cases", "list", "--collector", "Lucía Romero", "--json", db=db).stdout)["cases"]
    r = fv("cases", "list", "--collector", "LUCIA romero", "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert exact and [c["case_id"] for c in json.loads(r.stdout)["cases"]] == [c["case_id"] for c in exact]


def test_unknown_collector_did_you_mean(db):
    r = fv("cases", "list", "--collector", "Lucia Romeo", "--json", db=db)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == "fieldvisit: No collector named 'Lucia Romeo'; did you mean 'Lucía Romero'?"
    r = fv("plan", "--date", "2026-11-24", "--collector", "Nadie", "--json", db=db)
    assert r.returncode == 2 and "No collector named 'Nadie'" in r.stderr and "Traceback" not in r.stderr
    assert "Javier Ortega" in r.stderr and r.stderr.count("\n") == 1


def test_assign_to_a_near_miss_needs_new(db):
    r = fv("cases", "assign", "--collector", "Javier Ortegas", "--case", "DEMO-0001", "--json", db=db)
    assert r.returncode == 2 and "did you mean 'Javier Ortega'" in r.stderr and "--new" in r.stderr
    r = fv("cases", "assign", "--collector", "javier ortega", "--case", "DEMO-0001", "--json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["collector"] == "Javier Ortega"
    r = fv("cases", "assign", "--collector", "Marta Vidal", "--case", "DEMO-0002", "--json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["collector"] == "Marta Vidal"  # a new collector
