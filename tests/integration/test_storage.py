"""Storage on a real SQLite file and a real PostgreSQL: migrations, pragmas, exact round trips."""

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from fieldvisit.adapters.storage.db import current_revision, head_revision, open_engine
from fieldvisit.adapters.storage.schema import metadata
from fieldvisit.domain.cases import Case, Flag, GeoStatus
from fieldvisit.domain.windows import Place, Window


def test_migrations_reach_head_and_match_the_schema(app):
    assert current_revision(app.engine) == head_revision()
    with app.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), metadata)
    assert diff == []


def test_opening_twice_is_harmless(db_url):
    e1 = open_engine(db_url)
    e1.dispose()
    e2 = open_engine(db_url)
    assert current_revision(e2) == head_revision()
    e2.dispose()


def test_sqlite_pragmas(sqlite_app):
    with sqlite_app.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000


def test_case_round_trip_keeps_decimals_zones_and_windows(app):
    madrid = ZoneInfo("Europe/Madrid")
    case = Case(
        case_id="RT-1", name="Zoë Núñez 张伟", lat=40.4, lon=-3.7, geo_status=GeoStatus.FROM_FILE,
        country="ES", timezone="Europe/Madrid", due_date=date(2026, 10, 1),
        balance=Decimal("12345678.91"), currency="EUR", last_payment_amount=Decimal("0.10"),
        flags=frozenset({Flag.DISPUTE, Flag.VULNERABLE}), collector="Ann",
        windows=[Window.once(datetime(2026, 11, 24, 10, tzinfo=madrid), datetime(2026, 11, 24, 12, tzinfo=madrid),
                             place=Place.WORK, text="w"),
                 Window.weekly((1, 3), time(18), time(20), "Europe/Madrid", text="tue/thu")])
    with app.uow() as uow:
        uow.collectors.get_or_create("Ann")
        uow.cases.add_many([case], None)
        uow.commit()
    with app.uow() as uow:
        got = uow.cases.get("RT-1")
    assert got.balance == Decimal("12345678.91") and isinstance(got.balance, Decimal)
    assert got.last_payment_amount == Decimal("0.10")
    assert got.flags == case.flags and got.collector == "Ann" and got.name == case.name
    assert got.windows[0].start == case.windows[0].start
    assert got.windows[0].start.utcoffset() is not None and got.windows[0].place == Place.WORK
    assert got.windows[1].weekdays == (1, 3) and got.windows[1].start_time == time(18)


def test_leaving_a_unit_of_work_without_commit_rolls_back(app):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id="GONE", timezone="UTC")], None)
    with app.uow() as uow:
        assert uow.cases.get("GONE") is None


def test_naive_datetimes_are_refused(app):
    from fieldvisit.adapters.storage.types import UTCDateTime

    with pytest.raises(ValueError):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), app.engine.dialect)
    assert UTCDateTime().process_bind_param(datetime(2026, 1, 1, tzinfo=UTC), app.engine.dialect) is not None


def test_bad_urls_and_missing_servers_give_one_sentence():
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.errors import UserError

    with pytest.raises(UserError, match="does not exist"):
        open_app("sqlite:////no/such/folder/x.sqlite")
    with pytest.raises(UserError, match="Cannot open the database"):
        open_app("postgresql://nobody@127.0.0.1:1/none")
