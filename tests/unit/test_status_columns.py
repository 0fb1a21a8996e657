"""Account status columns read for blocking conditions (BRK13c #1): header mapping, the status
rules of domain/status_columns.py, ``Estado`` decided by its values, a ``Vulnerable`` column."""

import pytest

from fieldvisit.domain.cases import Flag
from fieldvisit.domain.columns import MappingError, plan_columns
from fieldvisit.domain.flag_columns import STATUS, flag_field, read_flag_cells
from fieldvisit.domain.status_columns import read_status, status_kind, values_are_statuses
from fieldvisit.domain.subdivisions import countries_of_region

D = Flag.DECEASED


@pytest.mark.parametrize("header", ["Status", "Account Status", "ACCOUNT_STATUS", "Loan Status", "Situación",
                                    "Situação", "Estatus", "Estado de la cuenta", "状态", "账户状态", "狀態",
                                    "Stato", "Statut", "ACCT_STATUS_CD", "Status Description", "Sub-Status",
                                    "Estatus de cobranza", "Estado del préstamo", "Situação do contrato", "贷款状态"])
def test_status_headers_are_status_columns(header):
    assert flag_field(header) == STATUS


@pytest.mark.parametrize("header", ["Estado", "Estado civil", "Status Flags", "Deceased Status", "Vulnerable",
                                    "Payment Status", "Marital Status", "Status Date", "Geocode Status", "死亡状态"])
def test_other_headers_are_not_status_columns(header):
    assert flag_field(header) != STATUS


def test_a_vulnerable_column_is_the_vulnerable_flag():
    assert flag_field("Vulnerable") == "flag:vulnerable"
    assert flag_field("Vulnerable Customer?") == "flag:vulnerable"
    labels = {"flag:vulnerable": "Vulnerable"}
    assert read_flag_cells({"flag:vulnerable": "Y"}, labels).flags == {Flag.VULNERABLE}
    assert read_flag_cells({"flag:vulnerable": "N"}, labels).cleared == {Flag.VULNERABLE}
    unclear = read_flag_cells({"flag:vulnerable": "maybe"}, labels)
    # a vulnerable case is never visited without a supervisor's approval (or at all, by the rules)
    assert unclear.flags == {Flag.VULNERABLE}
    assert "held (vulnerable)" in unclear.review[0][1]


@pytest.mark.parametrize("status,flags", [
    ("Deceased", {D}), ("Cease & Desist", {Flag.CEASE}), ("C&D", {Flag.CEASE}),
    ("Attorney Retained", {Flag.LAWYER}), ("Represented by counsel", {Flag.LAWYER}),
    ("Ch. 7 Bankruptcy", {Flag.BANKRUPTCY}), ("Chapter 13", {Flag.BANKRUPTCY}), ("Disputed", {Flag.DISPUTE}),
    ("Do not visit", {Flag.DO_NOT_VISIT}), ("Active - Deceased", {D}), ("Vulnerable", {Flag.VULNERABLE}),
    ("Fallecido", {D}), ("Abogado", {Flag.LAWYER}), ("En disputa", {Flag.DISPUTE}), ("Concurso", {Flag.BANKRUPTCY}),
    ("Quiebra", {Flag.BANKRUPTCY}), ("No visitar", {Flag.DO_NOT_VISIT}),
    ("Falecido", {D}), ("Não visitar", {Flag.DO_NOT_VISIT}), ("Em disputa", {Flag.DISPUTE}),
    ("Advogado", {Flag.LAWYER}), ("Deceduto", {D}),
    ("Décédé", {D}), ("Verstorben", {D}), ("Widerspruch", {Flag.DISPUTE}), ("Falido", {Flag.BANKRUPTCY}),
    ("contestazione in corso", {Flag.DISPUTE}), ("CEASE_AND_DESIST", {Flag.CEASE}), ("BK_CH7", {Flag.BANKRUPTCY}),
    ("BK13", {Flag.BANKRUPTCY}), ("IVA", {Flag.BANKRUPTCY}), ("Passed away", {D}), ("Falleció", {D}),
    ("Concurso mercantil", {Flag.BANKRUPTCY}), ("暂停催收", {Flag.CEASE}), ("已委托律师", {Flag.LAWYER}),
    ("已故", {D}), ("投诉中", {Flag.DISPUTE}), ("律师函", {Flag.LAWYER}), ("破产", {Flag.BANKRUPTCY}), ("已過世", {D}),
])
def test_a_status_naming_a_condition_sets_its_flag(status, flags):
    assert read_status(status) == (flags, None)


@pytest.mark.parametrize("status", ["Active", "Open", "Current", "Delinquent", "En gestión", "Activo", "Vigente",
                                    "Em cobrança", "Em atraso", "正常", "催收中", "Promise to pay", "Pago parcial"])
def test_an_ordinary_status_sets_nothing(status):
    assert read_status(status) == (frozenset(), None)
    assert status_kind(status) == "ordinary"


@pytest.mark.parametrize("status", ["Contacted", "Visited", "Skip trace", "Right party contact", "Dispatched"])
def test_an_unknown_status_is_information_only(status):
    assert read_status(status) == (frozenset(), None)
    assert status_kind(status) == "information"


@pytest.mark.parametrize("status,why", [
    ("Deceaced", "looks like 'deceased'"), ("Bankrupcy", "looks like 'bankruptcy'"),
    ("On Hold", "may restrict visits"), ("Paid in full", "may restrict visits"), ("Closed", "may restrict visits"),
    ("Litigation", "may restrict visits"), ("Probate", "may restrict visits"),
    ("Breathing Space", "may restrict visits"), ("Do Not Call", "may restrict visits"),
    ("Hostile", "may restrict visits"), ("涉诉", "may restrict visits"), ("No contact", "may restrict visits"), ("冻结", "may restrict visits"),
])
def test_a_status_that_may_restrict_holds_the_case_for_review(status, why):
    flags, problem = read_status(status, "Status")
    assert flags == {Flag.DO_NOT_VISIT}
    assert why in problem and "held (do not visit)" in problem
    assert " in Status is no " in problem  # the review queue names the file's header from it


@pytest.mark.parametrize("status,flag", [("Dispute resolved", Flag.DISPUTE), ("No longer deceased", D),
                                         ("ex-abogado", Flag.LAWYER), ("已撤销投诉", Flag.DISPUTE)])
def test_a_status_that_may_undo_its_condition_holds_the_case_and_asks(status, flag):
    flags, problem = read_status(status)
    assert flags == {Flag.DO_NOT_VISIT}
    assert f"names {flag.value}" in problem and "held (do not visit) until you check it" in problem


def test_a_status_column_never_clears_a_flag():
    labels = {STATUS: "Status"}
    assert read_flag_cells({STATUS: "Active"}, labels).says_anything is False
    reading = read_flag_cells({STATUS: "Deceased"}, labels)
    assert reading.flags == {D} and not reading.cleared and not reading.review
    assert reading.merged(frozenset({Flag.DISPUTE})) == {D, Flag.DISPUTE}


def test_estado_is_decided_by_its_values():
    """BRK13c #1 (es_flags.csv): Colombian statuses in ``Estado`` are statuses, Mexican states regions."""
    assert values_are_statuses(["Fallecido", "No visitar", "", "En disputa", "Abogado", "Quiebra"],
                               countries_of_region)
    assert values_are_statuses(["Activo", "Activo", "Fallecido"], countries_of_region)
    assert not values_are_statuses(["Ciudad de México", "Quintana Roo", "Baja California", "Sonora", "Chihuahua"],
                                   countries_of_region)
    assert not values_are_statuses(["", ""], countries_of_region)
    # a state among statuses never hides a condition
    assert values_are_statuses(["Jalisco", "Fallecido"], countries_of_region)


def test_a_mapping_may_name_a_status_column():
    plan = plan_columns(["Cuenta", "Estado", "Situación"], {"Estado": "status"})
    assert [(s, f) for s, f, _ in plan] == [("Cuenta", "case_id"), ("Estado", STATUS),
                                            ("Situación", f"{STATUS}:3")]
    with pytest.raises(MappingError, match="status"):
        plan_columns(["Cuenta", "Estado"], {"Estado": "estatus"})


@pytest.mark.parametrize("column,text,offered", [
    ("flag:*status", "Cease & Desist", ["cease", "none"]), ("flag:*status", "Dispute resolved", ["dispute", "none"]),
    ("flag:*status", "Deceaced", ["deceased", "none"]), ("flag:*status", "On Hold", ["none"]),
    ("flags", "deceased", ["deceased", "none"]),  # a repeated row's flags: the whole text is the question
    ("flag:*", "abogado, dispite", ["dispute", "none"]),  # abogado was read: only dispite is asked
])
def test_the_review_queue_offers_the_flags_a_held_text_names(column, text, offered):
    from fieldvisit.domain.hold_review import flag_candidates

    assert flag_candidates(column, text) == offered
