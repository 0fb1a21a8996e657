"""The team report: per visit and per collector and day, as XLSX, CSV and PDF."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import uuid
from datetime import date

from fieldvisit.adapters import crypto
from fieldvisit.services.demo import build_demo
from fieldvisit.services.identities import init_identity
from fieldvisit.services.reports import team_report
from fieldvisit.services.sync import review_visit
from fieldvisit.services.visits import record_visits

AS_OF = date(2026, 11, 24)


def _visits(app):
    with app.uow() as uow:
        cases = [c for c in uow.cases.list(status="open") if c.collector][:3]
    base = {"person_met": "debtor"}
    items = [
        {**base, "case_id": cases[0].case_id, "outcome": "promise_to_pay", "promise": {"amount": "100.00", "date": "2026-11-25"},
         "arrived_at": "2026-11-23T10:00:00+01:00", "left_at": "2026-11-23T10:15:00+01:00"},
        {**base, "case_id": cases[1].case_id, "outcome": "partial_payment",
         "payment": {"amount": "40.50", "method": "cash", "receipt": "R1"},
         "arrived_at": "2026-11-23T12:00:00+01:00", "left_at": "2026-11-23T12:15:00+01:00"},
        {**base, "case_id": cases[2].case_id, "outcome": "refused", "reason": "customer asked for a late visit",
         "arrived_at": "2026-11-24T21:30:00+01:00", "left_at": "2026-11-24T21:45:00+01:00"},
        {**base, "case_id": cases[2].case_id, "outcome": "rpc",  # outside the period
         "arrived_at": "2026-11-10T10:00:00+01:00", "left_at": "2026-11-10T10:15:00+01:00"},
    ]
    for v in items:
        v["visit_id"] = str(uuid.uuid4())
    record_visits(app.uow(), items, rules=app.rules())
    return cases, items


def test_report_sums_per_collector_and_day(app):
    build_demo(app.uow(), count=30, as_of=AS_OF)
    init_identity(app.uow(), crypto, role="supervisor", name="Office")
    cases, items = _visits(app)
    review_visit(app.uow(), items[0]["visit_id"], "approved")
    report = team_report(app.uow(), date(2026, 11, 20), date(2026, 11, 30), as_of=AS_OF)
    assert len(report["visits"]) == 3
    t = report["totals"]
    assert (t["visits"], t["promises"], t["promised"], t["collected"]) == (3, 1, "100.00", "40.50")
    assert t["exceptions"] == 1 and t["approved"] == 1 and t["unreviewed"] == 2
    assert sum(d["visits"] for d in report["days"]) == 3
    assert {d["date"] for d in report["days"]} == {"2026-11-23", "2026-11-24"}


def test_report_files_xlsx_csv_pdf(app, tmp_path):
    build_demo(app.uow(), count=30, as_of=AS_OF)
    cases, items = _visits(app)
    env = os.environ.copy()
    outs = {}
    for fmt in ("xlsx", "csv", "pdf"):
        out = tmp_path / f"team.{fmt}"
        done = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", app.url, "report", "--from", "2026-11-20",
                               "--to", "2026-11-30", "--format", fmt, "--out", str(out), "--json"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert data["out"] == str(out) and data["visits"] == 3
        outs[fmt] = out
    from openpyxl import load_workbook

    wb = load_workbook(outs["xlsx"])
    summary, visits = wb["Per collector and day"], wb["Visits"]
    assert visits.max_row == 4 and summary.cell(1, 1).value == "Date"
    assert summary.cell(summary.max_row, 1).value == "Total" and summary._charts
    rows = list(csv.DictReader(outs["csv"].open(encoding="utf-8-sig")))
    assert sorted(r["visit_id"] for r in rows) == sorted(v["visit_id"] for v in items[:3])
    text = subprocess.run(["pdftotext", "-layout", str(outs["pdf"]), "-"], capture_output=True, text=True).stdout
    assert "FieldVisit team report" in text and cases[0].case_id in text
    # debtor names stay out of the report
    for path in outs.values():
        blob = path.read_bytes()
        assert all(c.name.encode() not in blob for c in cases)
    assert all(c.name not in text for c in cases)
    bad = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", app.url, "report", "--from", "2026-11-30",
                          "--to", "2026-11-01", "--format", "csv", "--out", str(tmp_path / "x.csv")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "swap --from and --to" in bad.stderr


def test_amounts_in_different_currencies_are_never_added(sqlite_app):
    """A CNY case stays in CNY in the report: sums are per currency (issue 13)."""
    build_demo(sqlite_app.uow(), count=30, as_of=AS_OF)
    with sqlite_app.uow() as uow:
        cases = [c for c in uow.cases.list(status="open") if c.collector][:2]
        cases[0].currency = "CNY"  # a case lent in yuan (a promise is recorded in the case's currency)
        uow.cases.update_many([(uow.cases.keys()[cases[0].case_id], cases[0], frozenset({"currency"}))], None)
        uow.commit()
    base = {"person_met": "debtor", "outcome": "promise_to_pay"}
    items = [{**base, "case_id": cases[0].case_id, "promise": {"amount": "1200.00", "currency": "CNY", "date": "2026-12-01"},
              "arrived_at": "2026-11-23T10:00:00+01:00", "left_at": "2026-11-23T10:15:00+01:00"},
             {**base, "case_id": cases[1].case_id, "promise": {"amount": "50.00", "date": "2026-12-01"},
              "arrived_at": "2026-11-23T11:00:00+01:00", "left_at": "2026-11-23T11:15:00+01:00"}]
    for v in items:
        v["visit_id"] = str(uuid.uuid4())
    record_visits(sqlite_app.uow(), items, rules=sqlite_app.rules())
    report = team_report(sqlite_app.uow(), date(2026, 11, 20), date(2026, 11, 30), as_of=AS_OF)
    by_currency = {t["currency"]: t["promised"] for t in report["totals_by_currency"]}
    assert by_currency == {"CNY": "1200.00", "EUR": "50.00"}
    assert sum(t["visits"] for t in report["totals_by_currency"]) == 2
    assert all(d["currency"] in ("CNY", "EUR") for d in report["days"])
    assert report["totals"]["visits"] == 2 and report["totals"]["promised"] == ""  # never 1250.00
