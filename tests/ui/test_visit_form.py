"""The visit form: fill and finalize; a draft survives the window being destroyed without saving;
correcting a finalized visit makes a new version."""

from datetime import date

import pytest
import shiboken6

from fieldvisit.services.demo import build_demo
from fieldvisit.services.visits import list_visits

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=40, as_of=date.today())
    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    return w


def daytime(form):
    """Visits in these tests happen at 10:00-10:20 on a weekday (the form defaults to now)."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    form.arrived.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    form.left.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 20)))
    form.promise_date.setDate(QDate(2026, 11, 26))
    return form


def finalize(qtbot, form):
    """Finalize and wait for the background write to come back (the form closes, or says why not)."""
    form.finalize()
    qtbot.waitUntil(lambda: bool(not form.isVisible() or form.error.text() or form.finalize_button.isEnabled()),
                    timeout=15000)


def visitable(window):
    return next(c for c in window.cases.values() if not c.blocking_flags and c.balance > 0)


def test_fill_and_finalize_a_visit(qtbot, window):
    case = visitable(window)
    window.select_case(case.case_id)
    form = daytime(window.record_visit())
    form.outcome.setCurrentIndex(form.outcome.findData("promise_to_pay"))
    assert form.promise_box.isChecked()
    qtbot.keyClicks(form.promise_amount, "150,00")
    qtbot.keyClicks(form.notes, "Will pay on Friday after salary.")
    finalize(qtbot, form)
    assert form.error.text() == "" and not form.isVisible()
    visits = list_visits(window.app.uow(), case.case_id)
    assert len(visits) == 1 and visits[0]["promise"]["amount"] == "150.00"
    assert visits[0]["notes"] == "Will pay on Friday after salary."
    assert window.pending_drafts() == []  # the draft went away with the finalized visit


def test_validation_message_and_third_party_hides_money(qtbot, window):
    form = window.open_visit_form(visitable(window).case_id)
    form.outcome.setCurrentIndex(form.outcome.findData("paid_in_full"))
    form.payment_method.setCurrentText("cash")
    finalize(qtbot, form)
    assert "receipt number" in form.error.text() and form.isVisible()
    form.outcome.setCurrentIndex(form.outcome.findData("third_party"))
    assert form.person.currentData() == "third_party"
    assert not form.promise_box.isEnabled() and not form.payment_box.isEnabled()


def test_draft_is_restored_after_the_window_dies_without_saving(qtbot, window, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    case = visitable(window)
    form = daytime(window.open_visit_form(case.case_id))
    qtbot.keyClicks(form.notes, "Neighbour says she works nights")
    qtbot.waitUntil(lambda: form.status.text().startswith("Draft saved"), timeout=10000)  # autosave ran
    draft_id = form.draft_id
    shiboken6.delete(form)  # gone without closeEvent: what a crash looks like to the form
    window.forms.clear()  # the old window forgets the dead form; a new window starts below
    again = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: getattr(again, "draft_box", None) is not None and again.draft_box.isVisible(), timeout=5000)
    restored = again.restore_drafts()
    assert len(restored) == 1 and restored[0].draft_id == draft_id
    assert restored[0].notes.toPlainText() == "Neighbour says she works nights"
    finalize(qtbot, restored[0])
    assert list_visits(sqlite_app.uow(), case.case_id)[0]["notes"] == "Neighbour says she works nights"


def test_correcting_a_visit_makes_a_new_version(qtbot, window):
    case = visitable(window)
    window.select_case(case.case_id)
    form = daytime(window.record_visit())
    form.outcome.setCurrentIndex(form.outcome.findData("not_home"))
    form.person.setCurrentIndex(form.person.findData("nobody"))
    finalize(qtbot, form)
    first = list_visits(window.app.uow(), case.case_id)[0]
    fix = window.correct_last_visit()
    assert fix.replaces == first["visit_id"] and "Correct visit" in fix.windowTitle()
    fix.notes.setPlainText("Door locked; left a card with our number only.")
    finalize(qtbot, fix)
    rows = {r["visit_id"]: r for r in list_visits(window.app.uow(), case.case_id)}
    assert len(rows) == 2
    assert rows[first["visit_id"]]["replaced_by"] == fix.visit_id
    assert rows[fix.visit_id]["version"] == 2 and rows[first["visit_id"]]["notes"] == ""


def test_prep_sheet_dialog_to_a_visit_with_the_edited_plan(qtbot, window, tmp_path):
    case = visitable(window)
    window.select_case(case.case_id)
    dialog = window.show_prep()
    text = dialog.browser.toPlainText()
    for heading in ("Intent", "Ability", "Willingness", "Quadrant", "Repayment proposal"):
        assert heading in text
    pdf = dialog.save_pdf(str(tmp_path / "sheet.pdf"))
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000 and pdf
    form = daytime(dialog.record())
    assert form.proposal_box.isChecked() and form.proposal_table.rowCount() >= 1
    # the collector edits the plan: the first installment becomes 10.00 and a new last one takes the rest
    first_amount = form.proposal_table.item(0, 1).text()
    form.proposal_table.item(0, 1).setText("10.00")
    form.outcome.setCurrentIndex(form.outcome.findData("rpc"))
    finalize(qtbot, form)
    assert form.error.text() == "", form.error.text()
    saved = list_visits(window.app.uow(), case.case_id)[0]["agreed_proposal"]
    assert saved["installments"][0]["amount"] == "10.00" and first_amount != "10.00"


def test_table_shows_a_broken_promise(qtbot, window):
    from fieldvisit.services.visits import record_visits

    case = visitable(window)
    record_visits(window.app.uow(), [{
        "case_id": case.case_id, "arrived_at": "2026-01-05T10:00:00+01:00", "left_at": "2026-01-05T10:20:00+01:00",
        "outcome": "promise_to_pay", "person_met": "debtor",
        "promise": {"amount": "50.00", "currency": case.currency, "date": "2026-01-07"}}])
    window.reload(redraw_map=False)
    row = next(r for r in range(window.model.rowCount()) if window.model.case_at(r).case_id == case.case_id)
    from fieldvisit.ui.case_model import PROMISE_COL
    assert window.model.index(row, PROMISE_COL).data().startswith("broken: 50.00")


def test_a_visit_outside_the_rules_needs_a_reason(qtbot, window):
    from PySide6.QtCore import QDate, QDateTime, QTime

    blocked = next(c for c in window.cases.values() if c.blocking_flags)
    form = window.open_visit_form(blocked.case_id)
    form.outcome.setCurrentIndex(form.outcome.findData("not_home"))
    form.person.setCurrentIndex(form.person.findData("nobody"))
    form.arrived.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    form.left.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 10)))
    finalize(qtbot, form)
    assert "write the reason" in form.error.text() and form.isVisible()
    form.reason.setText("Supervisor asked to check the address after the dispute letter")
    finalize(qtbot, form)
    assert not form.isVisible()
    visit = list_visits(window.app.uow(), blocked.case_id)[0]
    assert any("blocked" in w for w in visit["warnings"]) and visit["reason"].startswith("Supervisor")
