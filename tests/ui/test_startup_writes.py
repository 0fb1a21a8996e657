"""Issue 17 item 7 at start-up: from an opened workspace to the shown window (first run, the
demos, an existing workspace) no database write runs on the UI thread — the first-run flag and
the demo's contents are written on a worker. The guard of ``tests/ui/conftest.py`` fails a test
that reaches a write on the main thread from the window's code; here it also must have seen
none. The workspace itself is opened before any window exists (``run_app``: it may ask for the
passphrase in a dialog), as these tests do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldvisit.bootstrap import open_app
from fieldvisit.ui.app import start_window

pytestmark = pytest.mark.ui


def _drive_wizard(act) -> None:
    """Once the first-run wizard is on screen (modal, ``exec``), ``act(wizard)``."""
    from fieldvisit.ui.first_run import FirstRunWizard

    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FirstRunWizard) and w.isVisible():
                act(w)
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _close(window) -> None:
    from fieldvisit.ui.operation import drain_writes

    window.close()
    drain_writes()
    window.deleteLater()


def test_first_run_writes_nothing_on_the_ui_thread(qtbot, sqlite_app, _no_ui_thread_writes):
    from fieldvisit.ui.first_run import needs_first_run

    def fill(wizard):
        wizard.supervisor.setChecked(True)
        wizard.name.setText("Oficina Madrid")
        wizard.next()
        wizard.country.setCurrentIndex(wizard.country.findData("ES"))
        wizard.validateCurrentPage()  # the identity and settings are saved on the write queue, then it closes

    _drive_wizard(fill)
    app, window = start_window(sqlite_app, False)
    try:
        assert app is sqlite_app and window.isVisible()
        assert not needs_first_run(app)
        with app.uow() as uow:
            assert uow.settings.get("first_run_done") == "1" and uow.keys.identity()["name"] == "Oficina Madrid"
        assert _no_ui_thread_writes == []
    finally:
        _close(window)


def test_first_run_choosing_the_demo_writes_nothing_on_the_ui_thread(qtbot, sqlite_app, tmp_path, monkeypatch,
                                                                       _no_ui_thread_writes):
    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path / "home"))

    def choose_demo(wizard):
        wizard.demo.setChecked(True)
        wizard.accept()

    _drive_wizard(choose_demo)
    app, window = start_window(sqlite_app, False, region=False)
    try:
        assert app is not sqlite_app and app.url.endswith("demo.sqlite")
        with app.uow() as uow:
            assert uow.cases.count() == 300 and uow.keys.identity()["role"] == "supervisor"
        assert window.model.rowCount() == 300
        with sqlite_app.uow() as uow:  # the workspace the wizard ran on will not ask again
            assert uow.settings.get("first_run_done") == "1"
        assert _no_ui_thread_writes == []
    finally:
        _close(window)
        app.close()


def test_the_collector_demo_is_built_off_the_ui_thread(qtbot, tmp_path, monkeypatch, _no_ui_thread_writes):
    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TZ", "Europe/Madrid")
    app = open_app(None, demo="collector")  # opened before any window, as run_app does
    window = None
    try:
        app, window = start_window(app, "collector", region=False)
        with app.uow() as uow:
            assert uow.keys.identity()["role"] == "collector" and uow.cases.count() > 0
        assert _no_ui_thread_writes == []
    finally:
        if window is not None:
            _close(window)
        app.close()


def test_an_existing_workspace_opens_without_writes_on_the_ui_thread(qtbot, sqlite_app, _no_ui_thread_writes):
    from fieldvisit.adapters import crypto
    from fieldvisit.services.demo import build_demo
    from fieldvisit.services.identities import init_identity

    build_demo(sqlite_app.uow(), count=20)
    init_identity(sqlite_app.uow(), crypto, role="supervisor", name="Oficina Madrid")
    app, window = start_window(sqlite_app, False)
    try:
        assert window.model.rowCount() == 20
        assert not [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "FirstRunWizard" and w.isVisible()]
        assert _no_ui_thread_writes == []
    finally:
        _close(window)
