"""File → Geocode in the window against a real loopback geocoder that asks to wait: the wait shows
in the progress bar and Cancel stops it; the address stays in the queue (BRK14b 2)."""

from __future__ import annotations

import os

import pytest

from fieldvisit.domain.cases import Case
from tests.integration.test_geocode_answers import Answer, FakeGeocoderServer


@pytest.fixture
def server():
    import threading

    srv = FakeGeocoderServer()
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def test_cancel_stops_a_wait_the_geocoder_asked_for(qtbot, sqlite_app, server, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fieldvisit.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    server.default = Answer(429, b"", {"Retry-After": "9"})  # within the 10 s cap: waited for
    with sqlite_app.uow() as uow:
        uow.cases.add_many([Case(case_id="ADDR", address="Calle Mayor 1", country="ES",
                                 timezone="Europe/Madrid")], None)
        uow.settings.set("geocoder_url", server.url)
        uow.commit()
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.show()
    op = w.geocode()
    qtbot.waitUntil(lambda: "asks to wait" in w.progress.label.text(), timeout=30000)
    if os.environ.get("FIELDVISIT_SHOTS"):
        w.statusBar().grab().save(os.environ["FIELDVISIT_SHOTS"] + "/geocode_wait.png")
    w.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not op.running, timeout=30000)
    assert shown and "Cancelled" in shown[-1]
    assert len(server.queries) == 1  # the address was not asked again after the cancel
    with sqlite_app.uow() as uow:
        assert [c.case_id for c in uow.cases.needing_position()] == ["ADDR"]
