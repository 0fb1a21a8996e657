"""The desk's review pane and the team report: the agreed repayment plan, a promise above the
balance flagged, outcomes as words, dates in the one locale format; a visit recorded at the office
is filed under whoever recorded it."""

from __future__ import annotations

import csv
import os
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.adapters.i18n import day_text
from fieldvisit.domain.cases import Case
from fieldvisit.services.identities import init_identity
from fieldvisit.services.visits import record_visits

pytestmark = pytest.mark.ui


@pytest.fixture
def desk(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    today = date.today()
    case = Case(case_id="D-1", name="Lucía Gómez", balance=Decimal("600.00"), currency="EUR", collector="Ana Ruiz",
                due_date=today - timedelta(days=70), country="ES", timezone="Europe/Madrid")
    with sqlite_app.uow() as uow:
        uow.cases.add_many([case], None)
        uow.commit()
    init_identity(sqlite_app.uow(), crypto, role="supervisor", name="Madrid office")
    start = datetime.combine(today, datetime.min.time(), ZoneInfo("Europe/Madrid")).replace(hour=10)
    plan = [{"date": (today + timedelta(days=d)).isoformat(), "amount": "250.00"} for d in (3, 33, 63)]
    record_visits(sqlite_app.uow(), [{
        "visit_id": str(uuid.uuid4()), "case_id": "D-1", "arrived_at": start.isoformat(),
        "left_at": (start + timedelta(minutes=20)).isoformat(), "outcome": "promise_to_pay", "person_met": "debtor",
        "promise": {"amount": "750.00", "date": plan[0]["date"]},
        "agreed_proposal": {"currency": "EUR", "installments": plan}}], rules=sqlite_app.rules())
    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    d = window.open_desk()
    qtbot.addWidget(d)
    d.show()
    return d, plan


def test_review_pane_shows_the_agreed_plan_and_the_amount_to_check(desk, qtbot, tmp_path):
    d, plan = desk
    assert d.visits.rowCount() == 1
    assert d.visits.item(0, 1).text() == "Madrid office"  # recorded at the office, filed under it
    assert d.visits.item(0, 3).text() == "Promise to pay"
    assert d.visits.item(0, 0).text() == day_text(date.today())
    assert d.visits.item(0, 6).text() == "⚠" and "above the balance" in d.visits.item(0, 6).toolTip()
    text = d.detail.toPlainText()
    assert "Agreed repayment plan" in text and "3 instalments, total 750.00 EUR" in text
    assert all(day_text(i["date"]) in text for i in plan)
    assert "To check" in text and "promise of 750.00 EUR is above the balance of 600.00 EUR" in text
    if os.environ.get("FIELDVISIT_SHOTS"):
        d.resize(1280, 640)
        qtbot.wait(50)
        d.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "desk_review.png"))


def test_team_report_has_words_and_the_plan(desk, tmp_path):
    d, plan = desk
    out = d.export_report(str(tmp_path / "team.csv"))
    row = next(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert row["outcome"] == "Promise to pay" and row["person_met"] == "The borrower"
    assert row["review"] == "Received" and row["collector"] == "Madrid office"
    assert row["date"] == day_text(date.today())
    assert row["agreed_plan"].startswith("3 instalments, EUR:") and day_text(plan[2]["date"]) in row["agreed_plan"]
    assert row["checks"] == "promise of 750.00 EUR is above the balance of 600.00 EUR"


def test_team_workbook_has_real_dates_and_words(desk, tmp_path):
    from openpyxl import load_workbook

    d, plan = desk
    out = d.export_report(str(tmp_path / "team.xlsx"))
    visits = load_workbook(out)["Visits"]
    head = [c.value for c in visits[1]]
    row = dict(zip(head, [c.value for c in visits[2]], strict=True))
    assert row["Date"].date() == date.today() and row["Outcome"] == "Promise to pay"
    assert visits.cell(2, head.index("Date") + 1).number_format == "ddd d mmm yyyy"
    assert row["Agreed plan"].startswith("3 instalments") and "above the balance" in row["To check"]
    dash = d.days.item(0, 0).text()
    assert dash == day_text(date.today())  # the dashboard writes the day like everything else
