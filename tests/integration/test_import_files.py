"""Importing real case files (fixtures written by tests/fixtures/make_fixtures.py) on SQLite and
PostgreSQL: every row accounted for, one transaction, updates keep history."""

import hashlib
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.cases import Flag
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
AS_OF = date(2026, 11, 23)


def do_import(app, name, **kw):
    path = FIXTURES / name
    table = app.read_table(str(path))
    work = import_cases(app.uow(), table, file_name=name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                        as_of=AS_OF, zones=app.zones, default_timezone="Europe/Madrid", **kw)
    return run(work)


def cases(app):
    with app.uow() as uow:
        return {c.case_id: c for c in uow.cases.list()}


def test_chinese_gbk_file(app):
    s = do_import(app, "cn_gbk.csv")
    assert (s.encoding, s.delimiter) == ("gb18030", ",")
    assert (s.rows, s.imported, s.updated) == (5, 3, 0)
    assert {(r["row"], r["column"]) for r in s.rejected} == {(5, "lat"), (6, "case_id")}
    assert s.review == []  # "随时" (any time) has a documented meaning: the lawful hours, every day
    got = cases(app)
    assert got["CN-001"].name == "张伟" and got["CN-001"].balance == Decimal("12345.50")
    assert got["CN-001"].timezone == "Asia/Shanghai" and got["CN-001"].currency == "CNY"
    w = got["CN-002"].windows[0]
    assert w.start == datetime(2026, 11, 25, 15, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert got["CN-002"].flags == {Flag.DISPUTE}
    assert got["CN-003"].windows[0].weekdays == (1,)
    anytime = got["CN-003"].windows[1]
    assert (anytime.weekdays, anytime.start_time, anytime.end_time) == (tuple(range(7)), time(8), time(21))


def test_spanish_cp1252_semicolon_decimal_comma(app):
    s = do_import(app, "es_cp1252.csv")
    assert (s.encoding, s.delimiter) == ("cp1252", ";")
    assert (s.rows, s.imported, len(s.rejected)) == (4, 3, 1)
    assert s.rejected[0] == {"row": 5, "column": "days_past_due", "error": "'doce' is not a number of days"}
    got = cases(app)
    es = got["ES-100"]
    assert es.name == "José Núñez Peña" and es.balance == Decimal("1234.56")
    assert (es.lat, es.lon) == (40.424, -3.676) and es.country == "ES" and es.currency == "EUR"
    assert es.windows[0].start == datetime(2026, 11, 25, 16, tzinfo=ZoneInfo("Europe/Madrid"))
    assert got["ES-102"].balance == Decimal("12500.75") and got["ES-102"].flags == {Flag.LAWYER}
    assert got["ES-101"].days_past_due(AS_OF) == 70


def test_english_tab_utf8_bom_month_first(app):
    s = do_import(app, "us_utf8bom.tsv")
    assert (s.encoding, s.delimiter) == ("utf-8-sig", "\t")
    assert (s.rows, s.imported) == (4, 3) and s.rejected[0]["column"] == "timezone"
    got = cases(app)
    us1 = got["US-1"]
    assert us1.windows[0].start == datetime(2026, 11, 24, 18, tzinfo=ZoneInfo("America/New_York"))
    assert us1.balance == Decimal("1234.50")
    assert got["US-2"].timezone == "America/Los_Angeles"  # from the coordinates
    assert got["US-2"].windows[0].start.hour == 9 and got["US-2"].windows[0].start.minute == 30
    assert got["US-3"].windows[0].start == datetime(2026, 11, 24, 14, tzinfo=ZoneInfo("America/Chicago"))


def test_xlsx_with_a_title_row_and_excel_cells(app):
    s = do_import(app, "cases.xlsx")
    assert (s.rows, s.imported) == (3, 2)
    assert s.rejected == [{"row": 6, "column": "balance", "error": "'lots' is not an amount"}]
    got = cases(app)
    assert got["1001"].balance == Decimal("1234.50") and got["1001"].due_date == date(2026, 10, 1)
    assert got["1001"].collector == "Wang" and got["1001"].timezone == "Asia/Shanghai"
    assert got["1002"].windows[0].start.hour == 15


def test_latin1_and_duplicate_rows(app):
    s = do_import(app, "latin1_names.csv", default_currency="EUR")
    assert s.encoding in ("cp1252", "latin_1") and cases(app)["L-1"].name == "Zoë Ångström"
    assert cases(app)["L-2"].balance == Decimal("1000.00")
    s = do_import(app, "plain_utf8.csv")
    assert s.rejected == [{"row": 4, "column": "case_id", "error": "case P-1 appears again (first on row 2)"}]
    assert len(cases(app)["P-1"].windows) == 2


def test_update_keeps_history_and_flags(app):
    do_import(app, "es_cp1252.csv")
    s = do_import(app, "es_update_utf8.csv")
    assert (s.imported, s.updated, s.rejected) == (1, 1, [])
    got = cases(app)["ES-100"]
    assert got.balance == Decimal("1000.00") and got.flags == {Flag.DISPUTE}
    assert got.address == "Calle de Alcalá 120, Madrid"  # not in the update file: kept
    assert got.lat == 40.424
    assert [w.start.day for w in got.windows] == [26]
    with app.uow() as uow:
        history = uow.cases.history("ES-100")
    assert len(history) == 1 and history[0]["before"]["balance"] == "1234.56"


def test_counts_always_add_up(app):
    for name in ("cn_gbk.csv", "es_cp1252.csv", "us_utf8bom.tsv", "plain_utf8.csv", "cases.xlsx"):
        s = do_import(app, name)
        assert s.imported + s.updated + len(s.rejected) == s.rows


@pytest.mark.parametrize(("name", "message"), [
    ("no_case_id.csv", "no case_id column"),
    ("binary.csv", "not a text"),
    ("missing.csv", "does not exist"),
])
def test_unreadable_files_are_refused_and_nothing_is_written(app, name, message):
    with pytest.raises(UserError, match=message):
        do_import(app, name)
    assert cases(app) == {}


def test_a_failure_while_saving_leaves_nothing(app, monkeypatch):
    from fieldvisit.adapters.storage.repositories import SqlCases

    def boom(self, *a, **k):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(SqlCases, "update_many", boom)
    with pytest.raises(RuntimeError):
        do_import(app, "es_cp1252.csv")
    assert cases(app) == {}
    with app.uow() as uow:
        assert uow.collectors.list() == []


def test_cancelling_midway_writes_nothing(app, tmp_path):
    from fieldvisit.services import import_cases as module

    path = tmp_path / "big.csv"
    path.write_text("case_id,balance\n" + "".join(f"B-{i},{i}.00\n" for i in range(module.PROGRESS_EVERY * 3)))
    table = app.read_table(str(path))
    work = import_cases(app.uow(), table, file_name="big.csv", sha256="x", as_of=AS_OF)
    next(work)
    work.close()
    assert cases(app) == {}


def test_mapping_names_unusual_headers(app, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Expediente interno,Cliente X\nZ-1,Ana\n", encoding="utf-8")
    s = run(import_cases(app.uow(), app.read_table(str(path)), file_name="odd.csv", sha256="x", as_of=AS_OF,
                         mapping={"Expediente interno": "case_id", "Cliente X": "name"}))
    assert s.imported == 1 and cases(app)["Z-1"].name == "Ana"


def test_inconvenient_column_is_imported_and_listed(app, tmp_path):
    from fieldvisit.services.cases import case_json

    path = tmp_path / "inc.csv"
    path.write_text("case_id,appointment,No visitar,timezone\nI-1,2026-11-25 10:00-12:00,weekdays 13:00-16:00,Europe/Madrid\n",
                    encoding="utf-8")
    s = do_import(app, str(path))
    assert s.imported == 1 and s.windows == 1
    got = cases(app)["I-1"]
    assert [w.inconvenient for w in got.windows] == [False, True]
    data = case_json(got, AS_OF)
    assert len(data["windows"]) == 1 and len(data["inconvenient"]) == 5  # Mon-Fri in the coming week
