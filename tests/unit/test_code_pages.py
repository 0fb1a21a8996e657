"""Single-byte code pages told apart and double-encoded UTF-8 (BRK13 #7): Russian in
Windows-1251 or KOI8-R, Greek in Windows-1253, Polish/Czech in Windows-1250 are read right, not as
Windows-1252 mojibake; UTF-8 saved twice is repaired only when it round-trips exactly, else the
file is refused in one sentence naming --encoding."""

import pytest

from fieldvisit.adapters.files.code_pages import repair_double_utf8
from fieldvisit.adapters.files.text_decoding import REPAIRED_UTF8, decode
from fieldvisit.services.errors import UserError

HEAD = "case_id,name,address,balance\n"


@pytest.mark.parametrize(("rows", "encoding"), [
    ("RU-1,Иван Петров,ул. Ленина 5,1000\nRU-2,Мария Смирнова,Невский проспект 3,2000\n", "cp1251"),
    ("RU-1,Иван Петров,ул. Ленина 5,1000\nRU-2,Мария Смирнова,Невский проспект 3,2000\n", "koi8_r"),
    ("GR-1,Γιώργος Παπαδόπουλος,Οδός Ερμού 10,1000\n", "cp1253"),
    ('PL-1,Łukasz Żółć,ul. Świętokrzyska 5 Łódź,"1 234,50 zł"\nCZ-1,Antonín Dvořák,Nádražní 3 Brno,"99,00 Kč"\n',
     "cp1250"),
    ("FR-1,François Lefèvre,12 rue de l'Église,1\nES-1,Peña Núñez,Calle Mayor,2\nDE-1,Müller,Straße 5,3\n", "cp1252"),
    ("Q-1,Seán O’Connor,“The Old Mill”,€1\n", "cp1252"),
])
def test_code_pages_are_read_right(rows, encoding):
    text = HEAD + rows
    decoded, found = decode(text.encode(encoding), "f.csv")
    assert (decoded, found) == (text, encoding)


def test_double_encoded_utf8_is_repaired_when_it_round_trips():
    right = HEAD + "U-1,José Núñez,Calle Ñandú 3,1\nU-2,Zoë Müller,Straße 5,2\n"
    doubled = right.encode("utf-8").decode("cp1252").encode("utf-8")
    assert decode(doubled, "m.csv") == (right, REPAIRED_UTF8)
    assert repair_double_utf8("Zoë Müller") == (None, False)  # right UTF-8 is left alone


def test_half_double_encoded_file_is_refused_naming_the_encoding_choice():
    mixed = (HEAD + "U-1,José Núñez,Calle Ñandú 3,1\n").encode("utf-8").decode("cp1252") + "U-2,Zoë Müller,Straße 5,2\n"
    with pytest.raises(UserError, match="--encoding"):
        decode(mixed.encode("utf-8"), "mixed.csv")
    # the same mixture in Windows-1252 bytes: UTF-8 bytes on row 2, Windows-1252 on row 3 (BRK14 #7)
    with pytest.raises(UserError, match="mixes text encodings: UTF-8 on row 2, Windows-1252 on row 3"):
        decode(mixed.encode("cp1252"), "mixed.csv")
