"""The CLI's plain output says its counts in words agreeing with them (``1 row``, ``2 rows``;
``1 value needs review``, ``2 values need review``)."""

from tests.integration.test_cli_lender_columns import fv

HEAD = "case_id,name,address,country,balance,currency,appointment\n"
ROW = "{id},Ana,\"Calle 1, Madrid\",ES,100,EUR,{when}\n"


def _plain(db, path, *extra):
    r = fv(db, "cases", "import", str(path), "--as-of", "2026-11-23", *extra)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_one_and_two_in_the_import_and_review_output(tmp_path):
    db = tmp_path / "ws.db"
    one = tmp_path / "one.csv"
    one.write_text(HEAD + ROW.format(id="A1", when="2026-11-24 10:00-11:00") + "TOTAL,,,,100,,\n"
                   + ROW.format(id="A2", when="call first"), encoding="utf-8")
    out = _plain(db, one)
    assert "2 rows in one.csv: 2 imported, 0 updated, 0 rejected; 1 appointment window read." in out
    assert "\n1 row skipped (not case records):" in out
    assert "\n1 value needs review (rows kept;" in out
    review = fv(db, "cases", "review")
    assert review.stdout.startswith("1 value needs review.")
    preview = fv(db, "cases", "import", str(one), "--as-of", "2026-11-23", "--preview").stdout
    assert "0 rows would be rejected, 1 value would need review (in" in preview and "1 row skipped" in preview

    two = tmp_path / "two.csv"
    two.write_text(HEAD + ROW.format(id="B1", when="2026-11-24 10:00-11:00; 2026-11-25 10:00-11:00")
                   + ROW.format(id="B2", when="ring the bell") + "TOTAL,,,,100,,\nSubtotal,,,,100,,\n",
                   encoding="utf-8")
    out = _plain(db, two)
    assert "2 rows in two.csv: 2 imported, 0 updated, 0 rejected; 2 appointment windows read." in out
    assert "\n2 rows skipped (not case records):" in out
    assert fv(db, "cases", "review").stdout.startswith("2 values need review.")

    single = tmp_path / "single.csv"
    single.write_text(HEAD + ROW.format(id="C1", when=""), encoding="utf-8")
    assert _plain(db, single).startswith("1 row in single.csv: 1 imported, 0 updated, 0 rejected; "
                                         "0 appointment windows read.")
