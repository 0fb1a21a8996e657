"""The staged rows of a long import: a value every row of a chunk shares is written into the
INSERT as a literal (quotes doubled) and stores exactly as a bound value would."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from fieldvisit.adapters.storage.rows import insert_params
from fieldvisit.adapters.storage.staging import _tables


def _stored(columns: dict, inline: bool) -> list[tuple]:
    dialect = sqlite_dialect.dialect()
    stage, _ = _tables("feedc0de")
    conn = sqlite3.connect(":memory:")
    conn.execute(str(CreateTable(stage).compile(dialect=dialect)))
    sql, params = insert_params(dialect, stage, columns, inline_constants=inline)
    conn.executemany(sql, params)
    names = list(columns)
    return conn.execute(f"SELECT {', '.join(names)} FROM import_stage_feedc0de ORDER BY seq").fetchall()


def test_shared_values_store_as_bound_values_would():
    columns = {"seq": [0, 1, 2], "collector": ["O'Neil; DROP", "O'Neil; DROP", "O'Neil; DROP"],
               "windowset": [None, None, None], "case_id": ["A-1", "A-2", "A-3"],
               "due_date": [date(2026, 12, 1)] * 3, "balance": [Decimal("10.50"), Decimal("7"), Decimal("10.50")],
               "last_payment_amount": [None, None, None], "extra": [None, {"Branch": "Sur"}, None],
               "country": ["ES", "ES", "ES"], "name": ["a", "b", "a"]}
    inlined = _stored(columns, inline=True)
    assert inlined == _stored(columns, inline=False)
    assert inlined[0] == (0, "O'Neil; DROP", None, "A-1", "2026-12-01", "10.50", None, None, "ES", "a")
    assert inlined[1][7] == '{"Branch": "Sur"}'


def test_a_chunk_of_shared_values_only_still_writes_every_row():
    columns = {"country": ["ES", "ES"], "windowset": [None, None]}
    sql, params = insert_params(sqlite_dialect.dialect(), _tables("feedc0de")[0], columns, inline_constants=True)
    assert "'ES'" in sql and params == [(), ()]
