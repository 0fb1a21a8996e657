"""Table model of cases (QAbstractTableModel) with bucket colours, and its filter proxy."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from fieldvisit.adapters.i18n import flag_text, money, promise_text, window_text
from fieldvisit.domain.cases import Bucket, Case
from fieldvisit.domain.names import fold

BUCKET_COLOURS = {
    Bucket.CURRENT: "#e8f5e9", Bucket.M1: "#e3f2fd", Bucket.M2: "#fff8e1", Bucket.M3: "#ffe0b2",
    Bucket.M4: "#ffccbc", Bucket.M5_PLUS: "#f8bbd0",
}
COLUMNS = (QT_TRANSLATE_NOOP("CaseTableModel", "Case"), QT_TRANSLATE_NOOP("CaseTableModel", "Name"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Bucket"), QT_TRANSLATE_NOOP("CaseTableModel", "DPD"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Balance"), QT_TRANSLATE_NOOP("CaseTableModel", "Flags"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Promise"), QT_TRANSLATE_NOOP("CaseTableModel", "Collector"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Next window"), QT_TRANSLATE_NOOP("CaseTableModel", "Address"))
PROMISE_COL = 6
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    def __init__(self, cases: list[Case] | None = None, as_of: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.as_of = as_of or date.today()
        self._cases: list[Case] = []
        self._promises: dict[str, dict] = {}
        self._to_review: dict[str, set[str]] = {}
        self.set_cases(cases or [])

    def set_cases(self, cases: list[Case], promises: dict[str, dict] | None = None,
                  to_review: dict[str, set[str]] | None = None) -> None:
        """``to_review``: case id → fields waiting in the review queue (shown "to review", never 0)."""
        self.beginResetModel()
        self._cases = list(cases)
        self._promises = promises or {}
        self._to_review = to_review or {}
        self.endResetModel()

    def promise_text(self, case: Case) -> str:
        p = self._promises.get(case.case_id)
        return promise_text(p) if p else ""

    def case_at(self, row: int) -> Case:
        return self._cases[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def _next_window(self, case: Case) -> str:
        """The next agreed window, in the interface language."""
        agreed = [w for w in case.windows if not w.inconvenient]
        upcoming = [w for w in agreed if not w.recurring and w.start.date() >= self.as_of]
        if upcoming:
            return window_text(min(upcoming, key=lambda w: w.start))
        recurring = [w for w in agreed if w.recurring]
        return window_text(recurring[0]) if recurring else ""

    def _flags(self, flags) -> str:
        return ", ".join(sorted(flag_text(f.value) for f in flags))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        col = index.column()
        bucket = case.bucket(self.as_of)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            pending = self._to_review.get(case.case_id, ())
            if col == 4 and "balance" in pending:
                return -1.0 if role == SORT_ROLE else self.tr("to review")
            if col in (2, 3) and "due_date" in pending:
                return -1 if role == SORT_ROLE else self.tr("to review")
            if col in (2, 3) and not case.due_known:  # the file gave no due date: unknown, not 0 / M0
                return -1 if role == SORT_ROLE else self.tr("unknown")
            if col == 4 and not case.balance_known:  # the file gave no balance: unknown, not 0.00
                return -1.0 if role == SORT_ROLE else self.tr("unknown")
            values = (
                case.case_id, case.name, bucket.value, case.days_past_due(self.as_of),
                None if not case.balance_known else  # (every column's tuple: an unknown balance never reaches float)
                float(case.balance) if role == SORT_ROLE else money(case.balance, case.currency),
                self._flags(case.flags), self.promise_text(case), case.collector or "",
                self._next_window(case), case.address,
            )
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 2:
            if "due_date" in self._to_review.get(case.case_id, ()) or not case.due_known:
                return None  # no bucket until the due date is reviewed (or known)
            return QBrush(QColor(BUCKET_COLOURS[bucket]))
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and case.blocking_flags:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ForegroundRole and col == PROMISE_COL and (self._promises.get(case.case_id) or {}).get("status") == "broken":
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and case.blocking_flags:
            return self.tr("Visits blocked: {}").format(self._flags(case.blocking_flags))
        return None


@lru_cache(maxsize=250_000)
def _haystack(case_id: str, name: str | None, address: str | None) -> str:
    """What the search looks in, folded once per case (typing stays fast on large lists)."""
    return fold(f"{case_id} {name or ''} {address or ''}")


class CaseFilterProxy(QSortFilterProxyModel):
    """Free-text search over id, name and address (accents and case ignored: ``gomez`` finds
    ``Gómez``), plus bucket and collector filters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._bucket = ""
        self._collector = ""
        self._show = ""

    def _refilter(self, name: str, value: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            setattr(self, name, value)
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._refilter("_text", fold(text))

    def set_bucket(self, bucket: str) -> None:
        self._refilter("_bucket", bucket)

    def set_collector(self, collector: str) -> None:
        self._refilter("_collector", collector)

    def set_show(self, show: str) -> None:
        """"" all, "visitable", "blocked", "vulnerable", "no_position", or a case status."""
        self._refilter("_show", show)

    @staticmethod
    def _shown(case, show: str) -> bool:
        if show == "visitable":
            return case.status.value == "open" and not case.blocking_flags and case.has_coordinates
        if show == "blocked":
            return bool(case.blocking_flags)
        if show == "vulnerable":
            return any(f.value == "vulnerable" for f in case.flags)
        if show == "no_position":
            return not case.has_coordinates
        return not show or case.status.value == show

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: CaseTableModel = self.sourceModel()
        case = model.case_at(row)
        if self._bucket and case.bucket(model.as_of).value != self._bucket:
            return False
        if self._collector and (case.collector or "") != self._collector:
            return False
        if self._show and not self._shown(case, self._show):
            return False
        if self._text:
            haystack = _haystack(case.case_id, case.name, case.address)
            return self._text in haystack
        return True
