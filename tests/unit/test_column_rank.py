"""Several columns could be the balance, phone or address: the right one is used, the others are
kept as information and the choice is said (BRK13 #4)."""

import pytest

from fieldvisit.domain.columns import column_conflicts, plan_columns


def used(headers, field):
    return [s for s, f, _ in plan_columns(headers) if f == field]


@pytest.mark.parametrize("headers, balance", [
    (["id", "principal", "balance"], "balance"),
    (["id", "amount", "balance"], "balance"),
    (["id", "original_balance", "balance"], "balance"),
    (["Account", "Loan Amount", "Outstanding Balance"], "Outstanding Balance"),
    (["Account", "Original Amount", "Current Balance"], "Current Balance"),
    (["Expediente", "Monto del préstamo", "Saldo"], "Saldo"),
    (["Expediente", "Monto del préstamo", "Saldo pendiente"], "Saldo pendiente"),
    (["合同号", "本金", "欠款余额"], "欠款余额"),
    (["合同号", "本金", "应还金额"], "应还金额"),
    (["id", "Principal Balance", "Total Balance"], "Total Balance"),
])
def test_the_outstanding_balance_beats_the_loan_amount(headers, balance):
    assert used(headers, "balance") == [balance]
    notes = column_conflicts(headers)
    assert notes and notes[0]["chosen"] == balance and not notes[0]["tie"]


def test_phone_and_address_prefer_mobile_and_home():
    headers = ["id", "work_phone", "phone", "mailing_address", "home_address"]
    assert used(headers, "phone") == ["phone"] and used(headers, "address") == ["home_address"]
    kept = [s for s, f, a in plan_columns(headers) if a == "keep"]
    assert kept == ["work_phone", "mailing_address"]  # kept as information, shown on the prep sheet


def test_two_equally_good_candidates_are_a_conflict_and_a_mapping_settles_it():
    headers = ["id", "Outstanding Balance", "Total Balance"]
    (note,) = column_conflicts(headers)
    assert note["tie"] and note["chosen"] == "Outstanding Balance" and note["other"] == "Total Balance"
    mapping = {"Total Balance": "balance"}
    assert [s for s, f, _ in plan_columns(headers, mapping) if f == "balance"] == ["Total Balance"]
    assert column_conflicts(headers, mapping) == []
