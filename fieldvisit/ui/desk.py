"""The supervisor's desk: import visit-report bundles, review each visit (approve, has issues,
reject — the comment reaches the collector with the next pack), and a dashboard per collector
and day with charts. The numbers come from ``services.reports.team_report`` (the same as
``fieldvisit report``)."""

from __future__ import annotations

import html
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout,
    QWidget,
)

from fieldvisit.adapters.i18n import localize, money
from fieldvisit.services.errors import UserError
from fieldvisit.ui.operation import Operation

REVIEW_COLOURS = {"approved": "#2e7d32", "has_issues": "#ef6c00", "rejected": "#c62828", "received": "#546e7a"}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class SupervisorDesk(QWidget):
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
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
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
            cells = [v["date"], v["collector"], v["case_id"], self.outcome_label(v["outcome"]), promised, collected,
                     "⚠" if v["exceptions"] else "", self.labels[v["review"]]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 7:
                    item.setForeground(QBrush(QColor(REVIEW_COLOURS[v["review"]])))
                if c == 6 and v["exceptions"]:
                    item.setToolTip("; ".join(localize(x) for x in v["exceptions"].split("; ")))
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
                                        else str(d[key]))
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
        from fieldvisit.ui.visit_form import OUTCOME_LABELS

        return self.tr(OUTCOME_LABELS.get(code, code))

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

        d = visit_detail(self.app.uow(), visit_id)
        e = html.escape
        data, prep = d["data"], d["prep"] or {}
        parts = [f"<h3>{e(d['case_id'])} · {e(self.outcome_label(data['outcome']))}</h3>",
                 f"<p>{e(data['arrived_at'][:16].replace('T', ' '))}–{e(data['left_at'][11:16])} · "
                 f"{e(d['collector'] or '')} · {self.tr('version')} {d['version']}</p>"]
        if data.get("promise"):
            p = data["promise"]
            parts.append(f"<p><b>{self.tr('Promise')}</b>: {e(money(p['amount'], p['currency']))} "
                         f"{self.tr('by')} {e(p['date'])}</p>")
        if data.get("payment"):
            p = data["payment"]
            parts.append(f"<p><b>{self.tr('Payment')}</b>: {e(money(p['amount'], p['currency']))} "
                         f"({e(p['method'])}, {self.tr('receipt')} {e(p['receipt'] or '—')})</p>")
        if data.get("notes"):
            parts.append(f"<p><b>{self.tr('Notes')}</b>: {e(data['notes'])}</p>")
        if d["warnings"]:
            parts.append("<p style='color:#c62828'><b>" + self.tr("Compliance exceptions") + "</b>: "
                         + e("; ".join(localize(w) for w in d["warnings"])) + (f"<br>{self.tr('Reason')}: {e(data['reason'])}"
                                                           if data.get("reason") else "") + "</p>")
        if prep:
            proposal = prep.get("proposal") or {}
            n = len(proposal.get("installments") or [])
            plan = ((self.tr("Pay in full") if proposal.get("kind") == "pay_in_full" else self.tr("Instalments"))
                    + " " + money(proposal.get("total") or 0, proposal.get("currency", ""))
                    + (self.tr(", {n} instalments ({f})").format(n=n, f=localize(proposal.get("frequency")))
                       if n > 1 else ""))
            parts.append(f"<p><b>{self.tr('Prep sheet at the time')}</b>: "
                         f"{e(localize(str(prep.get('quadrant', ''))).replace('_', ', '))} · "
                         f"{e(localize(prep.get('approach', '')))}<br>{self.tr('Proposal')}: {e(plan)}</p>")
        review = d["review"]
        colour = REVIEW_COLOURS[review["status"]]
        parts.append(f"<p style='color:{colour}'><b>{self.labels[review['status']]}</b>"
                     + (f" — {e(review['comment'])} ({e(review['by'])})" if review["comment"] else "") + "</p>")
        self.detail.setHtml("".join(parts))

    def review(self, status: str, comment: str | None = None) -> bool:
        from fieldvisit.services.sync import review_visit

        visit_id = self.current_visit()
        if visit_id is None:
            return False
        if status != "approved" and comment is None:
            comment, ok = QInputDialog.getMultiLineText(
                self, self.labels[status], self.tr("What should the collector fix or know? "
                                                   "They read this with their next pack."))
            if not ok:
                return False
        try:
            review_visit(self.app.uow(), visit_id, status, comment or "")
        except UserError as exc:
            self.message.setText(localize(str(exc)))
            return False
        self.message.setText("")
        row = self.visits.currentRow()
        self.refresh()
        if self.only_open.isChecked() and self.rows:  # the next visit waiting for review
            self.visits.setCurrentCell(min(row, len(self.rows) - 1), 0)
        self.reviewed.emit(visit_id)
        return True

    # ----- import and report ---------------------------------------------------------------
    def import_bundles(self, paths: list[str] | None = None) -> Operation | None:
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import visit reports"), "",
                                                    self.tr("Visit-report bundles (*.fvbundle);;All files (*)"))
        if not paths:
            return None
        from fieldvisit.adapters import crypto
        from fieldvisit.services.sync import import_bundles

        def work():
            from fieldvisit.adapters.files.safe_write import read_limited
            from fieldvisit.domain.limits import MAX_SEALED_BYTES

            files = [(Path(p).name, read_limited(Path(p), MAX_SEALED_BYTES, "bundle", follow=True)) for p in paths]
            return (yield from import_bundles(self.app.uow, crypto, files))

        def done(s):
            self.last_import = s
            self.refresh()
            text = self.tr("{imported} visits imported · {duplicates} already here · {conflicts} conflicts · "
                           "{rejected} rejected").format(imported=s["imported"], duplicates=s["duplicates"],
                                                         conflicts=len(s["conflicts"]), rejected=len(s["rejected"]))
            details = [f"{self.tr('Conflict')}: {c['visit_id']} ({c['case_id']}): {c['error']}" for c in s["conflicts"]]
            details += [f"{self.tr('Rejected')}: {r['visit_id']}: {r['error']}" for r in s["rejected"]]
            details += [self.tr("Bundles missing from {who}: {seqs}").format(
                who=g["collector"], seqs=", ".join(map(str, g["missing"]))) for g in s["gaps"]]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Visit reports imported"), text, parent=self)
            if details:
                box.setDetailedText("\n".join(details))
            box.open()

        def failed(message: str) -> None:
            from fieldvisit.ui.operation import CANCELLED, CANCELLED_LATE

            if message in (localize(CANCELLED), localize(CANCELLED_LATE)):  # each bundle is its own transaction
                self.refresh()
                message = self.tr("Stopped. Bundles imported before you cancelled stay imported; import the "
                                  "rest again later (nothing is imported twice).")
            QMessageBox.warning(self, self.tr("Import refused"), message)

        op = Operation(self, work).success(done).failure(failed).with_progress(self.progress)
        return op.start(self.tr("Importing visit reports…"))

    def export_report(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Team report"), f"team-report-{self.report['from']}-{self.report['to']}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"))
        if not path:
            return None
        from fieldvisit.adapters.report_files import WRITERS, write_pdf

        out = Path(path)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("xlsx", "csv", "pdf"):
            out, fmt = out.with_suffix(".xlsx"), "xlsx"
        try:
            if fmt == "pdf":
                write_pdf(out, self.report, self.tr("FieldVisit team report"))
            else:
                WRITERS[fmt](out, self.report)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Report not written"), localize(str(exc)))
            return None
        return str(out)
