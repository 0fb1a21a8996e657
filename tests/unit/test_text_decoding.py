"""Telling a case file's legacy encoding from its bytes, even when it holds only a short name:
read right or refused in one sentence, never mojibake (issue 13)."""

import pytest

from fieldvisit.adapters.files.text_decoding import decode
from fieldvisit.services.errors import UserError

SAMPLES = [("big5", n) for n in ["林美玲", "陳大文", "王小明", "張偉", "黃志明", "李淑芬", "臺北市", "新北市板橋區"]] + \
    [("gb18030", n) for n in ["李娜", "张伟", "王芳", "刘洋", "陈静", "杨磊", "上海市", "北京市朝阳区"]] + \
    [("gbk", "上海市浦东新区世纪大道100号")] + \
    [("cp932", n) for n in ["佐藤", "鈴木一郎", "高橋", "田中花子", "東京都", "さくら"]] + \
    [("shift_jis", "大阪府大阪市北区梅田3丁目")] + \
    [("cp1252", n) for n in ["José Núñez", "Zoë Ångström", "François Müller"]]


@pytest.mark.parametrize(("encoding", "name"), SAMPLES)
def test_short_files_in_legacy_encodings(encoding, name):
    text, _ = decode(f"case_id,name\nX-1,{name}\n".encode(encoding), "x.csv")
    assert text.splitlines()[1] == f"X-1,{name}"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_unicode_with_and_without_a_byte_order_mark(encoding):
    text, _ = decode("case_id\tname\nU-1\tZoë 张伟\n".encode(encoding), "x.csv")
    assert text.lstrip("\ufeff").splitlines()[1] == "U-1\tZoë 张伟"


def test_binary_is_refused_in_one_sentence():
    with pytest.raises(UserError) as info:
        decode(bytes(range(256)) * 4, "x.csv")
    assert "\n" not in str(info.value) and "CSV or XLSX" in str(info.value)


@pytest.mark.parametrize("name", ["ﾔﾏﾀﾞ ﾀﾛｳ", "ｻﾄｳ ﾊﾅｺ", "山田 ﾊﾟﾝ", "ﾀﾅｶ･ﾊﾅｺ"])
def test_half_width_katakana_names_in_shift_jis_are_read_as_written(name):
    text, encoding = decode(f"case_id,name\nX-1,{name}\nX-2,{name}\n".encode("cp932"), "x.csv")
    assert encoding == "cp932" and text.splitlines()[1] == f"X-1,{name}"


@pytest.mark.parametrize("name", ["PEÑA", "MUÑOZ GARCÍA", "Peña Ñúñez"])
def test_latin_capitals_are_not_taken_for_half_width_katakana(name):
    text, _ = decode(f"case_id,name\nX-1,{name}\n".encode("cp1252"), "x.csv")
    assert text.splitlines()[1] == f"X-1,{name}"
