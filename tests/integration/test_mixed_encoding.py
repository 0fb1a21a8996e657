"""BRK14 #7 (KIND 3): a CSV that mixes encodings (rows pasted from two systems) is refused in
one sentence naming the first rows of each kind, and an encoding the user forces that turns
UTF-8 letters into mojibake (``JosÃ© PeÃ±a``) is refused naming the rows, never stored. Files
in one encoding still read as before."""

from __future__ import annotations

import json

import pytest

from fieldvisit.adapters.files.encoding_checks import mojibake_rows
from fieldvisit.adapters.files.readers import read_table
from fieldvisit.adapters.files.text_decoding import decode
from fieldvisit.services.errors import UserError
from tests.integration.test_cli_plan import fv

HEAD = "case_id,name,balance,days_past_due\n"
#: the tester's k3_mixed_enc.csv: row 2 written as UTF-8, row 3 as Windows-1252
MIXED = HEAD.encode() + "X-1,José Peña,100.00,30\n".encode("utf-8") + "X-2,Begoña Muñoz,200.00,40\n".encode("cp1252")


def _import(tmp_path, path, *args):
    return fv("cases", "import", str(path), "--as-of", "2026-11-23", *args, db=f"sqlite:///{tmp_path / 'ws.db'}")


def _one_sentence(r) -> str:
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    return r.stderr


@pytest.mark.parametrize("other", ["cp1252", "latin-1"])
def test_utf8_and_a_code_page_in_one_file_are_refused_naming_the_rows(other):
    with pytest.raises(UserError, match=r"mixes text encodings: UTF-8 on row 2, Windows-1252 on row 3"):
        decode(HEAD.encode() + "X-1,José Peña,1,1\n".encode() + "X-2,Begoña,2,2\n".encode(other), "m.csv")


def test_the_first_rows_of_each_kind_are_named_and_chinese_mixtures_too():
    rows = [f"C-{i},{'张伟' if i % 2 else '李娜'},1,1\n".encode("utf-8" if i < 4 else "gbk") for i in range(8)]
    with pytest.raises(UserError, match="UTF-8 on rows 2, 3, 4 and 1 more, GBK on rows 6, 7, 8 and 1 more"):
        decode(HEAD.encode() + b"".join(rows), "zh.csv")


@pytest.mark.parametrize("text,encoding", [
    (HEAD + "A,Begoña Muñoz ‘Bego’,1,1\nB,Zoë,2,2\n", "cp1252"),
    (HEAD + "A,张伟,1,1\nB,王芳,2,2\nC,北京市海淀区,3,3\n", "gbk"),
    (HEAD + "A,José Peña,1,1\nB,Zoë,2,2\n", "utf-8"),
])
def test_a_file_in_one_encoding_still_reads(text, encoding):
    assert decode(text.encode(encoding), "one.csv")[0] == text


def test_typical_mojibake_is_found_and_right_text_is_not():
    assert mojibake_rows("h\nJosÃ© PeÃ±a\nok\nIt wasnâ€™t\nÂ\u00a012 €\n") == ([2, 4, 5], "Ã©")
    assert mojibake_rows("h\nJosé Peña\nÑandú Ávila, Nº 3, 1ª planta\nStraße Ü «Zoë» 50°\n") == ([], "")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_forced_encoding_that_garbles_utf8_is_refused_and_nothing_is_stored(tmp_path, encoding):
    path = tmp_path / "k3_mixed_enc.csv"
    path.write_bytes(MIXED)
    with pytest.raises(UserError, match="shows garbled letters such as 'Ã©' on row 2"):
        read_table(str(path), encoding=encoding)
    err = _one_sentence(_import(tmp_path, path, "--encoding", encoding))
    assert f"Read as {encoding}, k3_mixed_enc.csv shows garbled letters" in err and "José" not in err
    assert "mixes text encodings: UTF-8 on row 2" in _one_sentence(_import(tmp_path, path))
    listed = fv("--json", "cases", "list", db=f"sqlite:///{tmp_path / 'ws.db'}")
    assert json.loads(listed.stdout)["cases"] == []


def test_a_forced_encoding_that_fits_the_file_still_imports(tmp_path):
    path = tmp_path / "es.csv"
    path.write_bytes((HEAD + "A,Begoña Muñoz ‘Bego’,1,1\n").encode("cp1252"))
    assert next(iter(read_table(str(path), encoding="cp1252").rows))[1][1] == "Begoña Muñoz ‘Bego’"
