"""Recording visits on SQLite and PostgreSQL: idempotent re-sends, conflicts, versions,
compliance warnings, promises kept by case-file payments, broken promises raising priority."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.cases import Case, Flag, GeoStatus
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from fieldvisit.services.visit_record import history_index, promises_of
from fieldvisit.services.visits import list_visits, record_visits

VID = "6f1c6e0c-3b9a-4b59-9a39-3b7a9b0e7a11"
V = {"visit_id": VID, "case_id": "CN-1", "arrived_at": "2026-11-24T10:05:00+08:00",
     "left_at": "2026-11-24T10:30:00+08:00", "outcome": "promise_to_pay", "person_met": "debtor",
     "promise": {"amount": "1500.00", "currency": "CNY", "date": "2026-11-26"}}


@pytest.fixture
def ws(app):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id="CN-1", name="张伟", timezone="Asia/Shanghai", country="CN", currency="CNY",
                                 balance=Decimal("3000"), lat=31.2, lon=121.4, geo_status=GeoStatus.FROM_FILE),
                            Case(case_id="CN-2", timezone="Asia/Shanghai", country="CN", currency="CNY",
                                 flags=frozenset({Flag.CEASE}))], None)
        uow.commit()
    return app


def test_resend_is_a_no_op_and_changed_content_is_refused(ws):
    first = record_visits(ws.uow(), [V])
    assert first[0]["duplicate"] is False and first[0]["warnings"] == []
    again = record_visits(ws.uow(), [V])
    assert again[0]["duplicate"] is True
    with pytest.raises(UserError, match="already recorded with different content"):
        record_visits(ws.uow(), [{**V, "notes": "edited"}])
    assert len(list_visits(ws.uow())) == 1


def test_a_bad_visit_in_a_batch_records_nothing(ws):
    good = {**V}
    bad = {**V, "visit_id": "11111111-1111-4111-8111-111111111111", "outcome": "paid_in_full"}
    with pytest.raises(UserError, match="Visit 2: .*needs the payment"):
        record_visits(ws.uow(), [good, bad])
    assert list_visits(ws.uow()) == []
    with pytest.raises(UserError, match="No case with id NOPE"):
        record_visits(ws.uow(), [{**V, "case_id": "NOPE"}])


def test_corrections_are_new_versions(ws):
    record_visits(ws.uow(), [V])
    fix = {**V, "visit_id": "22222222-2222-4222-8222-222222222222", "replaces": VID,
           "promise": {"amount": "1200.00", "currency": "CNY", "date": "2026-11-27"}}
    result = record_visits(ws.uow(), [fix])
    assert result[0]["version"] == 2
    rows = {r["visit_id"]: r for r in list_visits(ws.uow(), "CN-1")}
    assert rows[VID]["replaced_by"] == fix["visit_id"] and rows[VID]["promise"]["amount"] == "1500.00"
    assert [p["amount"] for p in promises_of(ws.uow(), "CN-1", date(2026, 11, 25))] == ["1200.00"]
    with pytest.raises(UserError, match="already corrected"):
        record_visits(ws.uow(), [{**fix, "visit_id": "33333333-3333-4333-8333-333333333333"}])


def test_a_2230_visit_in_china_is_kept_with_a_warning(ws):
    late = {**V, "visit_id": "44444444-4444-4444-8444-444444444444", "case_id": "CN-2", "outcome": "not_home",
            "person_met": "nobody", "promise": None, "arrived_at": "2026-11-24T22:30:00+08:00",
            "left_at": "2026-11-24T22:40:00+08:00"}
    result = record_visits(ws.uow(), [late])
    assert any("outside lawful contact hours" in w for w in result[0]["warnings"])
    assert any("blocked" in w for w in result[0]["warnings"])
    listed = list_visits(ws.uow(), "CN-2")
    assert listed and listed[0]["warnings"] == result[0]["warnings"]


def test_dispute_outcome_blocks_the_case(ws):
    record_visits(ws.uow(), [{**V, "outcome": "dispute", "promise": None}])
    with ws.uow() as uow:
        assert Flag.DISPUTE in uow.cases.get("CN-1").flags


def test_promise_kept_by_a_payment_that_arrives_in_a_case_file(ws, tmp_path):
    record_visits(ws.uow(), [V])
    assert promises_of(ws.uow(), "CN-1", date(2026, 11, 27))[0]["status"] == "broken"
    update = tmp_path / "update.csv"
    update.write_text("case_id,last_payment_date,last_payment_amount\nCN-1,2026-11-26,1500.00\n", encoding="utf-8")
    run(import_cases(ws.uow(), ws.read_table(str(update)), file_name="update.csv", sha256="x", as_of=date(2026, 11, 27)))
    assert promises_of(ws.uow(), "CN-1", date(2026, 11, 27))[0]["status"] == "kept"
    assert history_index(ws.uow(), date(2026, 11, 27))["CN-1"]["promises_kept"] == 1
