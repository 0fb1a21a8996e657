"""The review queue of appointment texts in the window: an import with texts it cannot read for
sure fills the queue (count in the File menu and the status bar); correcting one in the dialog
saves the case's window (audited) and takes it out of the queue, which survives a restart."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.ui
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "windows_sample.csv"
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
    op = window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    return op


def test_the_shared_sample_reads_all_but_the_saturdays_spain_forbids(qtbot, window):
    """CASES windows_sample (Madrid): every text is read; ``Sat AM`` and ``周六上午`` name only a
    day Spain's rule set allows no visit on (the planner's own rule, BRK14 #6), so they wait in the
    window's queue with that sentence, and the dialog's live reading refuses another Saturday."""
    _import(qtbot, window, SAMPLE)
    asked = {r["case_id"]: r["error"] for r in window.last_import.review}
    assert sorted(asked) == ["W-06", "W-12"]
    assert all("Saturday is not a visiting day in ES (Spain — CCD2 art. 35" in e and "choose another day" in e
               for e in asked.values())
    assert window.update_review_count() == 2 and window.review_button.isVisible()
    assert window.cases["W-06"].windows == [] and window.cases["W-12"].windows == []
    tue_thu = window.cases["W-24"].windows
    assert [w.weekdays for w in tue_thu] == [(1, 3)]
    assert [w.weekdays for w in window.cases["W-19"].windows] == [(0, 1, 2, 3, 4)]

    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    assert dialog.current()["case_id"] == "W-06"
    dialog.editor.setText("sáb 10-13")
    assert "✗" in dialog.reading.text() and "Saturday is not a visiting day in ES" in dialog.reading.text()
    assert not dialog.save_button.isEnabled()
    dialog.editor.setText("L-S 10-13")  # Saturday left out: the weekdays are kept
    assert [box.isEnabled() for box in dialog.day_boxes] == [True] * 5 + [False] * 2  # Spain's visiting days
    assert "Sunday is not a visiting day in ES" in dialog.day_boxes[6].toolTip()
    assert "✗" not in dialog.reading.text() and dialog.save_button.isEnabled()
    if SHOTS:
        dialog.editor.setText("sáb 10-13")
        dialog.grab().save(str(Path(SHOTS) / "window-review-saturday.png"))
    dialog.close()


def test_correct_an_unreadable_text_in_the_queue(qtbot, window, sqlite_app, tmp_path):
    path = tmp_path / "lender.csv"
    path.write_text(
        # São Paulo, the default rules' hours 08:00-21:00: "after 8" could be morning or evening (under Spain's
        # (and the EU's, Portugal's) 09:00-21:00 it could only be 20:00 and would not need a look)
        "case_id,name,address,country,lat,lon,balance,days_past_due,appointment\n"
        "Q-1,Ana Ruiz,Rua Augusta 1,BR,-23.5550,-46.6590,100.00,30,after 8\n"
        "Q-2,Luis Gil,Rua Augusta 2,BR,-23.5551,-46.6591,200.00,30,Thu 16:00-18:00; M 10:00-12:00\n"
        "Q-3,Eva Sanz,Rua Augusta 3,BR,-23.5552,-46.6592,300.00,30,martes y jueves 16:00-18:00\n"
        "Q-4,Pep Mas,Rua Augusta 4,BR,-23.5553,-46.6593,300.00,30,llamar antes de venir\n", encoding="utf-8")
    _import(qtbot, window, path)
    assert window.update_review_count() == 3
    assert "(3)" in window.review_action.text()
    assert window.review_button.isVisible() and "3" in window.review_button.text()

    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    assert [i["case_id"] for i in dialog.items] == ["Q-1", "Q-2", "Q-4"]
    dialog.table.setCurrentCell(1, 0)
    assert dialog.current()["case_id"] == "Q-2"
    assert dialog.editor.text() == "Thu 16:00-18:00; M 10:00-12:00"  # the original text, ready to correct
    assert dialog.now.text() == "Thu 16:00–18:00"  # the part that was read is kept meanwhile
    assert not dialog.save_button.isEnabled()  # as written it still cannot be read
    dialog.editor.setText("Thu 16:00-18:00; Mon 10:00-12:00")
    assert "Mon 10:00–12:00" in dialog.reading.text() and dialog.save_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "window-review.png"))
    saved = dialog.save_current()
    saved.wait()  # saved in the background
    assert saved.error is None

    assert [i["case_id"] for i in dialog.items] == ["Q-1", "Q-4"]
    assert window.update_review_count() == 2 and "(2)" in window.review_action.text()
    assert [(w.weekdays, f"{w.start_time:%H:%M}", f"{w.end_time:%H:%M}") for w in window.cases["Q-2"].windows] == [
        ((3,), "16:00", "18:00"), ((0,), "10:00", "12:00")]
    with sqlite_app.uow() as uow:
        entry = [e for e in uow.audit.entries() if e.action == "window_review"][-1]
    assert entry.subject == "Q-2"

    # picking days and times builds a text the same parser reads
    dialog.table.setCurrentCell(0, 0)
    for i in (1, 3):
        dialog.day_boxes[i].setChecked(True)
    dialog._use_picked()
    assert dialog.editor.text() == "Tue, Thu 09:00-12:00" and dialog.save_button.isEnabled()
    # "no window" closes an item that holds no time at all
    dialog.table.setCurrentCell(1, 0)
    assert dialog.current()["case_id"] == "Q-4"
    dismissed = dialog.dismiss_current("asks for a call first")
    dismissed.wait()
    assert dismissed.error is None
    assert [i["case_id"] for i in dialog.items] == ["Q-1"]
    dialog.close()

    # the queue lives in the workspace: a new window (a restart) shows what is left
    from fieldvisit.ui.main_window import MainWindow

    again = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(again)
    assert again.update_review_count() == 1


def test_an_ambiguous_amount_waits_in_the_queue_and_is_set_in_the_dialog(qtbot, window, sqlite_app, tmp_path):
    """BRK13 #5: '1.234' with nothing telling the decimal mark is not stored as 0.00 silently: it
    waits in the window's queue with its two readings; picking one sets the balance (audited)."""
    path = tmp_path / "money.csv"
    path.write_text("case_id,name,balance,currency\nM16,Ana,1.234,EUR\nM18,Luis,75,EUR\n", encoding="utf-8")
    _import(qtbot, window, path)
    assert window.update_review_count() == 1 and window.review_button.isVisible()
    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    item = dialog.current()
    assert (item["case_id"], item["column"], item["kind"]) == ("M16", "balance", "value")
    assert not dialog.picker.isVisibleTo(dialog) and dialog.choices.isVisibleTo(dialog)
    readings = [dialog.choices_layout.itemAt(i).widget() for i in range(dialog.choices_layout.count())]
    buttons = [b for b in readings if b is not None]
    assert [b.text() for b in buttons] == ["1234.00", "1.234"]
    dialog.editor.setText("1.234")
    assert not dialog.save_button.isEnabled() and "✗" in dialog.reading.text()
    buttons[0].click()
    assert dialog.editor.text() == "1234.00" and dialog.save_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "value-review.png"))
    saved = dialog.save_current()
    saved.wait()
    assert saved.error is None
    assert dialog.items == [] and window.update_review_count() == 0
    with sqlite_app.uow() as uow:
        assert str(uow.cases.get("M16").balance) == "1234.00"
        assert [e.subject for e in uow.audit.entries() if e.action == "field_review"] == ["M16"]


def test_an_m_that_could_be_martes_or_miercoles_is_asked_with_both_readings(qtbot, window, sqlite_app, tmp_path):
    """"LMV 10-12" from a Mexican lender: lunes-miércoles-viernes in much of Latin America,
    lunes-martes-viernes by the standard letters. It waits with both readings; picking one saves
    that window."""
    path = tmp_path / "mx.csv"
    path.write_text("case_id,name,country,lat,lon,appointment\nMX1,Juan,MX,20.67,-103.35,LMV 10-12\n"
                    "MX2,Ana,MX,20.67,-103.35,\"L, X y V 10-12\"\n", encoding="utf-8")
    _import(qtbot, window, path)
    assert window.update_review_count() == 1
    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    item = dialog.current()
    assert (item["case_id"], item["kind"]) == ("MX1", "window") and "martes or miércoles" in item["error"]
    assert dialog.picker.isVisibleTo(dialog) and dialog.choices.isVisibleTo(dialog)
    buttons = [w for i in range(dialog.choices_layout.count()) if (w := dialog.choices_layout.itemAt(i).widget())]
    assert [b.text() for b in buttons] == ["lunes, martes, viernes 10-12", "lunes, miércoles, viernes 10-12"]
    buttons[1].click()
    assert dialog.save_button.isEnabled()
    saved = dialog.save_current()
    saved.wait()
    assert saved.error is None and window.update_review_count() == 0
    with sqlite_app.uow() as uow:
        assert [(w.weekdays, w.start_time.hour, w.end_time.hour) for w in uow.cases.get("MX1").windows] == [
            ((0, 2, 4), 10, 12)]
        assert [(w.weekdays, w.start_time.hour) for w in uow.cases.get("MX2").windows] == [((0, 2, 4), 10)]


def test_a_balance_waiting_for_review_shows_to_review_in_the_case_table(qtbot, window, tmp_path):
    path = tmp_path / "money.csv"
    path.write_text("case_id,name,balance,currency\nM16,Ana,1.234,EUR\nM18,Luis,75,EUR\n", encoding="utf-8")
    _import(qtbot, window, path)
    window.reload(redraw_map=False)
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["M16"], 4).data() == "to review"
    assert model.index(rows["M18"], 4).data() != "to review"


def test_common_vague_phrasings_are_read_and_only_the_contradictory_one_waits(qtbot, window, tmp_path):
    path = tmp_path / "vague.csv"
    path.write_text(
        "case_id,name,address,country,lat,lon,balance,days_past_due,appointment\n"
        "V-1,Ana Ruiz,Calle Mayor 1,ES,40.4168,-3.7038,100.00,30,noon-2pm\n"
        "V-2,Luis Gil,Calle Mayor 2,ES,40.4169,-3.7039,100.00,30,any weekday before noon\n"
        "V-3,Eva Sanz,Calle Mayor 3,ES,40.4170,-3.7040,100.00,30,mañana y tarde\n"
        "V-4,Pep Mas,Calle Mayor 4,ES,40.4171,-3.7041,100.00,30,工作日中午前\n"
        "V-5,Rosa Gil,Calle Mayor 5,ES,40.4172,-3.7042,100.00,30,mornings but not afternoons\n", encoding="utf-8")
    _import(qtbot, window, path)
    assert window.update_review_count() == 1
    hours = {cid: [(w.weekdays, f"{w.start_time:%H:%M}", f"{w.end_time:%H:%M}") for w in window.cases[cid].windows]
             for cid in ("V-1", "V-2", "V-3", "V-4")}
    week = (0, 1, 2, 3, 4)  # no day named means every visiting day: Spain's are Monday to Friday
    assert hours == {"V-1": [(week, "12:00", "14:00")], "V-2": [(week, "09:00", "12:00")],  # Spain: from 09:00
                     "V-3": [(week, "09:00", "12:00"), (week, "14:00", "18:00")], "V-4": [(week, "09:00", "12:00")]}
    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    assert [i["case_id"] for i in dialog.items] == ["V-5"]
    dialog.editor.setText("mañanas y tardes")
    assert "09:00–12:00" in dialog.reading.text() and "14:00–18:00" in dialog.reading.text()
    assert dialog.save_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "window-review-two-parts.png"))


def test_the_prep_sheet_says_the_balance_is_to_review(qtbot, window, sqlite_app, tmp_path):
    from datetime import date

    from fieldvisit.adapters.pdf import sheet_html
    from fieldvisit.services.prep import prep_sheet

    path = tmp_path / "money.csv"
    path.write_text("case_id,name,balance\nM16,Ana,1.234\nM18,Luis,75\n", encoding="utf-8")
    _import(qtbot, window, path)
    html = sheet_html(prep_sheet(sqlite_app.uow(), "M16", date(2026, 11, 23)))
    assert "balance to review" in html and "0.00" not in html.split("</div>")[0]


def test_an_amount_whose_currency_is_open_is_set_with_its_currency_in_the_dialog(qtbot, window, sqlite_app,
                                                                                 tmp_path):
    """BRK14 #5/#11: in a Madrid (EUR) file, '£1,234' is 1234.00 GBP; '¥12,345' and '$1,234.50'
    keep their cases, whose amount waits with its currency (never EUR): the dialog offers each
    currency's reading, and saving one sets amount and currency together (audited)."""
    path = tmp_path / "k5.csv"
    path.write_text("case_id,name,address,lat,lon,balance\n"
                    'M-06,Ana,"Calle Mayor 6, Madrid",40.4168,-3.7038,"¥12,345"\n'
                    'M-15,Luis,"Calle Mayor 15, Madrid",40.4168,-3.7038,"£1,234"\n'
                    'M-01,Eva,"Calle Mayor 1, Madrid",40.4168,-3.7038,"$1,234.50"\n', encoding="utf-8")
    _import(qtbot, window, path)
    assert window.last_import.imported == 3 and window.last_import.rejected == []
    with sqlite_app.uow() as uow:
        assert (str(uow.cases.get("M-15").balance), uow.cases.get("M-15").currency) == ("1234.00", "GBP")
        assert uow.cases.get("M-06").currency == ""  # not EUR: the file does not say which ¥
    window.reload(redraw_map=False)
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["M-06"], 4).data() == "to review" != model.index(rows["M-15"], 4).data()
    assert window.update_review_count() == 2
    dialog = window.review_windows()
    qtbot.addWidget(dialog)
    row = next(i for i, it in enumerate(dialog.items) if it["case_id"] == "M-06")
    dialog.table.setCurrentCell(row, 0)
    item = dialog.current()
    assert (item["column"], item["currency_open"]) == ("balance", True) and "CNY or JPY" in item["error"]
    assert "currency" in dialog.now.text()
    buttons = [w for i in range(dialog.choices_layout.count()) if (w := dialog.choices_layout.itemAt(i).widget())]
    assert [b.text() for b in buttons] == ["12345.00 CNY", "12345 JPY"]
    dialog.editor.setText("12345")  # the currency is what waits: a bare amount is not enough
    assert not dialog.save_button.isEnabled() and "currency" in dialog.reading.text()
    dialog.editor.setText("12345 EUR")  # ¥ is never euros
    assert not dialog.save_button.isEnabled() and "cannot be EUR" in dialog.reading.text()
    buttons[1].click()
    assert dialog.reading.text() == "12345 JPY" and dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: buttons[0].isVisible())  # the new buttons are shown once laid out
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "currency-review.png"))
    saved = dialog.save_current()
    saved.wait()
    assert saved.error is None and window.update_review_count() == 1
    with sqlite_app.uow() as uow:
        case = uow.cases.get("M-06")
        assert (str(case.balance), case.currency) == ("12345.00", "JPY")
        entry = [e for e in uow.audit.entries() if e.action == "field_review"][-1]
        assert entry.subject == "M-06" and entry.details["currency"] == "JPY"
    # '$' can be some 25 currencies: the commonest are offered, any other is typed with its code
    assert dialog.current()["case_id"] == "M-01"
    buttons = [w for i in range(dialog.choices_layout.count()) if (w := dialog.choices_layout.itemAt(i).widget())]
    assert [b.text() for b in buttons][:2] == ["1234.50 USD", "1234.50 MXN"] and len(buttons) == 6
    dialog.editor.setText("1234.50 NZD")
    assert dialog.reading.text() == "1234.50 NZD" and dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: buttons[0].isVisible())
    qtbot.wait(100)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "currency-review-dollar.png"))
