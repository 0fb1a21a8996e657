"""Issue 17: the window while another writer (a long import, another FieldVisit) holds the
workspace's write lock. Draft autosaves run in the background: the window keeps answering, the
form says the draft is not saved yet, and saves it once the lock is gone — no freeze, no
unhandled "database is locked"."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui


def _raw(db):
    """Another connection to the (encrypted) workspace that can take its write lock."""
    import os

    from fieldvisit.adapters.storage.cipher import open_raw

    conn = open_raw(db, os.environ["FIELDVISIT_PASSPHRASE"])
    conn.isolation_level = None
    return conn


@pytest.fixture
def busy_window(qtbot, tmp_path, monkeypatch):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setenv("FIELDVISIT_BUSY_TIMEOUT_MS", "300")  # (the product waits 10 s)
    monkeypatch.setenv("TZ", "Europe/Madrid")
    db = tmp_path / "ws.sqlite"
    app = open_app(f"sqlite:///{db}")
    build_demo(app.uow(), count=20, as_of=date.today())
    window = MainWindow(app, load_map=False)
    qtbot.addWidget(window)
    window.show()
    yield window, db
    app.close()


def test_autosave_waits_in_the_background_and_retries(qtbot, busy_window):
    from PySide6.QtCore import QTimer

    from fieldvisit.services.visits import drafts

    window, db = busy_window
    case = next(c for c in window.cases.values() if not c.blocking_flags)
    form = window.open_visit_form(case.case_id)
    form.timer.stop()  # the test drives the ticks
    form.notes.setPlainText("Came back at six; daughter at home")
    holder = _raw(db)
    holder.execute("BEGIN IMMEDIATE")  # what a long import's transaction does to other writers
    try:
        form.autosave()
        ticked = []
        QTimer.singleShot(0, lambda: ticked.append(True))
        qtbot.waitUntil(lambda: bool(ticked), timeout=5000)  # the event loop runs while the save waits
        qtbot.waitUntil(lambda: "not saved yet" in form.status.text(), timeout=10000)
        assert "Another FieldVisit is writing" in form.status.text()
        assert "locked" not in form.status.text() and "INSERT" not in form.status.text()
    finally:
        holder.execute("COMMIT")
        holder.close()
    form.autosave()  # the next tick
    qtbot.waitUntil(lambda: form.status.text().startswith("Draft saved"), timeout=10000)
    saved = [d for d in drafts(window.app.uow()) if d["draft_id"] == form.draft_id]
    assert saved and saved[0]["data"]["notes"] == "Came back at six; daughter at home"


def test_finalize_while_busy_keeps_the_form_open_with_a_sentence(qtbot, busy_window):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from fieldvisit.services.visits import list_visits

    window, db = busy_window
    case = next(c for c in window.cases.values() if not c.blocking_flags)
    form = window.open_visit_form(case.case_id)
    form.outcome.setCurrentIndex(form.outcome.findData("not_home"))
    form.person.setCurrentIndex(form.person.findData("nobody"))
    form.arrived.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    form.left.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 10)))
    holder = _raw(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        form.finalize()
        qtbot.waitUntil(lambda: bool(form.error.text()), timeout=10000)
        assert "Another FieldVisit is writing" in form.error.text() and form.isVisible()
        assert form.finalize_button.isEnabled()
    finally:
        holder.execute("COMMIT")
        holder.close()
    form.finalize()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10000)
    assert len(list_visits(window.app.uow(), case.case_id)) == 1


#: a plain SQLite client (Python's sqlite3, no SQLCipher) in another process, as in case 12;
#: it lets go when the test writes a line to its stdin
PLAIN_HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); print("locked", flush=True)
sys.stdin.readline(); c.execute("COMMIT"); c.close(); print("released", flush=True)
"""


def test_autosave_waits_for_a_plain_sqlite_client_too(qtbot, busy_window):
    import subprocess
    import sys

    from fieldvisit.services.visits import drafts

    window, db = busy_window
    case = next(c for c in window.cases.values() if not c.blocking_flags)
    form = window.open_visit_form(case.case_id)
    form.timer.stop()
    form.notes.setPlainText("Neighbour says she works until five")
    holder = subprocess.Popen([sys.executable, "-c", PLAIN_HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        form.autosave()
        qtbot.waitUntil(lambda: "not saved yet" in form.status.text(), timeout=10000)
        assert "Another FieldVisit is writing" in form.status.text()
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        holder.kill()
        holder.wait()
    form.autosave()
    qtbot.waitUntil(lambda: form.status.text().startswith("Draft saved"), timeout=10000)
    saved = [d for d in drafts(window.app.uow()) if d["draft_id"] == form.draft_id]
    assert saved and saved[0]["data"]["notes"] == "Neighbour says she works until five"
