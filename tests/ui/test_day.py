"""A collector's own day in the window: the plan comes back after reopening, stops show their
state from the visits recorded, Re-plan from here keeps what is done, finalizing a visit moves
on to the next stop, the not-planned list, and the start point asked for in the window."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt

from fieldvisit.services.collectors import get_collector, set_home
from fieldvisit.services.demo import build_demo
from fieldvisit.services.visits import record_visits
from fieldvisit.ui.writes import flush_writes

pytestmark = pytest.mark.ui
DAY = date.today() + timedelta(days=1)  # tomorrow: its visits stay within the 2-day clock slack at any hour
WHO = "Lucía Romero"


@pytest.fixture
def window(qtbot, sqlite_app):
    build_demo(sqlite_app.uow(), count=80, as_of=date.today())
    return open_window(qtbot, sqlite_app)


def open_window(qtbot, app):
    from fieldvisit.ui.main_window import MainWindow

    w = MainWindow(app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    w.planner.collector.setCurrentText(WHO)
    w.planner.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    return w


def plan(qtbot, w):
    w.planner.time_limit = 0.5
    w.planner.plan_day()
    qtbot.waitUntil(lambda: w.planner.operation is None, timeout=60000)
    assert w.planner.data and w.planner.data["stops"], w.planner.summary.text()
    return w.planner.data


def visit(app, stop: dict, outcome: str) -> None:
    start = datetime.fromisoformat(stop["start"])
    item = {"visit_id": str(uuid.uuid4()), "case_id": stop["case_id"], "arrived_at": start.isoformat(),
            "left_at": (start + timedelta(minutes=15)).isoformat(), "outcome": outcome,
            "person_met": "nobody" if outcome == "not_home" else "debtor"}
    if outcome == "promise_to_pay":
        item["promise"] = {"amount": "50.00", "date": (DAY + timedelta(days=3)).isoformat()}
    record_visits(app.uow(), [item])


def texts(w) -> list[str]:
    return [w.planner.timeline.item(i).text() for i in range(w.planner.timeline.count())]


def test_the_plan_is_shown_again_after_reopening_and_when_picked_again(qtbot, window, sqlite_app):
    made = plan(qtbot, window)
    shown = texts(window)
    window.close()
    again = open_window(qtbot, sqlite_app)
    assert [s["case_id"] for s in again.planner.data["stops"]] == [s["case_id"] for s in made["stops"]]
    assert texts(again) == shown and again.current_plan["stops"]
    again.planner.collector.setCurrentText("Javier Ortega")
    assert again.planner.timeline.count() == 0 and "No plan" in again.planner.summary.text()
    again.planner.collector.setCurrentText(WHO)
    assert texts(again) == shown


def test_a_plan_made_by_the_command_line_is_shown_in_the_window(qtbot, sqlite_app):
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request, run_plan

    build_demo(sqlite_app.uow(), count=80, as_of=date.today())
    req = make_request(sqlite_app.uow(), day=DAY, collector=WHO, start=None, shift=None, tz="Europe/Helsinki",
                       mode="car")
    data = run_plan(sqlite_app.uow(), req, date.today(), sqlite_app.travel("car"), routing_solver(), 0.5)
    w = open_window(qtbot, sqlite_app)
    assert [w.planner.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.planner.timeline.count())] \
        == [s["case_id"] for s in data["stops"]]


def test_stops_show_their_state_on_the_timeline_and_the_map(qtbot, window):
    made = plan(qtbot, window)
    first, second = made["stops"][0], made["stops"][1]
    visit(window.app, first, "promise_to_pay")
    visit(window.app, second, "not_home")
    window.planner.refresh_states()
    lines = texts(window)
    assert lines[0].startswith("✓ ") and "done" in lines[0]
    assert lines[1].startswith("↻ ") and "not home" in lines[1]
    assert not lines[2].startswith(("✓", "↻"))
    assert [window.planner.timeline.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(3)] == \
        ["done", "retry", "todo"]
    route = window.day_route(window.current_plan)
    assert [(s["state"], s["outcome"]) for s in route["stops"][:3]] == \
        [("done", "promise_to_pay"), ("retry", "not_home"), ("todo", None)]
    assert all(s["follow_up"] is False for s in route["stops"])
    assert "1 done, 1 to try again" in window.planner.summary.text()


def test_replan_from_here_keeps_the_done_stops(qtbot, window):
    made = plan(qtbot, window)
    first = made["stops"][0]
    visit(window.app, first, "rpc")
    window.planner.refresh_states()
    window.planner.timeline.setCurrentRow(0)
    window.planner.replan_from_here()
    qtbot.waitUntil(lambda: window.planner.operation is None, timeout=60000)
    day = window.planner.shown_day()
    assert day["stops"][0]["case_id"] == first["case_id"] and day["stops"][0]["start"] == first["start"]
    assert day["stops"][0]["state"] == "done"
    rest = day["stops"][1:]
    assert rest and first["case_id"] not in {s["case_id"] for s in rest}
    assert all(s["arrival"] >= first["departure"] for s in rest)
    assert day["leave_at"] == made["leave_at"]
    reopened = open_window(qtbot, window.app)  # the whole day was saved
    assert [s["case_id"] for s in reopened.planner.data["stops"]] == [s["case_id"] for s in day["stops"]]


def test_planning_again_over_recorded_visits_asks_first(qtbot, window):
    made = plan(qtbot, window)
    visit(window.app, made["stops"][0], "rpc")
    window.planner.refresh_states()
    asked = []
    window.planner.ask_replace = lambda n: asked.append(n) or "cancel"
    window.planner.plan_day()
    assert asked == [1] and window.planner.operation is None and window.planner.data is made
    window.planner.ask_replace = lambda n: "replace"
    plan(qtbot, window)
    assert window.planner.data is not made


def test_finalizing_a_visit_confirms_the_stop_and_moves_to_the_next(qtbot, window):
    made = plan(qtbot, window)
    first, second = made["stops"][0]["case_id"], made["stops"][1]["case_id"]
    window.planner.timeline.setCurrentRow(0)
    form = window.record_visit()
    start = datetime.fromisoformat(made["stops"][0]["start"])
    form.arrived.setDateTime(QDateTime(start.date(), start.time()))
    form.left.setDateTime(QDateTime(start.date(), (start + timedelta(minutes=15)).time()))
    form.outcome.setCurrentIndex(form.outcome.findData("rpc"))
    form.finalize()  # the visit is written in the background; the form closes when it is in
    qtbot.waitUntil(lambda: bool(not form.isVisible() or form.error.text()), timeout=15000)
    assert form.error.text() == "" and not form.isVisible()
    assert window.planner.shown_day()["stops"][0]["state"] == "done"
    assert window.planner.current_case() == second and window.selected_case() == second
    assert texts(window)[0].startswith("✓ ") and first in texts(window)[0]


def test_not_planned_list_with_reasons_and_search(qtbot, window):
    plan(qtbot, window)
    unplanned = window.planner.unplanned
    assert unplanned and window.planner.unplanned_button.isVisible()
    dialog = window.planner.show_not_planned()
    assert dialog.model.rowCount() == len(unplanned)
    assert all(dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount()))
    one = unplanned[0]
    qtbot.keyClicks(dialog.search, one["case_id"])
    assert one["case_id"] in dialog.shown_cases() and len(dialog.shown_cases()) < len(unplanned)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "BLOCKED")  # the reason is searched too, whatever the case
    blocked = [u for u in unplanned if u["reason"] == "blocked_by_flag"]
    assert len(dialog.shown_cases()) == len(blocked) > 0
    dialog.table.doubleClicked.emit(dialog.proxy.index(0, 0))
    assert window.selected_case() == dialog.shown_cases()[0]


def test_without_a_start_point_the_window_asks_for_one(qtbot, window):
    set_home(window.app.uow(), WHO, None)
    window.planner.plan_day()
    dialog = window.start_dialog
    assert dialog.isVisible() and "no start point yet" in dialog.intro.text()
    assert "--start" not in window.planner.summary.text()
    dialog.start.setText("-33.45, -70.66")
    dialog.accept()
    flush_writes()
    assert get_collector(window.app.uow(), WHO).home == (-33.45, -70.66)
    qtbot.waitUntil(lambda: window.planner.operation is None, timeout=60000)  # and the day is planned


def test_bad_start_point_says_so_in_the_dialog(qtbot, window):
    dialog = window.edit_start_point(WHO)
    dialog.start.setText("95,3")
    dialog.accept()
    assert dialog.isVisible() and "not a position" in dialog.error.text()
    dialog.start.setText("")
    dialog.accept()
    assert "Write where the day starts" in dialog.error.text()


def test_start_my_day_here_on_the_map_sets_the_start_point(qtbot, window):
    window.start_here(40.41, -3.70).wait()
    assert get_collector(window.app.uow(), WHO).home == (40.41, -3.70)
    assert "starts at 40.41000, -3.70000" in window.statusBar().currentMessage()


def test_a_restored_day_can_still_be_edited_and_the_edit_is_kept(qtbot, window, sqlite_app):
    plan(qtbot, window)
    window.close()
    again = open_window(qtbot, sqlite_app)
    tl = again.planner.timeline
    first = tl.item(0).data(Qt.ItemDataRole.UserRole)
    tl.setCurrentRow(0)
    again.planner.remove_selected()  # a lawful edit: one visit fewer
    flush_writes()
    assert again.planner.data["valid"] and first not in [s["case_id"] for s in again.planner.data["stops"]]
    assert again.planner.plan is not None and first not in [s.case_id for s in again.planner.plan.stops]
    kept = [s["case_id"] for s in again.planner.data["stops"]]
    third = open_window(qtbot, sqlite_app)
    assert [s["case_id"] for s in third.planner.data["stops"]] == kept


def test_an_edit_the_plan_check_rejects_is_not_kept(qtbot, window, sqlite_app):
    """Issue 14: a plan the validator rejects is never saved; the last lawful day stays."""
    made = plan(qtbot, window)
    tl = window.planner.timeline
    tl.addItem(tl.takeItem(0))  # the first visit dragged to the end of the day
    window.planner.retime()
    flush_writes()
    edited = window.planner.data
    again = open_window(qtbot, sqlite_app)
    shown = [s["case_id"] for s in again.planner.data["stops"]]
    if edited["valid"]:
        assert shown == [s["case_id"] for s in edited["stops"]]
    else:
        assert shown == [s["case_id"] for s in made["stops"]]
        assert "Not saved" in window.planner.summary.text()


def test_done_stops_cannot_be_removed(qtbot, window):
    made = plan(qtbot, window)
    visit(window.app, made["stops"][0], "rpc")
    window.planner.refresh_states()
    window.planner.timeline.setCurrentRow(0)
    window.planner.remove_selected()
    assert window.planner.data["stops"][0]["case_id"] == made["stops"][0]["case_id"]


def test_settings_show_and_set_where_the_day_starts(qtbot, window):
    from fieldvisit.ui.settings_dialog import SettingsDialog

    set_home(window.app.uow(), WHO, (40.4346, -3.7038))
    dialog = SettingsDialog(window.app, window)
    qtbot.addWidget(dialog)
    assert dialog.start_button.text().startswith(f"{WHO}: 40.43460, -3.70380")
    home = dialog.edit_start_point()
    home.start.setText("-33.45,-70.66")
    home.end.setText("-33.40, -70.60")
    home.accept()
    flush_writes()
    assert get_collector(window.app.uow(), WHO).end == (-33.40, -70.60)
    assert dialog.start_button.text().startswith(f"{WHO}: -33.45000, -70.66000")


def test_an_address_is_found_through_the_geocoding_cache(qtbot, window):
    """The address goes through the workspace's geocoder and its cache (seeded here: no network)."""
    from fieldvisit.bootstrap import geocoder
    from fieldvisit.services.geocode import query_for

    g = geocoder(window.app.setting("geocoder") or "nominatim", window.app.setting("geocoder_url") or None)
    with window.app.uow() as uow:  # the demo is in Helsinki (FI): Madrid is far outside it, refused (BRK16b #2)
        uow.geocache.put(g.key, query_for("Calle de Alcalá 1, Madrid", window.app.setting("country") or ""),
                         40.4180, -3.7010, "Calle de Alcalá 1")
        uow.geocache.put(g.key, query_for("Mannerheimintie 1, Helsinki", window.app.setting("country") or ""),
                         60.1699, 24.9384, "Mannerheimintie 1")
        uow.geocache.put(g.key, query_for("Nowhere street 99", window.app.setting("country") or ""), None, None, "")
        uow.commit()
    dialog = window.edit_start_point(WHO)
    dialog.start.setText("Nowhere street 99")
    dialog.accept()
    qtbot.waitUntil(lambda: "was not found" in dialog.error.text(), timeout=10000)
    dialog.start.setText("Calle de Alcalá 1, Madrid")
    dialog.accept()
    qtbot.waitUntil(lambda: "far outside" in dialog.error.text(), timeout=10000)
    assert dialog.saved is None
    dialog.start.setText("Mannerheimintie 1, Helsinki")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert get_collector(window.app.uow(), WHO).home == (60.1699, 24.9384)


def test_day_shortcuts_are_listed_and_work(qtbot, window):
    keys = dict((v, k) for k, v in window.shortcuts())
    assert {"Re-plan from here", "Not planned", "Where my day starts"} <= set(keys)
    plan(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.planner.not_planned_dialog.isVisible()


def test_the_window_reopens_on_the_day_and_collector_picked_last(qtbot, window, sqlite_app):
    plan(qtbot, window)
    later = DAY + timedelta(days=1)
    window.planner.collector.setCurrentText("Javier Ortega")
    window.planner.day.setDate(QDate(later.year, later.month, later.day))
    window.planner.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    window.planner.collector.setCurrentText(WHO)
    window.close()
    from fieldvisit.ui.main_window import MainWindow

    again = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(again)
    assert again.planner.day.date().toPython() == DAY and again.planner.collector.currentText() == WHO
    assert again.planner.data and again.planner.timeline.count() == len(again.planner.data["stops"])


def test_replan_with_a_locked_stop_done_and_another_locked_ahead(qtbot, window):
    made = plan(qtbot, window)
    tl = window.planner.timeline
    tl.setCurrentRow(0)
    window.planner.toggle_lock()
    tl.setCurrentRow(len(made["stops"]) - 1)
    window.planner.toggle_lock()
    last = made["stops"][-1]["case_id"]
    visit(window.app, made["stops"][0], "rpc")
    window.planner.refresh_states()
    tl.setCurrentRow(0)
    window.planner.replan_from_here()
    qtbot.waitUntil(lambda: window.planner.operation is None, timeout=60000)
    day = window.planner.shown_day()
    assert day["stops"][0]["state"] == "done" and last in [s["case_id"] for s in day["stops"][1:]]


def test_the_maps_start_my_day_here_reaches_the_collector(qtbot, window):
    window.map.start_here_requested.emit(-33.45, -70.66)  # what the map's right-click menu sends
    flush_writes()
    assert get_collector(window.app.uow(), WHO).home == (-33.45, -70.66)


def test_not_planned_search_ignores_accents_and_case(qtbot):
    """A collector types ``gomez`` (no accent) and finds Gómez among the cases left out."""
    from fieldvisit.ui.not_planned import NotPlannedDialog
    rows = [{"case_id": "C-1", "name": "Lucía Gómez", "text": "Outside lawful hours"},
            {"case_id": "C-2", "name": "Ana Pérez", "text": "Visit cap reached"}]
    dialog = NotPlannedDialog(rows, "today")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "gomez")
    assert dialog.shown_cases() == ["C-1"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "PEREZ")
    assert dialog.shown_cases() == ["C-2"]


def test_removing_a_stop_is_listed_as_not_planned_and_undone_with_ctrl_z(qtbot, window, sqlite_app):
    """BRK15b #7: a visit taken out by mistake comes back with Edit → Undo, and while it is out the
    not-planned list says why; undo and redo are saved as the day."""
    made = plan(qtbot, window)
    order = [s["case_id"] for s in made["stops"]]
    window.planner.timeline.setCurrentRow(1)
    window.planner.remove_selected()
    flush_writes()
    gone = order[1]
    assert gone not in [s["case_id"] for s in window.planner.data["stops"]]
    listed = {u["case_id"]: u for u in window.planner.unplanned}
    assert listed[gone]["reason"] == "removed_by_hand" and "by hand" in listed[gone]["text"]
    assert window.planner.unplanned_button.isVisible()
    assert window.undo_stack.canUndo() and gone in window.undo_stack.undoText()
    window.undo_stack.undo()
    flush_writes()
    assert [s["case_id"] for s in window.planner.data["stops"]] == order
    assert gone not in {u["case_id"] for u in window.planner.unplanned}
    assert gone not in window.planner.excluded
    again = open_window(qtbot, sqlite_app)  # the undone day is the one saved
    assert [s["case_id"] for s in again.planner.data["stops"]] == order
    window.undo_stack.redo()
    flush_writes()
    assert gone not in [s["case_id"] for s in window.planner.data["stops"]]
    assert gone in {u["case_id"] for u in window.planner.unplanned}


def test_planning_again_keeps_a_removed_visit_out_and_says_why(qtbot, window):
    made = plan(qtbot, window)
    window.planner.timeline.setCurrentRow(0)
    window.planner.remove_selected()
    flush_writes()
    gone = made["stops"][0]["case_id"]
    data = plan(qtbot, window)  # Re-optimise
    assert gone not in [s["case_id"] for s in data["stops"]]
    assert any(u["case_id"] == gone and u["reason"] == "removed_by_hand" for u in data["unplanned"])


def test_locking_and_reordering_are_undoable(qtbot, window):
    made = plan(qtbot, window)
    order = [s["case_id"] for s in made["stops"]]
    window.planner.timeline.setCurrentRow(0)
    window.planner.toggle_lock()
    flush_writes()
    assert order[0] in window.planner.locked
    window.undo_stack.undo()
    flush_writes()
    assert order[0] not in window.planner.locked
    tl = window.planner.timeline
    edits = window.undo_stack.index()
    tl.model().moveRow(tl.rootIndex(), len(order) - 1, tl.rootIndex(), 0)  # as a drag does (rowsMoved)
    flush_writes()
    assert window.undo_stack.index() == edits + 1 and "Reorder" in window.undo_stack.undoText()
    moved = [s["case_id"] for s in window.planner.data["stops"]]
    if moved != order:  # a lawful re-order was kept: undo brings the planned order back
        window.undo_stack.undo()
        flush_writes()
        assert [s["case_id"] for s in window.planner.data["stops"]] == order
