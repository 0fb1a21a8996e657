"""PDF output through Qt (QTextDocument + QPdfWriter): no extra PDF library. Works headless
(offscreen platform) so the CLI can print too."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fieldvisit.adapters.escape import html_text
from fieldvisit.adapters.i18n import day_text, localize, money
from fieldvisit.domain.plan_times import hhmm, span_clock, stop_clock, zone_city
from fieldvisit.domain.prep import PrepSheet

STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin: 0 0 2pt 0; } h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; color: #1565c0; }
.sub { color: #555; } td, th { padding: 2pt 6pt; } th { text-align: left; background: #eceff1; }
.verdict { font-weight: bold; } .note { color: #6a1b9a; } .block { color: #b71c1c; }
"""


def ensure_qt_app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        from fieldvisit.adapters.i18n import install

        install()  # the command line follows the system language
    return app


def _e(text) -> str:
    return html_text(text)


def _day(d) -> str:
    return day_text(d)


def sheet_html(sheet: PrepSheet, stop: dict | None = None) -> str:
    """The whole sheet follows the interface language: headings here, the domain's sentences
    through ``i18n.localize``; dates and amounts through QLocale."""
    c, p = sheet.case, sheet.proposal
    case_label = QCoreApplication.translate("PrepSheet", "Case {case}").format(case=c.case_id)
    due = QCoreApplication.translate("PrepSheet", "{n} days past due").format(n=c.days_past_due(sheet.as_of)) \
        if not sheet.due_unknown else QCoreApplication.translate("PrepSheet", "days past due unknown")
    # a balance waiting in the review queue is shown so, never as 0.00
    balance = QCoreApplication.translate("PrepSheet", "balance to review") if "balance" in sheet.to_review \
        else QCoreApplication.translate("PrepSheet", "balance unknown") if not c.balance_known \
        else money(c.balance, c.currency)
    parts = [f"<h1>{_e(c.name or c.case_id)}</h1>",
             f"<div class='sub'>{_e(case_label)} · {_e("?" if sheet.due_unknown else c.bucket(sheet.as_of).value)} · {_e(due)} · "
             f"{_e(balance)}" + (f"<br>{_e(c.address)}" if c.address else "") + "</div>"]
    if stop:
        # the stop's times are in the day zone (its offset is the one they carry); a case in
        # another zone also shows its own clock
        zone = datetime.fromisoformat(stop["start"]).tzinfo
        local = stop.get("timezone")
        aside = QCoreApplication.translate("PrepSheet", "({time} {zone} time)")
        at = QCoreApplication.translate("PrepSheet", "Visit at {time}").format(
            time=stop_clock(stop["start"], local, zone, aside))
        if stop.get("window"):
            w = stop["window"]
            at += " (" + QCoreApplication.translate("PrepSheet", "window {start}–{end}").format(
                start=hhmm(w["start"], zone), end=hhmm(w["end"], zone)) + ")"
            other = span_clock(w["start"], w["end"], local, zone, "{time}")
            if " " in other:  # the window in the case's own clock too
                at += " " + aside.format(time=other.split(" ", 1)[1], zone=zone_city(local or ""))
        parts.append(f"<div class='sub'>{_e(at)}</div>")
    if sheet.blocks:  # the block leads: what it means, before anything about money
        head = (QCoreApplication.translate("PrepSheet", "Blocked: no repayment offer, no promise to pay")
                if sheet.blocked else QCoreApplication.translate("PrepSheet", "Blocked — shown under a supervisor's override"))
        parts.append(f"<h2 class='block'>{_e(head)}</h2><ul>" + "".join(
            f"<li class='block'>{_e(localize(b.meaning))}" + (f" <i>({_e(b.source)})</i>" if b.source else "") + "</li>"
            for b in sheet.blocks) + "</ul>")
        if sheet.override is not None:
            by = QCoreApplication.translate("PrepSheet", "Override by {by}: {reason}").format(
                by=sheet.override.get("by", ""), reason=sheet.override.get("reason", ""))
            parts.append(f"<p class='note'>{_e(by)}</p>")
    if c.extra:  # columns of the case file kept as information, as the lender wrote them
        info = QCoreApplication.translate("PrepSheet", "From the case file")
        parts.append(f"<h2>{_e(info)}</h2><table>" + "".join(
            f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in c.extra.items()) + "</table>")
    confirm = QCoreApplication.translate("PrepSheet", "Confirm at the door")
    if sheet.confirm_at_door:
        parts.append(f"<h2>{_e(confirm)}</h2><ul>" + "".join(f"<li>{_e(localize(x))}</li>" for x in sheet.confirm_at_door)
                     + "</ul>")
    for title, a in ((QCoreApplication.translate("PrepSheet", "Intent"), sheet.intent), (QCoreApplication.translate("PrepSheet", "Ability"), sheet.ability),
                     (QCoreApplication.translate("PrepSheet", "Willingness"), sheet.willingness)):
        parts.append(f"<h2>{_e(title)}</h2><div class='verdict'>{_e(localize(a.verdict).replace('_', ' '))}</div><ul>"
                     + "".join(f"<li>{_e(localize(x))}</li>" for x in a.evidence) + "</ul>")
    quadrant = QCoreApplication.translate("PrepSheet", "Quadrant")
    verdict = (QCoreApplication.translate("PrepSheet", "unknown — find out") if sheet.quadrant == "unknown"
               else QCoreApplication.translate("PrepSheet", "blocked") if sheet.blocked
               else localize(sheet.quadrant).replace('_', ' / '))
    parts.append(f"<h2>{_e(quadrant)}</h2><div class='verdict'>{_e(verdict)}</div>"
                 f"<p>{_e(localize(sheet.approach))}</p>")
    if sheet.find_out:
        ask = QCoreApplication.translate("PrepSheet", "Ask at the door")
        parts.append(f"<p><b>{_e(ask)}</b></p><ul>" + "".join(f"<li>{_e(localize(x))}</li>" for x in sheet.find_out)
                     + "</ul>")
    parts.append(f"<p>{_e(localize(sheet.tone))}</p>")
    rows = "".join(f"<tr><td>{_e(_day(i.date))}</td><td align='right'>{_e(money(i.amount, p.currency))}</td></tr>"
                   for i in p.installments)
    heading = QCoreApplication.translate("PrepSheet", "Repayment proposal")
    if p.installments:
        kind = (QCoreApplication.translate("PrepSheet", "Pay in full") if p.kind == "pay_in_full" else
                QCoreApplication.translate("PrepSheet", "{n} instalments ({frequency})").format(n=len(p.installments), frequency=localize(p.frequency)))
        total = QCoreApplication.translate("PrepSheet", "total {amount}")
        date_h, amount_h = QCoreApplication.translate("PrepSheet", "Date"), QCoreApplication.translate("PrepSheet", "Amount")
        parts.append(f"<h2>{_e(heading)}</h2><p>{_e(kind)} — {_e(total.format(amount=money(p.total, p.currency)))}</p>"
                     f"<table><tr><th>{_e(date_h)}</th><th>{_e(amount_h)}</th></tr>{rows}</table>")
    elif sheet.blocked:  # no offer while a block stands (the note says which)
        parts.append(f"<h2>{_e(heading)}</h2><p>{_e(QCoreApplication.translate('PrepSheet', 'None: the case is blocked'))}</p>")
    else:  # the balance waits for review: no amounts (the note says why)
        parts.append(f"<h2>{_e(heading)}</h2><p>{_e(QCoreApplication.translate('PrepSheet', 'None yet'))}</p>")
    parts += [f"<p class='note'>{_e(localize(n))}</p>" for n in p.notes]
    if p.forbearance:
        options = QCoreApplication.translate("PrepSheet", "Forbearance options:")
        parts.append(f"<p>{_e(options)}</p><ul>" + "".join(f"<li>{_e(localize(x))}</li>" for x in p.forbearance) + "</ul>")
    points = QCoreApplication.translate("PrepSheet", "Talking points")
    parts.append(f"<h2>{_e(points)}</h2><ol>" + "".join(f"<li>{_e(localize(x))}</li>" for x in sheet.talking_points) + "</ol>")
    return "".join(parts)


def write_sheets_pdf(path: str, sheets: list[PrepSheet], stops: list[dict] | None = None, title: str = "",
                     lead=None) -> int:
    """One sheet per page, after the pages ``lead(writer, painter) -> pages`` draws first (the day
    pack's itinerary). Returns the number of pages written. The file appears whole (owner-only)
    or not at all; OSError when the disk is full."""
    from fieldvisit.adapters.files.safe_write import path_writer

    with path_writer(Path(path), PDF_END) as tmp:
        return _sheets_pdf(tmp, sheets, stops, title, lead)


#: How every finished PDF ends (a PDF writer cut short by a full disk leaves less).
PDF_END = b"%%EOF"


def _sheets_pdf(path: str, sheets, stops, title, lead) -> int:
    ensure_qt_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(title or "FieldVisit preparation sheets")
    from PySide6.QtGui import QPainter

    painter = QPainter(writer)
    pages = 0
    try:
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        if lead is not None:
            pages += lead(writer, painter)
        for i, sheet in enumerate(sheets):
            if i or pages:
                writer.newPage()
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(writer)  # measure fonts at the PDF's resolution
            doc.setDefaultStyleSheet(STYLE)
            doc.setHtml(sheet_html(sheet, stops[i] if stops else None))
            doc.setPageSize(QSizeF(rect.width(), rect.height()))
            doc.drawContents(painter)
            pages += 1
    finally:
        painter.end()
    return pages


def write_html_pdf(path: str, body: str, title: str, *, landscape: bool = False) -> None:
    """A flowing HTML document (tables break across pages) as an A4 PDF, whole (owner-only) or
    not at all; OSError when the disk is full."""
    from fieldvisit.adapters.files.safe_write import path_writer

    with path_writer(Path(path), PDF_END) as tmp:
        _html_pdf(tmp, body, title, landscape)


def _html_pdf(path: str, body: str, title: str, landscape: bool) -> None:
    ensure_qt_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(title)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE + " td { font-size: 8pt; } th { font-size: 8pt; }")
    doc.setHtml(body)
    doc.print_(writer)
