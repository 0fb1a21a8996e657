"""BRK15b #10 (low): small CLI inputs that were taken wrongly, each now one sentence and exit 2 —
an unsupported geocoder (was Python's ``dict_keys([...])`` of ~40 geopy providers), a geocoder URL
that is not http(s), an unknown key in a visit JSON (was dropped in silence) — and English texts
that agree with their number ("1 day overdue", not "1 days overdue")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.domain.text import counted

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-11-23"


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "FIELDVISIT_HOME": str(Path(db[10:]).parent)}, timeout=180)


def refused(r) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws")
    (folder / "c.csv").write_text("case_id,name,address,country,balance,currency,days_past_due\n"
                                  "A-1,Elena Cruz,Calle Mayor 1 Madrid,ES,100.00,EUR,1\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'ws.db'}"
    assert fv(url, "cases", "import", str(folder / "c.csv"), "--as-of", AS_OF).returncode == 0
    return url


def test_an_unsupported_geocoder_names_the_supported_ones(db):
    line = refused(fv(db, "geocode", "--provider", "bogus"))
    assert "'bogus' is not supported" in line and "nominatim or photon" in line, line
    assert "dict_keys" not in line and "googlev3" not in line


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "http://"])
def test_a_geocoder_url_must_be_http_or_https(db, url):
    line = refused(fv(db, "geocode", "--url", url))
    assert "give an http:// or https:// URL" in line and "try nominatim" not in line, line
    assert "root:" not in line


def test_an_unknown_key_in_a_visit_is_refused_and_nothing_is_recorded(db, tmp_path):
    visit = {"case_id": "A-1", "arrived_at": "2026-11-20T10:05:00+01:00", "left_at": "2026-11-20T10:25:00+01:00",
             "outcome": "promise_to_pay", "person_met": "debtor",
             "promise": {"amount": "50.00", "currency": "EUR", "date": "2026-11-27"},
             "agreed_plan": {"installments": [{"date": "2026-11-27", "amount": "50.00"}]}}
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit), encoding="utf-8")
    line = refused(fv(db, "visits", "add", "--json-file", str(path)))
    assert "'agreed_plan' is not a field of a visit" in line and "agreed_proposal" in line, line
    visit.pop("agreed_plan")
    visit["promise"]["when"] = "friday"
    path.write_text(json.dumps([visit]), encoding="utf-8")
    line = refused(fv(db, "visits", "add", "--json-file", str(path)))
    assert "'when' is not a field of the visit's promise" in line and "amount, currency, date" in line, line
    assert json.loads(fv(db, "--json", "visits", "list").stdout)["visits"] == []


def test_one_day_overdue_reads_as_english(db):
    r = fv(db, "prep", "A-1", "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert "M1, 1 day, 100.00 EUR" in r.stdout and "1 days" not in r.stdout, r.stdout
    sheet = fv(db, "--json", "prep", "A-1", "--as-of", AS_OF).stdout
    assert "The account is 1 day overdue with 100.00 EUR outstanding." in sheet and "1 days" not in sheet
    assert "1 day past due (M1)" in sheet and "pay in full, first payment" not in sheet


def test_counted_agrees_with_its_number():
    assert (counted(1, "stop"), counted(2, "stop"), counted(0, "visit")) == ("1 stop", "2 stops", "0 visits")
    assert counted(1, "value needs", "values need") == "1 value needs"
