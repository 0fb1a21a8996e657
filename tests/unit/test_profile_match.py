"""A saved import profile still applies when a lender's headers drift a little (BRK13 #13)."""

from fieldvisit.domain.columns import header_signature
from fieldvisit.services.import_profiles import _mapping_for, header_key, profile_match

PROFILE = {"name": "banco", "headers": list(header_signature(["Ref", "Cliente X", "Importe Z", "Cuando"])),
           "mapping": {"Ref": "case_id", "Cliente X": "name", "Importe Z": "balance", "Cuando": "appointment"}}


def test_spaces_case_punctuation_and_one_more_column_still_apply():
    m = profile_match(PROFILE, ["Ref ", "Cliente X ", "Importe  Z", "Cuando", "Nuevo"])
    assert m["applied"] and not m["exact"] and m["added"] == ["Nuevo"] and m["missing"] == []
    assert m["text"] == "applied profile 'banco' (headers differ: +1 column)"
    m = profile_match(PROFILE, ["REF", "cliente-x", "ImporteZ", "cuando"])
    assert m["applied"] and m["respelled"] and "spelt differently" in m["text"]
    assert profile_match(PROFILE, ["ref", "cliente x", "importe z", "cuando"])["exact"]


def test_a_missing_column_still_applies_but_not_without_its_case_id_or_most_headers():
    assert profile_match(PROFILE, ["Ref", "Cliente X", "Importe Z"])["text"] == \
        "applied profile 'banco' (headers differ: -1 column)"
    m = profile_match(PROFILE, ["Cliente X", "Importe Z", "Cuando", "Id"])
    assert not m["applied"] and "case id column (Ref)" in m["text"]
    m = profile_match(PROFILE, ["Ref", "A", "B", "C", "D"])
    assert not m["applied"] and m["text"].startswith("nearest profile 'banco' not applied: only 1 of 5")


def test_the_mapping_follows_the_files_spelling():
    assert header_key(" Importe  Z. ") == "importez"
    assert _mapping_for(PROFILE, ["REF", "Importe.Z"]) == {"REF": "case_id", "Cliente X": "name",
                                                          "Importe.Z": "balance", "Cuando": "appointment"}
