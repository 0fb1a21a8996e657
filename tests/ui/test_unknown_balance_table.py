"""The case table with a case whose file gave no balance (BRK17 #1: the window exited with
"unexpected error: TypeError" on opening any workspace with such a case among others, because
every column's values were built with ``float(balance)``). Every column of every row shows, the
balance reads "unknown" and sorts first, and a second case's balance is as stored."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from fieldvisit.domain.cases import Case
from fieldvisit.ui.case_model import SORT_ROLE, CaseTableModel


def test_every_column_of_a_case_with_an_unknown_balance_shows(qtbot):
    known = Case("K-1", "Kim", balance=Decimal("120.50"), currency="EUR", due_date=date(2026, 10, 1))
    unknown = Case("U-1", "Uma", balance=None, currency="", due_date=date(2026, 10, 1))
    model = CaseTableModel([known, unknown], as_of=date(2026, 11, 30))
    for row in range(2):
        for col in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                model.data(model.index(row, col), role)  # never raises
    assert model.data(model.index(1, 4)) == "unknown"
    assert model.data(model.index(1, 4), SORT_ROLE) == -1.0
    assert model.data(model.index(1, 0)) == "U-1" and model.data(model.index(1, 1)) == "Uma"
    assert "120.50" in model.data(model.index(0, 4))
