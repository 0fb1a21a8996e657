"""BRK15 #10 through the CLI on the tester's files: ``15:00`` alone waits for review, ``todos los
días`` in Spain is kept as Mon–Fri with a note saying so (as ``cualquier día menos domingo`` is),
and the review of ``平日18時以降`` shows the cell as written."""

import json

from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "brk15"


def _import(db, name):
    r = fv(db, "--json", "cases", "import", str(DATA / name), "--as-of", "2026-11-30")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_c56_a_time_alone_is_asked_and_every_day_is_said(tmp_path):
    data = _import(tmp_path / "ws.db", "c56_windows_es2.csv")
    review = {r["case_id"]: r for r in data["review"]}
    assert sorted(review) == ["E2-13", "E2-4"]  # 15:00 alone; Saturday (not a visiting day in ES)
    assert "a time alone says no day and no end" in review["E2-13"]["error"] and review["E2-13"]["text"] == "15:00"
    notes = {n["case_id"]: n["note"] for n in data["notes"]}
    assert notes["E2-7"].startswith("'todos los días' kept as Mon–Fri 09:00–21:00: Saturday and Sunday are not "
                                    "visiting days in ES")
    queue = json.loads(fv(tmp_path / "ws.db", "--json", "cases", "review").stdout)
    assert sorted(i["case_id"] for i in queue["reviews"]) == ["E2-13", "E2-4"]


def test_c21_the_review_shows_the_cell_as_written(tmp_path):
    data = _import(tmp_path / "ws.db", "c21_sjis.csv")
    [item] = [r for r in data["review"] if r["text"] == "平日18時以降"]
    assert "平日 以降" not in item["error"] and "'平日18時以降'" in item["error"].split(": ", 1)[1]
    queue = json.loads(fv(tmp_path / "ws.db", "--json", "cases", "review").stdout)
    [shown] = [i for i in queue["reviews"] if i["text"] == "平日18時以降"]
    assert "平日 以降" not in shown["error"]
