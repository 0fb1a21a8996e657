"""Re-importing a file whose ids a spreadsheet or a person changed (BRK13 #12): ``r-2 `` updates
the stored ``R-2`` (its spelling kept), ``123`` for the stored ``00123`` and ``4.5E+15`` are
rejected with a sentence — never a silent new duplicate. Also a phone Excel turned into
scientific notation: row kept, phone blank, in the review queue (#16)."""

import json

from tests.integration.test_cli_plan import fv


def test_reimport_matches_ids_and_refuses_mangled_ones(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    first = tmp_path / "re1.csv"
    first.write_text("case_id,name,balance,currency\nR-1,Ana,100.00,EUR\nR-2,Bob,200.00,EUR\n"
                     "00123,Cid,300.00,EUR\n", encoding="utf-8")
    second = tmp_path / "re2.csv"
    second.write_text("case_id,name,balance,currency,phone\nR-1,Ana,150.00,EUR,34600111222.0\n"
                      "r-2 ,Bob,250.00,EUR,6.00111E+08\n123,Cid,350.00,EUR,\nR-4,New,1.00,EUR,n/a\n"
                      "4.5E+15,Eve,1.00,EUR,\n", encoding="utf-8")
    assert fv("cases", "import", str(first), "--as-of", "2026-11-23", db=db).returncode == 0
    r = fv("--json", "cases", "import", str(second), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["rows"], data["imported"], data["updated"]) == (5, 1, 2)
    rejected = {x["row"]: x["error"] for x in data["rejected"]}
    assert "leading zeros" in rejected[4] and "scientific notation" in rejected[6]
    cases = {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", db=db).stdout)["cases"]}
    assert sorted(cases) == ["00123", "R-1", "R-2", "R-4"]
    assert cases["R-2"]["balance"] == "250.00" and cases["00123"]["balance"] == "300.00"
    queue = json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]
    assert [(i["case_id"], i["column"], i["text"]) for i in queue] == [("R-2", "phone", "6.00111E+08")]
