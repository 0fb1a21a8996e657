"""BRK14 #13 (KIND 8): a case id that differs from another only by punctuation or spaces
(``A001`` beside ``A-001``), in the same file or already stored, is imported as a new case with
a note on its row naming the case it looks like, and whether the name and address match too. The
preview says the same. Real SQLite and PostgreSQL workspaces (the ``app`` fixture)."""

from __future__ import annotations

import hashlib
from datetime import date

from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.import_preview import preview_import
from fieldvisit.services.import_profiles import ImportOptions
from fieldvisit.services.progress import run

AS_OF = date(2026, 11, 23)
HEAD = "case_id,name,address,lat,lon,balance,days_past_due,appointment\n"
#: the tester's k8_dup_ids.csv
DUP_IDS = HEAD + ('A-001,Ann,"Calle Mayor 1, Madrid",40.4168,-3.7038,100.00,30,\n'
                  'a-001 ,Ann B,"Calle Mayor 1, Madrid",40.4168,-3.7038,150.00,30,\n'
                  'A001,Ann C,"Calle Mayor 1, Madrid",40.4168,-3.7038,175.00,30,\n'
                  'A-001,Ann D,"Calle Mayor 1, Madrid",40.4168,-3.7038,180.00,30,\n')


def _import(app, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run(import_cases(app.uow(), app.read_table(str(path)), file_name=name,
                            sha256=hashlib.sha256(path.read_bytes()).hexdigest(), as_of=AS_OF, zones=app.zones,
                            default_timezone="Europe/Madrid", default_country="ES"))


def _twins(summary) -> list[tuple[int, str]]:
    # a note, never a review item: nothing in the queue settles an id (the file is corrected)
    assert not [r for r in summary.review if r["column"] == "case_id"]
    return [(r["row"], str(r["note"])) for r in summary.notes if r["column"] == "case_id"]


def test_a_near_twin_in_the_same_file_is_imported_with_a_note(app, tmp_path):
    summary = _import(app, tmp_path, "k8_dup_ids.csv", DUP_IDS)
    assert (summary.imported, [r["row"] for r in summary.rejected]) == (2, [3, 5])  # exact repeats: rejected
    [(row, note)] = _twins(summary)
    assert row == 4 and note.startswith("A001 looks like case A-001 (row 2; the same id but for punctuation")
    assert "; the address matches too;" in note and "name and address" not in note  # Ann C is not Ann
    with app.uow() as uow:
        assert sorted(c.case_id for c in uow.cases.list()) == ["A-001", "A001"]


def test_a_near_twin_of_a_stored_case_says_so_and_a_reimport_says_it_once(app, tmp_path):
    _import(app, tmp_path, "v1.csv", HEAD + 'B-7,Bo Li,"Calle Sol 3, Sevilla",,,10.00,5,\n')
    summary = _import(app, tmp_path, "v2.csv", HEAD + 'B7,bo li,"calle sol 3 sevilla",,,12.00,5,\n'
                                                       'C-9,Cy,"Calle Luna 1, Cádiz",,,1.00,1,\n')
    assert _twins(summary) == [(2, "B7 looks like case B-7 (stored; the same id but for punctuation or spaces); "
                                   "the name and address match too; it is imported as another case: if it is the "
                                   "same account, correct the id in the file and import again")]
    again = _import(app, tmp_path, "v2-again.csv", HEAD + 'B7,bo li,"calle sol 3 sevilla",,,12.00,5,\n')
    assert (again.updated, again.unchanged, _twins(again)) == (0, 1, [])  # B7 is stored now: told once, when it was new


def test_different_fields_are_not_said_to_match_and_the_preview_notes_the_twin(app, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEAD + 'K 12,Ana,"Calle A 1, Madrid",,,1.00,1,\nK12,Luis,"Calle B 2, Madrid",,,2.00,2,\n',
                    encoding="utf-8")
    preview = preview_import(app.read_table(str(path)), ImportOptions(), file_name="p.csv", as_of=AS_OF,
                             default_country="ES", default_currency="EUR")
    [note] = [r for r in preview["notes"] if r["column"] == "case_id"]
    assert note["row"] == 3 and "looks like case K 12 (row 2" in note["note"] and "match" not in note["note"]
    assert preview["rejected"] == [] and preview["review"] == [] and note["note"] in preview["sample"][1]["notes"]
