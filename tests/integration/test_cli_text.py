"""BRK16b #9, #10, #15, #16: what the command line does with text that is not text, file names
that are not text, ``--demo`` with a command, and the sentences that quote input. Each is one
sentence and exit 2 (or the job done), never exit 1 with a UnicodeEncodeError, never a false
"the disk is full", never 100,000 characters echoed back."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.integration.test_hostile_cli import _cases_csv, _visit, assert_refused, fv

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws")
    db = str(folder / "ws.sqlite")
    r = fv("cases", "import", str(_cases_csv(folder / "c.csv")), db=db)
    assert r.returncode == 0, r.stderr
    return db


def _visit_with(tmp_path: Path, raw_field: str) -> Path:
    """A visit whose JSON holds ``raw_field`` as written (escapes and all)."""
    text = _visit(tmp_path / "base.json").read_text(encoding="utf-8")
    path = tmp_path / "v.json"
    path.write_text(text[:-1] + ", " + raw_field + "}", encoding="utf-8")
    return path


@pytest.mark.parametrize("raw", [r'"reason": "a\ud800b"', r'"x\udfff": 1', r'"agreed_proposal": {"n": ["\udc80"]}'])
def test_a_lone_surrogate_in_json_is_not_valid_text(workspace, tmp_path, raw):
    r = fv("visits", "add", "--json-file", str(_visit_with(tmp_path, raw)), db=workspace)
    assert_refused(r, "is not valid text")


@pytest.mark.parametrize("name", ["surrogate_case_id.json"])
def test_the_testers_visit_file_is_refused(workspace, name):
    assert_refused(fv("visits", "add", "--json-file", str(DATA / name), db=workspace), "not valid text")


def test_an_identity_with_a_lone_surrogate_is_refused(workspace):
    assert_refused(fv("keys", "trust", str(DATA / "surrogate_identity.json"), db=workspace), "not valid text")


def test_an_escaped_surrogate_pair_is_one_character(workspace, tmp_path):
    r = fv("visits", "add", "--json-file", str(_visit_with(tmp_path, r'"reason": "ok \ud83d\ude00"')), db=workspace)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("command", [("prep", "K\udcff"), ("visits", "list", "--case", "K\udcff"),
                                     ("plan", "--date", "2026-12-02", "--collector", "an\udcffa"),
                                     ("override", "C-1", "--by", "x", "--reason", "long enough reason \udcfe"),
                                     ("cases", "list", "--status", "\udcffopen")])
def test_a_text_argument_that_is_not_utf8_is_refused(workspace, command):
    r = fv(*command, db=workspace)
    assert_refused(r, "is not valid text", "\\xf")


def test_a_pdf_under_a_name_that_is_not_utf8_is_written(workspace, tmp_path):
    target = Path(os.fsdecode(bytes(tmp_path) + b"/p\xff.pdf"))
    r = fv("prep", "C-1", "--pdf", str(target), db=workspace)
    assert r.returncode == 0, r.stderr
    assert os.fsencode(target) in [os.fsencode(p) for p in tmp_path.iterdir()]
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary left behind
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/d\xfe"))
    folder.mkdir()
    r = fv("prep", "C-1", "--pdf", str(folder / "q.pdf"), db=workspace)
    assert r.returncode == 0, r.stderr
    assert (folder / "q.pdf").read_bytes().startswith(b"%PDF")


def test_demo_with_a_command_is_refused_and_creates_nothing(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "FIELDVISIT_HOME": str(home)}
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--demo", "office", "map", "--date", "2026-12-01",
                        "--out", str(tmp_path / "m.html")], capture_output=True, text=True, env=env, timeout=120)
    assert_refused(r, "--demo opens the window", "takes no command")
    assert not (home / "workspace.sqlite").exists()


def test_a_null_outcome_is_missing_not_none(workspace, tmp_path):
    r = fv("visits", "add", "--json-file", str(_null_outcome(tmp_path)), db=workspace)
    assert_refused(r, "outcome is missing")
    assert "None" not in r.stderr


def _null_outcome(tmp_path: Path) -> Path:
    data = json.loads(_visit(tmp_path / "n.json").read_text(encoding="utf-8"))
    data["outcome"] = None
    (tmp_path / "n.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path / "n.json"


@pytest.mark.parametrize("command", [("plan", "--date", "2026-12-02", "--collector", "x" * 100_000),
                                     ("prep", "y" * 100_000), ("cases", "list", "--status", "z" * 100_000),
                                     ("plan", "--date", "w" * 100_000)])
def test_quoted_input_is_capped(workspace, command):
    r = fv(*command, db=workspace)
    assert_refused(r)
    assert len(r.stderr) < 400 and "…" in r.stderr, r.stderr[:500]


def test_rows_with_their_own_country_and_zone_get_no_zone_warning(tmp_path):
    db = str(tmp_path / "w.sqlite")
    env = {**os.environ, "TZ": "UTC", "FIELDVISIT_HOME": str(tmp_path)}
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, "cases", "import",
                        str(DATA / "two_countries.csv")], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "No country or time zone" not in r.stdout + r.stderr
    bare = tmp_path / "bare.csv"
    bare.write_text("case_id,name,address,balance,currency,days_past_due\nC1,Cid,Somewhere 1,100.00,EUR,40\n",
                    encoding="utf-8")
    # no zone from the computer either (TZ=UTC)
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", str(tmp_path / "w2.sqlite"), "cases", "import",
                        str(bare)], capture_output=True, text=True, env=env, timeout=120)
    assert "No country or time zone" in r.stdout + r.stderr  # a case that really lacks one is still told


def test_the_cache_folders_are_owner_only(tmp_path):
    home = tmp_path / "home"
    (home / "cache" / "holidays").mkdir(parents=True, mode=0o755)  # as an earlier version left them
    os.chmod(home / "cache", 0o755)
    os.chmod(home / "cache" / "holidays", 0o755)
    db = str(home / "w.sqlite")
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), db=db).returncode == 0
    assert fv("visits", "add", "--json-file", str(_visit(tmp_path / "v.json")), db=db).returncode == 0
    for folder in (home / "cache", home / "cache" / "holidays"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for f in (home / "cache" / "holidays").iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
