"""The audit trail on SQLite and PostgreSQL: every use case leaves an entry, the chain verifies,
and editing or deleting a row directly is detected at that entry. Overrides are recorded and let
the planner visit a case the rules would block."""

import json
import os
import subprocess
import sys
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from fieldvisit.adapters.routing.pyvrp_solver import solve
from fieldvisit.adapters.routing.travel import GeodesicTravel
from fieldvisit.services.audit import override, verify_audit
from fieldvisit.services.cases import assign_cases
from fieldvisit.services.day_plans import run_plan
from fieldvisit.services.demo import build_demo
from fieldvisit.services.errors import UserError
from fieldvisit.services.visits import record_visits

AS_OF = date(2026, 11, 23)


def activity(app):
    build_demo(app.uow(), count=30, as_of=AS_OF)
    assign_cases(app.uow(), "Ana", ["DEMO-0001", "DEMO-0002"])
    record_visits(app.uow(), [{"case_id": "DEMO-0001", "arrived_at": "2026-11-24T10:00:00+01:00",
                               "left_at": "2026-11-24T10:20:00+01:00", "outcome": "dispute", "person_met": "debtor"}])


def test_use_cases_leave_a_verifiable_chain(app):
    activity(app)
    with app.uow() as uow:
        actions = [e.action for e in uow.audit.entries()]
    assert {"assign", "visit", "flag"} <= set(actions)
    assert verify_audit(app.uow()) == {"entries": len(actions), "valid": True, "first_broken": None}


def test_editing_a_row_is_found(app):
    activity(app)
    with app.engine.begin() as conn:
        second = conn.execute(text("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1")).scalar()
        conn.execute(text("UPDATE audit_log SET details = :d WHERE id = :i"), {"d": '{"cases":99}', "i": second})
    result = verify_audit(app.uow())
    assert result["valid"] is False and result["first_broken"]["id"] == second
    assert "edited" in result["first_broken"]["problem"]


def test_deleting_a_row_is_found(app):
    activity(app)
    with app.engine.begin() as conn:
        first = conn.execute(text("SELECT MIN(id) FROM audit_log")).scalar()
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": first})
    result = verify_audit(app.uow())
    assert result["valid"] is False and "removed" in result["first_broken"]["problem"]


def test_override_is_recorded_and_lets_the_planner_visit(app):
    build_demo(app.uow(), count=30, as_of=AS_OF)
    with app.uow() as uow:
        disputed = next(c for c in uow.cases.list() if c.blocking_flags and c.collector)
    from fieldvisit.bootstrap import App  # noqa: F401 - the real rule book through the app
    rules = app.rules()
    day = date(2026, 11, 25)
    from fieldvisit.services.demo import CITY_TZ, COLLECTORS

    z = ZoneInfo(CITY_TZ)  # the demo is in Helsinki
    from fieldvisit.domain.planning import DayRequest

    home = next(c.home for c in COLLECTORS if c.name == disputed.collector)

    def plan():
        req = DayRequest(day=day, collector=disputed.collector, start=home,
                         shift_start=datetime.combine(day, time(9), z), shift_end=datetime.combine(day, time(18), z))
        return run_plan(app.uow(), req, AS_OF, GeodesicTravel("car"), solve, 0.5, rules=rules)

    before = plan()
    assert any(u["case_id"] == disputed.case_id and u["reason"] == "blocked_by_flag" for u in before["unplanned"])
    with pytest.raises(UserError, match="real reason"):
        override(app.uow(), disputed.case_id, by="Marta (supervisor)", reason="ok")
    override(app.uow(), disputed.case_id, by="Marta (supervisor)", reason="Dispute resolved by phone today; visit agreed",
             day=day)
    after = plan()
    assert all(not (u["case_id"] == disputed.case_id and u["reason"] == "blocked_by_flag") for u in after["unplanned"])
    with app.uow() as uow:
        assert any(e.action == "override" and e.subject == disputed.case_id for e in uow.audit.entries())


def test_cli_verify_reports_the_broken_link(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_USER": "tester"}

    def fv(*args):
        return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True,
                              text=True, env=env, timeout=120)

    f = tmp_path / "c.csv"
    f.write_text("case_id,name\nA-1,Ana\n", encoding="utf-8")
    assert fv("cases", "import", str(f)).returncode == 0
    assert fv("cases", "assign", "--collector", "Ana", "--case", "A-1").returncode == 0
    ok = json.loads(fv("audit", "verify", "--json").stdout)
    assert ok["valid"] and ok["entries"] == 2
    entries = json.loads(fv("audit", "list", "--json").stdout)["entries"]
    assert [e["action"] for e in entries] == ["import", "assign"] and entries[0]["actor"] == "tester"
    from fieldvisit.adapters.storage.cipher import open_raw

    conn = open_raw(db, os.environ["FIELDVISIT_PASSPHRASE"])  # someone with the passphrase edits a row
    with conn:
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = (SELECT MIN(id) FROM audit_log)")
    conn.close()
    r = fv("audit", "verify", "--json")
    assert r.returncode == 2 and "altered at entry" in r.stderr
    assert json.loads(r.stdout)["valid"] is False


def test_flag_changes_by_case_file_are_audited(app, tmp_path):
    from fieldvisit.services.import_cases import import_cases
    from fieldvisit.services.progress import run

    def load(text):
        f = tmp_path / "f.csv"
        f.write_text(text, encoding="utf-8")
        run(import_cases(app.uow(), app.read_table(str(f)), file_name="f.csv", sha256="x", as_of=AS_OF))

    load("case_id,flags\nF-1,\nF-2,\n")
    load("case_id,flags\nF-1,dispute\nF-2,\n")
    with app.uow() as uow:
        flags = [e for e in uow.audit.entries() if e.action == "flag"]
    assert [(e.subject, e.details["before"], e.details["after"]) for e in flags] == [("F-1", [], ["dispute"])]
    assert verify_audit(app.uow())["valid"]
