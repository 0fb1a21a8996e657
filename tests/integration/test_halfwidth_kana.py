"""A Japanese lender's Shift-JIS (cp932) file with names in half-width katakana (ﾔﾏﾀﾞ ﾀﾛｳ) is
legitimate: imported through the CLI, the names come back exactly as written (no NFKC on a name:
half-width stays half-width), and the file is not taken for another code page (issue 13)."""

import json
import os
import subprocess
import sys
from pathlib import Path

NAMES = {"JP-1": "ﾔﾏﾀﾞ ﾀﾛｳ", "JP-2": "ｻﾄｳ ﾊﾅｺ", "JP-3": "ｽｽﾞｷ ｲﾁﾛｳ", "JP-4": "山田 ﾊﾟﾝ"}


def fv(*args, db):
    env = {**os.environ, "TZ": "Asia/Tokyo", "FIELDVISIT_HOME": str(Path(db).parent)}
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args],
                          capture_output=True, text=True, env=env, timeout=120)


def _file(tmp_path, rows: dict[str, str], address: str = "東京都千代田区丸の内1-1-1") -> Path:
    text = "case_id,name,address,balance\n" + "".join(
        f"{cid},{name},{address},12000\n" for cid, name in rows.items())
    path = tmp_path / "jp_cp932.csv"
    path.write_bytes(text.encode("cp932"))
    return path


def _names(db) -> dict[str, str]:
    r = fv("cases", "list", "--json", db=db)
    assert r.returncode == 0, r.stderr
    return {c["case_id"]: c["name"] for c in json.loads(r.stdout)["cases"]}


def test_half_width_katakana_names_round_trip_through_the_cli(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    r = fv("cases", "import", str(_file(tmp_path, NAMES)), "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["imported"] == len(NAMES)
    assert _names(db) == NAMES  # as written: not widened to ヤマダ タロウ, not mojibake


def test_a_file_of_only_half_width_names_and_latin_addresses(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    rows = {"JP-1": "ﾔﾏﾀﾞ ﾀﾛｳ", "JP-2": "ｻﾄｳ ﾊﾅｺ"}
    r = fv("cases", "import", str(_file(tmp_path, rows, address="1-1 Marunouchi Tokyo")), "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert _names(db) == rows  # not Latin mojibake (ÔÏÀÞ ÀÛ³)
