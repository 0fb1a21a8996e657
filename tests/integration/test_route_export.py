"""`fieldvisit route export`: the planned day for a phone (GPX, KML, QR codes), a calendar (.ics
of the agreed appointments) and paper (the PDF itinerary). Each file is read back with an
independent reader: gpxpy, icalendar, an XML parser, a QR decoder (zxing-cpp), pdftotext."""

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

import gpxpy
import icalendar
import pytest

DAY, WHO, AS_OF = "2026-11-25", "Javier Ortega", "2026-11-23"


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "UTC"}, timeout=300)


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("route")
    db = f"sqlite:///{tmp / 'ws.db'}"
    assert fv("demo", "--as-of", AS_OF, db=db).returncode == 0
    r = fv("--json", "plan", "--date", DAY, "--collector", WHO, "--as-of", AS_OF, "--time-limit", "1", db=db)
    assert r.returncode == 0, r.stderr
    return db, json.loads(r.stdout), tmp


def export(day, fmt):
    db, _, tmp = day
    out = tmp / f"day.{fmt}"
    r = fv("--json", "route", "export", "--date", DAY, "--collector", WHO, "--format", fmt, "--out", str(out),
           "--as-of", AS_OF, db=db)
    assert r.returncode == 0, r.stderr
    return out, json.loads(r.stdout)


def test_gpx_round_trips_with_the_stops_in_order(day):
    _, plan, _ = day
    out, data = export(day, "gpx")
    assert data == {"out": str(out), "stops": len(plan["stops"]), "format": "gpx"}
    doc = gpxpy.parse(out.read_text(encoding="utf-8"))
    assert [w.name.split()[1] for w in doc.waypoints] == [s["case_id"] for s in plan["stops"]]
    assert [(w.latitude, w.longitude) for w in doc.waypoints] == [(s["lat"], s["lon"]) for s in plan["stops"]]
    assert [w.time for w in doc.waypoints] == [datetime.fromisoformat(s["start"]) for s in plan["stops"]]
    route = doc.routes[0].points
    assert (route[0].latitude, route[0].longitude) == (plan["start"]["lat"], plan["start"]["lon"])
    assert [p.name for p in route[1:-1]] == [w.name for w in doc.waypoints]


def test_kml_has_every_stop_and_the_route(day):
    _, plan, _ = day
    out, data = export(day, "kml")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(out).getroot()
    names = [p.findtext("k:name", namespaces=ns) for p in root.iter("{http://www.opengis.net/kml/2.2}Placemark")]
    assert names[1:1 + len(plan["stops"])] == [f"{i}. {s['case_id']}" for i, s in enumerate(plan["stops"], 1)]
    assert "Route" in names and data["stops"] == len(plan["stops"])


def test_ics_holds_the_appointments_in_local_time(day):
    _, plan, _ = day
    out, data = export(day, "ics")
    agreed = [s for s in plan["stops"] if s["appointment"]]
    assert agreed and data["stops"] == len(agreed)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert [str(e["summary"]).split()[0] for e in events] == [s["case_id"] for s in agreed]
    assert {tz["tzid"] for tz in cal.walk("VTIMEZONE")} == {"Europe/Helsinki"}  # the demo city
    for event, stop in zip(events, agreed):
        start = event["dtstart"].dt
        assert start.tzinfo.key == "Europe/Helsinki"  # the case's zone, not UTC or a bare offset
        assert start == datetime.fromisoformat(stop["start"])
        assert start.strftime("%H:%M") == stop["start"][11:16]  # the local time the collector agreed
        assert event["dtend"].dt == datetime.fromisoformat(stop["departure"])


def test_ics_in_another_zone_keeps_its_local_time():
    from fieldvisit.adapters.handoff.ics import ics_bytes

    stop = {"case_id": "F-1", "name": "Mere Tui", "lat": -16.8, "lon": 179.98, "start": "2026-12-02T09:30:00+12:00",
            "departure": "2026-12-02T09:50:00+12:00", "timezone": "Pacific/Fiji", "address": "", "phone": "", "notes": ""}
    cal = icalendar.Calendar.from_ical(ics_bytes({"collector": "sai", "date": "2026-12-02"}, [stop]))
    event = cal.walk("VEVENT")[0]
    assert event["dtstart"].dt == datetime(2026, 12, 2, 9, 30, tzinfo=ZoneInfo("Pacific/Fiji"))
    assert "TZID=Pacific/Fiji" in cal.to_ical().decode()


def test_ics_without_appointments_is_refused_in_one_sentence(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    csv = tmp_path / "c.csv"
    csv.write_text("case_id,name,lat,lon,timezone,balance,currency,days_past_due,collector\n"
                   "A-1,Ana,40.41,-3.70,Europe/Madrid,100,EUR,40,ana\n", encoding="utf-8")
    assert fv("cases", "import", str(csv), db=db).returncode == 0
    assert fv("plan", "--date", DAY, "--collector", "ana", "--start", "40.40,-3.71", "--time-limit", "1", db=db).returncode == 0
    r = fv("route", "export", "--date", DAY, "--format", "ics", "--out", str(tmp_path / "x.ics"), db=db)
    assert r.returncode == 2 and "no agreed appointments" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.ics").exists()
    r = fv("route", "export", "--date", "2026-12-31", "--format", "gpx", "--out", str(tmp_path / "x.gpx"), db=db)
    assert r.returncode == 2 and "No plan" in r.stderr


def test_qr_codes_open_the_stop_in_a_navigation_app():
    import io

    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from fieldvisit.adapters.handoff.links import geo_uri, osm_url
    from fieldvisit.adapters.handoff.qr import qr_png

    for lat, lon, label in ((40.416775, -3.703790, "C-1001"), (-16.81, -179.97, "F-2"), (-33.8688, 151.2093, "S 1")):
        uri = geo_uri(lat, lon, label)
        found = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(uri))))
        assert [b.text for b in found] == [uri]
        point = uri[len("geo:"):].split("?")[0]
        assert tuple(float(x) for x in point.split(",")) == (lat, lon)
        link = osm_url(lat, lon)
        assert [b.text for b in zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(link))))] == [link]
        query = parse_qs(urlparse(link).query)
        assert (float(query["mlat"][0]), float(query["mlon"][0])) == (lat, lon)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_pdf_itinerary_in_route_order_with_map_and_qr(day):
    _, plan, tmp = day
    out, data = export(day, "pdf")
    assert data["stops"] == len(plan["stops"])
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Itinerary of Javier Ortega" in text
    positions = [text.index(s["case_id"]) for s in plan["stops"]]
    assert positions == sorted(positions)
    assert text.count("mlat=") >= len(plan["stops"])
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) - 2 >= len(plan["stops"]) + 2, "map, day QR and one QR per stop"
