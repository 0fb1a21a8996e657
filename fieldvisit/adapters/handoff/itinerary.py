"""The printable itinerary (A4 PDF through Qt): the day's map, a QR code for the day, then each
stop in route order with arrival and window, name, address, phone, notes and a QR code that opens
the stop in the phone's navigation app. Headings in the interface language. Every time is in the
collector's day zone (named under the title); a stop in another zone also shows its own clock."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from fieldvisit.adapters.handoff.links import geo_uri, osm_directions, osm_url
from fieldvisit.adapters.handoff.map_image import ensure_widgets_app, render_png
from fieldvisit.adapters.handoff.qr import qr_png
from fieldvisit.adapters.map_texts import case_marker, map_labels
from fieldvisit.adapters.maps.page import build_page, route_from_plan
from fieldvisit.domain.plan_times import hhmm, plan_zone, span_clock, stop_clock, zone_city

STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 15pt; margin: 0 0 2pt 0; } .sub { color: #555; } .small { font-size: 7.5pt; color: #555; }
th { text-align: left; background: #eceff1; padding: 3pt 5pt; } td { padding: 3pt 5pt; vertical-align: top; }
.n { font-size: 13pt; font-weight: bold; color: #1565c0; } .appt { color: #6a1b9a; font-weight: bold; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("Itinerary", text)


# The texts ``_t`` translates, marked so that lupdate extracts them (it cannot see through ``_t``).
TEXTS = (QT_TRANSLATE_NOOP("Itinerary", "Itinerary of {collector} — {date}"),
         QT_TRANSLATE_NOOP("Itinerary", "Leave {leave} · back {back} · {n} stops"),
         QT_TRANSLATE_NOOP("Itinerary", "The day on your phone"),
         QT_TRANSLATE_NOOP("Itinerary", "Directions from the start to stop 1:"),
         QT_TRANSLATE_NOOP("Itinerary", "Arrival"), QT_TRANSLATE_NOOP("Itinerary", "Visit"),
         QT_TRANSLATE_NOOP("Itinerary", "Phone and notes"), QT_TRANSLATE_NOOP("Itinerary", "Navigate"),
         QT_TRANSLATE_NOOP("Itinerary", "window"), QT_TRANSLATE_NOOP("Itinerary", "Appointment"),
         QT_TRANSLATE_NOOP("Itinerary", "Follow-up"), QT_TRANSLATE_NOOP("Itinerary", "{zone} time"),
         QT_TRANSLATE_NOOP("Itinerary", "({time} {zone} time)"))


def _e(text) -> str:
    return html.escape(str(text or ""))


def day_link(itinerary: dict) -> str:
    """What the day's QR code opens: directions from the start to the first stop."""
    first = itinerary["stops"][0] if itinerary["stops"] else itinerary["end"]
    return osm_directions([(itinerary["start"]["lat"], itinerary["start"]["lon"]), (first["lat"], first["lon"])])


def map_picture(itinerary: dict, as_of, width: int = 1000, height: int = 640, tiles=None) -> bytes:
    """The day's map as PNG bytes (the exported page, drawn offscreen, on the ``TilePack``
    ``tiles`` when given)."""
    markers = [case_marker(c, as_of) for c in itinerary["cases"]]
    page = build_page(markers, route_from_plan(itinerary["plan"]), standalone=True, labels=map_labels(),
                      title=f"{itinerary['collector']} {itinerary['date']}",
                      tiles=tiles.leaflet_layer() if tiles is not None else None)
    return render_png(page, width, height, tiles=tiles)


def itinerary_document(itinerary: dict, as_of, *, with_map: bool = True, tiles=None) -> QTextDocument:
    """The itinerary as a QTextDocument (images held as its resources); ``tiles``: the offline
    ``TilePack`` under the map picture, or None for a plain background."""
    ensure_widgets_app()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)

    def image(name: str, data: bytes) -> str:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data))
        return name

    stops = itinerary["stops"]
    head = _t("Itinerary of {collector} — {date}").format(collector=itinerary["collector"], date=itinerary["date"])
    zone = plan_zone(itinerary)  # every time in the collector's day zone, stated once
    aside = _t("({time} {zone} time)")
    times = _t("Leave {leave} · back {back} · {n} stops").format(
        leave=hhmm(itinerary.get("leave_at"), zone), back=hhmm(itinerary.get("return_at"), zone), n=len(stops))
    if itinerary.get("timezone"):
        times += " · " + _t("{zone} time").format(zone=zone_city(itinerary["timezone"]))
    parts = [f"<h1>{_e(head)}</h1><div class='sub'>{_e(times)}</div>"]
    if with_map:
        parts.append(f"<p><img src='{image('map.png', map_picture(itinerary, as_of, tiles=tiles))}' width='640'></p>")
    link = day_link(itinerary)
    parts.append(f"<table cellpadding='3'><tr><td><img src='{image('day.png', qr_png(link, scale=3))}'></td><td>"
                 f"<b>{_e(_t('The day on your phone'))}</b><br><span class='small'>"
                 f"{_e(_t('Directions from the start to stop 1:'))} {_e(link)}</span></td></tr></table>")
    heads = [_t("#"), _t("Arrival"), _t("Visit"), _t("Phone and notes"), _t("Navigate")]
    rows = ["<table width='100%' cellspacing='0' cellpadding='4'><tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>"]
    for s in stops:
        local = s.get("timezone")
        window = (f"<br><span class='small'>{_e(_t('window'))} "
                  f"{_e(span_clock(s['window']['start'], s['window']['end'], local, zone, aside))}</span>"
                  if s.get("window") else "")
        appt = f"<br><span class='appt'>{_e(_t('Appointment'))}</span>" if s["appointment"] else ""
        follow = f"<br><span class='appt'>{_e(_t('Follow-up'))}</span>" if s.get("follow_up") else ""
        who = f"<b>{_e(s['name'] or s['case_id'])}</b><br>{_e(s['case_id'])}" + (f"<br>{_e(s['address'])}" if s["address"] else "")
        notes = "<br>".join(_e(x) for x in (s["phone"], s["notes"]) if x)
        qr = image(f"stop{s['n']}.png", qr_png(geo_uri(s["lat"], s["lon"], s["case_id"]), scale=2))
        rows.append(f"<tr><td class='n'>{s['n']}</td><td>{_e(stop_clock(s['start'], local, zone, aside))}{window}{appt}{follow}</td>"
                    f"<td>{who}</td><td>{notes}</td><td><img src='{qr}'><br><span class='small'>"
                    f"{_e(osm_url(s['lat'], s['lon']))}</span></td></tr>")
    parts.append("".join(rows) + "</table>")
    doc.setHtml("".join(parts))
    return doc


def draw_document(writer: QPdfWriter, painter: QPainter, doc: QTextDocument, *, new_page_first: bool = False) -> int:
    """Paint ``doc`` page by page on ``writer`` through ``painter``; returns the pages used."""
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    pages = doc.pageCount()
    for i in range(pages):
        if i or new_page_first:
            writer.newPage()
        painter.save()
        painter.translate(0, -i * rect.height())
        doc.drawContents(painter, QRectF(0, i * rect.height(), rect.width(), rect.height()))
        painter.restore()
    return pages


def new_writer(path: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(title)
    return writer


def write_itinerary_pdf(path: str, itinerary: dict, as_of, *, with_map: bool = True, tiles=None) -> int:
    """The itinerary as an A4 PDF at ``path`` (whole and owner-only, or not at all); returns the
    number of pages. OSError when the disk is full."""
    from pathlib import Path

    from fieldvisit.adapters.files.safe_write import path_writer
    from fieldvisit.adapters.pdf import PDF_END

    doc = itinerary_document(itinerary, as_of, with_map=with_map, tiles=tiles)
    with path_writer(Path(path), PDF_END) as tmp:
        writer = new_writer(tmp, f"{itinerary['collector']} {itinerary['date']}")
        painter = QPainter(writer)
        try:
            pages = draw_document(writer, painter, doc)
        finally:
            painter.end()
        del painter, writer
    return pages
