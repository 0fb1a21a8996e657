"""The window asks for the workspace passphrase when nothing else has it, checks a new one, and
changes it (File → Change passphrase…)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldvisit.adapters.storage.db import open_engine
from fieldvisit.ui.passphrase_dialog import ChangePassphraseDialog, PassphraseDialog, dialog_source

pytestmark = pytest.mark.ui


def test_new_passphrase_is_checked(qtbot, tmp_path):
    d = PassphraseDialog(tmp_path / "ws.sqlite", new=True)
    qtbot.addWidget(d)
    d.first.setText("short")
    d.second.setText("short")
    d.accept()
    assert d.result() == 0 and "at least 8" in d.error.text()
    d.first.setText("long enough passphrase")
    d.second.setText("long enough passphrase!")
    d.accept()
    assert "differ" in d.error.text()
    d.second.setText("long enough passphrase")
    d.accept()
    assert d.result() == PassphraseDialog.DialogCode.Accepted


def test_window_asks_when_nothing_else_has_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE", raising=False)
    path = tmp_path / "ws.sqlite"
    answers = iter([("a new passphrase", "a new passphrase"), ("a new passphrase", None)])

    def fill():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, PassphraseDialog) and w.isVisible():
                first, second = next(answers)
                w.first.setText(first)
                if second is not None:
                    w.second.setText(second)
                w.accept()
                return
        QTimer.singleShot(50, fill)

    QTimer.singleShot(50, fill)
    open_engine(f"sqlite:///{path}", passphrases=dialog_source()).dispose()
    assert path.stat().st_size > 0
    QTimer.singleShot(50, fill)
    source = dialog_source()
    open_engine(f"sqlite:///{path}", passphrases=source).dispose()
    assert source.used == "a new passphrase"


def test_change_passphrase_dialog(qtbot, sqlite_app):
    d = ChangePassphraseDialog(sqlite_app)
    qtbot.addWidget(d)
    d.first.setText("another passphrase")
    d.second.setText("another passphrase")
    d.accept()
    d.pending.wait()  # re-keyed on the write queue, not on the UI thread
    assert d.result() == ChangePassphraseDialog.DialogCode.Accepted, d.error.text()
    with sqlite_app.uow() as uow:  # the workspace still works under the new key
        assert uow.cases.count() == 0
    from fieldvisit.adapters.storage import cipher

    db = sqlite_app.engine.url.database
    cipher.open_raw(db, "another passphrase").close()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.open_raw(db, "test workspace passphrase")


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_change_passphrase_dialog_on_the_office_database(qtbot, db_url, monkeypatch):
    """On PostgreSQL the same dialog re-wraps the office's private keys (issue 17)."""
    from fieldvisit.adapters import crypto
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.errors import UserError
    from fieldvisit.services.identities import init_identity

    office = open_app(db_url)
    try:
        init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
        with office.uow() as uow:
            keys = uow.keys.identity()
        d = ChangePassphraseDialog(office)
        qtbot.addWidget(d)
        d.first.setText("the office's new passphrase")
        d.second.setText("the office's new passphrase")
        d.accept()
        d.pending.wait()  # on the write queue, not on the UI thread
        assert d.result() == ChangePassphraseDialog.DialogCode.Accepted, d.error.text()
    finally:
        office.close()
    with pytest.raises(UserError, match="does not open"):
        open_app(db_url).close()
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "the office's new passphrase")
    office = open_app(db_url)
    try:
        with office.uow() as uow:
            assert uow.keys.identity()["box_private"] == keys["box_private"]
    finally:
        office.close()
