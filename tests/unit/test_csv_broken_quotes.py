"""A quote that never closes in a CSV record: that record alone is rejected with its row number,
and every other record is still imported — with or without a trailing delimiter on each line,
with ragged rows, with `;` `,` or tab (breaker report 13, finding 6)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.adapters.files.readers import read_table
from tests.paths import CASES  # noqa: F401  (keeps the tests' import root the same as the others)

HEADERS = ["case_id", "name", "address", "balance", "currency", "phone"]
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÁé 0123456789", min_size=1, max_size=8).map(
    lambda s: "v" + s.strip())


def _read(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.csv"
        path.write_text(text, encoding="utf-8", newline="")
        table = read_table(str(path))
        table.rows = list(table.rows)  # read lazily: rows and their skipped records come together
        return table


@st.composite
def tables(draw):
    width = draw(st.integers(3, 6))
    count = draw(st.integers(2, 8))
    rows = [[f"ID-{i}"] + [draw(WORD) for _ in range(width - 1)] for i in range(count)]
    quoted = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(1, width - 1)), max_size=3))
    broken_row = draw(st.integers(0, count - 1))
    broken_col = draw(st.integers(1, width - 1))
    return {"width": width, "rows": rows, "quoted": set(quoted), "broken": (broken_row, broken_col),
            "delimiter": draw(st.sampled_from([",", ";", "\t"])), "trailing": draw(st.booleans()),
            "ragged": width >= 4 and draw(st.booleans()), "newline": draw(st.sampled_from(["\n", "\r\n"]))}


def _render(t) -> str:
    d, width = t["delimiter"], t["width"]
    lines = [d.join(HEADERS[:width]) + (d if t["trailing"] else "")]
    for r, row in enumerate(t["rows"]):
        cells = []
        for c, value in enumerate(row):
            if (r, c) == t["broken"]:
                cells.append('"' + value)
            elif (r, c) in t["quoted"]:
                cells.append('"' + value + '"')
            else:
                cells.append(value)
        if t["ragged"] and r % 2 and t["broken"] != (r, width - 1):
            cells = cells[:-1]  # a ragged export leaves an empty last value off
        lines.append(d.join(cells) + (d if t["trailing"] else ""))
    return t["newline"].join(lines) + t["newline"]


@settings(max_examples=300, deadline=None)
@given(tables())
def test_only_the_row_with_the_unclosed_quote_is_rejected(t):
    table = _read(_render(t))
    broken_index = t["broken"][0]
    quote = [s["row"] for s in table.skipped if s["kind"] == "broken" and "quote" in s["reason"]]
    assert quote == [broken_index + 2]  # header is row 1
    short = {i for i in range(len(t["rows"])) if _is_short(t, i)}
    assert [s["row"] for s in table.skipped if "quote" not in s["reason"]] == [i + 2 for i in sorted(short)]
    kept = [i for i in range(len(t["rows"])) if i != broken_index and i not in short]
    assert [values[0] for _, values in table.rows] == [t["rows"][i][0] for i in kept]
    assert [values for _, values in table.rows] == [_expected(t, i) for i in kept]
    assert table.row_numbers == [i + 2 for i in kept]


def _expected(t, i: int) -> list[str]:
    row = t["rows"][i]
    return row[:-1] + [""] if t["ragged"] and i % 2 == 1 and i != t["broken"][0] else row


def _is_short(t, i: int) -> bool:
    """A ragged row without a trailing delimiter has one value fewer than the header: rejected
    on its own (one clear sentence), as before."""
    return t["ragged"] and i % 2 == 1 and i != t["broken"][0] and not t["trailing"]


def test_trailing_delimiter_file_keeps_the_records_after_the_broken_one():
    """bq8.csv: every line ends with a comma and R-2's name opens a quote that never closes."""
    text = ('case_id,name,address,balance,currency,\r\nR-1,Ana,Calle 1,100.00,EUR,\r\n'
            'R-2,"Unclosed,Calle 2,200.00,EUR,\r\nR-3,Luis,Calle 3,300.00,EUR,\r\n'
            'R-4,"Eva",Calle 4,400.00,EUR,\r\nR-5,Raúl,Calle 5,500.00,EUR,\r\n')
    table = _read(text)
    assert [s["row"] for s in table.skipped if s["kind"] == "broken"] == [3]
    assert [r[0] for _, r in table.rows] == ["R-1", "R-3", "R-4", "R-5"]
    assert table.rows[1][1][1] == "Luis" and table.rows[2][1][1] == "Eva"


def test_a_multi_line_address_is_still_one_record():
    text = ('case_id,name,address,balance,currency,\n'
            'S-1,Ana,"Calle Mayor 1\n2º B, izq.\nMadrid",100.50,EUR,\nS-2,Luis,Calle Sol 2,200.00,EUR,\n')
    table = _read(text)
    assert not table.skipped
    assert table.rows[0][1][2] == "Calle Mayor 1\n2º B, izq.\nMadrid"
    assert table.row_numbers == [2, 3]
