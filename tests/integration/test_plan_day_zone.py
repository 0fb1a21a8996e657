"""A day that crosses a time-zone border is printed in one zone, the collector's: a Badajoz
(Europe/Madrid) collector with a stop in Elvas, Portugal (Europe/Lisbon, one hour behind), and a
Madrid day with a Canary Islands case (Atlantic/Canary). Times read in order and in Madrid time;
the stop in the other zone also shows its own clock. Real SQLite workspace, real CLI, the PDFs
read back with pdftotext (BRK14b items 1 and 9)."""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

DAY, AS_OF = "2026-12-02", "2026-12-01"
MADRID = ZoneInfo("Europe/Madrid")
HEAD = "case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,collector,appointment\n"
BORDER = HEAD + (
    "PT-1,Joao Elvas,38.8810,-7.1630,PT,Europe/Lisbon,500.00,EUR,90,Ana,2026-12-02 09:00-09:30\n"
    "ES-1,Badajoz Uno,38.8790,-6.9700,ES,Europe/Madrid,500.00,EUR,90,Ana,\n"
    "ES-2,Badajoz Dos,38.8770,-6.9750,ES,Europe/Madrid,500.00,EUR,90,Ana,\n"
    "ES-3,Vecina Espanola,38.8815,-7.1600,ES,Europe/Madrid,900.00,EUR,120,Ana,\n")
CANARY = HEAD + (
    "G-5,No Appt,40.424,-3.704,ES,Europe/Madrid,900.00,EUR,120,Ana,\n"
    "G-6,Wide,40.425,-3.705,ES,Europe/Madrid,500.00,EUR,90,Ana,weekdays 06:00-23:00\n"
    "G-9,Canario,40.428,-3.708,ES,Atlantic/Canary,500.00,EUR,90,Ana,\n"
    "G-12,Twentyfour,40.431,-3.711,ES,Europe/Madrid,500.00,EUR,90,Ana,24/7\n")
LINE = re.compile(r"^\s*\d+\. (\d\d:\d\d)-(\d\d:\d\d)(?: \((\d\d:\d\d)-(\d\d:\d\d) (\w[\w ]*) time\))?\s+(\S+)")


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "UTC"}, timeout=300)


def workspace(tmp, csv: str, home: str) -> str:
    db = f"sqlite:///{tmp / 'ws.db'}"
    (tmp / "cases.csv").write_text(csv, encoding="utf-8")
    for args in (("cases", "import", str(tmp / "cases.csv"), "--as-of", AS_OF), ("collectors", "set-home", "Ana", home)):
        r = fv(*args, db=db)
        assert r.returncode == 0, r.stderr
    return db


def plan(db, *extra):
    args = ("plan", "--date", DAY, "--collector", "Ana", "--as-of", AS_OF, "--time-limit", "1", *extra)
    text = fv(*args, db=db)
    data = fv("--json", *args, db=db)
    assert text.returncode == 0 and data.returncode == 0, text.stderr + data.stderr
    return text.stdout, json.loads(data.stdout)


def stop_lines(text: str) -> dict[str, tuple]:
    """{case_id: (start, end, local start, local end, zone)} from the text of ``plan``."""
    out = {}
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            out[m.group(6)] = m.groups()[:5]
    return out


def assert_one_zone(data: dict) -> None:
    """Every JSON time in Madrid's offset, and the day in order."""
    assert data["timezone"] == "Europe/Madrid"
    times = [data["leave_at"]] + [s[k] for s in data["stops"] for k in ("arrival", "start", "departure")] + [data["return_at"]]
    assert all(t.endswith("+01:00") for t in times), times
    instants = [datetime.fromisoformat(t) for t in times]
    assert instants == sorted(instants)


@pytest.fixture(scope="module")
def border(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("border")
    db = workspace(tmp, BORDER, "38.878,-6.972")
    return (db, tmp, *plan(db, "--shift", "07:00-18:00"))


def test_a_stop_across_the_border_is_printed_in_the_collectors_time_with_its_own_clock(border):
    _, _, text, data = border
    assert_one_zone(data)
    assert {s["case_id"]: s["timezone"] for s in data["stops"]}["PT-1"] == "Europe/Lisbon"
    head = text.splitlines()[0]
    leave = re.search(r"leave (\d\d:\d\d), back (\d\d:\d\d) \(Madrid time\)", head)
    assert leave and leave.group(1) >= "07:00", head  # never before the 07:00 shift
    lines = stop_lines(text)
    assert set(lines) == {"PT-1", "ES-1", "ES-2", "ES-3"}
    starts = [lines[s["case_id"]][0] for s in data["stops"]]
    assert starts == sorted(starts)  # the day reads in order
    # the Lisbon appointment 09:00-09:30 (Portugal: EU rules, lawful from 09:00) is 10:00 in Madrid;
    # the line shows both clocks
    assert lines["PT-1"][:2] == ("10:00", "10:20") and lines["PT-1"][2:] == ("09:00", "09:20", "Lisbon")
    assert "window 10:00-10:30 (09:00-09:30 Lisbon time)" in text
    for cid in ("ES-1", "ES-2", "ES-3"):  # Spanish doors: Madrid time, no second clock, lawful from 09:00
        assert lines[cid][2] is None and lines[cid][0] >= "09:00"
        stop = next(s for s in data["stops"] if s["case_id"] == cid)
        assert f"{datetime.fromisoformat(stop['start']).astimezone(MADRID):%H:%M}" == lines[cid][0]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_the_itinerary_and_the_day_pack_print_madrid_time_and_the_lisbon_clock(border):
    db, tmp, _, data = border
    it, pack = tmp / "it.pdf", tmp / "day.pdf"
    r = fv("route", "export", "--date", DAY, "--collector", "Ana", "--format", "pdf", "--out", str(it), db=db)
    assert r.returncode == 0, r.stderr
    r = fv("prep", "--day", DAY, "--collector", "Ana", "--pdf", str(pack), "--as-of", AS_OF, db=db)
    assert r.returncode == 0, r.stderr
    text = " ".join(subprocess.run(["pdftotext", str(it), "-"], capture_output=True, text=True, check=True).stdout.split())
    leave = f"{datetime.fromisoformat(data['leave_at']):%H:%M}"
    assert f"Leave {leave} · back" in text and "Madrid time" in text
    assert "10:00 (09:00 Lisbon time)" in text and "10:00–10:30 (09:00–09:30 Lisbon time)" in text
    es3 = next(s for s in data["stops"] if s["case_id"] == "ES-3")
    assert f"{datetime.fromisoformat(es3['start']):%H:%M}" >= "09:00"
    for s in data["stops"]:  # each visit at its Madrid time; never the Lisbon reading of a Spanish door
        start = datetime.fromisoformat(s["start"])
        assert f"{start:%H:%M}" in text
        if s["timezone"] == "Europe/Madrid":
            assert f"{start.astimezone(ZoneInfo('Europe/Lisbon')):%H:%M}" not in text
    sheets = " ".join(subprocess.run(["pdftotext", str(pack), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Visit at 10:00 (09:00 Lisbon time)" in sheets
    assert f"Visit at {datetime.fromisoformat(es3['start']):%H:%M}" in sheets


def test_gpx_descriptions_and_times_agree(border):
    import gpxpy

    db, tmp, _, data = border
    out = tmp / "day.gpx"
    r = fv("route", "export", "--date", DAY, "--collector", "Ana", "--format", "gpx", "--out", str(out), db=db)
    assert r.returncode == 0, r.stderr
    doc = gpxpy.parse(out.read_text(encoding="utf-8"))
    for w in doc.waypoints:
        assert w.description.startswith(f"{w.time.astimezone(MADRID):%H:%M}")
    pt = next(w for w in doc.waypoints if "PT-1" in w.name)
    assert pt.description.startswith("10:00 (09:00 Lisbon time)")


def test_a_canary_islands_case_in_a_madrid_day_reads_in_order(tmp_path):
    db = workspace(tmp_path, CANARY, "40.42,-3.70")
    text, data = plan(db, "--shift", "06:00-23:59")
    assert_one_zone(data)
    lines = stop_lines(text)
    assert "G-9" in lines, text
    starts = [lines[s["case_id"]][0] for s in data["stops"]]
    assert starts == sorted(starts)
    start, _end, local, _local_end, zone = lines["G-9"]
    assert zone == "Canary" and local >= "09:00"  # lawful in the Canaries' own clock
    assert int(start[:2]) - int(local[:2]) == 1 and start[3:] == local[3:]
    g9 = next(s for s in data["stops"] if s["case_id"] == "G-9")
    assert f"{datetime.fromisoformat(g9['start']).astimezone(ZoneInfo('Atlantic/Canary')):%H:%M}" == local
    # an early arrival waits outside: the door time and the wait are said, the visit starts lawfully
    for s in data["stops"]:
        assert datetime.fromisoformat(s["arrival"]) <= datetime.fromisoformat(s["start"])
        assert (datetime.fromisoformat(s["start"]) - datetime.fromisoformat(s["arrival"])).total_seconds() == s["wait_seconds"]
        if s["wait_seconds"] >= 60:
            assert f"at the door {datetime.fromisoformat(s['arrival']):%H:%M}, waits {s['wait_seconds'] // 60} min" in text


def test_the_map_popup_gets_madrid_time_and_the_lisbon_clock(border):
    db, tmp, _, _ = border
    out = tmp / "day.html"
    r = fv("map", "--date", DAY, "--collector", "Ana", "--out", str(out), db=db)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert '"eta": "10:00", "eta_local": {"time": "09:00", "zone": "Lisbon"}' in page
    assert '"local_time": "({time} {zone} time)"' in page


def test_an_early_arrival_waits_outside_and_the_visit_starts_at_lawful_hours(tmp_path):
    """BRK14b item 9: ``arrival`` is the time at the door, ``start`` the visit (lawful), and the
    text says the collector waits."""
    db = workspace(tmp_path, HEAD + "".join(line + "\n" for line in CANARY.splitlines()[1:] if line[:4] in ("G-12", "G-9,")),
                   "40.42,-3.70")
    text, data = plan(db, "--shift", "07:00-23:59", "--lock", "G-12@09:00")
    assert [s["case_id"] for s in data["stops"]] == ["G-12", "G-9"], text
    g9 = data["stops"][1]
    arrival, start = datetime.fromisoformat(g9["arrival"]), datetime.fromisoformat(g9["start"])
    canary = ZoneInfo("Atlantic/Canary")
    assert f"{arrival.astimezone(canary):%H:%M}" < "09:00" and f"{start.astimezone(canary):%H:%M}" == "09:00"
    assert g9["wait_seconds"] == (start - arrival).total_seconds() > 0
    assert "10:00-10:20 (09:00-09:20 Canary time)" in text
    assert f"at the door {arrival:%H:%M}, waits {g9['wait_seconds'] // 60} min" in text
