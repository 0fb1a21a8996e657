"""A re-import names the stored cases its file no longer has (closed by the lender? a row lost by
their export?): the open cases last written by an earlier import of a file with the same name or
the same saved profile, by id only, kept unchanged. Cases of other sources are never named (a
workspace holds several lenders' files). CLI plain and ``--json`` on a real SQLite workspace; the
service on SQLite and PostgreSQL."""

import json
from datetime import date

from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from tests.integration.test_cli_plan import fv

AS_OF = date(2026, 11, 23)
HEAD = "case_id,name,address,balance,currency\n"


def rows(ids, balance="100.00"):
    return HEAD + "".join(f"{i},Debtor {i},Calle {n} Madrid,{balance},EUR\n" for n, i in enumerate(ids, 1))


def test_cli_names_the_stored_cases_a_reimport_lacks(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir(), second.mkdir()
    (first / "lender.csv").write_text(rows(["A-1", "A-2", "A-3", "A-4", "A-5"]), encoding="utf-8")
    r = fv("cases", "import", str(first / "lender.csv"), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    assert "not in it" not in r.stdout  # a first import names nothing

    # the same file name again, three of its five cases, another balance
    (second / "lender.csv").write_text(rows(["A-1", "A-2", "A-3"], "90.00"), encoding="utf-8")
    r = fv("cases", "import", str(second / "lender.csv"), "--as-of", "2026-11-24", db=db)
    assert r.returncode == 0, r.stderr
    assert ("2 stored cases from earlier imports of this file are not in it (kept unchanged): A-4, A-5 (compared "
            "with the import of lender.csv (as of 2026-11-23; same file name))." in r.stdout.splitlines())
    assert "Debtor" not in r.stdout and "Calle" not in r.stdout  # ids only, never personal data

    r = fv("--json", "cases", "import", str(second / "lender.csv"), "--as-of", "2026-11-25", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["not_in_file"] == {"count": 2, "case_ids": ["A-4", "A-5"], "compared_with": {
        "file_name": "lender.csv", "as_of": "2026-11-24", "why": "same file name"}}

    # another lender's file: the first lender's cases are not "missing" from it
    (second / "other.csv").write_text(rows(["B-1", "B-2"]), encoding="utf-8")
    r = fv("--json", "cases", "import", str(second / "other.csv"), "--as-of", "2026-11-25", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["not_in_file"] == {"count": 0, "case_ids": [], "compared_with": None}
    r = fv("cases", "import", str(second / "other.csv"), "--as-of", "2026-11-25", db=db)
    assert "not in it" not in r.stdout

    # nothing was changed or deleted
    listed = {c["case_id"]: c for c in json.loads(fv("--json", "cases", "list", db=db).stdout)["cases"]}
    assert sorted(listed) == ["A-1", "A-2", "A-3", "A-4", "A-5", "B-1", "B-2"]
    assert (listed["A-4"]["balance"], listed["A-4"]["status"]) == ("100.00", "open")
    assert listed["A-1"]["balance"] == "90.00"


def test_cli_a_renamed_file_read_with_the_same_saved_profile_is_the_same_source(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    head = "Expediente,Titular,Domicilio,Saldo,Divisa\n"
    nov, dec = tmp_path / "banco_2026-11.csv", tmp_path / "banco_2026-12.csv"
    nov.write_text(head + "E-1,Ana,Calle 1 Madrid,10.00,EUR\nE-2,Bea,Calle 2 Madrid,20.00,EUR\n", encoding="utf-8")
    dec.write_text(head + "E-2,Bea,Calle 2 Madrid,25.00,EUR\n", encoding="utf-8")
    mapping = json.dumps({"Expediente": "case_id", "Titular": "name", "Domicilio": "address", "Saldo": "balance",
                          "Divisa": "currency"})
    r = fv("cases", "import", str(nov), "--mapping", mapping, "--save-profile", "banco", "--as-of", "2026-11-23",
           db=db)
    assert r.returncode == 0, r.stderr
    r = fv("--json", "cases", "import", str(dec), "--as-of", "2026-11-24", db=db)  # the profile applies itself
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["profile"] == "banco" and data["updated"] == 1
    assert data["not_in_file"] == {"count": 1, "case_ids": ["E-1"], "compared_with": {
        "file_name": "banco_2026-11.csv", "as_of": "2026-11-23", "why": "same profile"}}
    r = fv("cases", "import", str(dec), "--as-of", "2026-11-24", db=db)
    assert "1 stored case from earlier imports of this file is not in it (kept unchanged): E-1 (compared" in r.stdout


def _import(app, tmp_path, name, text, **kw):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run(import_cases(app.uow(), app.read_table(str(path)), file_name=name, sha256=name, as_of=AS_OF, **kw))


def test_which_stored_cases_a_reimport_names(app, tmp_path):
    """On SQLite and PostgreSQL: same name or same profile; rejected rows and respelt ids are in
    the file; closed cases and other sources' cases are not named; at most 20 ids, all counted."""
    ids = [f"L-{n:02d}" for n in range(1, 31)] + ["00123"]
    assert _import(app, tmp_path, "l.csv", rows(ids)).not_in_file["count"] == 0
    assert _import(app, tmp_path, "p1.csv", rows(["P-1", "P-2"]), profile="bank").not_in_file["count"] == 0
    with app.uow() as uow:
        uow.cases.set_status(["L-30"], "closed")
        uow.commit()
    # L-01 respelt, L-02 rejected for its balance, 00123 written without its zeros (rejected too)
    again = HEAD + "l-01 ,Debtor,Calle 1 Madrid,1.00,EUR\nL-02,Debtor,Calle 2 Madrid,lots,EUR\n" \
                   "123,Debtor,Calle 3 Madrid,1.00,EUR\n"
    s = _import(app, tmp_path, "l.csv", again)
    assert len(s.rejected) == 2
    absent = [f"L-{n:02d}" for n in range(3, 30)]  # not L-30: closed
    assert s.not_in_file == {"count": len(absent), "case_ids": absent[:20], "compared_with": {
        "file_name": "l.csv", "as_of": AS_OF.isoformat(), "why": "same file name"}}
    assert "L-03" in s.as_json()["not_in_file"]["case_ids"]

    # another name with the same profile is the same source; without it, another source
    assert _import(app, tmp_path, "p2.csv", rows(["P-2"]), profile="bank").not_in_file == {
        "count": 1, "case_ids": ["P-1"], "compared_with": {"file_name": "p1.csv", "as_of": AS_OF.isoformat(),
                                                           "why": "same profile"}}
    assert _import(app, tmp_path, "p3.csv", rows(["P-2"])).not_in_file["count"] == 0
    with app.uow() as uow:  # kept unchanged
        assert uow.cases.get("L-03").balance == uow.cases.get("P-1").balance
        assert uow.cases.count() == 33
