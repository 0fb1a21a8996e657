"""Headers written in abbreviations and synonyms lenders use (breaker report 16a, finding 12):
Spanish ``Nº Exp.``, ``Mon.``, ``D.V.``, ``F. Venc.``, ``Imp.``; Japanese ``顧客ID``; English
``Preferred contact``. An abbreviation is spelled out once per header (a trailing dot, dotted
initials, a number sign), so every way of writing it maps; a bare word that may be something else
(``Mon``, ``No visitar``) is not changed."""

import pytest

from fieldvisit.domain.column_abbreviations import spelled_out
from fieldvisit.domain.columns import canonical_for


@pytest.mark.parametrize("header, field", [
    ("Nº Exp.", "case_id"), ("Nº Expte.", "case_id"), ("N° Exp.", "case_id"), ("N.º Exp.", "case_id"),
    ("No. Exp.", "case_id"), ("Nº Exp", "case_id"), ("Núm. Expte.", "case_id"), ("Nº Cta.", "case_id"),
    ("# Cuenta", "case_id"), ("Nº Op.", "case_id"),
    ("Mon.", "currency"), ("Mda.", "currency"),
    ("D.V.", "days_past_due"), ("D. V.", "days_past_due"), ("Días venc.", "days_past_due"), ("D.P.D.", "days_past_due"),
    ("F. Venc.", "due_date"), ("Fec. Venc.", "due_date"), ("F. Vto.", "due_date"), ("Fecha Venc.", "due_date"),
    ("Imp.", "balance"), ("Impte.", "balance"), ("Imp. Pendiente", "balance"), ("Saldo Pdte.", "balance"),
    ("Imp. Últ. Pago", "last_payment_amount"), ("Fec. Últ. Pago", "last_payment_date"),
    ("Tfno.", "phone"), ("Tlf.", "phone"), ("Móv.", "phone"), ("Dom.", "address"), ("Obs.", "notes"),
    ("C.P.", "postal_code"), ("Cód. Postal", "postal_code"), ("Pobl.", "city"),
    ("Nº Expdte.", "case_id"), ("D. Vencidos", "days_past_due"), ("お客様ID", "case_id"),
    ("顧客ID", "case_id"), ("顧客番号", "case_id"), ("顧客コード", "case_id"), ("会員番号", "case_id"),
    ("客户ID", "case_id"), ("債務者名", "name"), ("債務者", "name"), ("住所", "address"), ("残高", "balance"),
    ("延滞額", "balance"), ("請求額", "balance"),
    ("Preferred contact", "appointment"), ("Best time to call/visit", "appointment"),
    ("Contact window", "appointment"), ("Best time to reach", "appointment"), ("Preferred time", "appointment"),
])
def test_abbreviations_and_synonyms_name_their_column(header, field):
    assert canonical_for(header) == field


@pytest.mark.parametrize("header", ["Mon", "Monday", "Imp", "No visitar", "Nombre", "No", "Preferred contact method",
                                    "顧客区分", "会員区分", "限度額", "No. of visits"])
def test_words_that_are_not_marked_as_shortened_stay_as_they_are(header):
    assert canonical_for(header) in (None, "name") and (header != "Nombre" or canonical_for(header) == "name")


def test_a_header_is_spelled_out_once_whatever_its_marks():
    assert spelled_out("Nº Exp.") == spelled_out("N° Exp") == spelled_out("No. Exp.") == "número expediente"
    assert spelled_out("D.V.") == "días vencidos"
    assert spelled_out("Saldo") == "Saldo" and spelled_out("Mon") == "Mon"
