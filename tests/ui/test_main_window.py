"""The main window on a demo workspace (offscreen Qt)."""

from datetime import date

import pytest

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=120, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.show()
    return w


def test_window_shows_every_case(window):
    assert window.model.rowCount() == 120
    assert "120 of 120 cases shown" in window.statusBar().currentMessage()


def test_search_and_filters_narrow_the_table(window, qtbot):
    qtbot.keyClicks(window.search, "DEMO-001")
    assert window.proxy.rowCount() == 10  # DEMO-0010 .. DEMO-0019
    window.search.clear()
    index = window.bucket.findData("M1")
    window.bucket.setCurrentIndex(index)
    shown = [window.model.case_at(window.proxy.mapToSource(window.proxy.index(r, 0)).row())
             for r in range(window.proxy.rowCount())]
    assert shown and all(c.bucket(window.model.as_of).value == "M1" for c in shown)
    window.bucket.setCurrentIndex(0)
    window.collector.setCurrentIndex(window.collector.findData("Javier Ortega"))
    assert 0 < window.proxy.rowCount() < 120
    assert f"{window.proxy.rowCount()} of 120" in window.statusBar().currentMessage()


def test_sorting_by_balance_is_numeric(window):
    from PySide6.QtCore import Qt

    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    first = window.model.case_at(window.proxy.mapToSource(window.proxy.index(0, 0)).row())
    assert first.balance == max(window.model.case_at(r).balance for r in range(window.model.rowCount()))


def test_ctrl_f_focuses_search(window, qtbot):
    from PySide6.QtCore import Qt

    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.focusWidget() is window.search


def test_show_filter_blocked_and_without_coordinates(window):
    window.show_filter.setCurrentIndex(window.show_filter.findData("blocked"))
    shown = [window.model.case_at(window.proxy.mapToSource(window.proxy.index(r, 0)).row())
             for r in range(window.proxy.rowCount())]
    assert shown and all(c.blocking_flags for c in shown)
    window.show_filter.setCurrentIndex(window.show_filter.findData("no_position"))
    assert window.proxy.rowCount() == 0  # every demo case has coordinates
    window.show_filter.setCurrentIndex(window.show_filter.findData("visitable"))
    assert 0 < window.proxy.rowCount() < 120


def test_search_ignores_accents_and_case(qtbot, sqlite_app):
    from decimal import Decimal

    from fieldvisit.domain.cases import Case
    from fieldvisit.ui.main_window import MainWindow

    with sqlite_app.uow() as uow:
        uow.cases.add_many([Case(case_id="G-1", name="Lucía Gómez", balance=Decimal("10"), currency="EUR",
                                 address="Calle Ávila 3, Málaga"),
                            Case(case_id="G-2", name="Luis Gomes", balance=Decimal("10"), currency="EUR")], None)
        uow.commit()
    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    for text, found in (("Gomez", {"G-1"}), ("LUCIA", {"G-1"}), ("avila", {"G-1"}), ("gómez", {"G-1"}),
                        ("gome", {"G-1", "G-2"}), ("malaga", {"G-1"})):
        w.search.setText(text)
        shown = {w.model.case_at(w.proxy.mapToSource(w.proxy.index(r, 0)).row()).case_id
                 for r in range(w.proxy.rowCount())}
        assert shown == found, text
