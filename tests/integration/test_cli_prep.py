"""`fieldvisit prep`: JSON per CLI.md, a PDF whose text carries the case id and the four headings,
and a day pack in route order."""

import json
import os
import shutil
import subprocess
import sys

import pytest


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("prep") / "ws.sqlite")
    assert fv("demo", "--as-of", "2026-11-23", db=path).returncode == 0
    return path


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is missing under CI")
        pytest.skip("pdftotext not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_prep_json(db):
    r = fv("prep", "DEMO-0026", "--as-of", "2026-11-23", "--json", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for key in ("case_id", "intent", "ability", "willingness", "quadrant", "proposal"):
        assert key in data
    assert data["quadrant"] in ("able_willing", "able_unwilling", "unable_willing", "unable_unwilling", "unknown")
    unknown = [axis for axis in ("ability", "willingness") if data[axis]["verdict"] == "unknown"]
    assert (data["quadrant"] == "unknown") == bool(unknown)  # an unknown axis is never guessed
    assert bool(data["find_out"]) == bool(unknown)
    installments = data["proposal"]["installments"]
    assert installments and all(set(i) == {"date", "amount"} for i in installments)
    from decimal import Decimal
    assert sum(Decimal(i["amount"]) for i in installments) == Decimal(data["balance"])


def test_prep_pdf_has_the_case_and_the_four_headings(db, tmp_path):
    out = tmp_path / "sheet.pdf"
    r = fv("prep", "DEMO-0026", "--as-of", "2026-11-23", "--pdf", str(out), "--json", db=db)
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "DEMO-0026" in text
    for heading in ("Intent", "Ability", "Willingness", "Repayment proposal"):
        assert heading in text


def test_day_pack_in_route_order(db, tmp_path):
    plan = json.loads(fv("plan", "--date", "2026-11-25", "--collector", "Javier Ortega", "--as-of", "2026-11-23",
                         "--time-limit", "1", "--json", db=db).stdout)
    out = tmp_path / "pack.pdf"
    r = fv("prep", "--day", "2026-11-25", "--collector", "Javier Ortega", "--as-of", "2026-11-23",
           "--pdf", str(out), "--json", db=db)
    data = json.loads(r.stdout)
    assert data["pages"] == len(plan["stops"]) + data["itinerary_pages"] and data["itinerary_pages"] >= 1
    text = pdf_text(out)
    positions = [text.index(f"Case {s['case_id']}") for s in plan["stops"]]
    assert positions == sorted(positions)
    assert text.index("Itinerary of Javier Ortega") < positions[0], "the itinerary comes first"


@pytest.mark.parametrize(("args", "phrase"), [
    (["NOPE"], "No case with id NOPE"),
    ([], "Give a CASE_ID"),
    (["--day", "2026-12-31"], "No plan on 2026-12-31"),
])
def test_prep_bad_input(db, args, phrase):
    r = fv("prep", *args, db=db)
    assert r.returncode == 2 and phrase in r.stderr
