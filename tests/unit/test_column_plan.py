"""Column plans and import options: every column gets a visible fate (map, keep, ignore), an
unknown column is kept rather than dropped, profiles recognise files by their header set."""

from __future__ import annotations

import pytest

from fieldvisit.domain.columns import MappingError, header_signature, plan_columns
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_profiles import ImportOptions


def test_unknown_columns_are_kept_and_the_mapping_wins():
    plan = plan_columns(["Account #", "Customer Name", "Branch", "State", "Owed"],
                        {"Owed": "balance", "State": "ignore"})
    assert plan == [("Account #", "case_id", "map"), ("Customer Name", "name", "map"), ("Branch", None, "keep"),
                    ("State", None, "ignore"), ("Owed", "balance", "map")]


def test_a_second_column_for_the_same_field_is_kept_not_lost():
    plan = plan_columns(["case_id", "Phone", "Mobile"])
    assert plan[1] == ("Phone", "phone", "map") and plan[2] == ("Mobile", None, "keep")


def test_unnamed_columns_are_shown_by_position():
    assert plan_columns(["case_id", "", None])[1:] == [("column 2", None, "keep"), ("column 3", None, "keep")]


def test_a_mapping_to_no_field_is_refused():
    with pytest.raises(MappingError):
        plan_columns(["a"], {"a": "postcode"})


def test_profiles_recognise_the_same_headers_in_any_order_or_case():
    assert header_signature(["Account #", "City", " Zip "]) == header_signature(["ZIP", "account #", "city", ""])
    assert header_signature(["Account #", "City"]) != header_signature(["Account #", "Town"])


def test_options_on_top_of_a_profile():
    profile = {"name": "us", "mapping": {"Zip": "ignore", "State": "ignore"},
               "options": {"date_order": "MDY", "decimal": "."}}
    merged = ImportOptions(decimal=",", mapping={"State": "keep"}).over(profile)
    assert merged.profile == "us" and merged.date_order == "MDY" and merged.decimal == ","
    assert merged.mapping == {"Zip": "ignore", "State": "keep"}
    assert merged.dayfirst is False and merged.decimal_comma is True


@pytest.mark.parametrize("bad", [{"decimal": ";"}, {"date_order": "YDM"}, {"header_row": 0}])
def test_bad_options_are_one_sentence(bad):
    with pytest.raises(UserError):
        ImportOptions(**bad)


def test_a_header_ending_in_a_three_letter_word_is_read_not_crashed_on():
    from fieldvisit.domain.columns import canonical_for

    assert canonical_for("Bank export 30 Nov") is None
    assert canonical_for("Amount USD") == "balance"
    assert plan_columns(["case_id", "Report Nov"])[1] == ("Report Nov", None, "keep")
