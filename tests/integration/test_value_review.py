"""Amounts and dates whose reading a file leaves open go to the review queue with the appointment
texts (BRK13 #5): the case shows "to review" (never a silent 0.00 or no date) in ``cases list``
and on the prep sheet; resolving sets the value (audited); a later import with a readable value
closes the item."""

import json
from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.services.errors import UserError
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.ports import Table
from fieldvisit.services.prep import prep_sheet
from fieldvisit.services.progress import run
from fieldvisit.services.window_review import fields_to_review, pending_reviews, resolve_review
from tests.integration.test_cli_plan import fv

AS_OF = date(2026, 11, 23)
HEAD = ["case_id", "name", "balance", "due_date"]


def _import(app, rows, name="lender.csv"):
    table = Table(headers=HEAD, rows=iter(enumerate(rows, start=2)), kind="csv")
    return run(import_cases(app.uow(), table, file_name=name, sha256=name, as_of=AS_OF, default_currency="EUR"))


def test_ambiguous_amount_and_date_wait_in_the_queue_and_are_resolved(app):
    summary = _import(app, [["V-1", "Ana", "1.234", "2026-10-01"], ["V-2", "Luis", "10", "03/04/2026"]])
    assert {(r["case_id"], r["column"]) for r in summary.review} == {("V-1", "balance"), ("V-2", "due_date")}
    items = {i["case_id"]: i for i in pending_reviews(app.uow())}
    assert items["V-1"]["kind"] == "value" and items["V-1"]["candidates"] == ["1234.00", "1.234"]
    assert items["V-2"]["candidates"] == ["2026-04-03", "2026-03-04"]
    with app.uow() as uow:
        assert fields_to_review(uow) == {"V-1": {"balance"}, "V-2": {"due_date"}}
    # the prep sheet of a case whose balance waits says so (it is not "nothing outstanding")
    assert prep_sheet(app.uow(), "V-1", AS_OF).as_json()["balance"] is None

    with pytest.raises(UserError, match="two ways"):
        resolve_review(app.uow(), items["V-1"]["id"], "1.234")
    assert resolve_review(app.uow(), items["V-1"]["id"], "1234.00", by="ana") == [Decimal("1234.00")]
    assert resolve_review(app.uow(), items["V-2"]["id"], "2026-03-04") == [date(2026, 3, 4)]
    with app.uow() as uow:
        assert uow.cases.get("V-1").balance == Decimal("1234.00")
        assert uow.cases.get("V-2").due_date == date(2026, 3, 4)
        entry = [e for e in uow.audit.entries() if e.action == "field_review"][0]
        assert entry.subject == "V-1"
        assert fields_to_review(uow) == {}
    assert pending_reviews(app.uow()) == []


def test_a_readable_value_in_a_later_import_closes_the_item(app):
    _import(app, [["V-1", "Ana", "1.234", "2026-10-01"]])
    assert len(pending_reviews(app.uow())) == 1
    _import(app, [["V-1", "Ana", "1234.50", "2026-10-01"]], name="again.csv")
    assert pending_reviews(app.uow()) == []
    with app.uow() as uow:
        assert uow.cases.get("V-1").balance == Decimal("1234.50")


def test_cli_lists_and_resolves_value_reviews(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / "money.csv"
    path.write_text("case_id,name,balance,last_payment_date\nM16,a,1.234,\nM17,b,\"1,234\",03/04/2026\n"
                    "M18,c,50.00,2026-10-01\n", encoding="utf-8")
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", "--currency", "EUR", db=db)
    assert r.returncode == 0, r.stderr
    # 50.00 shows the decimal point: "1,234" is 1234.00; "1.234" stays open
    assert len(json.loads(r.stdout)["review"]) == 2
    listed = json.loads(fv("--json", "cases", "review", db=db).stdout)
    assert listed["count"] == 2
    by = {(i["case_id"], i["column"]): i for i in listed["reviews"]}
    assert by[("M16", "balance")]["candidates"] == ["1234.00", "1.234"]
    cases = {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23",
                                                    db=db).stdout)["cases"]}
    assert cases["M16"]["balance"] is None and cases["M16"]["to_review"] == ["balance"]
    assert cases["M18"]["balance"] == "50.00" and cases["M18"]["to_review"] == []
    text = fv("cases", "review", db=db).stdout
    assert "could be: 1234.00 or 1.234" in text
    r = fv("--json", "cases", "review", "--resolve", str(by[("M16", "balance")]["id"]), "--text", "1234.00", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["value"] == "1234.00"
    r = fv("cases", "review", "--resolve", str(by[("M17", "last_payment_date")]["id"]), "--text", "03/04/2026", db=db)
    assert r.returncode == 2 and "2026-03-04" in r.stderr and "Traceback" not in r.stderr
    cases = {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23",
                                                    db=db).stdout)["cases"]}
    assert cases["M16"]["balance"] == "1234.00"
    assert cases["M17"]["balance"] == "1234.00"
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 1


def test_a_value_set_by_a_person_is_set_again_when_the_same_text_comes_back(app):
    rows = [["V-1", "Ana", "1.234", "2026-10-01"], ["V-2", "Luis", "10", "2026-10-01"]]
    _import(app, rows)
    item = pending_reviews(app.uow())[0]
    resolve_review(app.uow(), item["id"], "1234.00")
    summary = _import(app, rows, name="again.csv")  # tomorrow's file, same text
    assert summary.review == [] and summary.reviewed_before == 1
    assert pending_reviews(app.uow()) == []
    with app.uow() as uow:
        assert uow.cases.get("V-1").balance == Decimal("1234.00")
        assert uow.cases.get("V-1").windows == []


def _cli_import(tmp_path, text, name="f.csv"):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    return db, json.loads(r.stdout)


def _cli_cases(db):
    return {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23",
                                                  db=db).stdout)["cases"]}


@pytest.mark.parametrize(("text", "case_id"), [
    # BRK2 #2 (/tmp/brk2/e3/d.csv): nothing shows the decimal mark, the currency is EUR
    ("Case ID,Name,Balance,Currency,Due Date\nE1,Nora,1.234,EUR,2026-10-01\nE5,Ola,500,EUR,2026-10-01\n", "E1"),
    # (/tmp/brk2/am/a1.csv): 12.50 shows a decimal point; 1.234 read so has three decimals: implausible
    ('Case ID,Name,Balance,Currency\nA1,Am One,"1,234",EUR\nA2,Am Two,1.234,EUR\nA3,Am Three,12.50,EUR\n', "A2"),
])
def test_one_mark_and_three_digits_is_never_stored_1000x(tmp_path, text, case_id):
    db, summary = _cli_import(tmp_path, text)
    assert [(r["case_id"], r["column"]) for r in summary["review"]] == [(case_id, "balance")]
    cases = _cli_cases(db)
    assert cases[case_id]["balance"] is None and cases[case_id]["to_review"] == ["balance"]
    if "A1" in cases:  # the other mark than the file's decimal point groups thousands
        assert cases["A1"]["balance"] == "1234.00" and cases["A3"]["balance"] == "12.50"
    listed = json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]
    assert [(i["case_id"], i["candidates"]) for i in listed] == [(case_id, ["1234.00", "1.234"])]


@pytest.mark.parametrize("text", [
    "Case ID,Name,Balance,Currency\nP2,Pe Two,,USD\n",  # BRK2 #3 (/tmp/brk2/bl/q.csv)
    # (/tmp/brk2/e1/a.csv): the chosen balance column is blank; the principal is not taken instead
    "Case ID,Name,Principal,Outstanding Balance,Currency\nP2,Pe Two,500,,USD\n",
])
def test_a_blank_balance_of_a_new_case_goes_to_review_and_a_stored_one_is_kept(tmp_path, text):
    db, summary = _cli_import(tmp_path, text)
    assert [(r["case_id"], r["column"], r["error"]) for r in summary["review"]] == [
        ("P2", "balance", "balance is empty")]
    case = _cli_cases(db)["P2"]
    assert case["balance"] is None and case["to_review"] == ["balance"]
    prep = fv("prep", "P2", "--as-of", "2026-11-23", db=db).stdout
    assert "to review" in prep and "nothing outstanding" not in prep.lower()
    item = json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"][0]
    r = fv("cases", "review", "--resolve", str(item["id"]), "--text", "250.00", db=db)
    assert r.returncode == 0, r.stderr
    # the same file again: the case is stored now, a blank keeps its balance, nothing to review
    path = tmp_path / "again.csv"
    path.write_text(text, encoding="utf-8")
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["review"] == []
    assert _cli_cases(db)["P2"]["balance"] == "250.00"
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 0


def test_a_phone_correction_must_be_a_phone_and_a_closed_item_is_named_right(tmp_path):  # BRK2 #8
    db, _ = _cli_import(tmp_path, "Case ID,Name,Balance,Currency,Due Date,Phone\n"
                                  "R1,Rev One,100,EUR,2026-10-01,6.00111E+08\n")
    item = json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"][0]
    assert item["column"] == "phone"
    for text in ("2026-13-01", "abc"):
        r = fv("cases", "review", "--resolve", str(item["id"]), "--text", text, db=db)
        assert r.returncode == 2 and "is not a phone number" in r.stderr and "Traceback" not in r.stderr
    r = fv("cases", "review", "--resolve", str(item["id"]), "--text", "+34 600 111 222", db=db)
    assert r.returncode == 0, r.stderr
    r = fv("cases", "review", "--resolve", str(item["id"]), "--text", "+34 600 111 223", db=db)
    assert r.returncode == 2 and f"Review item {item['id']} is not waiting" in r.stderr
    assert "Appointment" not in r.stderr
