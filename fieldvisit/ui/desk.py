"""The supervisor's desk: import visit-report bundles, review each visit (approve, has issues,
reject — the comment reaches the collector with the next pack), and a dashboard per collector
and day with charts. The numbers come from ``services.reports.team_report`` (the same as
``fieldvisit report``)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from fieldvisit.adapters.i18n import code_text, date_format, day_text, localize, money
from fieldvisit.services.errors import UserError
from fieldvisit.ui.desk_actions import DeskActions
from fieldvisit.ui.desk_detail import REVIEW_COLOURS


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class SupervisorDesk(DeskActions, QWidget):
    reviewed = Signal(str)

    def __init__(self, app, progress, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app, self.progress = app, progress
        self.setWindowTitle(self.tr("Supervisor desk"))
        self.resize(1280, 760)
        self.labels = {"received": self.tr("Received"), "approved": self.tr("Approved"),
                       "has_issues": self.tr("Has issues"), "rejected": self.tr("Rejected")}
        today = date.today()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=today.weekday())), calendarPopup=True)
        self.date_to = QDateEdit(_qdate(today), calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
        self.collector = QComboBox()
        self.only_open = QCheckBox(self.tr("Only not reviewed"))
        import_button = QPushButton(self.tr("Import visit reports…"))
        import_button.setShortcut(QKeySequence("Ctrl+Shift+I"))
        import_button.clicked.connect(lambda: self.import_bundles())
        report_button = QPushButton(self.tr("Team report…"))
        report_button.clicked.connect(lambda: self.export_report())
        top = QHBoxLayout()
        for w in (QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to,
                  QLabel(self.tr("Collector")), self.collector, self.only_open):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(import_button)
        top.addWidget(report_button)
        for signal in (self.date_from.dateChanged, self.date_to.dateChanged, self.collector.currentIndexChanged,
                       self.only_open.toggled):
            signal.connect(lambda *_: self.refresh())

        self.visits = QTableWidget(0, 8)
        self.visits.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Collector"), self.tr("Case"),
                                               self.tr("Outcome"), self.tr("Promised"), self.tr("Collected"),
                                               self.tr("Exceptions"), self.tr("Review")])
        self.visits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits.verticalHeader().setVisible(False)
        self.visits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.visits.horizontalHeader().setStretchLastSection(True)
        self.visits.currentCellChanged.connect(lambda *_: self._show_detail())
        self.detail = QTextBrowser()
        self.approve = QPushButton(self.tr("&Approve"))
        self.approve.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve.setToolTip(self.tr("Approve (Ctrl+Enter)"))
        self.issues = QPushButton(self.tr("Has &issues…"))
        self.reject = QPushButton(self.tr("&Reject…"))
        self.approve.clicked.connect(lambda: self.review("approved"))
        self.issues.clicked.connect(lambda: self.review("has_issues"))
        self.reject.clicked.connect(lambda: self.review("rejected"))
        buttons = QHBoxLayout()
        for b in (self.approve, self.issues, self.reject):
            buttons.addWidget(b)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.detail)
        rbox.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        rbox.addWidget(self.message)
        review = QSplitter(Qt.Orientation.Horizontal)
        review.addWidget(self.visits)
        review.addWidget(right)
        review.setSizes([760, 480])

        self.days = QTableWidget(0, 0)
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days.verticalHeader().setVisible(False)
        self.money_chart = QChartView()
        self.review_chart = QChartView()
        for view in (self.money_chart, self.review_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        charts = QHBoxLayout()
        charts.addWidget(self.money_chart)
        charts.addWidget(self.review_chart)
        dash = QWidget()
        dbox = QVBoxLayout(dash)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        dbox.addWidget(self.totals)
        dbox.addWidget(self.days, 1)
        dbox.addLayout(charts, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(review, self.tr("Review"))
        self.tabs.addTab(dash, self.tr("Dashboard"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        self.rows: list[dict] = []
        self.refresh()

    # ----- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        from fieldvisit.services.reports import team_report

        try:
            report = team_report(self.app.uow(), _pydate(self.date_from.date()), _pydate(self.date_to.date()),
                                 collector=self.collector.currentData() or None)
        except UserError as exc:
            self.totals.setText(localize(str(exc)))
            return
        self.report = report
        names = sorted({v["collector"] for v in report["visits"] if v["collector"]})
        with self.app.uow() as uow:
            names = sorted(set(names) | {p["name"] for p in uow.keys.peers() if p["role"] == "collector"})
        current = self.collector.currentData()
        self.collector.blockSignals(True)
        self.collector.clear()
        self.collector.addItem(self.tr("Everyone"), "")
        for n in names:
            self.collector.addItem(n, n)
        self.collector.setCurrentIndex(max(self.collector.findData(current), 0))
        self.collector.blockSignals(False)
        selected = self.current_visit()
        self.rows = [v for v in report["visits"] if not self.only_open.isChecked() or v["review"] == "received"]
        self.visits.setRowCount(len(self.rows))
        for r, v in enumerate(self.rows):
            promised = money(v["promise_amount"], v["currency"]) if v["promise_amount"] else ""
            collected = money(v["payment_amount"], v["currency"]) if v["payment_amount"] else ""
            cells = [day_text(v["date"]), v["collector"], v["case_id"], self.outcome_label(v["outcome"]), promised, collected,
                     "⚠" if v["exceptions"] or v["checks"] else "", self.labels[v["review"]]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 7:
                    item.setForeground(QBrush(QColor(REVIEW_COLOURS[v["review"]])))
                if c == 6 and (v["exceptions"] or v["checks"]):
                    item.setToolTip("; ".join([localize(x) for x in v["exceptions"].split("; ") if x]
                                              + [localize(x) for x in v["checks"]]))
                self.visits.setItem(r, c, item)
        if selected:
            self.select_visit(selected)
        elif self.rows:
            self.visits.setCurrentCell(0, 0)
        else:
            self.detail.setHtml(f"<p>{self.tr('No visits in this period. Import visit reports from the collectors.')}</p>")
        self._fill_dashboard(report)

    @staticmethod
    def _per_currency(report: dict, key: str) -> str:
        """``1,200.00 CNY`` — or ``1,200.00 CNY + 50.00 EUR`` when the period mixes currencies."""
        rows = report.get("totals_by_currency") or [report["totals"]]
        return " + ".join(money(t[key], t.get("currency", "")) for t in rows)

    def _fill_dashboard(self, report: dict) -> None:
        from fieldvisit.adapters.report_files import heading
        from fieldvisit.services.reports import DAY_COLUMNS

        t = report["totals"]
        self.totals.setText(self.tr("{visits} visits · {contacts} contacts · {promises} promises "
                                    "({kept} kept, {broken} broken) · {promised} promised · {collected} collected · "
                                    "{exceptions} compliance exceptions · {unreviewed} not reviewed").format(
            **{**t, "promised": self._per_currency(report, "promised"),
               "collected": self._per_currency(report, "collected")}))
        self.days.setColumnCount(len(DAY_COLUMNS))
        self.days.setHorizontalHeaderLabels([heading(c) for c in DAY_COLUMNS])
        self.days.setRowCount(len(report["days"]))
        for r, d in enumerate(report["days"]):
            for c, key in enumerate(DAY_COLUMNS):
                item = QTableWidgetItem(money(d[key], d.get("currency", "")) if key in ("promised", "collected")
                                        else day_text(d[key]) if key == "date" else str(d[key]))
                if key == "exceptions" and d[key]:
                    item.setForeground(QBrush(QColor("#c62828")))
                self.days.setItem(r, c, item)
        self.days.resizeColumnsToContents()
        per: dict[str, dict] = {}
        mixed = len({d.get("currency", "") for d in report["days"]}) > 1  # never add CNY to EUR
        for d in report["days"]:
            label = f"{d['collector'] or '—'} ({d['currency']})" if mixed and d.get("currency") else d["collector"] or "—"
            p = per.setdefault(label, {"promised": Decimal(0), "collected": Decimal(0),
                                                       "approved": 0, "has_issues": 0, "rejected": 0, "unreviewed": 0})
            p["promised"] += Decimal(d["promised"])
            p["collected"] += Decimal(d["collected"])
            for k in ("approved", "has_issues", "rejected", "unreviewed"):
                p[k] += d[k]
        who = sorted(per)
        self.money_chart.setChart(self._bar_chart(
            self.tr("Promised and collected per collector"), who,
            [(self.tr("Promised"), "#1565c0", [float(per[w]["promised"]) for w in who]),
             (self.tr("Collected"), "#2e7d32", [float(per[w]["collected"]) for w in who])]))
        self.review_chart.setChart(self._bar_chart(
            self.tr("Review status per collector"), who,
            [(self.labels["approved"], REVIEW_COLOURS["approved"], [per[w]["approved"] for w in who]),
             (self.labels["has_issues"], REVIEW_COLOURS["has_issues"], [per[w]["has_issues"] for w in who]),
             (self.labels["rejected"], REVIEW_COLOURS["rejected"], [per[w]["rejected"] for w in who]),
             (self.tr("Not reviewed"), REVIEW_COLOURS["received"], [per[w]["unreviewed"] for w in who])],
            counts=True))

    @staticmethod
    def _bar_chart(title: str, categories: list[str], sets: list[tuple[str, str, list[float]]],
                   counts: bool = False) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        series = QBarSeries()
        top = 0.0
        for label, colour, values in sets:
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.append([float(v) for v in values])
            series.append(bar)
            top = max([top, *map(float, values)])
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        axis_y = QValueAxis()
        if counts and top <= 10:  # whole numbers: one tick per visit
            axis_y.setRange(0, max(top, 1))
            axis_y.setTickCount(int(max(top, 1)) + 1)
        else:
            axis_y.setRange(0, top * 1.1 if top else 1)
            axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def outcome_label(self, code: str) -> str:
        return code_text("outcome", code)

    # ----- review --------------------------------------------------------------------------
    def current_visit(self) -> str | None:
        row = self.visits.currentRow()
        return self.rows[row]["visit_id"] if 0 <= row < len(self.rows) else None

    def select_visit(self, visit_id: str) -> None:
        for r, v in enumerate(self.rows):
            if v["visit_id"] == visit_id:
                self.visits.setCurrentCell(r, 0)
                return

    def _show_detail(self) -> None:
        visit_id = self.current_visit()
        if visit_id is None:
            return
        from fieldvisit.services.reports import visit_detail
        from fieldvisit.ui.desk_detail import detail_html

        checks = next((v["checks"] for v in self.rows if v["visit_id"] == visit_id), [])
        self.detail.setHtml(detail_html(visit_detail(self.app.uow(), visit_id), checks))
