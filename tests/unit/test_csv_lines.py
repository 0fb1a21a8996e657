"""The CSV reader splits a file's lines once and refuses, before parsing, a line holding far more
delimiters than a case file has columns (a million delimiters would cost gigabytes to parse)."""

from __future__ import annotations

import pytest

from fieldvisit.adapters.files.readers import read_table
from fieldvisit.domain import limits
from fieldvisit.services.errors import UserError


def test_a_line_of_too_many_delimiters_is_refused_before_parsing_with_its_row(tmp_path):
    path = tmp_path / "hostile.csv"
    path.write_text("case_id,name\nC-1,Ana\n" + "," * (10 * limits.MAX_COLUMNS + 5) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        read_table(str(path))
    assert "row 3" in str(refused.value) and f"{10 * limits.MAX_COLUMNS + 6}" in str(refused.value)


def test_a_long_line_with_few_delimiters_is_read(tmp_path):
    path = tmp_path / "long.csv"
    notes = "x" * (20 * limits.MAX_COLUMNS)
    path.write_text(f"case_id,name,notes\nC-1,Ana,{notes}\nC-2,Luis,short\n", encoding="utf-8")
    table = read_table(str(path))
    assert table.headers == ["case_id", "name", "notes"]
    assert [(n, values[0], len(values[2])) for n, values in table.rows] == [(2, "C-1", len(notes)), (3, "C-2", 5)]
