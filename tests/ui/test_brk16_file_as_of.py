"""Breaker report 16a, finding 8, in the window (which has no as-of box and imports as of today):
a workbook whose title states "Fecha de corte: 23/11/2026" is previewed and imported as of that
day, with no false due-date review item per row; the preview says so in its evidence."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = [pytest.mark.ui, pytest.mark.skipif(date.today() <= date(2026, 11, 23), reason="the cut-off must be past")]
FILE = Path(__file__).resolve().parents[1] / "data" / "brk16" / "x_summary_title.xlsx"


def test_the_window_imports_a_file_as_of_the_cut_off_date_it_states(qtbot, sqlite_app, monkeypatch):
    from fieldvisit.ui.import_dialog import ImportPreviewDialog
    from fieldvisit.ui.main_window import MainWindow

    with sqlite_app.uow() as uow:
        uow.settings.set("country", "ES")
        uow.commit()
    dialog = ImportPreviewDialog(sqlite_app, str(FILE))
    qtbot.addWidget(dialog)
    assert dialog.preview["as_of"] == "2026-11-23" and dialog.preview["review"] == []
    assert any(e.startswith("As of 2026-11-23") for e in dialog.preview["conventions"]["evidence"])

    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: None)  # the import summary box
    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    window.import_cases(str(FILE))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    summary = window.last_import
    assert summary.as_of == date(2026, 11, 23)
    assert [r for r in summary.review if r["column"] == "due_date"] == []
