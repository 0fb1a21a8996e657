"""A CSV whose every record is one line is read in one go: it must give the rows, row numbers and
set-aside rows the record-by-record reader gives (odd quotes, a wrong number of values, a NUL,
blank lines, a total line, a quote left open on the last line)."""

from __future__ import annotations

from fieldvisit.adapters.files import readers
from fieldvisit.adapters.files.readers import read_table

TEXT = ("case_id,name,balance,notes\n"
        "A-1,Ana,10.00,\"5\"\" screen\"\n"
        "A-2,Luis,12.00,5\" screen\n"
        "\n"
        "A-3,Marta,13.00\n"
        "A-4,Pedro,14.00,x,y\n"
        "A-5,Eva\x00,15.00,\n"
        "A-6,O'Neil,16.00,ok,,\n"
        "Total,,50.00,\n"
        "A-7,\"Zoe,17.00,open\n")


def _read(path, monkeypatch, one_go: bool):
    if not one_go:
        monkeypatch.setattr(readers, "_one_line_records", lambda lines, delimiter: None)
    table = read_table(path)
    return [(n, list(v)) for n, v in table.rows], table.row_numbers, table.skipped


def test_one_go_reads_as_record_by_record(tmp_path, monkeypatch):
    path = tmp_path / "cases.csv"
    path.write_text(TEXT, encoding="utf-8")
    assert readers._one_line_records(readers._lines(TEXT, ","), ",") is not None  # the file is read in one go
    fast = _read(path, monkeypatch, one_go=True)
    slow = _read(path, monkeypatch, one_go=False)
    assert fast == slow
    rows, numbers, skipped = fast
    assert [v[0] for _, v in rows] == ["A-1", "A-2", "A-6"]
    assert rows[0][1][3] == '5" screen' and rows[1][1][3] == '5" screen'
    assert numbers == [2, 3, 8]
    assert {s["row"]: s["kind"] for s in skipped} == {5: "broken", 6: "broken", 7: "broken", 9: "total",
                                                      10: "broken"}
