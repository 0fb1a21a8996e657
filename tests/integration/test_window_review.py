"""The review queue of appointment texts on SQLite and PostgreSQL, and through the CLI: an import
queues what it cannot read for sure; a person's correction or dismissal is saved (audited), and
applied again when the same text comes back for the same case; a readable text closes the item."""

import json
from datetime import date

import pytest

from fieldvisit.services.errors import UserError
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.ports import Table
from fieldvisit.services.progress import run
from fieldvisit.services.window_review import dismiss_review, pending_reviews, resolve_review, review_count
from tests.integration.test_cli_plan import fv

HEAD = ["case_id", "name", "lat", "lon", "balance", "days_past_due", "appointment", "inconvenient", "country"]
AS_OF = date(2026, 11, 23)


def _import(app, rows, name="lender.csv"):
    table = Table(headers=HEAD, rows=iter(enumerate(rows, start=2)), kind="csv")
    return run(import_cases(app.uow(), table, file_name=name, sha256=name, as_of=AS_OF, rules=app.rules(),
                            # São Paulo, the default rules 08:00-21:00 (the EU's and Spain's 09:00 would make "after 8" plain 20:00)
                            default_timezone="America/Sao_Paulo", default_country="BR"))


ROWS = [
    ["A-1", "Ana", -23.55, -46.63, "100", 30, "after 8", "", "BR"],
    ["A-2", "Luis", -23.55, -46.63, "100", 30, "martes y jueves 16:00-18:00; M 10:00-12:00", "", "BR"],
    ["A-3", "Eva", -23.55, -46.63, "100", 30, "llamar antes", "not on Mondays", "BR"],
    ["A-4", "Pep", -23.55, -46.63, "100", 30, "L-V 9:00-14:00", "", "BR"],
]


def test_queue_correct_dismiss_and_reimport(app):
    summary = _import(app, ROWS)
    assert [(r["case_id"], r["column"]) for r in summary.review] == [
        ("A-1", "appointment"), ("A-2", "appointment"), ("A-3", "appointment"), ("A-3", "inconvenient")]
    items = {(i["case_id"], i["column"]): i for i in pending_reviews(app.uow())}
    assert review_count(app.uow()) == 4
    assert items[("A-2", "appointment")]["text"] == "martes y jueves 16:00-18:00; M 10:00-12:00"
    with app.uow() as uow:
        assert [w.weekdays for w in uow.cases.get("A-2").windows] == [(1, 3)]  # the readable part is kept

    with pytest.raises(UserError, match="cannot be read either"):
        resolve_review(app.uow(), items[("A-1", "appointment")]["id"], "after 8", rules=app.rules(), today=AS_OF)
    windows = resolve_review(app.uow(), items[("A-2", "appointment")]["id"],
                             "martes y jueves 16:00-18:00; lunes 10:00-12:00", rules=app.rules(), today=AS_OF)
    assert [w.weekdays for w in windows] == [(1, 3), (0,)]
    resolve_review(app.uow(), items[("A-3", "inconvenient")]["id"], "Mon", rules=app.rules(), today=AS_OF)
    dismiss_review(app.uow(), items[("A-3", "appointment")]["id"], reason="asks for a call first")
    with pytest.raises(UserError, match="not waiting"):
        dismiss_review(app.uow(), items[("A-3", "appointment")]["id"])
    with app.uow() as uow:
        a3 = uow.cases.get("A-3")
        assert [(w.weekdays, w.inconvenient) for w in a3.windows] == [((0,), True)]
        actions = [e.action for e in uow.audit.entries()]
    assert actions.count("window_review") == 3
    assert [i["case_id"] for i in pending_reviews(app.uow())] == ["A-1"]

    # tomorrow's file: the same texts again — decided ones are not asked twice; A-1 is readable now
    again = [list(r) for r in ROWS]
    again[0][6] = "after 8pm"
    summary = _import(app, again, "lender-2.csv")
    assert summary.review == [] and summary.reviewed_before == 3
    assert review_count(app.uow()) == 0
    with app.uow() as uow:
        assert [w.weekdays for w in uow.cases.get("A-2").windows] == [(1, 3), (0,)]
        assert [(w.weekdays, w.inconvenient) for w in uow.cases.get("A-3").windows] == [((0,), True)]
        a1 = uow.cases.get("A-1").windows
        assert [(w.start_time.hour, w.end_time.hour) for w in a1] == [(20, 21)]


def test_cli_cases_review(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    path = tmp_path / "f.csv"
    path.write_text("case_id,name,lat,lon,balance,days_past_due,appointment,country\n"
                    "C-1,Ana,-23.55,-46.63,100,30,after 8,BR\nC-2,Luis,-23.55,-46.63,100,30,Sat AM,BR\n", encoding="utf-8")
    r = fv("cases", "import", str(path), db=db)  # São Paulo, the default rules: "after 8" is ambiguous
    assert r.returncode == 0 and "fieldvisit cases review" in r.stdout
    listed = json.loads(fv("--json", "cases", "review", db=db).stdout)
    assert listed["count"] == 1 and listed["reviews"][0]["case_id"] == "C-1"
    item = listed["reviews"][0]["id"]
    bad = fv("cases", "review", "--resolve", str(item), "--text", "whenever", db=db)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    ok = json.loads(fv("--json", "cases", "review", "--resolve", str(item), "--text", "after 20:00", db=db).stdout)
    assert ok == {"resolved": item, "windows": ["Mon,Tue,Wed,Thu,Fri,Sat 20:00–21:00"]}
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 0
