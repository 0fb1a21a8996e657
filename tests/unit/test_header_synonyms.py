"""Header synonyms of real exports (US, Spanish, Chinese) and currency notes in headers."""

import pytest

from fieldvisit.domain.columns import canonical_for, header_currency


@pytest.mark.parametrize(("header", "canonical"), [
    ("Account #", "case_id"), ("Customer Name", "name"), ("Street Address", "address"), ("City", "city"),
    ("State", "region"), ("Zip", "postal_code"), ("Balance ($)", "balance"), ("Days Delinquent", "days_past_due"),
    ("Best Time To Visit", "appointment"), ("Last Pmt Date", "last_payment_date"), ("Cell #", "phone"),
    ("Delinquency Date", "due_date"), ("Address Line 2", "address_line2"), ("Last Name", "surname"),
    ("Nombre y apellidos", "name"), ("Horario de visita", "appointment"), ("Número de cuenta", "case_id"),
    ("Folio", "case_id"), ("Apellidos", "surname"), ("Código postal", "postal_code"), ("C.P.", "postal_code"),
    ("Colonia", "district"), ("Saldo vencido", "balance"), ("Saldo (€)", "balance"),
    ("客户姓名", "name"), ("客戶姓名", "name"), ("欠款金额（元）", "balance"), ("逾期天數", "days_past_due"),
    ("城市", "city"), ("省份", "region"), ("邮编", "postal_code"), ("最近还款日期", "last_payment_date"),
])
def test_headers_of_real_exports(header, canonical):
    assert canonical_for(header) == canonical


@pytest.mark.parametrize(("header", "note"), [
    ("Balance ($)", "$"), ("Saldo (€)", "€"), ("欠款金额（元）", "元"), ("Amount USD", "USD"), ("Total Due", None),
    ("Last Pmt", None),
])
def test_currency_notes_in_headers(header, note):
    assert header_currency(header)[1] == note
