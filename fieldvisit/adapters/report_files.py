"""Writing the team report: XLSX (openpyxl: a summary sheet per collector and day, a visits
sheet, a chart), CSV (the visits, one row each) and PDF (Qt, summary then visits)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldvisit.adapters.escape import csv_cell, html_text, xlsx_text
from fieldvisit.adapters.files.safe_write import atomic_writer
from fieldvisit.adapters.i18n import code_text, day_text, localize, money
from fieldvisit.services.reports import DAY_COLUMNS, VISIT_COLUMNS

HEADINGS = {"date": QT_TRANSLATE_NOOP("Report", "Date"), "collector": QT_TRANSLATE_NOOP("Report", "Collector"), "case_id": QT_TRANSLATE_NOOP("Report", "Case"), "visit_id": QT_TRANSLATE_NOOP("Report", "Visit"), "version": QT_TRANSLATE_NOOP("Report", "Version"),
            "arrived_at": QT_TRANSLATE_NOOP("Report", "Arrived"), "outcome": QT_TRANSLATE_NOOP("Report", "Outcome"), "person_met": QT_TRANSLATE_NOOP("Report", "Met"), "promise_amount": QT_TRANSLATE_NOOP("Report", "Promised"),
            "promise_date": QT_TRANSLATE_NOOP("Report", "Promised for"), "promise_status": QT_TRANSLATE_NOOP("Report", "Promise"), "payment_amount": QT_TRANSLATE_NOOP("Report", "Collected"),
            "currency": QT_TRANSLATE_NOOP("Report", "Currency"), "exceptions": QT_TRANSLATE_NOOP("Report", "Compliance exceptions"), "review": QT_TRANSLATE_NOOP("Report", "Review"),
            "review_comment": QT_TRANSLATE_NOOP("Report", "Review comment"), "agreed_plan": QT_TRANSLATE_NOOP("Report", "Agreed plan"), "checks": QT_TRANSLATE_NOOP("Report", "To check"), "visits": QT_TRANSLATE_NOOP("Report", "Visits"), "contacts": QT_TRANSLATE_NOOP("Report", "Contacts"), "promises": QT_TRANSLATE_NOOP("Report", "Promises"),
            "kept": QT_TRANSLATE_NOOP("Report", "Kept"), "broken": QT_TRANSLATE_NOOP("Report", "Broken"), "promised": QT_TRANSLATE_NOOP("Report", "Amount promised"), "collected": QT_TRANSLATE_NOOP("Report", "Amount collected"),
            "approved": QT_TRANSLATE_NOOP("Report", "Approved"), "has_issues": QT_TRANSLATE_NOOP("Report", "Has issues"), "rejected": QT_TRANSLATE_NOOP("Report", "Rejected"), "unreviewed": QT_TRANSLATE_NOOP("Report", "Not reviewed")}


def heading(key: str) -> str:
    """A column heading in the interface language (English when no translation is installed)."""
    return QCoreApplication.translate("Report", HEADINGS[key])


NUMERIC = {"promise_amount", "payment_amount", "promised", "collected"}
DATE_KEYS = ("date", "promise_date")
WORDS = {"outcome": "outcome", "person_met": "person", "promise_status": "promise", "review": "review"}


def plan_text(installments: list[dict], currency: str = "") -> str:
    """An agreed repayment plan in one line: ``3 × 500.00 EUR from 03/12/2026 (500.00 on 03/12/2026,
    …)`` in the interface language."""
    if not installments:
        return ""
    parts = "; ".join(f"{day_text(i['date'])} {money(i['amount'])}" for i in installments if i.get("date"))
    return QCoreApplication.translate("Report", "{n} instalments, {currency}: {parts}").format(
        n=len(installments), currency=currency, parts=parts)


def shown_visits(report: dict, dates_as_text: bool = True) -> list[dict]:
    """The visit rows as people read them: outcomes and states as words, dates in the locale's
    format (or as ``date`` objects for a spreadsheet), the agreed plan as text, sentences
    translated (the report JSON keeps the codes)."""
    out = []
    for v in report["visits"]:
        row = dict(v)
        for key, kind in WORDS.items():
            row[key] = code_text(kind, v[key])
        row["agreed_plan"] = plan_text(v.get("agreed_plan") or [], v["currency"])
        row["exceptions"] = "; ".join(localize(x) for x in v["exceptions"].split("; ")) if v["exceptions"] else ""
        row["checks"] = "; ".join(localize(x) for x in v.get("checks") or [])
        for key in DATE_KEYS:
            row[key] = ("" if not v[key] else day_text(v[key]) if dates_as_text else date.fromisoformat(v[key]))
        out.append(row)
    return out


def write_csv(out: Path, report: dict) -> None:
    """The visits, one row each; every text cell neutralised with :func:`csv_cell`."""
    with atomic_writer(out) as raw:
        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")  # BOM: Excel opens UTF-8 correctly
        writer = csv.DictWriter(fh, fieldnames=VISIT_COLUMNS)
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in shown_visits(report))
        fh.flush()
        fh.detach()


def write_xlsx(out: Path, report: dict) -> None:
    from fieldvisit.adapters.pdf import ensure_qt_app

    ensure_qt_app()  # headings in the interface language
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    summary = wb.active
    summary.title = "Per collector and day"
    head = Font(bold=True)
    fill = PatternFill("solid", fgColor="ECEFF1")

    def table(ws, columns, rows):
        ws.append([heading(c) for c in columns])
        for cell in ws[1]:
            cell.font, cell.fill = head, fill
        for r in rows:
            ws.append([float(r[c]) if c in NUMERIC and r[c] not in (None, "") else r[c] for c in columns])
            for cell in ws[ws.max_row]:
                xlsx_text(cell)  # a case id or name like "=HYPERLINK(…)" stays text
                if isinstance(cell.value, date):
                    cell.number_format = "ddd d mmm yyyy"  # a real date, shown as everywhere else
        for i, c in enumerate(columns, start=1):
            width = max([len(heading(c))] + [len(str(r[c] or "")) for r in rows[:500]])
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, width + 2)
        ws.freeze_panes = "A2"

    totals = report.get("totals_by_currency") or [report["totals"]]  # one total per currency, never added
    days = [{**d, "date": date.fromisoformat(d["date"])} for d in report["days"]]
    table(summary, DAY_COLUMNS, days + ([{**t, "date": "Total"} for t in totals] if days else []))
    if report["days"]:
        chart = BarChart()
        chart.title = "Promised and collected per collector and day"
        chart.y_axis.title = "Amount"
        n = len(report["days"]) + 1
        promised = DAY_COLUMNS.index("promised") + 1
        chart.add_data(Reference(summary, min_col=promised, max_col=promised + 1, min_row=1, max_row=n),
                       titles_from_data=True)
        chart.set_categories(Reference(summary, min_col=1, max_col=2, min_row=2, max_row=n))
        chart.width, chart.height = 24, 10
        summary.add_chart(chart, f"A{n + 4}")
    table(wb.create_sheet("Visits"), VISIT_COLUMNS, shown_visits(report, dates_as_text=False))
    buffer = io.BytesIO()  # saved in memory first: a full disk then fails the file's write, not
    wb.save(buffer)        # openpyxl's zip half-way (which leaves an 'Exception ignored' behind)
    with atomic_writer(out) as fh:
        fh.write(buffer.getbuffer())


def report_html(report: dict, title: str) -> str:
    def rows(columns, items):
        head = "".join(f"<th>{html_text(heading(c))}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{html_text(r[c])}</td>"
                                        for c in columns) + "</tr>" for r in items)
        return f"<table cellspacing='0' border='0.5'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    short = ("date", "collector", "case_id", "outcome", "promise_amount", "promise_status", "payment_amount",
             "currency", "agreed_plan", "exceptions", "checks", "review")
    t = report["totals"]
    per = report.get("totals_by_currency") or [t]
    promised = " + ".join(f"{x['promised']} {x.get('currency', '')}".strip() for x in per)
    collected = " + ".join(f"{x['collected']} {x.get('currency', '')}".strip() for x in per)
    days = [{**d, "date": day_text(d["date"])} for d in report["days"]]
    return (f"<h1>{html_text(title)}</h1><p class='sub'>{html_text(day_text(report['from']))} – "
            f"{html_text(day_text(report['to']))}: {t['visits']} visits, "
            f"{t['promises']} promises ({html_text(promised)} promised), {html_text(collected)} collected, "
            f"{t['exceptions']} compliance exceptions.</p><h2>Per collector and day</h2>"
            + rows(DAY_COLUMNS, days) + "<h2>Visits</h2>" + rows(short, shown_visits(report)))


def write_pdf(out: Path, report: dict, title: str) -> None:
    from fieldvisit.adapters.pdf import write_html_pdf

    write_html_pdf(str(out), report_html(report, title), title, landscape=True)  # whole, owner-only


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
