"""The window's import result says its counts in words agreeing with them: ``1 row``, ``1
appointment time was kept`` (English plural forms come from Qt's ``%n`` catalogue), ``2 rows``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldvisit.adapters.i18n import install

pytestmark = pytest.mark.ui
HEAD = "case_id,name,address,country,balance,currency,appointment\n"


@pytest.fixture
def window(qtbot, sqlite_app, monkeypatch):
    from fieldvisit.ui.main_window import MainWindow

    install("en")
    boxes = []
    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: boxes.append(self.text()))  # the result box
    w = MainWindow(sqlite_app, load_map=False)
    w.boxes = boxes
    qtbot.addWidget(w)
    w.show()
    return w


def _import(qtbot, window, path) -> str:
    if hasattr(window, "last_import"):
        del window.last_import
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    return window.boxes[-1]


def test_one_and_two_in_the_import_result(qtbot, window, tmp_path):
    one = tmp_path / "one.csv"
    one.write_text(HEAD + "A1,Ana,\"Calle 1, Madrid\",ES,100,EUR,06:00-23:00\nTOTAL,,,,100,,\n", encoding="utf-8")
    text = _import(qtbot, window, one)
    assert text.startswith("1 row: 1 imported, 0 updated, 0 rejected.")
    assert "1 appointment time was kept to the lawful visiting hours: " in text
    assert "1 row skipped: a total or a note, not a case." in text
    two = tmp_path / "two.csv"
    two.write_text(HEAD + "A2,Bea,\"Calle 2, Madrid\",ES,100,EUR,06:00-23:00\n"
                          "A3,Eva,\"Calle 3, Madrid\",ES,100,EUR,07:00-22:30\n", encoding="utf-8")
    text = _import(qtbot, window, two)
    assert text.startswith("2 rows: 2 imported, 0 updated, 0 rejected.")
    assert "2 appointment times were kept to the lawful visiting hours: " in text


def test_statuses_nobody_recognises_are_in_the_import_result(qtbot, window, tmp_path):
    path = tmp_path / "st.csv"
    path.write_text("Account #,Customer Name,Address,Balance,Currency,Country,Status\n"
                    "S-1,Ana,\"Calle 1, Madrid\",1.00,EUR,ES,Active\nS-2,Bea,\"Calle 2, Madrid\",1.00,EUR,ES,Skip traced\n"
                    "S-3,Eva,\"Calle 3, Madrid\",1.00,EUR,ES,In house\nS-4,Isa,\"Calle 4, Madrid\",1.00,EUR,ES,Skip traced\n",
                    encoding="utf-8")
    text = _import(qtbot, window, path)
    assert "\nStatus has 2 statuses FieldVisit does not recognise, kept as information only (no flag set, no case " \
           "held): 'Skip traced', 'In house'." in text
    assert "appointment time" not in text  # a column's note is not counted as a clipped time
