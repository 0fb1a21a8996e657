"""Breaker report 16a, finding 4: re-importing the same file leaves the review queue as it was
(an item still open for the same case, column and text waits once, with its id, for every kind:
appointment, time zone, value, currency, condition hold), and the summary says the rows are
``unchanged`` instead of counting each as ``updated``; a row that changes something is
``updated``, and a changed text replaces its open item. Both the direct and the staged (long
file) paths; SQLite and PostgreSQL (the ``app`` fixture runs both)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from fieldvisit.services.window_review import pending_reviews

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"
AS_OF = date(2026, 11, 23)

KINDS = """case_id,name,address,balance,currency,due_date,appointment,Deceased
K-1,Ana,Calle 1,"1.234",EUR,2026-10-01,call first,
K-2,Luis,Calle 2,100.00,pesos,2026-10-01,,
K-3,Eva,Calle 3,200.00,EUR,03/04/2026,,maybe
K-4,Raúl,Calle 4,300.00,EUR,2026-10-01,lunes 9-12,
"""


def _import(app, path: Path, chunk_rows: int = 5000, **kw):
    table = app.read_table(str(path))
    return run(import_cases(app.uow(), table, file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                            as_of=AS_OF, zones=app.zones, chunk_rows=chunk_rows, **kw))


def _queue(app) -> list[tuple]:
    return [(i["id"], i["case_id"], i["column"], i["text"]) for i in pending_reviews(app.uow())]


# fr_banque and mx_cobranza queued appointments for an unknown zone when the tester ran them; since
# the city + postcode and Mexican state evidence (fx16-dates) they are placed, and their queue is empty
@pytest.mark.parametrize("name, queued", [("fr_banque.csv", False), ("mx_cobranza.csv", False),
                                          ("x_serial_dates.xlsx", True), ("x_summary_title.xlsx", True)])
def test_the_testers_files_imported_again_leave_the_queue_as_it_was(app, name, queued):
    first = _import(app, DATA / name, default_zone_given=False)  # as the CLI in a new workspace
    queue = _queue(app)
    assert bool(queue) is queued and first.imported == first.rows
    for _ in range(2):
        again = _import(app, DATA / name, default_zone_given=False)
        assert _queue(app) == queue  # the same items, with the same ids: nothing added, nothing replaced
        assert (again.imported, again.updated, again.unchanged) == (0, 0, first.rows)
        assert again.as_json()["unchanged"] == first.rows


def test_every_kind_of_item_waits_once_and_a_changed_text_replaces_its_item(app, tmp_path):
    path = tmp_path / "kinds.csv"
    path.write_text(KINDS, encoding="utf-8")
    _import(app, path, default_zone_given=False)
    queue = _queue(app)
    kinds = {i["kind"] for i in pending_reviews(app.uow())}
    assert kinds == {"window", "timezone", "value", "flag"}
    assert {c for _, _, c, _ in queue} >= {"appointment", "timezone", "balance", "currency", "due_date",
                                           "flag:deceased"}
    assert _import(app, path, default_zone_given=False).unchanged == 4
    assert _queue(app) == queue
    # K-1 writes another unreadable appointment and K-4 another balance: K-1's old appointment item is
    # replaced by the new one, the rest stands; K-4 is updated, the others unchanged (an unread text
    # waits in the queue, not on the case)
    path.write_text(KINDS.replace("call first", "ring first").replace("300.00", "310.00"), encoding="utf-8")
    summary = _import(app, path, default_zone_given=False)
    assert (summary.updated, summary.unchanged) == (1, 3)
    after = _queue(app)
    old = [q for q in queue if q[3] == "call first"]
    assert old and old[0] not in after
    assert [q for q in after if q[3] == "ring first"] and len(after) == len(queue)
    assert [q for q in queue if q[3] != "call first"] == [q for q in after if q[3] != "ring first"]


def test_a_long_reimport_staged_in_chunks_counts_unchanged_rows_and_writes_no_history(app, tmp_path):
    path = tmp_path / "long.csv"
    rows = [f"L-{i:04d},Nombre {i},Calle {i},{100 + i}.50,EUR,{i % 200},ES,martes 10:00-12:00" for i in range(60)]
    path.write_text("case_id,name,address,balance,currency,days_past_due,country,appointment\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    assert _import(app, path, chunk_rows=20).imported == 60
    again = _import(app, path, chunk_rows=20)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 60, [])
    with app.uow() as uow:
        assert uow.cases.history("L-0001") == []  # nothing changed: no snapshot
    rows[1] = rows[1].replace("101.50", "999.00")
    path.write_text("case_id,name,address,balance,currency,days_past_due,country,appointment\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    changed = _import(app, path, chunk_rows=20)
    assert (changed.updated, changed.unchanged) == (1, 59)
    with app.uow() as uow:
        assert str(uow.cases.get("L-0001").balance) == "999.00" and len(uow.cases.history("L-0001")) == 1
