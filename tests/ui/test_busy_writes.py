"""Issue 17: no database write on the UI thread. While a second connection holds the
workspace's write lock (what a long import or another FieldVisit does), the user drags a marker,
decides a review at the desk, saves a review-queue decision and imports an assignment pack: the
event loop keeps processing events while each write waits in the background, and the change
lands once the lock is released. When the lock outlasts the busy timeout, a box says so in one
sentence (no SQL, no traceback) and keeps the change: Retry saves it.

(Every UI test also runs under the guard of ``tests/ui/conftest.py``: a write on the Qt main
thread from the window's code fails the test.)"""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from fieldvisit.adapters import crypto
from fieldvisit.adapters.storage.cipher import open_raw
from fieldvisit.services.demo import build_demo
from fieldvisit.services.visits import list_visits, record_visits

pytestmark = pytest.mark.ui
HOLD_MS = 1500  # how long the other writer keeps the lock


class Holder:
    """Another connection to the encrypted workspace holding its write lock until ``release``."""

    def __init__(self, db) -> None:
        self.conn = open_raw(db, os.environ["FIELDVISIT_PASSPHRASE"])
        self.conn.isolation_level = None
        self.conn.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.execute("COMMIT")
            self.conn.close()
            self.held = False


def _responsive_while(qtbot, pending, holder) -> list[bool]:
    """Let the event loop run while the write waits: a timer tick must be processed while the
    write is still pending, then the lock is released by another timer (both on the UI thread).
    Returns what the ticks saw (``pending.finished`` at each)."""
    seen: list[bool] = []
    for ms in (0, 50, 200):
        QTimer.singleShot(ms, lambda: seen.append(pending.finished))
    QTimer.singleShot(HOLD_MS, holder.release)
    qtbot.waitUntil(lambda: pending.finished, timeout=20000)
    assert len(seen) == 3 and not any(seen), "the event loop stood still while the write waited"
    assert not holder.held
    return seen


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setenv("TZ", "Europe/Madrid")
    db = tmp_path / "ws.sqlite"
    app = open_app(f"sqlite:///{db}")
    build_demo(app.uow(), count=12, as_of=date.today())
    w = MainWindow(app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    yield w, db
    from fieldvisit.ui.writes import flush_writes

    flush_writes()
    app.close()


def _position(app, case_id):
    with app.uow() as uow:
        c = uow.cases.get(case_id)
    return c.lat, c.lon


def test_a_marker_drag_waits_for_the_lock_and_lands(qtbot, window):
    w, db = window
    case = next(c for c in w.cases.values() if c.has_coordinates)
    holder = Holder(db)
    try:
        w.map.case_moved.emit(case.case_id, 40.5, -3.6)  # the user drops the marker
        pending = w.undo_stack.command(w.undo_stack.count() - 1).pending
        _responsive_while(qtbot, pending, holder)
    finally:
        holder.release()
    assert pending.error is None and _position(w.app, case.case_id) == (40.5, -3.6)
    w.undo_stack.undo()  # and Ctrl+Z puts it back, in the background too
    from fieldvisit.ui.writes import flush_writes

    flush_writes()
    assert _position(w.app, case.case_id) == (case.lat, case.lon)


def test_a_drag_outlasting_the_busy_timeout_says_so_and_retry_saves_it(qtbot, window, monkeypatch):
    monkeypatch.setenv("FIELDVISIT_BUSY_TIMEOUT_MS", "200")  # (the product waits 10 s)
    w, db = window
    w.app.engine.dispose()  # new connections take the short timeout
    case = next(c for c in w.cases.values() if c.has_coordinates)
    holder = Holder(db)
    try:
        w.map.case_moved.emit(case.case_id, 40.45, -3.65)
        qtbot.waitUntil(lambda: getattr(w, "busy_box", None) is not None and w.busy_box.isVisible(), timeout=20000)
        text = w.busy_box.text()
        assert "Another FieldVisit is writing to this workspace" in text and "Retry" in text
        assert "locked" not in text and "UPDATE" not in text and "Traceback" not in text
        assert _position(w.app, case.case_id) == (case.lat, case.lon)  # nothing half-written
    finally:
        holder.release()
    w.busy_box.button(QMessageBox.StandardButton.Retry).click()  # the change was kept
    pending = w.undo_stack.command(w.undo_stack.count() - 1).pending
    qtbot.waitUntil(lambda: pending.finished, timeout=20000)
    assert _position(w.app, case.case_id) == (40.45, -3.65)


def test_a_review_queue_decision_waits_for_the_lock_and_lands(qtbot, window, tmp_path):
    from fieldvisit.services.window_review import review_count

    w, db = window
    path = tmp_path / "texts.csv"
    path.write_text("case_id,name,lat,lon,appointment\nW-1,Ana,40.41,-3.70,come whenever the moon is up\n",
                    encoding="utf-8")
    w.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(w, "last_import"), timeout=20000)
    assert review_count(w.app.uow()) == 1
    dialog = w.review_windows()
    qtbot.addWidget(dialog)
    holder = Holder(db)
    try:
        pending = dialog.dismiss_current("asks for a call first")
        _responsive_while(qtbot, pending, holder)
    finally:
        holder.release()
    assert pending.error is None and review_count(w.app.uow()) == 0


def test_a_desk_review_and_a_pack_import_wait_for_the_lock_and_land(qtbot, window, tmp_path, monkeypatch):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.identities import init_identity, public_identity, trust
    from fieldvisit.services.sync import export_pack

    w, db = window
    init_identity(w.app.uow(), crypto, role="supervisor", name="Madrid office")
    start = datetime.now(ZoneInfo("Europe/Madrid")).replace(hour=10, minute=0) - timedelta(days=1)
    case = next(iter(w.cases.values()))
    record_visits(w.app.uow(), [{"visit_id": str(uuid.uuid4()), "case_id": case.case_id,
                                 "arrived_at": start.isoformat(), "left_at": (start + timedelta(minutes=10)).isoformat(),
                                 "outcome": "not_home", "person_met": "nobody"}], rules=w.app.rules())
    desk = w.open_desk()
    qtbot.addWidget(desk)
    desk.date_from.setDate(desk.date_from.date().addDays(-7))
    desk.refresh()
    desk.visits.setCurrentCell(0, 0)
    holder = Holder(db)
    try:
        pending = desk.review("has_issues", "Leave a card next time")
        _responsive_while(qtbot, pending, holder)
    finally:
        holder.release()
    assert pending.error is None
    assert list_visits(w.app.uow())[0]["review"]["status"] == "has_issues"

    # a collector's laptop imports the office's pack while its workspace is busy
    laptop_db = tmp_path / "laptop.sqlite"
    laptop = open_app(f"sqlite:///{laptop_db}")
    try:
        from fieldvisit.services.cases import assign_cases

        init_identity(laptop.uow(), crypto, role="collector", name="Lucía Romero")
        trust(w.app.uow(), crypto, public_identity(laptop.uow(), crypto))
        trust(laptop.uow(), crypto, public_identity(w.app.uow(), crypto))
        assign_cases(w.app.uow(), "Lucía Romero", [c.case_id for c in list(w.cases.values())[:3]])
        pack = tmp_path / "lucia.fvpack"
        pack.write_bytes(export_pack(w.app.uow(), crypto, "Lucía Romero")[0])
        from fieldvisit.ui.main_window import MainWindow

        lw = MainWindow(laptop, load_map=False)
        qtbot.addWidget(lw)
        holder = Holder(laptop_db)
        try:
            pending = lw.import_pack(str(pack))
            _responsive_while(qtbot, pending, holder)
        finally:
            holder.release()
        with w.app.uow() as uow:
            hers = len(uow.cases.list(collector="Lucía Romero"))
        assert pending.error is None and pending.result["cases"] == hers >= 3
        assert lw.model.rowCount() == hers
        lw.close()
    finally:
        from fieldvisit.ui.writes import flush_writes

        flush_writes()
        laptop.close()


def test_sync_folder_and_sync_now_wait_for_the_lock_and_land(qtbot, window, tmp_path):
    from fieldvisit.services.identities import init_identity
    from fieldvisit.services.sync_folder import folder_of

    w, db = window
    init_identity(w.app.uow(), crypto, role="supervisor", name="Madrid office")
    share = tmp_path / "share"
    share.mkdir()
    holder = Holder(db)
    try:
        pending = w.choose_sync_folder(str(share))  # Sync → Set sync folder…, then Sync now
        _responsive_while(qtbot, pending, holder)
    finally:
        holder.release()
    assert pending.error is None and folder_of(w.app.uow()) == str(share)
    qtbot.waitUntil(lambda: hasattr(w, "last_sync"), timeout=30000)  # the sync ran once the lock was gone
    assert not w.last_sync["problems"]


def test_the_guard_catches_a_write_on_the_ui_thread(qtbot, sqlite_app, _no_ui_thread_writes):
    """The guard every UI test runs under: the window's code writing on the Qt main thread fails;
    the same write on the write queue passes."""
    from fieldvisit.adapters.storage.write_guard import UiThreadWrite
    from fieldvisit.ui.map_actions import _set_setting
    from fieldvisit.ui.operation import write_queue

    with pytest.raises(UiThreadWrite, match="map_actions.py"):
        _set_setting(sqlite_app, "tile_pack", "/nowhere.mbtiles")
    assert len(_no_ui_thread_writes) == 1 and _no_ui_thread_writes[0].endswith(("INSERT", "UPDATE"))
    _no_ui_thread_writes.clear()  # (caught on purpose)
    assert sqlite_app.setting("tile_pack") == ""  # nothing was written
    write_queue().submit(_set_setting, sqlite_app, "tile_pack", "/somewhere.mbtiles").result(timeout=30)
    assert sqlite_app.setting("tile_pack") == "/somewhere.mbtiles" and not _no_ui_thread_writes
