"""BRK14 smaller issues: the import window never tells a window user to type command-line flags.
Sentences written for the CLI (``(--currency, --country)``, ``--encoding``, ``--mapping``) name
the window's own controls when the window shows them. A case whose file gives no days past due
shows them as unknown in the case table, never 0 / M0."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldvisit.ui.cli_hints import window_wording

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    return w


def test_cli_flags_become_the_preview_controls(qtbot):
    money = ("'$1,234.50' is in $, which could be several currencies; add a currency column, or choose the file's "
             "currency or country (--currency, --country)")
    assert window_wording(money).endswith("(Currency or Country under 'How the file is read')")
    encoding = ("The text encoding of f.csv cannot be told for sure (it could be cp1252); save it as UTF-8 CSV, or "
                "choose its encoding with --encoding (Encoding in the import window).")
    assert window_wording(encoding).endswith("choose its encoding with Encoding under 'How the file is read'.")
    assert window_wording("name it with --mapping.") == "name it with the 'Use as' choice of each column."
    assert window_wording("(choose the country: the Country box, or --country).") == \
        "(choose the country: the Country box)."
    assert window_wording("give --start LAT,LON") == "give --start LAT,LON"  # no import control: as written
    assert window_wording("a well-known name -- or not") == "a well-known name -- or not"


def test_the_preview_status_names_no_flag(qtbot, window, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Farbe,Customer\nrot,Ana Pérez\n", encoding="utf-8")
    dialog = window.import_with_preview(str(path))
    assert dialog.preview["problem"]  # no case id column: the status says so, in the window's words
    assert "no case_id column" in dialog.status.text()
    assert "--" not in dialog.status.text() and "'Use as'" in dialog.status.text()
    assert "--" not in dialog.detected.text()  # the evidence too ("the Country box, or --country")
    dialog.reject()


def test_the_case_table_shows_unknown_days_past_due_not_zero(qtbot, window, tmp_path):
    """BRK14 smaller (b): a file with no days-past-due or due-date column."""
    path = tmp_path / "nodpd.csv"
    path.write_text("case_id,name,address,balance\nND-1,Ann,\"Calle Mayor 1, Madrid\",100.00\n", encoding="utf-8")
    window.import_cases(str(path))
    qtbot.waitUntil(lambda: hasattr(window, "last_import"), timeout=20000)
    assert "days_past_due" in window.last_import.missing_fields
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "ND-1")
    assert [model.data(model.index(row, c)) for c in (2, 3)] == ["unknown", "unknown"]
    assert model.data(model.index(row, 2), Qt.ItemDataRole.BackgroundRole) is None  # no M0 colour
