"""What a new user tried first: every bad input is exit 2 with one sentence (no traceback, no
SQL, no personal data); a bad row is refused with its row number while the others import."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fv(*args, db, env_db=True):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_HOME": str(Path(db).parent)}
    pre = ["--db", db] if env_db else []
    return subprocess.run([sys.executable, "-m", "fieldvisit", *pre, *args],
                          capture_output=True, text=True, env=env, timeout=120)


def one_sentence(r, phrase):
    assert r.returncode == 2, r.stderr
    assert phrase in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ws.sqlite")


@pytest.mark.parametrize("args", [["pack", "import", "{d}"], ["sync", "import", "{d}"],
                                  ["visits", "add", "--json-file", "{d}"], ["keys", "trust", "{d}"],
                                  ["cases", "import", "{d}"],
                                  ["cases", "import", str(FIXTURES / "plain_utf8.csv"), "--mapping", "{d}"]])
def test_a_folder_where_a_file_belongs_is_one_sentence(db, tmp_path, args):
    folder = tmp_path / "a folder"
    folder.mkdir()
    one_sentence(fv(*[a.format(d=folder) for a in args], db=db), "is a folder")


def test_a_binary_mapping_file_is_one_sentence(db, tmp_path):
    bad = tmp_path / "rand.bin"
    bad.write_bytes(bytes(range(128, 256)) * 3)
    one_sentence(fv("cases", "import", "--mapping", str(bad), str(FIXTURES / "plain_utf8.csv"), db=db), "not UTF-8")


@pytest.mark.parametrize("url", ["foo://bar", "postgresql+nosuchdriver://u@h/db"])
def test_an_unknown_database_kind_is_one_sentence(tmp_path, url):
    one_sentence(fv("--db", url, "cases", "list", db=str(tmp_path / "x"), env_db=False), "is not supported")


def test_absurd_numbers_refuse_their_row_and_the_rest_import(db, tmp_path):
    csv = tmp_path / "cases.csv"
    csv.write_text("case_id,name,days_past_due,balance,currency\n"
                   "A-1,Ann,10,100.00,EUR\n"
                   "A-2,Bob,999999999,100.00,EUR\n"
                   "A-3,Cy,5,99999999999999999999999999999999.99,EUR\n"
                   "A-4,Di,5,12.50,EUR\n", encoding="utf-8")
    r = fv("cases", "import", str(csv), "--as-of", "2026-11-23", "--json", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["imported"] == 2
    assert [(x["row"], x["column"]) for x in data["rejected"]] == [(3, "days_past_due"), (4, "balance")]
    listed = json.loads(fv("cases", "list", "--json", "--as-of", "2026-11-23", db=db).stdout)["cases"]
    assert sorted(c["case_id"] for c in listed) == ["A-1", "A-4"]


VISIT = {"case_id": "A-1", "arrived_at": "2026-11-24T10:05:00+01:00", "left_at": "2026-11-24T10:30:00+01:00",
         "outcome": "not_home", "person_met": "nobody"}


@pytest.fixture
def one_case(db, tmp_path):
    csv = tmp_path / "one.csv"
    csv.write_text("case_id,name,days_past_due,balance,currency\nA-1,Ann,10,100.00,EUR\n", encoding="utf-8")
    assert fv("cases", "import", str(csv), "--as-of", "2026-11-23", db=db).returncode == 0
    return db


@pytest.mark.parametrize(("change", "phrase"), [
    ({"arrived_at": "9999-12-31T23:15:00-12:00"}, "check the year"),
    ({"arrived_at": "0001-01-01T00:15:00+14:00"}, "check the year"),
    ({"follow_up": "9999-12-31"}, "follow_up must be a date"),
    ({"notes": "x" * 25_000}, "at most 10000"),
    ({"next_action": "x" * 25_000}, "at most 20000"),
    ({"arrived_at": "2099-12-03T10:00:00+01:00", "left_at": "2099-12-03T10:30:00+01:00"},
     "cannot be recorded before it happens"),
])
def test_a_visit_that_cannot_be_right_is_refused_when_recorded(one_case, tmp_path, change, phrase):
    f = tmp_path / "v.json"
    f.write_text(json.dumps({**VISIT, **change}), encoding="utf-8")
    one_sentence(fv("visits", "add", "--json-file", str(f), db=one_case), phrase)
    assert json.loads(fv("visits", "list", "--json", db=one_case).stdout)["visits"] == []


def test_nothing_a_visit_may_hold_is_refused_by_the_office_for_length():
    from fieldvisit.domain.limits import DEFAULT_FIELD_CHARS, field_limit
    from fieldvisit.domain.sync import longest_text
    from fieldvisit.domain.visits import TEXT_FIELDS, VisitError, parse_visit

    longest = {**VISIT, **{name: "x" * field_limit(name) for name in TEXT_FIELDS if name != "case_id"}}
    visit = parse_visit(longest)
    assert longest_text(visit.as_json()) <= DEFAULT_FIELD_CHARS
    with pytest.raises(VisitError, match="notes"):
        parse_visit({**VISIT, "notes": "x" * (field_limit("notes") + 1)})


def test_money_in_another_currency_than_the_case_is_refused_and_the_report_counts_the_rest(one_case, tmp_path):
    pay = {**VISIT, "outcome": "partial_payment", "person_met": "debtor",
           "payment": {"amount": "50.00", "currency": "USD", "method": "transfer", "receipt": "R1"}}
    f = tmp_path / "usd.json"
    f.write_text(json.dumps(pay), encoding="utf-8")
    one_sentence(fv("visits", "add", "--json-file", str(f), db=one_case), "the case's currency is EUR")
    pay["payment"]["currency"] = "EUR"
    f.write_text(json.dumps(pay), encoding="utf-8")
    assert fv("visits", "add", "--json-file", str(f), db=one_case).returncode == 0
    r = fv("report", "--from", "2026-11-24", "--to", "2026-11-24", "--format", "csv", "--out",
           str(tmp_path / "r.csv"), "--json", db=one_case)
    assert r.returncode == 0, r.stderr
    totals = json.loads(r.stdout)["totals"]
    assert (totals["visits"], totals["collected"], totals["currency"]) == (1, "50.00", "EUR")


@pytest.mark.parametrize(("args", "phrase"), [
    (["demo", "--cases", "-1"], "from 1 to 100,000"),
    (["demo", "--cases", "10000000"], "from 1 to 100,000"),
    (["plan", "--date", "2026-12-01", "--collector", "Ann", "--time-limit", "-1"], "give more than 0"),
    (["plan", "--date", "2026-12-01", "--collector", "Ann", "--time-limit", "0"], "give more than 0"),
    (["plan-team", "--date", "2026-12-01", "--time-limit", "0"], "give more than 0"),
    (["cases", "list", "--status", "bogus"], "use one of: open, paid, closed, recalled"),
])
def test_out_of_range_options_are_one_sentence(one_case, args, phrase):
    assert fv("cases", "assign", "--collector", "Ann", "--case", "A-1", db=one_case).returncode == 0
    one_sentence(fv(*args, db=one_case), phrase)


def test_a_huge_value_in_a_csv_says_it_is_too_long_and_the_rest_import(db, tmp_path):
    csv = tmp_path / "long.csv"
    csv.write_text("case_id,name,days_past_due\nB-1," + "x" * 200_000 + ",3\nB-2,Ok,4\n", encoding="utf-8")
    r = fv("cases", "import", str(csv), "--as-of", "2026-11-23", "--json", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["imported"] == 1
    (refused,) = data["rejected"]
    assert refused["row"] == 2 and "longer than 20000 characters" in refused["error"]
    assert "quote" not in refused["error"]


def test_collector_names_match_across_accents_and_case(one_case, tmp_path):
    csv = tmp_path / "two.csv"
    csv.write_text("case_id,name,days_past_due,collector\nA-2,Bea,3,Lucía Romero\nA-3,Cid,4,\n", encoding="utf-8")
    assert fv("cases", "import", str(csv), "--as-of", "2026-11-23", db=one_case).returncode == 0
    one_sentence(fv("collectors", "set-home", "Ghost", "40,-3", db=one_case), "There is no collector Ghost")
    one_sentence(fv("collectors", "set-home", "Lucia Romeo", "40,-3", db=one_case), "did you mean Lucía Romero?")
    r = fv("collectors", "set-home", "Lucia Romero", "40.4,-3.7", "--json", db=one_case)
    assert r.returncode == 0 and json.loads(r.stdout)["name"] == "Lucía Romero"
    r = fv("cases", "assign", "--collector", "lucia  ROMERO", "--case", "A-3", "--json", db=one_case)
    assert json.loads(r.stdout) == {"assigned": 1, "collector": "Lucía Romero", "new": False}
    r = fv("cases", "assign", "--collector", "Pepe", "--case", "A-1", db=one_case)
    assert r.returncode == 0 and "new collector Pepe" in r.stdout
    names = [c["name"] for c in json.loads(fv("collectors", "list", "--json", db=one_case).stdout)["collectors"]]
    assert sorted(names) == ["Lucía Romero", "Pepe"]
