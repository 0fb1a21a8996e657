"""Sync from the windows: the office exports a pack, the laptop imports it and sends its visits
back, the supervisor desk imports, reviews and charts them, and the comment reaches the laptop."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.demo import build_demo
from fieldvisit.services.identities import init_identity, public_identity, trust
from fieldvisit.services.visits import record_visits

pytestmark = pytest.mark.ui
COLLECTOR = "Lucía Romero"


@pytest.fixture
def pair(qtbot, sqlite_app, tmp_path):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=60, as_of=date.today())
    init_identity(sqlite_app.uow(), crypto, role="supervisor", name="Madrid office")
    laptop = open_app(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    init_identity(laptop.uow(), crypto, role="collector", name=COLLECTOR)
    trust(sqlite_app.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(sqlite_app.uow(), crypto))
    office_window = MainWindow(sqlite_app, load_map=False)
    laptop_window = MainWindow(laptop, load_map=False)
    for w in (office_window, laptop_window):
        qtbot.addWidget(w)
    yield office_window, laptop_window
    laptop.close()


def _visit_today(case_id, outcome="promise_to_pay"):
    start = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
    v = {"visit_id": str(uuid.uuid4()), "case_id": case_id, "arrived_at": start.isoformat(),
         "left_at": (start + timedelta(minutes=20)).isoformat(), "outcome": outcome, "person_met": "debtor"}
    if outcome == "promise_to_pay":
        v["promise"] = {"amount": "80.00", "date": (date.today() + timedelta(days=5)).isoformat()}
    if outcome == "partial_payment":
        v["payment"] = {"amount": "35.00", "method": "card", "receipt": "T-991"}
    return v


def test_pack_visits_review_and_comment_back(pair, qtbot, tmp_path):
    office, laptop = pair
    assert [a.text() for a in office.sync_menu.actions()][0] == "Supervisor &desk…"
    assert [a.text() for a in laptop.sync_menu.actions()][0] == "&Import assignment pack…"
    pack = tmp_path / "lucia.fvpack"
    sent = office.export_pack(COLLECTOR, str(pack)).wait()
    got = laptop.import_pack(str(pack)).wait()
    assert got["cases"] == sent["cases"] == laptop.model.rowCount() > 0
    ids = sorted(laptop.cases)
    record_visits(laptop.app.uow(), [_visit_today(ids[0]), _visit_today(ids[1], "partial_payment")])
    bundle = tmp_path / "lucia.fvbundle"
    assert laptop.export_bundle(str(bundle)).wait()["visits"] == 2

    desk = office.open_desk()
    qtbot.addWidget(desk)
    desk.import_bundles([str(bundle)])
    qtbot.waitUntil(lambda: hasattr(desk, "last_import"), timeout=20000)
    assert desk.last_import["imported"] == 2
    assert desk.visits.rowCount() == 2
    assert desk.totals.text().startswith("2 visits")
    assert "80.00 EUR promised" in desk.totals.text() and "35.00 EUR collected" in desk.totals.text()
    money = desk.money_chart.chart().series()[0]
    assert [b.label() for b in money.barSets()] == ["Promised", "Collected"]
    assert money.barSets()[0].at(0) == 80.0 and money.barSets()[1].at(0) == 35.0

    row = next(r for r, v in enumerate(desk.rows) if v["case_id"] == ids[1])
    desk.visits.setCurrentCell(row, 0)
    assert "35.00 EUR" in desk.detail.toPlainText() and "Prep sheet at the time" in desk.detail.toPlainText()
    desk.review("has_issues", "The receipt number is missing.").wait()  # saved in the background
    assert desk.visits.item(row, 7).text() == "Has issues"
    assert desk.review("approved").wait()["status"] == "approved"  # approving again is allowed (latest wins)
    refused = desk.review("rejected", "")
    refused.wait()  # a rejection needs a comment: refused, nothing saved
    assert refused.error and desk.message.text() == refused.error
    desk.review("has_issues", "The receipt number is missing.").wait()
    desk.only_open.setChecked(True)
    assert desk.visits.rowCount() == 1 and desk.rows[0]["case_id"] == ids[0]
    desk.show()
    desk.resize(1280, 760)
    desk.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    desk.grab().save(str(tmp_path / "desk.png"))
    desk.tabs.setCurrentIndex(0)
    desk.only_open.setChecked(False)
    qtbot.wait(50)
    desk.grab().save(str(tmp_path / "desk-review.png"))

    office.export_pack(COLLECTOR, str(tmp_path / "lucia-2.fvpack")).wait()
    back = laptop.import_pack(str(tmp_path / "lucia-2.fvpack")).wait()
    assert back["acknowledged"] == 2 and back["reviews"] == 1
    dialog = laptop.reviews_dialog
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 1 and "The receipt number is missing." in dialog.items.item(0).text()
    dialog.items.itemDoubleClicked.emit(dialog.items.item(0))
    form = laptop.forms[-1]
    qtbot.addWidget(form)
    assert form.case.case_id == ids[1]
    report = desk.export_report(str(tmp_path / "team.xlsx"))
    assert report and (tmp_path / "team.xlsx").stat().st_size > 0
