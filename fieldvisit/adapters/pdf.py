"""PDF output through Qt (QTextDocument + QPdfWriter): no extra PDF library. Works headless
(offscreen platform) so the CLI can print too."""

from __future__ import annotations

import html
import os
import sys

from fieldvisit.domain.prep import PrepSheet

STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin: 0 0 2pt 0; } h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; color: #1565c0; }
.sub { color: #555; } td, th { padding: 2pt 6pt; } th { text-align: left; background: #eceff1; }
.verdict { font-weight: bold; } .note { color: #6a1b9a; }
"""


def _ensure_gui_app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def _e(text) -> str:
    return html.escape(str(text))


def sheet_html(sheet: PrepSheet, stop: dict | None = None) -> str:
    c = sheet.case
    parts = [f"<h1>{_e(c.name or c.case_id)}</h1>",
             f"<div class='sub'>Case {_e(c.case_id)} · {_e(c.bucket(sheet.as_of).value)} · "
             f"{c.days_past_due(sheet.as_of)} days past due · {_e(c.balance)} {_e(c.currency)}"
             + (f"<br>{_e(c.address)}" if c.address else "") + "</div>"]
    if stop:
        window = f" (window {stop['window']['start'][11:16]}–{stop['window']['end'][11:16]})" if stop.get("window") else ""
        parts.append(f"<div class='sub'>Visit at {stop['start'][11:16]}{_e(window)}</div>")
    parts.append("<h2>Confirm at the door</h2><ul>" + "".join(f"<li>{_e(x)}</li>" for x in sheet.confirm_at_door) + "</ul>")
    for title, a in (("Intent", sheet.intent), ("Ability", sheet.ability), ("Willingness", sheet.willingness)):
        parts.append(f"<h2>{title}</h2><div class='verdict'>{_e(a.verdict.replace('_', ' '))}</div><ul>"
                     + "".join(f"<li>{_e(x)}</li>" for x in a.evidence) + "</ul>")
    parts.append(f"<h2>Quadrant</h2><div class='verdict'>{_e(sheet.quadrant.replace('_', ' / '))}</div>"
                 f"<p>{_e(sheet.approach)}</p><p>{_e(sheet.tone)}</p>")
    p = sheet.proposal
    rows = "".join(f"<tr><td>{i.date:%a %d %b %Y}</td><td align='right'>{_e(i.amount)} {_e(p.currency)}</td></tr>"
                   for i in p.installments)
    parts.append(f"<h2>Repayment proposal</h2><p>{'Pay in full' if p.kind == 'pay_in_full' else f'{len(p.installments)} {p.frequency} installments'}"
                 f" — total {_e(p.total)} {_e(p.currency)}</p><table><tr><th>Date</th><th>Amount</th></tr>{rows}</table>")
    parts += [f"<p class='note'>{_e(n)}</p>" for n in p.notes]
    if p.forbearance:
        parts.append("<p>Forbearance options:</p><ul>" + "".join(f"<li>{_e(x)}</li>" for x in p.forbearance) + "</ul>")
    parts.append("<h2>Talking points</h2><ol>" + "".join(f"<li>{_e(x)}</li>" for x in sheet.talking_points) + "</ol>")
    return "".join(parts)


def write_sheets_pdf(path: str, sheets: list[PrepSheet], stops: list[dict] | None = None, title: str = "") -> int:
    """One sheet per page. Returns the number of pages written."""
    _ensure_gui_app()
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
        for i, sheet in enumerate(sheets):
            if i:
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
    """A flowing HTML document (tables break across pages) as an A4 PDF."""
    _ensure_gui_app()
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
