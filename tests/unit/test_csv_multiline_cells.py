"""Quoted CSV values over several lines (LF, CRLF or a lone CR inside the quotes), several of
them in one record, next to doubled quotes, delimiters and plain-text quotes: each record is one
row with the row number a spreadsheet shows, and a quote truly left open still rejects only its
own record (breaker report 15, finding 1: a record with a 3-line address and a 2-line note was
split, the good row rejected and the fragment "Block B" imported as a case)."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from fieldvisit.adapters.files.readers import read_table

HEADERS = ["case_id", "name", "address", "notes", "phone", "balance"]
CELL = st.lists(st.sampled_from(list('ab ZñÁ上1"\',;\t|') + ["\n", "\r\n", "\r", '""']), max_size=10).map("".join)
DIALECTS = {
    "excel": {"dialect": "excel"},  # , and CRLF, quotes only when needed
    "excel-tab": {"dialect": "excel-tab"},
    "unix": {"dialect": "unix"},  # every value quoted, LF
    "semicolon": {"delimiter": ";"},  # (csv.writer quotes only the line breaks of its own line end:
    "semicolon-lf": {"delimiter": ";", "quoting": csv.QUOTE_ALL, "lineterminator": "\n"},  # LF ends quote all)
    "pipe-all": {"delimiter": "|", "quoting": csv.QUOTE_ALL, "lineterminator": "\r"},  # old Mac line ends
}


def _read(data: bytes, delimiter: str | None = None):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.csv"
        path.write_bytes(data)
        table = read_table(str(path), delimiter=delimiter)
        table.rows = list(table.rows)  # read lazily: rows and their skipped records come together
        return table


def _write(rows: list[list[str]], dialect: str, width: int) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, **DIALECTS[dialect])
    writer.writerow(HEADERS[:width])
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@st.composite
def tables(draw):
    width = draw(st.integers(3, len(HEADERS)))
    count = draw(st.integers(1, 6))
    rows = [[f"ID-{i}", "n" + draw(CELL) + "n"] + [draw(CELL) for _ in range(width - 2)] for i in range(count)]
    return rows, draw(st.sampled_from(sorted(DIALECTS))), width


@settings(max_examples=300, deadline=None)
@example(t=([["N-1", "Multi Line", "Flat 3\r\nBlock B\r\n10 Long Rd, Leeds", "line1\r\nline2"],
             ["N-2", "Second", "2 Road, Leeds", "ok"]], "excel", 4))
@example(t=([["N-1", "Multi Line", "Flat 3\nBlock B\n10 Long Rd, Leeds", "line1\nline2"],
             ["N-2", "Second", "2 Road, Leeds", "ok"]], "semicolon", 4))
@example(t=([["N-1", 'n5" screenn', "a\nb,c,d,e,f", "x"], ["N-2", "nn", "", ""]], "excel", 4))
@given(tables())
def test_records_written_by_csv_writer_read_back_unchanged_with_spreadsheet_row_numbers(t):
    rows, dialect, width = t
    # the delimiter is given: this is about splitting records; a one-row file whose one value holds
    # more ';' than the header has ',' is a riddle for any delimiter sniffer
    delimiter = csv.get_dialect(dialect).delimiter if dialect in csv.list_dialects() else DIALECTS[dialect]["delimiter"]
    table = _read(_write(rows, dialect, width), delimiter)
    assert table.skipped == []
    assert [values for _, values in table.rows] == rows
    assert table.row_numbers == [i + 2 for i in range(len(rows))]  # the header is row 1


def test_two_multi_line_values_in_one_record_c28e():
    """c28e_two_multiline_fields.csv as the tester made it (CRLF line ends)."""
    text = ('case_id,name,address,lat,lon,balance,currency,days_past_due,notes\r\n'
            'N-1,Multi Line,"Flat 3\r\nBlock B\r\n10 Long Rd, Leeds",53.80,-1.55,100,GBP,10,"line1\r\nline2"\r\n'
            'N-2,Second,"2 Road, Leeds",53.81,-1.55,200,GBP,20,ok\r\n')
    table = _read(text.encode())
    assert table.skipped == []
    assert [(n, v[0], v[2], v[8]) for n, v in table.rows] == [
        (2, "N-1", "Flat 3\r\nBlock B\r\n10 Long Rd, Leeds", "line1\r\nline2"), (3, "N-2", "2 Road, Leeds", "ok")]


def test_lone_cr_and_blank_line_inside_quotes_keep_the_row_numbers_c28():
    """c28_embedded_newlines.csv: N-3's address holds "3", a CR and a CRLF; it is row 4."""
    text = ('case_id,name,address,lat,lon,balance,currency,days_past_due,notes\r\n'
            'N-1,Multi Line,"Flat 3\r\nBlock B\r\n10 Long Rd, Leeds",53.80,-1.55,100,GBP,10,"line1\r\nline2"\r\n'
            'N-2,Second,"2 Road, Leeds",53.81,-1.55,200,GBP,20,ok\r\n'
            'N-3,Third,"3\r\r\nRoad",north,-1.55,300,GBP,30,bad lat\r\n')
    table = _read(text.encode())
    assert table.skipped == []
    assert [(n, v[0]) for n, v in table.rows] == [(2, "N-1"), (3, "N-2"), (4, "N-3")]
    assert table.rows[2][1][2] == "3\r\r\nRoad" and table.rows[2][1][3] == "north"


def test_multi_line_values_around_a_quote_left_open_reject_only_that_record():
    """A good multi-line record before and after a record whose quote never closes."""
    text = ('case_id,name,address,balance,notes\n'
            'A-1,Ana,"Calle 1\n2º B",100,"uno\ndos"\n'
            'B-2,"Unclosed,Calle 2,200,x\n'
            'C-3,Luis,"Calle 3\r\nPiso 4",300,"tres\rcuatro"\n'
            'D-4,Eva,Calle 4,400,"say ""hi""\nbye"\n')
    table = _read(text.encode())
    assert [(s["row"], "never closed" in s["reason"]) for s in table.skipped] == [(3, True)]
    assert [(n, v[0]) for n, v in table.rows] == [(2, "A-1"), (4, "C-3"), (5, "D-4")]
    assert table.rows[2][1][4] == 'say "hi"\nbye'


def test_a_plain_text_quote_next_to_a_multi_line_value_is_not_a_quote_left_open():
    text = ('case_id,name,address,balance,notes\r\n'
            'T-1,TV 5" screen,"Calle 1\r\nPiso 2",100,ok\r\n'
            'T-2,Ana,Calle 2,200,"a,b\r\nc,d,e"\r\n')
    table = _read(text.encode())
    assert table.skipped == []
    assert [(n, v[0], v[1]) for n, v in table.rows] == [(2, "T-1", 'TV 5" screen'), (3, "T-2", "Ana")]


def test_a_tie_between_delimiters_goes_to_the_one_the_header_agrees_with():
    """Two records of three values under ',' against one of four under ';' (a value "n;;n")."""
    table = _read(b"case_id,name,address\r\nID-0,n;;n,;;\r\n")
    assert table.delimiter == "," and table.rows == [(2, ["ID-0", "n;;n", ";;"])]
