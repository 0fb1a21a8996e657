"""The planner's "Plan week…" (issue 14): the week is planned in the background, its days are
listed with their visits, and a day opens in the timeline as it was saved (offscreen Qt)."""

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui


def next_monday() -> date:
    today = date.today()
    return today + timedelta(days=7 - today.weekday())


def test_plan_week_lists_the_days_and_opens_one(qtbot, sqlite_app, tmp_path):
    from fieldvisit.ui.main_window import MainWindow
    from fieldvisit.ui.week_dialog import WeekDialog

    build_demo(sqlite_app.uow(), count=60, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.show()
    monday = next_monday()
    w.planner.day.setDate(QDate(monday.year, monday.month, monday.day))
    w.planner.plan_week()
    dialog = w.planner.week_dialog
    assert isinstance(dialog, WeekDialog) and dialog.isVisible()
    dialog.days.setValue(3)
    dialog.plan()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120000)
    assert dialog.result is not None, dialog.summary.text()
    from fieldvisit.services.week_plans import week_dates

    expected = week_dates(sqlite_app.uow(), monday, 3)  # working days: public holidays (8 Dec in Spain) skipped
    assert [d["date"] for d in dialog.result["days"]] == [d.isoformat() for d in expected]
    assert dialog.table.rowCount() == 3
    visits = [int(dialog.table.item(r, 1).text()) for r in range(3)]
    assert sum(visits) > 0
    if os.environ.get("FIELDVISIT_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SCREENSHOTS"], "week_dialog.png"))
    dialog.table.selectRow(1)
    dialog.open_selected()
    tuesday = dialog.result["days"][1]
    qtbot.waitUntil(lambda: w.planner.data is not None and w.planner.data["date"] == tuesday["date"], timeout=60000)
    assert w.planner.day.date().toPython() == expected[1]
    assert [s["case_id"] for s in w.planner.data["stops"]] == [s["case_id"] for s in tuesday["stops"]]
    assert w.planner.timeline.count() == len(tuesday["stops"])
    if os.environ.get("FIELDVISIT_SCREENSHOTS"):
        w.grab().save(os.path.join(os.environ["FIELDVISIT_SCREENSHOTS"], "week_opened.png"))


def test_week_keeps_days_already_planned_unless_confirmed(qtbot, sqlite_app, monkeypatch):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=40, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.show()
    monday = next_monday()
    w.planner.day.setDate(QDate(monday.year, monday.month, monday.day))
    w.planner.plan_week()
    dialog = w.planner.week_dialog
    dialog.days.setValue(2)
    dialog.plan()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120000)
    first = dialog.result
    asked = []
    box = dialog.replace_question({monday: 1, monday + timedelta(days=1): 0})
    assert "2" in box.text() and "1" in box.text() and box.defaultButton() is box.keep
    if os.environ.get("FIELDVISIT_SCREENSHOTS"):
        box.show()
        box.grab().save(os.path.join(os.environ["FIELDVISIT_SCREENSHOTS"], "week_replace_question.png"))
        box.close()
    monkeypatch.setattr(dialog, "confirm_replace", lambda saved: asked.append(saved) or None)
    dialog.plan()  # cancelled: nothing runs
    days = [date.fromisoformat(d["date"]) for d in first["days"]]
    assert dialog.operation is None and list(asked[0]) == days
    monkeypatch.setattr(dialog, "confirm_replace", lambda saved: False)
    dialog.plan()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120000)
    assert dialog.result["kept"] == [d.isoformat() for d in days]
    assert [d["stops"] for d in dialog.result["days"]] == [d["stops"] for d in first["days"]]
    assert dialog.table.item(0, 0).text().endswith("kept")
    monkeypatch.setattr(dialog, "confirm_replace", lambda saved: True)
    dialog.plan()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120000)
    assert dialog.result["kept"] == []


def test_a_chinese_workspace_plans_the_make_up_working_saturday(qtbot, sqlite_app, monkeypatch):
    """China's 调休: Sat 28 Feb 2026 is an official working day, so a week of four working days from
    Wed 25 Feb ends on it (not on Mon 2 Mar), and the summary says so. (The clock is pinned to that
    Wednesday: days that have passed are never planned, and the data has no later make-up day.)"""
    from fieldvisit.services.settings import load_settings, save_settings
    from fieldvisit.ui import week_dialog
    from fieldvisit.ui.main_window import MainWindow

    class Pinned(date):
        @classmethod
        def today(cls):
            return date(2026, 2, 25)

    monkeypatch.setattr(week_dialog, "date", Pinned)

    build_demo(sqlite_app.uow(), count=30, as_of=date.today())
    save_settings(sqlite_app.uow(), {**load_settings(sqlite_app.uow()), "country": "CN"})
    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    w.planner.day.setDate(QDate(2026, 2, 25))
    w.planner.plan_week()
    dialog = w.planner.week_dialog
    dialog.days.setValue(4)
    dialog.plan()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120000)
    assert dialog.result is not None, dialog.summary.text()
    assert [d["date"] for d in dialog.result["days"]] == ["2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28"]
    assert dialog.result["workdays"] == ["2026-02-28"] and "2026-02-28" in dialog.summary.text()
    if os.environ.get("FIELDVISIT_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SCREENSHOTS"], "week_make_up_day.png"))
