"""Breaker report 16a, finding 13: in the review dialog a picked date reads as a date (never with
the case's currency: "2026-03-04 CNY" was shown), an amount reads with its currency, and the
correction box starts empty for a value (its readings are the buttons) with no error before the
person types; an appointment text starts as written, also without an error until edited."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.ui
SHOTS = os.environ.get("FIELDVISIT_SCREENSHOTS")


@pytest.fixture
def window(qtbot, sqlite_app, monkeypatch):
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: None)  # the import summary box
    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    return w


def _import(qtbot, window, path):
    if hasattr(window, "last_import"):
        del window.last_import
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)


def _buttons(dialog):
    found = [dialog.choices_layout.itemAt(i).widget() for i in range(dialog.choices_layout.count())]
    return [b for b in found if b is not None]


def _select(dialog, case_id, column):
    row = next(i for i, item in enumerate(dialog.items) if (item["case_id"], item["column"]) == (case_id, column))
    dialog.table.setCurrentCell(row, 0)
    return dialog.current()


def test_dates_read_without_a_currency_and_nothing_is_refused_before_typing(qtbot, window, tmp_path):
    path = tmp_path / "cn.csv"  # yuan; one ambiguous date, one unclear amount, one unreadable appointment
    path.write_text("case_id,name,address,country,lat,lon,balance,currency,due_date,appointment\n"
                    "C-1,Zhang Wei,1 King St,CA,43.650,-79.380,1000.00,CNY,03/04/2026,\n"
                    "C-2,Li Na,2 King St,CA,43.651,-79.380,1.234,CNY,2026-10-01,\n"
                    "C-3,Wang Fang,3 King St,CA,43.652,-79.380,50.00,CNY,2026-10-01,llamar antes de venir\n",
                    encoding="utf-8")
    _import(qtbot, window, path)
    dialog = window.review_windows()
    qtbot.addWidget(dialog)

    item = _select(dialog, "C-1", "due_date")
    assert item["kind"] == "value" and item["currency"] == "CNY"
    assert dialog.editor.text() == "" and "2026" in dialog.editor.placeholderText()
    assert dialog.reading.text() == "" and not dialog.save_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "brk16-date-open.png"))
    picks = _buttons(dialog)
    assert [b.text() for b in picks] == item["candidates"] and len(picks) == 2
    picks[0].click()
    assert dialog.reading.text() == item["candidates"][0]  # "2026-04-03", never "2026-04-03 CNY"
    assert "CNY" not in dialog.reading.text() and dialog.save_button.isEnabled()
    dialog.editor.setText("2026-13-45")  # typed: now an error may show
    assert "✗" in dialog.reading.text() and not dialog.save_button.isEnabled()

    _select(dialog, "C-2", "balance")
    assert dialog.editor.text() == "" and dialog.reading.text() == ""
    _buttons(dialog)[0].click()
    assert dialog.reading.text() == "1234.00 CNY"  # an amount keeps its currency

    _select(dialog, "C-3", "appointment")
    assert dialog.editor.text() == "llamar antes de venir"  # as written, ready to correct
    assert "✗" not in dialog.reading.text() and not dialog.save_button.isEnabled()
    dialog.editor.setText("llamar antes")
    assert "✗" in dialog.reading.text()
    dialog.editor.setText("Tue 10:00-12:00")
    assert "✗" not in dialog.reading.text() and dialog.save_button.isEnabled()
    dialog.close()


def test_a_due_date_the_days_past_due_contradict_shows_the_kept_date_and_starts_empty(qtbot, window, tmp_path):
    path = tmp_path / "due.csv"  # the rows disagree by different amounts: no cut-off date explains them
    path.write_text("case_id,name,country,balance,currency,due_date,days_past_due\n"
                    "D-1,Ana,BR,100.00,BRL,2026-03-04,45\nD-2,Luis,BR,100.00,BRL,2026-06-01,10\n", encoding="utf-8")
    _import(qtbot, window, path)
    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    item = _select(dialog, "D-1", "due_date")
    assert " or " in item["text"]
    assert dialog.editor.text() == "" and dialog.reading.text() == ""  # not "2026-03-04 or …" refused at once
    assert "2026-03-04" in dialog.now.text()  # the written date is kept meanwhile, not "not set"
    _buttons(dialog)[1].click()
    assert dialog.reading.text() == item["candidates"][1] and dialog.save_button.isEnabled()
    dialog.close()
