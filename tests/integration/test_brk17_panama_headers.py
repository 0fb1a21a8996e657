"""BRK17 failures 2 and 3 through the real CLI on a real workspace, with the tester's files
(tests/data/brk17): Panama writes both date orders, so its ambiguous dates go to review and its
unambiguous ones are read; a Panama file with no currency is in USD; German, Italian and French
abbreviated headers import with every column mapped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "brk17"
AS_OF = "2026-11-23"


def run_json(capsys, url, *args):
    rc = main(["--db", url, "--json", *args])
    out, err = capsys.readouterr()
    assert rc == 0, err
    return json.loads(out)


def imported(capsys, url, name):
    data = run_json(capsys, url, "cases", "import", str(DATA / name), "--as-of", AS_OF)
    cases = run_json(capsys, url, "cases", "list", "--as-of", AS_OF)["cases"]
    return data, {c["case_id"]: c for c in cases}


@pytest.fixture
def url(app):
    return app.url


@pytest.mark.parametrize("name", ["d_panama_usd_ambig.csv", "d_panama_country_usd.csv", "d_panama_nocur_ambig.csv"])
def test_panama_ambiguous_dates_go_to_review_and_amounts_are_usd(capsys, url, name):
    data, cases = imported(capsys, url, name)
    assert data["conventions"]["country"] == "PA" and data["conventions"]["date_order"] is None
    assert data["conventions"]["currency"] == "USD"
    assert sorted((r["row"], r["column"]) for r in data["review"]) == [(2, "due_date"), (3, "due_date")]
    assert all(c["currency"] == "USD" and c["balance"] in ("100.00", "200.00") for c in cases.values())
    assert all(c["days_past_due"] in (None, "to review") for c in cases.values())


def test_panama_dates_only_one_order_reads_decide(capsys, url):
    data, _ = imported(capsys, url, "d_panama_usd.csv")
    assert data["conventions"]["date_order"] == "DMY" and data["review"] == []


@pytest.mark.parametrize("name, case_id", [("h_de_fr_it_abbrev.csv", "K-1"), ("h_it_abbrev.csv", "I-1"),
                                           ("h_fr_abbrev.csv", "F-1")])
def test_abbreviated_european_headers_import_every_column(capsys, url, name, case_id):
    data, cases = imported(capsys, url, name)
    case = cases[case_id]
    # the days past due are read; where the file's due date disagrees with them, both wait for review
    assert case["balance"] == "100.00" and case["currency"] == "EUR" and (
        case["days_past_due"] is not None or "due_date" in case["to_review"])
    assert case["name"] in ("Anna", "Anne") and case["extra"] == {}
