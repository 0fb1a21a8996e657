"""Issue 17: what reaches stderr or a message box when something unexpected fails in the
database layer: the driver's first line, never the SQL, never its parameters."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from fieldvisit.adapters.storage.db import open_engine, user_error_for
from fieldvisit.services.errors import safe_description
from fieldvisit.services.ports import WorkspaceBusy


def test_driver_errors_lose_their_sql_and_parameters():
    exc = IntegrityError("INSERT INTO cases (name, phone) VALUES (?, ?)", ("Elena Cruz", "555-0199"),
                         Exception("UNIQUE constraint failed: cases.case_id\nDETAIL: Key (case_id)=(X) exists"))
    text = safe_description(exc)
    assert text == "Exception: UNIQUE constraint failed: cases.case_id"
    for bad in ("INSERT", "Elena", "555", "DETAIL"):
        assert bad not in text


def test_locked_and_damaged_are_sentences():
    locked = OperationalError("INSERT INTO visits VALUES (?)", ("secret",), Exception("database is locked"))
    assert isinstance(user_error_for(locked), WorkspaceBusy)
    damaged = OperationalError("SELECT 1", (), Exception("database disk image is malformed"))
    assert "damaged" in str(user_error_for(damaged))
    assert user_error_for(OperationalError("SELECT 1", (), Exception("no such table: x"))) is None


def test_engines_hide_parameters(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'ws.sqlite'}")
    try:
        assert engine.hide_parameters
    finally:
        engine.dispose()


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 1000])
def test_the_window_shows_a_dialog_for_a_damaged_workspace(content, tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from fieldvisit.ui import app as ui_app

    db = tmp_path / "ws.sqlite"
    db.write_bytes(content)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr("fieldvisit.ui.map_view.register_scheme", lambda: None)
    from fieldvisit.adapters.storage.passphrase import PassphraseSource

    # the passphrase from the environment, never a dialog asking for it again
    monkeypatch.setattr("fieldvisit.ui.passphrase_dialog.dialog_source", lambda demo=False: PassphraseSource())
    assert ui_app.run_app(f"sqlite:///{db}") == 2
    assert len(shown) == 1 and "workspace" in shown[0]
    assert "empty" in shown[0] if not content else "damaged" in shown[0]
    assert db.read_bytes() == content
