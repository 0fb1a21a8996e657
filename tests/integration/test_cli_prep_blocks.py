"""BRK15b #1 through the command line: `prep CASE` (text and JSON), `prep CASE --pdf` and the
day pack of a blocked case lead with the block and make no repayment offer; an override
(audited) shows the proposal with the override noted."""

import json
import os
import shutil
import subprocess
import sys

import pytest

AS_OF = "2026-11-23"


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    path = "sqlite:///" + str(tmp_path_factory.mktemp("prepblocks") / "ws.sqlite")
    assert fv("demo", "--cases", "300", "--as-of", AS_OF, db=path).returncode == 0
    cases = json.loads(fv("--json", "cases", "list", "--as-of", AS_OF, db=path).stdout)["cases"]
    by_flag = {}
    for c in cases:
        if len(c["flags"]) == 1 and float(c["balance"]) > 0:
            by_flag.setdefault(c["flags"][0], c["case_id"])
    return path, by_flag


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("flag", ["cease", "bankruptcy", "do_not_visit", "vulnerable", "dispute"])
def test_blocked_sheet_on_every_output(ws, flag, tmp_path):
    db, by_flag = ws
    if flag not in by_flag:
        pytest.skip(f"the demo has no case with only {flag}")
    case_id = by_flag[flag]
    r = fv("--json", "prep", case_id, "--as-of", AS_OF, db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["blocked"] is True and data["blocks"][0]["flag"] == flag
    assert data["proposal"]["installments"] == [] and data["proposal"]["kind"] == "blocked"
    points = " ".join(data["talking_points"])
    assert "Offer:" not in points and "write the promise down" not in points
    text = fv("prep", case_id, "--as-of", AS_OF, db=db).stdout
    assert text.startswith("BLOCKED:") and "Proposal: none (blocked)" in text
    out = tmp_path / "sheet.pdf"
    assert fv("prep", case_id, "--as-of", AS_OF, "--pdf", str(out), db=db).returncode == 0
    page = pdf_text(out)
    assert "Blocked: no repayment" in page and "None: the case is blocked" in page
    assert "Offer:" not in page and "write the promise down" not in page


def test_override_shows_the_proposal_with_the_override_noted(ws, tmp_path):
    db, by_flag = ws
    case_id = by_flag["vulnerable"]
    r = fv("override", case_id, "--by", "Sara Sup", "--reason", "Spoke with the office: visit agreed", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(fv("--json", "prep", case_id, "--as-of", AS_OF, db=db).stdout)
    assert data["blocked"] is False and data["override"]["by"] == "Sara Sup" and data["proposal"]["installments"]
    assert data["blocks"][0]["flag"] == "vulnerable"
    assert "override by Sara Sup" in data["proposal"]["notes"][0]
    out = tmp_path / "over.pdf"
    assert fv("prep", case_id, "--as-of", AS_OF, "--pdf", str(out), db=db).returncode == 0
    page = pdf_text(out)
    assert "supervisor's override" in page and "Override by Sara Sup" in page


def test_day_pack_of_an_overridden_cease_case_leads_with_the_block(ws, tmp_path):
    """A blocked case reaches a day plan only under an override (for the day): its page in the PDF
    day pack leads with the block and notes the override above the proposal."""
    db, by_flag = ws
    case_id = by_flag["cease"]
    cases = json.loads(fv("--json", "cases", "list", "--as-of", AS_OF, db=db).stdout)["cases"]
    collector = next(c["collector"] for c in cases if c["case_id"] == case_id)
    day = "2026-11-25"
    assert fv("override", case_id, "--by", "Sara Sup", "--reason", "The borrower asked for this visit in writing",
              "--date", day, db=db).returncode == 0
    plan = fv("--json", "plan", "--date", day, "--collector", collector, "--as-of", AS_OF, "--lock", case_id,
              "--shift", "09:00-21:00", "--time-limit", "1", db=db)  # its agreed window is in the evening
    assert plan.returncode == 0, plan.stderr
    assert case_id in [s["case_id"] for s in json.loads(plan.stdout)["stops"]]
    out = tmp_path / "pack.pdf"
    r = fv("prep", "--day", day, "--collector", collector, "--as-of", day, "--pdf", str(out), db=db)
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    page = next(p for p in text.split("\f") if f"Case {case_id}" in p)
    assert "Blocked — shown under a supervisor's override" in page and "Override by Sara Sup" in page
    assert page.index("Cease request") < page.index("Repayment proposal")
