"""A batch of visits (``visits add`` with a long file, BRK16b #8) on SQLite and PostgreSQL: each
case's record is read once per batch, not once per visit (the batch took time growing with the
square of its size); nothing is written until every visit is checked, so the write lock is held
for the writing only; the warnings and prep snapshots are those of recording the visits one by
one; a correction may follow its visit in the same file."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from fieldvisit.domain.cases import Case, GeoStatus
from fieldvisit.services.errors import UserError
from fieldvisit.services.visits import list_visits, record_visits

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _case(case_id: str) -> Case:
    return Case(case_id=case_id, name="Kim", timezone="Europe/Madrid", country="ES", currency="EUR",
                balance=Decimal("900"), lat=40.41, lon=-3.70, geo_status=GeoStatus.FROM_FILE)


@pytest.fixture
def ws(app):
    with app.uow() as uow:
        uow.cases.add_many([_case("K-1"), _case("K-2")], None)
        uow.commit()
    return app


def _visits(n: int, case_id: str = "K-1", first: int = 0) -> list[dict]:
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    people = ["nobody", "debtor", "third_party", "debtor"]
    outcomes = ["not_home", "refused", "third_party", "promise_to_pay"]
    out = []
    for i in range(first, first + n):
        at = start + timedelta(hours=5 * i)
        v = {"visit_id": f"00000000-0000-4000-8000-{i:012d}", "case_id": case_id, "arrived_at": at.isoformat(),
             "left_at": (at + timedelta(minutes=10)).isoformat(), "outcome": outcomes[i % 4],
             "person_met": people[i % 4], "notes": f"n{i}"}
        if i % 4 == 3:
            v["promise"] = {"amount": "50.00", "currency": "EUR", "date": (at + timedelta(days=3)).date().isoformat()}
        if i % 5 == 4:
            v["payment"] = {"amount": "20.00", "currency": "EUR", "method": "transfer"}
            v["outcome"], v["person_met"] = "partial_payment", "debtor"
        out.append(v)
    return out


class _Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, _conn, _cursor, statement, *_):
        self.seen.append(" ".join(statement.split()).upper())

    def count(self, *parts: str) -> int:
        return sum(all(p in s for p in parts) for s in self.seen)


@pytest.fixture
def statements(ws):
    seen = _Statements()
    engine = ws.engine
    event.listen(engine, "before_cursor_execute", seen)
    yield seen
    event.remove(engine, "before_cursor_execute", seen)


def test_each_case_record_is_read_once_per_batch(ws, statements):
    record_visits(ws.uow(), _visits(40) + _visits(10, "K-2", first=100), now=NOW)
    # the case's visits with their prep snapshots: once per case, not once per visit
    assert statements.count("FROM VISITS JOIN CASES", "ORDER BY VISITS.ARRIVED_AT") == 2
    assert len(list_visits(ws.uow())) == 50


def test_nothing_is_written_until_every_visit_is_checked(ws, statements):
    items = _visits(30)
    items[-1] = {**items[-1], "outcome": "no_such_outcome"}
    with pytest.raises(UserError, match="Visit 30: outcome 'no_such_outcome' is not one of"):
        record_visits(ws.uow(), items, now=NOW)
    writes = [s for s in statements.seen if s.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    assert list_visits(ws.uow()) == []


def test_a_batch_warns_and_snapshots_as_one_by_one(ws, tmp_path):
    items = _visits(24)
    items.append({**items[5], "visit_id": "00000000-0000-4000-8000-999999999999", "replaces": items[5]["visit_id"],
                  "notes": "corrected"})
    batch = record_visits(ws.uow(), items, now=NOW, rules=ws.rules())
    from fieldvisit.bootstrap import open_app

    other = open_app(f"sqlite:///{tmp_path}/one.sqlite")
    try:
        with other.uow() as uow:
            uow.cases.add_many([_case("K-1"), _case("K-2")], None)
            uow.commit()
        single = [record_visits(other.uow(), [item], now=NOW, rules=other.rules())[0] for item in items]
        assert [r["warnings"] for r in batch] == [r["warnings"] for r in single]
        assert any("beyond the visit cap" in w for r in batch for w in r["warnings"])
        assert batch[-1]["version"] == 2

        def preps(app):
            with app.uow() as uow:
                return [(r["visit_id"], r["prep"]) for r in uow.visits.list("K-1")]

        assert preps(ws) == preps(other)
    finally:
        other.close()


def test_a_correction_may_follow_its_visit_in_the_same_file(ws):
    v = _visits(1)[0]
    fix = {**v, "visit_id": "11111111-1111-4111-8111-111111111111", "replaces": v["visit_id"], "notes": "fixed"}
    again = {**fix, "visit_id": "22222222-2222-4222-8222-222222222222"}
    with pytest.raises(UserError, match="Visit 3: visit .* was already corrected by 11111111"):
        record_visits(ws.uow(), [v, fix, again], now=NOW)
    assert list_visits(ws.uow()) == []
    result = record_visits(ws.uow(), [v, fix], now=NOW)
    assert [r["version"] for r in result] == [1, 2]
    rows = {r["visit_id"]: r for r in list_visits(ws.uow(), "K-1")}
    assert rows[v["visit_id"]]["replaced_by"] == fix["visit_id"]
