"""Text from lenders' files never drives the terminal it is printed to: an escape sequence in a
collector's name, a note or an information column shows escaped in every plain listing (a name
read as ``Eve\\x1b[2J`` would clear the screen of whoever lists the collectors), and names and
addresses lose their control characters at import with a note. ``--json`` keeps the data as
stored (JSON escapes it)."""

import json
import os
import subprocess
import sys


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


def test_escape_sequences_are_shown_not_obeyed(tmp_path):
    src = tmp_path / "esc.csv"
    src.write_text("case_id,name,address,collector,notes,balance,currency,days past due,Extra Info\n"
                   "A-1,Ana\x1b[2J Ruiz,Calle 1\x07,Eve\x1b[31m,note\x1b]0;title\x07 end,100,EUR,30,ex\x1b[5m\n",
                   encoding="utf-8")
    db = str(tmp_path / "ws.sqlite")
    r = fv("cases", "import", str(src), "--as-of", "2026-11-23", "--country", "ES", "--json", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["imported"] == 1
    notes = {n["column"]: n["note"] for n in data["notes"]}
    assert "U+001B" in notes["name"] and "U+0007" in notes["address"]
    for args in (("cases", "list"), ("collectors", "list"), ("prep", "A-1"), ("cases", "show", "A-1")):
        r = fv(*args, db=db)
        if r.returncode == 2 and "invalid choice" in r.stderr:
            continue  # a command this version does not have
        assert r.returncode == 0, (args, r.stderr)
        assert "\x1b" not in r.stdout and "\x07" not in r.stdout, args
    listed = fv("collectors", "list", db=db).stdout
    assert "Eve\\x1b[31m" in listed
    r = fv("cases", "list", "--json", db=db)
    assert json.loads(r.stdout)["cases"][0]["name"] == "Ana[2J Ruiz"
