"""A flag hold in the window (issue 13 leftover): an unclear ``Deceased`` cell holds the case and
waits in the review dialog with the text and the file's header; answering "none" there lifts the
hold (audited) and the item leaves the queue. The import box says how many cases are held and
which appointment times were clipped to the lawful hours."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldvisit.domain.cases import Flag

pytestmark = pytest.mark.ui
SHOTS = os.environ.get("FIELDVISIT_SCREENSHOTS")


@pytest.fixture
def window(qtbot, sqlite_app, monkeypatch):
    from fieldvisit.adapters.i18n import install
    from fieldvisit.ui.main_window import MainWindow

    install("en")  # English plural forms ("1 case is held")
    boxes = []
    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: boxes.append(self.text()))  # the import summary box
    w = MainWindow(sqlite_app, load_map=False)
    w.boxes = boxes
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_flag_hold_is_answered_in_the_review_dialog(qtbot, window, sqlite_app, tmp_path):
    path = tmp_path / "held.csv"
    path.write_text("case_id,name,address,country,balance,currency,Deceased,appointment\n"
                    "A1,Ana,\"Calle 1, Madrid\",ES,100,EUR,maybe,\n"
                    "A2,Bea,\"Calle 2, Madrid\",ES,100,EUR,N,06:00-23:00\n", encoding="utf-8")
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    summary_box = window.boxes[-1]
    assert "1 case is held" in summary_box
    assert "'06:00-23:00' clipped to the lawful visiting hours (09:00-21:00)" in summary_box
    assert window.update_review_count() == 1
    assert window.cases["A1"].flags == {Flag.DECEASED}

    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    item = dialog.current()
    assert (item["case_id"], item["kind"], item["text"]) == ("A1", "flag", "maybe")
    assert "maybe" in dialog.original.text() and "Deceased" in dialog.original.text()  # the text and the header
    assert "deceased" in dialog.now.text()
    assert not dialog.picker.isVisibleTo(dialog) and dialog.choices.isVisibleTo(dialog)
    buttons = [dialog.choices_layout.itemAt(i).widget() for i in range(dialog.choices_layout.count())]
    buttons = [b for b in buttons if b is not None]
    assert [b.text() for b in buttons] == ["deceased", "none"]
    dialog.editor.setText("perhaps")
    assert not dialog.save_button.isEnabled() and "✗" in dialog.reading.text()
    buttons[1].click()
    assert dialog.editor.text() == "none" and dialog.save_button.isEnabled()
    assert "lifted" in dialog.reading.text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "flag-hold-review.png"))
    saved = dialog.save_current()
    saved.wait()
    assert saved.error is None
    assert dialog.items == [] and window.update_review_count() == 0
    with sqlite_app.uow() as uow:
        assert uow.cases.get("A1").flags == frozenset()
        assert [e.subject for e in uow.audit.entries() if e.action == "flag_review"] == ["A1"]
