"""Breaker report 16a, finding 8: without --as-of (and in the window) an import of a file made a
few days earlier used the day of import, so every row's due date and days past due "disagreed"
(one false review item a row). The file's own cut-off date is used instead, from a title line
(``Fecha de corte: 23/11/2026``, ``Date d'arrêté``, ``As of``…) or from its rows agreeing on one
day; it is said in the preview's evidence and the summary; the user's --as-of still wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"
pytestmark = pytest.mark.skipif(date.today() <= date(2026, 11, 23), reason="the files' cut-off date must be past")


def fv(db: str, *args) -> dict:
    env = {**os.environ, "FIELDVISIT_HOME": str(Path(db).parent), "FIELDVISIT_PASSPHRASE": "brk16-asof"}
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", f"sqlite:///{db}", "--json", *args],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _due_reviews(data: dict) -> list[dict]:
    return [r for r in data["review"] if r["column"] == "due_date"]


def test_the_title_rows_cut_off_date_is_the_imports_as_of(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    path = str(DATA / "x_summary_title.xlsx")  # "Fecha de corte: 23/11/2026" above the header
    preview = fv(db, "cases", "import", path, "--preview", "--country", "ES")
    assert preview["as_of"] == "2026-11-23" and _due_reviews(preview) == []
    assert any(e.startswith("As of 2026-11-23") and "Fecha de corte" in e for e in preview["conventions"]["evidence"])
    data = fv(db, "cases", "import", path, "--country", "ES")
    assert data["as_of"] == "2026-11-23" and _due_reviews(data) == []
    assert any(e.startswith("As of 2026-11-23") for e in data["conventions"]["evidence"])
    # the user's --as-of still wins: every row then disagrees, each with both readings
    other = fv(str(tmp_path / "other.sqlite"), "cases", "import", path, "--country", "ES", "--as-of", "2026-12-01")
    assert other["as_of"] == "2026-12-01" and len(_due_reviews(other)) == 4


@pytest.mark.parametrize("title", ["Date d'arrêté : 23/11/2026", "Situation au 23/11/2026", None])
def test_a_csv_states_its_cut_off_date_in_a_title_or_by_its_rows(tmp_path, title):
    path = tmp_path / "banque.csv"
    lines = ([f"Banque Exemple;;;;", f"{title};;;;", ";;;;"] if title else []) + [
        "Référence;Nom;Montant;Jours de retard;Échéance",
        "FR-1;Hélène;1 234,56 €;30;24/10/2026", "FR-2;François;500,00 €;60;24/09/2026",
        "FR-3;Zoé;45,50 €;3;20/11/2026"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "ws.sqlite")
    data = fv(db, "cases", "import", str(path), "--country", "FR")
    assert data["as_of"] == "2026-11-23" and _due_reviews(data) == []
    said = [e for e in data["conventions"]["evidence"] if e.startswith("As of 2026-11-23")]
    assert said and (title[:10] in said[0] if title else "3 of the file's 3 rows" in said[0])
    listed = {c["case_id"]: c for c in fv(db, "cases", "list", "--as-of", "2026-11-23")["cases"]}
    assert (listed["FR-1"]["days_past_due"], listed["FR-3"]["days_past_due"]) == (30, 3)


def test_a_row_that_disagrees_with_the_rest_still_goes_to_review(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    data = fv(db, "cases", "import", str(DATA / "cn_gbk.csv"), "--country", "CN")
    assert data["as_of"] == "2026-11-23"  # three of its four rows agree on 23 November
    assert [r["case_id"] for r in _due_reviews(data)] == ["CN-001"]  # 2026-03-04 with 45 days: still at odds
